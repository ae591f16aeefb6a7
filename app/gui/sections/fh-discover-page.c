/* fh-discover-page.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-discover-page.h"

#include "fh-data-view.h"
#include "fh-gap.h"
#include "fh-gaps-view.h"
#include "fh-people-view.h"
#include "fh-use-cases-view.h"

struct _FhDiscoverPage
{
  FhSection parent_instance;

  AdwViewStack   *stack;
  FhGapsView     *gaps_view;
  FhUseCasesView *use_cases_view;
  FhDataView     *data_view;
  FhPeopleView   *people_view;
};

G_DEFINE_FINAL_TYPE (FhDiscoverPage, fh_discover_page, FH_TYPE_SECTION)

/* The open gaps, counted over the model: the tabs need not be built for it. */
static void
fh_discover_page_update_badge (FhSection *section, FhStore *store)
{
  g_autofree char *badge = NULL;
  g_autofree char *tooltip = NULL;

  if (store != NULL)
    {
      GListModel *gaps = fh_store_get_model (store, FH_COLLECTION_GAPS);
      guint       n_open = fh_gaps_count_open (gaps);

      badge = g_strdup_printf ("%u", n_open);
      tooltip = g_strdup_printf (ngettext ("%u open gap", "%u open gaps", n_open), n_open);
    }

  fh_section_set_badge (section, badge);
  fh_section_set_badge_tooltip (section, tooltip);
}

/* A tab's toast is the page's: the window shows it. */
static void
child_add_toast_cb (FhDiscoverPage *self, AdwToast *toast)
{
  fh_section_add_toast (FH_SECTION (self), toast);
}

static const char *const tabs[] = { "gaps", "use-cases", "data", "people" };

/* Ctrl+Page Down / Ctrl+Page Up: the next or previous tab, wrapping around, with
 * the keyboard focus on the tab's main control, the same one on every visit: each tab
 * names it in its grab_focus. (Moving the focus "into" the tab from wherever it was
 * went one field further, or one row down a list, on every visit.) */
static gboolean
switch_tab_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  FhDiscoverPage *self = FH_DISCOVER_PAGE (widget);
  const char     *visible = adw_view_stack_get_visible_child_name (self->stack);
  int             step = g_variant_get_int32 (args);
  int             index = 0;

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    if (g_strcmp0 (visible, tabs[i]) == 0)
      index = (int)i;

  index = (index + step + (int)G_N_ELEMENTS (tabs)) % (int)G_N_ELEMENTS (tabs);
  fh_discover_page_set_tab (self, tabs[index]);
  gtk_widget_grab_focus (adw_view_stack_get_visible_child (self->stack));

  return TRUE;
}

static void
add_tab_shortcut (GtkShortcutController *controller, guint keyval, int step)
{
  gtk_shortcut_controller_add_shortcut (
    controller, gtk_shortcut_new_with_arguments (
                  gtk_keyval_trigger_new (keyval, GDK_CONTROL_MASK),
                  gtk_callback_action_new (switch_tab_cb, NULL, NULL), "i", step));
}

static gboolean
fh_discover_page_grab_focus (GtkWidget *widget)
{
  FhDiscoverPage *self = FH_DISCOVER_PAGE (widget);
  GtkWidget      *visible = adw_view_stack_get_visible_child (self->stack);

  return visible != NULL && gtk_widget_grab_focus (visible);
}

static void
fh_discover_page_dispose (GObject *object)
{
  FhDiscoverPage *self = FH_DISCOVER_PAGE (object);

  fh_section_set_store (FH_SECTION (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_DISCOVER_PAGE);

  G_OBJECT_CLASS (fh_discover_page_parent_class)->dispose (object);
}

static void
fh_discover_page_class_init (FhDiscoverPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FhSectionClass *section_class = FH_SECTION_CLASS (klass);

  object_class->dispose = fh_discover_page_dispose;
  section_class->update_badge = fh_discover_page_update_badge;

  widget_class->grab_focus = fh_discover_page_grab_focus;

  g_type_ensure (FH_TYPE_GAPS_VIEW);
  g_type_ensure (FH_TYPE_USE_CASES_VIEW);
  g_type_ensure (FH_TYPE_DATA_VIEW);
  g_type_ensure (FH_TYPE_PEOPLE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-discover-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FhDiscoverPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FhDiscoverPage, gaps_view);
  gtk_widget_class_bind_template_child (widget_class, FhDiscoverPage, use_cases_view);
  gtk_widget_class_bind_template_child (widget_class, FhDiscoverPage, data_view);
  gtk_widget_class_bind_template_child (widget_class, FhDiscoverPage, people_view);
  gtk_widget_class_bind_template_callback (widget_class, child_add_toast_cb);
}

static void
fh_discover_page_init (FhDiscoverPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Capture phase: the lists inside would take Ctrl+Page Down for scrolling. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_tab_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_Page_Down, 1);
  add_tab_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_KP_Page_Down, 1);
  add_tab_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_Page_Up, -1);
  add_tab_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_KP_Page_Up, -1);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

GtkWidget *
fh_discover_page_new (void)
{
  return g_object_new (FH_TYPE_DISCOVER_PAGE, NULL);
}

/* Shows the tab @name: "gaps", "use-cases", "data" or "people". */
void
fh_discover_page_set_tab (FhDiscoverPage *self, const char *name)
{
  g_return_if_fail (FH_IS_DISCOVER_PAGE (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
}
