/* fh-window.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-window-private.h"

#include "fh-assess-page.h"
#include "fh-discover-page.h"
#include "fh-feedback.h"
#include "fh-options-page.h"
#include "fh-plan-info.h"
#include "fh-review-page.h"
#include "fh-roadmap-page.h"
#include "fh-scenario-switcher.h"
#include "fh-scenarios-page.h"
#include "fh-section.h"

/* The sections in workshop order: the sidebar's rows and the stack's pages. Each is a
 * section (FhSection): the template binds its plan, its presentation mode and its
 * sidebar badge, and takes its toasts; nothing here walks the pages. */
static const char *const sections[] = { "discover", "assess", "options",
                                        "roadmap",  "review", "scenarios" };

G_STATIC_ASSERT (G_N_ELEMENTS (sections) == FH_WINDOW_N_SECTIONS);

G_DEFINE_FINAL_TYPE (FhWindow, fh_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_SECTION,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
fh_window_section_name (int index)
{
  g_return_val_if_fail (index >= 0 && index < FH_WINDOW_N_SECTIONS, NULL);

  return sections[index];
}

int
fh_window_section_index (const char *section)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_strcmp0 (sections[i], section) == 0)
        return i;
    }

  return -1;
}

void
fh_window_toast (FhWindow   *self,
                 const char *text,
                 const char *button_label,
                 const char *action_name)
{
  AdwToast *toast = fh_toast_new (text, FALSE);

  if (button_label != NULL)
    {
      adw_toast_set_button_label (toast, button_label);
      adw_toast_set_action_name (toast, action_name);
    }

  fh_window_add_toast (self, toast);
}

static void
fh_window_update_title (FhWindow *self)
{
  FhPlanInfo      *info = self->store != NULL ? fh_store_get_info (self->store) : NULL;
  const char      *name = info != NULL ? fh_plan_info_get_name (info) : NULL;
  const char      *path = self->store != NULL ? fh_store_get_path (self->store) : NULL;
  g_autofree char *basename = path != NULL ? g_filename_display_basename (path) : NULL;
  const char      *subtitle = basename;

  if (self->store == NULL)
    name = _("No Plan Open");
  else if (name == NULL || name[0] == '\0')
    name = _("Untitled plan");

  if (self->store != NULL && path == NULL)
    subtitle = _("Not saved to a file");

  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), name);
}

static void
fh_window_update_recent (FhWindow *self)
{
  g_auto (GStrv) recent = g_settings_get_strv (self->settings, "recent-plans");

  g_menu_remove_all (self->recent_menu);

  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *basename = g_filename_display_basename (recent[i]);
      g_auto (GStrv) parts = NULL;
      g_autofree char *label = NULL;
      g_autoptr (GMenuItem) item = NULL;

      if (g_str_has_suffix (basename, FH_PLAN_EXTENSION))
        basename[strlen (basename) - strlen (FH_PLAN_EXTENSION)] = '\0';

      /* Menu labels take "_" as a mnemonic: double it to show it. */
      parts = g_strsplit (basename, "_", -1);
      label = g_strjoinv ("__", parts);

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "app.open-recent",
                                               g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_menu, item);
    }

  /* An item whose action does not exist shows greyed out, which is what this one says. */
  if (recent[0] == NULL)
    g_menu_append (self->recent_menu, _("No Recent Plans"), "app.no-recent-plans");
}

static void
store_changed_cb (FhWindow *self)
{
  fh_window_update_title (self);
}

/* A section's toast: the window shows it. */
static void
section_add_toast_cb (FhWindow *self, AdwToast *toast)
{
  fh_window_add_toast (self, g_object_ref (toast));
}

/* The section shown has just been mapped, and so built, for the first time. */
static void
section_mapped_cb (FhWindow *self, GtkWidget *section)
{
  g_signal_handlers_disconnect_by_func (section, section_mapped_cb, self);
  if (self->store != NULL && gtk_stack_get_visible_child (self->stack) == section)
    gtk_widget_grab_focus (section);
}

/**
 * fh_window_focus_section:
 * @self: the window
 *
 * Puts the keyboard focus on the shown section's main control (the gap entry, the
 * capability being assessed, the roadmap, …): what Alt+1…5 and Enter on the sidebar do.
 * A section is built when first shown, so one not yet built takes the focus once it is.
 */
void
fh_window_focus_section (FhWindow *self)
{
  GtkWidget *section;

  g_return_if_fail (FH_IS_WINDOW (self));

  section = gtk_stack_get_visible_child (self->stack);
  if (self->store == NULL || section == NULL)
    return;

  g_signal_handlers_disconnect_by_func (section, section_mapped_cb, self);
  if (fh_section_get_built (FH_SECTION (section)) && gtk_widget_get_mapped (section))
    gtk_widget_grab_focus (section);
  else
    g_signal_connect_object (section, "map", G_CALLBACK (section_mapped_cb), self,
                             G_CONNECT_SWAPPED);
}

