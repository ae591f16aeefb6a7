/* test-roadmap.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bench/fh-bench-plan.h"
#include "fh-draft.h"
#include "fh-item-editor.h"
#include "fh-roadmap-item.h"
#include "fh-roadmap-page.h"
#include "fh-rules.h"
#include "fh-store.h"
#include "fh-test-ui.h"
#include "fh-timeline.h"

/* Presses a key on the timeline through its own key controller. */
static gboolean
press (GtkWidget *timeline, guint keyval, GdkModifierType state)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (timeline);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }

  return handled;
}

static void
test_roadmap_keyboard_move (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  GtkWidget       *window = g_object_ref_sink (gtk_window_new ());
  GtkWidget       *page = fh_roadmap_page_new ();
  GtkWidget       *timeline;
  FhRoadmapItem   *item;
  g_autofree char *badge = NULL;
  int              start;

  g_assert_no_error (error);
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *)&page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_set_child (GTK_WINDOW (window), page);
  g_object_set (page, "store", store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  fh_test_wait_mapped (page);

  /* The demo roadmap: one warning, no error, so no badge. */
  g_assert_cmpuint (fh_roadmap_page_get_findings (FH_ROADMAP_PAGE (page))->len, ==, 1);
  g_object_get (page, "badge", &badge, NULL);
  g_assert_cmpstr (badge, ==, "");

  timeline = fh_roadmap_page_get_timeline (FH_ROADMAP_PAGE (page));
  g_assert_cmpuint (fh_timeline_get_n_lanes (FH_TIMELINE (timeline)), ==, 14);

  /* Down selects the first bar; select item 3 as a click would. */
  g_assert_true (press (timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (fh_timeline_get_selected (FH_TIMELINE (timeline)), !=, 0);
  fh_timeline_set_selected (FH_TIMELINE (timeline), 3);
  item = fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3);
  start = fh_roadmap_item_get_start_quarter (item);

  g_assert_true (press (timeline, GDK_KEY_Right, 0));
  item = fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3);
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (item), ==, start + 1);
  g_assert_cmpint (fh_timeline_get_selected (FH_TIMELINE (timeline)), ==, 3);

  /* Experiment tracking now ends when the registry starts: an error, and a badge. */
  g_clear_pointer (&badge, g_free);
  g_object_get (page, "badge", &badge, NULL);
  g_assert_cmpstr (badge, ==, "1");

  g_assert_true (press (timeline, GDK_KEY_Right, GDK_SHIFT_MASK));
  item = fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3);
  g_assert_cmpint (fh_roadmap_item_get_duration (item), ==, 2);

  /* Each move was one undo step. */
  g_assert_true (fh_store_undo (store, &error));
  item = fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3);
  g_assert_cmpint (fh_roadmap_item_get_duration (item), ==, 1);
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (item), ==, start + 1);
  g_assert_true (fh_store_undo (store, &error));
  item = fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3);
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (item), ==, start);
  g_clear_pointer (&badge, g_free);
  g_object_get (page, "badge", &badge, NULL);
  g_assert_cmpstr (badge, ==, "");

  fh_test_window_close (GTK_WINDOW (window));
  fh_test_drain ();
  g_assert_null (page);
}

