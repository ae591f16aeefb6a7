/* test-rules.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "foothold-core.h"

/* Each rule against a small plan that breaks it and one that does not. The plan:
 * start 2027-Q1, an assessment in 2026-Q4 with every capability at Initial and
 * Monitoring at Not yet, the prerequisites of docs/domain.md section 2. */

#define Q0 (2027 * 4)

typedef struct
{
  gint64      id;
  const char *capability;
  int         from;
  int         to;
  int         start; /* quarters after Q0 */
  int         duration;
  gint64      gap; /* linked gap, 0 none */
  gint64      dep; /* item it depends on, 0 none */
} ItemSpec;

typedef struct
{
  const char *path;
  const char *rule;
  guint       expected;           /* findings of @rule */
  gint64      extra_gap_severity; /* > 0: add gap 3 of this severity on registry */
  ItemSpec    items[6];
  int         reassess; /* > 0: a later assessment in Q0 + reassess - 1, every capability
                         * at Initial again (monitoring at Not yet) */
} RuleCase;

static const struct
{
  const char *id;
  gboolean    core;
} caps[] = {
  { "business-alignment", TRUE },
  { "people-skills", FALSE },
  { "process", TRUE },
  { "data", TRUE },
  { "experimentation", TRUE },
  { "registry", TRUE },
  { "deployment", TRUE },
  { "monitoring", TRUE },
};

static const struct
{
  const char *capability;
  int         stage;
  const char *requires;
  int         requires_stage;
} prereqs[] = {
  { "", 2, "business-alignment", 1 },
  { "registry", 2, "experimentation", 2 },
  { "deployment", 3, "registry", 2 },
  { "deployment", 3, "monitoring", 1 },
  { "monitoring", 3, "deployment", 2 },
  { "", 3, "people-skills", 2 },
  { "", 4, "", 2 },
};

