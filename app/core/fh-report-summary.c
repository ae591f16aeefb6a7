/* fh-report-summary.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-report-data-private.h"

#include "fh-capability.h"
#include "fh-decision.h"
#include "fh-gap.h"
#include "fh-maturity.h"
#include "fh-money.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"
#include "fh-roadmap-item.h"
#include "fh-rules.h"
#include "fh-summary.h"

/* The executive summary: what a manager who missed the workshop reads first, on one
 * to three pages whatever the plan's size. Every figure comes from the function the
 * window uses for it: FhPlanSummary (as `foothold --summary`), fh_maturity_trend(),
 * fh_decision_new(), fh_rules_check(), fh_report_sorted_gaps(). */

/* Rows a summary list or table shows, so that it stays within three pages. */
#define SUMMARY_ROWS 8

static const char *
currency_of (const FhPlanModels *plan)
{
  return plan->info != NULL ? fh_plan_info_get_currency (plan->info) : "";
}

static int
horizon_of (const FhPlanModels *plan)
{
  return plan->info != NULL ? fh_plan_info_get_horizon_years (plan->info) : 3;
}

static void
add_stage (const FhPlanModels *plan, FhPlanSummary *summary, GPtrArray *blocks)
{
  g_autoptr (GArray) trend = fh_maturity_trend ((FhPlanModels *)plan);
  g_autofree char *now = fh_quarter_format (summary->current_quarter);
  g_autofree char *text = NULL;
  FhReportBlock   *block;

  if (summary->latest == NULL)
    {
      text = g_strdup_printf (_("Current quarter: %s. No quarter has been assessed yet, so the "
                                "plan has no overall stage."),
                                 now);
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text)->link = FH_REPORT_MATURITY;
      return;
    }

  {
    g_autofree char *assessed = fh_quarter_format (fh_assessment_get_quarter (summary->latest));
    g_autofree char *figures = fh_maturity_summary_text (&summary->summary);

    /* Translators: "Current quarter: Q4 2026. Latest assessment, Q3 2026: overall stage
     * Initial · mean 1.0 · 13 of 14 assessed." */
    text = g_strdup_printf (
      _("Current quarter: %s. Latest assessment, %s: overall stage %s. The overall stage is the "
        "lowest among the assessed core capabilities; the mean is over every assessed "
        "capability."),
         now, assessed, figures);
  }
  block = fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text);
  block->link = FH_REPORT_MATURITY;
  if (summary->not_assessed->len > 0)
    {
      g_autoptr (GString) names = g_string_new (NULL);
      g_autofree char *sentence = NULL;

      for (guint i = 0; i < summary->not_assessed->len; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                                fh_capability_get_name (summary->not_assessed->pdata[i]));
      sentence = g_strdup_printf (_("Not assessed: %s."), names->str);
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, sentence);
    }

  if (trend->len >= 2)
    {
      FhTrendPoint    *last = &g_array_index (trend, FhTrendPoint, trend->len - 1);
      FhTrendPoint    *before = &g_array_index (trend, FhTrendPoint, trend->len - 2);
      g_autofree char *then = fh_quarter_format (before->quarter);
      g_autofree char *sentence = NULL;

      if (round (last->mean * 10) > round (before->mean * 10))
        sentence =
          g_strdup_printf (_("Trend: rising; the mean stage went from %.1f in %s to %.1f."),
                              before->mean, then, last->mean);
      else if (round (last->mean * 10) < round (before->mean * 10))
        sentence =
          g_strdup_printf (_("Trend: falling; the mean stage went from %.1f in %s to %.1f."),
                              before->mean, then, last->mean);
      else
        sentence =
          g_strdup_printf (_("Trend: level; the mean stage is %.1f, as in %s."), last->mean, then);
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, sentence)->link = FH_REPORT_MATURITY;
    }
}

/* The decisions asked of the reader: a capability whose options are compared but
 * none chosen, and the findings that break the climb. */
