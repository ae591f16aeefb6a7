/* test-assess.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "fh-assess-page.h"
#include "fh-assessment.h"
#include "fh-maturity.h"
#include "fh-quarter.h"
#include "fh-review-page.h"
#include "fh-roadmap-item.h"
#include "fh-score.h"
#include "fh-store.h"
#include "fh-catalog-bar.h"
#include "fh-test-ui.h"

/* The stages the "team" picks, one per catalog capability, by position. */
static const int picks[] = {
  2, 1, 1, 2, 3, 0, 1, 2, 1, 1, 1, 0, 2, 1, 1, 1, 2, 1, 1, 2, 1, 1, 2, 1
};

typedef struct
{
  FhStore   *store;
  GtkWidget *window;
  GtkWidget *page;
} Fixture;

/* Sends @keyval to the page the way GTK does: through the page's key bindings. */
static void
press_key (GtkWidget *widget, guint keyval)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  gboolean    handled = FALSE;

  for (guint i = 0; !handled && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; !handled && j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                    GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                    gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_object_unref (controllers);
  g_assert_true (handled);

  fh_test_drain ();
}

/* What Enter does in an entry: its text widget activates. */
static void
type_and_enter (GtkEntry *entry, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (gtk_widget_get_first_child (GTK_WIDGET (entry)), "activate");
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->store = fh_store_new_plan (NULL, &error);
  g_assert_no_error (error);
  f->page = g_object_ref_sink (fh_assess_page_new ());
  f->window = g_object_ref_sink (gtk_window_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), f->page);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  g_object_set (f->page, "store", f->store, NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fh_test_window_close (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->page);
  g_assert_finalize_object (f->store);
}

static guint
n_items (Fixture *f, FhCollection collection)
{
  return g_list_model_get_n_items (fh_store_get_model (f->store, collection));
}

static void
start (Fixture *f, const char *quarter)
{
  gtk_widget_activate_action (f->page, "assess.start-quarter", NULL);
  type_and_enter (fh_test_template_child (f->page, FH_TYPE_ASSESS_PAGE, "start_entry"), quarter);
}

