/* fh-schema.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-schema.h"

#include "fh-assessment.h"
#include "fh-capability.h"
#include "fh-baseline-item.h"
#include "fh-cost-line.h"
#include "fh-criterion.h"
#include "fh-data-source.h"
#include "fh-gap.h"
#include "fh-glossary-term.h"
#include "fh-link.h"
#include "fh-metric.h"
#include "fh-model.h"
#include "fh-option.h"
#include "fh-option-score.h"
#include "fh-option-share.h"
#include "fh-pipeline.h"
#include "fh-prerequisite.h"
#include "fh-roadmap-item.h"
#include "fh-scenario.h"
#include "fh-scenario-item.h"
#include "fh-role.h"
#include "fh-role-skill.h"
#include "fh-score.h"
#include "fh-skill.h"
#include "fh-use-case.h"

#define NONE FH_N_COLLECTIONS
#define KEY  FH_COLUMN_KEY
#define NUL  FH_COLUMN_NULLABLE

/* Column lists: the order is the SELECT order and the JSON order. */

static const FhColumn plan_columns[] = { { "name", 0, NONE },
                                         { "organisation", 0, NONE },
                                         { "currency", 0, NONE },
                                         { "horizon_years", 0, NONE },
                                         { "discount_rate", 0, NONE },
                                         { "first_step_limit", 0, NONE },
                                         { "start_quarter", 0, NONE },
                                         { "fte_cost", 0, NONE },
                                         { "draft_per_quarter", 0, NONE },
                                         { NULL } };

static const FhColumn capability_columns[] = { { "id", KEY, NONE },
                                               { "position", 0, NONE },
                                               { "name", 0, NONE },
                                               { "description", 0, NONE },
                                               { "core", 0, NONE },
                                               { "criterion_1", 0, NONE },
                                               { "criterion_2", 0, NONE },
                                               { "criterion_3", 0, NONE },
                                               { "criterion_4", 0, NONE },
                                               { "frameworks", 0, NONE },
                                               { NULL } };

static const FhColumn prerequisite_columns[] = {
  { "id", KEY, NONE },           { "capability", NUL, FH_COLLECTION_CAPABILITIES },
  { "stage", 0, NONE },          { "requires", NUL, FH_COLLECTION_CAPABILITIES },
  { "requires_stage", 0, NONE }, { NULL }
};

static const FhColumn gap_columns[] = {
  { "id", KEY, NONE },        { "title", 0, NONE },
  { "description", 0, NONE }, { "capability", NUL, FH_COLLECTION_CAPABILITIES },
  { "kind", 0, NONE },        { "severity", 0, NONE },
  { "votes", 0, NONE },       { "owner", 0, NONE },
  { "status", 0, NONE },      { NULL }
};

static const FhColumn use_case_columns[] = { { "id", KEY, NONE },
                                             { "title", 0, NONE },
                                             { "description", 0, NONE },
                                             { "sponsor", 0, NONE },
                                             { "impact", 0, NONE },
                                             { "readiness", 0, NONE },
                                             { "applicability", 0, NONE },
                                             { "effort", 0, NONE },
                                             { "status", 0, NONE },
                                             { "reach", 0, NONE },
                                             { "confidence", 0, NONE },
                                             { "business_value", 0, NONE },
                                             { "time_criticality", 0, NONE },
                                             { "risk_reduction", 0, NONE },
                                             { "job_size", 0, NONE },
                                             { "go_live_quarter", 0, NONE },
                                             { NULL } };

static const FhColumn metric_columns[] = { { "id", KEY, NONE },
                                           { "use_case", 0, FH_COLLECTION_USE_CASES },
                                           { "name", 0, NONE },
                                           { "kind", 0, NONE },
                                           { "unit", 0, NONE },
                                           { "direction", 0, NONE },
                                           { "baseline", 0, NONE },
                                           { "target", 0, NONE },
                                           { "current", 0, NONE },
                                           { "deadline", 0, NONE },
                                           { "owner", 0, NONE },
                                           { "unsuccessful_if", 0, NONE },
                                           { "measured_how", 0, NONE },
                                           { "value_per_unit", 0, NONE },
                                           { "value_confidence", 0, NONE },
                                           { NULL } };

