/* test-discover.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fh-bench-plan.h"
#include "fh-data-source.h"
#include "fh-data-view.h"
#include "fh-discover-page.h"
#include "fh-edit.h"
#include "fh-gap.h"
#include "fh-glossary-term.h"
#include "fh-gaps-view.h"
#include "fh-metric.h"
#include "fh-people-view.h"
#include "fh-quadrant-chart.h"
#include "fh-role-skill.h"
#include "fh-store.h"
#include "fh-test-ui.h"
#include "fh-use-case.h"
#include "fh-use-cases-view.h"

typedef struct
{
  FhStore        *store;
  GtkWindow      *window;
  FhDiscoverPage *page;
  GPtrArray      *toasts;
} Fixture;

static void
toast_cb (FhDiscoverPage *page, AdwToast *toast, Fixture *f)
{
  g_ptr_array_add (f->toasts, g_object_ref (toast));
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->store = data != NULL ? fh_store_new_demo (NULL, &error) : fh_store_new_plan (NULL, &error);
  g_assert_no_error (error);
  f->toasts = g_ptr_array_new_with_free_func (g_object_unref);

  f->window = GTK_WINDOW (g_object_ref_sink (gtk_window_new ()));
  gtk_window_set_default_size (f->window, 1280, 720);
  f->page = FH_DISCOVER_PAGE (fh_discover_page_new ());
  g_object_ref (f->page);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  g_signal_connect (f->page, "add-toast", G_CALLBACK (toast_cb), f);
  g_object_set (f->page, "store", f->store, NULL);
  gtk_window_present (f->window);
  fh_test_wait_for (fh_test_is_mapped, f->window);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fh_test_window_close (f->window);
  g_assert_finalize_object (f->page);
  g_ptr_array_unref (f->toasts);
  g_assert_finalize_object (f->store);
}

static FhGapsView *
gaps_view (Fixture *f)
{
  return fh_test_template_child (f->page, FH_TYPE_DISCOVER_PAGE, "gaps_view");
}

static GListModel *
shown_gaps (Fixture *f)
{
  GtkColumnView *view = fh_test_template_child (gaps_view (f), FH_TYPE_GAPS_VIEW, "column_view");

  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static GtkWidget *
focus (Fixture *f)
{
  return gtk_window_get_focus (f->window);
}

static gboolean
focus_in (Fixture *f, GtkWidget *widget)
{
  GtkWidget *focused = focus (f);

  return focused != NULL && (focused == widget || gtk_widget_is_ancestor (focused, widget));
}

/* Typing: text goes into the entry's text widget, as key presses put it there. */
static void
type_text (Fixture *f, const char *text)
{
  GtkEditable *editable = GTK_EDITABLE (focus (f));
  int          position = gtk_editable_get_position (editable);

  g_assert_true (GTK_IS_TEXT (editable));
  gtk_editable_insert_text (editable, text, -1, &position);
}

/* Enter in a text field emits its "activate". */
static void
press_enter (Fixture *f)
{
  g_assert_true (GTK_IS_TEXT (focus (f)));
  g_signal_emit_by_name (focus (f), "activate");
  fh_test_drain ();
}

/* Tab and Shift+Tab move the focus as the window's focus chain says. */
static void
press_tab (Fixture *f, gboolean back)
{
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window),
                                         back ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD));
}

static FhGap *
stored_gap (Fixture *f, const char *title)
{
  GListModel *gaps = fh_store_get_model (f->store, FH_COLLECTION_GAPS);

  for (guint i = 0; i < g_list_model_get_n_items (gaps); i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);

      if (g_strcmp0 (fh_gap_get_title (gap), title) == 0)
        return gap;
    }

  return NULL;
}

/* Three gaps captured by keyboard: type, Enter; the second one gets a capability and
 * severity 5 by Tab, and Shift+Tab back to the entry. */
static void
test_capture_keyboard (Fixture *f, gconstpointer data)
{
  FhGapsView  *view = gaps_view (f);
  GtkWidget   *entry = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "entry");
  GtkDropDown *capability = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "capture_capability");
  GtkDropDown *severity = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "capture_severity");
  GtkLabel    *error_label = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "error_label");
  FhGap       *gap;

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->page)));
  g_assert_true (focus_in (f, entry));

  type_text (f, "Experiments are not tracked");
  press_enter (f);
  g_assert_true (focus_in (f, entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  type_text (f, "Nobody owns the model registry");
  press_tab (f, FALSE);
  g_assert_true (focus_in (f, GTK_WIDGET (capability)));
  /* The choice a drop-down's keyboard popover makes. */
  gtk_drop_down_set_selected (capability, 9);
  press_tab (f, FALSE);
  g_assert_true (focus_in (f, GTK_WIDGET (severity)));
  gtk_drop_down_set_selected (severity, 4);
  press_tab (f, TRUE);
  press_tab (f, TRUE);
  g_assert_true (focus_in (f, entry));
  press_enter (f);

  type_text (f, "<b>Tags</b> & ampersands stay text");
  press_enter (f);

  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_GAPS)),
                    ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (shown_gaps (f)), ==, 3);
  gap = stored_gap (f, "Nobody owns the model registry");
  g_assert_nonnull (gap);
  g_assert_cmpstr (fh_gap_get_capability (gap), ==, "registry");
  g_assert_cmpint (fh_gap_get_severity (gap), ==, 5);
  gap = stored_gap (f, "Experiments are not tracked");
  g_assert_cmpint (fh_gap_get_severity (gap), ==, 3);
  g_assert_cmpstr (fh_gap_get_capability (gap), ==, "");
  g_assert_nonnull (stored_gap (f, "<b>Tags</b> & ampersands stay text"));
  g_assert_cmpstr (fh_section_get_badge (FH_SECTION (f->page)), ==, "3");

  /* An empty title is refused at the field, with the reason, and nothing is added. */
  type_text (f, "   ");
  press_enter (f);
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_GAPS)),
                    ==, 3);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_text (error_label), !=, "");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
}