static void
add_decisions (const FhPlanModels *plan, FhPlanSummary *summary, GPtrArray *blocks)
{
  g_autoptr (GPtrArray) capabilities = fh_maturity_capabilities (plan);
  FhReportBlock *list;
  FhTcoParams    params;
  int            horizon = horizon_of (plan);

  fh_report_add_heading (blocks, 2, _("Decisions asked of you"));
  list = fh_report_add_list (blocks);
  list->link = FH_REPORT_OPTIONS;
  fh_tco_params_init (&params, plan->info);
  for (guint c = 0; c < capabilities->len; c++)
    {
      const char *id = fh_capability_get_id (capabilities->pdata[c]);
      g_autoptr (FhDecision) decision = fh_decision_new (plan, id, &params);
      g_autofree char *money = NULL;
      FhOption        *best;

      if (decision == NULL || decision->n_options == 0 || decision->chosen >= 0)
        continue;
      if (decision->recommended < 0)
        {
          g_ptr_array_add (list->items,
                           g_strdup_printf (ngettext ("Choose for %s: %u option is compared, none "
                                                      "scored yet.",
                                                      "Choose for %s: %u options are compared, "
                                                      "none scored yet.",
                                                      decision->n_options),
                                            fh_capability_get_name (capabilities->pdata[c]),
                                            decision->n_options));
          continue;
        }
      best = decision->options[decision->recommended];
      money =
        fh_money_format_whole (decision->tcos[decision->recommended].total, currency_of (plan));
      /* Translators: capability, option, its score, its cost, the years */
      g_ptr_array_add (
        list->items,
        g_strdup_printf (
          ngettext ("Choose for %s: %s is recommended (%.2f of 5, %s over %d year).",
                    "Choose for %s: %s is recommended (%.2f of 5, %s over %d years).", horizon),
          fh_capability_get_name (capabilities->pdata[c]), fh_option_get_name (best),
          decision->totals[decision->recommended], money, horizon));
    }

  if (list->items->len > SUMMARY_ROWS)
    {
      guint more = list->items->len - SUMMARY_ROWS;

      g_ptr_array_set_size (list->items, SUMMARY_ROWS);
      g_ptr_array_add (
        list->items,
        g_strdup_printf (ngettext ("%u more capability awaits a choice: see Options.",
                                   "%u more capabilities await a choice: see Options.", more),
                         more));
    }
  if (summary->findings[FH_SEVERITY_ERROR] > 0)
    g_ptr_array_add (
      list->items,
      g_strdup_printf (ngettext ("Fix or accept %u roadmap finding that breaks the climb.",
                                 "Fix or accept %u roadmap findings that break the climb.",
                                 summary->findings[FH_SEVERITY_ERROR]),
                       summary->findings[FH_SEVERITY_ERROR]));
  if (list->items->len == 0)
    g_ptr_array_add (list->items, g_strdup (_("None: every compared capability has a chosen "
                                              "option and no finding breaks the climb.")));
}

/**
 * fh_report_budget_by_quarter:
 * @plan: the plan
 * @roadmap: the roadmap's range
 *
 * Roadmap item costs by quarter: each item's cost spread evenly over its quarters
 * (the remainder in its first), for the quarters of @roadmap's range.
 *
 * Returns: (transfer full): gint64 per quarter from @roadmap's first
 */
GArray *
fh_report_budget_by_quarter (const FhPlanModels *plan, const FhReportRoadmap *roadmap)
{
  int     n = roadmap->placements->len > 0 ? roadmap->last_quarter - roadmap->first_quarter + 1 : 0;
  GArray *costs = g_array_new (FALSE, TRUE, sizeof (gint64));

  g_array_set_size (costs, MAX (n, 0));
  for (guint i = 0; i < roadmap->placements->len; i++)
    {
      FhRoadmapItem *item = g_array_index (roadmap->placements, FhReportPlacement, i).item;
      int            start = fh_roadmap_item_get_start_quarter (item);
      int            end = fh_maturity_item_end_quarter (item);
      int            quarters = MAX (end - start + 1, 1);
      gint64         cost = fh_roadmap_item_get_cost (item);

      for (int q = 0; q < quarters && cost > 0; q++)
        {
          int    index = start + q - roadmap->first_quarter;
          gint64 share = cost / quarters + (q == 0 ? cost % quarters : 0);

          if (index >= 0 && index < n)
            g_array_index (costs, gint64, index) += share;
        }
    }

  return costs;
}