static const FhColumn model_columns[] = { { "id", KEY, NONE },
                                          { "use_case", 0, FH_COLLECTION_USE_CASES },
                                          { "name", 0, NONE },
                                          { "serving", 0, NONE },
                                          { "retraining", 0, NONE },
                                          { "watched", 0, NONE },
                                          { "alerted", 0, NONE },
                                          { "response", 0, NONE },
                                          { NULL } };

static const FhColumn pipeline_columns[] = { { "id", KEY, NONE },
                                             { "use_case", 0, FH_COLLECTION_USE_CASES },
                                             { "name", 0, NONE },
                                             { "kind", 0, NONE },
                                             { NULL } };

static const FhColumn option_columns[] = { { "id", KEY, NONE },
                                           { "capability", 0, FH_COLLECTION_CAPABILITIES },
                                           { "kind", 0, NONE },
                                           { "name", 0, NONE },
                                           { "vendor", 0, NONE },
                                           { "description", 0, NONE },
                                           { "chosen", 0, NONE },
                                           { "rationale", 0, NONE },
                                           { NULL } };

static const FhColumn cost_line_columns[] = { { "id", KEY, NONE },
                                              { "option", 0, FH_COLLECTION_OPTIONS },
                                              { "category", 0, NONE },
                                              { "description", 0, NONE },
                                              { "amount", 0, NONE },
                                              { "recurrence", 0, NONE },
                                              { "first_year", 0, NONE },
                                              { "growth", 0, NONE },
                                              { "fte", 0, NONE },
                                              { "loaded_cost", 0, NONE },
                                              { "person_months", 0, NONE },
                                              { "years", 0, NONE },
                                              { NULL } };

static const FhColumn option_share_columns[] = { { "id", KEY, NONE },
                                                 { "option", 0, FH_COLLECTION_OPTIONS },
                                                 { "capability", 0, FH_COLLECTION_CAPABILITIES },
                                                 { NULL } };

static const FhColumn roadmap_columns[] = { { "id", KEY, NONE },
                                            { "title", 0, NONE },
                                            { "capability", 0, FH_COLLECTION_CAPABILITIES },
                                            { "from_stage", 0, NONE },
                                            { "target_stage", 0, NONE },
                                            { "start_quarter", 0, NONE },
                                            { "duration", 0, NONE },
                                            { "status", 0, NONE },
                                            { "owner", 0, NONE },
                                            { "notes", 0, NONE },
                                            { "milestone", 0, NONE },
                                            { "cost", 0, NONE },
                                            { "status_reason", 0, NONE },
                                            { NULL } };

static const FhColumn assessment_columns[] = { { "id", KEY, NONE },  { "quarter", 0, NONE },
                                               { "date", 0, NONE },  { "participants", 0, NONE },
                                               { "notes", 0, NONE }, { NULL } };

static const FhColumn score_columns[] = { { "id", KEY, NONE },
                                          { "assessment", 0, FH_COLLECTION_ASSESSMENTS },
                                          { "capability", 0, FH_COLLECTION_CAPABILITIES },
                                          { "stage", 0, NONE },
                                          { "evidence", 0, NONE },
                                          { "confidence", 0, NONE },
                                          { "carried_over", 0, NONE },
                                          { "reason", 0, NONE },
                                          { NULL } };

static const FhColumn data_source_columns[] = {
  { "id", KEY, NONE },        { "name", 0, NONE },         { "description", 0, NONE },
  { "owner", 0, NONE },       { "availability", 0, NONE }, { "access", 0, NONE },
  { "sensitivity", 0, NONE }, { "collect_now", 0, NONE },  { NULL }
};

static const FhColumn glossary_columns[] = { { "id", KEY, NONE },
                                             { "term", 0, NONE },
                                             { "definition", 0, NONE },
                                             { "audience", 0, NONE },
                                             { NULL } };

