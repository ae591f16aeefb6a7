/* fh-report-value.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-report-data-private.h"

#include "fh-money.h"
#include "fh-needs.h"
#include "fh-option.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"
#include "fh-use-case.h"
#include "fh-value.h"

/* The report's Value and Funding section: the same core functions as the Options
 * page's value tables (fh-value.c), so the window and the report say the same. */

static void
add_row (FhReportBlock *table, char **cells)
{
  GStrvBuilder *builder = g_strv_builder_new ();

  for (guint i = 0; i < table->columns->len; i++)
    {
      g_strv_builder_add (builder, cells[i] != NULL ? cells[i] : "");
      g_free (cells[i]);
    }
  g_ptr_array_add (table->rows, g_strv_builder_end (builder));
  g_strv_builder_unref (builder);
}

static char *
live_text (const FhPlanModels *plan, FhUseCase *use_case)
{
  int live = fh_value_live_quarter (plan, use_case);
  int ready = fh_needs_blocked_until (plan, use_case);

  if (live != 0)
    return fh_quarter_format (live);
  if (ready == FH_NEEDS_NEVER)
    return g_strdup (_("Blocked: needs not planned"));
  return g_strdup (_("No date"));
}

static void
build_use_case_values (const FhPlanModels *plan, GPtrArray *blocks, const char *currency)
{
  GListModel    *use_cases = plan->models[FH_COLLECTION_USE_CASES];
  guint          n = g_list_model_get_n_items (use_cases);
  FhReportBlock *table;
  guint          n_rows = 0;

  table = fh_report_blocks_add_table (
    blocks, (const char *const[]){ _("Use case"), "4",
                                      _("Value a year"), "#3.5", _("Earns from"), "#2.5", NULL });
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (use_cases, i);
      FhValueRange value;
      char        *cells[3];

      if (!fh_needs_is_prioritised (use_case))
        continue;
      fh_value_use_case (plan, fh_use_case_get_id (use_case), &value);
      cells[0] = g_strdup (fh_use_case_get_title (use_case));
      cells[1] = fh_value_format_range (&value, currency);
      cells[2] = live_text (plan, use_case);
      add_row (table, cells);
      n_rows++;
    }
  if (n_rows == 0)
    {
      g_ptr_array_remove (blocks, table);
      fh_report_blocks_add (blocks, FH_REPORT_BLOCK_PARAGRAPH, 0,
                            _("No use case is approved, in progress or live."));
    }
}

static void
build_option_values (const FhPlanModels *plan, GPtrArray *blocks, const char *currency)
{
  GListModel    *options = plan->models[FH_COLLECTION_OPTIONS];
  guint          n = g_list_model_get_n_items (options);
  FhReportBlock *table;

  if (n == 0)
    return;
  table = fh_report_blocks_add_table (
    blocks,
    (const char *const[]){ _("Option"), "3.2",
                              _("Value"), "#4.2",
                                 _("TCO"), "#2", _("ROI"), "#3.2", _("Payback"), "2.2", NULL });
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhOption) option = g_list_model_get_item (options, i);
      FhOptionValue value;
      char         *cells[5];

      fh_value_option (plan, fh_option_get_id (option), &value);
      cells[0] = g_strdup (fh_option_get_name (option));
      cells[1] = fh_value_format_range (&value.value, currency);
      cells[2] = fh_money_format_whole (value.tco, currency);
      cells[3] = fh_value_format_roi (&value);
      cells[4] = fh_value_format_payback (&value);
      add_row (table, cells);
    }
}

static void
build_funding (const FhPlanModels *plan, GPtrArray *blocks, const char *currency)
{
  g_autoptr (GArray) rows = fh_value_funding (plan);
  FhReportBlock *table;

  if (rows->len == 0)
    return;
  table = fh_report_blocks_add_table (
    blocks,
    (const char *const[]){ _("Quarter"), "1.4",
                              _("Roadmap cost"), "#2",
                                 _("Value earned"), "#3.8",
                                    _("Running cost"), "#2", _("Running value"), "#4", NULL });
  for (guint i = 0; i < rows->len; i++)
    {
      const FhFundingQuarter *row = &g_array_index (rows, FhFundingQuarter, i);
      char                   *cells[5];

      cells[0] = fh_quarter_format (row->quarter);
      cells[1] = fh_money_format_whole (row->cost, currency);
      cells[2] = fh_value_format_range (&row->value, currency);
      cells[3] = fh_money_format_whole (row->cumulative_cost, currency);
      cells[4] = fh_value_format_range (&row->cumulative_value, currency);
      add_row (table, cells);
    }
}

void
fh_report_build_value (const FhPlanModels *plan, GPtrArray *blocks)
{
  const char *currency = plan->info != NULL ? fh_plan_info_get_currency (plan->info) : "EUR";

  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_HEADING, 1,
                        fh_report_section_get_title (FH_REPORT_VALUE));
  fh_report_blocks_add (
    blocks, FH_REPORT_BLOCK_PARAGRAPH, 0,
    _("A use case's value a year is the sum over its metrics of (target − baseline) × the "
      "value per unit, as a range from the confidence given: high ±10 %, medium ±25 %, low "
      "±50 %, rounded to two figures. It earns from the later of its go-live quarter and the "
      "quarter after the roadmap reaches every stage it needs."));
  build_use_case_values (plan, blocks, currency);
  fh_report_blocks_add (
    blocks, FH_REPORT_BLOCK_PARAGRAPH, 0,
    _("An option earns an equal share of the value of each prioritised use case that needs "
      "its capability, for the quarters of the horizon the use case is live; ROI = (value − "
      "TCO) / TCO."));
  build_option_values (plan, blocks, currency);
  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_HEADING, 2, _("Funding by quarter"));
  build_funding (plan, blocks, currency);
}