static gboolean
has_shortcut (GtkWidget *widget, const char *trigger, const char *action)
{
  for (guint i = 0;; i++)
    {
      g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (controller == NULL)
        return FALSE;
      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *t = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_autofree char *a = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));

          if (g_strcmp0 (t, trigger) == 0 && strstr (a, action) != NULL)
            return TRUE;
        }
    }
}

/* Dot voting with the selected gap; reset is one undo step; deleting shows a toast
 * whose Undo brings the gap back. */
static void
test_vote_and_undo (Fixture *f, gconstpointer data)
{
  FhGapsView         *view = gaps_view (f);
  GtkColumnView      *column_view = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "column_view");
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (column_view));
  g_autoptr (GError) error = NULL;
  FhGap *gap;
  gint64 id;
  guint  n_gaps = g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_GAPS));
  int    total = 0;

  g_assert_true (has_shortcut (GTK_WIDGET (column_view), "plus", "gaps.vote-up"));
  g_assert_true (has_shortcut (GTK_WIDGET (column_view), "minus", "gaps.vote-down"));

  gtk_single_selection_set_selected (selection, 0);
  gap = gtk_single_selection_get_selected_item (selection);
  id = fh_gap_get_id (gap);
  {
    int before = fh_gap_get_votes (gap);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (column_view), "gaps.vote-up", NULL));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (column_view), "gaps.vote-up", NULL));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (column_view), "gaps.vote-down", NULL));
    fh_test_drain ();
    gap = fh_store_lookup (f->store, FH_COLLECTION_GAPS, id);
    g_assert_cmpint (fh_gap_get_votes (gap), ==, before + 1);
    /* The selection follows the gap through the updates. */
    g_assert_cmpint (fh_gap_get_id (gtk_single_selection_get_selected_item (selection)), ==, id);
  }

  /* Sort by votes: most first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gaps.sort-votes", NULL));
  for (guint i = 0; i + 1 < g_list_model_get_n_items (shown_gaps (f)); i++)
    {
      g_autoptr (FhGap) a = g_list_model_get_item (shown_gaps (f), i);
      g_autoptr (FhGap) b = g_list_model_get_item (shown_gaps (f), i + 1);

      g_assert_cmpint (fh_gap_get_votes (a), >=, fh_gap_get_votes (b));
      total += fh_gap_get_votes (a);
    }
  g_assert_cmpint (total, >, 0);

  /* Reset votes asks first: Cancel keeps every vote. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gaps.reset-votes", NULL));
  fh_test_answer_confirmation ("Reset Every Vote?", "cancel");
  g_assert_cmpint (fh_gap_get_votes (fh_store_lookup (f->store, FH_COLLECTION_GAPS, id)), >, 0);

  /* Reset votes, then one undo brings every vote back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gaps.reset-votes", NULL));
  fh_test_answer_confirmation ("Reset Every Vote?", "confirm");
  for (guint i = 0; i < n_gaps; i++)
    {
      g_autoptr (FhGap) g =
        g_list_model_get_item (fh_store_get_model (f->store, FH_COLLECTION_GAPS), i);

      g_assert_cmpint (fh_gap_get_votes (g), ==, 0);
    }
  g_assert_true (fh_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fh_gap_get_votes (fh_store_lookup (f->store, FH_COLLECTION_GAPS, id)), >, 0);

  /* Delete the selected gap: a toast with Undo. */
  gtk_single_selection_set_selected (selection, 0);
  id = fh_gap_get_id (gtk_single_selection_get_selected_item (selection));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (column_view), "gaps.delete", NULL));
  g_assert_null (fh_store_lookup (f->store, FH_COLLECTION_GAPS, id));
  g_assert_cmpuint (f->toasts->len, >=, 2);
  g_assert_cmpstr (adw_toast_get_action_name (g_ptr_array_index (f->toasts, f->toasts->len - 1)),
                   ==, "win.undo");
  g_assert_true (fh_store_undo (f->store, &error));
  g_assert_nonnull (fh_store_lookup (f->store, FH_COLLECTION_GAPS, id));
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_GAPS)),
                    ==, n_gaps);
}

typedef struct
{
  Fixture *f;
  guint    n;
} ShownQuery;

static gboolean
n_shown_is (gpointer data)
{
  ShownQuery *q = data;

  return g_list_model_get_n_items (shown_gaps (q->f)) == q->n;
}

