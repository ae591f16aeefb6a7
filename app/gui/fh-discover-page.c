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
  AdwBin parent_instance;

  FhStore *store;
  char    *badge;

  AdwViewStack   *stack;
  FhGapsView     *gaps_view;
  FhUseCasesView *use_cases_view;
  FhDataView     *data_view;
  FhPeopleView   *people_view;
};

G_DEFINE_FINAL_TYPE (FhDiscoverPage, fh_discover_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_BADGE,
  N_PROPS
};

enum
{
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
update_badge (FhDiscoverPage *self)
{
  g_autofree char *badge = NULL;

  if (self->store != NULL)
    {
      GListModel *gaps = fh_store_get_model (self->store, FH_COLLECTION_GAPS);
      guint       n_open = fh_gaps_count_open (gaps);

      badge = g_strdup_printf ("%u", n_open);
    }
  else
    badge = g_strdup ("");

  if (g_strcmp0 (badge, self->badge) == 0)
    return;

  g_free (self->badge);
  self->badge = g_steal_pointer (&badge);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE]);
}

static void
child_add_toast_cb (FhDiscoverPage *self, AdwToast *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static const char *const tabs[] = { "gaps", "use-cases", "data", "people" };

/* Ctrl+Page Down / Ctrl+Page Up: the next or previous tab, wrapping around, with
 * the keyboard focus moved into it. */
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
  if (!gtk_widget_grab_focus (adw_view_stack_get_visible_child (self->stack)))
    gtk_widget_child_focus (adw_view_stack_get_visible_child (self->stack), GTK_DIR_TAB_FORWARD);

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

  fh_discover_page_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_DISCOVER_PAGE);

  G_OBJECT_CLASS (fh_discover_page_parent_class)->dispose (object);
}

static void
fh_discover_page_finalize (GObject *object)
{
  FhDiscoverPage *self = FH_DISCOVER_PAGE (object);

  g_free (self->badge);

  G_OBJECT_CLASS (fh_discover_page_parent_class)->finalize (object);
}

static void
fh_discover_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhDiscoverPage *self = FH_DISCOVER_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_BADGE:
      g_value_set_string (value, self->badge);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_discover_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FhDiscoverPage *self = FH_DISCOVER_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fh_discover_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_discover_page_class_init (FhDiscoverPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_discover_page_dispose;
  object_class->finalize = fh_discover_page_finalize;
  object_class->get_property = fh_discover_page_get_property;
  object_class->set_property = fh_discover_page_set_property;

  widget_class->grab_focus = fh_discover_page_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BADGE] = g_param_spec_string (
    "badge", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FhDiscoverPage::add-toast:
   * @toast: the toast, to be shown by the window
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

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

  self->badge = g_strdup ("");
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

FhStore *
fh_discover_page_get_store (FhDiscoverPage *self)
{
  g_return_val_if_fail (FH_IS_DISCOVER_PAGE (self), NULL);

  return self->store;
}

/**
 * fh_discover_page_set_store:
 * @store: (nullable): the plan to show
 */
void
fh_discover_page_set_store (FhDiscoverPage *self, FhStore *store)
{
  g_return_if_fail (FH_IS_DISCOVER_PAGE (self));
  g_return_if_fail (store == NULL || FH_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (fh_store_get_model (self->store, FH_COLLECTION_GAPS),
                                          self);

  g_set_object (&self->store, store);

  if (self->gaps_view != NULL)
    {
      fh_gaps_view_set_store (self->gaps_view, store);
      fh_use_cases_view_set_store (self->use_cases_view, store);
      fh_data_view_set_store (self->data_view, store);
      fh_people_view_set_store (self->people_view, store);
    }

  if (store != NULL)
    g_signal_connect_swapped (fh_store_get_model (store, FH_COLLECTION_GAPS), "items-changed",
                              G_CALLBACK (update_badge), self);
  update_badge (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
fh_discover_page_get_badge (FhDiscoverPage *self)
{
  g_return_val_if_fail (FH_IS_DISCOVER_PAGE (self), NULL);

  return self->badge;
}

/* Shows the tab @name: "gaps", "use-cases", "data" or "people". */
void
fh_discover_page_set_tab (FhDiscoverPage *self, const char *name)
{
  g_return_if_fail (FH_IS_DISCOVER_PAGE (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
}