static void
add_budget (const FhPlanModels    *plan,
            const FhReportOptions *options,
            FhPlanSummary         *summary,
            GPtrArray             *blocks)
{
  g_autoptr (FhReportRoadmap) roadmap = fh_report_roadmap_new (plan, options);
  g_autoptr (GArray) by_quarter = fh_report_budget_by_quarter (plan, roadmap);
  g_autoptr (GPtrArray) capabilities = fh_maturity_capabilities (plan);
  int              horizon = horizon_of (plan);
  g_autofree char *tco_title = g_strdup_printf (
    ngettext ("Chosen option, TCO over %d year", "Chosen option, TCO over %d years", horizon),
    horizon);
  FhReportBlock *table;
  gint64         total_tco = 0, total_items = 0, other_tco = 0, other_items = 0;
  guint          n_other = 0;

  fh_report_add_heading (blocks, 2, _("Budget by capability"));
  table = fh_report_add_table (
    blocks, (const char *const[]){ _("Capability"), "3",
                                      _("Chosen option"), "3", tco_title, "#2.4",
                                         _("Roadmap items"), "#2", NULL });
  table->link = FH_REPORT_OPTIONS;
  for (guint c = 0; c < capabilities->len; c++)
    {
      const char *id = fh_capability_get_id (capabilities->pdata[c]);
      gint64      items = 0;
      GString    *chosen = g_string_new (NULL);
      gint64      tco = 0;
      gboolean    any = FALSE;

      for (guint i = 0; i < summary->choices->len; i++)
        {
          FhSummaryChoice *choice = &g_array_index (summary->choices, FhSummaryChoice, i);

          if (g_strcmp0 (fh_option_get_capability (choice->option), id) != 0)
            continue;
          g_string_append_printf (chosen, "%s%s", chosen->len > 0 ? ", " : "",
                                  fh_option_get_name (choice->option));
          tco += choice->total;
          any = TRUE;
        }
      for (guint i = 0; i < roadmap->placements->len; i++)
        {
          FhRoadmapItem *item = g_array_index (roadmap->placements, FhReportPlacement, i).item;

          if (g_strcmp0 (fh_roadmap_item_get_capability (item), id) == 0)
            {
              items += fh_roadmap_item_get_cost (item);
              any = any || fh_roadmap_item_get_cost (item) > 0;
            }
        }

      if (any && table->rows->len < SUMMARY_ROWS)
        fh_report_add_row (table, g_strdup (fh_capability_get_name (capabilities->pdata[c])),
                           g_string_free (chosen, FALSE),
                           tco > 0 ? fh_money_format_whole (tco, currency_of (plan))
                                   : g_strdup ("–"),
                           fh_money_format_whole (items, currency_of (plan)));
      else
        {
          g_string_free (chosen, TRUE);
          if (any)
            {
              n_other++;
              other_tco += tco;
              other_items += items;
            }
        }
      total_tco += tco;
      total_items += items;
    }
  if (table->rows->len == 0)
    {
      g_ptr_array_remove (blocks, table);
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH,
                           _("No option is chosen and no roadmap item has a cost yet."));
    }
  else
    {
      /* A plan of many capabilities: the first ones, then the others together. */
      if (n_other > 0)
        fh_report_add_row (
          table,
          g_strdup_printf (ngettext ("%u other capability", "%u other capabilities", n_other),
                           n_other),
          g_strdup (""), fh_money_format_whole (other_tco, currency_of (plan)),
          fh_money_format_whole (other_items, currency_of (plan)));
      fh_report_add_row (table, g_strdup (_("Total")), g_strdup (""),
                                          fh_money_format_whole (total_tco, currency_of (plan)),
                                          fh_money_format_whole (total_items, currency_of (plan)));
    }

  if (by_quarter->len == 0)
    return;

  fh_report_add_heading (blocks, 2, _("Roadmap budget by quarter"));
  {
    g_autoptr (GPtrArray) spec = g_ptr_array_new_with_free_func (g_free);
    gboolean any = FALSE;

    /* Quarters across, a row of costs: six quarters a table keep the figures whole. */
    for (guint start = 0; start < by_quarter->len; start += 6)
      {
        guint n = MIN (6, by_quarter->len - start);

        g_ptr_array_set_size (spec, 0);
        for (guint q = 0; q < n; q++)
          {
            g_ptr_array_add (spec, fh_quarter_format (roadmap->first_quarter + start + q));
            g_ptr_array_add (spec, g_strdup ("#1"));
          }
        g_ptr_array_add (spec, NULL);
        table = fh_report_add_table (blocks, (const char *const *)spec->pdata);
        g_ptr_array_remove_index (spec, spec->len - 1);
        {
          GStrvBuilder *cells = g_strv_builder_new ();

          for (guint q = 0; q < n; q++)
            {
              gint64 cost = g_array_index (by_quarter, gint64, start + q);

              {
                g_autofree char *cell = fh_money_format_whole (cost, currency_of (plan));

                g_strv_builder_add (cells, cell);
              }
              any = any || cost > 0;
            }
          g_ptr_array_add (table->rows, g_strv_builder_end (cells));
          g_strv_builder_unref (cells);
        }
      }
    if (!any)
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH,
                           _("No roadmap item in this range has a cost yet."));
  }
}

