/* test-keyboard.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The workshop by keyboard, in the whole window on the demo plan: the keys reach the
 * shortcut controllers they would reach from a key press, and the focus lands on each
 * section's main control, the same one on every visit. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fh-data-view.h"
#include "fh-discover-page.h"
#include "fh-export-dialog.h"
#include "fh-gaps-view.h"
#include "fh-people-view.h"
#include "fh-plan-info.h"
#include "fh-plan-properties.h"
#include "fh-quarter.h"
#include "fh-section.h"
#include "fh-store.h"
#include "fh-test-ui.h"
#include "fh-use-case.h"
#include "fh-use-cases-view.h"
#include "fh-window-private.h"
#include "fh-window.h"

typedef struct
{
  FhStore  *store;
  FhWindow *window;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->store = fh_store_new_demo (NULL, &error);
  g_assert_no_error (error);

  f->window = g_object_ref (g_object_new (FH_TYPE_WINDOW, "store", f->store, NULL));
  fh_window_set_section (f->window, "discover");
  gtk_window_present (GTK_WINDOW (f->window));
  fh_test_wait_for (fh_test_is_mapped,
                    fh_test_template_child (f->window, FH_TYPE_WINDOW, "discover_page"));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fh_test_window_close (GTK_WINDOW (g_steal_pointer (&f->window)));
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

static GtkWidget *
focus (Fixture *f)
{
  return gtk_window_get_focus (GTK_WINDOW (f->window));
}

/* The focus is on @widget or inside it (an entry's text). */
static gboolean
focus_in (Fixture *f, GtkWidget *widget)
{
  GtkWidget *focused = focus (f);

  return focused != NULL && (focused == widget || gtk_widget_is_ancestor (focused, widget));
}

static gboolean
activate_in (GtkWidget *widget, guint keyval, GdkModifierType modifiers, GtkPropagationPhase phase)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }

  return FALSE;
}

/* What a key press on @widget does: the shortcut controllers of its ancestors in the
 * capture phase, from the window down, then the bubble phase from @widget up. */
static gboolean
press_shortcut (GtkWidget *widget, guint keyval, GdkModifierType modifiers)
{
  g_autoptr (GPtrArray) chain = g_ptr_array_new ();

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_add (chain, w);

  for (guint i = chain->len; i > 0; i--)
    if (activate_in (chain->pdata[i - 1], keyval, modifiers, GTK_PHASE_CAPTURE))
      return TRUE;

  for (guint i = 0; i < chain->len; i++)
    if (activate_in (chain->pdata[i], keyval, modifiers, GTK_PHASE_BUBBLE))
      return TRUE;

  return FALSE;
}

/* What a key press does in the sidebar: its capture-phase key controller sees it first. */
static gboolean
press_key (GtkWidget *widget, guint keyval, GdkModifierType modifiers)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, modifiers, &handled);
          return handled;
        }
    }

  g_assert_not_reached ();
}

/* Ctrl+Page Down through the four Discover tabs, five rounds: each visit puts the focus
 * on the tab's entry (not one field further each time) and leaves the selected data
 * source where it was. */
static void
test_discover_tabs (Fixture *f, gconstpointer data)
{
  FhDiscoverPage    *page = fh_test_template_child (f->window, FH_TYPE_WINDOW, "discover_page");
  GtkWidget         *entries[4];
  const char        *tab_names[] = { "gaps", "use-cases", "data", "people" };
  AdwViewStack      *stack = fh_test_template_child (page, FH_TYPE_DISCOVER_PAGE, "stack");
  GtkSelectionModel *sources = NULL;
  guint              selected = GTK_INVALID_LIST_POSITION;

  fh_discover_page_set_tab (page, "gaps");
  gtk_widget_grab_focus (GTK_WIDGET (page));
  fh_test_drain ();

  for (guint round = 0; round < 5; round++)
    {
      for (guint tab = 1; tab <= 4; tab++)
        {
          GtkWidget *view;

          g_assert_nonnull (focus (f));
          g_assert_true (press_shortcut (focus (f), GDK_KEY_Page_Down, GDK_CONTROL_MASK));
          fh_test_drain ();

          g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, tab_names[tab % 4]);
          view = adw_view_stack_get_visible_child (stack);
          fh_test_wait_for (fh_test_is_mapped, view);

          if (round == 0)
            {
              const char *entry_name = tab % 4 == 3 ? "role_entry" : "entry";

              entries[tab % 4] = fh_test_template_child (view, G_OBJECT_TYPE (view), entry_name);
            }

          g_assert_true (focus_in (f, entries[tab % 4]));

          if (tab % 4 == 2)
            {
              GtkListView *list = fh_test_template_child (view, FH_TYPE_DATA_VIEW, "list");

              if (sources == NULL)
                {
                  sources = gtk_list_view_get_model (list);
                  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), >=, 2);
                  selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (sources));
                }
              g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (sources)),
                                ==, selected);
            }
        }
    }

  /* Typing lands in the entry: nothing else in the tab changed. */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "gaps");
  g_assert_true (focus_in (f, entries[0]));
}

