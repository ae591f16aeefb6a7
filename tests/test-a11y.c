/* test-a11y.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fh-discover-page.h"
#include "fh-section.h"
#include "fh-store.h"
#include "fh-test-ui.h"
#include "fh-window-private.h"
#include "fh-window.h"

/* The accessible tree a screen reader meets, section by section, on the demo plan: every
 * control someone can reach with Tab or a pointer has a name. GTK 4.8 has no public call
 * that computes the name an assistive technology reads, so this test accepts the sources
 * GTK draws the name from: the label property, a labelled-by relation, or the text the
 * control shows (a button's label, the labels inside a row or a check button). A tooltip
 * is a description, not a name: an icon-only button needs a label of its own. */

typedef struct
{
  FhStore  *store;
  FhWindow *window;
} Fixture;

static const char *const section_names[] = { "discover", "assess", "options",
                                             "roadmap",  "review", "scenarios" };
static const char *const discover_tabs[] = { "gaps", "use-cases", "data", "people" };

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->store = fh_store_new_demo (NULL, &error);
  g_assert_no_error (error);
  f->window = g_object_ref (g_object_new (FH_TYPE_WINDOW, "store", f->store, NULL));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  fh_test_wait_mapped (f->window);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fh_test_window_close (GTK_WINDOW (g_steal_pointer (&f->window)));
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

/* Whether a visible label below @widget says something. */
static gboolean
shows_text (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      return text != NULL && *text != '\0';
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child))
      return TRUE;
  return FALSE;
}

static gboolean
has_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) &&
      gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, "") != NULL)
    return TRUE;
  /* A button is always labelled by its child, even when the child is an icon: what
   * counts there is whether the child shows text. */
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
    return shows_text (widget);
  if (gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  /* Controls named by what they show. An entry's text is its value, not its name, and a
   * placeholder disappears as soon as someone types. */
  if (GTK_IS_EDITABLE (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_SCALE (widget) ||
      GTK_IS_SWITCH (widget))
    return FALSE;
  return shows_text (widget);
}

/* Whether a user can operate @widget: the controls GTK makes, and any focusable widget
 * of Foothold's own (the charts and the timeline). */
static gboolean
is_control (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) ||
      GTK_IS_SWITCH (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_SCALE (widget) ||
      GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_SPIN_BUTTON (widget) ||
      GTK_IS_PASSWORD_ENTRY (widget) || GTK_IS_TEXT_VIEW (widget))
    return TRUE;
  return gtk_widget_get_focusable (widget) && g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Fh");
}

/* Widgets whose inside is GTK's own business: the outer widget carries the name. */
static gboolean
is_composite (GtkWidget *widget)
{
  return GTK_IS_DROP_DOWN (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_SPIN_BUTTON (widget) ||
         GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_PASSWORD_ENTRY (widget) ||
         GTK_IS_EDITABLE (widget);
}

static char *
describe (GtkWidget *widget)
{
  g_autoptr (GString) path = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *css = gtk_widget_get_css_name (w);

      g_string_prepend (path, G_OBJECT_TYPE_NAME (w));
      if (css != NULL && w == widget)
        g_string_append_printf (path, " (%s)", css);
      if (g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Fh") && w != widget)
        break;
      g_string_prepend (path, " > ");
    }
  if (GTK_IS_WIDGET (widget) && gtk_widget_get_tooltip_text (widget) != NULL)
    g_string_append_printf (path, " tooltip “%s”", gtk_widget_get_tooltip_text (widget));
  return g_string_free (g_steal_pointer (&path), FALSE);
}

static void
walk (GtkWidget *widget, GPtrArray *unnamed, guint *controls)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (is_control (widget))
    {
      (*controls)++;
      if (!has_name (widget))
        g_ptr_array_add (unnamed, describe (widget));
    }
  if (is_composite (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk (child, unnamed, controls);
}

static void
check_shown (Fixture *f, const char *where)
{
  g_autoptr (GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);
  guint controls = 0;

  fh_test_drain ();
  walk (GTK_WIDGET (f->window), unnamed, &controls);
  g_test_message ("%s: %u controls, %u without a name", where, controls, unnamed->len);
  for (guint i = 0; i < unnamed->len; i++)
    g_test_message ("  unnamed: %s", (const char *)unnamed->pdata[i]);
  /* A section with no control at all would mean the walk saw nothing. */
  g_assert_cmpuint (controls, >, 3);
  g_assert_cmpuint (unnamed->len, ==, 0);
}

static gboolean
section_shown (gpointer data)
{
  return fh_test_is_mapped (data) && fh_test_has_width (data);
}

static void
test_a11y_names (Fixture *f, gconstpointer data)
{
  GtkStack       *stack = fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack");
  FhDiscoverPage *discover = fh_test_template_child (f->window, FH_TYPE_WINDOW, "discover_page");

  for (guint i = 0; i < G_N_ELEMENTS (section_names); i++)
    {
      fh_window_set_section (f->window, section_names[i]);
      fh_test_wait_for (section_shown, gtk_stack_get_child_by_name (stack, section_names[i]));
      if (g_str_equal (section_names[i], "discover"))
        for (guint t = 0; t < G_N_ELEMENTS (discover_tabs); t++)
          {
            g_autofree char *where = g_strconcat ("discover/", discover_tabs[t], NULL);

            fh_discover_page_set_tab (discover, discover_tabs[t]);
            fh_test_drain ();
            check_shown (f, where);
          }
      else
        check_shown (f, section_names[i]);
    }
}

/* The walk itself: an icon-only button with only a tooltip is found, a labelled one and
 * a button showing text are not. */
static void
test_a11y_walk_finds_unnamed (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon_only = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *labelled = gtk_button_new_from_icon_name ("list-remove-symbolic");
  GtkWidget *entry = gtk_entry_new ();
  GtkWindow *window;
  g_autoptr (GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);
  guint controls = 0;

  gtk_widget_set_tooltip_text (icon_only, "Add");
  gtk_accessible_update_property (GTK_ACCESSIBLE (labelled), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "Remove", -1);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "Type a gap");
  gtk_box_append (GTK_BOX (box), icon_only);
  gtk_box_append (GTK_BOX (box), labelled);
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Vote"));
  gtk_box_append (GTK_BOX (box), entry);
  window = fh_test_window_new (box, 400, 100);

  walk (GTK_WIDGET (window), unnamed, &controls);
  for (guint i = 0; i < unnamed->len; i++)
    g_test_message ("unnamed: %s", (const char *)unnamed->pdata[i]);
  g_assert_cmpuint (controls, ==, 4);
  g_assert_cmpuint (unnamed->len, ==, 2);
  g_assert_nonnull (strstr (unnamed->pdata[0], "tooltip “Add”"));
  g_assert_nonnull (strstr (unnamed->pdata[1], "GtkEntry"));

  fh_test_window_close (window);
}

int
main (int argc, char **argv)
{
  fh_test_ui_init (&argc, &argv);

  g_test_add_func ("/foothold/a11y/walk-finds-unnamed", test_a11y_walk_finds_unnamed);
  g_test_add ("/foothold/a11y/names", Fixture, NULL, fixture_set_up, test_a11y_names,
              fixture_tear_down);

  return g_test_run ();
}
