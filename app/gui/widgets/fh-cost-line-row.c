/* fh-cost-line-row.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-cost-line-row.h"

#include "fh-money.h"
#include "fh-plan-info.h"
#include "fh-record-form.h"
#include "fh-tco.h"

/* One cost line of an option, on one card: what it is for, how much and how often,
 * or how many full-time staff, and what it adds up to over the plan's horizon. Every
 * field is a field of the line's FhRecordForm, so it commits with one store call and
 * shows why a value was refused under the card. */

struct _FhCostLineRow
{
  AdwBin parent_instance;

  FhStore    *store;
  FhCostLine *line;

  FhRecordForm *form;
  GtkDropDown  *category;
  GtkEntry     *description;
  GtkLabel     *total;
  GtkButton    *remove_button;
  GtkEntry     *amount;
  GtkDropDown  *recurrence;
  GtkEntry     *first_year;
  GtkEntry     *growth;
  GtkEntry     *fte;
  GtkEntry     *person_months;
  GtkEntry     *years;
  GtkEntry     *loaded_cost;
};

G_DEFINE_FINAL_TYPE (FhCostLineRow, fh_cost_line_row, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_LINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkStringList *
category_list_new (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint c = 0; c < FH_N_COST_CATEGORIES; c++)
    gtk_string_list_append (list, fh_cost_category_get_label (c));
  return list;
}

static GtkStringList *
recurrence_list_new (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint r = 0; r <= FH_RECURRENCE_YEARLY; r++)
    gtk_string_list_append (list, fh_recurrence_get_label (r));
  return list;
}

static void
update_total (FhCostLineRow *self)
{
  FhPlanInfo      *info = fh_store_get_info (self->store);
  FhTcoParams      params;
  gint64           total = 0;
  g_autofree char *money = NULL;
  g_autofree char *text = NULL;

  fh_tco_params_init (&params, info);
  for (int year = 1; year <= params.horizon; year++)
    total += fh_tco_line_cost (self->line, &params, year);
  money = fh_money_format_whole (total, fh_plan_info_get_currency (info));
  /* Translators: what one cost line adds up to over the plan's horizon */
  text = g_strdup_printf (_("= %s"), money);
  gtk_label_set_text (self->total, text);
}

static void
fh_cost_line_row_dispose (GObject *object)
{
  FhCostLineRow *self = FH_COST_LINE_ROW (object);

  if (self->form != NULL)
    fh_record_form_set_record (self->form, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_COST_LINE_ROW);
  g_clear_object (&self->line);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fh_cost_line_row_parent_class)->dispose (object);
}

static void
fh_cost_line_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhCostLineRow *self = FH_COST_LINE_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_LINE:
      g_value_set_object (value, self->line);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_cost_line_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FhCostLineRow *self = FH_COST_LINE_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_LINE:
      self->line = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_cost_line_row_constructed (GObject *object)
{
  FhCostLineRow *self = FH_COST_LINE_ROW (object);

  G_OBJECT_CLASS (fh_cost_line_row_parent_class)->constructed (object);

  g_return_if_fail (FH_IS_STORE (self->store) && FH_IS_COST_LINE (self->line));

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "x",
                                    fh_cost_line_get_id (self->line));
  fh_record_form_set_record (self->form, self->store, self->line);
  fh_cost_line_row_refresh (self);
}

static void
fh_cost_line_row_class_init (FhCostLineRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_cost_line_row_dispose;
  object_class->get_property = fh_cost_line_row_get_property;
  object_class->set_property = fh_cost_line_row_set_property;
  object_class->constructed = fh_cost_line_row_constructed;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE] =
    g_param_spec_object ("line", NULL, NULL, FH_TYPE_COST_LINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FH_TYPE_RECORD_FORM);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-cost-line-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, form);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, category);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, description);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, total);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, amount);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, recurrence);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, first_year);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, growth);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, fte);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, person_months);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, years);
  gtk_widget_class_bind_template_child (widget_class, FhCostLineRow, loaded_cost);
}

