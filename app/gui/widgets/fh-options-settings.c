/* fh-options-settings.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-options-settings.h"

#include "fh-criterion.h"
#include "fh-decision.h"
#include "fh-record-form.h"

/* What every option's costs and scores depend on: the plan's currency, horizon,
 * discount rate and FTE cost, and the decision criteria's weights. The settings are
 * fields of one FhRecordForm on the plan's info; each criterion's weight is a field
 * of a form on that criterion, which refuses a weight that would leave every
 * criterion at zero. */

struct _FhOptionsSettings
{
  AdwBin parent_instance;

  FhStore   *store;
  char      *criteria_shape;  /* the criteria the grid was built for */
  GPtrArray *criterion_forms; /* FhRecordForm, unowned, in the criteria's order */
  GPtrArray *weight_labels;   /* GtkLabel, unowned, in the criteria's order */

  FhRecordForm *settings_form;
  GtkGrid      *settings_grid;
  GtkEntry     *currency;
  GtkEntry     *horizon;
  GtkEntry     *discount_rate;
  GtkEntry     *fte_cost;
  GtkGrid      *criteria_grid;
};

G_DEFINE_FINAL_TYPE (FhOptionsSettings, fh_options_settings, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "eur" means EUR: the code is stored in capitals. */
static gboolean
normalise_currency (gpointer record, GValue *value, gpointer user_data, GError **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (g_value_get_string (value)));

  g_value_take_string (value, g_ascii_strup (stripped, -1));
  return TRUE;
}

static gboolean
check_weight (gpointer record, GValue *value, gpointer user_data, GError **error)
{
  FhOptionsSettings *self = user_data;

  return fh_decision_check_weights (fh_store_get_model (self->store, FH_COLLECTION_CRITERIA),
                                    fh_criterion_get_id (record), g_value_get_double (value),
                                    error);
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

/* The weights' forms commit nothing as their fields go. */
static void
clear_criteria (FhOptionsSettings *self)
{
  for (guint i = 0; i < self->criterion_forms->len; i++)
    fh_record_form_set_record (g_ptr_array_index (self->criterion_forms, i), NULL, NULL);
  clear_grid (self->criteria_grid);
  g_ptr_array_set_size (self->criterion_forms, 0);
  g_ptr_array_set_size (self->weight_labels, 0);
}

static GtkWidget *
weight_row (FhOptionsSettings *self, FhCriterion *criterion, int row)
{
  GtkWidget *name = gtk_label_new (fh_criterion_get_name (criterion));
  GtkWidget *note =
    gtk_label_new (fh_criterion_get_derived (criterion) ? _("scored from the costs")
                                                        : fh_criterion_get_description (criterion));
  GtkWidget       *weight = gtk_label_new (NULL);
  GtkWidget       *entry = gtk_entry_new ();
  GtkWidget       *form = fh_record_form_new ();
  g_autofree char *entry_label =
    g_strdup_printf (_("Weight of “%s”"), fh_criterion_get_name (criterion));

  gtk_widget_set_name (entry, "weight");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 5);
  gtk_entry_set_alignment (GTK_ENTRY (entry), 1);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_set_tooltip_text (entry, entry_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  entry_label, -1);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_widget_set_hexpand (note, TRUE);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (weight, "numeric");

  fh_record_form_bind (FH_RECORD_FORM (form), entry, FH_RECORD_FORM_PERCENT, "weight");
  fh_record_form_set_check (FH_RECORD_FORM (form), entry, check_weight, self);
  fh_record_form_set_record (FH_RECORD_FORM (form), self->store, criterion);

  gtk_grid_attach (self->criteria_grid, name, 0, 2 * row, 1, 1);
  gtk_grid_attach (self->criteria_grid, entry, 1, 2 * row, 1, 1);
  gtk_grid_attach (self->criteria_grid, weight, 2, 2 * row, 1, 1);
  gtk_grid_attach (self->criteria_grid, note, 3, 2 * row, 1, 1);
  /* The reason a weight was refused, under its row. */
  gtk_grid_attach (self->criteria_grid, form, 0, 2 * row + 1, 4, 1);
  g_ptr_array_add (self->criterion_forms, form);

  return weight;
}

