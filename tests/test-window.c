/* test-window.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "fh-assess-page.h"
#include "fh-data-view.h"
#include "fh-discover-page.h"
#include "fh-gap.h"
#include "fh-gaps-view.h"
#include "fh-people-view.h"
#include "fh-plan-info.h"
#include "fh-review-page.h"
#include "fh-options-page.h"
#include "fh-roadmap-page.h"
#include "fh-section.h"
#include "fh-store.h"
#include "fh-test-ui.h"
#include "fh-use-cases-view.h"
#include "fh-window-private.h"
#include "fh-window.h"

static const char *const test_titles[] = {
  "Nobody owns the model registry",
  "Experiments are not tracked",
  "No shared vocabulary between data science and DevOps",
};

typedef struct
{
  FhStore  *store;
  FhWindow *window;
} Fixture;

static FhGapsView *
get_gaps_view (Fixture *f)
{
  /* The window's Discover page holds the gaps view on its Gaps tab. */
  return fh_test_template_child (
    fh_test_template_child (f->window, FH_TYPE_WINDOW, "discover_page"), FH_TYPE_DISCOVER_PAGE,
    "gaps_view");
}

static GtkColumnView *
get_column_view (Fixture *f)
{
  return fh_test_template_child (get_gaps_view (f), FH_TYPE_GAPS_VIEW, "column_view");
}

/* The model the column view shows: what a user sees, in the order shown. */
static GListModel *
get_shown_model (Fixture *f)
{
  return G_LIST_MODEL (gtk_column_view_get_model (get_column_view (f)));
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (get_shown_model (f));
}

static guint
n_stored_gaps (Fixture *f)
{
  return g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_GAPS));
}

static GtkLabel *
find_label_below (GtkWidget *widget, const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return GTK_LABEL (child);

      found = find_label_below (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  Fixture    *fixture;
  const char *text;
} CellQuery;

/* A cell of the table (not a column header) showing @text. */
static GtkLabel *
find_cell (Fixture *f, const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (get_column_view (f)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        return find_label_below (child, text);
    }

  return NULL;
}

static gboolean
cell_shown (gpointer data)
{
  CellQuery *query = data;

  return find_cell (query->fixture, query->text) != NULL;
}

static gboolean
cell_gone (gpointer data)
{
  return !cell_shown (data);
}

static GtkLabel *
wait_for_cell (Fixture *f, const char *text)
{
  CellQuery query = { f, text };

  fh_test_wait_for (cell_shown, &query);
  return find_cell (f, text);
}

static void
wait_for_no_cell (Fixture *f, const char *text)
{
  CellQuery query = { f, text };

  fh_test_wait_for (cell_gone, &query);
}

/* What Enter does: the entry's text widget activates, and the entry passes it on. */
static void
press_enter (GtkWidget *entry)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (entry));

  g_assert_true (GTK_IS_TEXT (text));
  g_signal_emit_by_name (text, "activate");
}

static FhGap *
add_gap (Fixture *f, const char *title)
{
  g_autoptr (FhGap) gap = fh_gap_new (title);
  g_autoptr (GError) error = NULL;

  fh_store_add (f->store, gap, &error);
  g_assert_no_error (error);

  return gap; /* owned by the store's model now */
}

static const char *
discover_count (Fixture *f)
{
  return gtk_label_get_text (fh_test_template_child (f->window, FH_TYPE_WINDOW, "discover_count"));
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->store = fh_store_new_plan (NULL, &error);
  g_assert_no_error (error);

  fh_store_set (f->store, fh_store_get_info (f->store), &error, "name", "Workshop plan", NULL);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (test_titles); i++)
    add_gap (f, test_titles[i]);

  f->window = g_object_ref (g_object_new (FH_TYPE_WINDOW, "store", f->store, NULL));
  gtk_window_present (GTK_WINDOW (f->window));
  /* A section builds when first shown: wait until the user sees the Discover page. */
  fh_test_wait_for (fh_test_is_mapped,
                    fh_test_template_child (f->window, FH_TYPE_WINDOW, "discover_page"));
}

/* The window and what it made go away with it: a binding or handler left behind
 * would keep a section, or the plan, alive. */
static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  if (f->window != NULL)
    fh_test_window_close (GTK_WINDOW (g_steal_pointer (&f->window)));
  if (f->store != NULL)
    g_assert_finalize_object (g_steal_pointer (&f->store));
}

