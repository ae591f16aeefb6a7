/* fh-portfolio-private.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-portfolio.h"

G_BEGIN_DECLS

/* Shared by fh-portfolio.c (the rows) and fh-portfolio-shared.c (what several
 * teams share). */

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

char **fh_portfolio_title_words (const char *title);
void   fh_portfolio_add_team (GPtrArray *teams, const char *team);
void   fh_portfolio_shared_gap_free (gpointer data);
void   fh_portfolio_shared_option_free (gpointer data);

G_END_DECLS