/* Alt+1…5: the section, with the focus on its main control. */
static void
fh_window_show_section (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhWindow *self = FH_WINDOW (widget);

  fh_window_set_section (self, g_variant_get_string (param, NULL));
  fh_window_focus_section (self);
}

/* Tab and Shift+Tab on the sidebar go from section to section, as the arrows do; past
 * the last or the first section they leave the sidebar as Tab always does. */
static gboolean
sidebar_key_pressed_cb (FhWindow              *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->sidebar);
  int            index = row != NULL ? gtk_list_box_row_get_index (row) : 0;
  int            step;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    step = (state & GDK_SHIFT_MASK) != 0 ? -1 : 1;
  else if (keyval == GDK_KEY_ISO_Left_Tab)
    step = -1;
  else
    return FALSE;

  index += step;
  if (index < 0 || index >= FH_WINDOW_N_SECTIONS)
    return FALSE;

  fh_window_set_section (self, sections[index]);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->sidebar, index)));
  return TRUE;
}

static void
sidebar_row_selected_cb (FhWindow *self, GtkListBoxRow *row, GtkListBox *sidebar)
{
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (index >= 0 && index < FH_WINDOW_N_SECTIONS)
    fh_window_set_section (self, sections[index]);
}

static void
sidebar_row_activated_cb (FhWindow *self, GtkListBoxRow *row, GtkListBox *sidebar)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  fh_window_focus_section (self);
}

static void
back_clicked_cb (FhWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
fh_window_unrealize (GtkWidget *widget)
{
  FhWindow *self = FH_WINDOW (widget);
  int       width, height;

  /* The size the window would have when not maximized, for the next start. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  GTK_WIDGET_CLASS (fh_window_parent_class)->unrealize (widget);
}

static void
fh_window_dispose (GObject *object)
{
  FhWindow *self = FH_WINDOW (object);

  fh_window_dispose_actions (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_weak_pointer (&self->toast);
  fh_window_dispose_presentation (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fh_window_parent_class)->dispose (object);
}

static void
fh_window_finalize (GObject *object)
{
  FhWindow *self = FH_WINDOW (object);

  g_free (self->section);

  G_OBJECT_CLASS (fh_window_parent_class)->finalize (object);
}

static void
fh_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhWindow *self = FH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhWindow *self = FH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fh_window_set_store (self, g_value_get_object (value));
      break;
    case PROP_SECTION:
      fh_window_set_section (self, g_value_get_string (value));
      break;
    case PROP_PRESENTING:
      fh_window_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_window_class_init (FhWindowClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass   *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fh_window_dispose;
  object_class->finalize = fh_window_finalize;
  object_class->get_property = fh_window_get_property;
  object_class->set_property = fh_window_set_property;

  widget_class->unrealize = fh_window_unrealize;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FH_TYPE_STORE, flags);
  properties[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, sections[0], flags);
  /* Bound to every section's own "presenting" in the template. */
  properties[PROP_PRESENTING] = g_param_spec_boolean ("presenting", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FH_TYPE_OPTIONS_PAGE);
  g_type_ensure (FH_TYPE_ROADMAP_PAGE);
  g_type_ensure (FH_TYPE_DISCOVER_PAGE);
  g_type_ensure (FH_TYPE_ASSESS_PAGE);
  g_type_ensure (FH_TYPE_REVIEW_PAGE);
  g_type_ensure (FH_TYPE_SCENARIOS_PAGE);
  g_type_ensure (FH_TYPE_SCENARIO_SWITCHER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FhWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, discover_page);
  /* Tests read the switcher; the window itself never touches it. */
  gtk_widget_class_bind_template_child_full (widget_class, "scenario_switcher", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, recent_menu);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, section_add_toast_cb);
  /* The sidebar's badges follow their sections by bindings alone; tests read them. */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *count = g_strconcat (sections[i], "_count", NULL);

      gtk_widget_class_bind_template_child_full (widget_class, count, FALSE, 0);
    }

  gtk_widget_class_install_property_action (widget_class, "win.section", "section");
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", fh_window_show_section);
  fh_window_class_init_actions (widget_class);
  fh_window_class_init_presentation (widget_class);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-section", "s", sections[i]);
}

