/* fh-report-data.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "fh-report-data.h"
#include "fh-report-data-private.h"

#include "fh-cost-line.h"
#include "fh-gap.h"
#include "fh-maturity.h"
#include "fh-money.h"
#include "fh-scoring.h"
#include "fh-option.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"
#include "fh-decision.h"
#include "fh-rules.h"
#include "fh-tco.h"
#include "fh-roadmap-item.h"
#include "fh-report-scenarios.h"
#include "fh-score.h"
#include "fh-baseline.h"
#include "fh-summary.h"
#include "fh-use-case.h"

static const struct
{
  const char *id;
  const char *title;
} section_names[FH_REPORT_N_SECTIONS] = {
  { "cover", N_("Cover") },
    { "summary", N_("Summary") },
      { "maturity", N_("Maturity") },
        { "gaps", N_("Gaps") },
          { "use-cases", N_("Use Cases") },
            { "options", N_("Options") },
              { "value", N_("Value and Funding") },
                { "roadmap", N_("Roadmap") },
                  { "findings", N_("Start-Small Findings") },
                    { "review", N_("Quarterly Review") },
                      { "scenarios", N_("Scenarios") },
                        { "context", N_("Measures, Data, Skills and Terms") },
                          { "appendix", N_("Appendix") },
                        };

G_DEFINE_QUARK (fh - report - error - quark, fh_report_error)

const char *
fh_report_section_get_id (FhReportSection section)
{
  g_return_val_if_fail (section < FH_REPORT_N_SECTIONS, NULL);

  return section_names[section].id;
}

const char *
fh_report_section_get_title (FhReportSection section)
{
  g_return_val_if_fail (section < FH_REPORT_N_SECTIONS, NULL);

  return _(section_names[section].title);
}

/**
 * fh_report_sections_parse:
 * @list: section ids separated by commas, such as "cover,gaps,roadmap"
 * @sections: (out): a bit per FhReportSection
 * @error: says which word is not a section
 *
 * Returns: %TRUE if every word names a section
 */
gboolean
fh_report_sections_parse (const char *list, guint *sections, GError **error)
{
  g_auto (GStrv) words = NULL;
  guint mask = 0;

  g_return_val_if_fail (list != NULL, FALSE);
  g_return_val_if_fail (sections != NULL, FALSE);

  words = g_strsplit (list, ",", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = g_strstrip (words[i]);
      gboolean    found = FALSE;

      if (word[0] == '\0')
        continue;

      for (guint s = 0; s < FH_REPORT_N_SECTIONS; s++)
        {
          if (g_ascii_strcasecmp (word, section_names[s].id) == 0)
            {
              mask |= 1u << s;
              found = TRUE;
            }
        }

      if (!found)
        {
          g_autoptr (GString) known = g_string_new (NULL);

          for (guint s = 0; s < FH_REPORT_N_SECTIONS; s++)
            g_string_append_printf (known, "%s%s", s > 0 ? ", " : "", section_names[s].id);
          g_set_error (error, FH_REPORT_ERROR, FH_REPORT_ERROR_SECTIONS,
                       _("“%s” is not a report section. Choose from: %s."), word, known->str);
          return FALSE;
        }
    }

  if (mask == 0)
    {
      g_set_error (error, FH_REPORT_ERROR, FH_REPORT_ERROR_SECTIONS,
                   _("The list of sections is empty. Name at least one, such as “summary”."));
      return FALSE;
    }

  *sections = mask;
  return TRUE;
}

gboolean
fh_report_options_has (const FhReportOptions *options, FhReportSection section)
{
  guint mask = options != NULL && options->sections != 0
                 ? options->sections
                 : FH_REPORT_ALL_SECTIONS & ~(1u << FH_REPORT_APPENDIX);

  /* The appendix lists everything: a large plan's hundreds of pages, so only on request. */
  if (section == FH_REPORT_APPENDIX && options != NULL && options->appendix)
    return TRUE;
  return (mask & (1u << section)) != 0;
}

/* Returns: how many rows each detail list shows before pointing to the appendix */
guint
fh_report_options_get_top (const FhReportOptions *options)
{
  if (options == NULL || options->top == 0)
    return FH_REPORT_DEFAULT_TOP;
  return MIN (options->top, FH_REPORT_MAX_TOP);
}

/* Korean, Japanese or Chinese text in the plan's own words sets the document's
 * language (and so the CJK font pango picks); otherwise the locale's. */
static const char *
script_language (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_HANGUL:
          return "ko";
        case G_UNICODE_SCRIPT_HIRAGANA:
        case G_UNICODE_SCRIPT_KATAKANA:
          return "ja";
        default:
          break;
        }
    }

  return NULL;
}

/**
 * fh_report_language:
 * @plan: the plan
 *
 * The report's language as a BCP 47 tag ("ko", "en-US"): Korean or Japanese when
 * the plan's name or its gaps' and items' titles are written in it, else the
 * language of the messages locale, else "en".
 *
 * Returns: (transfer full): the language tag
 */
char *
fh_report_language (const FhPlanModels *plan)
{
  const char *const *names = g_get_language_names ();
  const char        *found = NULL;
  FhCollection       collections[] = { FH_COLLECTION_GAPS, FH_COLLECTION_ROADMAP };

  if (plan->info != NULL)
    found = script_language (fh_plan_info_get_name (plan->info));
  for (guint c = 0; found == NULL && c < G_N_ELEMENTS (collections); c++)
    {
      GListModel *model = plan->models[collections[c]];
      guint       n = model != NULL ? MIN (g_list_model_get_n_items (model), 500) : 0;

      for (guint i = 0; found == NULL && i < n; i++)
        {
          g_autoptr (GObject) record = g_list_model_get_item (model, i);
          g_autofree char *title = NULL;

          g_object_get (record, "title", &title, NULL);
          found = script_language (title);
        }
    }
  if (found != NULL)
    return g_strdup (found);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *tag = NULL;
      char            *dot;

      if (g_strcmp0 (names[i], "C") == 0 || g_strcmp0 (names[i], "POSIX") == 0 ||
          g_str_has_prefix (names[i], "C."))
        continue;
      tag = g_strdup (names[i]);
      if ((dot = strpbrk (tag, ".@")) != NULL)
        *dot = '\0';
      g_strdelimit (tag, "_", '-');
      if (tag[0] != '\0')
        return g_steal_pointer (&tag);
    }

  return g_strdup ("en");
}

