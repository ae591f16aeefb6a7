/* fh-portfolio.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-portfolio.h"

#include "fh-capability.h"
#include "fh-gap.h"
#include "fh-money.h"
#include "fh-option.h"
#include "fh-plan-info.h"
#include "fh-summary.h"

/* An open gap, kept after its plan is closed, for the shared gaps. */
typedef struct
{
  guint  row;
  char  *capability;
  char  *title;
  char **words; /* sorted, distinct */
} GapEntry;

/* A packaged option of one team, for the shared options. */
typedef struct
{
  char      *name;
  GPtrArray *choosing;
  GPtrArray *evaluating;
} OptionEntry;

struct _FhPortfolio
{
  int         current_quarter;
  GPtrArray  *rows;    /* FhPortfolioRow */
  GPtrArray  *columns; /* FhPortfolioColumn */
  GHashTable *column_index;
  GPtrArray  *skipped; /* FhPortfolioSkipped */
  GArray     *gaps;    /* GapEntry */
  GHashTable *options; /* normalised name → OptionEntry */
  GPtrArray  *shared_gaps;
  GPtrArray  *shared_options;
};

static void
row_free (gpointer data)
{
  FhPortfolioRow *row = data;

  g_free (row->team);
  g_free (row->file);
  g_free (row->currency);
  g_hash_table_unref (row->stages);
  g_free (row);
}

static void
column_free (gpointer data)
{
  FhPortfolioColumn *column = data;

  g_free (column->id);
  g_free (column->name);
  g_free (column);
}

static void
skipped_free (gpointer data)
{
  FhPortfolioSkipped *skipped = data;

  g_free (skipped->file);
  g_free (skipped->reason);
  g_free (skipped);
}

static void
gap_entry_clear (gpointer data)
{
  GapEntry *entry = data;

  g_free (entry->capability);
  g_free (entry->title);
  g_strfreev (entry->words);
}

static void
option_entry_free (gpointer data)
{
  OptionEntry *entry = data;

  g_free (entry->name);
  g_ptr_array_unref (entry->choosing);
  g_ptr_array_unref (entry->evaluating);
  g_free (entry);
}

static void
shared_gap_free (gpointer data)
{
  FhPortfolioSharedGap *shared = data;

  g_free (shared->capability);
  g_ptr_array_unref (shared->teams);
  g_ptr_array_unref (shared->titles);
  g_free (shared);
}

static void
shared_option_free (gpointer data)
{
  FhPortfolioSharedOption *shared = data;

  g_free (shared->name);
  g_ptr_array_unref (shared->choosing);
  g_ptr_array_unref (shared->evaluating);
  g_free (shared);
}

/**
 * fh_portfolio_new:
 * @date: (nullable): the day the current quarter is taken from; %NULL for today
 *
 * Returns: (transfer full): an empty portfolio; add plans, then fh_portfolio_finish()
 */
FhPortfolio *
fh_portfolio_new (GDateTime *date)
{
  FhPortfolio *self = g_new0 (FhPortfolio, 1);

  self->current_quarter = fh_maturity_current_quarter (date);
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->columns = g_ptr_array_new_with_free_func (column_free);
  self->column_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->skipped = g_ptr_array_new_with_free_func (skipped_free);
  self->gaps = g_array_new (FALSE, TRUE, sizeof (GapEntry));
  g_array_set_clear_func (self->gaps, gap_entry_clear);
  self->options = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, option_entry_free);
  self->shared_gaps = g_ptr_array_new_with_free_func (shared_gap_free);
  self->shared_options = g_ptr_array_new_with_free_func (shared_option_free);
  return self;
}

void
fh_portfolio_free (FhPortfolio *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->rows);
  g_hash_table_unref (self->column_index);
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->skipped);
  g_array_unref (self->gaps);
  g_hash_table_unref (self->options);
  g_ptr_array_unref (self->shared_gaps);
  g_ptr_array_unref (self->shared_options);
  g_free (self);
}

