/* fh-option-adder.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-option-adder.h"

#include "fh-feedback.h"
#include "fh-offerings.h"
#include "fh-option.h"
#include "fh-types.h"

/* Adds an option to a capability: by name and kind, or as a copy of one of the
 * capability's example offerings. A refused name stays in the entry with the reason
 * under it. */

struct _FhOptionAdder
{
  AdwBin parent_instance;

  FhStore    *store;
  char       *capability;
  GListStore *examples; /* FhOption: the capability's example offerings */

  GtkEntry      *add_entry;
  GtkDropDown   *add_kind_dropdown;
  GtkMenuButton *examples_button;
  GtkListBox    *examples_list;
  GtkLabel      *add_error;
};

G_DEFINE_FINAL_TYPE (FhOptionAdder, fh_option_adder, ADW_TYPE_BIN)

enum
{
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
example_row_new (gpointer item, gpointer user_data)
{
  FhOption        *option = item;
  g_autofree char *text = g_strdup_printf ("%s (%s)", fh_option_get_name (option),
                                           fh_option_kind_get_label (fh_option_get_kind (option)));
  GtkWidget       *label = gtk_label_new (text);
  GtkWidget       *vendor = gtk_label_new (fh_option_get_vendor (option));
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (vendor), 0);
  gtk_widget_add_css_class (vendor, "dim-label");
  gtk_widget_add_css_class (vendor, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), vendor);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

static void
rebuild_examples (FhOptionAdder *self)
{
  g_autoptr (GPtrArray) offerings = NULL;
  g_autoptr (GError) error = NULL;

  g_list_store_remove_all (self->examples);
  if (self->capability == NULL)
    return;

  offerings = fh_offerings_load (self->capability, &error);
  if (offerings == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->examples_button), offerings->len > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->examples_button), offerings->len > 0
                               ? _("Start from an example offering for this capability")
                               : _("No example offerings for this capability"));
  g_list_store_splice (self->examples, 0, 0, offerings->pdata, offerings->len);
}

static gboolean
add_option (FhOptionAdder *self, FhOption *option)
{
  g_autoptr (GError) error = NULL;

  if (!fh_store_add (self->store, option, &error))
    {
      fh_show_field_error (self->add_error, GTK_WIDGET (self->add_entry), error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[ADDED], 0, option);
  return TRUE;
}

static void
add_entry_activate_cb (FhOptionAdder *self, GtkEntry *entry)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr (FhOption) option = NULL;
  guint kind = gtk_drop_down_get_selected (self->add_kind_dropdown);

  if (self->store == NULL || self->capability == NULL)
    return;

  option = fh_option_new (self->capability, name);
  g_object_set (option, "kind", kind <= FH_OPTION_KIND_HYBRID ? (int)kind : 0, NULL);
  if (add_option (self, option))
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
add_entry_changed_cb (FhOptionAdder *self, GtkEntry *entry)
{
  fh_show_field_error (self->add_error, GTK_WIDGET (entry), NULL);
}

static void
example_activated_cb (FhOptionAdder *self, GtkListBoxRow *row, GtkListBox *list)
{
  g_autoptr (FhOption) example =
    g_list_model_get_item (G_LIST_MODEL (self->examples), gtk_list_box_row_get_index (row));
  g_autoptr (FhOption) option = NULL;

  if (self->store == NULL || example == NULL)
    return;

  /* A fresh copy each time, so that the same example can be added twice. */
  option = fh_option_new (fh_option_get_capability (example), fh_option_get_name (example));
  g_object_set (option, "kind", fh_option_get_kind (example), "vendor",
                fh_option_get_vendor (example), "description", fh_option_get_description (example),
                NULL);
  gtk_menu_button_popdown (self->examples_button);
  add_option (self, option);
}

static void
fh_option_adder_dispose (GObject *object)
{
  FhOptionAdder *self = FH_OPTION_ADDER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_OPTION_ADDER);
  g_clear_object (&self->store);
  g_clear_object (&self->examples);

  G_OBJECT_CLASS (fh_option_adder_parent_class)->dispose (object);
}

static void
fh_option_adder_finalize (GObject *object)
{
  FhOptionAdder *self = FH_OPTION_ADDER (object);

  g_free (self->capability);

  G_OBJECT_CLASS (fh_option_adder_parent_class)->finalize (object);
}

static void
fh_option_adder_class_init (FhOptionAdderClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_option_adder_dispose;
  object_class->finalize = fh_option_adder_finalize;

  /**
   * FhOptionAdder::added:
   * @option: the option, now in the plan
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, FH_TYPE_OPTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-option-adder.ui");
  gtk_widget_class_bind_template_child (widget_class, FhOptionAdder, add_entry);
  gtk_widget_class_bind_template_child (widget_class, FhOptionAdder, add_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FhOptionAdder, examples_button);
  gtk_widget_class_bind_template_child (widget_class, FhOptionAdder, examples_list);
  gtk_widget_class_bind_template_child (widget_class, FhOptionAdder, add_error);
  gtk_widget_class_bind_template_callback (widget_class, add_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, example_activated_cb);
}

static void
fh_option_adder_init (FhOptionAdder *self)
{
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int k = 0; k <= FH_OPTION_KIND_HYBRID; k++)
    gtk_string_list_append (kinds, fh_option_kind_get_label (k));
  gtk_drop_down_set_model (self->add_kind_dropdown, G_LIST_MODEL (kinds));
  self->examples = g_list_store_new (FH_TYPE_OPTION);
  gtk_list_box_bind_model (self->examples_list, G_LIST_MODEL (self->examples), example_row_new,
                           NULL, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_entry), FALSE);
}

GtkWidget *
fh_option_adder_new (void)
{
  return g_object_new (FH_TYPE_OPTION_ADDER, NULL);
}

/**
 * fh_option_adder_set_store:
 * @store: (nullable): the plan to add options to
 */
void
fh_option_adder_set_store (FhOptionAdder *self, FhStore *store)
{
  g_return_if_fail (FH_IS_OPTION_ADDER (self));
  g_return_if_fail (store == NULL || FH_IS_STORE (store));

  g_set_object (&self->store, store);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_entry), store != NULL);
}

const char *
fh_option_adder_get_capability (FhOptionAdder *self)
{
  g_return_val_if_fail (FH_IS_OPTION_ADDER (self), NULL);

  return self->capability;
}

void
fh_option_adder_set_capability (FhOptionAdder *self, const char *capability)
{
  g_return_if_fail (FH_IS_OPTION_ADDER (self));

  if (g_strcmp0 (self->capability, capability) == 0 && capability != NULL)
    return;

  g_free (self->capability);
  self->capability = g_strdup (capability);
  rebuild_examples (self);
}