static GDateTime *
options_date (const FhReportOptions *options)
{
  if (options != NULL && options->date != NULL)
    return g_date_time_ref (options->date);

  return g_date_time_new_now_local ();
}

char *
fh_report_format_date (const FhReportOptions *options)
{
  g_autoptr (GDateTime) date = options_date (options);

  return g_date_time_format (date, "%Y-%m-%d");
}

FhCapability *
fh_report_find_capability (const FhPlanModels *plan, const char *id)
{
  GListModel *model = plan->models[FH_COLLECTION_CAPABILITIES];

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (FhCapability) capability = g_list_model_get_item (model, i);

      if (g_strcmp0 (fh_capability_get_id (capability), id) == 0)
        return capability; /* the plan's model keeps it alive */
    }

  return NULL;
}

GPtrArray *
fh_report_model_items (const FhPlanModels *plan, FhCollection collection)
{
  GListModel *model = plan->models[collection];
  guint       n = model != NULL ? g_list_model_get_n_items (model) : 0;
  GPtrArray  *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static int
compare_gaps (gconstpointer a, gconstpointer b)
{
  FhGap *ga = *(FhGap **)a;
  FhGap *gb = *(FhGap **)b;

  if (fh_gap_get_severity (ga) != fh_gap_get_severity (gb))
    return fh_gap_get_severity (gb) - fh_gap_get_severity (ga);
  if (fh_gap_get_votes (ga) != fh_gap_get_votes (gb))
    return fh_gap_get_votes (gb) - fh_gap_get_votes (ga);
  return fh_gap_get_id (ga) < fh_gap_get_id (gb) ? -1 : fh_gap_get_id (ga) > fh_gap_get_id (gb);
}

/* Returns: (transfer container): gaps by severity, then votes (highest first) */
GPtrArray *
fh_report_sorted_gaps (const FhPlanModels *plan, gboolean open_only)
{
  GPtrArray *gaps = fh_report_model_items (plan, FH_COLLECTION_GAPS);

  if (open_only)
    {
      for (guint i = gaps->len; i > 0; i--)
        {
          if (!fh_gap_is_open (gaps->pdata[i - 1]))
            g_ptr_array_remove_index (gaps, i - 1);
        }
    }

  g_ptr_array_sort (gaps, compare_gaps);
  return gaps;
}

/* The order the Use Cases view sorts by priority in. */
static int
compare_use_cases (gconstpointer a, gconstpointer b)
{
  return fh_use_case_compare (*(FhUseCase **)a, *(FhUseCase **)b, FH_SORT_PRIORITY);
}

/* Returns: (transfer container): use cases by priority, highest first */
GPtrArray *
fh_report_sorted_use_cases (const FhPlanModels *plan)
{
  GPtrArray *use_cases = fh_report_model_items (plan, FH_COLLECTION_USE_CASES);

  g_ptr_array_sort (use_cases, compare_use_cases);
  return use_cases;
}

/* The latest assessment and the one before it, as the Assess and Review pages find them. */
FhAssessment *
fh_report_latest_assessment (const FhPlanModels *plan, FhAssessment **previous)
{
  FhAssessment *latest = fh_maturity_latest (plan);

  if (previous != NULL)
    *previous =
      latest != NULL ? fh_maturity_previous (plan, fh_assessment_get_quarter (latest)) : NULL;
  return latest;
}

/* Returns: the stage @assessment gives @capability, -1 when it does not assess it */
static int
stage_in (const FhPlanModels *plan, FhAssessment *assessment, const char *capability)
{
  return assessment != NULL
           ? fh_maturity_stage (plan, fh_assessment_get_id (assessment), capability)
           : -1;
}

/* Returns: (transfer full): the names of the capabilities @assessment does not assess,
 * separated by commas, or %NULL when it assesses them all */
static char *
not_assessed_names (const FhPlanModels *plan, FhAssessment *assessment)
{
  g_autoptr (GPtrArray) missing =
    fh_maturity_not_assessed (plan, fh_assessment_get_id (assessment));
  g_autoptr (GString) names = NULL;

  if (missing->len == 0)
    return NULL;

  names = g_string_new (NULL);
  for (guint i = 0; i < missing->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            fh_capability_get_name (missing->pdata[i]));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
add_stage_findings (const FhPlanModels *plan, GPtrArray *findings)
{
  FhAssessment *previous = NULL;
  FhAssessment *latest = fh_report_latest_assessment (plan, &previous);
  g_autoptr (GPtrArray) capabilities = NULL;
  g_autoptr (GString) lowest = g_string_new (NULL);
  g_autofree char  *quarter = NULL;
  g_autofree char  *missing = NULL;
  FhMaturitySummary summary;

  if (latest == NULL)
    {
      g_ptr_array_add (
        findings,
        g_strdup (_("No quarter has been assessed yet, so the plan has no overall stage.")));
      return;
    }

  fh_maturity_summarize (plan, fh_assessment_get_id (latest), &summary);
  quarter = fh_quarter_format (fh_assessment_get_quarter (latest));
  capabilities = fh_maturity_capabilities (plan);
  for (guint i = 0; i < capabilities->len; i++)
    {
      FhCapability *capability = capabilities->pdata[i];
      int           stage = stage_in (plan, latest, fh_capability_get_id (capability));

      if (fh_capability_get_core (capability) && stage >= 0 && stage == summary.overall)
        g_string_append_printf (lowest, "%s%s", lowest->len > 0 ? ", " : "",
                                fh_capability_get_name (capability));
    }

  if (summary.overall >= 0)
    g_ptr_array_add (
      findings, g_strdup_printf (_("In %s the overall stage is %s, held back by: %s."), quarter,
                                    fh_stage_get_label (summary.overall), lowest->str));
  else
    g_ptr_array_add (
      findings,
      g_strdup_printf (
        _("In %s no core capability is assessed, so the plan has no overall stage."), quarter));

  missing = not_assessed_names (plan, latest);
  if (missing != NULL)
    {
      g_autofree char *assessed = fh_maturity_assessed_text (&summary);

      /* Translators: "In Q3 2026, 13 of 14 assessed; not assessed: Monitoring." */
      g_ptr_array_add (
        findings, g_strdup_printf (_("In %s, %s; not assessed: %s."), quarter, assessed, missing));
    }

  if (previous != NULL)
    {
      g_autoptr (FhComparison) comparison =
        fh_maturity_compare (plan, fh_assessment_get_id (previous), fh_assessment_get_id (latest));
      g_autofree char *before = fh_quarter_format (fh_assessment_get_quarter (previous));
      guint            up = comparison->n_improved, down = comparison->n_regressed;
      g_autofree char *ups =
        g_strdup_printf (ngettext ("%u capability moved up", "%u capabilities moved up", up), up);

      g_ptr_array_add (findings,
                       g_strdup_printf (ngettext ("Since %s, %s and %u moved down.",
                                                  "Since %s, %s and %u moved down.", down),
                                        before, ups, down));
    }
}

static void
add_gap_findings (const FhPlanModels *plan, GPtrArray *findings)
{
  g_autoptr (GPtrArray) gaps = fh_report_sorted_gaps (plan, TRUE);
  guint n_open = fh_gaps_count_open (plan->models[FH_COLLECTION_GAPS]);
  guint severe = 0, people = 0;

  for (guint i = 0; i < gaps->len; i++)
    {
      if (fh_gap_get_severity (gaps->pdata[i]) >= 4)
        severe++;
      if (fh_gap_get_kind (gaps->pdata[i]) == FH_GAP_KIND_PEOPLE)
        people++;
    }

  if (n_open == 0)
    {
      g_ptr_array_add (findings, g_strdup (_("No open gaps are recorded.")));
      return;
    }

  g_ptr_array_add (
    findings,
    g_strdup_printf (
      ngettext ("%u gap is open; %u of severity 4 or 5, %u about people and skills.",
                "%u gaps are open; %u of severity 4 or 5, %u about people and skills.", n_open),
      n_open, severe, people));
}

static void
add_option_findings (const FhPlanModels *plan, GPtrArray *findings)
{
  g_autoptr (GPtrArray) options = fh_report_model_items (plan, FH_COLLECTION_OPTIONS);
  g_autoptr (GHashTable) compared = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) chosen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_compared;

  for (guint i = 0; i < options->len; i++)
    {
      const char *capability = fh_option_get_capability (options->pdata[i]);

      g_hash_table_add (compared, (gpointer)capability);
      if (fh_option_get_chosen (options->pdata[i]))
        g_hash_table_add (chosen, (gpointer)capability);
    }

  n_compared = g_hash_table_size (compared);
  if (n_compared > 0)
    g_ptr_array_add (
      findings,
      g_strdup_printf (
        ngettext ("Options are compared for %u capability; %u has a chosen option.",
                  "Options are compared for %u capabilities; %u have a chosen option.", n_compared),
        n_compared, g_hash_table_size (chosen)));
}

static void
add_roadmap_findings (const FhPlanModels *plan, GPtrArray *findings)
{
  g_autoptr (FhReportRoadmap) roadmap = fh_report_roadmap_new (plan, NULL);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint            done = 0, slipped = 0, n = roadmap->placements->len;

  if (n == 0)
    {
      g_ptr_array_add (findings, g_strdup (_("The roadmap is empty.")));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      FhRoadmapItem *item = g_array_index (roadmap->placements, FhReportPlacement, i).item;

      if (fh_roadmap_item_get_status (item) == FH_ITEM_STATUS_DONE)
        done++;
      else if (fh_roadmap_item_get_status (item) == FH_ITEM_STATUS_SLIPPED)
        slipped++;
    }

  first = fh_quarter_format (roadmap->first_quarter);
  last = fh_quarter_format (roadmap->last_quarter);
  g_ptr_array_add (
    findings,
    g_strdup_printf (ngettext ("The roadmap holds %u item from %s to %s: %u done, %u slipped.",
                               "The roadmap holds %u items from %s to %s: %u done, %u slipped.", n),
                     n, first, last, done, slipped));
}

/**
 * fh_report_key_findings:
 * @plan: the plan
 *
 * Returns: (transfer full) (element-type utf8): sentences that sum the plan up
 */
GPtrArray *
fh_report_key_findings (const FhPlanModels *plan)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func (g_free);

  add_stage_findings (plan, findings);
  add_gap_findings (plan, findings);
  add_option_findings (plan, findings);
  add_roadmap_findings (plan, findings);

  return findings;
}

