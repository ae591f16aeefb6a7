/* fh-column-fit.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Width-driven columns: the column the room reads (a title) keeps a number of
 * characters per line, the columns that matter less hide before it shrinks, and a
 * column that can be cut (it ellipsizes or wraps) gets the room left over, up to
 * what its longest text needs. */

typedef struct
{
  GtkColumnViewColumn *column;
  GListModel          *texts;     /* GtkStringList of what the column shows, or NULL */
  const char          *sample;    /* or one text as wide as its widest cell */
  int                  extra;     /* pixels of chrome around the text: padding, icons */
  int                  min_chars; /* > 0: the column may narrow to this many characters */
  int                  hide_rank; /* 0: never hides; 1 hides first, then 2, … */
} FhFitColumn;

double fh_column_fit_char_width (GtkWidget *widget);
void   fh_column_fit (GtkWidget   *view,
                      int          width,
                      int          expand_min_chars,
                      FhFitColumn *columns,
                      guint        n_columns);

G_END_DECLS