/* The search entry reports a change after a short pause, as typing does. */
static void
wait_shown (Fixture *f, guint n)
{
  ShownQuery q = { f, n };

  fh_test_wait_for (n_shown_is, &q);
}

static gboolean
n_shown_is_not_all (gpointer data)
{
  Fixture *f = data;

  return g_list_model_get_n_items (shown_gaps (f)) <
         g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_GAPS));
}

/* Search and the three filters narrow the list; no match says so. */
static void
test_filter (Fixture *f, gconstpointer data)
{
  FhGapsView  *view = gaps_view (f);
  GtkEditable *search = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "search_entry");
  GtkDropDown *status = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "filter_status");
  GtkDropDown *kind = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "filter_kind");
  GtkDropDown *capability = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "filter_capability");
  GtkStack    *stack = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "stack");
  guint        n_all = g_list_model_get_n_items (shown_gaps (f));
  guint        n;

  g_assert_cmpuint (n_all, ==,
                    g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_GAPS)));

  gtk_drop_down_set_selected (status, 3); /* closed */
  n = g_list_model_get_n_items (shown_gaps (f));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, n_all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (shown_gaps (f), i);

      g_assert_cmpint (fh_gap_get_status (gap), ==, FH_GAP_STATUS_CLOSED);
    }
  gtk_drop_down_set_selected (status, 0);

  gtk_drop_down_set_selected (kind, 2); /* people */
  n = g_list_model_get_n_items (shown_gaps (f));
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (shown_gaps (f), i);

      g_assert_cmpint (fh_gap_get_kind (gap), ==, FH_GAP_KIND_PEOPLE);
    }
  gtk_drop_down_set_selected (kind, 0);

  gtk_drop_down_set_selected (capability, 1); /* the first capability of the catalog */
  n = g_list_model_get_n_items (shown_gaps (f));
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (shown_gaps (f), i);

      g_assert_cmpstr (fh_gap_get_capability (gap), ==, "business-alignment");
    }
  gtk_drop_down_set_selected (capability, 0);

  gtk_editable_set_text (search, "LAPTOPS");
  wait_shown (f, 1);
  gtk_editable_set_text (search, "no gap says this");
  wait_shown (f, 0);
  fh_test_drain ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-match");
  gtk_editable_set_text (search, "");
  wait_shown (f, n_all);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
}

static GtkWidget *
find_entry_with_text (GtkWidget *widget, const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_ENTRY (c) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (c)), text) == 0)
        return c;
      found = find_entry_with_text (c, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_with_class (GtkWidget *widget, const char *css_class)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (c, css_class))
        return c;
      found = find_with_class (c, css_class);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkLabel *
visible_error_below (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (c) && gtk_widget_has_css_class (c, "error") && gtk_widget_get_visible (c))
        return GTK_LABEL (c);
      found = visible_error_below (c);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Use cases: selecting shows the scores; bad numbers are refused at the field; the
 * chart's hit-test selects. */