static void
update_criteria (FhOptionsSettings *self)
{
  FhPlanModels models;
  g_autoptr (FhDecision) decision = NULL;
  GString *shape = g_string_new (NULL);

  fh_store_get_models (self->store, &models);
  /* The weights do not depend on the capability: any decision normalises them. */
  decision = fh_decision_new (&models, "", NULL);
  for (guint c = 0; c < decision->n_criteria; c++)
    g_string_append_printf (shape, "%s,", fh_criterion_get_id (decision->criteria[c]));

  if (g_strcmp0 (shape->str, self->criteria_shape) != 0)
    {
      g_free (self->criteria_shape);
      self->criteria_shape = g_string_free (g_steal_pointer (&shape), FALSE);
      clear_criteria (self);
      for (guint c = 0; c < decision->n_criteria; c++)
        g_ptr_array_add (self->weight_labels, weight_row (self, decision->criteria[c], c));
    }
  if (shape != NULL)
    g_string_free (shape, TRUE);

  for (guint c = 0; c < decision->n_criteria; c++)
    {
      g_autofree char *percent = g_strdup_printf ("= %.0f %%", decision->weights[c] * 100);

      /* The store may have replaced a criterion: show the one it holds now. */
      fh_record_form_set_record (g_ptr_array_index (self->criterion_forms, c), self->store,
                                 decision->criteria[c]);
      gtk_label_set_text (g_ptr_array_index (self->weight_labels, c), percent);
    }
}

static void
fh_options_settings_dispose (GObject *object)
{
  FhOptionsSettings *self = FH_OPTIONS_SETTINGS (object);

  /* Fields losing the focus as they go commit nothing. */
  if (self->settings_form != NULL)
    fh_record_form_set_record (self->settings_form, NULL, NULL);
  for (guint i = 0; i < self->criterion_forms->len; i++)
    fh_record_form_set_record (g_ptr_array_index (self->criterion_forms, i), NULL, NULL);
  g_ptr_array_set_size (self->criterion_forms, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_OPTIONS_SETTINGS);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fh_options_settings_parent_class)->dispose (object);
}

static void
fh_options_settings_finalize (GObject *object)
{
  FhOptionsSettings *self = FH_OPTIONS_SETTINGS (object);

  g_free (self->criteria_shape);
  g_ptr_array_unref (self->criterion_forms);
  g_ptr_array_unref (self->weight_labels);

  G_OBJECT_CLASS (fh_options_settings_parent_class)->finalize (object);
}

static void
fh_options_settings_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhOptionsSettings *self = FH_OPTIONS_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_options_settings_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  FhOptionsSettings *self = FH_OPTIONS_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fh_options_settings_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_options_settings_class_init (FhOptionsSettingsClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_options_settings_dispose;
  object_class->finalize = fh_options_settings_finalize;
  object_class->get_property = fh_options_settings_get_property;
  object_class->set_property = fh_options_settings_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FH_TYPE_RECORD_FORM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/fh-options-settings.ui");
  gtk_widget_class_bind_template_child (widget_class, FhOptionsSettings, settings_form);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsSettings, settings_grid);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsSettings, currency);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsSettings, horizon);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsSettings, discount_rate);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsSettings, fte_cost);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsSettings, criteria_grid);
}

static void
fh_options_settings_init (FhOptionsSettings *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->criterion_forms = g_ptr_array_new ();
  self->weight_labels = g_ptr_array_new ();
  fh_record_form_bind (self->settings_form, GTK_WIDGET (self->currency), FH_RECORD_FORM_TEXT,
                       "currency");
  fh_record_form_set_check (self->settings_form, GTK_WIDGET (self->currency), normalise_currency,
                            NULL);
  fh_record_form_bind (self->settings_form, GTK_WIDGET (self->horizon), FH_RECORD_FORM_NUMBER,
                       "horizon-years");
  fh_record_form_bind (self->settings_form, GTK_WIDGET (self->discount_rate),
                       FH_RECORD_FORM_PERCENT, "discount-rate");
  fh_record_form_bind (self->settings_form, GTK_WIDGET (self->fte_cost), FH_RECORD_FORM_MONEY,
                       "fte-cost");
}

GtkWidget *
fh_options_settings_new (void)
{
  return g_object_new (FH_TYPE_OPTIONS_SETTINGS, NULL);
}

FhStore *
fh_options_settings_get_store (FhOptionsSettings *self)
{
  g_return_val_if_fail (FH_IS_OPTIONS_SETTINGS (self), NULL);

  return self->store;
}

/**
 * fh_options_settings_set_store:
 * @store: (nullable): the plan whose settings to edit
 */
void
fh_options_settings_set_store (FhOptionsSettings *self, FhStore *store)
{
  g_return_if_fail (FH_IS_OPTIONS_SETTINGS (self));
  g_return_if_fail (store == NULL || FH_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_pointer (&self->criteria_shape, g_free);
  clear_criteria (self);
  fh_options_settings_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Shows the plan's values again, after any change. */
void
fh_options_settings_refresh (FhOptionsSettings *self)
{
  g_return_if_fail (FH_IS_OPTIONS_SETTINGS (self));

  fh_record_form_set_record (self->settings_form, self->store,
                             self->store != NULL ? fh_store_get_info (self->store) : NULL);
  if (self->store != NULL)
    update_criteria (self);
}