static int
compare_placements (gconstpointer a, gconstpointer b)
{
  const FhReportPlacement *pa = a;
  const FhReportPlacement *pb = b;
  int                      sa = fh_roadmap_item_get_start_quarter (pa->item);
  int                      sb = fh_roadmap_item_get_start_quarter (pb->item);

  if (pa->lane != pb->lane)
    return pa->lane - pb->lane;
  if (sa != sb)
    return sa - sb;
  return fh_roadmap_item_get_id (pa->item) < fh_roadmap_item_get_id (pb->item) ? -1 : 1;
}

/**
 * fh_report_roadmap_new:
 * @plan: the plan
 * @options: (nullable): the quarter range; the whole roadmap when unset
 *
 * Lays the roadmap out as lanes (one per capability with items, in catalog order) of
 * rows; an item goes in the first row of its lane where it overlaps nothing.
 */
FhReportRoadmap *
fh_report_roadmap_new (const FhPlanModels *plan, const FhReportOptions *options)
{
  FhReportRoadmap *roadmap = g_new0 (FhReportRoadmap, 1);
  g_autoptr (GPtrArray) items = fh_report_model_items (plan, FH_COLLECTION_ROADMAP);
  g_autoptr (GPtrArray) capabilities = fh_maturity_capabilities (plan);
  g_autoptr (GArray) row_ends = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree int *lane_of = g_new0 (int, capabilities->len + 1);
  int             first = options != NULL ? options->first_quarter : 0;
  int             last = options != NULL ? options->last_quarter : 0;
  int             lo = G_MAXINT, hi = 0;

  roadmap->lanes = g_ptr_array_new ();
  roadmap->lane_rows = g_array_new (FALSE, TRUE, sizeof (int));
  roadmap->placements = g_array_new (FALSE, FALSE, sizeof (FhReportPlacement));

  for (guint i = 0; i < items->len; i++)
    {
      FhRoadmapItem    *item = items->pdata[i];
      int               start = fh_roadmap_item_get_start_quarter (item);
      FhReportPlacement placement = { item, -1, 0 };

      if ((first > 0 && fh_maturity_item_end_quarter (item) < first) || (last > 0 && start > last))
        continue;

      for (guint c = 0; c < capabilities->len; c++)
        {
          if (g_strcmp0 (fh_capability_get_id (capabilities->pdata[c]),
                         fh_roadmap_item_get_capability (item)) == 0)
            placement.lane = c;
        }
      /* An item on a capability the plan lacks goes last rather than nowhere. */
      if (placement.lane < 0)
        placement.lane = capabilities->len;

      lo = MIN (lo, start);
      hi = MAX (hi, fh_maturity_item_end_quarter (item));
      g_array_append_val (roadmap->placements, placement);
    }

  g_array_sort (roadmap->placements, compare_placements);

  /* Number the lanes that hold items, and pack each lane's rows. */
  for (guint c = 0; c <= capabilities->len; c++)
    lane_of[c] = -1;
  for (guint i = 0; i < roadmap->placements->len; i++)
    {
      FhReportPlacement *p = &g_array_index (roadmap->placements, FhReportPlacement, i);
      int                lane = lane_of[p->lane];
      int                row;

      if (lane < 0)
        {
          lane = lane_of[p->lane] = roadmap->lanes->len;
          g_ptr_array_add (roadmap->lanes, (guint)p->lane < capabilities->len
                                             ? capabilities->pdata[p->lane]
                                             : NULL);
          g_array_set_size (roadmap->lane_rows, roadmap->lanes->len);
          g_array_set_size (row_ends, 0);
        }

      for (row = 0; row < (int)row_ends->len; row++)
        {
          if (g_array_index (row_ends, int, row) < fh_roadmap_item_get_start_quarter (p->item))
            break;
        }
      if (row == (int)row_ends->len)
        g_array_set_size (row_ends, row + 1);
      g_array_index (row_ends, int, row) = fh_maturity_item_end_quarter (p->item);

      p->lane = lane;
      p->row = row;
      g_array_index (roadmap->lane_rows, int, lane) =
        MAX (g_array_index (roadmap->lane_rows, int, lane), row + 1);
    }

  roadmap->first_quarter = first > 0 ? first : (roadmap->placements->len > 0 ? lo : 0);
  roadmap->last_quarter = last > 0 ? last : (roadmap->placements->len > 0 ? hi : 0);
  if (roadmap->last_quarter < roadmap->first_quarter)
    roadmap->last_quarter = roadmap->first_quarter;

  return roadmap;
}