static void
test_use_cases (Fixture *f, gconstpointer data)
{
  FhUseCasesView *view = fh_test_template_child (f->page, FH_TYPE_DISCOVER_PAGE, "use_cases_view");
  GtkLabel       *score = fh_test_template_child (view, FH_TYPE_USE_CASES_VIEW, "score_label");
  GtkWidget      *kpi = fh_test_template_child (view, FH_TYPE_USE_CASES_VIEW, "kpi_label");
  GtkWidget      *detail = fh_test_template_child (view, FH_TYPE_USE_CASES_VIEW, "detail_stack");
  FhUseCase      *use_case;
  GtkWidget      *entry;
  GtkLabel       *error;

  fh_discover_page_set_tab (f->page, "use-cases");
  fh_use_cases_view_select (view, 1);
  fh_test_drain ();
  g_assert_cmpstr (gtk_label_get_text (score), ==,
                   "Priority 7.5 · Quick win · RICE 27000 · WSJF 3.2");
  g_assert_false (gtk_widget_get_visible (kpi));

  /* The business impact answer (3) is written out whole under its drop-down, and
   * follows a change and its undo. */
  {
    GtkWidget *impact = find_with_class (detail, "score-answer");
    GtkWidget *meaning;

    g_assert_true (GTK_IS_DROP_DOWN (impact));
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (impact)), ==, 3);
    meaning = gtk_widget_get_next_sibling (impact);
    g_assert_true (GTK_IS_LABEL (meaning));
    g_assert_true (gtk_widget_has_css_class (meaning, "choice-meaning"));
    g_assert_true (gtk_label_get_wrap (GTK_LABEL (meaning)));
    g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (meaning)), ==, PANGO_ELLIPSIZE_NONE);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (meaning)), ==,
                     "Value estimated and an owner commits to the target");

    gtk_drop_down_set_selected (GTK_DROP_DOWN (impact), 1);
    fh_test_drain ();
    use_case = fh_store_lookup (f->store, FH_COLLECTION_USE_CASES, 1);
    g_assert_cmpint (fh_use_case_get_impact (use_case), ==, 1);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (meaning)), ==, "KPI named, no baseline");

    g_assert_true (fh_store_undo (f->store, NULL));
    fh_test_drain ();
    impact = find_with_class (detail, "score-answer");
    meaning = gtk_widget_get_next_sibling (impact);
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (impact)), ==, 3);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (meaning)), ==,
                     "Value estimated and an owner commits to the target");
    g_assert_cmpstr (gtk_label_get_text (score), ==,
                     "Priority 7.5 · Quick win · RICE 27000 · WSJF 3.2");
  }

  /* Effort 16: text in a number field is refused, with the reason under it. */
  entry = find_entry_with_text (detail, "16");
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "sixteen");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  error = visible_error_below (detail);
  g_assert_nonnull (error);
  use_case = fh_store_lookup (f->store, FH_COLLECTION_USE_CASES, 1);
  g_assert_cmpint (fh_use_case_get_effort (use_case), ==, 16);

  /* Out of range: the store's sentence. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "99999");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  g_assert_nonnull (visible_error_below (detail));
  g_assert_cmpint (fh_use_case_get_effort (use_case), ==, 16);

  gtk_editable_set_text (GTK_EDITABLE (entry), "32");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  g_assert_null (visible_error_below (detail));
  g_assert_cmpint (fh_use_case_get_effort (use_case), ==, 32);
  g_assert_cmpstr (gtk_label_get_text (score), ==,
                   "Priority 7.5 · Quick win · RICE 13500 · WSJF 3.2");

  /* The chart: a click where use case 5's dot is drawn selects it. */
  {
    GtkToggleButton *chart_button =
      fh_test_template_child (view, FH_TYPE_USE_CASES_VIEW, "chart_button");
    FhQuadrantChart *chart = fh_test_template_child (view, FH_TYPE_USE_CASES_VIEW, "chart");
    int              w, h;
    gint64           hit = 0;

    gtk_toggle_button_set_active (chart_button, TRUE);
    fh_test_wait_for (fh_test_is_mapped, chart);
    /* Draw once, as a frame would, so that the chart knows where its dots are. */
    {
      GdkPaintable  *paintable = gtk_widget_paintable_new (GTK_WIDGET (chart));
      GtkSnapshot   *snapshot = gtk_snapshot_new ();
      GskRenderNode *node;

      fh_test_wait_for (fh_test_has_width, chart);
      w = gtk_widget_get_width (GTK_WIDGET (chart));
      h = gtk_widget_get_height (GTK_WIDGET (chart));
      gdk_paintable_snapshot (paintable, snapshot, w, h);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node != NULL)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
          cairo_t         *cr = cairo_create (surface);

          gsk_render_node_draw (node, cr);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
          gsk_render_node_unref (node);
        }
      g_object_unref (paintable);
    }

    for (int y = 0; y < h && hit == 0; y += 2)
      for (int x = 0; x < w && hit == 0; x += 2)
        if (fh_quadrant_chart_hit (chart, x, y) == 5)
          {
            hit = 5;
            g_signal_emit_by_name (chart, "use-case-selected", (gint64)5);
          }
    g_assert_cmpint (hit, ==, 5);
    g_assert_cmpint (fh_use_cases_view_get_selected (view), ==, 5);
    g_assert_cmpint (fh_quadrant_chart_get_selected (chart), ==, 5);
  }

  /* A use case whose only metric is a proxy is flagged. */
  {
    g_autoptr (GError) err = NULL;
    FhMetric *kpi_metric = fh_store_lookup (f->store, FH_COLLECTION_METRICS, 9);

    g_assert_true (
      fh_store_set (f->store, kpi_metric, &err, "kind", FH_METRIC_KIND_ML_PROXY, NULL));
    fh_test_drain ();
    g_assert_true (gtk_widget_get_visible (kpi));
  }
}

/* A skill shortfall becomes a people gap in one action. */
static void
test_shortfall_gap (Fixture *f, gconstpointer data)
{
  FhPeopleView  *view = fh_test_template_child (f->page, FH_TYPE_DISCOVER_PAGE, "people_view");
  GtkListBox    *shortfalls = fh_test_template_child (view, FH_TYPE_PEOPLE_VIEW, "shortfalls");
  GtkListBoxRow *row;
  GtkWidget     *button;
  guint n_gaps = g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_GAPS));
  g_autoptr (FhGap) added = NULL;

  fh_discover_page_set_tab (f->page, "people");
  fh_test_drain ();
  row = gtk_list_box_get_row_at_index (shortfalls, 0);
  g_assert_nonnull (row);
  button = gtk_widget_get_last_child (gtk_list_box_row_get_child (row));
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
  fh_test_drain ();

  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_GAPS)),
                    ==, n_gaps + 1);
  added = g_list_model_get_item (fh_store_get_model (f->store, FH_COLLECTION_GAPS), n_gaps);
  g_assert_cmpint (fh_gap_get_kind (added), ==, FH_GAP_KIND_PEOPLE);
  g_assert_cmpstr (fh_gap_get_capability (added), ==, "people-skills");
  /* The largest shortfall of the demo plan is 3 levels: severity 4. */
  g_assert_cmpint (fh_gap_get_severity (added), ==, 4);

  /* The same shortfall cannot be recorded twice. */
  row = gtk_list_box_get_row_at_index (shortfalls, 0);
  button = gtk_widget_get_last_child (gtk_list_box_row_get_child (row));
  g_assert_false (gtk_widget_get_sensitive (button));
}