/* Alt+1…5 show a section and put the focus inside it, on its main control. */
static void
test_alt_sections (Fixture *f, gconstpointer data)
{
  const char *names[] = { "discover", "assess", "options", "roadmap", "review" };
  GtkStack   *stack = fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack");

  for (int rep = 0; rep < 2; rep++)
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        /* Backwards, so that each key changes the section. */
        guint      n = G_N_ELEMENTS (names) - 1 - i;
        GtkWidget *section = gtk_stack_get_child_by_name (stack, names[n]);

        g_assert_true (press_shortcut (GTK_WIDGET (f->window), GDK_KEY_1 + n, GDK_ALT_MASK));
        fh_test_wait_for (fh_test_is_mapped, section);
        fh_test_drain ();
        g_assert_cmpstr (fh_window_get_section (f->window), ==, names[n]);
        g_assert_true (focus_in (f, section));
      }
}

/* Tab on the sidebar goes to the next section, Shift+Tab to the previous; past the
 * last one Tab leaves the sidebar (no trap). Enter puts the focus into the section. */
static void
test_sidebar_tab (Fixture *f, gconstpointer data)
{
  GtkListBox *sidebar = fh_test_template_child (f->window, FH_TYPE_WINDOW, "sidebar");
  GtkStack   *stack = fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack");
  GtkWidget  *roadmap = gtk_stack_get_child_by_name (stack, "roadmap");

  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, 0)));
  g_assert_true (press_key (GTK_WIDGET (sidebar), GDK_KEY_Tab, 0));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "assess");
  g_assert_true (press_key (GTK_WIDGET (sidebar), GDK_KEY_Tab, 0));
  g_assert_true (press_key (GTK_WIDGET (sidebar), GDK_KEY_Tab, 0));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "roadmap");
  g_assert_true (focus_in (f, GTK_WIDGET (sidebar)));
  g_assert_true (press_key (GTK_WIDGET (sidebar), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "options");
  g_assert_true (press_key (GTK_WIDGET (sidebar), GDK_KEY_Tab, 0));
  g_assert_true (press_key (GTK_WIDGET (sidebar), GDK_KEY_Tab, 0));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "review");
  g_assert_true (press_key (GTK_WIDGET (sidebar), GDK_KEY_Tab, 0));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "scenarios");
  g_assert_false (press_key (GTK_WIDGET (sidebar), GDK_KEY_Tab, 0));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "scenarios");

  g_assert_true (press_key (GTK_WIDGET (sidebar), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_true (press_key (GTK_WIDGET (sidebar), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_signal_emit_by_name (sidebar, "row-activated", gtk_list_box_get_row_at_index (sidebar, 3));
  fh_test_wait_for (fh_test_is_mapped, roadmap);
  fh_test_drain ();
  g_assert_true (focus_in (f, roadmap));
}

static guint
n_items (Fixture *f, FhCollection collection)
{
  return g_list_model_get_n_items (fh_store_get_model (f->store, collection));
}

/* Deleting a quarter's assessment and replacing the plan with JSON ask first, naming
 * what is lost; Cancel changes nothing, the action is one undo step. */
static void
test_confirmations (Fixture *f, gconstpointer data)
{
  GtkStack  *stack = fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack");
  GtkWidget *assess = gtk_stack_get_child_by_name (stack, "assess");
  guint      n_assessments = n_items (f, FH_COLLECTION_ASSESSMENTS);
  guint      n_gaps = n_items (f, FH_COLLECTION_GAPS);
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) other = NULL;
  g_autoptr (GBytes) json = NULL;
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "other.json", NULL);
  GtkWindow       *dialog;
  const char      *body;

  g_assert_cmpuint (n_assessments, >, 0);
  fh_window_set_section (f->window, "assess");
  fh_test_wait_for (fh_test_is_mapped, assess);

  g_assert_true (gtk_widget_activate_action (assess, "assess.delete", NULL));
  dialog = fh_test_find_confirmation ();
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "capability scores"));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                                   "Delete the Assessment of "));
  fh_test_answer_confirmation (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                               "cancel");
  g_assert_null (fh_test_find_confirmation ());
  g_assert_cmpuint (n_items (f, FH_COLLECTION_ASSESSMENTS), ==, n_assessments);

  g_assert_true (gtk_widget_activate_action (assess, "assess.delete", NULL));
  dialog = fh_test_find_confirmation ();
  fh_test_answer_confirmation (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                               "confirm");
  g_assert_cmpuint (n_items (f, FH_COLLECTION_ASSESSMENTS), ==, n_assessments - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (n_items (f, FH_COLLECTION_ASSESSMENTS), ==, n_assessments);

  /* Replace Plan with JSON: a plan of one gap. */
  other = fh_store_new_plan (NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fh_store_set (other, fh_store_get_info (other), &error, "name", "Other", NULL));
  json = fh_store_export_json (other, &error);
  g_assert_no_error (error);
  g_assert_true (
    g_file_set_contents (path, g_bytes_get_data (json, NULL), g_bytes_get_size (json), &error));

  fh_window_replace_with_json (f->window, path);
  dialog = fh_test_find_confirmation ();
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "“other.json”"));
  fh_test_answer_confirmation ("Replace the Plan?", "cancel");
  g_assert_cmpuint (n_items (f, FH_COLLECTION_GAPS), ==, n_gaps);

  fh_window_replace_with_json (f->window, path);
  fh_test_answer_confirmation ("Replace the Plan?", "confirm");
  g_assert_cmpuint (n_items (f, FH_COLLECTION_GAPS), ==, 0);
  g_assert_cmpstr (fh_plan_info_get_name (fh_store_get_info (f->store)), ==, "Other");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (n_items (f, FH_COLLECTION_GAPS), ==, n_gaps);

  fh_test_remove_dir (dir);
}

