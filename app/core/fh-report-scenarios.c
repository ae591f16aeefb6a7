/* fh-report-scenarios.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-report-scenarios.h"

#include "fh-report-data.h"
#include "fh-scenario-compare.h"
#include "fh-scenarios.h"

/* The report's Scenarios section: the comparison chart (PDF) and the table the
 * window's Scenarios section shows, row for row (fh_scenario_table()). A plan with
 * fewer than two scenarios has nothing to compare, and the section says so. */

/**
 * fh_report_build_scenarios:
 * @blocks: where the section's blocks go
 */
void
fh_report_build_scenarios (const FhPlanModels *plan, GPtrArray *blocks)
{
  g_autoptr (FhScenarioComparison) comparison = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GPtrArray) spec = NULL;
  g_autofree char *shown_text = NULL;
  FhReportBlock   *block, *table = NULL;
  const char      *currency;
  const char      *shown_name = NULL;

  g_return_if_fail (plan != NULL);

  if (fh_scenarios_count (plan) < 2)
    {
      fh_report_blocks_add (blocks, FH_REPORT_BLOCK_HEADING, 1,
                            fh_report_section_get_title (FH_REPORT_SCENARIOS));
      fh_report_blocks_add (blocks, FH_REPORT_BLOCK_PARAGRAPH, 0,
                            _("The plan has a single scenario. Add another under Scenarios "
                              "to compare ways forward."));
      return;
    }

  currency = plan->info != NULL ? fh_plan_info_get_currency (plan->info) : "EUR";
  comparison = fh_scenario_compare (plan);
  rows = fh_scenario_table (comparison, currency);

  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_HEADING, 1,
                        fh_report_section_get_title (FH_REPORT_SCENARIOS));
  for (guint s = 0; s < comparison->scenarios->len; s++)
    if (((FhScenarioFigures *)comparison->scenarios->pdata[s])->shown)
      shown_name = ((FhScenarioFigures *)comparison->scenarios->pdata[s])->name;
  shown_text = g_strdup_printf (
    ngettext ("The plan compares %u scenario. The rest of this report shows “%s”.",
              "The plan compares %u scenarios. The rest of this report shows “%s”.",
              comparison->scenarios->len),
    comparison->scenarios->len, shown_name != NULL ? shown_name : "");
  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_PARAGRAPH, 0, shown_text);
  block = fh_report_blocks_add (blocks, FH_REPORT_BLOCK_CHART, 0, NULL);
  block->chart = g_strdup ("scenarios");

  /* One table per group, so that a group's title heads its own columns. */
  spec = g_ptr_array_new_with_free_func (g_free);
  for (guint r = 0; r < rows->len; r++)
    {
      FhScenarioRow *row = rows->pdata[r];
      GStrvBuilder  *builder;

      if (row->heading)
        {
          g_ptr_array_set_size (spec, 0);
          g_ptr_array_add (spec, g_strdup (row->label));
          g_ptr_array_add (spec, g_strdup ("4"));
          for (guint s = 0; s < comparison->scenarios->len; s++)
            {
              g_ptr_array_add (
                spec, g_strdup (((FhScenarioFigures *)comparison->scenarios->pdata[s])->name));
              g_ptr_array_add (spec, g_strdup ("#2"));
            }
          g_ptr_array_add (spec, NULL);
          table = fh_report_blocks_add_table (blocks, (const char *const *)spec->pdata);
          g_ptr_array_remove_index (spec, spec->len - 1);
          continue;
        }
      if (table == NULL)
        continue;
      builder = g_strv_builder_new ();
      g_strv_builder_add (builder, row->label);
      for (guint c = 0; c < row->cells->len; c++)
        g_strv_builder_add (builder, row->cells->pdata[c]);
      g_ptr_array_add (table->rows, g_strv_builder_end (builder));
      g_strv_builder_unref (builder);
    }
}