static void
test_keyboard (Fixture *f, gconstpointer data)
{
  GtkLabel   *name = fh_test_template_child (f->page, FH_TYPE_ASSESS_PAGE, "name_label");
  GtkLabel   *summary = fh_test_template_child (f->page, FH_TYPE_ASSESS_PAGE, "summary_label");
  GtkListBox *answers = fh_test_template_child (f->page, FH_TYPE_ASSESS_PAGE, "answers");
  GtkLabel   *start_error = fh_test_template_child (f->page, FH_TYPE_ASSESS_PAGE, "start_error");
  g_autoptr (GPtrArray) capabilities = NULL;
  FhMaturitySummary result;
  FhPlanModels      models;
  FhAssessment     *q1;
  FhAssessment     *q2;
  int               overall = FH_STAGE_LAST;

  g_assert_cmpstr (fh_section_get_badge (FH_SECTION (f->page)), ==, "");
  fh_store_get_models (f->store, &models);
  capabilities = fh_maturity_capabilities (&models);
  g_assert_cmpuint (capabilities->len, ==, G_N_ELEMENTS (picks));

  start (f, "2027-Q1");
  g_assert_cmpuint (n_items (f, FH_COLLECTION_ASSESSMENTS), ==, 1);
  g_assert_cmpuint (n_items (f, FH_COLLECTION_SCORES), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (picks); i++)
    {
      FhCapability  *capability = g_ptr_array_index (capabilities, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (answers, 1);

      /* The card shows this capability and its own criterion for Initial. */
      g_assert_cmpuint (fh_assess_page_get_current (FH_ASSESS_PAGE (f->page)), ==, i);
      g_assert_cmpstr (gtk_label_get_text (name), ==, fh_capability_get_name (capability));
      g_assert_nonnull (row);
      press_key (f->page, GDK_KEY_0 + picks[i]);
      press_key (f->page, GDK_KEY_Return);
      if (fh_capability_get_core (capability))
        overall = MIN (overall, picks[i]);
    }

  fh_store_get_models (f->store, &models);
  q1 = fh_maturity_find_assessment (&models, fh_quarter_make (2027, 1));
  g_assert_nonnull (q1);
  for (guint i = 0; i < G_N_ELEMENTS (picks); i++)
    {
      FhCapability *capability = g_ptr_array_index (capabilities, i);
      FhScore      *score = fh_maturity_find_score (&models, fh_assessment_get_id (q1),
                                                    fh_capability_get_id (capability));

      g_assert_nonnull (score);
      g_assert_cmpint (fh_score_get_stage (score), ==, picks[i]);
      g_assert_false (fh_score_get_carried_over (score));
    }
  fh_maturity_summarize (&models, fh_assessment_get_id (q1), &result);
  g_assert_cmpint (result.overall, ==, overall);
  g_assert_cmpstr (fh_section_get_badge (FH_SECTION (f->page)), ==, fh_stage_get_label (overall));
  g_assert_cmpint (overall, ==, FH_STAGE_INITIAL);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (summary),
                                   "Overall stage Initial · mean 1.3 · 24 of 24 assessed"));

  /* The next quarter starts from these answers, carried over, in one undo step. */
  start (f, "2027-Q2");
  g_assert_cmpuint (n_items (f, FH_COLLECTION_SCORES), ==, 2 * G_N_ELEMENTS (picks));
  fh_store_get_models (f->store, &models);
  q2 = fh_maturity_find_assessment (&models, fh_quarter_make (2027, 2));
  fh_maturity_summarize (&models, fh_assessment_get_id (q2), &result);
  g_assert_cmpuint (result.n_carried_over, ==, G_N_ELEMENTS (picks));
  g_assert_true (fh_store_undo (f->store, NULL));
  g_assert_cmpuint (n_items (f, FH_COLLECTION_ASSESSMENTS), ==, 1);
  g_assert_cmpuint (n_items (f, FH_COLLECTION_SCORES), ==, G_N_ELEMENTS (picks));
  g_assert_true (fh_store_redo (f->store, NULL));
  fh_assess_page_set_quarter (FH_ASSESS_PAGE (f->page), fh_quarter_make (2027, 2));

  /* Enter confirms a carried-over answer; a number changes and confirms it. */
  press_key (f->page, GDK_KEY_3);
  for (guint i = 0; i < G_N_ELEMENTS (picks); i++)
    press_key (f->page, GDK_KEY_Return);
  fh_store_get_models (f->store, &models);
  q2 = fh_maturity_find_assessment (&models, fh_quarter_make (2027, 2));
  fh_maturity_summarize (&models, fh_assessment_get_id (q2), &result);
  g_assert_cmpuint (result.n_carried_over, ==, 0);
  g_assert_cmpint (fh_score_get_stage (fh_maturity_find_score (
                     &models, fh_assessment_get_id (q2),
                     fh_capability_get_id (g_ptr_array_index (capabilities, 0)))),
                   ==, 3);

  /* A second assessment of a quarter, and a quarter out of range, are refused. */
  start (f, "2027-Q1");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (start_error)));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (start_error),
                                   "There is an assessment for that quarter already."));
  start (f, "2101-Q1");
  g_assert_cmpstr (gtk_label_get_text (start_error), ==,
                   "Type a quarter from 2000-Q1 to 2100-Q4, such as 2027-Q1.");
  start (f, "1999-Q4");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (start_error)));
  g_assert_cmpuint (n_items (f, FH_COLLECTION_ASSESSMENTS), ==, 2);
}

/* A plan made before the catalog grew keeps its own; the Assess page offers the new
 * capabilities and adds them as one undo step. The card says how a capability maps to
 * the public frameworks. */