/* Ctrl+E opens the export dialog with the focus on Export PDF; Ctrl+T starts, pauses,
 * resumes the timer and dismisses "Time's up"; Ctrl+Shift+T adds a minute; Enter in
 * the minutes starts it; 2 on a use case's impact scores it 2. */
static void
test_shortcuts (Fixture *f, gconstpointer data)
{
  FhTimer        *timer = fh_test_template_child (f->window, FH_TYPE_WINDOW, "timer");
  FhExportDialog *dialog;
  GtkWidget      *export_button;
  GtkWidget      *spin;
  GtkWidget      *choice;
  gpointer        weak;
  FhDiscoverPage *page = fh_test_template_child (f->window, FH_TYPE_WINDOW, "discover_page");
  FhUseCasesView *use_cases;
  FhUseCase      *use_case;
  GtkListView    *list;
  gboolean        handled = FALSE;
  int             remaining;

  g_assert_true (press_shortcut (GTK_WIDGET (f->window), GDK_KEY_e, GDK_CONTROL_MASK));
  dialog = FH_EXPORT_DIALOG (fh_test_find_toplevel (FH_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  fh_test_wait_for (fh_test_is_mapped, dialog);
  export_button = fh_test_template_child (dialog, FH_TYPE_EXPORT_DIALOG, "export_button");
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) == export_button);
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) == export_button);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_destroy (GTK_WINDOW (dialog));
  fh_test_wait_destroyed (&weak);

  /* The timer, by its keys. */
  g_assert_true (press_shortcut (GTK_WIDGET (f->window), GDK_KEY_t, GDK_CONTROL_MASK));
  g_assert_true (fh_timer_get_running (timer));
  g_assert_cmpint (fh_timer_get_remaining (timer), ==, 10 * 60);
  g_assert_true (press_shortcut (GTK_WIDGET (f->window), GDK_KEY_t, GDK_CONTROL_MASK));
  g_assert_false (fh_timer_get_running (timer));
  g_assert_true (fh_timer_get_paused (timer));
  remaining = fh_timer_get_remaining (timer);
  g_assert_cmpstr (fh_timer_get_text (timer), !=, "");
  g_assert_true (
    press_shortcut (GTK_WIDGET (f->window), GDK_KEY_t, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpint (fh_timer_get_remaining (timer), ==, remaining + 60);
  g_assert_true (press_shortcut (GTK_WIDGET (f->window), GDK_KEY_t, GDK_CONTROL_MASK));
  g_assert_true (fh_timer_get_running (timer));
  fh_timer_stop (timer);
  g_assert_cmpstr (fh_timer_get_text (timer), ==, "");

  /* Enter in the minutes. */
  spin = fh_test_find_by_type (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (
                                 gtk_widget_get_first_child (GTK_WIDGET (timer))))),
                               GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 3);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "activate");
  g_assert_true (fh_timer_get_running (timer));
  g_assert_cmpint (fh_timer_get_remaining (timer), ==, 3 * 60);

  /* Time's up stays until dismissed by the same key. */
  fh_timer_start (timer, 1);
  fh_test_wait_for ((FhTestPredicate)fh_timer_get_finished, timer);
  fh_test_drain ();
  g_assert_cmpstr (fh_timer_get_text (timer), ==, "Time’s up");
  g_assert_true (press_shortcut (GTK_WIDGET (f->window), GDK_KEY_t, GDK_CONTROL_MASK));
  g_assert_false (fh_timer_get_finished (timer));
  g_assert_cmpstr (fh_timer_get_text (timer), ==, "");

  /* 0–3 on a score. */
  fh_discover_page_set_tab (page, "use-cases");
  use_cases = fh_test_template_child (page, FH_TYPE_DISCOVER_PAGE, "use_cases_view");
  fh_test_wait_for (fh_test_is_mapped, use_cases);
  fh_test_drain ();
  list = fh_test_template_child (use_cases, FH_TYPE_USE_CASES_VIEW, "list");
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list)), 0);
  fh_test_drain ();
  use_case =
    gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list)));
  choice = fh_test_find_by_class (GTK_WIDGET (use_cases), "score-answer");
  g_assert_nonnull (choice);
  g_assert_nonnull (use_case);
  for (int digit = 3; digit >= 0; digit--)
    {
      g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (choice);
      int impact = -1;

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
            g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_0 + digit, 0, 0, &handled);
        }
      g_assert_true (handled);
      g_object_get (use_case, "impact", &impact, NULL);
      g_assert_cmpint (impact, ==, digit);
    }
}