static void
test_window_opens (Fixture *f, gconstpointer data)
{
  AdwWindowTitle      *title = fh_test_template_child (f->window, FH_TYPE_WINDOW, "window_title");
  GtkColumnViewColumn *title_column;
  g_autoptr (FhGap) first = NULL;
  g_autoptr (FhGap) last = NULL;

  g_assert_true (fh_window_get_store (f->window) == f->store);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Workshop plan");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Workshop plan");
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "discover");

  /* The first thing typed into a plan is a gap: the entry has the focus once the
   * Discover page is shown, and so built. */
  {
    GtkWidget *entry = fh_test_template_child (get_gaps_view (f), FH_TYPE_GAPS_VIEW, "entry");
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (f->window));

    g_assert_nonnull (focus);
    g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
  }

  g_assert_cmpuint (n_shown (f), ==, G_N_ELEMENTS (test_titles));
  for (guint i = 0; i < G_N_ELEMENTS (test_titles); i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (get_shown_model (f), i);
      GtkLabel *cell = wait_for_cell (f, test_titles[i]);

      g_assert_cmpstr (fh_gap_get_title (gap), ==, test_titles[i]);
      g_assert_false (gtk_label_get_use_markup (cell));
    }

  /* New gaps have no capability, severity 3 and status open. */
  g_assert_nonnull (find_cell (f, "—"));
  g_assert_nonnull (find_cell (f, "3"));
  g_assert_nonnull (find_cell (f, "Open"));
  g_assert_cmpstr (discover_count (f), ==, "3");

  /* Sorting by title, as a click on its header does. */
  title_column = fh_test_template_child (get_gaps_view (f), FH_TYPE_GAPS_VIEW, "title_column");
  gtk_column_view_sort_by_column (get_column_view (f), title_column, GTK_SORT_ASCENDING);
  first = g_list_model_get_item (get_shown_model (f), 0);
  last = g_list_model_get_item (get_shown_model (f), 2);
  g_assert_cmpstr (fh_gap_get_title (first), ==, "Experiments are not tracked");
  g_assert_cmpstr (fh_gap_get_title (last), ==, "Nobody owns the model registry");
}

static void
test_window_quick_add (Fixture *f, gconstpointer data)
{
  FhGapsView *view = get_gaps_view (f);
  GtkWidget  *entry = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "entry");
  GtkLabel   *error_label = fh_test_template_child (view, FH_TYPE_GAPS_VIEW, "error_label");
  GtkWidget  *focus;
  g_autoptr (FhGap) refused = fh_gap_new ("");
  g_autoptr (GError) expected = NULL;

  gtk_editable_set_text (GTK_EDITABLE (entry), "Monitoring is set up too late");
  press_enter (entry);

  g_assert_cmpuint (n_stored_gaps (f), ==, 4);
  g_assert_cmpuint (n_shown (f), ==, 4);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  focus = gtk_window_get_focus (GTK_WINDOW (f->window));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
  wait_for_cell (f, "Monitoring is set up too late");
  g_assert_cmpstr (discover_count (f), ==, "4");

  /* The whole plan's undo takes the new gap back out. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (n_stored_gaps (f), ==, 3);
  g_assert_cmpuint (n_shown (f), ==, 3);
  wait_for_no_cell (f, "Monitoring is set up too late");
  g_assert_cmpstr (discover_count (f), ==, "3");

  /* A blank title is refused: the store's reason shows under the entry, the text stays. */
  g_assert_false (fh_store_add (f->store, refused, &expected));
  g_assert_nonnull (expected);
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  press_enter (entry);
  g_assert_cmpuint (n_stored_gaps (f), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "   ");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_text (error_label), ==, expected->message);

  /* Typing again clears the reason. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Data access is not governed");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
}

static void
test_window_live_updates (Fixture *f, gconstpointer data)
{
  GtkSingleSelection *selection;
  FhGap              *gap;
  g_autoptr (GError) error = NULL;

  gap = add_gap (f, "Added by another part of the app");
  g_assert_cmpuint (n_shown (f), ==, 4);
  wait_for_cell (f, "Added by another part of the app");
  g_assert_cmpstr (discover_count (f), ==, "4");

  /* A change in place shows in the same row. */
  fh_store_set (f->store, gap, &error, "title", "Renamed in place", NULL);
  g_assert_no_error (error);
  wait_for_cell (f, "Renamed in place");
  wait_for_no_cell (f, "Added by another part of the app");

  fh_store_set (f->store, gap, &error, "status", FH_GAP_STATUS_CLOSED, NULL);
  g_assert_no_error (error);
  wait_for_cell (f, "Closed");
  g_assert_cmpstr (discover_count (f), ==, "3");

  /* The selection follows its gap when a change moves it in a sorted list. */
  gtk_column_view_sort_by_column (
    get_column_view (f),
    fh_test_template_child (get_gaps_view (f), FH_TYPE_GAPS_VIEW, "title_column"),
    GTK_SORT_ASCENDING);
  selection = GTK_SINGLE_SELECTION (get_shown_model (f));
  for (guint i = 0; i < n_shown (f); i++)
    {
      g_autoptr (FhGap) item = g_list_model_get_item (get_shown_model (f), i);

      if (item == gap)
        gtk_single_selection_set_selected (selection, i);
    }
  g_assert_true (gtk_single_selection_get_selected_item (selection) == gap);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 3);
  fh_store_set (f->store, gap, &error, "title", "A gap that now sorts first", NULL);
  g_assert_no_error (error);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == gap);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);

  /* A new plan name reaches the title. */
  fh_store_set (f->store, fh_store_get_info (f->store), &error, "name", "Quarterly review", NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (
    adw_window_title_get_title (fh_test_template_child (f->window, FH_TYPE_WINDOW, "window_title")),
    ==, "Quarterly review");
}