static void
test_catalog_bar (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  GtkWidget    *window = g_object_ref_sink (gtk_window_new ());
  GtkWidget    *page = g_object_ref_sink (fh_assess_page_new ());
  FhCatalogBar *bar;
  GtkLabel     *frameworks;
  guint         n_before;

  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_present (GTK_WINDOW (window));
  g_object_set (page, "store", store, NULL);
  fh_test_wait_mapped (page);

  bar = fh_test_template_child (page, FH_TYPE_ASSESS_PAGE, "catalog_bar");
  frameworks = fh_test_template_child (page, FH_TYPE_ASSESS_PAGE, "frameworks_label");
  n_before = g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_CAPABILITIES));
  g_assert_cmpuint (n_before, ==, 14);
  g_assert_cmpuint (fh_catalog_bar_get_n_missing (bar), ==, 10);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));

  g_assert_true (fh_catalog_bar_add (bar, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_CAPABILITIES)), ==, 24);
  g_assert_cmpuint (fh_catalog_bar_get_n_missing (bar), ==, 0);
  g_assert_nonnull (fh_store_lookup_capability (store, "genai-overlay"));
  g_assert_cmpint (
    fh_capability_get_position (fh_store_lookup_capability (store, "validation-gates")), ==, 14);
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Add capabilities from the catalog");

  /* One undo takes them all back, and the offer comes back. */
  g_assert_true (fh_store_undo (store, &error));
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_CAPABILITIES)), ==,
    n_before);
  g_assert_cmpuint (fh_catalog_bar_get_n_missing (bar), ==, 10);

  /* Presenting hides it. */
  g_object_set (page, "presenting", TRUE, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_object_set (page, "presenting", FALSE, NULL);

  /* The demo's own capabilities have no mapping recorded: the line is hidden. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (frameworks)));

  fh_test_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

/* The framework mapping of a plan made from the catalog is on the card. */
static void
test_frameworks_shown (Fixture *f, gconstpointer data)
{
  GtkLabel *frameworks = fh_test_template_child (f->page, FH_TYPE_ASSESS_PAGE, "frameworks_label");
  FhCatalogBar *bar = fh_test_template_child (f->page, FH_TYPE_ASSESS_PAGE, "catalog_bar");

  g_assert_cmpuint (fh_catalog_bar_get_n_missing (bar), ==, 0);
  start (f, "2027-Q1");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (frameworks)));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (frameworks), "AWS ML Lens: "));
  g_assert_nonnull (strstr (gtk_label_get_text (frameworks), "Google MLOps levels:"));
  g_assert_nonnull (strstr (gtk_label_get_text (frameworks), "Microsoft MLOps maturity:"));
}

/* The review of the demo plan: the summary sentence and the baseline diff. */
static void
test_review_demo (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  GtkWidget *page = g_object_ref_sink (fh_review_page_new ());
  GtkWidget *window = g_object_ref_sink (gtk_window_new ());
  GtkLabel  *summary;

  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  g_object_set (page, "store", store, NULL);

  summary = fh_test_template_child (page, FH_TYPE_REVIEW_PAGE, "summary_label");
  g_assert_cmpstr (gtk_label_get_text (summary), ==,
                   "2 capabilities improved, 1 regressed, overall stage Not yet → Not yet");

  /* The demo's earlier review saved 11 baseline rows; saving one for the later
   * quarter adds one row per roadmap item, as one undo step. */
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_BASELINE_ITEMS)), ==, 11);
  gtk_widget_activate_action (page, "review.save-baseline", NULL);
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_BASELINE_ITEMS)), ==,
    11 + g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_ROADMAP)));
  g_assert_true (fh_store_undo (store, NULL));
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_BASELINE_ITEMS)), ==, 11);

  fh_test_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

/* Both pages fit beside the sidebar at 1280 px: at most 1040 px wide at their narrowest. */
static void
test_width (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  GtkWidget *pages[] = { g_object_ref_sink (fh_assess_page_new ()),
                         g_object_ref_sink (fh_review_page_new ()) };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *window = g_object_ref_sink (gtk_window_new ());
      int        minimum = -1, natural = -1;

      gtk_window_set_child (GTK_WINDOW (window), pages[i]);
      gtk_window_set_default_size (GTK_WINDOW (window), 1040, 680);
      gtk_window_present (GTK_WINDOW (window));
      g_object_set (pages[i], "store", store, NULL);
      fh_test_drain ();

      gtk_widget_measure (pages[i], GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
      g_test_message ("%s: minimum width %d px", G_OBJECT_TYPE_NAME (pages[i]), minimum);
      g_assert_cmpint (minimum, >, 0);
      g_assert_cmpint (minimum, <=, 1040);

      fh_test_window_close (GTK_WINDOW (window));
      g_assert_finalize_object (pages[i]);
    }
}

