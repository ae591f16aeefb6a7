/* fh-portfolio-shared.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <string.h>

#include "fh-portfolio-private.h"

/* What several teams share, the candidates to standardise: open gaps of one
 * capability with similar titles (docs/domain.md, "A portfolio of plans"), and
 * packaged services that several teams chose or are evaluating. */

static int
compare_words (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* The words of a title that say what it is about: case-folded runs of letters and
 * digits, three characters or more, sorted and each once. */
char **
fh_portfolio_title_words (const char *title)
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
  g_auto (GStrv) wa = fh_portfolio_title_words (a);
  g_auto (GStrv) wb = fh_portfolio_title_words (b);

  return words_similar (wa, wb);
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
          fh_portfolio_add_team (shared->teams, row->team);
          g_ptr_array_add (shared->titles, g_strdup (gap->title));
        }
      if (shared->teams->len >= 2)
        g_ptr_array_add (self->shared_gaps, shared);
      else
        fh_portfolio_shared_gap_free (shared);
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
        fh_portfolio_add_team (teams, entry->choosing->pdata[i]);
      for (guint i = 0; i < entry->evaluating->len; i++)
        fh_portfolio_add_team (teams, entry->evaluating->pdata[i]);
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