/* Alt+Return opens the plan's properties with the focus in the name; what is typed
 * is saved as each field is left, or on Done; a refused quarter keeps the dialog open
 * with its reason, and changes nothing. */
static void
test_plan_properties (Fixture *f, gconstpointer data)
{
  FhPlanInfo     *info = fh_store_get_info (f->store);
  AdwWindowTitle *title = fh_test_template_child (f->window, FH_TYPE_WINDOW, "window_title");
  GtkWindow      *dialog;
  GtkWidget      *name;
  GtkWidget      *quarter = NULL;
  int             start = fh_plan_info_get_start_quarter (info);
  gpointer        weak;

  g_assert_true (press_shortcut (GTK_WIDGET (f->window), GDK_KEY_Return, GDK_ALT_MASK));
  dialog = fh_test_find_toplevel (FH_TYPE_PLAN_PROPERTIES);
  g_assert_nonnull (dialog);
  fh_test_wait_for (fh_test_is_mapped, dialog);

  name = gtk_window_get_focus (dialog);
  g_assert_true (GTK_IS_TEXT (name));
  name = gtk_widget_get_ancestor (name, GTK_TYPE_ENTRY);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, fh_plan_info_get_name (info));
  fh_test_type_into (name, "Acme MLOps 2027");
  g_assert_cmpstr (fh_plan_info_get_name (info), ==, "Acme MLOps 2027");
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Acme MLOps 2027");

  /* The start quarter: its entry is the third of the form. */
  {
    GtkWidget *form = fh_test_template_child (dialog, FH_TYPE_PLAN_PROPERTIES, "form");
    GtkWidget *entry = fh_test_find_by_type (form, GTK_TYPE_ENTRY);
    int        n = 0;

    for (GtkWidget *w = entry; w != NULL; w = gtk_widget_get_next_sibling (w))
      if (GTK_IS_ENTRY (w) && ++n == 3)
        quarter = w;
  }
  g_assert_nonnull (quarter);
  fh_test_type_into (quarter, "someday");
  g_assert_true (gtk_widget_has_css_class (quarter, "error"));
  g_assert_cmpint (fh_plan_info_get_start_quarter (info), ==, start);

  /* Done with a refused value: the dialog stays, nothing changed. */
  gtk_window_close (dialog);
  fh_test_drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpint (fh_plan_info_get_start_quarter (info), ==, start);

  /* A quarter typed and not yet left is saved by Done. */
  gtk_editable_set_text (GTK_EDITABLE (quarter), "2027-Q2");
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_close (dialog);
  fh_test_wait_destroyed (&weak);
  g_assert_cmpint (fh_plan_info_get_start_quarter (info), ==, fh_quarter_make (2027, 2));

  /* One undo step a field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpint (fh_plan_info_get_start_quarter (info), ==, start);
}

int
main (int argc, char **argv)
{
  fh_test_ui_init (&argc, &argv);

  g_test_add ("/foothold/keyboard/discover-tabs", Fixture, NULL, fixture_set_up, test_discover_tabs,
              fixture_tear_down);
  g_test_add ("/foothold/keyboard/alt-sections", Fixture, NULL, fixture_set_up, test_alt_sections,
              fixture_tear_down);
  g_test_add ("/foothold/keyboard/sidebar-tab", Fixture, NULL, fixture_set_up, test_sidebar_tab,
              fixture_tear_down);

  g_test_add ("/foothold/keyboard/confirmations", Fixture, NULL, fixture_set_up, test_confirmations,
              fixture_tear_down);

  g_test_add ("/foothold/keyboard/shortcuts", Fixture, NULL, fixture_set_up, test_shortcuts,
              fixture_tear_down);

  g_test_add ("/foothold/keyboard/plan-properties", Fixture, NULL, fixture_set_up,
              test_plan_properties, fixture_tear_down);

  return g_test_run ();
}