static const FhColumn role_columns[] = { { "id", KEY, NONE },
                                         { "name", 0, NONE },
                                         { "position", 0, NONE },
                                         { NULL } };

static const FhColumn skill_columns[] = { { "id", KEY, NONE },
                                          { "name", 0, NONE },
                                          { "position", 0, NONE },
                                          { NULL } };

static const FhColumn role_skill_columns[] = { { "id", KEY, NONE },
                                               { "role", 0, FH_COLLECTION_ROLES },
                                               { "skill", 0, FH_COLLECTION_SKILLS },
                                               { "current", 0, NONE },
                                               { "needed", 0, NONE },
                                               { NULL } };

static const FhColumn criterion_columns[] = { { "id", KEY, NONE },
                                              { "position", 0, NONE },
                                              { "name", 0, NONE },
                                              { "description", 0, NONE },
                                              { "weight", 0, NONE },
                                              { "derived", 0, NONE },
                                              { NULL } };

static const FhColumn option_score_columns[] = { { "id", KEY, NONE },
                                                 { "option", 0, FH_COLLECTION_OPTIONS },
                                                 { "criterion", 0, FH_COLLECTION_CRITERIA },
                                                 { "score", 0, NONE },
                                                 { NULL } };

static const FhColumn baseline_item_columns[] = { { "id", KEY, NONE },
                                                  { "assessment", 0, FH_COLLECTION_ASSESSMENTS },
                                                  { "item", 0, NONE },
                                                  { "title", 0, NONE },
                                                  { "capability", 0, NONE },
                                                  { "from_stage", 0, NONE },
                                                  { "target_stage", 0, NONE },
                                                  { "start_quarter", 0, NONE },
                                                  { "duration", 0, NONE },
                                                  { "status", 0, NONE },
                                                  { NULL } };

static const FhColumn scenario_columns[] = { { "id", KEY, NONE },
                                             { "position", 0, NONE },
                                             { "name", 0, NONE },
                                             { "shown", 0, NONE },
                                             { NULL } };

static const FhColumn scenario_item_columns[] = { { "id", KEY, NONE },
                                                  { "scenario", 0, FH_COLLECTION_SCENARIOS },
                                                  { "item", 0, FH_COLLECTION_ROADMAP },
                                                  { "start_quarter", 0, NONE },
                                                  { "duration", 0, NONE },
                                                  { "status", 0, NONE },
                                                  { NULL } };

static const FhColumn scenario_option_columns[] = { { "source", KEY, FH_COLLECTION_SCENARIOS },
                                                    { "target", KEY, FH_COLLECTION_OPTIONS },
                                                    { NULL } };

static const FhColumn item_gap_columns[] = { { "source", KEY, FH_COLLECTION_ROADMAP },
                                             { "target", KEY, FH_COLLECTION_GAPS },
                                             { NULL } };

static const FhColumn item_use_case_columns[] = { { "source", KEY, FH_COLLECTION_ROADMAP },
                                                  { "target", KEY, FH_COLLECTION_USE_CASES },
                                                  { NULL } };

static const FhColumn item_dependency_columns[] = { { "source", KEY, FH_COLLECTION_ROADMAP },
                                                    { "target", KEY, FH_COLLECTION_ROADMAP },
                                                    { NULL } };

static const FhColumn source_use_case_columns[] = { { "source", KEY, FH_COLLECTION_DATA_SOURCES },
                                                    { "target", KEY, FH_COLLECTION_USE_CASES },
                                                    { NULL } };

#define TABLE(c, t, type, cols, text, link, json, order)               \
  {                                                                    \
    c, t, type, cols, G_N_ELEMENTS (cols) - 1, text, link, json, order \
  }