void
fh_report_roadmap_free (FhReportRoadmap *roadmap)
{
  if (roadmap == NULL)
    return;

  g_ptr_array_unref (roadmap->lanes);
  g_array_unref (roadmap->lane_rows);
  g_array_unref (roadmap->placements);
  g_free (roadmap);
}

/* Returns: the capability's name, or @id itself when the plan has no such capability */
const char *
fh_report_capability_name (const FhPlanModels *plan, const char *id)
{
  FhCapability *capability = id != NULL && id[0] ? fh_report_find_capability (plan, id) : NULL;

  return capability != NULL ? fh_capability_get_name (capability) : (id != NULL ? id : "");
}

void
fh_report_block_free (gpointer data)
{
  FhReportBlock *block = data;

  g_free (block->text);
  g_free (block->chart);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_clear_pointer (&block->columns, g_ptr_array_unref);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->weights, g_array_unref);
  g_free (block);
}

FhReportBlock *
fh_report_add_block (GPtrArray *blocks, FhReportBlockKind kind, const char *text)
{
  FhReportBlock *block = g_new0 (FhReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  block->link = -1;
  g_ptr_array_add (blocks, block);
  return block;
}

void
fh_report_add_heading (GPtrArray *blocks, int level, const char *text)
{
  fh_report_add_block (blocks, FH_REPORT_BLOCK_HEADING, text)->level = level;
}

void
fh_report_add_chart (GPtrArray *blocks, const char *chart)
{
  fh_report_add_block (blocks, FH_REPORT_BLOCK_CHART, NULL)->chart = g_strdup (chart);
}

/* @spec: a title and a weight per column; a weight starting with '#' marks a column of
 * figures. */
FhReportBlock *
fh_report_add_table (GPtrArray *blocks, const char *const *spec)
{
  FhReportBlock *block = fh_report_add_block (blocks, FH_REPORT_BLOCK_TABLE, NULL);

  block->columns = g_ptr_array_new_with_free_func (g_free);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  block->weights = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; spec[i] != NULL; i += 2)
    {
      const char *weight_text = spec[i + 1];
      double      weight;

      if (weight_text[0] == '#')
        {
          block->numeric |= 1u << (i / 2);
          weight_text++;
        }
      weight = g_ascii_strtod (weight_text, NULL);
      g_ptr_array_add (block->columns, g_strdup (spec[i]));
      g_array_append_val (block->weights, weight);
    }

  return block;
}

/* Takes the strings; as many as the table has columns. */
void
fh_report_add_row (FhReportBlock *table, ...)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  va_list       args;

  va_start (args, table);
  for (guint i = 0; i < table->columns->len; i++)
    {
      char *cell = va_arg (args, char *);

      g_strv_builder_add (builder, cell != NULL ? cell : "");
      g_free (cell);
    }
  va_end (args);

  g_ptr_array_add (table->rows, g_strv_builder_end (builder));
  g_strv_builder_unref (builder);
}

