/* fh-report-lists.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-report-data-private.h"

#include "fh-capability.h"
#include "fh-gap.h"
#include "fh-link.h"
#include "fh-maturity.h"
#include "fh-money.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"
#include "fh-roadmap-item.h"
#include "fh-rules.h"

/* The sections whose lists grow with the plan: gaps, the roadmap and the findings.
 * A detail section shows the first rows of each list (fh_report_options_get_top())
 * and says how many more the appendix holds; the appendix lists them all. */

/* At most this many roadmap items are tiled across pages in the Roadmap section; a
 * larger roadmap is fitted to one page there and tiled in the appendix. */
#define TILED_MAX_ITEMS 60

FhReportBlock *
fh_report_add_list (GPtrArray *blocks)
{
  FhReportBlock *list = fh_report_add_block (blocks, FH_REPORT_BLOCK_LIST, NULL);

  list->items = g_ptr_array_new_with_free_func (g_free);
  return list;
}

/* "Showing 20 of 10,000; the appendix lists them all." when rows were left out. */
void
fh_report_add_more (GPtrArray *blocks, guint shown, guint total)
{
  g_autofree char *text = NULL;
  FhReportBlock   *block;

  if (shown >= total)
    return;

  text =
    g_strdup_printf (ngettext ("The first %u of %u are shown; the appendix lists them all.",
                               "The first %u of %u are shown; the appendix lists them all.", total),
                     shown, total);
  block = fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text);
  block->link = FH_REPORT_APPENDIX;
}

static const char *
currency_of (const FhPlanModels *plan)
{
  return plan->info != NULL ? fh_plan_info_get_currency (plan->info) : "";
}

/* The severity scale the gaps are sorted by, stated wherever severities are shown. */
static void
add_severity_scale (GPtrArray *blocks)
{
  fh_report_add_block (
    blocks, FH_REPORT_BLOCK_PARAGRAPH,
    _("Severity runs from 1 (a nuisance) to 5 (blocks adoption); votes are the workshop's dots."));
}

static void
add_gaps_table (const FhPlanModels *plan, GPtrArray *blocks, GPtrArray *gaps, guint limit)
{
  /* The status column holds "Planned" and "Proposed" whole, never broken inside a word. */
  FhReportBlock *table = fh_report_add_table (
    blocks, (const char *const[]){ _("Gap"), "5",
                                      _("Capability"), "3",
                                         _("Kind"), "2.1",
                                            _("Severity"), "#1.7",
                                               _("Votes"), "#1.3",
                                                  _("Status"), "1.9", _("Owner"), "1.5", NULL });

  for (guint i = 0; i < gaps->len && i < limit; i++)
    {
      FhGap *gap = gaps->pdata[i];

      fh_report_add_row (table, g_strdup (fh_gap_get_title (gap)),
                         g_strdup (fh_report_capability_name (plan, fh_gap_get_capability (gap))),
                         g_strdup (fh_gap_kind_get_label (fh_gap_get_kind (gap))),
                         g_strdup_printf ("%d", fh_gap_get_severity (gap)),
                         g_strdup_printf ("%d", fh_gap_get_votes (gap)),
                         g_strdup (fh_gap_status_get_label (fh_gap_get_status (gap))),
                         g_strdup (fh_gap_get_owner (gap)));
    }
}

void
fh_report_build_gaps (const FhPlanModels *plan, const FhReportOptions *options, GPtrArray *blocks)
{
  g_autoptr (GPtrArray) open = fh_report_sorted_gaps (plan, TRUE);
  guint            total = plan->models[FH_COLLECTION_GAPS] != NULL
                             ? g_list_model_get_n_items (plan->models[FH_COLLECTION_GAPS])
                             : 0;
  guint            top = fh_report_options_get_top (options);
  g_autofree char *text = NULL;

  fh_report_add_heading (blocks, 1, fh_report_section_get_title (FH_REPORT_GAPS));
  text = g_strdup_printf (ngettext ("%u gap is recorded, %u of them open. The open gaps, by "
                                    "severity and then votes:",
                                    "%u gaps are recorded, %u of them open. The open gaps, by "
                                    "severity and then votes:",
                                    total),
                          total, open->len);
  fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text);
  add_severity_scale (blocks);
  if (open->len > 0)
    add_gaps_table (plan, blocks, open, top);
  fh_report_add_more (blocks, MIN (top, open->len), open->len);
}