static const FhTableInfo tables[FH_N_COLLECTIONS] = {
  TABLE (FH_COLLECTION_CAPABILITIES,
         "capabilities",
         fh_capability_get_type,
         capability_columns,
         TRUE,
         FALSE,
         NULL,
         "position, id"),
  TABLE (FH_COLLECTION_PREREQUISITES,
         "prerequisites",
         fh_prerequisite_get_type,
         prerequisite_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_GAPS, "gaps", fh_gap_get_type, gap_columns, FALSE, FALSE, NULL, "id"),
  TABLE (FH_COLLECTION_USE_CASES,
         "use_cases",
         fh_use_case_get_type,
         use_case_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_METRICS,
         "metrics",
         fh_metric_get_type,
         metric_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_MODELS,
         "models",
         fh_model_get_type,
         model_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_PIPELINES,
         "pipelines",
         fh_pipeline_get_type,
         pipeline_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_OPTIONS,
         "options",
         fh_option_get_type,
         option_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_COST_LINES,
         "cost_lines",
         fh_cost_line_get_type,
         cost_line_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_OPTION_SHARES,
         "option_shares",
         fh_option_share_get_type,
         option_share_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_ROADMAP,
         "roadmap",
         fh_roadmap_item_get_type,
         roadmap_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_ASSESSMENTS,
         "assessments",
         fh_assessment_get_type,
         assessment_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_SCORES,
         "scores",
         fh_score_get_type,
         score_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_DATA_SOURCES,
         "data_sources",
         fh_data_source_get_type,
         data_source_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_GLOSSARY,
         "glossary",
         fh_glossary_term_get_type,
         glossary_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_ROLES, "roles", fh_role_get_type, role_columns, FALSE, FALSE, NULL, "id"),
  TABLE (FH_COLLECTION_SKILLS,
         "skills",
         fh_skill_get_type,
         skill_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_ROLE_SKILLS,
         "role_skills",
         fh_role_skill_get_type,
         role_skill_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_CRITERIA,
         "criteria",
         fh_criterion_get_type,
         criterion_columns,
         TRUE,
         FALSE,
         NULL,
         "position, id"),
  TABLE (FH_COLLECTION_OPTION_SCORES,
         "option_scores",
         fh_option_score_get_type,
         option_score_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_BASELINE_ITEMS,
         "baseline_items",
         fh_baseline_item_get_type,
         baseline_item_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_SCENARIOS,
         "scenarios",
         fh_scenario_get_type,
         scenario_columns,
         FALSE,
         FALSE,
         NULL,
         "position, id"),
  TABLE (FH_COLLECTION_SCENARIO_ITEMS,
         "scenario_items",
         fh_scenario_item_get_type,
         scenario_item_columns,
         FALSE,
         FALSE,
         NULL,
         "id"),
  TABLE (FH_COLLECTION_ITEM_GAPS,
         "item_gaps",
         fh_link_get_type,
         item_gap_columns,
         FALSE,
         TRUE,
         "gaps",
         "source, target"),
  TABLE (FH_COLLECTION_ITEM_USE_CASES,
         "item_use_cases",
         fh_link_get_type,
         item_use_case_columns,
         FALSE,
         TRUE,
         "use_cases",
         "source, target"),
  TABLE (FH_COLLECTION_ITEM_DEPENDENCIES,
         "item_dependencies",
         fh_link_get_type,
         item_dependency_columns,
         FALSE,
         TRUE,
         "depends_on",
         "source, target"),
  TABLE (FH_COLLECTION_SOURCE_USE_CASES,
         "source_use_cases",
         fh_link_get_type,
         source_use_case_columns,
         FALSE,
         TRUE,
         "use_cases",
         "source, target"),
  TABLE (FH_COLLECTION_SCENARIO_OPTIONS,
         "scenario_options",
         fh_link_get_type,
         scenario_option_columns,
         FALSE,
         TRUE,
         "options",
         "source, target"),
};

const FhTableInfo *
fh_schema_get_table (FhCollection collection)
{
  g_return_val_if_fail (collection < FH_N_COLLECTIONS, NULL);

  return &tables[collection];
}

const FhTableInfo *
fh_schema_find_table (const char *table)
{
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    if (g_strcmp0 (tables[i].table, table) == 0)
      return &tables[i];

  return NULL;
}