static guint
n_delivery_rows (GtkWidget *page)
{
  GtkWidget *box = fh_test_template_child (page, FH_TYPE_REVIEW_PAGE, "delivery_box");
  guint      rows = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    rows += gtk_widget_has_css_class (row, "review-delivery");
  return rows;
}

static GtkWidget *
find_button (GtkWidget *widget, const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkEntry *
find_entry (GtkWidget *widget, guint nth)
{
  guint      seen = 0;
  GtkWidget *c = widget;

  /* depth-first, in order */
  while (c != NULL)
    {
      if (GTK_IS_ENTRY (c) && seen++ == nth)
        return GTK_ENTRY (c);
      if (!GTK_IS_ENTRY (c) && gtk_widget_get_first_child (c) != NULL)
        c = gtk_widget_get_first_child (c);
      else
        {
          while (c != widget && gtk_widget_get_next_sibling (c) == NULL)
            c = gtk_widget_get_parent (c);
          c = c == widget ? NULL : gtk_widget_get_next_sibling (c);
        }
    }
  return NULL;
}

static FhRoadmapItem *
roadmap_item (FhStore *store, gint64 id)
{
  GListModel *list = fh_store_get_model (store, FH_COLLECTION_ROADMAP);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (list, i);

      if (fh_roadmap_item_get_id (item) == id)
        return item;
    }
  g_assert_not_reached ();
}

/* A slipped item moves to a later quarter but stays in the delivery check of the
 * quarter it was due in: while the review is open, and afterwards through the
 * baseline saved with the review before. */