static void
test_window_plain_text (Fixture *f, gconstpointer data)
{
  const char     *markup = "<b>x</b> & y";
  AdwWindowTitle *title = fh_test_template_child (f->window, FH_TYPE_WINDOW, "window_title");
  g_autoptr (GError) error = NULL;
  GtkLabel *cell;

  add_gap (f, markup);
  cell = wait_for_cell (f, markup);
  g_assert_false (gtk_label_get_use_markup (cell));
  g_assert_cmpstr (gtk_label_get_label (cell), ==, markup);

  fh_store_set (f->store, fh_store_get_info (f->store), &error, "name", markup, NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, markup);
  g_assert_nonnull (find_label_below (GTK_WIDGET (title), markup));
}

static void
test_window_sections (Fixture *f, gconstpointer data)
{
  GtkStack *stack = fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack");

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.section", "s", "roadmap"));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "roadmap");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "roadmap");

  /* An unknown name, as a newer version might have saved, changes nothing. */
  fh_window_set_section (f->window, "no-such-section");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "roadmap");

  fh_window_set_section (f->window, "discover");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "discover");
}

static void
test_window_replace_store (Fixture *f, gconstpointer data)
{
  g_autoptr (FhStore) other = NULL;
  g_autoptr (FhGap) gap = fh_gap_new ("Only in the other plan");
  g_autoptr (GError) error = NULL;
  AdwWindowTitle *title = fh_test_template_child (f->window, FH_TYPE_WINDOW, "window_title");

  other = fh_store_new_plan (NULL, &error);
  g_assert_no_error (error);
  fh_store_add (other, gap, &error);
  g_assert_no_error (error);

  g_object_set (f->window, "store", other, NULL);
  g_assert_cmpuint (n_shown (f), ==, 1);
  wait_for_cell (f, "Only in the other plan");
  g_assert_null (find_cell (f, test_titles[0]));
  g_assert_cmpstr (adw_window_title_get_title (title), ==,
                   fh_plan_info_get_name (fh_store_get_info (other)));
  g_assert_cmpstr (discover_count (f), ==, "1");

  /* Undo belongs to the plan shown: the other plan has one step, ours three. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (other, FH_COLLECTION_GAPS)), ==,
                    0);
  g_assert_cmpuint (n_stored_gaps (f), ==, 3);

  g_object_set (f->window, "store", NULL, NULL);
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_cmpstr (discover_count (f), ==, "");
}

static void
test_window_finalize (Fixture *f, gconstpointer data)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (get_shown_model (f));
  FhWindow           *window;
  FhStore            *store;

  /* Exercise the paths that hold references: delete with its toast, then undo. */
  gtk_single_selection_set_selected (selection, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_gaps_view (f)), "gaps.delete", NULL));
  g_assert_cmpuint (n_stored_gaps (f), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (n_stored_gaps (f), ==, 3);

  window = g_steal_pointer (&f->window);
  store = g_steal_pointer (&f->store);
  fh_test_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (store);
}

static const char *const section_names[] = { "discover", "assess", "options", "roadmap", "review" };

static FhSection *
section_page (Fixture *f, const char *name)
{
  GtkStack  *stack = fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack");
  GtkWidget *page = gtk_stack_get_child_by_name (stack, name);

  g_assert_nonnull (page);
  return (FhSection *)page;
}