/* The roles × skills matrix of the demo plan (six skills) fits beside the sidebar at
 * 1280 pixels: skill names wrap under their column, the full name in the tooltip. */
static void
test_matrix_width (Fixture *f, gconstpointer data)
{
  FhPeopleView *view = fh_test_template_child (f->page, FH_TYPE_DISCOVER_PAGE, "people_view");
  GtkGrid      *matrix = fh_test_template_child (view, FH_TYPE_PEOPLE_VIEW, "matrix");
  GtkWidget    *header, *name;
  int           min_width, matrix_min, matrix_nat;

  fh_discover_page_set_tab (f->page, "people");
  fh_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_SKILLS)),
                    ==, 6);

  /* The whole matrix, shown without scrolling, is within 1040 pixels... */
  gtk_widget_measure (GTK_WIDGET (matrix), GTK_ORIENTATION_HORIZONTAL, -1, &matrix_min, &matrix_nat,
                      NULL, NULL);
  g_test_message ("skills matrix: minimum %d px, natural %d px", matrix_min, matrix_nat);
  g_assert_cmpint (matrix_min, <=, 1040 - 36);
  g_assert_cmpint (matrix_nat, <=, 1040 - 60);
  /* ...and so are the People tab and the whole Discover page. */
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL,
                      NULL);
  g_assert_cmpint (min_width, <=, 1040);
  gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL,
                      NULL);
  g_assert_cmpint (min_width, <=, 1040);

  /* "Experiment tracking" heads the first skill column; its name says it whole in the
   * tooltip. */
  header = gtk_grid_get_child_at (matrix, 1, 0);
  g_assert_nonnull (header);
  name = gtk_widget_get_first_child (header);
  g_assert_true (GTK_IS_EDITABLE_LABEL (name));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Experiment tracking");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (name), "Experiment tracking"));
}

static GtkLabel *
label_showing (GtkWidget *widget, const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (c) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (c)), text) == 0)
        return GTK_LABEL (c);
      found = label_showing (c, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The row of the list view @list that shows @text. */
static GtkWidget *
row_showing (GtkWidget *list, const char *text)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (label_showing (row, text) != NULL)
      return row;

  return NULL;
}

/* Changes keep the keyboard focus and the selection where they were: a toggled
 * "Needed by" check, a use-case row while metrics change, a level in the skills
 * matrix. */
static void
test_keep_focus (Fixture *f, gconstpointer data)
{
  FhDataView     *data_view = fh_test_template_child (f->page, FH_TYPE_DISCOVER_PAGE, "data_view");
  FhUseCasesView *use_cases =
    fh_test_template_child (f->page, FH_TYPE_DISCOVER_PAGE, "use_cases_view");
  FhPeopleView *people = fh_test_template_child (f->page, FH_TYPE_DISCOVER_PAGE, "people_view");
  GtkListView  *sources = fh_test_template_child (data_view, FH_TYPE_DATA_VIEW, "list");
  GtkSelectionModel *source_selection = gtk_list_view_get_model (sources);
  GtkWidget         *needed = fh_test_template_child (data_view, FH_TYPE_DATA_VIEW, "needed_list");
  GtkListView *use_case_list = fh_test_template_child (use_cases, FH_TYPE_USE_CASES_VIEW, "list");
  GtkSelectionModel *use_case_selection = gtk_list_view_get_model (use_case_list);
  GtkGrid           *matrix = fh_test_template_child (people, FH_TYPE_PEOPLE_VIEW, "matrix");
  GtkWidget         *use_case_row;
  GtkWidget         *check, *drop_down;
  gboolean           was_active;
  g_autoptr (FhMetric) metric = NULL;
  g_autoptr (GError) error = NULL;
  guint n_links;
  guint level;

  /* Data: toggle the second "Needed by" check by keyboard. */
  fh_discover_page_set_tab (f->page, "data");
  fh_test_drain ();
  gtk_selection_model_select_item (source_selection, 0, TRUE);
  fh_test_drain ();
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (source_selection)), ==,
                    0);
  {
    g_autoptr (FhUseCase) second =
      g_list_model_get_item (fh_store_get_model (f->store, FH_COLLECTION_USE_CASES), 1);
    GtkWidget *row = row_showing (GTK_WIDGET (needed), fh_use_case_get_title (second));

    g_assert_nonnull (row);
    check = gtk_widget_get_first_child (row);
  }
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  g_assert_true (gtk_widget_grab_focus (check));
  was_active = gtk_check_button_get_active (GTK_CHECK_BUTTON (check));
  n_links =
    g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_SOURCE_USE_CASES));
  gtk_widget_activate (check);
  fh_test_drain ();
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_SOURCE_USE_CASES)), ==,
    was_active ? n_links - 1 : n_links + 1);
  g_assert_true (focus (f) == check);
  g_assert_true (gtk_widget_is_ancestor (check, GTK_WIDGET (needed)));
  g_assert_cmpint (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)), ==, !was_active);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (source_selection)), ==,
                    0);
  /* Undo restores the check, still in place and focused. */
  g_assert_true (fh_store_undo (f->store, NULL));
  fh_test_drain ();
  g_assert_cmpint (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)), ==, was_active);
  g_assert_true (focus (f) == check);

  /* Use cases: a metric added elsewhere (here: straight to the store) leaves the
   * focused, selected row as it was. */
  fh_discover_page_set_tab (f->page, "use-cases");
  fh_test_drain ();
  gtk_selection_model_select_item (use_case_selection, 1, TRUE);
  {
    g_autoptr (FhUseCase) second = g_list_model_get_item (G_LIST_MODEL (use_case_selection), 1);

    use_case_row = row_showing (GTK_WIDGET (use_case_list), fh_use_case_get_title (second));
    g_assert_cmpint (fh_use_cases_view_get_selected (use_cases), ==, fh_use_case_get_id (second));
  }
  g_assert_nonnull (use_case_row);
  g_assert_true (gtk_widget_grab_focus (use_case_row));
  fh_test_drain ();
  metric = fh_metric_new (fh_use_cases_view_get_selected (use_cases), "Focus check");
  g_assert_true (fh_store_add (f->store, metric, &error));
  g_assert_no_error (error);
  fh_test_drain ();
  g_assert_true (gtk_widget_get_parent (use_case_row) == GTK_WIDGET (use_case_list));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (use_case_selection)),
                    ==, 1);
  g_assert_true (focus (f) == use_case_row);

  /* People: change the first "level needed" of the matrix; the rebuilt matrix gives
   * the focus to the same cell's drop-down. */
  fh_discover_page_set_tab (f->page, "people");
  fh_test_drain ();
  drop_down = gtk_widget_get_last_child (gtk_grid_get_child_at (matrix, 1, 1));
  g_assert_true (GTK_IS_DROP_DOWN (drop_down));
  g_assert_true (gtk_widget_grab_focus (drop_down));
  level = gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), level == 4 ? 3 : level + 1);
  fh_test_drain ();
  drop_down = gtk_widget_get_last_child (gtk_grid_get_child_at (matrix, 1, 1));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down)), ==,
                    level == 4 ? 3 : level + 1);
  g_assert_true (gtk_widget_is_ancestor (focus (f), drop_down) || focus (f) == drop_down);
}