static GtkWidget *
find_type (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_roadmap_draft_preview (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autoptr (GPtrArray) draft = NULL;
  GtkWidget   *window = g_object_ref_sink (gtk_window_new ());
  GtkWidget   *page = g_object_ref_sink (fh_roadmap_page_new ());
  GtkWidget   *list, *check;
  GtkWindow   *preview;
  FhPlanModels models;
  guint        n_before, n_after, n_detailed = 0;

  gtk_window_set_child (GTK_WINDOW (window), page);
  fh_section_set_store (FH_SECTION (page), store);
  gtk_window_present (GTK_WINDOW (window));
  fh_test_wait_mapped (page);

  preview = fh_roadmap_page_show_draft (FH_ROADMAP_PAGE (page));
  g_assert_nonnull (preview);
  g_assert_true (gtk_window_get_modal (preview));
  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *)&preview);
  gtk_window_destroy (preview);
  fh_test_wait_destroyed ((gpointer *)&preview);
  /* Discarding changes nothing. */
  g_assert_false (fh_store_can_undo (store));

  /* The proposals are a recycling list; detailed ones are checked, intent is not and
   * stays out when accepting. */
  fh_store_get_models (store, &models);
  draft = fh_draft_propose (&models);
  g_assert_cmpuint (draft->len, >, 1);
  for (guint i = 0; i < draft->len; i++)
    if (!((FhDraftItem *)draft->pdata[i])->intent)
      n_detailed++;
  g_assert_cmpuint (n_detailed, >, 0);
  g_assert_cmpuint (n_detailed, <, draft->len);
  g_assert_true (((FhDraftItem *)draft->pdata[draft->len - 1])->intent);
  n_before = g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_ROADMAP));
  preview = fh_roadmap_page_show_draft (FH_ROADMAP_PAGE (page));
  fh_test_wait_mapped (GTK_WIDGET (preview));
  list = find_type (GTK_WIDGET (preview), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list);
  g_assert_cmpuint (
    g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))), ==,
    draft->len);
  check = find_type (list, GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_signal_emit_by_name (gtk_window_get_default_widget (preview), "clicked");
  g_assert_true (fh_store_can_undo (store));
  n_after = g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_ROADMAP));
  g_assert_cmpuint (n_after - n_before, ==, n_detailed);

  fh_test_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

/* Splitting an item that skips stages shares its cost out: the total stays. */
static void
test_roadmap_split_cost (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  GtkWidget     *window = gtk_window_new ();
  GtkWidget     *page = g_object_ref_sink (fh_roadmap_page_new ());
  GListModel    *items = fh_store_get_model (store, FH_COLLECTION_ROADMAP);
  guint          n_before = g_list_model_get_n_items (items);
  FhRoadmapItem *item = fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3);
  GPtrArray     *findings;
  FhFinding     *split = NULL;
  gint64         total = 0;

  g_assert_no_error (error);
  fh_section_set_store (FH_SECTION (page), store);
  /* The page builds its findings when shown. */
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  fh_test_wait_mapped (page);
  /* From Not yet to Reliable: three stages in one item, at a cost of 1,000.00. */
  g_assert_true (fh_store_set (store, item, &error, "from-stage", 0, "target-stage", 3, "cost",
                               (gint64)100000, NULL));
  g_assert_no_error (error);

  findings = fh_roadmap_page_get_findings (FH_ROADMAP_PAGE (page));
  for (guint i = 0; i < findings->len; i++)
    {
      FhFinding *finding = findings->pdata[i];

      if (finding->fix_kind == FH_FIX_SPLIT_STAGES &&
          g_array_index (finding->items, gint64, 0) == 3)
        split = finding;
    }
  g_assert_nonnull (split);
  g_assert_true (fh_roadmap_page_apply_fix (FH_ROADMAP_PAGE (page), split, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n_before + 2);
  item = fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3);
  g_assert_cmpint (fh_roadmap_item_get_target_stage (item), ==, 1);
  g_assert_cmpint (fh_roadmap_item_get_cost (item), ==, 33334);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (FhRoadmapItem) part = g_list_model_get_item (items, i);

      if (g_str_has_prefix (fh_roadmap_item_get_title (part), fh_roadmap_item_get_title (item)) &&
          fh_roadmap_item_get_id (part) != 3)
        {
          g_assert_cmpint (fh_roadmap_item_get_cost (part), ==, 33333);
          total += fh_roadmap_item_get_cost (part);
        }
    }
  g_assert_cmpint (total + fh_roadmap_item_get_cost (item), ==, 100000);

  /* One undo step takes the split back. */
  g_assert_true (fh_store_undo (store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n_before);
  item = fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3);
  g_assert_cmpint (fh_roadmap_item_get_cost (item), ==, 100000);
  g_assert_cmpint (fh_roadmap_item_get_target_stage (item), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *)&page);
  g_object_unref (page);
  g_assert_null (page);
}

