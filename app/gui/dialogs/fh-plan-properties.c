/* fh-plan-properties.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-plan-properties.h"

#include "fh-record-form.h"

/* The plan's identity and its money settings in one place: name, organisation, start
 * quarter, horizon, currency, discount rate and FTE cost, the properties of the plan's
 * FhPlanInfo. Each field saves as it is left (FhRecordForm), as one undo step; Done
 * and Esc save what is still being typed. Offered when a plan is created. */

struct _FhPlanProperties
{
  AdwWindow parent_instance;

  FhStore      *store;
  FhRecordForm *form;
  GtkWidget    *done_button;
  GtkWidget    *name; /* the first field, with the focus */
};

G_DEFINE_FINAL_TYPE (FhPlanProperties, fh_plan_properties, ADW_TYPE_WINDOW)

/* A refused value keeps the dialog open, its reason under the field. */
static gboolean
fh_plan_properties_close_request (GtkWindow *window)
{
  FhPlanProperties *self = FH_PLAN_PROPERTIES (window);

  if (self->store != NULL && !fh_record_form_commit (self->form))
    return TRUE;

  /* Fields losing the focus as the window goes commit nothing more. */
  fh_record_form_set_record (self->form, NULL, NULL);
  return GTK_WINDOW_CLASS (fh_plan_properties_parent_class)->close_request (window);
}

static void
done_clicked_cb (FhPlanProperties *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
fh_plan_properties_dispose (GObject *object)
{
  FhPlanProperties *self = FH_PLAN_PROPERTIES (object);

  if (self->form != NULL)
    fh_record_form_set_record (self->form, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_PLAN_PROPERTIES);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fh_plan_properties_parent_class)->dispose (object);
}

static void
fh_plan_properties_class_init (FhPlanPropertiesClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fh_plan_properties_dispose;
  window_class->close_request = fh_plan_properties_close_request;

  g_type_ensure (FH_TYPE_RECORD_FORM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/fh-plan-properties.ui");
  gtk_widget_class_bind_template_child (widget_class, FhPlanProperties, form);
  gtk_widget_class_bind_template_child (widget_class, FhPlanProperties, done_button);
  gtk_widget_class_bind_template_callback (widget_class, done_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fh_plan_properties_init (FhPlanProperties *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->name = fh_record_form_add_text (self->form, "name", NULL, FALSE);
  fh_record_form_add_text (self->form, "organisation", NULL, FALSE);
  fh_record_form_add_quarter (self->form, "start-quarter", NULL);
  fh_record_form_add_number (self->form, "horizon-years", NULL);
  fh_record_form_add_text (self->form, "currency", NULL, FALSE);
  fh_record_form_add_percent (self->form, "discount-rate", _("Discount rate (%)"));
  fh_record_form_add_money (self->form, "fte-cost", _("Loaded cost of one FTE a year"));
}

/**
 * fh_plan_properties_new:
 * @parent: (nullable): the window it belongs to
 * @store: the plan
 *
 * Returns: (transfer none): a new dialog on @store's properties, with the focus in the
 *   name, not yet shown
 */
FhPlanProperties *
fh_plan_properties_new (GtkWindow *parent, FhStore *store)
{
  FhPlanProperties *self;

  g_return_val_if_fail (FH_IS_STORE (store), NULL);

  self = g_object_new (FH_TYPE_PLAN_PROPERTIES, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  fh_record_form_set_record (self->form, store, fh_store_get_info (store));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->done_button);

  gtk_window_set_focus (GTK_WINDOW (self), self->name);

  return self;
}