/* Every finding counts once, and a finding that stands for n_more left out counts
 * them all, as the findings panel counts them. */
static guint
finding_weight (const FhFinding *finding)
{
  return MAX (finding->n_more, 1);
}

/**
 * fh_report_add_findings_by_rule:
 *
 * A table of the start-small rules that find something: the rule, its severity and
 * how many findings it has, errors first.
 */
void
fh_report_add_findings_by_rule (GPtrArray *blocks, GPtrArray *findings)
{
  FhReportBlock *table = fh_report_add_table (
    blocks,
    (const char *const[]){ _("Rule"), "4", _("Severity"), "1.6", _("Findings"), "#1.4", NULL });

  for (int severity = FH_SEVERITY_ERROR; severity >= FH_SEVERITY_INFO; severity--)
    {
      for (guint i = 0; i < findings->len;)
        {
          FhFinding *first = findings->pdata[i];
          guint      end = i, count = 0;

          while (end < findings->len &&
                 ((FhFinding *)findings->pdata[end])->rule_id == first->rule_id &&
                 ((FhFinding *)findings->pdata[end])->severity == first->severity)
            count += finding_weight (findings->pdata[end++]);

          if ((int)first->severity == severity)
            fh_report_add_row (table, g_strdup (fh_rules_get_title (first->rule_id)),
                               g_strdup (fh_severity_get_label (first->severity)),
                               g_strdup_printf ("%u", count));
          i = end;
        }
    }
}

/* The rules list at most FH_RULES_MAX_PER_RULE findings each, as the findings panel
 * shows them; a last line per rule says how many more it found. */
static void
add_rule_cap (GPtrArray *blocks)
{
  g_autofree char *text = g_strdup_printf (
    ngettext ("Each rule lists at most %d finding; a last line says how many more it found.",
              "Each rule lists at most %d findings; a last line says how many more it found.",
              FH_RULES_MAX_PER_RULE),
    FH_RULES_MAX_PER_RULE);

  fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text);
}

static guint
add_findings_table (GPtrArray *blocks, GPtrArray *findings, guint limit)
{
  FhReportBlock *table = fh_report_add_table (
    blocks, (const char *const[]){ _("Severity"), "1.4",
                                      _("Rule"), "2.6",
                                         _("Finding"), "6", _("Suggested fix"), "4", NULL });

  /* Errors first: they break the climb. */
  for (int severity = FH_SEVERITY_ERROR; severity >= FH_SEVERITY_INFO; severity--)
    {
      for (guint i = 0; i < findings->len && table->rows->len < limit; i++)
        {
          FhFinding *finding = findings->pdata[i];

          if ((int)finding->severity != severity)
            continue;
          fh_report_add_row (table, g_strdup (fh_severity_get_label (finding->severity)),
                             g_strdup (fh_rules_get_title (finding->rule_id)),
                             g_strdup (finding->message), g_strdup (finding->fix));
        }
    }

  return table->rows->len;
}