static void
add_top_gaps (const FhPlanModels *plan, GPtrArray *blocks)
{
  g_autoptr (GPtrArray) gaps = fh_report_sorted_gaps (plan, TRUE);
  FhReportBlock *table;

  fh_report_add_heading (blocks, 2, _("Top open gaps"));
  if (gaps->len == 0)
    {
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, _("No open gaps are recorded."));
      return;
    }
  table = fh_report_add_table (
    blocks,
    (const char *const[]){
      _("Gap"), "5", _("Capability"), "3", _("Severity"), "#1.7", _("Votes"), "#1.3", NULL });
  table->link = FH_REPORT_GAPS;
  for (guint i = 0; i < gaps->len && i < FH_REPORT_TOP_GAPS; i++)
    {
      FhGap *gap = gaps->pdata[i];

      fh_report_add_row (table, g_strdup (fh_gap_get_title (gap)),
                         g_strdup (fh_report_capability_name (plan, fh_gap_get_capability (gap))),
                         g_strdup_printf ("%d", fh_gap_get_severity (gap)),
                         g_strdup_printf ("%d", fh_gap_get_votes (gap)));
    }
}

void
fh_report_build_summary (const FhPlanModels    *plan,
                         const FhReportOptions *options,
                         GPtrArray             *blocks)
{
  g_autoptr (FhPlanSummary) summary =
    fh_plan_summary_new (plan, options != NULL ? options->date : NULL);
  g_autoptr (GPtrArray) findings = fh_rules_check (plan);
  g_autoptr (FhReportRoadmap) roadmap = fh_report_roadmap_new (plan, options);
  FhReportBlock *list;

  fh_report_add_heading (blocks, 1, fh_report_section_get_title (FH_REPORT_SUMMARY));
  add_stage (plan, summary, blocks);
  add_decisions (plan, summary, blocks);
  add_budget (plan, options, summary, blocks);
  add_top_gaps (plan, blocks);

  fh_report_add_heading (blocks, 2, _("Start-small findings by rule"));
  if (findings->len > 0)
    {
      fh_report_add_findings_by_rule (blocks, findings);
      ((FhReportBlock *)blocks->pdata[blocks->len - 1])->link = FH_REPORT_FINDINGS;
    }
  else
    fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH,
                         _("The roadmap climbs one stage at a time: the start-small rules find "
                           "nothing."));

  fh_report_add_heading (blocks, 2, _("Key findings"));
  list = fh_report_add_list (blocks);
  g_ptr_array_extend_and_steal (list->items, fh_report_key_findings (plan));

  if (roadmap->placements->len > 0)
    {
      fh_report_add_heading (blocks, 2, _("Roadmap at a glance"));
      fh_report_add_block (blocks, FH_REPORT_BLOCK_TIMELINE, NULL)->level = 1;
      ((FhReportBlock *)blocks->pdata[blocks->len - 1])->link = FH_REPORT_ROADMAP;
    }
}