static const RuleCase cases[] = {
  { "/foothold/rules/stage-skip/breaks",
    FH_RULE_STAGE_SKIP,
    1,
    0,
    { { 1, "experimentation", 1, 3, 0, 1, 1, 0 } } },
  { "/foothold/rules/stage-skip/passes",
    FH_RULE_STAGE_SKIP,
    0,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 }, { 2, "experimentation", 2, 3, 1, 1, 1, 0 } } },
  { "/foothold/rules/stage-skip/starts-above",
    FH_RULE_STAGE_SKIP,
    1,
    0,
    { { 1, "experimentation", 2, 3, 0, 1, 1, 0 } } },
  { "/foothold/rules/finish-line/first-quarter",
    FH_RULE_FINISH_LINE_START,
    1,
    0,
    { { 1, "business-alignment", 3, 4, 0, 1, 1, 0 } } },
  { "/foothold/rules/finish-line/core-below-repeatable",
    FH_RULE_FINISH_LINE_START,
    1,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 },
      { 2, "experimentation", 2, 3, 1, 1, 1, 0 },
      { 3, "experimentation", 3, 4, 2, 1, 1, 0 } } },
  { "/foothold/rules/finish-line/passes",
    FH_RULE_FINISH_LINE_START,
    0,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 } } },
  { "/foothold/rules/big-first-step/breaks",
    FH_RULE_BIG_FIRST_STEP,
    1,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 },
      { 2, "data", 1, 2, 0, 1, 1, 0 },
      { 3, "process", 1, 2, 0, 1, 1, 0 },
      { 4, "people-skills", 1, 2, 0, 1, 1, 0 } } },
  { "/foothold/rules/big-first-step/passes",
    FH_RULE_BIG_FIRST_STEP,
    0,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 },
      { 2, "data", 1, 2, 0, 1, 1, 0 },
      { 3, "process", 1, 2, 0, 1, 1, 0 },
      { 4, "people-skills", 1, 2, 1, 1, 1, 0 } } },
  { "/foothold/rules/prerequisite/breaks",
    FH_RULE_PREREQUISITE,
    1,
    0,
    { { 1, "registry", 1, 2, 0, 1, 1, 0 } } },
  { "/foothold/rules/prerequisite/passes",
    FH_RULE_PREREQUISITE,
    0,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 }, { 2, "registry", 1, 2, 1, 1, 1, 0 } } },
  { "/foothold/rules/dependency/breaks",
    FH_RULE_DEPENDENCY_ORDER,
    1,
    0,
    { { 1, "experimentation", 1, 2, 0, 2, 1, 0 }, { 2, "data", 1, 2, 1, 1, 1, 1 } } },
  { "/foothold/rules/dependency/cycle",
    FH_RULE_DEPENDENCY_ORDER,
    2,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 2 }, { 2, "data", 1, 2, 2, 1, 1, 1 } } },
  { "/foothold/rules/dependency/passes",
    FH_RULE_DEPENDENCY_ORDER,
    0,
    0,
    { { 1, "experimentation", 1, 2, 0, 2, 1, 0 }, { 2, "data", 1, 2, 2, 1, 1, 1 } } },
  { "/foothold/rules/untraced/breaks",
    FH_RULE_UNTRACED_WORK,
    1,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 0, 0 } } },
  { "/foothold/rules/untraced/passes",
    FH_RULE_UNTRACED_WORK,
    0,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 } } },
  { "/foothold/rules/monitoring-late/breaks",
    FH_RULE_MONITORING_LATE,
    1,
    0,
    { { 1, "deployment", 1, 2, 0, 1, 1, 0 } } },
  { "/foothold/rules/monitoring-late/passes",
    FH_RULE_MONITORING_LATE,
    0,
    0,
    { { 1, "monitoring", 0, 1, 0, 1, 1, 0 }, { 2, "deployment", 1, 2, 1, 1, 1, 0 } } },
  { "/foothold/rules/people/breaks",
    FH_RULE_PEOPLE_LEFT_OUT,
    1,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 }, { 2, "people-skills", 1, 2, 2, 1, 2, 0 } } },
  { "/foothold/rules/people/passes",
    FH_RULE_PEOPLE_LEFT_OUT,
    0,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 }, { 2, "people-skills", 1, 2, 1, 1, 2, 0 } } },
  { "/foothold/rules/unplanned-gaps/breaks",
    FH_RULE_UNPLANNED_GAPS,
    1,
    4,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 } } },
  { "/foothold/rules/unplanned-gaps/passes",
    FH_RULE_UNPLANNED_GAPS,
    0,
    4,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 }, { 2, "registry", 1, 2, 1, 1, 3, 0 } } },
  { "/foothold/rules/unplanned-gaps/not-severe",
    FH_RULE_UNPLANNED_GAPS,
    0,
    3,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 } } },
  /* A regression: Experimentation reached Repeatable in Q0, the assessment after it
   * says Initial again. The assessment wins over items that ended before it. */
  { "/foothold/rules/regression/stage-skip",
    FH_RULE_STAGE_SKIP,
    1,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 }, { 2, "experimentation", 2, 3, 2, 1, 1, 0 } },
    2 },
  { "/foothold/rules/regression/same-quarter",
    FH_RULE_STAGE_SKIP,
    1,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 }, { 2, "experimentation", 2, 3, 1, 1, 1, 0 } },
    1 },
  { "/foothold/rules/regression/prerequisite",
    FH_RULE_PREREQUISITE,
    1,
    0,
    { { 1, "experimentation", 1, 2, 0, 1, 1, 0 }, { 2, "registry", 1, 2, 2, 1, 1, 0 } },
    2 },
  /* An item that ends after the latest assessment still raises the stage. */
  { "/foothold/rules/regression/ends-after",
    FH_RULE_STAGE_SKIP,
    0,
    0,
    { { 1, "experimentation", 1, 2, 1, 1, 1, 0 }, { 2, "experimentation", 2, 3, 2, 1, 1, 0 } },
    1 },
  { "/foothold/rules/regression/ends-after-prerequisite",
    FH_RULE_PREREQUISITE,
    0,
    0,
    { { 1, "experimentation", 1, 2, 1, 1, 1, 0 }, { 2, "registry", 1, 2, 2, 1, 1, 0 } },
    1 },
  /* The first step is the first quarter that holds work: an empty start quarter and
   * six items in the next one is a big first step. */
  { "/foothold/rules/big-first-step/empty-start",
    FH_RULE_BIG_FIRST_STEP,
    1,
    0,
    { { 1, "experimentation", 1, 2, 1, 1, 1, 0 },
      { 2, "data", 1, 2, 1, 1, 1, 0 },
      { 3, "process", 1, 2, 1, 1, 1, 0 },
      { 4, "people-skills", 1, 2, 1, 1, 1, 0 },
      { 5, "business-alignment", 1, 2, 1, 1, 1, 0 },
      { 6, "monitoring", 0, 1, 1, 1, 1, 0 } } },
  { "/foothold/rules/big-first-step/empty-start-passes",
    FH_RULE_BIG_FIRST_STEP,
    0,
    0,
    { { 1, "experimentation", 1, 2, 1, 1, 1, 0 },
      { 2, "data", 1, 2, 1, 1, 1, 0 },
      { 3, "process", 1, 2, 1, 1, 1, 0 },
      { 4, "people-skills", 1, 2, 2, 1, 1, 0 },
      { 5, "business-alignment", 1, 2, 2, 1, 1, 0 },
      { 6, "monitoring", 0, 1, 3, 1, 1, 0 } } },
};