void
fh_report_build_findings (const FhPlanModels    *plan,
                          const FhReportOptions *options,
                          GPtrArray             *blocks)
{
  g_autoptr (GPtrArray) findings = fh_rules_check (plan);
  g_autofree char *text = NULL;
  guint            errors = fh_rules_count (findings, FH_SEVERITY_ERROR);
  guint            total = 0, shown;

  fh_report_add_heading (blocks, 1, fh_report_section_get_title (FH_REPORT_FINDINGS));
  if (findings->len == 0)
    {
      fh_report_add_block (
        blocks, FH_REPORT_BLOCK_PARAGRAPH,
        _("The roadmap climbs one stage at a time: the start-small rules find nothing."));
      return;
    }

  for (guint i = 0; i < findings->len; i++)
    total += finding_weight (findings->pdata[i]);
  text = g_strdup_printf (
    ngettext ("The start-small rules find %u issue in the roadmap; %u of them break the climb.",
              "The start-small rules find %u issues in the roadmap; %u of them break the climb.",
              total),
    total, errors);
  fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text);
  fh_report_add_findings_by_rule (blocks, findings);
  fh_report_add_heading (blocks, 2, _("The first findings"));
  shown = add_findings_table (blocks, findings, fh_report_options_get_top (options));
  fh_report_add_more (blocks, shown, findings->len);
  if (findings->len < total)
    add_rule_cap (blocks);
}

/* Item id → the titles of the gaps it closes, "; "-separated. */
static GHashTable *
linked_gaps (const FhPlanModels *plan)
{
  GHashTable *titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GHashTable) gaps = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GPtrArray) all = fh_report_model_items (plan, FH_COLLECTION_GAPS);
  g_autoptr (GPtrArray) links = fh_report_model_items (plan, FH_COLLECTION_ITEM_GAPS);

  for (guint i = 0; i < all->len; i++)
    {
      gint64 id = fh_gap_get_id (all->pdata[i]);

      g_hash_table_insert (gaps, g_memdup2 (&id, sizeof id), all->pdata[i]);
    }

  for (guint i = 0; i < links->len; i++)
    {
      gint64      item = fh_link_get_source (links->pdata[i]);
      gint64      gap_id = fh_link_get_target (links->pdata[i]);
      FhGap      *gap = g_hash_table_lookup (gaps, &gap_id);
      const char *before = g_hash_table_lookup (titles, &item);

      if (gap == NULL)
        continue;
      g_hash_table_insert (titles, g_memdup2 (&item, sizeof item),
                           before != NULL ? g_strconcat (before, "; ", fh_gap_get_title (gap), NULL)
                                          : g_strdup (fh_gap_get_title (gap)));
    }

  return titles;
}

static guint
add_items_table (const FhPlanModels *plan, GPtrArray *blocks, FhReportRoadmap *roadmap, guint limit)
{
  g_autoptr (GHashTable) gaps = linked_gaps (plan);
  FhReportBlock *table = fh_report_add_table (
    blocks, (const char *const[]){ _("Item"), "4.5",
              _("Capability"), "2.6",
                 _("Stages"), "2.4",
                    _("Quarters"), "2.4",
                       _("Status"), "1.6",
                          _("Owner"), "1.8",
                             _("Cost"), "#2", _("Closes gaps"), "3.5", _("Notes"), "4", NULL });

  for (guint i = 0; i < roadmap->placements->len && i < limit; i++)
    {
      FhRoadmapItem   *item = g_array_index (roadmap->placements, FhReportPlacement, i).item;
      gint64           id = fh_roadmap_item_get_id (item);
      int              from = fh_roadmap_item_get_from_stage (item);
      int              to = fh_roadmap_item_get_target_stage (item);
      g_autofree char *start = fh_quarter_format (fh_roadmap_item_get_start_quarter (item));
      g_autofree char *end = fh_quarter_format (fh_maturity_item_end_quarter (item));
      const char      *closes = g_hash_table_lookup (gaps, &id);
      gint64           cost = fh_roadmap_item_get_cost (item);

      fh_report_add_row (
        table, g_strdup (fh_roadmap_item_get_title (item)),
        g_strdup (fh_report_capability_name (plan, fh_roadmap_item_get_capability (item))),
        g_strdup_printf ("%s → %s", fh_stage_get_label (CLAMP (from, 0, FH_STAGE_LAST)),
                         fh_stage_get_label (CLAMP (to, 0, FH_STAGE_LAST))),
        g_strcmp0 (start, end) == 0 ? g_strdup (start) : g_strdup_printf ("%s – %s", start, end),
        g_strdup (fh_item_status_get_label (fh_roadmap_item_get_status (item))),
        g_strdup (fh_roadmap_item_get_owner (item)),
        cost > 0 ? fh_money_format_whole (cost, currency_of (plan)) : g_strdup (""),
        g_strdup (closes != NULL ? closes : ""), g_strdup (fh_roadmap_item_get_notes (item)));
    }

  return table->rows->len;
}