static void
collect_tooltips (GtkWidget *widget, GPtrArray *tooltips)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (tooltip != NULL)
    g_ptr_array_add (tooltips, (gpointer)tooltip);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_tooltips (child, tooltips);
}

/* Every gap shows the items that close it: the roadmap count's tooltip names them. */
static void
test_closing_items (Fixture *f, gconstpointer data)
{
  GtkWidget *view = fh_test_template_child (gaps_view (f), FH_TYPE_GAPS_VIEW, "column_view");
  g_autoptr (GPtrArray) tooltips = g_ptr_array_new ();
  gboolean closed = FALSE, open = FALSE;

  fh_test_drain ();
  collect_tooltips (view, tooltips);
  for (guint i = 0; i < tooltips->len; i++)
    {
      const char *text = tooltips->pdata[i];

      closed |= g_str_equal (text, "Closed by this roadmap item:\n"
                                   "• Baselines, targets and one scoring method for use cases");
      open |= g_str_equal (text, "No roadmap item closes this gap yet");
    }

  g_assert_true (closed); /* gap 1 */
  g_assert_true (open);   /* gap 3 */
}

/* Organisation size ------------------------------------------------------- */

#define LARGE_GAPS    10000
#define LARGE_RECORDS 2000
/* A list view keeps the rows on screen and a few hundred around them. */
#define LARGE_ROWS 400

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    n += count_widgets (c);

  return n;
}

/* The rows a list holds: a list view's or a list box's children. */
static guint
count_rows (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_LIST_VIEW (widget) || GTK_IS_LIST_BOX (widget))
    {
      for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
           c = gtk_widget_get_next_sibling (c))
        n++;
      return n;
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    n += count_rows (c);

  return n;
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

/* Lets the window lay out and draw what a frame shows. */
typedef struct
{
  GdkFrameClock *clock;
  gint64         frame;
} FrameQuery;

static gboolean
frame_reached (gpointer data)
{
  FrameQuery *q = data;

  return gdk_frame_clock_get_frame_counter (q->clock) >= q->frame;
}

static void
settle (Fixture *f)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  FrameQuery     q = { clock, gdk_frame_clock_get_frame_counter (clock) + 2 };

  fh_test_wait_for (frame_reached, &q);
  fh_test_drain ();
}

/* 10,000 gaps and 2,000 use cases, data sources and glossary terms, as a large
 * organisation's plan holds them. */