typedef struct
{
  FhPlanModels models;
  GListStore  *stores[FH_N_COLLECTIONS];
} Plan;

static GType
collection_type (FhCollection c)
{
  switch (c)
    {
    case FH_COLLECTION_CAPABILITIES:
      return FH_TYPE_CAPABILITY;
    case FH_COLLECTION_PREREQUISITES:
      return FH_TYPE_PREREQUISITE;
    case FH_COLLECTION_GAPS:
      return FH_TYPE_GAP;
    case FH_COLLECTION_ROADMAP:
      return FH_TYPE_ROADMAP_ITEM;
    case FH_COLLECTION_ASSESSMENTS:
      return FH_TYPE_ASSESSMENT;
    case FH_COLLECTION_SCORES:
      return FH_TYPE_SCORE;
    case FH_COLLECTION_ITEM_GAPS:
    case FH_COLLECTION_ITEM_USE_CASES:
    case FH_COLLECTION_ITEM_DEPENDENCIES:
      return FH_TYPE_LINK;
    default:
      return G_TYPE_OBJECT;
    }
}

static void
add (Plan *plan, FhCollection c, gpointer record)
{
  g_list_store_append (plan->stores[c], record);
  g_object_unref (record);
}

static void
plan_init (Plan *plan, const RuleCase *rc)
{
  plan->models.info = g_object_new (FH_TYPE_PLAN_INFO, "start-quarter", Q0, NULL);
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      plan->stores[c] = g_list_store_new (collection_type (c));
      plan->models.models[c] = G_LIST_MODEL (plan->stores[c]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (caps); i++)
    add (plan, FH_COLLECTION_CAPABILITIES,
         g_object_new (FH_TYPE_CAPABILITY, "id", caps[i].id, "name", caps[i].id, "position", i,
                       "core", caps[i].core, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (prereqs); i++)
    add (plan, FH_COLLECTION_PREREQUISITES,
         fh_prerequisite_new (prereqs[i].capability, prereqs[i].stage, prereqs[i].requires,
                              prereqs[i].requires_stage));

  add (plan, FH_COLLECTION_ASSESSMENTS,
       g_object_new (FH_TYPE_ASSESSMENT, "id", (gint64)1, "quarter", Q0 - 1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (caps); i++)
    add (plan, FH_COLLECTION_SCORES,
         g_object_new (FH_TYPE_SCORE, "id", (gint64)(i + 1), "assessment", (gint64)1, "capability",
                       caps[i].id, "stage", g_str_equal (caps[i].id, "monitoring") ? 0 : 1, NULL));

  if (rc != NULL && rc->reassess > 0)
    {
      add (
        plan, FH_COLLECTION_ASSESSMENTS,
        g_object_new (FH_TYPE_ASSESSMENT, "id", (gint64)2, "quarter", Q0 + rc->reassess - 1, NULL));
      for (guint i = 0; i < G_N_ELEMENTS (caps); i++)
        add (plan, FH_COLLECTION_SCORES,
             g_object_new (FH_TYPE_SCORE, "id", (gint64)(100 + i), "assessment", (gint64)2,
                           "capability", caps[i].id, "stage",
                           g_str_equal (caps[i].id, "monitoring") ? 0 : 1, NULL));
    }

  add (plan, FH_COLLECTION_GAPS,
       g_object_new (FH_TYPE_GAP, "id", (gint64)1, "title", "Runs are not tracked", "capability",
                     "experimentation", "severity", 3, NULL));
  add (plan, FH_COLLECTION_GAPS,
       g_object_new (FH_TYPE_GAP, "id", (gint64)2, "title", "No shared words", "capability",
                     "people-skills", "kind", FH_GAP_KIND_PEOPLE, "severity", 3, NULL));
  if (rc != NULL && rc->extra_gap_severity > 0)
    add (plan, FH_COLLECTION_GAPS,
         g_object_new (FH_TYPE_GAP, "id", (gint64)3, "title", "Model files on a share",
                       "capability", "registry", "severity", (int)rc->extra_gap_severity, NULL));

  for (guint i = 0; rc != NULL && i < G_N_ELEMENTS (rc->items) && rc->items[i].id != 0; i++)
    {
      const ItemSpec *spec = &rc->items[i];

      add (plan, FH_COLLECTION_ROADMAP,
           g_object_new (FH_TYPE_ROADMAP_ITEM, "id", spec->id, "title", spec->capability,
                         "capability", spec->capability, "from-stage", spec->from, "target-stage",
                         spec->to, "start-quarter", Q0 + spec->start, "duration", spec->duration,
                         NULL));
      if (spec->gap != 0)
        add (plan, FH_COLLECTION_ITEM_GAPS, fh_link_new (spec->id, spec->gap));
      if (spec->dep != 0)
        add (plan, FH_COLLECTION_ITEM_DEPENDENCIES, fh_link_new (spec->id, spec->dep));
    }
}

static void
plan_clear (Plan *plan)
{
  g_clear_object (&plan->models.info);
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    g_clear_object (&plan->stores[c]);
}

static guint
count_rule (GPtrArray *findings, const char *rule)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((FhFinding *)findings->pdata[i])->rule_id, rule))
      n++;

  return n;
}