static GtkWidget *
find_row (GtkWidget *widget, const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_visible_error (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error") &&
      gtk_widget_get_visible (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_visible_error (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The item editor: bad input is refused at its field with the reason; a save is one
 * undo step. */
static void
test_roadmap_item_editor (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  FhRoadmapItem   *item = fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3);
  g_autofree char *title = g_strdup (fh_roadmap_item_get_title (item));
  int              start = fh_roadmap_item_get_start_quarter (item);
  FhItemEditor    *editor;
  GtkWidget       *title_row, *quarter_row, *cost_row, *label;

  g_assert_no_error (error);
  editor = fh_item_editor_new (NULL, store, item);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *)&editor);
  gtk_window_present (GTK_WINDOW (editor));
  fh_test_wait_mapped (GTK_WIDGET (editor));

  title_row = find_row (GTK_WIDGET (editor), "Title");
  quarter_row = find_row (GTK_WIDGET (editor), "Start quarter (like 2027-Q1)");
  cost_row = find_row (GTK_WIDGET (editor), "Own cost estimate (EUR)");
  g_assert_nonnull (title_row);
  g_assert_nonnull (quarter_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, title);
  g_assert_null (find_visible_error (GTK_WIDGET (editor)));

  /* A quarter that is not one: refused at the field, with the reason; nothing saved. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Tracked experiments for every model");
  gtk_editable_set_text (GTK_EDITABLE (quarter_row), "next spring");
  g_assert_false (fh_item_editor_save (editor));
  g_assert_true (gtk_widget_has_css_class (quarter_row, "error"));
  label = find_visible_error (GTK_WIDGET (editor));
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==,
                   "Write the start quarter as year and quarter, like 2027-Q1.");
  g_assert_false (fh_store_can_undo (store));
  g_assert_cmpstr (fh_roadmap_item_get_title (fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3)),
                   ==, title);

  /* Correcting the field clears the mark; an empty title is refused next. */
  gtk_editable_set_text (GTK_EDITABLE (quarter_row), "2031-Q2");
  g_assert_false (gtk_widget_has_css_class (quarter_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (title_row), "   ");
  g_assert_false (fh_item_editor_save (editor));
  g_assert_true (gtk_widget_has_css_class (title_row, "error"));
  g_assert_nonnull (find_visible_error (GTK_WIDGET (editor)));
  g_assert_false (fh_store_can_undo (store));

  /* Text in the cost field: refused too. */
  if (cost_row != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (title_row), "Tracked experiments for every model");
      gtk_editable_set_text (GTK_EDITABLE (cost_row), "a lot");
      g_assert_false (fh_item_editor_save (editor));
      g_assert_true (gtk_widget_has_css_class (cost_row, "error"));
      g_assert_false (fh_store_can_undo (store));
      gtk_editable_set_text (GTK_EDITABLE (cost_row), "1200");
    }

  /* A good save: every field at once, one undo step. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Tracked experiments for every model");
  g_assert_true (fh_item_editor_save (editor));
  item = fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3);
  g_assert_cmpstr (fh_roadmap_item_get_title (item), ==, "Tracked experiments for every model");
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (item), ==, 2031 * 4 + 1);
  g_assert_true (fh_store_can_undo (store));

  g_assert_true (fh_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_false (fh_store_can_undo (store));
  item = fh_store_lookup (store, FH_COLLECTION_ROADMAP, 3);
  g_assert_cmpstr (fh_roadmap_item_get_title (item), ==, title);
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (item), ==, start);

  gtk_window_destroy (GTK_WINDOW (editor));
  fh_test_drain ();
  g_assert_null (editor);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* Runs the main loop until nothing is pending, a frame's work included. */
static void
settle (void)
{
  for (int i = 0; i < 3; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* The large plan: the findings panel makes rows for what is on screen, not one per
 * finding; "show all" lists a rule's findings in the same rows; a bar move keeps
 * focus and selection on the bar, and the findings the move left alone. */
static void
test_roadmap_large_plan (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GHashTable) before = NULL;
  g_autoptr (FhRoadmapItem) item = NULL;
  GtkWidget  *window = gtk_window_new ();
  GtkWidget  *page = fh_roadmap_page_new ();
  GtkWidget  *list, *timeline;
  GListModel *entries;
  FhBenchSize size;
  GPtrArray  *findings;
  guint       n_findings, n_entries, n_rows, n_kept = 0;
  gint64      id;
  int         start;

  fh_bench_size_init_default (&size);
  size.n_gaps = 2000; /* the items are what the rules read; fewer gaps keep it quick */
  store = fh_bench_generate_plan (NULL, &size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_ROADMAP)),
                    ==, 2000);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_set_child (GTK_WINDOW (window), page);
  fh_section_set_store (FH_SECTION (page), store);
  gtk_window_present (GTK_WINDOW (window));
  fh_test_wait_mapped (page);
  settle ();

  findings = fh_roadmap_page_get_findings (FH_ROADMAP_PAGE (page));
  n_findings = fh_rules_count (findings, FH_SEVERITY_ERROR) +
               fh_rules_count (findings, FH_SEVERITY_WARNING) +
               fh_rules_count (findings, FH_SEVERITY_INFO);
  g_assert_cmpuint (n_findings, >, 1000);

  list = GTK_WIDGET (gtk_widget_get_template_child (page, FH_TYPE_ROADMAP_PAGE, "findings_list"));
  g_assert_true (GTK_IS_LIST_VIEW (list));
  entries = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  n_entries = g_list_model_get_n_items (entries);
  /* Per rule: its heading, its first three findings and "show all". */
  g_assert_cmpuint (n_entries, >, 5);
  g_assert_cmpuint (n_entries, <, 9 * 5 + 1);
  g_assert_cmpuint (count_children (list), <=, n_entries);

  /* Every rule shown in full: many more entries, and rows still only for the view. */
  /* Activating an entry as Enter would: from the last, so the rules' "show all"
   * entries open one by one without moving those still to come. */
  for (guint i = n_entries; i-- > 0;)
    g_signal_emit_by_name (list, "activate", i);
  settle ();
  n_entries = g_list_model_get_n_items (entries);
  n_rows = count_children (list);
  g_assert_cmpuint (n_entries, >, 150);
  g_assert_cmpuint (n_rows, <, n_entries);
  g_assert_cmpuint (n_rows, <=, 210);

  /* A bar moves with the keyboard: the bar keeps focus and selection. */
  timeline = fh_roadmap_page_get_timeline (FH_ROADMAP_PAGE (page));
  item = g_list_model_get_item (fh_store_get_model (store, FH_COLLECTION_ROADMAP), 7);
  id = fh_roadmap_item_get_id (item);
  start = fh_roadmap_item_get_start_quarter (item);
  fh_timeline_set_selected (FH_TIMELINE (timeline), id);
  g_assert_true (gtk_widget_grab_focus (timeline));
  before = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    g_hash_table_add (before, g_list_model_get_item (entries, i));
  g_assert_true (press (timeline, GDK_KEY_Right, 0));
  settle ();
  g_assert_cmpint (
    fh_roadmap_item_get_start_quarter (fh_store_lookup (store, FH_COLLECTION_ROADMAP, id)), ==,
    start + 1);
  g_assert_cmpint (fh_timeline_get_selected (FH_TIMELINE (timeline)), ==, id);
  g_assert_true (gtk_widget_has_focus (timeline));
  /* The findings were updated by difference: nearly every entry is the one it was. */
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (GObject) entry = g_list_model_get_item (entries, i);

      n_kept += g_hash_table_contains (before, entry);
    }
  g_assert_cmpuint (n_kept, >=, g_hash_table_size (before) * 9 / 10);
  g_assert_cmpuint (count_children (list), <=, 210);

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* The test machine may lack an SVG image loader: an icon that cannot be drawn is not
 * what these tests are about. Every other message goes on as usual (and stays fatal). */
static GLogWriterOutput
writer_cb (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0 &&
        g_str_has_prefix (fields[i].value, "Failed to load icon"))
      return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (level, fields, n_fields, data);
}

int
main (int argc, char *argv[])
{
  g_log_set_writer_func (writer_cb, NULL, NULL);
  fh_test_ui_init (&argc, &argv);

  g_test_add_func ("/foothold/roadmap/keyboard-move", test_roadmap_keyboard_move);
  g_test_add_func ("/foothold/roadmap/draft-preview", test_roadmap_draft_preview);
  g_test_add_func ("/foothold/roadmap/split-cost", test_roadmap_split_cost);
  g_test_add_func ("/foothold/roadmap/item-editor", test_roadmap_item_editor);
  g_test_add_func ("/foothold/roadmap/large-plan", test_roadmap_large_plan);

  return g_test_run ();
}