static void
large_set_up (Fixture *f, gconstpointer data)
{
  FhBenchSize size;
  g_autoptr (GError) error = NULL;
  g_autoptr (FhEdit) edit = fh_edit_new ("large");
  gint64 start;

  fh_bench_size_init_default (&size);
  size.n_gaps = LARGE_GAPS;
  size.n_items = 20;
  size.n_options = 2;
  size.n_assessments = 1;
  f->store = fh_bench_generate_plan (NULL, &size, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < LARGE_RECORDS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Use case %u", i + 1);
      g_autofree char *name = g_strdup_printf ("Data source %u", i + 1);
      g_autofree char *term = g_strdup_printf ("Term %u", i + 1);
      g_autoptr (FhUseCase) use_case = fh_use_case_new (title);
      g_autoptr (FhDataSource) source = fh_data_source_new (name);
      g_autoptr (FhGlossaryTerm) glossary = fh_glossary_term_new (term, "What it means");

      fh_edit_add (edit, use_case);
      fh_edit_add (edit, source);
      fh_edit_add (edit, glossary);
    }
  g_assert_true (fh_store_apply_edit (f->store, edit, &error));
  g_assert_no_error (error);
  f->toasts = g_ptr_array_new_with_free_func (g_object_unref);

  start = g_get_monotonic_time ();
  f->window = GTK_WINDOW (g_object_ref_sink (gtk_window_new ()));
  gtk_window_set_default_size (f->window, 1280, 720);
  f->page = FH_DISCOVER_PAGE (fh_discover_page_new ());
  g_object_ref (f->page);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  g_signal_connect (f->page, "add-toast", G_CALLBACK (toast_cb), f);
  g_object_set (f->page, "store", f->store, NULL);
  gtk_window_present (f->window);
  fh_test_wait_mapped (f->window);
  settle (f);
  g_test_message ("discover page on %u gaps: built and shown in %.0f ms", LARGE_GAPS,
                  elapsed_ms (start));
}

/* Every tab shows a large plan with the rows a screen holds, not a widget per
 * record; capture, voting and search stay where the user is. */
static void
test_large_plan (Fixture *f, gconstpointer data)
{
  FhGapsView     *view = gaps_view (f);
  GtkWidget      *column_view = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "column_view");
  GtkWidget      *entry = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "entry");
  GtkEditable    *search = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "search_entry");
  GtkDropDown    *status = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "filter_status");
  FhUseCasesView *use_cases =
    fh_test_template_child (f->page, FH_TYPE_DISCOVER_PAGE, "use_cases_view");
  FhDataView   *data_view = fh_test_template_child (f->page, FH_TYPE_DISCOVER_PAGE, "data_view");
  FhPeopleView *people = fh_test_template_child (f->page, FH_TYPE_DISCOVER_PAGE, "people_view");
  GtkSingleSelection *selection =
    GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
  guint      n_rows;
  gint64     start, id;
  GtkWidget *row;
  FhGap     *gap;

  g_assert_cmpuint (g_list_model_get_n_items (shown_gaps (f)), ==, LARGE_GAPS);
  n_rows = count_rows (column_view);
  g_test_message ("gaps list: %u rows, %u widgets for %u gaps", n_rows, count_widgets (column_view),
                  LARGE_GAPS);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_rows, <, LARGE_ROWS);

  /* Type a gap and Enter: the entry keeps the focus, the new gap is in the list. */
  g_assert_true (gtk_widget_grab_focus (entry));
  type_text (f, "Nobody reviews the feature store");
  start = g_get_monotonic_time ();
  press_enter (f);
  settle (f);
  g_test_message ("gap captured in %.1f ms", elapsed_ms (start));
  g_assert_true (focus_in (f, entry));
  g_assert_cmpuint (g_list_model_get_n_items (shown_gaps (f)), ==, LARGE_GAPS + 1);
  g_assert_cmpstr (fh_section_get_badge (FH_SECTION (f->page)), !=, NULL);
  /* The new gap is selected and scrolled into view, at the end of the list. */
  g_assert_cmpstr (fh_gap_get_title (gtk_single_selection_get_selected_item (selection)), ==,
                   "Nobody reviews the feature store");
  {
    GtkWidget *list = NULL;

    for (GtkWidget *c = gtk_widget_get_first_child (column_view); c != NULL;
         c = gtk_widget_get_next_sibling (c))
      if (GTK_IS_LIST_VIEW (c))
        list = c;
    g_assert_nonnull (list);
    row = row_showing (list, "Nobody reviews the feature store");
    g_assert_nonnull (row);
  }

  /* Its title is edited in place: Enter on the cell, type, Enter. */
  {
    GtkWidget *cell = find_with_class (row, "text-cell");
    GtkWidget *text;
    g_autoptr (GListModel) controllers = NULL;
    gboolean handled = FALSE;

    g_assert_nonnull (cell);
    g_assert_true (gtk_widget_grab_focus (cell));
    controllers = gtk_widget_observe_controllers (cell);
    for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
      {
        g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
      }
    g_assert_true (handled);
    text = gtk_widget_get_last_child (cell);
    g_assert_true (GTK_IS_TEXT (text));
    g_assert_true (focus (f) == text);
    gtk_editable_set_text (GTK_EDITABLE (text), "Nobody reviews the feature store yet");
    g_signal_emit_by_name (text, "activate");
    settle (f);
    g_assert_nonnull (stored_gap (f, "Nobody reviews the feature store yet"));
    g_assert_cmpstr (fh_gap_get_title (gtk_single_selection_get_selected_item (selection)), ==,
                     "Nobody reviews the feature store yet");
    g_assert_false (GTK_IS_TEXT (gtk_widget_get_last_child (cell)));
    g_assert_true (focus (f) == cell);
  }
  gtk_widget_grab_focus (entry);

  /* The next gaps come in at the end, where the list already is. */
  gtk_widget_grab_focus (entry);
  type_text (f, "Nobody owns the labelling budget");
  start = g_get_monotonic_time ();
  press_enter (f);
  settle (f);
  g_test_message ("next gap captured in %.1f ms", elapsed_ms (start));
  g_assert_true (focus_in (f, entry));
  g_assert_cmpstr (fh_gap_get_title (gtk_single_selection_get_selected_item (selection)), ==,
                   "Nobody owns the labelling budget");

  /* Vote on a selected gap: it stays selected. */
  gtk_single_selection_set_selected (selection, 5000);
  gap = gtk_single_selection_get_selected_item (selection);
  id = fh_gap_get_id (gap);
  start = g_get_monotonic_time ();
  g_assert_true (gtk_widget_activate_action (column_view, "gaps.vote-up", NULL));
  settle (f);
  g_test_message ("vote in %.1f ms", elapsed_ms (start));
  start = g_get_monotonic_time ();
  g_assert_true (gtk_widget_activate_action (column_view, "gaps.vote-up", NULL));
  settle (f);
  g_test_message ("next vote in %.1f ms", elapsed_ms (start));
  g_assert_cmpint (fh_gap_get_id (gtk_single_selection_get_selected_item (selection)), ==, id);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 5000);

  /* Search and filter. */
  start = g_get_monotonic_time ();
  gtk_editable_set_text (search, "feature store");
  fh_test_wait_for (n_shown_is_not_all, f);
  settle (f);
  g_test_message ("search in %.1f ms (including the search entry's pause)", elapsed_ms (start));
  g_assert_cmpuint (g_list_model_get_n_items (shown_gaps (f)), >=, 1);
  gtk_editable_set_text (search, "");
  wait_shown (f, LARGE_GAPS + 2);
  start = g_get_monotonic_time ();
  gtk_drop_down_set_selected (status, 3); /* closed */
  settle (f);
  g_test_message ("status filter in %.1f ms", elapsed_ms (start));
  g_assert_cmpuint (g_list_model_get_n_items (shown_gaps (f)), <, LARGE_GAPS);
  gtk_drop_down_set_selected (status, 0);
  g_assert_cmpuint (count_rows (column_view), <, LARGE_ROWS);

  /* Use cases, data sources, glossary: bounded too. */
  start = g_get_monotonic_time ();
  fh_discover_page_set_tab (f->page, "use-cases");
  settle (f);
  g_test_message ("use cases tab shown in %.1f ms", elapsed_ms (start));
  n_rows = count_rows (fh_test_template_child (use_cases, FH_TYPE_USE_CASES_VIEW, "list"));
  g_test_message ("use case list: %u rows for %u use cases", n_rows, LARGE_RECORDS);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_rows, <, LARGE_ROWS);
  fh_use_cases_view_select (use_cases, fh_use_cases_view_get_selected (use_cases));

  start = g_get_monotonic_time ();
  fh_discover_page_set_tab (f->page, "data");
  settle (f);
  g_test_message ("data tab shown in %.1f ms", elapsed_ms (start));
  n_rows = count_rows (fh_test_template_child (data_view, FH_TYPE_DATA_VIEW, "list"));
  g_test_message ("data source list: %u rows for %u sources", n_rows, LARGE_RECORDS);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_rows, <, LARGE_ROWS);

  start = g_get_monotonic_time ();
  fh_discover_page_set_tab (f->page, "people");
  settle (f);
  g_test_message ("people tab shown in %.1f ms", elapsed_ms (start));
  n_rows = count_rows (fh_test_template_child (people, FH_TYPE_PEOPLE_VIEW, "glossary_list"));
  g_test_message ("glossary: %u rows for %u terms", n_rows, LARGE_RECORDS);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_rows, <, LARGE_ROWS);
}