static void
test_rule_case (gconstpointer data)
{
  const RuleCase *rc = data;
  g_autoptr (GPtrArray) findings = NULL;
  Plan plan = { 0 };

  plan_init (&plan, rc);
  findings = fh_rules_check (&plan.models);
  g_assert_cmpuint (count_rule (findings, rc->rule), ==, rc->expected);

  for (guint i = 0; i < findings->len; i++)
    {
      FhFinding *finding = findings->pdata[i];

      g_assert_nonnull (finding->message);
      g_assert_cmpstr (finding->message, !=, "");
      g_assert_cmpstr (finding->fix, !=, "");
      if (i > 0)
        g_assert_cmpint (((FhFinding *)findings->pdata[i - 1])->severity, >=, finding->severity);
    }
  plan_clear (&plan);
}

static void
test_rules_severity (void)
{
  /* Rules 1, 2, 4, 5 are errors; the others warnings. */
  static const struct
  {
    guint      c;
    FhSeverity severity;
  } expect[] = {
    { 0, FH_SEVERITY_ERROR },    { 3, FH_SEVERITY_ERROR },    { 6, FH_SEVERITY_WARNING },
    { 8, FH_SEVERITY_ERROR },    { 10, FH_SEVERITY_ERROR },   { 13, FH_SEVERITY_WARNING },
    { 15, FH_SEVERITY_WARNING }, { 17, FH_SEVERITY_WARNING }, { 19, FH_SEVERITY_WARNING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      const RuleCase *rc = &cases[expect[i].c];
      g_autoptr (GPtrArray) findings = NULL;
      Plan     plan = { 0 };
      gboolean seen = FALSE;

      plan_init (&plan, rc);
      findings = fh_rules_check (&plan.models);
      for (guint k = 0; k < findings->len; k++)
        {
          FhFinding *finding = findings->pdata[k];

          if (g_str_equal (finding->rule_id, rc->rule))
            {
              g_assert_cmpint (finding->severity, ==, expect[i].severity);
              seen = TRUE;
            }
        }
      g_assert_true (seen);
      plan_clear (&plan);
    }
}

static void
test_rules_messages (void)
{
  g_autoptr (GPtrArray) findings = NULL;
  FhFinding *finding = NULL;
  Plan       plan = { 0 };

  plan_init (&plan, &cases[0]);
  findings = fh_rules_check (&plan.models);
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((FhFinding *)findings->pdata[i])->rule_id, FH_RULE_STAGE_SKIP))
      finding = findings->pdata[i];

  g_assert_nonnull (finding);
  /* The message names the item, its capability and the stage skipped. */
  g_assert_nonnull (strstr (finding->message, "“experimentation”"));
  g_assert_nonnull (strstr (finding->message, "Repeatable"));
  g_assert_cmpint (finding->fix_kind, ==, FH_FIX_SPLIT_STAGES);
  g_assert_cmpuint (finding->items->len, ==, 1);
  g_assert_cmpint (g_array_index (finding->items, gint64, 0), ==, 1);
  g_assert_true (fh_finding_concerns_item (finding, 1));
  g_assert_false (fh_finding_concerns_item (finding, 2));
  plan_clear (&plan);
}

