/* fh-portfolio-json.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <json-glib/json-glib.h>

#include "fh-portfolio-open.h"

#include "fh-portfolio-report.h"
#include "fh-quarter.h"
#include "fh-store-private.h"

/* `foothold --portfolio DIR --summary`: what core computed, as JSON; nothing here
 * decides a figure (docs/plan-format.md, "The portfolio summary"). */

static void
add_nullable_double (JsonBuilder *builder, const char *key, gboolean has, double value)
{
  json_builder_set_member_name (builder, key);
  if (has)
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_strings (JsonBuilder *builder, const char *key, GPtrArray *strings)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (builder, strings->pdata[i]);
  json_builder_end_array (builder);
}

static void
add_row (JsonBuilder *builder, FhPortfolio *portfolio, guint r)
{
  const FhPortfolioRow *row = fh_portfolio_get_row (portfolio, r);

  json_builder_begin_object (builder);
  fh_json_add_string (builder, "team", row->team);
  fh_json_add_string (builder, "file", row->file);
  fh_json_add_quarter (builder, "latest_assessment", row->quarter);
  fh_json_add_stage (builder, "overall_stage", row->summary.overall);
  fh_json_add_take_string (builder, "overall_stage_text",
                           fh_maturity_format_stage (row->summary.overall));
  add_nullable_double (builder, "mean", row->summary.mean >= 0, row->summary.mean);
  add_nullable_double (builder, "trend", row->has_trend, row->summary.mean - row->mean_before);
  fh_json_add_take_string (builder, "trend_text", fh_portfolio_row_trend_text (row));
  fh_json_add_int (builder, "open_gaps", row->open_gaps);
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_object (builder);
  fh_json_add_int (builder, "error", row->findings[FH_SEVERITY_ERROR]);
  fh_json_add_int (builder, "warning", row->findings[FH_SEVERITY_WARNING]);
  fh_json_add_int (builder, "info", row->findings[FH_SEVERITY_INFO]);
  json_builder_end_object (builder);
  fh_json_add_int (builder, "spend", row->spend);
  fh_json_add_string (builder, "currency", row->currency);
  fh_json_add_take_string (builder, "spend_text", fh_portfolio_row_spend_text (row));

  /* One member per capability column; null: not assessed; absent: not in the plan. */
  json_builder_set_member_name (builder, "stages");
  json_builder_begin_object (builder);
  for (guint c = 0; c < fh_portfolio_get_n_columns (portfolio); c++)
    {
      int stage = fh_portfolio_get_stage (portfolio, r, c);

      if (stage == FH_PORTFOLIO_NOT_IN_CATALOG)
        continue;
      fh_json_add_stage (builder, fh_portfolio_get_column (portfolio, c)->id, stage);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

/**
 * fh_portfolio_to_json:
 *
 * Returns: (transfer full): the portfolio's summary as a JSON document
 */
GBytes *
fh_portfolio_to_json (FhPortfolio *portfolio)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  GPtrArray *gaps = fh_portfolio_get_shared_gaps (portfolio);
  GPtrArray *options = fh_portfolio_get_shared_options (portfolio);

  json_builder_begin_object (builder);
  fh_json_add_string (builder, "format", FH_PORTFOLIO_FORMAT);
  fh_json_add_int (builder, "version", FH_PORTFOLIO_VERSION);
  fh_json_add_quarter (builder, "current_quarter", fh_portfolio_get_current_quarter (portfolio));

  json_builder_set_member_name (builder, "capabilities");
  json_builder_begin_array (builder);
  for (guint c = 0; c < fh_portfolio_get_n_columns (portfolio); c++)
    {
      const FhPortfolioColumn *column = fh_portfolio_get_column (portfolio, c);

      json_builder_begin_object (builder);
      fh_json_add_string (builder, "id", column->id);
      fh_json_add_string (builder, "name", column->name);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "teams");
  json_builder_begin_array (builder);
  for (guint r = 0; r < fh_portfolio_get_n_rows (portfolio); r++)
    add_row (builder, portfolio, r);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "shared_gaps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < gaps->len; i++)
    {
      const FhPortfolioSharedGap *shared = gaps->pdata[i];

      json_builder_begin_object (builder);
      fh_json_add_string (builder, "capability", shared->capability);
      add_strings (builder, "teams", shared->teams);
      add_strings (builder, "titles", shared->titles);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "shared_options");
  json_builder_begin_array (builder);
  for (guint i = 0; i < options->len; i++)
    {
      const FhPortfolioSharedOption *shared = options->pdata[i];

      json_builder_begin_object (builder);
      fh_json_add_string (builder, "name", shared->name);
      add_strings (builder, "chosen_by", shared->choosing);
      add_strings (builder, "evaluated_by", shared->evaluating);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "skipped");
  json_builder_begin_array (builder);
  for (guint i = 0; i < fh_portfolio_get_n_skipped (portfolio); i++)
    {
      const FhPortfolioSkipped *skipped = fh_portfolio_get_skipped (portfolio, i);

      json_builder_begin_object (builder);
      fh_json_add_string (builder, "file", skipped->file);
      fh_json_add_string (builder, "reason", skipped->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return fh_json_builder_to_bytes (builder);
}