/* Blocks for reports that are not one plan's (fh-portfolio-report.c). */
GPtrArray *
fh_report_blocks_new (void)
{
  return g_ptr_array_new_with_free_func (fh_report_block_free);
}

FhReportBlock *
fh_report_blocks_add (GPtrArray *blocks, FhReportBlockKind kind, int level, const char *text)
{
  FhReportBlock *block = fh_report_add_block (blocks, kind, text);

  block->level = level;
  if (kind == FH_REPORT_BLOCK_LIST)
    block->items = g_ptr_array_new_with_free_func (g_free);
  return block;
}

FhReportBlock *
fh_report_blocks_add_table (GPtrArray *blocks, const char *const *spec)
{
  return fh_report_add_table (blocks, spec);
}

char *
fh_report_stage_text (int stage)
{
  return stage < 0 ? fh_maturity_format_stage (stage)
                   : g_strdup_printf ("%d %s", stage, fh_stage_get_label (stage));
}

static void
build_cover (const FhPlanModels *plan, const FhReportOptions *options, GPtrArray *blocks)
{
  const char *name = plan->info != NULL ? fh_plan_info_get_name (plan->info) : "";
  const char *organisation = plan->info != NULL ? fh_plan_info_get_organisation (plan->info) : "";
  g_autofree char *date = fh_report_format_date (options);
  /* The quarter the summary states: FhPlanSummary's, from the report's date. */
  g_autoptr (FhPlanSummary) summary =
    fh_plan_summary_new (plan, options != NULL ? options->date : NULL);
  g_autofree char *quarter = fh_quarter_format (summary->current_quarter);
  FhAssessment    *latest = summary->latest;
  FhReportBlock   *list;

  fh_report_add_heading (blocks, 1, name != NULL && name[0] ? name : _("Untitled plan"));
  fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, _("MLOps adoption plan"));
  list = fh_report_add_block (blocks, FH_REPORT_BLOCK_LIST, NULL);
  list->items = g_ptr_array_new_with_free_func (g_free);
  if (organisation != NULL && organisation[0])
    g_ptr_array_add (list->items, g_strdup_printf (_("Organisation: %s"), organisation));
  g_ptr_array_add (list->items, g_strdup_printf (_("Date: %s"), date));
  g_ptr_array_add (list->items, g_strdup_printf (_("Current quarter: %s"), quarter));
  if (latest != NULL)
    {
      g_autofree char *assessed = fh_quarter_format (fh_assessment_get_quarter (latest));

      g_ptr_array_add (list->items, g_strdup_printf (_("Latest assessment: %s"), assessed));
    }
}

/* The trend chart's figures: overall and mean stage by assessed quarter. */
static void
add_trend_table (const FhPlanModels *plan, GPtrArray *blocks)
{
  g_autoptr (GArray) points = fh_maturity_trend ((FhPlanModels *)plan);
  FhReportBlock *table = fh_report_add_table (
    blocks, (const char *const[]){ _("Quarter"), "2",
                                      _("Overall stage"), "3", _("Mean stage"), "#2", NULL });

  for (guint i = 0; i < points->len; i++)
    {
      FhTrendPoint *point = &g_array_index (points, FhTrendPoint, i);

      fh_report_add_row (table, fh_quarter_format (point->quarter),
                         fh_maturity_format_stage (point->overall),
                         point->mean >= 0 ? g_strdup_printf ("%.1f", point->mean) : g_strdup ("–"));
    }
}

static void
build_maturity (const FhPlanModels *plan, GPtrArray *blocks)
{
  FhAssessment *previous = NULL;
  FhAssessment *latest = fh_report_latest_assessment (plan, &previous);
  g_autoptr (GPtrArray) capabilities = fh_maturity_capabilities (plan);
  g_autofree char *now =
    latest != NULL ? fh_quarter_format (fh_assessment_get_quarter (latest)) : NULL;
  g_autofree char *before =
    previous != NULL ? fh_quarter_format (fh_assessment_get_quarter (previous)) : NULL;
  FhReportBlock *table;

  fh_report_add_heading (blocks, 1, fh_report_section_get_title (FH_REPORT_MATURITY));
  if (latest == NULL)
    {
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH,
                           _("No quarter has been assessed yet."));
      return;
    }

  fh_report_add_chart (blocks, "radar");
  if (previous != NULL)
    {
      fh_report_add_chart (blocks, "trend");
      add_trend_table (plan, blocks);
      g_autofree char *text =
        g_strdup_printf (_("Stages assessed in %s, compared with %s."), now, before);

      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text);
      table = fh_report_add_table (
        blocks, (const char *const[]){ _("Capability"), "4",
                                          _("Core"), "1", before, "2", now, "2",
                                             _("Change"), "#1.6", _("Why"), "4", NULL });
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("Stages assessed in %s."), now);

      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text);
      table = fh_report_add_table (
        blocks, (const char *const[]){ _("Capability"), "4",
                                          _("Core"), "1", now, "2", _("Evidence"), "5", NULL });
    }

  for (guint i = 0; i < capabilities->len; i++)
    {
      FhCapability *capability = capabilities->pdata[i];
      const char   *id = fh_capability_get_id (capability);
      int           stage = stage_in (plan, latest, id);
      FhScore      *score = fh_maturity_find_score (plan, fh_assessment_get_id (latest), id);
      const char   *reason = "";

      if (score != NULL)
        reason = previous != NULL ? fh_score_get_reason (score) : fh_score_get_evidence (score);

      if (previous != NULL)
        {
          int old = stage_in (plan, previous, id);

          fh_report_add_row (table, g_strdup (fh_capability_get_name (capability)),
                             g_strdup (fh_capability_get_core (capability) ? _("yes") : ""),
                                       fh_report_stage_text (old), fh_report_stage_text (stage),
                                       old >= 0 && stage >= 0 && stage != old
                                         ? g_strdup_printf ("%+d", stage - old)
                                         : g_strdup (old >= 0 && stage >= 0 ? "0" : "–"),
                                       g_strdup (reason));
        }
      else
        {
          fh_report_add_row (table, g_strdup (fh_capability_get_name (capability)),
                             g_strdup (fh_capability_get_core (capability) ? _("yes") : ""),
                                       fh_report_stage_text (stage), g_strdup (reason));
        }
    }
}