static void
test_rules_cycle_items (void)
{
  g_autoptr (GPtrArray) findings = NULL;
  Plan  plan = { 0 };
  guint cycles = 0;

  plan_init (&plan, &cases[11]);
  findings = fh_rules_check (&plan.models);
  for (guint i = 0; i < findings->len; i++)
    {
      FhFinding *finding = findings->pdata[i];

      if (strstr (finding->message, "circle") != NULL)
        {
          cycles++;
          g_assert_cmpuint (finding->items->len, ==, 2);
          g_assert_cmpint (finding->fix_kind, ==, FH_FIX_NONE);
        }
    }
  g_assert_cmpuint (cycles, ==, 1);
  plan_clear (&plan);
}

static void
test_coverage (void)
{
  FhCoverage coverage;
  Plan       plan = { 0 };

  /* Gaps 1 and 2 open, gap 3 (severity 5) open; only gap 1 is linked. */
  plan_init (&plan, &(RuleCase){ "", "", 0, 5, { { 1, "experimentation", 1, 2, 0, 1, 1, 0 } } });
  fh_coverage_compute (&plan.models, &coverage);
  g_assert_cmpuint (coverage.n_open, ==, 3);
  g_assert_cmpuint (coverage.n_covered, ==, 1);
  g_assert_cmpuint (coverage.uncovered->len, ==, 1);
  g_assert_cmpint (fh_gap_get_id (coverage.uncovered->pdata[0]), ==, 3);
  fh_coverage_clear (&coverage);
  plan_clear (&plan);
}

/* The cost share of the first step is said in amounts, which are exact: 3,400 of
 * 10,000 is more than a third, and the message says so without a rounded "34 %". */
