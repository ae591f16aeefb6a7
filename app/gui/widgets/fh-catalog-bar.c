/* fh-catalog-bar.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fh-catalog-bar.h"

#include "fh-capability.h"
#include "fh-feedback.h"
#include "fh-plan-edits.h"

struct _FhCatalogBar
{
  GtkWidget parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *label;

  FhStore    *store;
  GListModel *capabilities; /* the plan's, watched */
  guint       n_missing;
};

G_DEFINE_FINAL_TYPE (FhCatalogBar, fh_catalog_bar, GTK_TYPE_WIDGET)

enum
{
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The catalog is read again only when the plan's capabilities change. */
static void
update (FhCatalogBar *self)
{
  g_autoptr (GPtrArray) missing = NULL;
  g_autoptr (GString) names = NULL;
  g_autofree char *text = NULL;

  self->n_missing = 0;
  if (self->store != NULL)
    {
      missing = fh_store_catalog_missing (self->store, NULL);
      self->n_missing = missing->len;
    }

  gtk_revealer_set_reveal_child (self->revealer, self->n_missing > 0);
  if (self->n_missing == 0)
    return;

  names = g_string_new (NULL);
  for (guint i = 0; i < missing->len; i++)
    {
      if (i > 0)
        g_string_append (names, _(", "));
      g_string_append (names, fh_capability_get_name (g_ptr_array_index (missing, i)));
    }
  text = g_strdup_printf (
    ngettext ("Foothold’s catalog has %u capability this plan does not have yet: %s.",
              "Foothold’s catalog has %u capabilities this plan does not have yet: %s.",
              self->n_missing),
    self->n_missing, names->str);
  gtk_label_set_text (self->label, text);
}

static void
capabilities_changed_cb (FhCatalogBar *self)
{
  update (self);
}

/**
 * fh_catalog_bar_add:
 *
 * Adds the catalog's capabilities the plan lacks, with their prerequisites, as one
 * undo step, and raises a toast with Undo.
 *
 * Returns: whether they were added
 */
gboolean
fh_catalog_bar_add (FhCatalogBar *self, GError **error)
{
  g_autoptr (GPtrArray) missing = NULL;
  g_autoptr (GPtrArray) prerequisites = NULL;
  g_autoptr (FhEdit) edit = NULL;
  g_autoptr (AdwToast) toast = NULL;
  g_autofree char *text = NULL;
  FhPlanModels     models;

  g_return_val_if_fail (FH_IS_CATALOG_BAR (self), FALSE);

  if (self->store == NULL)
    return FALSE;

  missing = fh_store_catalog_missing (self->store, &prerequisites);
  if (missing->len == 0)
    return TRUE;

  fh_store_get_models (self->store, &models);
  edit = fh_edit_add_capabilities (&models, missing, prerequisites);
  if (!fh_store_apply_edit (self->store, edit, error))
    return FALSE;

  text = g_strdup_printf (ngettext ("%u capability added from the catalog",
                                    "%u capabilities added from the catalog", missing->len),
                          missing->len);
  toast = fh_toast_new (text, TRUE);
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  return TRUE;
}

static void
add_clicked_cb (FhCatalogBar *self)
{
  g_autoptr (GError) error = NULL;

  if (!fh_catalog_bar_add (self, &error))
    {
      g_autoptr (AdwToast) toast = fh_toast_new (error->message, FALSE);

      g_signal_emit (self, signals[ADD_TOAST], 0, toast);
    }
}

void
fh_catalog_bar_set_store (FhCatalogBar *self, FhStore *store)
{
  g_return_if_fail (FH_IS_CATALOG_BAR (self));

  if (self->capabilities != NULL)
    g_signal_handlers_disconnect_by_data (self->capabilities, self);
  g_clear_object (&self->capabilities);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      self->capabilities = g_object_ref (fh_store_get_model (store, FH_COLLECTION_CAPABILITIES));
      g_signal_connect_swapped (self->capabilities, "items-changed",
                                G_CALLBACK (capabilities_changed_cb), self);
    }
  update (self);
}

guint
fh_catalog_bar_get_n_missing (FhCatalogBar *self)
{
  g_return_val_if_fail (FH_IS_CATALOG_BAR (self), 0);

  return self->n_missing;
}

static void
fh_catalog_bar_dispose (GObject *object)
{
  FhCatalogBar *self = FH_CATALOG_BAR (object);

  fh_catalog_bar_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_CATALOG_BAR);

  G_OBJECT_CLASS (fh_catalog_bar_parent_class)->dispose (object);
}

static void
fh_catalog_bar_class_init (FhCatalogBarClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_catalog_bar_dispose;

  /**
   * FhCatalogBar::add-toast:
   * @toast: the toast for the window to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-catalog-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, FhCatalogBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, FhCatalogBar, label);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fh_catalog_bar_init (FhCatalogBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fh_catalog_bar_new (void)
{
  return g_object_new (FH_TYPE_CATALOG_BAR, NULL);
}