static void
build_use_cases (const FhPlanModels *plan, const FhReportOptions *options, GPtrArray *blocks)
{
  g_autoptr (GPtrArray) use_cases = fh_report_sorted_use_cases (plan);
  FhReportBlock *table;

  fh_report_add_heading (blocks, 1, fh_report_section_get_title (FH_REPORT_USE_CASES));
  if (use_cases->len == 0)
    {
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, _("No use cases are recorded."));
      return;
    }

  fh_report_add_chart (blocks, "quadrant");
  fh_report_add_block (
    blocks, FH_REPORT_BLOCK_PARAGRAPH,
    _("Priority = impact × (readiness + applicability) / 2, from 0 to 9; each score from 0 to 3."));
  table = fh_report_add_table (
    blocks, (const char *const[]){ _("Use case"), "4.5",
                                      _("Impact"), "#1.5",
                                         _("Readiness"), "#2",
                                            _("Applicability"), "#2.5",
                                               _("Priority"), "#1.7",
                                                  _("Quadrant"), "2", _("Status"), "2.3", NULL });
  for (guint i = 0; i < use_cases->len && i < fh_report_options_get_top (options); i++)
    {
      FhUseCase *use_case = use_cases->pdata[i];

      fh_report_add_row (
        table, g_strdup (fh_use_case_get_title (use_case)),
        g_strdup_printf ("%d", fh_use_case_get_impact (use_case)),
        g_strdup_printf ("%d", fh_use_case_get_readiness (use_case)),
        g_strdup_printf ("%d", fh_use_case_get_applicability (use_case)),
        g_strdup_printf ("%.1f", fh_use_case_priority (use_case)),
        g_strdup (fh_use_case_quadrant_label (use_case)),
        g_strdup (fh_use_case_status_get_label (fh_use_case_get_status (use_case))));
    }
  fh_report_add_more (blocks, table->rows->len, use_cases->len);
}

/* The option's weighted total over the plan's criteria (docs/domain.md section 4), 0–5. */
static char *
option_score (FhDecision *decision, FhOption *option)
{
  int index = decision != NULL ? fh_decision_find_option (decision, fh_option_get_id (option)) : -1;

  if (index < 0 || decision->recommended < 0)
    return g_strdup ("–");
  return g_strdup_printf ("%.2f", decision->totals[index]);
}

static char *
option_decision (FhDecision *decision, FhOption *option)
{
  int index = decision != NULL ? fh_decision_find_option (decision, fh_option_get_id (option)) : -1;
  gboolean recommended = index >= 0 && index == decision->recommended;

  if (fh_option_get_chosen (option))
    return g_strdup (recommended ? _("chosen, recommended") : _("chosen"));
  return g_strdup (recommended ? _("recommended") : "");
}

/* Options a capability shows in full, besides its chosen and recommended ones. */
#define OPTIONS_SHOWN 4

/* The cost breakdown by year, as fh_tco_compute() gives it: first year and horizon of
 * every cost line applied, undiscounted. */
static FhReportBlock *
add_years_table (GPtrArray *blocks, int horizon)
{
  g_autoptr (GPtrArray) spec = g_ptr_array_new_with_free_func (g_free);
  FhReportBlock *table;

  g_ptr_array_add (spec, g_strdup (_("Cost by year")));
  g_ptr_array_add (spec, g_strdup ("4"));
  for (int y = 1; y <= MIN (horizon, FH_TCO_MAX_YEARS); y++)
    {
      g_ptr_array_add (spec, g_strdup_printf (_("Year %d"), y));
      g_ptr_array_add (spec, g_strdup ("#2"));
    }
  g_ptr_array_add (spec, NULL);
  table = fh_report_add_table (blocks, (const char *const *)spec->pdata);
  return table;
}

static void
add_cost_row (FhReportBlock *years, const FhTco *tco, const char *name, const char *currency)
{
  GStrvBuilder *cells = g_strv_builder_new ();

  g_strv_builder_add (cells, name);
  for (guint y = 1; y < years->columns->len; y++)
    {
      g_autofree char *cell = fh_money_format_whole (tco->by_year[y - 1], currency);

      g_strv_builder_add (cells, cell);
    }
  g_ptr_array_add (years->rows, g_strv_builder_end (cells));
  g_strv_builder_unref (cells);
}