static void
test_rules_first_step_cost (void)
{
  static const RuleCase rc = { "",
                               FH_RULE_BIG_FIRST_STEP,
                               0,
                               0,
                               { { 1, "experimentation", 1, 2, 1, 1, 1, 0 },
                                 { 2, "data", 1, 2, 2, 1, 1, 0 } } };
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (FhRoadmapItem) first = NULL;
  g_autoptr (FhRoadmapItem) second = NULL;
  g_autofree char *part = NULL;
  g_autofree char *whole = NULL;
  FhFinding       *finding = NULL;
  Plan             plan = { 0 };

  plan_init (&plan, &rc);
  first = g_list_model_get_item (plan.models.models[FH_COLLECTION_ROADMAP], 0);
  second = g_list_model_get_item (plan.models.models[FH_COLLECTION_ROADMAP], 1);
  g_object_set (first, "cost", (gint64)340000, NULL);
  g_object_set (second, "cost", (gint64)660000, NULL);
  findings = fh_rules_check (&plan.models);
  g_assert_cmpuint (count_rule (findings, FH_RULE_BIG_FIRST_STEP), ==, 1);
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((FhFinding *)findings->pdata[i])->rule_id, FH_RULE_BIG_FIRST_STEP))
      finding = findings->pdata[i];
  g_assert_nonnull (strstr (finding->message, "(2027-Q2)"));
  part = fh_money_format (340000, "EUR");
  whole = fh_money_format (1000000, "EUR");
  g_assert_nonnull (strstr (finding->message, part));
  g_assert_nonnull (strstr (finding->message, whole));
  g_assert_null (strstr (finding->message, "%"));
  g_assert_cmpuint (finding->items->len, ==, 1);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* A third exactly is not more than a third. */
  g_object_set (first, "cost", (gint64)300000, NULL);
  g_object_set (second, "cost", (gint64)600000, NULL);
  findings = fh_rules_check (&plan.models);
  g_assert_cmpuint (count_rule (findings, FH_RULE_BIG_FIRST_STEP), ==, 0);
  plan_clear (&plan);
}

/* A capability the latest assessment does not score is not assessed: the rules never
 * read it as Not yet. */
static void
remove_score (Plan *plan, const char *capability)
{
  GListModel *scores = plan->models.models[FH_COLLECTION_SCORES];

  for (guint i = 0; i < g_list_model_get_n_items (scores); i++)
    {
      g_autoptr (FhScore) score = g_list_model_get_item (scores, i);

      if (g_str_equal (fh_score_get_capability (score), capability))
        {
          g_list_store_remove (plan->stores[FH_COLLECTION_SCORES], i);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_rules_not_assessed (void)
{
  static const RuleCase starts = {
    "", FH_RULE_STAGE_SKIP, 0, 0, { { 1, "experimentation", 2, 3, 0, 1, 1, 0 } }
  };
  static const RuleCase needs = {
    "", FH_RULE_PREREQUISITE, 0, 0, { { 1, "registry", 1, 2, 0, 1, 1, 0 } }
  };
  g_autoptr (GPtrArray) findings = NULL;
  FhFinding *finding = NULL;
  Plan       plan = { 0 };

  /* Starting at Repeatable skips nothing known when the capability is not assessed. */
  plan_init (&plan, &starts);
  remove_score (&plan, "experimentation");
  findings = fh_rules_check (&plan.models);
  g_assert_cmpuint (count_rule (findings, FH_RULE_STAGE_SKIP), ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
  plan_clear (&plan);

  /* A prerequisite on a capability that is not assessed is not met, and says why. */
  memset (&plan, 0, sizeof plan);
  plan_init (&plan, &needs);
  remove_score (&plan, "experimentation");
  findings = fh_rules_check (&plan.models);
  g_assert_cmpuint (count_rule (findings, FH_RULE_PREREQUISITE), ==, 1);
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((FhFinding *)findings->pdata[i])->rule_id, FH_RULE_PREREQUISITE))
      finding = findings->pdata[i];
  g_assert_nonnull (strstr (finding->message, "experimentation is not assessed"));
  g_assert_null (strstr (finding->message, "Not yet"));
  plan_clear (&plan);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], test_rule_case);
  g_test_add_func ("/foothold/rules/not-assessed", test_rules_not_assessed);
  g_test_add_func ("/foothold/rules/severity", test_rules_severity);
  g_test_add_func ("/foothold/rules/messages", test_rules_messages);
  g_test_add_func ("/foothold/rules/cycle-items", test_rules_cycle_items);
  g_test_add_func ("/foothold/rules/coverage", test_coverage);
  g_test_add_func ("/foothold/rules/first-step-cost", test_rules_first_step_cost);

  return g_test_run ();
}