static void
fh_cost_line_row_init (FhCostLineRow *self)
{
  g_autoptr (GtkStringList) categories = category_list_new ();
  g_autoptr (GtkStringList) recurrences = recurrence_list_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drop_down_set_model (self->category, G_LIST_MODEL (categories));
  gtk_drop_down_set_model (self->recurrence, G_LIST_MODEL (recurrences));

  fh_record_form_bind (self->form, GTK_WIDGET (self->category), FH_RECORD_FORM_CHOICE, "category");
  fh_record_form_bind (self->form, GTK_WIDGET (self->description), FH_RECORD_FORM_TEXT,
                       "description");
  fh_record_form_set_check (self->form, GTK_WIDGET (self->description), fh_record_form_strip, NULL);
  fh_record_form_bind (self->form, GTK_WIDGET (self->amount), FH_RECORD_FORM_MONEY, "amount");
  fh_record_form_bind (self->form, GTK_WIDGET (self->recurrence), FH_RECORD_FORM_CHOICE,
                       "recurrence");
  fh_record_form_bind (self->form, GTK_WIDGET (self->first_year), FH_RECORD_FORM_NUMBER,
                       "first-year");
  fh_record_form_bind (self->form, GTK_WIDGET (self->growth), FH_RECORD_FORM_PERCENT, "growth");
  fh_record_form_bind (self->form, GTK_WIDGET (self->fte), FH_RECORD_FORM_PERCENT, "fte");
  fh_record_form_bind (self->form, GTK_WIDGET (self->loaded_cost), FH_RECORD_FORM_MONEY,
                       "loaded-cost");
  fh_record_form_bind (self->form, GTK_WIDGET (self->person_months), FH_RECORD_FORM_PERCENT,
                       "person-months");
  fh_record_form_bind (self->form, GTK_WIDGET (self->years), FH_RECORD_FORM_NUMBER, "years");
}

GtkWidget *
fh_cost_line_row_new (FhStore *store, FhCostLine *line)
{
  g_return_val_if_fail (FH_IS_STORE (store), NULL);
  g_return_val_if_fail (FH_IS_COST_LINE (line), NULL);

  return g_object_new (FH_TYPE_COST_LINE_ROW, "store", store, "line", line, NULL);
}

FhStore *
fh_cost_line_row_get_store (FhCostLineRow *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE_ROW (self), NULL);

  return self->store;
}

FhCostLine *
fh_cost_line_row_get_line (FhCostLineRow *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE_ROW (self), NULL);

  return self->line;
}

/* Shows the line's values again (after an undo, say) and what it adds up to. */
void
fh_cost_line_row_refresh (FhCostLineRow *self)
{
  gboolean effort, staff;

  g_return_if_fail (FH_IS_COST_LINE_ROW (self));

  /* A staff line costs FTE × loaded cost a year, a staff effort person-months ÷ 12 ×
   * loaded cost once: their amount and recurrence are not used, and an effort has no
   * FTE or years. */
  effort = fh_cost_line_get_person_months (self->line) > 0;
  staff = effort || fh_cost_line_get_fte (self->line) > 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self->amount), !staff);
  gtk_widget_set_sensitive (GTK_WIDGET (self->recurrence), !staff);
  gtk_widget_set_sensitive (GTK_WIDGET (self->loaded_cost), staff);
  gtk_widget_set_sensitive (GTK_WIDGET (self->fte), !effort);
  gtk_widget_set_sensitive (GTK_WIDGET (self->years), !effort);
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_months),
                            fh_cost_line_get_fte (self->line) <= 0);
  fh_record_form_refresh (self->form);
  update_total (self);
}

void
fh_cost_line_row_focus_amount (FhCostLineRow *self)
{
  g_return_if_fail (FH_IS_COST_LINE_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->amount));
}

/* The row is going (its line deleted, the editor closing): the focus leaving its
 * fields as they go commits nothing. */
void
fh_cost_line_row_release (FhCostLineRow *self)
{
  g_return_if_fail (FH_IS_COST_LINE_ROW (self));

  fh_record_form_set_record (self->form, NULL, NULL);
}