static int
compare_words (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* The words of a title that say what it is about: case-folded runs of letters and
 * digits, three characters or more, sorted and each once. */
static char **
title_words (const char *title)
{
  g_autofree char *folded = g_utf8_casefold (title, -1);
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  GString    *word = g_string_new (NULL);
  const char *p = folded;

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (g_utf8_strlen (word->str, -1) >= 3)
        g_ptr_array_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);

  g_ptr_array_sort (words, compare_words);
  for (guint i = 1; i < words->len;)
    {
      if (g_str_equal (words->pdata[i], words->pdata[i - 1]))
        g_ptr_array_remove_index (words, i);
      else
        i++;
    }
  g_ptr_array_add (words, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

static gboolean
words_similar (char **a, char **b)
{
  guint na = g_strv_length (a), nb = g_strv_length (b);
  guint i = 0, j = 0, common = 0;

  if (na == 0 || nb == 0)
    return FALSE;
  while (i < na && j < nb)
    {
      int cmp = strcmp (a[i], b[j]);

      if (cmp == 0)
        common++, i++, j++;
      else if (cmp < 0)
        i++;
      else
        j++;
    }
  /* Shared words over all the words either title has (Jaccard). */
  return (double)common / (double)(na + nb - common) >= FH_PORTFOLIO_SIMILAR_WORDS;
}

/**
 * fh_portfolio_titles_similar:
 *
 * Returns: %TRUE when two gap titles count as the same gap in two teams: at least
 *   half of the words either has (three letters or more, case and punctuation
 *   ignored) are in both
 */
gboolean
fh_portfolio_titles_similar (const char *a, const char *b)
{
  g_auto (GStrv) wa = title_words (a);
  g_auto (GStrv) wb = title_words (b);

  return words_similar (wa, wb);
}

static guint
column_for (FhPortfolio *self, FhCapability *capability)
{
  const char        *id = fh_capability_get_id (capability);
  gpointer           index;
  FhPortfolioColumn *column;

  if (g_hash_table_lookup_extended (self->column_index, id, NULL, &index))
    return GPOINTER_TO_UINT (index);

  column = g_new0 (FhPortfolioColumn, 1);
  column->id = g_strdup (id);
  column->name = g_strdup (fh_capability_get_name (capability));
  g_ptr_array_add (self->columns, column);
  g_hash_table_insert (self->column_index, column->id, GUINT_TO_POINTER (self->columns->len - 1));
  return self->columns->len - 1;
}

static void
add_team (GPtrArray *teams, const char *team)
{
  for (guint i = 0; i < teams->len; i++)
    if (g_str_equal (teams->pdata[i], team))
      return;
  g_ptr_array_add (teams, g_strdup (team));
}

/* Runs of white space become one space; none at either end. */
static char *
normalise_name (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *p);
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static void
collect_options (FhPortfolio *self, const FhPlanModels *models, const char *team)
{
  GListModel *options = models->models[FH_COLLECTION_OPTIONS];

  for (guint i = 0; options != NULL && i < g_list_model_get_n_items (options); i++)
    {
      g_autoptr (FhOption) option = g_list_model_get_item (options, i);
      g_autofree char *folded = NULL;
      g_autofree char *key = NULL;
      OptionEntry     *entry;

      if (fh_option_get_kind (option) != FH_OPTION_KIND_PACKAGED)
        continue;

      /* The same service: the same name, whatever its case and spacing. */
      folded = g_utf8_casefold (fh_option_get_name (option), -1);
      key = normalise_name (folded);
      entry = g_hash_table_lookup (self->options, key);
      if (entry == NULL)
        {
          entry = g_new0 (OptionEntry, 1);
          entry->name = g_strdup (fh_option_get_name (option));
          entry->choosing = g_ptr_array_new_with_free_func (g_free);
          entry->evaluating = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (self->options, g_steal_pointer (&key), entry);
        }
      add_team (fh_option_get_chosen (option) ? entry->choosing : entry->evaluating, team);
    }
}

/**
 * fh_portfolio_add_plan:
 * @file: the member's file name, as shown
 * @models: the team's plan; nothing of it is kept
 *
 * Adds one row: the plan's latest assessed stage per capability, overall stage,
 * trend, open gaps, findings and spend.
 */
void
fh_portfolio_add_plan (FhPortfolio *self, const char *file, const FhPlanModels *models)
{
  g_autoptr (FhPlanSummary) summary = NULL;
  FhPortfolioRow *row;
  const char     *name;
  GListModel     *gaps;

  g_return_if_fail (self != NULL && file != NULL && models != NULL);

  summary = fh_plan_summary_new (models, NULL);
  row = g_new0 (FhPortfolioRow, 1);
  name = models->info != NULL ? fh_plan_info_get_name (models->info) : NULL;
  row->team = g_strdup (name != NULL && name[0] ? name : file);
  row->file = g_strdup (file);
  row->currency = g_strdup (models->info != NULL ? fh_plan_info_get_currency (models->info) : "");
  row->summary = summary->summary;
  row->open_gaps = summary->open_gaps;
  memcpy (row->findings, summary->findings, sizeof row->findings);
  row->stages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < summary->stages->len; i++)
    {
      FhSummaryStage *stage = &g_array_index (summary->stages, FhSummaryStage, i);

      column_for (self, stage->capability);
      g_hash_table_insert (row->stages, g_strdup (fh_capability_get_id (stage->capability)),
                           GINT_TO_POINTER (stage->stage + 10));
    }
  for (guint i = 0; i < summary->choices->len; i++)
    row->spend += g_array_index (summary->choices, FhSummaryChoice, i).total;

  if (summary->latest != NULL)
    {
      FhAssessment *before;

      row->quarter = fh_assessment_get_quarter (summary->latest);
      before = fh_maturity_previous (models, row->quarter);
      if (before != NULL)
        {
          FhMaturitySummary earlier;

          fh_maturity_summarize (models, fh_assessment_get_id (before), &earlier);
          row->has_trend = earlier.mean >= 0 && row->summary.mean >= 0;
          row->overall_before = earlier.overall;
          row->mean_before = earlier.mean;
        }
    }

  gaps = models->models[FH_COLLECTION_GAPS];
  for (guint i = 0; gaps != NULL && i < g_list_model_get_n_items (gaps); i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);
      GapEntry entry;

      if (!fh_gap_is_open (gap) || fh_gap_get_capability (gap)[0] == '\0')
        continue;
      entry.row = self->rows->len;
      entry.capability = g_strdup (fh_gap_get_capability (gap));
      entry.title = g_strdup (fh_gap_get_title (gap));
      entry.words = title_words (entry.title);
      g_array_append_val (self->gaps, entry);
    }

  collect_options (self, models, row->team);
  g_ptr_array_add (self->rows, row);
}