/* Each capability's options: the TCO chart, the options' table and their cost by year. */
gboolean
fh_report_add_option_details (const FhPlanModels *plan, GPtrArray *blocks)
{
  g_autoptr (GPtrArray) capabilities = fh_maturity_capabilities (plan);
  g_autoptr (GPtrArray) options = fh_report_model_items (plan, FH_COLLECTION_OPTIONS);
  const char      *currency = plan->info != NULL ? fh_plan_info_get_currency (plan->info) : "";
  int              horizon = plan->info != NULL ? fh_plan_info_get_horizon_years (plan->info) : 3;
  g_autofree char *tco_title =
    g_strdup_printf (ngettext ("TCO over %d year", "TCO over %d years", horizon), horizon);
  gboolean any = FALSE;
  FhTco    tco;

  for (guint c = 0; c < capabilities->len; c++)
    {
      FhCapability    *capability = capabilities->pdata[c];
      FhReportBlock   *table = NULL;
      FhReportBlock   *years = NULL;
      g_autofree char *chart = NULL;
      g_autoptr (FhDecision) decision = NULL;
      guint n_compared = 0;

      for (guint i = 0; i < options->len; i++)
        {
          FhOption *option = options->pdata[i];
          int       index;

          if (g_strcmp0 (fh_option_get_capability (option), fh_capability_get_id (capability)) != 0)
            continue;
          n_compared++;
          index =
            decision != NULL ? fh_decision_find_option (decision, fh_option_get_id (option)) : -1;
          /* A capability with many options shows the chosen, the recommended and the
           * first ones compared: a page, not three. */
          if (table != NULL && table->rows->len >= OPTIONS_SHOWN &&
              !fh_option_get_chosen (option) && (index < 0 || index != decision->recommended))
            continue;

          if (table == NULL)
            {
              if (plan->info != NULL)
                {
                  FhTcoParams params;

                  fh_tco_params_init (&params, plan->info);
                  decision = fh_decision_new (plan, fh_capability_get_id (capability), &params);
                }
              fh_report_add_heading (blocks, 2, fh_capability_get_name (capability));
              chart = g_strconcat ("tco:", fh_capability_get_id (capability), NULL);
              fh_report_add_chart (blocks, chart);
              table = fh_report_add_table (
                blocks, (const char *const[]){ _("Option"), "4",
                                                  _("Kind"), "1.6",
                                                     _("Vendor or stack"), "3", tco_title, "#2.4",
                                                        _("Present value"), "#2.4",
                                                           _("Score of 5"), "#1.6",
                                                              _("Decision"), "2.2",
                                                                 _("Rationale"), "4", NULL });
              years = add_years_table (blocks, horizon);
            }

          fh_tco_compute_option (&tco, plan, fh_option_get_id (option));
          fh_report_add_row (
            table, g_strdup (fh_option_get_name (option)),
            g_strdup (fh_option_kind_get_label (fh_option_get_kind (option))),
            g_strdup (fh_option_get_vendor (option)), fh_money_format_whole (tco.total, currency),
            fh_money_format_whole (tco.present_value, currency), option_score (decision, option),
            option_decision (decision, option), g_strdup (fh_option_get_rationale (option)));
          add_cost_row (years, &tco, fh_option_get_name (option), currency);
          any = TRUE;
        }

      if (table != NULL && table->rows->len < n_compared)
        {
          g_autofree char *text = g_strdup_printf (
            ngettext ("%u of %u option is shown: the chosen, the recommended and the first "
                      "compared. The Options page lists them all.",
                      "%u of %u options are shown: the chosen, the recommended and the first "
                      "compared. The Options page lists them all.",
                      n_compared),
            table->rows->len, n_compared);

          fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text);
        }
    }

  return any;
}

/* Returns: how many capabilities have options compared */
guint
fh_report_count_compared (const FhPlanModels *plan)
{
  g_autoptr (GPtrArray) options = fh_report_model_items (plan, FH_COLLECTION_OPTIONS);
  g_autoptr (GHashTable) compared = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < options->len; i++)
    g_hash_table_add (compared, (gpointer)fh_option_get_capability (options->pdata[i]));
  return g_hash_table_size (compared);
}

/* One row per capability whose options are compared: how many, the recommended and
 * the chosen with their TCO, from the decision the Options page shows. */
static void
add_options_overview (const FhPlanModels *plan, GPtrArray *blocks)
{
  g_autoptr (GPtrArray) capabilities = fh_maturity_capabilities (plan);
  const char      *currency = plan->info != NULL ? fh_plan_info_get_currency (plan->info) : "";
  int              horizon = plan->info != NULL ? fh_plan_info_get_horizon_years (plan->info) : 3;
  g_autofree char *tco_title =
    g_strdup_printf (ngettext ("TCO over %d year", "TCO over %d years", horizon), horizon);
  FhReportBlock *table = fh_report_add_table (
    blocks, (const char *const[]){ _("Capability"), "3",
                                      _("Options"), "#1.2",
                                         _("Recommended"), "3",
                                            _("Score of 5"), "#1.4",
                                               _("Chosen"), "3", tco_title, "#2.2", NULL });
  FhTcoParams params;

  fh_tco_params_init (&params, plan->info);
  for (guint c = 0; c < capabilities->len; c++)
    {
      g_autoptr (FhDecision) decision =
        fh_decision_new (plan, fh_capability_get_id (capabilities->pdata[c]), &params);
      int best, chosen;

      if (decision == NULL || decision->n_options == 0)
        continue;
      best = decision->recommended;
      chosen = decision->chosen;
      fh_report_add_row (
        table, g_strdup (fh_capability_get_name (capabilities->pdata[c])),
        g_strdup_printf ("%u", decision->n_options),
        g_strdup (best >= 0 ? fh_option_get_name (decision->options[best]) : "–"),
        best >= 0 ? g_strdup_printf ("%.2f", decision->totals[best]) : g_strdup ("–"),
        g_strdup (chosen >= 0 ? fh_option_get_name (decision->options[chosen]) : ""),
        chosen >= 0 ? fh_money_format_whole (decision->tcos[chosen].total, currency)
                    : g_strdup (""));
    }
}

static void
build_options (const FhPlanModels *plan, GPtrArray *blocks)
{
  fh_report_add_heading (blocks, 1, fh_report_section_get_title (FH_REPORT_OPTIONS));
  if (fh_report_count_compared (plan) > FH_REPORT_OPTIONS_DETAIL_MAX)
    {
      g_autofree char *text = g_strdup_printf (
        _("Options are compared for %u capabilities: one row each here; the appendix gives "
          "each capability's chart, options, rationale and cost by year."),
           fh_report_count_compared (plan));

      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text)->link = FH_REPORT_APPENDIX;
      add_options_overview (plan, blocks);
      return;
    }
  if (!fh_report_add_option_details (plan, blocks))
    fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, _("No options are compared yet."));
}