static gboolean
roadmap_is_tiled_in_detail (FhReportRoadmap *roadmap)
{
  return roadmap->placements->len <= TILED_MAX_ITEMS;
}

void
fh_report_build_roadmap (const FhPlanModels    *plan,
                         const FhReportOptions *options,
                         GPtrArray             *blocks)
{
  g_autoptr (FhReportRoadmap) roadmap = fh_report_roadmap_new (plan, options);
  guint shown;

  fh_report_add_heading (blocks, 1, fh_report_section_get_title (FH_REPORT_ROADMAP));
  if (roadmap->placements->len == 0)
    {
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH,
                           _("No roadmap items fall in this range."));
      return;
    }

  if (roadmap_is_tiled_in_detail (roadmap))
    fh_report_add_block (blocks, FH_REPORT_BLOCK_TIMELINE, NULL);
  else
    {
      FhReportBlock *note;

      fh_report_add_block (blocks, FH_REPORT_BLOCK_TIMELINE, NULL)->level = 1;
      note = fh_report_add_block (
        blocks, FH_REPORT_BLOCK_PARAGRAPH,
        _("The roadmap is fitted to one page here; the appendix shows it across pages."));
      note->link = FH_REPORT_APPENDIX;
    }
  fh_report_add_heading (blocks, 2, _("Items: cost, gaps closed and notes"));
  shown = add_items_table (plan, blocks, roadmap, fh_report_options_get_top (options));
  fh_report_add_more (blocks, shown, roadmap->placements->len);
}

void
fh_report_build_appendix (const FhPlanModels    *plan,
                          const FhReportOptions *options,
                          GPtrArray             *blocks)
{
  g_autoptr (GPtrArray) gaps = fh_report_sorted_gaps (plan, FALSE);
  g_autoptr (GPtrArray) findings = fh_rules_check (plan);
  g_autoptr (FhReportRoadmap) roadmap = fh_report_roadmap_new (plan, options);

  fh_report_add_heading (blocks, 1, fh_report_section_get_title (FH_REPORT_APPENDIX));
  fh_report_add_heading (blocks, 2, _("All gaps"));
  add_severity_scale (blocks);
  add_gaps_table (plan, blocks, gaps, G_MAXUINT);

  fh_report_add_heading (blocks, 2, _("All start-small findings"));
  if (findings->len > 0)
    {
      add_rule_cap (blocks);
      add_findings_table (blocks, findings, G_MAXUINT);
    }
  else
    fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH,
                         _("The start-small rules find nothing."));

  if (fh_report_count_compared (plan) > FH_REPORT_OPTIONS_DETAIL_MAX)
    {
      fh_report_add_heading (blocks, 2, _("Options by capability"));
      fh_report_add_option_details (plan, blocks);
    }

  fh_report_add_heading (blocks, 2, _("The whole roadmap"));
  if (roadmap->placements->len == 0)
    {
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH,
                           _("No roadmap items fall in this range."));
      return;
    }
  if (!roadmap_is_tiled_in_detail (roadmap))
    fh_report_add_block (blocks, FH_REPORT_BLOCK_TIMELINE, NULL);
  add_items_table (plan, blocks, roadmap, G_MAXUINT);
}