/* Every section of the window: the five pages and the Discover tabs. */
static GPtrArray *
all_sections (Fixture *f)
{
  static const char *const tabs[] = { "gaps_view", "use_cases_view", "data_view", "people_view" };
  GPtrArray               *found = g_ptr_array_new ();
  GtkWidget               *discover = GTK_WIDGET (section_page (f, "discover"));

  for (guint i = 0; i < G_N_ELEMENTS (section_names); i++)
    {
      GtkWidget *page = GTK_WIDGET (section_page (f, section_names[i]));

      g_assert_true (FH_IS_SECTION (page));
      g_ptr_array_add (found, page);
    }
  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      GtkWidget *tab = fh_test_template_child (discover, FH_TYPE_DISCOVER_PAGE, tabs[i]);

      g_assert_true (FH_IS_SECTION (tab));
      g_ptr_array_add (found, tab);
    }

  return found;
}

static void
test_window_sections_are_sections (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) found = all_sections (f);

  g_assert_true (FH_IS_DISCOVER_PAGE (section_page (f, "discover")));
  g_assert_true (FH_IS_ASSESS_PAGE (section_page (f, "assess")));
  g_assert_true (FH_IS_ROADMAP_PAGE (section_page (f, "roadmap")));
  g_assert_true (FH_IS_REVIEW_PAGE (section_page (f, "review")));
  g_assert_cmpuint (found->len, >=, 8);

  /* The template hands every one of them the window's plan, and the next one. */
  for (guint i = 0; i < found->len; i++)
    g_assert_true (fh_section_get_store (found->pdata[i]) == f->store);

  fh_window_set_store (f->window, NULL);
  for (guint i = 0; i < found->len; i++)
    g_assert_null (fh_section_get_store (found->pdata[i]));

  fh_window_set_store (f->window, f->store);
  for (guint i = 0; i < found->len; i++)
    g_assert_true (fh_section_get_store (found->pdata[i]) == f->store);
}

/* Each sidebar badge shows its section's badge and, where it has one, its tooltip. */
static void
test_window_badges (Fixture *f, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_names); i++)
    {
      g_autofree char *id = g_strconcat (section_names[i], "_count", NULL);
      GtkLabel        *label = fh_test_template_child (f->window, FH_TYPE_WINDOW, id);
      FhSection       *page = section_page (f, section_names[i]);

      g_assert_true (FH_IS_SECTION (page));
      g_assert_cmpstr (gtk_label_get_text (label), ==, fh_section_get_badge (page));
      fh_section_set_badge (page, "42");
      g_assert_cmpstr (gtk_label_get_text (label), ==, "42");
      fh_section_set_badge_tooltip (page, "Forty-two of them");
      g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (label)), ==, "Forty-two of them");
      fh_section_set_badge (page, NULL);
      g_assert_cmpstr (gtk_label_get_text (label), ==, "");
    }

  /* Discover's badge is the number of open gaps, and says so. */
  add_gap (f, "Models are deployed by hand");
  g_assert_cmpstr (discover_count (f), ==, "4");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (
                     fh_test_template_child (f->window, FH_TYPE_WINDOW, "discover_count"))),
                   ==, "4 open gaps");
}

static gboolean
widget_shown (gpointer widget, GType type, const char *name)
{
  return gtk_widget_is_visible (fh_test_template_child (widget, type, name));
}

/* Presenting reaches every section; each hides its filters and the editing chrome the
 * room does not need, and keeps what the workshop does together: capture. */