/* Links share one type, so they have no collection of their own by type. */
const FhTableInfo *
fh_schema_table_for_type (GType type)
{
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    if (!tables[i].is_link && tables[i].get_type () == type)
      return &tables[i];

  return NULL;
}

const FhColumn *
fh_schema_plan_columns (guint *n_columns)
{
  if (n_columns)
    *n_columns = G_N_ELEMENTS (plan_columns) - 1;
  return plan_columns;
}

char *
fh_schema_property_name (const char *column)
{
  return g_strdelimit (g_strdup (column), "_", '-');
}

/* Migrations. Each one takes the schema from version N - 1 to N and runs inside the
 * caller's transaction. Never edit a released one: add the next. */

static const char migration_1[] =
  "CREATE TABLE plan ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  name TEXT NOT NULL,"
  "  organisation TEXT NOT NULL,"
  "  currency TEXT NOT NULL,"
  "  horizon_years INTEGER NOT NULL,"
  "  discount_rate REAL NOT NULL,"
  "  first_step_limit INTEGER NOT NULL,"
  "  start_quarter INTEGER NOT NULL,"
  "  fte_cost INTEGER NOT NULL,"
  "  draft_per_quarter INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE capabilities ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  description TEXT NOT NULL,"
  "  core INTEGER NOT NULL,"
  "  criterion_1 TEXT NOT NULL,"
  "  criterion_2 TEXT NOT NULL,"
  "  criterion_3 TEXT NOT NULL,"
  "  criterion_4 TEXT NOT NULL"
  ") STRICT;"
  "CREATE TABLE prerequisites ("
  "  id INTEGER PRIMARY KEY,"
  "  capability TEXT REFERENCES capabilities (id) ON DELETE CASCADE,"
  "  stage INTEGER NOT NULL,"
  "  requires TEXT REFERENCES capabilities (id) ON DELETE CASCADE,"
  "  requires_stage INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX prerequisites_capability ON prerequisites (capability);"
  "CREATE INDEX prerequisites_requires ON prerequisites (requires);"
  /* A gap outlives its capability: it is still a gap, only untied. */
  "CREATE TABLE gaps ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  description TEXT NOT NULL,"
  "  capability TEXT REFERENCES capabilities (id) ON DELETE SET NULL,"
  "  kind TEXT NOT NULL,"
  "  severity INTEGER NOT NULL,"
  "  votes INTEGER NOT NULL,"
  "  owner TEXT NOT NULL,"
  "  status TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX gaps_capability ON gaps (capability);"
  "CREATE TABLE use_cases ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  description TEXT NOT NULL,"
  "  sponsor TEXT NOT NULL,"
  "  impact INTEGER NOT NULL,"
  "  readiness INTEGER NOT NULL,"
  "  applicability INTEGER NOT NULL,"
  "  effort INTEGER NOT NULL,"
  "  status TEXT NOT NULL,"
  "  reach INTEGER NOT NULL,"
  "  confidence INTEGER NOT NULL,"
  "  business_value INTEGER NOT NULL,"
  "  time_criticality INTEGER NOT NULL,"
  "  risk_reduction INTEGER NOT NULL,"
  "  job_size INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE metrics ("
  "  id INTEGER PRIMARY KEY,"
  "  use_case INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  unit TEXT NOT NULL,"
  "  direction TEXT NOT NULL,"
  "  baseline REAL NOT NULL,"
  "  target REAL NOT NULL,"
  "  \"current\" REAL NOT NULL,"
  "  deadline TEXT NOT NULL,"
  "  owner TEXT NOT NULL,"
  "  unsuccessful_if TEXT NOT NULL,"
  "  measured_how TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX metrics_use_case ON metrics (use_case);"
  "CREATE TABLE options ("
  "  id INTEGER PRIMARY KEY,"
  "  capability TEXT NOT NULL REFERENCES capabilities (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL,"
  "  name TEXT NOT NULL,"
  "  vendor TEXT NOT NULL,"
  "  description TEXT NOT NULL,"
  "  chosen INTEGER NOT NULL,"
  "  rationale TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX options_capability ON options (capability);"
  "CREATE UNIQUE INDEX options_one_chosen ON options (capability) WHERE chosen;"
  "CREATE TABLE cost_lines ("
  "  id INTEGER PRIMARY KEY,"
  "  option INTEGER NOT NULL REFERENCES options (id) ON DELETE CASCADE,"
  "  category TEXT NOT NULL,"
  "  description TEXT NOT NULL,"
  "  amount INTEGER NOT NULL,"
  "  recurrence TEXT NOT NULL,"
  "  first_year INTEGER NOT NULL,"
  "  growth REAL NOT NULL,"
  "  fte REAL NOT NULL,"
  "  loaded_cost INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX cost_lines_option ON cost_lines (option);"
  /* Work planned on a capability keeps it: delete the items first, on purpose. */
  "CREATE TABLE roadmap ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  capability TEXT NOT NULL REFERENCES capabilities (id) ON DELETE RESTRICT,"
  "  from_stage INTEGER NOT NULL,"
  "  target_stage INTEGER NOT NULL,"
  "  start_quarter INTEGER NOT NULL,"
  "  duration INTEGER NOT NULL,"
  "  status TEXT NOT NULL,"
  "  owner TEXT NOT NULL,"
  "  notes TEXT NOT NULL,"
  "  milestone INTEGER NOT NULL,"
  "  cost INTEGER NOT NULL,"
  "  status_reason TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX roadmap_capability ON roadmap (capability);"
  "CREATE TABLE assessments ("
  "  id INTEGER PRIMARY KEY,"
  "  quarter INTEGER NOT NULL UNIQUE,"
  "  date TEXT NOT NULL,"
  "  participants TEXT NOT NULL,"
  "  notes TEXT NOT NULL"
  ") STRICT;"
  "CREATE TABLE scores ("
  "  id INTEGER PRIMARY KEY,"
  "  assessment INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,"
  "  capability TEXT NOT NULL REFERENCES capabilities (id) ON DELETE CASCADE,"
  "  stage INTEGER NOT NULL,"
  "  evidence TEXT NOT NULL,"
  "  confidence TEXT NOT NULL,"
  "  carried_over INTEGER NOT NULL,"
  "  reason TEXT NOT NULL,"
  "  UNIQUE (assessment, capability)"
  ") STRICT;"
  "CREATE INDEX scores_capability ON scores (capability);"
  "CREATE TABLE data_sources ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  description TEXT NOT NULL,"
  "  owner TEXT NOT NULL,"
  "  availability TEXT NOT NULL,"
  "  access TEXT NOT NULL,"
  "  sensitivity TEXT NOT NULL,"
  "  collect_now INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE glossary ("
  "  id INTEGER PRIMARY KEY,"
  "  term TEXT NOT NULL,"
  "  definition TEXT NOT NULL,"
  "  audience TEXT NOT NULL"
  ") STRICT;"
  "CREATE TABLE roles ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  position INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE skills ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  position INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE role_skills ("
  "  id INTEGER PRIMARY KEY,"
  "  role INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,"
  "  skill INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE,"
  "  \"current\" INTEGER NOT NULL,"
  "  needed INTEGER NOT NULL,"
  "  UNIQUE (role, skill)"
  ") STRICT;"
  "CREATE INDEX role_skills_skill ON role_skills (skill);"
  "CREATE TABLE criteria ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  description TEXT NOT NULL,"
  "  weight REAL NOT NULL,"
  "  derived INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE option_scores ("
  "  id INTEGER PRIMARY KEY,"
  "  option INTEGER NOT NULL REFERENCES options (id) ON DELETE CASCADE,"
  "  criterion TEXT NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,"
  "  score INTEGER NOT NULL,"
  "  UNIQUE (option, criterion)"
  ") STRICT;"
  "CREATE INDEX option_scores_criterion ON option_scores (criterion);"
  /* A baseline keeps what the roadmap was, so it refers to nothing that may go. */
  "CREATE TABLE baseline_items ("
  "  id INTEGER PRIMARY KEY,"
  "  assessment INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,"
  "  item INTEGER NOT NULL,"
  "  title TEXT NOT NULL,"
  "  capability TEXT NOT NULL,"
  "  from_stage INTEGER NOT NULL,"
  "  target_stage INTEGER NOT NULL,"
  "  start_quarter INTEGER NOT NULL,"
  "  duration INTEGER NOT NULL,"
  "  status TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX baseline_items_assessment ON baseline_items (assessment);"
  "CREATE TABLE item_gaps ("
  "  source INTEGER NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,"
  "  target INTEGER NOT NULL REFERENCES gaps (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (source, target)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX item_gaps_target ON item_gaps (target);"
  "CREATE TABLE item_use_cases ("
  "  source INTEGER NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,"
  "  target INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (source, target)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX item_use_cases_target ON item_use_cases (target);"
  "CREATE TABLE item_dependencies ("
  "  source INTEGER NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,"
  "  target INTEGER NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (source, target),"
  "  CHECK (source <> target)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX item_dependencies_target ON item_dependencies (target);"
  "CREATE TABLE source_use_cases ("
  "  source INTEGER NOT NULL REFERENCES data_sources (id) ON DELETE CASCADE,"
  "  target INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (source, target)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX source_use_cases_target ON source_use_cases (target);"
  "INSERT INTO plan VALUES (1, 'Untitled plan', '', 'EUR', 3, 0, 3, 0, 9000000, 3);";

