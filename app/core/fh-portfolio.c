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

#include "fh-portfolio-private.h"

#include "fh-capability.h"
#include "fh-gap.h"
#include "fh-money.h"
#include "fh-option.h"
#include "fh-plan-info.h"
#include "fh-summary.h"

/* An open gap, kept after its plan is closed, for the shared gaps. */
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

void
fh_portfolio_shared_gap_free (gpointer data)
{
  FhPortfolioSharedGap *shared = data;

  g_free (shared->capability);
  g_ptr_array_unref (shared->teams);
  g_ptr_array_unref (shared->titles);
  g_free (shared);
}

void
fh_portfolio_shared_option_free (gpointer data)
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
  self->shared_gaps = g_ptr_array_new_with_free_func (fh_portfolio_shared_gap_free);
  self->shared_options = g_ptr_array_new_with_free_func (fh_portfolio_shared_option_free);
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

void
fh_portfolio_add_team (GPtrArray *teams, const char *team)
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
      fh_portfolio_add_team (fh_option_get_chosen (option) ? entry->choosing : entry->evaluating,
                             team);
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
      entry.words = fh_portfolio_title_words (entry.title);
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