static void
test_window_presenting (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) found = all_sections (f);
  GtkWidget *discover = GTK_WIDGET (section_page (f, "discover"));
  GtkWidget *gaps = fh_test_template_child (discover, FH_TYPE_DISCOVER_PAGE, "gaps_view");
  GtkWidget *use_cases = fh_test_template_child (discover, FH_TYPE_DISCOVER_PAGE, "use_cases_view");
  GtkWidget *data_view = fh_test_template_child (discover, FH_TYPE_DISCOVER_PAGE, "data_view");
  GtkWidget *people = fh_test_template_child (discover, FH_TYPE_DISCOVER_PAGE, "people_view");
  GtkWidget *roadmap = GTK_WIDGET (section_page (f, "roadmap"));
  GtkWidget *options = GTK_WIDGET (section_page (f, "options"));
  struct
  {
    GtkWidget  *section;
    GType       type;
    const char *name;
  } chrome[] = {
    { gaps, FH_TYPE_GAPS_VIEW, "search_entry" },
    { gaps, FH_TYPE_GAPS_VIEW, "filter_capability" },
    { gaps, FH_TYPE_GAPS_VIEW, "filter_status" },
    { people, FH_TYPE_PEOPLE_VIEW, "role_entry" },
    { people, FH_TYPE_PEOPLE_VIEW, "term_entry" },
    { roadmap, FH_TYPE_ROADMAP_PAGE, "add_button" },
    { roadmap, FH_TYPE_ROADMAP_PAGE, "draft_button" },
    { options, FH_TYPE_OPTIONS_PAGE, "adder" },
  };

  g_assert_false (fh_window_get_presenting (f->window));
  for (guint i = 0; i < G_N_ELEMENTS (chrome); i++)
    g_assert_true (widget_shown (chrome[i].section, chrome[i].type, chrome[i].name));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  g_assert_true (fh_window_get_presenting (f->window));
  for (guint i = 0; i < found->len; i++)
    g_assert_true (fh_section_get_presenting (found->pdata[i]));
  for (guint i = 0; i < G_N_ELEMENTS (chrome); i++)
    g_assert_false (widget_shown (chrome[i].section, chrome[i].type, chrome[i].name));
  /* The plan itself stays, and so do the capture entries. */
  g_assert_true (widget_shown (gaps, FH_TYPE_GAPS_VIEW, "column_view"));
  g_assert_true (widget_shown (gaps, FH_TYPE_GAPS_VIEW, "entry"));
  g_assert_true (widget_shown (use_cases, FH_TYPE_USE_CASES_VIEW, "entry"));
  g_assert_true (widget_shown (data_view, FH_TYPE_DATA_VIEW, "entry"));

  fh_window_set_presenting (f->window, FALSE);
  for (guint i = 0; i < found->len; i++)
    g_assert_false (fh_section_get_presenting (found->pdata[i]));
  for (guint i = 0; i < G_N_ELEMENTS (chrome); i++)
    g_assert_true (widget_shown (chrome[i].section, chrome[i].type, chrome[i].name));
}

/* A toast a Discover tab raises is the one the window's overlay shows. */
static void
test_window_tab_toast (Fixture *f, gconstpointer data)
{
  GtkWidget *discover = GTK_WIDGET (section_page (f, "discover"));
  FhSection *people = fh_test_template_child (discover, FH_TYPE_DISCOVER_PAGE, "people_view");
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (get_shown_model (f));

  g_assert_null (f->window->toast);
  fh_section_toast (people, "Role deleted", TRUE);
  g_assert_nonnull (f->window->toast);
  g_assert_cmpstr (adw_toast_get_title (f->window->toast), ==, "Role deleted");
  g_assert_cmpstr (adw_toast_get_action_name (f->window->toast), ==, "win.undo");

  /* A real one: deleting a gap in the Gaps tab. */
  gtk_single_selection_set_selected (selection, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_gaps_view (f)), "gaps.delete", NULL));
  g_assert_nonnull (f->window->toast);
  g_assert_cmpstr (adw_toast_get_title (f->window->toast), ==, "Gap deleted");
}

int
main (int argc, char *argv[])
{
  /* Before g_test_init(), which points the XDG folders at /dev/null until a test runs. */
  fh_test_ui_init (&argc, &argv);

  g_test_add ("/foothold/window/opens", Fixture, NULL, fixture_set_up, test_window_opens,
              fixture_tear_down);
  g_test_add ("/foothold/window/quick-add", Fixture, NULL, fixture_set_up, test_window_quick_add,
              fixture_tear_down);
  g_test_add ("/foothold/window/live-updates", Fixture, NULL, fixture_set_up,
              test_window_live_updates, fixture_tear_down);
  g_test_add ("/foothold/window/plain-text", Fixture, NULL, fixture_set_up, test_window_plain_text,
              fixture_tear_down);
  g_test_add ("/foothold/window/sections", Fixture, NULL, fixture_set_up, test_window_sections,
              fixture_tear_down);
  g_test_add ("/foothold/window/replace-store", Fixture, NULL, fixture_set_up,
              test_window_replace_store, fixture_tear_down);
  g_test_add ("/foothold/window/sections-are-sections", Fixture, NULL, fixture_set_up,
              test_window_sections_are_sections, fixture_tear_down);
  g_test_add ("/foothold/window/badges", Fixture, NULL, fixture_set_up, test_window_badges,
              fixture_tear_down);
  g_test_add ("/foothold/window/presenting", Fixture, NULL, fixture_set_up, test_window_presenting,
              fixture_tear_down);
  g_test_add ("/foothold/window/tab-toast", Fixture, NULL, fixture_set_up, test_window_tab_toast,
              fixture_tear_down);
  g_test_add ("/foothold/window/finalize", Fixture, NULL, fixture_set_up, test_window_finalize,
              fixture_tear_down);

  return g_test_run ();
}