/* A staff line may be a one-off effort in person-months, and a recurring line may run
 * for a number of years. */
static const char migration_2[] =
  "ALTER TABLE cost_lines ADD COLUMN person_months REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE cost_lines ADD COLUMN years INTEGER NOT NULL DEFAULT 0;";

/* Each capability says how it maps to the levels of public MLOps frameworks. */
static const char migration_3[] =
  "ALTER TABLE capabilities ADD COLUMN frameworks TEXT NOT NULL DEFAULT '';";

/* Use cases set the targets and carry value (docs/domain.md sections 3 and 8): the
 * models and pipelines a use case needs, its go-live quarter, and what a unit of each
 * metric's improvement is worth. */
static const char migration_4[] =
  "ALTER TABLE use_cases ADD COLUMN go_live_quarter INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE metrics ADD COLUMN value_per_unit INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE metrics ADD COLUMN value_confidence TEXT NOT NULL DEFAULT 'medium';"
  "CREATE TABLE models ("
  "  id INTEGER PRIMARY KEY,"
  "  use_case INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  serving TEXT NOT NULL,"
  "  retraining TEXT NOT NULL,"
  "  watched TEXT NOT NULL,"
  "  alerted TEXT NOT NULL,"
  "  response TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX models_use_case ON models (use_case);"
  "CREATE TABLE pipelines ("
  "  id INTEGER PRIMARY KEY,"
  "  use_case INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  kind TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX pipelines_use_case ON pipelines (use_case);"
  /* An option that serves several capabilities (docs/domain.md section 4). */
  "CREATE TABLE option_shares ("
  "  id INTEGER PRIMARY KEY,"
  "  option INTEGER NOT NULL REFERENCES options (id) ON DELETE CASCADE,"
  "  capability TEXT NOT NULL REFERENCES capabilities (id) ON DELETE CASCADE,"
  "  UNIQUE (option, capability)"
  ") STRICT;"
  "CREATE INDEX option_shares_capability ON option_shares (capability);";

