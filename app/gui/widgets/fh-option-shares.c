/* fh-option-shares.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-option-shares.h"

#include "fh-capability.h"
#include "fh-option-share.h"
#include "fh-section.h"
#include "fh-shared-options.h"

/* The option editor's "Also serves": the other capabilities one option serves (one
 * platform for tracking, registry and pipelines), a check button each. A share is one
 * record (FhOptionShare); the cost stays one and is split in the decision matrix
 * (fh-shared-options.c). */
struct _FhOptionShares
{
  AdwBin parent_instance;

  FhStore  *store;
  FhOption *option;
  GtkGrid  *checks; /* three columns of check buttons, in catalog order */
  guint     n_checks;
  GtkLabel *summary;
  gboolean  syncing;
};

G_DEFINE_FINAL_TYPE (FhOptionShares, fh_option_shares, ADW_TYPE_BIN)

static void
clear_checks (FhOptionShares *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checks))) != NULL)
    gtk_grid_remove (self->checks, child);
  self->n_checks = 0;
}

static void
toggled_cb (GtkCheckButton *check, FhOptionShares *self)
{
  const char  *capability = g_object_get_data (G_OBJECT (check), "capability");
  FhPlanModels models;
  gpointer     share;
  g_autoptr (GError) error = NULL;
  gboolean ok = TRUE;

  if (self->syncing || self->store == NULL || self->option == NULL)
    return;

  fh_store_get_models (self->store, &models);
  share = fh_shared_option_find_share (&models, fh_option_get_id (self->option), capability);
  if (gtk_check_button_get_active (check) && share == NULL)
    {
      g_autoptr (FhOptionShare) added =
        fh_option_share_new (fh_option_get_id (self->option), capability);

      ok = fh_store_add (self->store, added, &error);
    }
  else if (!gtk_check_button_get_active (check) && share != NULL)
    ok = fh_store_remove (self->store, share, &error);

  if (!ok)
    {
      GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), FH_TYPE_SECTION);

      if (section != NULL)
        fh_section_toast (FH_SECTION (section), error->message, FALSE);
    }
}

/* The other capabilities, in catalog order; TRUE when the checks shown are for them,
 * so that a change elsewhere keeps the buttons (and the focus) where they are. */
static gboolean
same_capabilities (FhOptionShares *self, GListModel *caps)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->checks));

  for (guint i = 0; i < g_list_model_get_n_items (caps); i++)
    {
      g_autoptr (FhCapability) cap = g_list_model_get_item (caps, i);

      if (g_strcmp0 (fh_capability_get_id (cap), fh_option_get_capability (self->option)) == 0)
        continue;
      if (child == NULL || g_strcmp0 (g_object_get_data (G_OBJECT (child), "capability"),
                                      fh_capability_get_id (cap)) != 0)
        return FALSE;
      child = gtk_widget_get_next_sibling (child);
    }
  return child == NULL;
}

static void
sync_checks (FhOptionShares *self)
{
  FhPlanModels     models;
  GListModel      *caps;
  GtkWidget       *child;
  guint            served;
  g_autofree char *summary = NULL;

  if (self->store == NULL || self->option == NULL)
    {
      clear_checks (self);
      return;
    }

  fh_store_get_models (self->store, &models);
  caps = models.models[FH_COLLECTION_CAPABILITIES];
  if (!same_capabilities (self, caps))
    {
      clear_checks (self);
      for (guint i = 0; i < g_list_model_get_n_items (caps); i++)
        {
          g_autoptr (FhCapability) cap = g_list_model_get_item (caps, i);
          const char *id = fh_capability_get_id (cap);
          GtkWidget  *check;

          if (g_strcmp0 (id, fh_option_get_capability (self->option)) == 0)
            continue;
          check = gtk_check_button_new_with_label (fh_capability_get_name (cap));
          g_object_set_data_full (G_OBJECT (check), "capability", g_strdup (id), g_free);
          g_signal_connect (check, "toggled", G_CALLBACK (toggled_cb), self);
          gtk_grid_attach (self->checks, check, self->n_checks % 3, self->n_checks / 3, 1, 1);
          self->n_checks++;
        }
    }

  self->syncing = TRUE;
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->checks)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_check_button_set_active (
      GTK_CHECK_BUTTON (child),
      fh_shared_option_find_share (&models, fh_option_get_id (self->option),
                                   g_object_get_data (G_OBJECT (child), "capability")) != NULL);
  self->syncing = FALSE;

  served = fh_shared_option_n_served (&models, fh_option_get_id (self->option));
  if (served <= 1)
    summary = g_strdup (_("It serves its own capability only."));
  else
    summary = g_strdup_printf (
      ngettext ("It serves %u capability: its cost counts once in every total, and "
                "its decision matrix weighs one share of it (1/%u).",
                "It serves %u capabilities: its cost counts once in every total, and "
                "its decision matrix weighs one share of it (1/%u).",
                served),
      served, served);
  gtk_label_set_text (self->summary, summary);
}

static void
fh_option_shares_dispose (GObject *object)
{
  FhOptionShares *self = FH_OPTION_SHARES (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->option);

  G_OBJECT_CLASS (fh_option_shares_parent_class)->dispose (object);
}

static void
fh_option_shares_class_init (FhOptionSharesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fh_option_shares_dispose;
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fh_option_shares_init (FhOptionShares *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Also Serves"));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_widget_set_margin_top (heading, 6);
  self->summary = GTK_LABEL (gtk_label_new (""));
  gtk_label_set_xalign (self->summary, 0);
  gtk_label_set_wrap (self->summary, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "dim-label");
  self->checks = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->checks, 12);
  gtk_grid_set_column_homogeneous (self->checks, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->checks), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Other capabilities this option serves"), -1);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->checks));
  adw_bin_set_child (ADW_BIN (self), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Capabilities the option also serves"), -1);
}

GtkWidget *
fh_option_shares_new (void)
{
  return g_object_new (FH_TYPE_OPTION_SHARES, NULL);
}

/**
 * fh_option_shares_set_option:
 * @store: (nullable): the plan
 * @option: (nullable): the option edited
 */
void
fh_option_shares_set_option (FhOptionShares *self, FhStore *store, FhOption *option)
{
  g_return_if_fail (FH_IS_OPTION_SHARES (self));

  if (store != self->store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_swapped (store, "changed", G_CALLBACK (sync_checks), self);
    }
  if (option != self->option)
    {
      clear_checks (self);
      g_set_object (&self->option, option);
    }
  sync_checks (self);
}

/* For tests: the check button of @capability, or NULL. */
GtkWidget *
fh_option_shares_get_check (FhOptionShares *self, const char *capability)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->checks)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "capability"), capability) == 0)
      return child;
  return NULL;
}

const char *
fh_option_shares_get_summary (FhOptionShares *self)
{
  return gtk_label_get_text (self->summary);
}
