/* fh-highlight.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include "fh-highlight.h"

/* The list keeps the id it highlights and the timeout that ends it as object data, so
 * that any list or column view can use this without a field of its own. A bound child
 * carries the id of the record it shows; its row is the ancestor whose parent is the
 * GtkListView (a column view's rows live in an inner list view). */

#define HIGHLIGHT_ID   "fh-highlight-id"
#define HIGHLIGHT_TIME "fh-highlight-timeout"
#define CHILD_ID       "fh-highlight-child-id"
#define CLASS          "just-added"

typedef struct
{
  GtkWidget *list; /* weak */
  gint64     id;
  guint      timeout;
} Highlight;

static GtkWidget *
child_row (GtkWidget *child)
{
  GtkWidget *widget = child;

  while (widget != NULL && gtk_widget_get_parent (widget) != NULL &&
         !GTK_IS_LIST_VIEW (gtk_widget_get_parent (widget)))
    widget = gtk_widget_get_parent (widget);

  return widget != NULL && gtk_widget_get_parent (widget) != NULL ? widget : child;
}

static void
child_show (GtkWidget *child, gboolean highlighted)
{
  GtkWidget *row = child_row (child);

  if (row != child)
    gtk_widget_remove_css_class (child, CLASS);
  if (highlighted)
    gtk_widget_add_css_class (row, CLASS);
  else
    gtk_widget_remove_css_class (row, CLASS);
}

/* Every bound child under @widget that shows a record. */
static void
walk (GtkWidget *widget, gint64 id)
{
  gint64 *shown = g_object_get_data (G_OBJECT (widget), CHILD_ID);

  if (shown != NULL)
    {
      child_show (widget, id != 0 && *shown == id);
      return;
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    walk (c, id);
}

static void
highlight_free (gpointer data)
{
  Highlight *highlight = data;

  g_clear_handle_id (&highlight->timeout, g_source_remove);
  g_free (highlight);
}

static gboolean
highlight_end_cb (gpointer data)
{
  Highlight *highlight = data;
  GtkWidget *list = highlight->list;

  highlight->timeout = 0;
  highlight->id = 0;
  walk (list, 0);

  return G_SOURCE_REMOVE;
}

/**
 * fh_highlight_record:
 * @list: a list or column view whose bind callback calls fh_highlight_bind()
 * @id: the record just added
 *
 * Highlights the row of @id for %FH_HIGHLIGHT_MSEC; a second call moves it.
 */
void
fh_highlight_record (GtkWidget *list, gint64 id)
{
  Highlight *highlight;

  g_return_if_fail (GTK_IS_WIDGET (list));

  highlight = g_object_get_data (G_OBJECT (list), HIGHLIGHT_ID);
  if (highlight == NULL)
    {
      highlight = g_new0 (Highlight, 1);
      highlight->list = list;
      g_object_set_data_full (G_OBJECT (list), HIGHLIGHT_ID, highlight, highlight_free);
    }

  g_clear_handle_id (&highlight->timeout, g_source_remove);
  highlight->id = id;
  highlight->timeout = g_timeout_add (FH_HIGHLIGHT_MSEC, highlight_end_cb, highlight);
  walk (list, id);
}

/**
 * fh_highlight_bind:
 * @list: the list or column view
 * @child: the widget a list item shows
 * @id: the record @child now shows
 *
 * Called from the bind callback, so that a recycled row shows the highlight only
 * while it shows the record.
 */
void
fh_highlight_bind (GtkWidget *list, GtkWidget *child, gint64 id)
{
  Highlight *highlight = g_object_get_data (G_OBJECT (list), HIGHLIGHT_ID);
  gint64    *shown = g_object_get_data (G_OBJECT (child), CHILD_ID);

  if (shown == NULL)
    {
      shown = g_new (gint64, 1);
      g_object_set_data_full (G_OBJECT (child), CHILD_ID, shown, g_free);
    }
  *shown = id;

  /* Before the row has a parent it cannot carry the class; the walk in
   * fh_highlight_record() reaches it once it has. */
  if (gtk_widget_get_parent (child) != NULL)
    child_show (child, highlight != NULL && highlight->id != 0 && highlight->id == id);
}

/* Whether the row showing @child is highlighted now. */
gboolean
fh_highlight_row_is_highlighted (GtkWidget *child)
{
  return gtk_widget_has_css_class (child_row (child), CLASS);
}