static void
test_slipped_stays (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  GtkWidget     *page = g_object_ref_sink (fh_review_page_new ());
  GtkWidget     *window = g_object_ref_sink (gtk_window_new ());
  GtkWidget     *box, *slipped;
  FhRoadmapItem *item;
  FhPlanModels   models;
  g_autoptr (GPtrArray) due = NULL;

  g_assert_no_error (error);
  /* Item 2 (due 2027-Q1 in the 2026-Q3 baseline) is now due in 2026-Q4. */
  item = roadmap_item (store, 2);
  g_assert_true (
    fh_store_set (store, item, &error, "start-quarter", fh_quarter_make (2026, 4), NULL));
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  g_object_set (page, "store", store, NULL);
  g_assert_cmpuint (n_delivery_rows (page), ==, 1);

  box = fh_test_template_child (page, FH_TYPE_REVIEW_PAGE, "delivery_box");
  slipped = find_button (box, "_Slipped");
  g_assert_nonnull (slipped);
  /* No reason: refused at the row, nothing changes. */
  g_signal_emit_by_name (slipped, "clicked");
  g_assert_cmpint (fh_roadmap_item_get_status (roadmap_item (store, 2)), ==,
                   FH_ITEM_STATUS_PLANNED);

  gtk_editable_set_text (GTK_EDITABLE (find_entry (box, 0)), "Waiting for the log pipeline");
  gtk_editable_set_text (GTK_EDITABLE (find_entry (box, 1)), "2027-Q2");
  g_signal_emit_by_name (find_button (box, "_Slipped"), "clicked");
  item = roadmap_item (store, 2);
  g_assert_cmpint (fh_roadmap_item_get_status (item), ==, FH_ITEM_STATUS_SLIPPED);
  g_assert_cmpint (fh_maturity_item_end_quarter (item), ==, fh_quarter_make (2027, 2));
  g_assert_cmpstr (fh_roadmap_item_get_status_reason (item), ==, "Waiting for the log pipeline");
  g_assert_cmpuint (n_delivery_rows (page), ==, 1);

  /* Afterwards: the 2026-Q3 baseline had item 2 due in 2027-Q1. */
  g_assert_true (
    fh_store_set (store, item, &error, "start-quarter", fh_quarter_make (2027, 3), NULL));
  fh_store_get_models (store, &models);
  due = fh_maturity_items_due (&models, fh_quarter_make (2027, 1));
  g_assert_cmpuint (due->len, ==, 3); /* items 1 and 3, and 2 that slipped */
  g_assert_cmpint (fh_roadmap_item_get_id (g_ptr_array_index (due, 1)), ==, 2);
  g_assert_true (
    fh_store_set (store, roadmap_item (store, 2), &error, "status", FH_ITEM_STATUS_PLANNED, NULL));
  fh_store_get_models (store, &models);
  g_clear_pointer (&due, g_ptr_array_unref);
  due = fh_maturity_items_due (&models, fh_quarter_make (2027, 1));
  g_assert_cmpuint (due->len, ==, 2); /* moved, not slipped: no longer due then */

  fh_test_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

/* The review shows again only what a change touches: an unrelated change keeps its
 * rows; a change while it is hidden updates the sidebar's badge at once and the rows
 * when it is shown again. */
static void
test_review_updates (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  GtkWidget       *page = g_object_ref_sink (fh_review_page_new ());
  GtkWidget       *window = gtk_window_new ();
  GtkWidget       *box, *first;
  g_autofree char *want = NULL;
  g_autofree char *badge = NULL;
  g_autoptr (GObject) gap = NULL;
  FhPlanModels models;
  guint        n_before;
  int          votes = 0;

  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  g_object_set (page, "store", store, NULL);
  g_assert_true (gtk_widget_get_mapped (page));
  n_before = n_delivery_rows (page);
  g_assert_cmpuint (n_before, !=, 1);

  /* A gap's votes: nothing the review shows. */
  box = fh_test_template_child (page, FH_TYPE_REVIEW_PAGE, "delivery_box");
  first = gtk_widget_get_first_child (box);
  g_assert_nonnull (first);
  g_object_add_weak_pointer (G_OBJECT (first), (gpointer *)&first);
  gap = g_list_model_get_item (fh_store_get_model (store, FH_COLLECTION_GAPS), 0);
  g_object_get (gap, "votes", &votes, NULL);
  g_assert_true (fh_store_set (store, gap, &error, "votes", votes + 1, NULL));
  g_assert_nonnull (first);
  g_assert_true (gtk_widget_get_first_child (box) == first);
  g_object_remove_weak_pointer (G_OBJECT (first), (gpointer *)&first);

  /* Hidden: item 2 now due in 2026-Q4. */
  gtk_widget_set_visible (window, FALSE);
  g_assert_false (gtk_widget_get_mapped (page));
  g_assert_true (fh_store_set (store, roadmap_item (store, 2), &error, "start-quarter",
                               fh_quarter_make (2026, 4), NULL));
  fh_store_get_models (store, &models);
  want = g_strdup_printf (
    "%u", fh_maturity_count_items_open (&models, fh_maturity_current_quarter (NULL)));
  g_object_get (page, "badge", &badge, NULL);
  g_assert_cmpstr (badge, ==, want);
  g_assert_cmpuint (n_delivery_rows (page), ==, n_before);

  /* Shown again: the delivery check of 2026-Q4 lists it. */
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpuint (n_delivery_rows (page), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

int
main (int argc, char *argv[])
{
  fh_test_ui_init (&argc, &argv);

  g_test_add ("/foothold/assess/keyboard", Fixture, NULL, fixture_set_up, test_keyboard,
              fixture_tear_down);
  g_test_add ("/foothold/assess/frameworks", Fixture, NULL, fixture_set_up, test_frameworks_shown,
              fixture_tear_down);
  g_test_add_func ("/foothold/assess/catalog-bar", test_catalog_bar);
  g_test_add_func ("/foothold/assess/review-demo", test_review_demo);
  g_test_add_func ("/foothold/assess/width", test_width);
  g_test_add_func ("/foothold/assess/slipped-stays", test_slipped_stays);
  g_test_add_func ("/foothold/assess/review-updates", test_review_updates);

  return g_test_run ();
}