static void
fh_window_init (FhWindow *self)
{
  GtkEventController *sidebar_keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_event_controller_set_propagation_phase (sidebar_keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (sidebar_keys, "key-pressed", G_CALLBACK (sidebar_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar), sidebar_keys);

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "section", self, "section", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::recent-plans",
                           G_CALLBACK (fh_window_update_recent), self, G_CONNECT_SWAPPED);

  /* The saved section may name one this version does not have. */
  if (self->section == NULL)
    fh_window_set_section (self, sections[0]);

  fh_window_init_presentation (self);
  fh_window_update_recent (self);
  fh_window_update_title (self);
  fh_window_update_actions (self);
}

/**
 * fh_window_new:
 * @application: (nullable): the application
 *
 * Returns: (transfer none): a new window with no plan
 */
FhWindow *
fh_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (FH_TYPE_WINDOW, "application", application, NULL);
}

FhStore *
fh_window_get_store (FhWindow *self)
{
  g_return_val_if_fail (FH_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * fh_window_set_store:
 * @self: the window
 * @store: (nullable): the plan to show
 *
 * Shows @store in the window, in place of the plan shown before.
 */
void
fh_window_set_store (FhWindow *self, FhStore *store)
{
  gboolean have_store = store != NULL;

  g_return_if_fail (FH_IS_WINDOW (self));
  g_return_if_fail (store == NULL || FH_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  /* An Undo button must never reach into the plan shown next. */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);

  g_set_object (&self->store, store);

  if (store != NULL)
    {
      g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);
      g_signal_connect_swapped (store, "notify::can-undo", G_CALLBACK (fh_window_update_actions),
                                self);
      g_signal_connect_swapped (store, "notify::can-redo", G_CALLBACK (fh_window_update_actions),
                                self);
      g_signal_connect_swapped (store, "notify::undo-label", G_CALLBACK (fh_window_update_actions),
                                self);
      g_signal_connect_swapped (store, "notify::redo-label", G_CALLBACK (fh_window_update_actions),
                                self);
    }

  fh_window_update_title (self);
  fh_window_update_actions (self);

  /* The template's bindings hand the plan to every section now; each builds its
   * content when first shown (FhSection), and keeps its sidebar badge from the start. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);

  /* In a workshop the first thing typed into a plan is a gap, or whatever the section
   * shown asks for: its main control has the focus once it is built. */
  if (have_store)
    fh_window_focus_section (self);
}

gboolean
fh_window_get_presenting (FhWindow *self)
{
  g_return_val_if_fail (FH_IS_WINDOW (self), FALSE);

  return self->presenting;
}

/**
 * fh_window_set_presenting:
 * @self: the window
 * @presenting: whether to show the plan to a room
 *
 * Enters or leaves presentation mode. Every section follows through its own
 * "presenting" property, bound to this one in the window's template.
 */
void
fh_window_set_presenting (FhWindow *self, gboolean presenting)
{
  g_return_if_fail (FH_IS_WINDOW (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  fh_window_apply_presenting (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

const char *
fh_window_get_section (FhWindow *self)
{
  g_return_val_if_fail (FH_IS_WINDOW (self), NULL);

  return self->section;
}

/**
 * fh_window_set_section:
 * @self: the window
 * @section: "discover", "assess", "options", "roadmap", "review" or "scenarios"
 *
 * Shows @section. An unknown name changes nothing, so that a section saved by another
 * version cannot break the window.
 */
void
fh_window_set_section (FhWindow *self, const char *section)
{
  int index;

  g_return_if_fail (FH_IS_WINDOW (self));

  index = fh_window_section_index (section);
  if (index < 0)
    return;

  /* In a narrow window the sidebar and the content take turns: choosing a section
   * (Alt+1…5 included) shows its content. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  if (g_strcmp0 (self->section, section) == 0)
    return;

  g_free (self->section);
  self->section = g_strdup (sections[index]);

  gtk_stack_set_visible_child_name (self->stack, self->section);
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, index));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

/**
 * fh_window_add_toast:
 * @self: the window
 * @toast: (transfer full): the toast
 *
 * Shows @toast in place of the one shown before, so that a quick series of edits does
 * not queue a toast for each.
 */
void
fh_window_add_toast (FhWindow *self, AdwToast *toast)
{
  g_return_if_fail (FH_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);

  g_set_weak_pointer (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * fh_window_show_error:
 * @self: the window
 * @heading: what failed, as a title
 * @message: the sentence that says why and what to do, shown as plain text
 *
 * Shows a failure that the user has to read, such as a plan that does not open.
 */
void
fh_window_show_error (FhWindow *self, const char *heading, const char *message)
{
  GtkWidget *dialog;

  g_return_if_fail (FH_IS_WINDOW (self));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (message != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  adw_message_dialog_set_heading_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (dialog), heading);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}