/* Scenarios (docs/domain.md): the shown one lives in the plan's own options and
 * items; the others keep their choices and their items' places here. At most one is
 * shown. */
static const char migration_5[] =
  "CREATE TABLE scenarios ("
  "  id INTEGER PRIMARY KEY,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  shown INTEGER NOT NULL"
  ") STRICT;"
  "CREATE UNIQUE INDEX scenarios_one_shown ON scenarios (shown) WHERE shown;"
  "CREATE TABLE scenario_items ("
  "  id INTEGER PRIMARY KEY,"
  "  scenario INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,"
  "  item INTEGER NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,"
  "  start_quarter INTEGER NOT NULL,"
  "  duration INTEGER NOT NULL,"
  "  status TEXT NOT NULL,"
  "  UNIQUE (scenario, item)"
  ") STRICT;"
  "CREATE INDEX scenario_items_item ON scenario_items (item);"
  "CREATE TABLE scenario_options ("
  "  source INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,"
  "  target INTEGER NOT NULL REFERENCES options (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (source, target)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX scenario_options_target ON scenario_options (target);";

static const char *const migrations[FH_SCHEMA_VERSION] = {
  migration_1, migration_2, migration_3, migration_4, migration_5,
};

gboolean
fh_schema_migrate (sqlite3 *db, int from_version, GError **error)
{
  g_return_val_if_fail (from_version >= 0 && from_version <= FH_SCHEMA_VERSION, FALSE);

  for (int version = from_version + 1; version <= FH_SCHEMA_VERSION; version++)
    {
      g_autofree char *pragma = NULL;

      if (sqlite3_exec (db, migrations[version - 1], NULL, NULL, NULL) != SQLITE_OK)
        {
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                       _("The plan could not be brought up to date (step %d: %s)."), version,
                          sqlite3_errmsg (db));
          return FALSE;
        }

      pragma = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;", version,
                                FH_APPLICATION_ID);
      if (sqlite3_exec (db, pragma, NULL, NULL, NULL) != SQLITE_OK)
        {
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                       _("The plan could not be brought up to date (step %d: %s)."), version,
                          sqlite3_errmsg (db));
          return FALSE;
        }
    }

  return TRUE;
}