/* The roadmap since the previous review's saved baseline, as the Review page says it. */
static void
add_baseline_changes (const FhPlanModels    *plan,
                      FhAssessment          *previous,
                      const FhReportOptions *options,
                      GPtrArray             *blocks)
{
  g_autoptr (GPtrArray) saved = fh_baseline_items (plan, fh_assessment_get_id (previous));
  g_autofree char *quarter = fh_quarter_format (fh_assessment_get_quarter (previous));
  g_autofree char *title = g_strdup_printf (_("Roadmap since the %s review"), quarter);
  g_autoptr (GPtrArray) lines = NULL;
  FhReportBlock *list;
  guint          top = fh_report_options_get_top (options);

  fh_report_add_heading (blocks, 2, title);
  if (saved->len == 0)
    {
      g_autofree char *text =
        g_strdup_printf (_("No roadmap baseline was saved with the %s review, so there is nothing to compare the roadmap with."),
                            quarter);

      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text);
      return;
    }
  lines = fh_baseline_diff_lines (plan, fh_assessment_get_id (previous));
  list = fh_report_add_list (blocks);
  for (guint i = 0; i < lines->len && i < top; i++)
    g_ptr_array_add (list->items, g_strdup (lines->pdata[i]));
  fh_report_add_more (blocks, list->items->len, lines->len);
}

static void
build_review (const FhPlanModels *plan, const FhReportOptions *options, GPtrArray *blocks)
{
  FhAssessment *previous = NULL;
  FhAssessment *latest = fh_report_latest_assessment (plan, &previous);
  g_autoptr (GPtrArray) due = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *text = NULL;
  FhReportBlock   *table;
  g_autoptr (FhComparison) comparison = NULL;
  guint done = 0;

  fh_report_add_heading (blocks, 1, fh_report_section_get_title (FH_REPORT_REVIEW));
  if (latest == NULL)
    {
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH,
                           _("No quarter has been reviewed yet."));
      return;
    }

  quarter = fh_quarter_format (fh_assessment_get_quarter (latest));
  due = fh_maturity_items_due (plan, fh_assessment_get_quarter (latest));
  for (guint i = 0; i < due->len; i++)
    done += fh_roadmap_item_get_status (due->pdata[i]) == FH_ITEM_STATUS_DONE;

  fh_report_add_heading (blocks, 2, _("Delivery check"));
  text = g_strdup_printf (ngettext ("%u roadmap item was due by the end of %s; %u of them done.",
                                    "%u roadmap items were due by the end of %s; %u of them done.",
                                    due->len),
                          due->len, quarter, done);
  fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH, text);
  if (due->len > 0)
    {
      table = fh_report_add_table (
        blocks, (const char *const[]){ _("Item"), "5", _("Capability"), "3", _("Status"), "1.6", _("Why"), "4", NULL });
      for (guint i = 0; i < due->len && i < fh_report_options_get_top (options); i++)
        {
          FhRoadmapItem *item = due->pdata[i];

          fh_report_add_row (
            table, g_strdup (fh_roadmap_item_get_title (item)),
            g_strdup (fh_report_capability_name (plan, fh_roadmap_item_get_capability (item))),
            g_strdup (fh_item_status_get_label (fh_roadmap_item_get_status (item))),
            g_strdup (fh_roadmap_item_get_status_reason (item)));
        }
    }

  if (due->len > 0)
    fh_report_add_more (blocks, MIN (due->len, fh_report_options_get_top (options)), due->len);

  if (previous == NULL)
    return;

  add_baseline_changes (plan, previous, options, blocks);
  fh_report_add_heading (blocks, 2, _("What changed and why"));
  table = fh_report_add_table (
    blocks, (const char *const[]){ _("Capability"), "4",
                                      _("From"), "2", _("To"), "2", _("Why"), "6", NULL });
  comparison =
    fh_maturity_compare (plan, fh_assessment_get_id (previous), fh_assessment_get_id (latest));
  for (guint i = 0; i < comparison->rows->len; i++)
    {
      FhComparisonRow *row = &g_array_index (comparison->rows, FhComparisonRow, i);

      if (row->stage_a == row->stage_b)
        continue;
      fh_report_add_row (table, g_strdup (fh_capability_get_name (row->capability)),
                         fh_report_stage_text (row->stage_a), fh_report_stage_text (row->stage_b),
                         g_strdup (row->score_b != NULL ? fh_score_get_reason (row->score_b) : ""));
    }
  if (table->rows->len == 0)
    {
      g_ptr_array_remove (blocks, table);
      fh_report_add_block (blocks, FH_REPORT_BLOCK_PARAGRAPH,
                           _("No stage changed since the previous quarter."));
    }
}

/**
 * fh_report_build_section:
 * @plan: the plan
 * @options: (nullable): the report's date and quarter range
 * @section: which section
 *
 * Returns: (transfer full) (element-type FhReportBlock): the section's blocks
 */
GPtrArray *
fh_report_build_section (const FhPlanModels    *plan,
                         const FhReportOptions *options,
                         FhReportSection        section)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (fh_report_block_free);

  g_return_val_if_fail (plan != NULL, blocks);

  switch (section)
    {
    case FH_REPORT_COVER:
      build_cover (plan, options, blocks);
      break;
    case FH_REPORT_SUMMARY:
      fh_report_build_summary (plan, options, blocks);
      break;
    case FH_REPORT_MATURITY:
      build_maturity (plan, blocks);
      break;
    case FH_REPORT_GAPS:
      fh_report_build_gaps (plan, options, blocks);
      break;
    case FH_REPORT_USE_CASES:
      build_use_cases (plan, options, blocks);
      break;
    case FH_REPORT_OPTIONS:
      build_options (plan, blocks);
      break;
    case FH_REPORT_VALUE:
      fh_report_build_value (plan, blocks);
      break;
    case FH_REPORT_ROADMAP:
      fh_report_build_roadmap (plan, options, blocks);
      break;
    case FH_REPORT_FINDINGS:
      fh_report_build_findings (plan, options, blocks);
      break;
    case FH_REPORT_REVIEW:
      build_review (plan, options, blocks);
      break;
    case FH_REPORT_CONTEXT:
      fh_report_build_context (plan, options, blocks);
      break;
    case FH_REPORT_APPENDIX:
      fh_report_build_appendix (plan, options, blocks);
      break;
    case FH_REPORT_SCENARIOS:
      fh_report_build_scenarios (plan, blocks);
      break;
    case FH_REPORT_N_SECTIONS:
    default:
      g_return_val_if_reached (blocks);
    }

  return blocks;
}