void
fh_portfolio_add_skipped (FhPortfolio *self, const char *file, const char *reason)
{
  FhPortfolioSkipped *skipped;

  g_return_if_fail (self != NULL && file != NULL && reason != NULL);

  skipped = g_new0 (FhPortfolioSkipped, 1);
  skipped->file = g_strdup (file);
  skipped->reason = g_strdup (reason);
  g_ptr_array_add (self->skipped, skipped);
}

static int
compare_gaps (gconstpointer a, gconstpointer b)
{
  const GapEntry *ga = a, *gb = b;
  int             cmp = strcmp (ga->capability, gb->capability);

  return cmp != 0 ? cmp : (int)ga->row - (int)gb->row;
}

static guint
find_root (guint *parent, guint i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

/* Gaps of one capability from different teams whose titles are similar join one
 * group, and so do the gaps similar to any of its members. */
static void
group_capability (FhPortfolio *self, guint from, guint to)
{
  guint             n = to - from;
  g_autofree guint *parent = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    parent[i] = i;
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        GapEntry *a = &g_array_index (self->gaps, GapEntry, from + i);
        GapEntry *b = &g_array_index (self->gaps, GapEntry, from + j);

        if (find_root (parent, i) != find_root (parent, j) && words_similar (a->words, b->words))
          parent[find_root (parent, j)] = find_root (parent, i);
      }

  for (guint i = 0; i < n; i++)
    {
      FhPortfolioSharedGap *shared;

      if (find_root (parent, i) != i)
        continue;
      shared = g_new0 (FhPortfolioSharedGap, 1);
      shared->capability = g_strdup (g_array_index (self->gaps, GapEntry, from + i).capability);
      shared->teams = g_ptr_array_new_with_free_func (g_free);
      shared->titles = g_ptr_array_new_with_free_func (g_free);
      for (guint j = i; j < n; j++)
        {
          GapEntry       *gap = &g_array_index (self->gaps, GapEntry, from + j);
          FhPortfolioRow *row = self->rows->pdata[gap->row];

          if (find_root (parent, j) != i)
            continue;
          add_team (shared->teams, row->team);
          g_ptr_array_add (shared->titles, g_strdup (gap->title));
        }
      if (shared->teams->len >= 2)
        g_ptr_array_add (self->shared_gaps, shared);
      else
        shared_gap_free (shared);
    }
}

/* Most teams first, then in the first plan's catalog order. */
static int
compare_shared_gaps (gconstpointer a, gconstpointer b, gpointer data)
{
  const FhPortfolioSharedGap *ga = *(FhPortfolioSharedGap **)a;
  const FhPortfolioSharedGap *gb = *(FhPortfolioSharedGap **)b;
  GHashTable                 *index = data;

  if (ga->teams->len != gb->teams->len)
    return ga->teams->len > gb->teams->len ? -1 : 1;
  return (int)GPOINTER_TO_UINT (g_hash_table_lookup (index, ga->capability)) -
         (int)GPOINTER_TO_UINT (g_hash_table_lookup (index, gb->capability));
}

static int
compare_shared_options (gconstpointer a, gconstpointer b)
{
  const FhPortfolioSharedOption *oa = *(FhPortfolioSharedOption **)a;
  const FhPortfolioSharedOption *ob = *(FhPortfolioSharedOption **)b;
  guint                          na = oa->choosing->len + oa->evaluating->len;
  guint                          nb = ob->choosing->len + ob->evaluating->len;

  if (na != nb)
    return na > nb ? -1 : 1;
  return g_utf8_collate (oa->name, ob->name);
}

