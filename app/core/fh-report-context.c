/* fh-report-context.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-report-data-private.h"

#include "fh-data-source.h"
#include "fh-glossary-term.h"
#include "fh-metric.h"
#include "fh-money.h"
#include "fh-role.h"
#include "fh-scoring.h"
#include "fh-skill.h"

/* What the absent reader needs to judge the plan: how success is measured (KPIs with
 * baseline, target and current, and progress as the Discover page computes it), the
 * data it rests on, the skills it lacks (fh_skill_shortfalls(), as the People tab) and
 * the words it uses. Long lists show their first rows, as the other detail sections. */

static char *
number_text (double value)
{
  return fh_number_format (value);
}

static void
add_metrics (const FhPlanModels *plan, guint top, GPtrArray *blocks)
{
  g_autoptr (GPtrArray) metrics = fh_report_model_items (plan, FH_COLLECTION_METRICS);
  FhReportBlock *table;

  fh_report_add_heading (blocks, 2, _("Measures of success"));
  if (metrics->len == 0)
    {
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, _("No measures are recorded."));
      return;
    }
  table = fh_report_add_table (
    blocks, (const char *const[]){ _("Measure"), "4",
                                      _("Kind"), "2",
                                         _("Baseline"), "#1.6",
                                            _("Target"), "#1.6",
                                               _("Current"), "#1.6",
                                                  _("Progress"), "#1.6", _("Owner"), "2", NULL });
  for (guint i = 0; i < metrics->len && i < top; i++)
    {
      FhMetric        *metric = metrics->pdata[i];
      double           progress;
      const char      *unit = fh_metric_get_unit (metric);
      g_autofree char *name = unit != NULL && unit[0]
                                ? g_strdup_printf ("%s (%s)", fh_metric_get_name (metric), unit)
                                : g_strdup (fh_metric_get_name (metric));

      fh_report_add_row (
        table, g_steal_pointer (&name),
        g_strdup (fh_metric_kind_get_label (fh_metric_get_kind (metric))),
        number_text (fh_metric_get_baseline (metric)), number_text (fh_metric_get_target (metric)),
        number_text (fh_metric_get_current (metric)),
        fh_metric_progress (fh_metric_get_direction (metric), fh_metric_get_baseline (metric),
                            fh_metric_get_target (metric), fh_metric_get_current (metric),
                            &progress)
          ? g_strdup_printf ("%.0f %%", progress * 100)
          : g_strdup ("–"),
        g_strdup (fh_metric_get_owner (metric)));
    }
  fh_report_add_more (blocks, table->rows->len, metrics->len);
}

static void
add_data_sources (const FhPlanModels *plan, guint top, GPtrArray *blocks)
{
  g_autoptr (GPtrArray) sources = fh_report_model_items (plan, FH_COLLECTION_DATA_SOURCES);
  FhReportBlock *table;

  fh_report_add_heading (blocks, 2, _("Data sources"));
  if (sources->len == 0)
    {
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, _("No data sources are recorded."));
      return;
    }
  table = fh_report_add_table (
    blocks, (const char *const[]){ _("Source"), "3",
                                      _("Availability"), "2",
                                         _("Access"), "2",
                                            _("Sensitivity"), "2",
                                               _("Owner"), "2", _("Description"), "4", NULL });
  for (guint i = 0; i < sources->len && i < top; i++)
    {
      FhDataSource *source = sources->pdata[i];

      fh_report_add_row (
        table, g_strdup (fh_data_source_get_name (source)),
        g_strdup (fh_availability_get_label (fh_data_source_get_availability (source))),
        g_strdup (fh_access_get_label (fh_data_source_get_access (source))),
        g_strdup (fh_sensitivity_get_label (fh_data_source_get_sensitivity (source))),
        g_strdup (fh_data_source_get_owner (source)),
        g_strdup (fh_data_source_get_description (source)));
    }
  fh_report_add_more (blocks, table->rows->len, sources->len);
}

static const char *
name_of (GPtrArray *records, gint64 id, gboolean role)
{
  for (guint i = 0; i < records->len; i++)
    {
      if (role && fh_role_get_id (records->pdata[i]) == id)
        return fh_role_get_name (records->pdata[i]);
      if (!role && fh_skill_get_id (records->pdata[i]) == id)
        return fh_skill_get_name (records->pdata[i]);
    }
  return "";
}

static void
add_shortfalls (const FhPlanModels *plan, guint top, GPtrArray *blocks)
{
  g_autoptr (GArray) shortfalls = fh_skill_shortfalls (plan);
  g_autoptr (GPtrArray) roles = fh_report_model_items (plan, FH_COLLECTION_ROLES);
  g_autoptr (GPtrArray) skills = fh_report_model_items (plan, FH_COLLECTION_SKILLS);
  FhReportBlock *table;

  fh_report_add_heading (blocks, 2, _("Skills shortfall"));
  if (shortfalls->len == 0)
    {
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH,
                           _("No role is below the level of skill it needs."));
      return;
    }
  table = fh_report_add_table (
    blocks, (const char *const[]){ _("Role"), "3",
                                      _("Skill"), "3", _("Has"), "2", _("Needs"), "2", NULL });
  for (guint i = 0; i < shortfalls->len && i < top; i++)
    {
      FhShortfall *s = &g_array_index (shortfalls, FhShortfall, i);

      fh_report_add_row (table, g_strdup (name_of (roles, s->role, TRUE)),
                         g_strdup (name_of (skills, s->skill, FALSE)),
                         g_strdup (fh_skill_level_get_label (s->current)),
                         g_strdup (fh_skill_level_get_label (s->needed)));
    }
  fh_report_add_more (blocks, table->rows->len, shortfalls->len);
}

static void
add_glossary (const FhPlanModels *plan, GPtrArray *blocks)
{
  g_autoptr (GPtrArray) terms = fh_report_model_items (plan, FH_COLLECTION_GLOSSARY);
  FhReportBlock *table;

  fh_report_add_heading (blocks, 2, _("Glossary"));
  if (terms->len == 0)
    {
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, _("The plan defines no terms."));
      return;
    }
  /* Every term: a glossary that stops halfway leaves the reader guessing. */
  table = fh_report_add_table (
    blocks, (const char *const[]){ _("Term"), "2", _("Meaning"), "6", _("For"), "1.6", NULL });
  for (guint i = 0; i < terms->len; i++)
    {
      FhGlossaryTerm *term = terms->pdata[i];

      fh_report_add_row (table, g_strdup (fh_glossary_term_get_term (term)),
                         g_strdup (fh_glossary_term_get_definition (term)),
                         g_strdup (fh_audience_get_label (fh_glossary_term_get_audience (term))));
    }
}

void
fh_report_build_context (const FhPlanModels    *plan,
                         const FhReportOptions *options,
                         GPtrArray             *blocks)
{
  guint top = fh_report_options_get_top (options);

  fh_report_add_heading (blocks, 1, fh_report_section_get_title (FH_REPORT_CONTEXT));
  add_metrics (plan, top, blocks);
  add_data_sources (plan, top, blocks);
  add_shortfalls (plan, top, blocks);
  add_glossary (plan, blocks);
}