int
main (int argc, char *argv[])
{
  fh_test_ui_init (&argc, &argv);

  g_test_add ("/foothold/discover/capture-keyboard", Fixture, NULL, fixture_set_up,
              test_capture_keyboard, fixture_tear_down);
  g_test_add ("/foothold/discover/vote-and-undo", Fixture, "demo", fixture_set_up,
              test_vote_and_undo, fixture_tear_down);
  g_test_add ("/foothold/discover/filter", Fixture, "demo", fixture_set_up, test_filter,
              fixture_tear_down);
  g_test_add ("/foothold/discover/use-cases", Fixture, "demo", fixture_set_up, test_use_cases,
              fixture_tear_down);
  g_test_add ("/foothold/discover/shortfall-gap", Fixture, "demo", fixture_set_up,
              test_shortfall_gap, fixture_tear_down);
  g_test_add ("/foothold/discover/closing-items", Fixture, "demo", fixture_set_up,
              test_closing_items, fixture_tear_down);
  g_test_add ("/foothold/discover/matrix-width", Fixture, "demo", fixture_set_up, test_matrix_width,
              fixture_tear_down);
  g_test_add ("/foothold/discover/keep-focus", Fixture, "demo", fixture_set_up, test_keep_focus,
              fixture_tear_down);
  g_test_add ("/foothold/discover/large-plan", Fixture, NULL, large_set_up, test_large_plan,
              fixture_tear_down);

  return g_test_run ();
}