/**
 * fh_portfolio_finish:
 *
 * Finds what several teams share, once every plan is added: gaps of one
 * capability with similar titles, and packaged services chosen or evaluated by
 * more than one team.
 */
void
fh_portfolio_finish (FhPortfolio *self)
{
  GHashTableIter iter;
  gpointer       value;

  g_return_if_fail (self != NULL);

  g_ptr_array_set_size (self->shared_gaps, 0);
  g_ptr_array_set_size (self->shared_options, 0);

  g_array_sort (self->gaps, compare_gaps);
  for (guint from = 0, to; from < self->gaps->len; from = to)
    {
      const char *capability = g_array_index (self->gaps, GapEntry, from).capability;

      for (to = from + 1;
           to < self->gaps->len &&
           g_str_equal (g_array_index (self->gaps, GapEntry, to).capability, capability);
           to++)
        ;
      group_capability (self, from, to);
    }
  g_ptr_array_sort_with_data (self->shared_gaps, compare_shared_gaps, self->column_index);

  g_hash_table_iter_init (&iter, self->options);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      OptionEntry             *entry = value;
      FhPortfolioSharedOption *shared;
      g_autoptr (GPtrArray) teams = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < entry->choosing->len; i++)
        add_team (teams, entry->choosing->pdata[i]);
      for (guint i = 0; i < entry->evaluating->len; i++)
        add_team (teams, entry->evaluating->pdata[i]);
      if (teams->len < 2)
        continue;

      shared = g_new0 (FhPortfolioSharedOption, 1);
      shared->name = g_strdup (entry->name);
      shared->choosing = g_ptr_array_ref (entry->choosing);
      shared->evaluating = g_ptr_array_new_with_free_func (g_free);
      /* A team that chose it in one capability is not also evaluating it. */
      for (guint i = 0; i < entry->evaluating->len; i++)
        if (!g_ptr_array_find_with_equal_func (entry->choosing, entry->evaluating->pdata[i],
                                               g_str_equal, NULL))
          g_ptr_array_add (shared->evaluating, g_strdup (entry->evaluating->pdata[i]));
      g_ptr_array_add (self->shared_options, shared);
    }
  g_ptr_array_sort (self->shared_options, compare_shared_options);
}

guint
fh_portfolio_get_n_rows (FhPortfolio *self)
{
  return self->rows->len;
}

const FhPortfolioRow *
fh_portfolio_get_row (FhPortfolio *self, guint row)
{
  g_return_val_if_fail (row < self->rows->len, NULL);
  return self->rows->pdata[row];
}

guint
fh_portfolio_get_n_columns (FhPortfolio *self)
{
  return self->columns->len;
}

const FhPortfolioColumn *
fh_portfolio_get_column (FhPortfolio *self, guint column)
{
  g_return_val_if_fail (column < self->columns->len, NULL);
  return self->columns->pdata[column];
}

/* Returns: the row's latest assessed stage of @capability, -1 when it is not
 * assessed, FH_PORTFOLIO_NOT_IN_CATALOG when the plan has no such capability */
int
fh_portfolio_row_stage (const FhPortfolioRow *row, const char *capability)
{
  gpointer value;

  if (!g_hash_table_lookup_extended (row->stages, capability, NULL, &value))
    return FH_PORTFOLIO_NOT_IN_CATALOG;
  return GPOINTER_TO_INT (value) - 10;
}

int
fh_portfolio_get_stage (FhPortfolio *self, guint row, guint column)
{
  return fh_portfolio_row_stage (fh_portfolio_get_row (self, row),
                                 fh_portfolio_get_column (self, column)->id);
}

guint
fh_portfolio_get_n_skipped (FhPortfolio *self)
{
  return self->skipped->len;
}

const FhPortfolioSkipped *
fh_portfolio_get_skipped (FhPortfolio *self, guint index)
{
  g_return_val_if_fail (index < self->skipped->len, NULL);
  return self->skipped->pdata[index];
}

/* Returns: (transfer none) (element-type FhPortfolioSharedGap): after fh_portfolio_finish() */
GPtrArray *
fh_portfolio_get_shared_gaps (FhPortfolio *self)
{
  return self->shared_gaps;
}

/* Returns: (transfer none) (element-type FhPortfolioSharedOption): most teams first */
GPtrArray *
fh_portfolio_get_shared_options (FhPortfolio *self)
{
  return self->shared_options;
}

int
fh_portfolio_get_current_quarter (FhPortfolio *self)
{
  return self->current_quarter;
}
