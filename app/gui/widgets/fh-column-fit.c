/* fh-column-fit.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include "fh-column-fit.h"

/* A cell's sides (style.css pads table cells by a few pixels each side). */
#define CELL_PADDING 12

/**
 * fh_column_fit_char_width:
 * @widget: a widget whose type the text is set in
 *
 * Returns: the width in pixels of an average character of @widget's font: what "45
 *   characters per line" means
 */
double
fh_column_fit_char_width (GtkWidget *widget)
{
  PangoContext     *context = gtk_widget_get_pango_context (widget);
  PangoFontMetrics *metrics =
    pango_context_get_metrics (context, pango_context_get_font_description (context), NULL);
  double width = (double)pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;

  pango_font_metrics_unref (metrics);
  return MAX (1.0, width);
}

/* Measured in bold: the choice cells are buttons, whose labels are bold. */
static int
text_width (GtkWidget *view, const char *text)
{
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (view, text);
  PangoAttrList *bold = pango_attr_list_new ();
  int            width;

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, bold);
  pango_attr_list_unref (bold);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* What @column needs to show its widest text and its title uncut. */
static int
natural_width (GtkWidget *view, const FhFitColumn *column)
{
  const char *title = gtk_column_view_column_get_title (column->column);
  int         width = title != NULL ? text_width (view, title) : 0;

  if (column->sample != NULL)
    width = MAX (width, text_width (view, column->sample));
  if (column->texts != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (column->texts); i++)
      width = MAX (
        width, text_width (view, gtk_string_list_get_string (GTK_STRING_LIST (column->texts), i)));

  return width + column->extra + CELL_PADDING;
}

/**
 * fh_column_fit:
 * @view: the column view (its type measures the texts)
 * @width: the width the view shows
 * @expand_min_chars: characters per line the expanding column keeps
 * @columns: every column but the expanding one
 * @n_columns: how many
 *
 * Hides columns by rank until the others leave the expanding column its
 * characters, then gives a narrowable column the room that is left, up to its
 * natural width. Columns with a rank above the ones hidden are shown again.
 */
void
fh_column_fit (GtkWidget   *view,
               int          width,
               int          expand_min_chars,
               FhFitColumn *columns,
               guint        n_columns)
{
  double cw = fh_column_fit_char_width (view);
  /* One character and a cell's sides to spare: the other columns' widths are
   * estimates from their texts, and the expanding one absorbs what they are off by. */
  int                  needed = (int)((expand_min_chars + 1) * cw) + 2 * CELL_PADDING;
  g_autofree int      *natural = g_new0 (int, n_columns);
  g_autofree int      *narrow = g_new0 (int, n_columns);
  g_autofree gboolean *shown = g_new0 (gboolean, n_columns);
  int                  used = 0, rank = 0, max_rank = 0;

  for (guint i = 0; i < n_columns; i++)
    {
      natural[i] = natural_width (view, &columns[i]);
      narrow[i] =
        columns[i].min_chars > 0
          ? MIN (natural[i], (int)(columns[i].min_chars * cw) + columns[i].extra + CELL_PADDING)
          : natural[i];
      shown[i] = TRUE;
      used += narrow[i];
      max_rank = MAX (max_rank, columns[i].hide_rank);
    }

  /* Hide the least important until the expanding column keeps its characters. */
  while (width - used < needed && rank < max_rank)
    {
      rank++;
      for (guint i = 0; i < n_columns; i++)
        if (columns[i].hide_rank == rank && shown[i])
          {
            shown[i] = FALSE;
            used -= narrow[i];
          }
    }

  /* The room left beyond the expanding column's goes to the narrowable columns, in
   * order, up to what they need. */
  for (guint i = 0; i < n_columns; i++)
    {
      int given = narrow[i];

      if (shown[i] && columns[i].min_chars > 0)
        {
          given = CLAMP (narrow[i] + (width - used - needed), narrow[i], natural[i]);
          used += given - narrow[i];
        }

      /* GTK 4.8 still counts a hidden column's width in the row: a hidden column
       * is also given none. */
      if (!shown[i])
        given = 0;
      else if (columns[i].min_chars == 0)
        given = -1;

      if (gtk_column_view_column_get_visible (columns[i].column) != shown[i])
        gtk_column_view_column_set_visible (columns[i].column, shown[i]);
      if (gtk_column_view_column_get_fixed_width (columns[i].column) != given)
        gtk_column_view_column_set_fixed_width (columns[i].column, given);
    }
}