static GHashTable *
read_objects (sqlite3 *db)
{
  GHashTable   *objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema", -1, &stmt,
                          NULL) != SQLITE_OK)
    return objects;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *sql = (const char *)sqlite3_column_text (stmt, 3);

      g_hash_table_insert (objects,
                           g_strdup_printf ("%s\x1f%s\x1f%s", sqlite3_column_text (stmt, 0),
                                            sqlite3_column_text (stmt, 1),
                                            sqlite3_column_text (stmt, 2)),
                           g_strdup (sql ? sql : ""));
    }

  sqlite3_finalize (stmt);
  return objects;
}

/* A plan file comes from anywhere. Compare every schema object in it with what the
 * migrations create for its version, definition text included, so that a planted
 * trigger or view, or a table with a changed definition, is refused before any
 * statement touches it. */
gboolean
fh_schema_check_objects (sqlite3 *db, int version, const char *display_name, GError **error)
{
  g_autoptr (GHashTable) expected = NULL;
  g_autoptr (GHashTable) found = NULL;
  sqlite3       *reference = NULL;
  GHashTableIter iter;
  gpointer       key, value;

  if (sqlite3_open_v2 (":memory:", &reference, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
      SQLITE_OK)
    {
      sqlite3_close (reference);
      g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                           _("Out of memory while checking the plan."));
      return FALSE;
    }

  for (int v = 1; v <= version; v++)
    sqlite3_exec (reference, migrations[v - 1], NULL, NULL, NULL);

  expected = read_objects (reference);
  sqlite3_close (reference);
  found = read_objects (db);

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *want = g_hash_table_lookup (expected, key);

      if (want == NULL || g_strcmp0 (want, value) != 0)
        {
          g_auto (GStrv) parts = g_strsplit (key, "\x1f", 3);

          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FOREIGN_OBJECT,
                       _("“%s” was not opened: it contains a %s “%s” that Foothold did not "
                         "create, which could change what the plan does. Open the copy you "
                         "received from its author, or import a JSON export instead."),
                          display_name, parts[0], parts[1]);
          return FALSE;
        }
    }

  if (g_hash_table_size (found) != g_hash_table_size (expected))
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: parts of the plan are missing. Restore it from a "
                     "backup or a JSON export."),
                      display_name);
      return FALSE;
    }

  return TRUE;
}
