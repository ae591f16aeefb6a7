/* fh-record-form.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-record-form-private.h"

#include "fh-feedback.h"
#include "fh-field.h"
#include "fh-money.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"

G_DEFINE_FINAL_TYPE (FhRecordForm, fh_record_form, ADW_TYPE_BIN)

static void field_refresh (Field *field);

static void
field_free (Field *field)
{
  g_free (field->property);
  g_free (field->reason);
  g_strfreev (field->meanings);
  g_free (field);
}

static GParamSpec *
field_pspec (Field *field)
{
  if (field->form->record == NULL)
    return NULL;

  return g_object_class_find_property (G_OBJECT_GET_CLASS (field->form->record), field->property);
}

/* A form that only holds fields placed elsewhere takes no room until it has a
 * reason to show. */
static void
update_visibility (FhRecordForm *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self),
                          self->n_rows > 0 || gtk_widget_get_visible (GTK_WIDGET (self->errors)));
}

static void
mark_widget (Field *field, gboolean invalid)
{
  if (invalid)
    {
      gtk_widget_add_css_class (field->widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->widget), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (field->widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field->widget), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

/* Bound fields (a cost line's cells) share the form's label: it shows every reason,
 * one a line, so that a second error in a card never hides the first. */
static void
show_reasons (Field *field)
{
  if (!field->bound)
    {
      gtk_label_set_text (field->error_label, field->reason != NULL ? field->reason : "");
      gtk_widget_set_visible (GTK_WIDGET (field->error_label), field->reason != NULL);
    }
  else
    {
      GString *text = g_string_new (NULL);

      for (guint i = 0; i < field->form->fields->len; i++)
        {
          Field *other = g_ptr_array_index (field->form->fields, i);

          if (other->bound && other->reason != NULL && other->error_label == field->error_label)
            g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", other->reason);
        }
      gtk_label_set_text (field->error_label, text->str);
      gtk_widget_set_visible (GTK_WIDGET (field->error_label), text->len > 0);
      g_string_free (text, TRUE);
    }
  update_visibility (field->form);
}

static void
field_clear_error (Field *field)
{
  field->invalid = FALSE;
  g_clear_pointer (&field->reason, g_free);
  mark_widget (field, FALSE);
  show_reasons (field);
}

static void
field_show_error (Field *field, const char *message)
{
  field->invalid = TRUE;
  g_free (field->reason);
  field->reason = g_strdup (message);
  mark_widget (field, TRUE);
  show_reasons (field);
}

/* Esc, or leaving a refused value: the field shows the plan's value again, and the
 * reason stays under it until the next edit, so that nobody wonders where the typed
 * text went. */
static void
field_revert (Field *field)
{
  field->invalid = FALSE;
  field->dirty = FALSE;
  mark_widget (field, FALSE);
  field_refresh (field);
}

/* The reason a value could not be read, named after its field: bound fields of a
 * row share one label. */
static void
field_prefix_error (GParamSpec *pspec, GError **error)
{
  /* Translators: a field's name before the reason it refused a value */
  g_prefix_error (error, _("%s: "), fh_field_get_label (pspec));
}

static int
field_money_digits (Field *field)
{
  FhStore *store = field->form->store;

  return fh_money_currency_digits (
    store != NULL ? fh_plan_info_get_currency (fh_store_get_info (store)) : NULL);
}

static char *
field_get_text (Field *field)
{
  if (field->type == FH_RECORD_FORM_LONG_TEXT)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
      GtkTextIter    start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget)));
}

static void
field_set_text (Field *field, const char *text)
{
  g_autofree char *old = field_get_text (field);

  if (g_strcmp0 (old, text) == 0)
    return;

  field->updating = TRUE;
  if (field->type == FH_RECORD_FORM_LONG_TEXT)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field->widget), text);
  field->updating = FALSE;
}

static char *
format_number (const GValue *value)
{
  if (G_VALUE_HOLDS_DOUBLE (value))
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (
        g_ascii_formatd (buffer, sizeof buffer, "%.10g", g_value_get_double (value)));
    }
  if (G_VALUE_HOLDS_INT64 (value))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));

  return g_strdup_printf ("%d", g_value_get_int (value));
}

/* Reads the widget into @value (initialised to the property's type). */
static gboolean
field_read (Field *field, GParamSpec *pspec, GValue *value, GError **error)
{
  g_autofree char *text = NULL;

  g_value_init (value, pspec->value_type);

  switch (field->type)
    {
    case FH_RECORD_FORM_TEXT:
    case FH_RECORD_FORM_LONG_TEXT:
      text = field_get_text (field);
      g_value_take_string (value, g_steal_pointer (&text));
      return TRUE;

    case FH_RECORD_FORM_NUMBER:
      text = g_strstrip (field_get_text (field));
      if (G_VALUE_HOLDS_DOUBLE (value))
        {
          char  *end = NULL;
          double number;

          g_strdelimit (text, ",", '.');
          number = g_ascii_strtod (text, &end);
          if (text[0] == '\0' || end == NULL || *end != '\0' || !isfinite (number))
            {
              g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                           _("%s: “%s” is not a number."), fh_field_get_label (pspec), text);
              return FALSE;
            }
          g_value_set_double (value, number);
        }
      else
        {
          gint64 number;

          if (!g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &number, NULL))
            {
              g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                           _("%s: “%s” is not a whole number."), fh_field_get_label (pspec), text);
              return FALSE;
            }
          if (G_VALUE_HOLDS_INT64 (value))
            g_value_set_int64 (value, number);
          else
            g_value_set_int (value, (int)number);
        }
      return TRUE;

    case FH_RECORD_FORM_MONEY:
      {
        gint64 minor;

        text = field_get_text (field);
        if (!fh_money_parse (text, field_money_digits (field), &minor, error))
          {
            field_prefix_error (pspec, error);
            return FALSE;
          }
        g_value_set_int64 (value, minor);
      }
      return TRUE;

    case FH_RECORD_FORM_QUARTER:
      {
        int quarter = 0;

        text = g_strstrip (field_get_text (field));
        if (!fh_quarter_parse (text, &quarter))
          {
            /* Translators: %s is what was typed; the examples are quarters. */
            g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                         _("“%s” is not a quarter. Type one such as 2026-Q1."), text);
            field_prefix_error (pspec, error);
            return FALSE;
          }
        g_value_set_int (value, quarter);
      }
      return TRUE;

    case FH_RECORD_FORM_PERCENT:
      {
        GParamSpecDouble *range = G_PARAM_SPEC_DOUBLE (pspec);
        double            number;

        text = field_get_text (field);
        if (!fh_number_parse (text, range->minimum, range->maximum, &number, error))
          {
            field_prefix_error (pspec, error);
            return FALSE;
          }
        g_value_set_double (value, number);
      }
      return TRUE;

    case FH_RECORD_FORM_CHOICE:
      {
        int chosen =
          (int)gtk_drop_down_get_selected (GTK_DROP_DOWN (field->widget)) + field->first_value;

        if (G_VALUE_HOLDS_ENUM (value))
          g_value_set_enum (value, chosen);
        else
          g_value_set_int (value, chosen);
      }
      return TRUE;

    case FH_RECORD_FORM_SWITCH:
      g_value_set_boolean (value, gtk_switch_get_active (GTK_SWITCH (field->widget)));
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

static void
field_commit (Field *field)
{
  FhRecordForm *self = field->form;
  GParamSpec   *pspec = field_pspec (field);
  g_auto (GValue) value = G_VALUE_INIT;
  g_auto (GValue) old = G_VALUE_INIT;
  g_autoptr (GError) error = NULL;

  if (field->updating || self->store == NULL || pspec == NULL)
    return;

  if (!field_read (field, pspec, &value, &error) ||
      (field->check != NULL && !field->check (self->record, &value, field->check_data, &error)))
    {
      field_show_error (field, error->message);
      return;
    }

  g_value_init (&old, pspec->value_type);
  g_object_get_property (self->record, pspec->name, &old);
  if (g_param_values_cmp (pspec, &old, &value) == 0 &&
      !(G_VALUE_HOLDS_STRING (&value) &&
        g_strcmp0 (g_value_get_string (&old), g_value_get_string (&value)) != 0))
    {
      /* Leaving a field Esc or a refusal brought back keeps its reason in view. */
      if (field->dirty || field->invalid)
        field_clear_error (field);
      field->dirty = FALSE;
      field_refresh (field); /* "450" reads back as "450.00" */
      return;
    }

  if (!fh_store_set_value (self->store, self->record, pspec->name, &value, &error))
    {
      /* The refused text stays, so that it can be fixed rather than typed again. */
      field_show_error (field, error->message);
      return;
    }

  field->dirty = FALSE;
  field_clear_error (field);
  field_refresh (field); /* as the plan holds it: "12.5" reads back as "12.50" */
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot   *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
field_refresh (Field *field)
{
  GParamSpec *pspec = field_pspec (field);
  g_auto (GValue) value = G_VALUE_INIT;

  /* A bound field's sensitivity is its owner's to decide (a staff line's amount). */
  if (!field->bound)
    gtk_widget_set_sensitive (field->widget, pspec != NULL);
  if (pspec != NULL && field->title_label != NULL &&
      gtk_label_get_text (field->title_label)[0] == '\0')
    {
      gtk_label_set_text (field->title_label, fh_field_get_label (pspec));
      gtk_accessible_update_property (GTK_ACCESSIBLE (field->widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      fh_field_get_label (pspec), -1);
    }
  if (pspec == NULL)
    {
      field->updating = TRUE;
      if (field->type == FH_RECORD_FORM_TEXT || field->type == FH_RECORD_FORM_LONG_TEXT ||
          field->type == FH_RECORD_FORM_NUMBER || field->type == FH_RECORD_FORM_QUARTER)
        field_set_text (field, "");
      field->updating = FALSE;
      field->dirty = FALSE;
      field_clear_error (field);
      return;
    }

  /* A refused value waits to be fixed, and text being typed is not taken away by
   * a change made elsewhere: keep both. */
  if (field->invalid || (field->dirty && has_focus_within (field->widget)))
    return;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (field->form->record, pspec->name, &value);

  field->updating = TRUE;
  switch (field->type)
    {
    case FH_RECORD_FORM_TEXT:
    case FH_RECORD_FORM_LONG_TEXT:
      field_set_text (field, g_value_get_string (&value) ? g_value_get_string (&value) : "");
      break;
    case FH_RECORD_FORM_NUMBER:
      {
        g_autofree char *text = format_number (&value);

        field_set_text (field, text);
      }
      break;
    case FH_RECORD_FORM_MONEY:
      {
        g_autofree char *text =
          fh_money_format_number (g_value_get_int64 (&value), field_money_digits (field));

        field_set_text (field, text);
      }
      break;
    case FH_RECORD_FORM_PERCENT:
      {
        g_autofree char *text = fh_number_format (g_value_get_double (&value));

        field_set_text (field, text);
      }
      break;
    case FH_RECORD_FORM_QUARTER:
      {
        g_autofree char *text = fh_quarter_format (g_value_get_int (&value));

        field_set_text (field, text);
      }
      break;
    case FH_RECORD_FORM_CHOICE:
      {
        int v = G_VALUE_HOLDS_ENUM (&value) ? g_value_get_enum (&value) : g_value_get_int (&value);

        gtk_drop_down_set_selected (GTK_DROP_DOWN (field->widget), MAX (v - field->first_value, 0));
        fh_record_form_field_update_meaning (field);
      }
      break;
    case FH_RECORD_FORM_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (field->widget), g_value_get_boolean (&value));
      break;
    default:
      g_assert_not_reached ();
    }
  field->updating = FALSE;
  field->dirty = FALSE;
}

static void
entry_activate_cb (GtkEntry *entry, Field *field)
{
  field_commit (field);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller, Field *field)
{
  field_commit (field);
  if (field->invalid)
    field_revert (field);
}

static gboolean
field_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      Field                 *field)
{
  if (keyval != GDK_KEY_Escape || !(field->invalid || field->dirty))
    return FALSE;

  field_revert (field);
  return TRUE;
}

static void
text_changed_cb (Field *field)
{
  if (field->updating)
    return;
  field->dirty = TRUE;
  /* A bound field keeps its mark until the value is committed, as the old text
   * is still what the plan refused. */
  if (!field->bound)
    field_clear_error (field);
}

static void
choice_changed_cb (GObject *drop_down, GParamSpec *pspec, Field *field)
{
  fh_record_form_field_update_meaning (field);
  field_commit (field);
}

static void
switch_changed_cb (GObject *widget, GParamSpec *pspec, Field *field)
{
  field_commit (field);
}

static Field *
field_new (FhRecordForm *self,
           FieldType     type,
           const char   *property,
           GtkWidget    *widget,
           GtkLabel     *error_label,
           int           first_value)
{
  Field *field = g_new0 (Field, 1);

  field->form = self;
  field->type = type;
  field->property = g_strdup (property);
  field->widget = widget;
  field->error_label = error_label;
  field->first_value = first_value;
  g_ptr_array_add (self->fields, field);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  error_label, NULL, -1);

  if (type == FH_RECORD_FORM_LONG_TEXT)
    g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                              G_CALLBACK (text_changed_cb), field);
  if (type != FH_RECORD_FORM_CHOICE && type != FH_RECORD_FORM_SWITCH)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();
      GtkEventController *keys = gtk_event_controller_key_new ();

      g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), field);
      gtk_widget_add_controller (widget, focus);
      g_signal_connect (keys, "key-pressed", G_CALLBACK (field_key_pressed_cb), field);
      gtk_widget_add_controller (widget, keys);
    }
  if (type != FH_RECORD_FORM_CHOICE && type != FH_RECORD_FORM_SWITCH &&
      type != FH_RECORD_FORM_LONG_TEXT)
    {
      g_signal_connect (widget, "activate", G_CALLBACK (entry_activate_cb), field);
      g_signal_connect_swapped (widget, "changed", G_CALLBACK (text_changed_cb), field);
    }
  if (type == FH_RECORD_FORM_CHOICE)
    g_signal_connect (widget, "notify::selected", G_CALLBACK (choice_changed_cb), field);
  if (type == FH_RECORD_FORM_SWITCH)
    g_signal_connect (widget, "notify::active", G_CALLBACK (switch_changed_cb), field);

  return field;
}

GtkWidget *
fh_record_form_add_field (FhRecordForm *self,
                          FieldType     type,
                          const char   *property,
                          const char   *title,
                          GtkWidget    *widget,
                          int           first_value)
{
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *error_label = gtk_label_new (NULL);
  GtkWidget *target = widget;
  Field     *field;

  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (error_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_visible (error_label, FALSE);

  field = field_new (self, type, property, widget, GTK_LABEL (error_label), first_value);
  field->title_label = GTK_LABEL (label);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label,
                         type == FH_RECORD_FORM_LONG_TEXT ? GTK_ALIGN_START : GTK_ALIGN_CENTER);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_add_css_class (label, "field-title");
  gtk_widget_set_hexpand (widget, TRUE);
  if (title != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                    -1);

  if (type == FH_RECORD_FORM_LONG_TEXT)
    {
      GtkWidget *frame = gtk_frame_new (NULL);

      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (widget), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (widget), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (widget), 6);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (widget), 6);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (widget), 6);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (widget), 6);
      gtk_widget_set_size_request (widget, -1, 72);
      gtk_frame_set_child (GTK_FRAME (frame), widget);
      target = frame;
    }
  if (type == FH_RECORD_FORM_SWITCH)
    {
      gtk_widget_set_hexpand (widget, FALSE);
      gtk_widget_set_halign (widget, GTK_ALIGN_START);
    }

  gtk_grid_attach (self->grid, label, 0, self->n_rows, 1, 1);
  gtk_grid_attach (self->grid, target, 1, self->n_rows, 1, 1);
  gtk_grid_attach (self->grid, error_label, 1, self->n_rows + 1, 1, 1);
  self->n_rows += 2;
  update_visibility (self);

  field_refresh (field);
  return widget;
}

static void
fh_record_form_dispose (GObject *object)
{
  FhRecordForm *self = FH_RECORD_FORM (object);

  /* Widgets may still commit on focus-out while being torn down: forget the record
   * first, so that nothing reaches the plan. */
  g_clear_object (&self->record);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_RECORD_FORM);

  G_OBJECT_CLASS (fh_record_form_parent_class)->dispose (object);
}

static void
fh_record_form_finalize (GObject *object)
{
  FhRecordForm *self = FH_RECORD_FORM (object);

  g_ptr_array_unref (self->fields);

  G_OBJECT_CLASS (fh_record_form_parent_class)->finalize (object);
}

static void
fh_record_form_class_init (FhRecordFormClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_record_form_dispose;
  object_class->finalize = fh_record_form_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-record-form.ui");
  gtk_widget_class_bind_template_child (widget_class, FhRecordForm, grid);
  gtk_widget_class_bind_template_child (widget_class, FhRecordForm, errors);
}

static void
fh_record_form_init (FhRecordForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_ptr_array_new_with_free_func ((GDestroyNotify)field_free);
  update_visibility (self);
}

GtkWidget *
fh_record_form_new (void)
{
  return g_object_new (FH_TYPE_RECORD_FORM, NULL);
}

/**
 * fh_record_form_set_record:
 * @store: (nullable): the plan that owns @record
 * @record: (nullable): the record to edit
 */
void
fh_record_form_set_record (FhRecordForm *self, FhStore *store, gpointer record)
{
  g_return_if_fail (FH_IS_RECORD_FORM (self));

  /* Commit nothing half-typed into the next record. */
  if (self->record != record)
    for (guint i = 0; i < self->fields->len; i++)
      field_clear_error (g_ptr_array_index (self->fields, i));

  g_set_object (&self->store, store);
  g_set_object (&self->record, record);
  fh_record_form_refresh (self);
}

gpointer
fh_record_form_get_record (FhRecordForm *self)
{
  g_return_val_if_fail (FH_IS_RECORD_FORM (self), NULL);

  return self->record;
}

GtkWidget *
fh_record_form_add_text (FhRecordForm *self,
                         const char   *property,
                         const char   *title,
                         gboolean      multiline)
{
  GtkWidget *widget;

  g_return_val_if_fail (FH_IS_RECORD_FORM (self), NULL);

  if (multiline)
    return fh_record_form_add_field (self, FH_RECORD_FORM_LONG_TEXT, property, title,
                                     gtk_text_view_new (), 0);

  widget = gtk_entry_new ();
  gtk_entry_set_max_length (GTK_ENTRY (widget), 0);
  return fh_record_form_add_field (self, FH_RECORD_FORM_TEXT, property, title, widget, 0);
}

GtkWidget *
fh_record_form_add_number (FhRecordForm *self, const char *property, const char *title)
{
  GtkWidget *widget = gtk_entry_new ();

  g_return_val_if_fail (FH_IS_RECORD_FORM (self), NULL);

  gtk_entry_set_input_purpose (GTK_ENTRY (widget), GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_add_css_class (widget, "numeric");
  return fh_record_form_add_field (self, FH_RECORD_FORM_NUMBER, property, title, widget, 0);
}

GtkWidget *
fh_record_form_add_quarter (FhRecordForm *self, const char *property, const char *title)
{
  GtkWidget *widget = gtk_entry_new ();

  g_return_val_if_fail (FH_IS_RECORD_FORM (self), NULL);

  gtk_widget_add_css_class (widget, "numeric");
  return fh_record_form_add_field (self, FH_RECORD_FORM_QUARTER, property, title, widget, 0);
}

GtkWidget *
fh_record_form_add_switch (FhRecordForm *self, const char *property, const char *title)
{
  g_return_val_if_fail (FH_IS_RECORD_FORM (self), NULL);

  return fh_record_form_add_field (self, FH_RECORD_FORM_SWITCH, property, title, gtk_switch_new (),
                                   0);
}

GtkWidget *
fh_record_form_add_money (FhRecordForm *self, const char *property, const char *title)
{
  GtkWidget *widget = gtk_entry_new ();

  g_return_val_if_fail (FH_IS_RECORD_FORM (self), NULL);

  gtk_entry_set_input_purpose (GTK_ENTRY (widget), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_alignment (GTK_ENTRY (widget), 1);
  gtk_widget_add_css_class (widget, "numeric");
  return fh_record_form_add_field (self, FH_RECORD_FORM_MONEY, property, title, widget, 0);
}

GtkWidget *
fh_record_form_add_percent (FhRecordForm *self, const char *property, const char *title)
{
  GtkWidget *widget = gtk_entry_new ();

  g_return_val_if_fail (FH_IS_RECORD_FORM (self), NULL);

  gtk_entry_set_input_purpose (GTK_ENTRY (widget), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_alignment (GTK_ENTRY (widget), 1);
  gtk_widget_add_css_class (widget, "numeric");
  return fh_record_form_add_field (self, FH_RECORD_FORM_PERCENT, property, title, widget, 0);
}

/**
 * fh_record_form_bind:
 * @widget: a #GtkEntry (text, number, money, percent), #GtkTextView (long text),
 *   #GtkDropDown (choice, its first item standing for 0) or #GtkSwitch that the
 *   caller has placed, for example in a template
 * @kind: how @widget's text is read and shown
 * @property: the record's property it edits
 *
 * Edits @property through a widget laid out by the caller instead of in the form's
 * grid, as a compact row needs. It commits like any other field; the reason a value
 * was refused is shown in the form's own label, under its grid.
 */
void
fh_record_form_bind (FhRecordForm    *self,
                     GtkWidget       *widget,
                     FhRecordFormKind kind,
                     const char      *property)
{
  Field *field;

  g_return_if_fail (FH_IS_RECORD_FORM (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (property != NULL);

  field = field_new (self, kind, property, widget, self->errors, 0);
  field->bound = TRUE;
  field_refresh (field);
}

/**
 * fh_record_form_set_check:
 * @widget: a field's widget, as returned by an add function or given to
 *   fh_record_form_bind()
 * @check: (scope notified): called with the value read, which it may normalise (a
 *   currency code in capitals), before it is committed
 *
 * Adds a rule that needs more than the field itself (a weight that must not leave
 * every criterion at zero): a value @check refuses is shown with its reason and
 * does not reach the plan.
 */
void
fh_record_form_set_check (FhRecordForm     *self,
                          GtkWidget        *widget,
                          FhRecordFormCheck check,
                          gpointer          user_data)
{
  g_return_if_fail (FH_IS_RECORD_FORM (self));

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->widget == widget)
        {
          field->check = check;
          field->check_data = user_data;
          return;
        }
    }

  g_critical ("%s: the widget is not a field of this form", G_STRFUNC);
}

/* Shows the record's current values, e.g. after an undo. */
void
fh_record_form_refresh (FhRecordForm *self)
{
  g_return_if_fail (FH_IS_RECORD_FORM (self));

  for (guint i = 0; i < self->fields->len; i++)
    field_refresh (g_ptr_array_index (self->fields, i));
}

/**
 * fh_record_form_strip:
 *
 * A check (see fh_record_form_set_check()) for text fields: what is typed around the
 * words is not kept.
 *
 * Returns: %TRUE
 */
gboolean
fh_record_form_strip (gpointer record, GValue *value, gpointer user_data, GError **error)
{
  g_return_val_if_fail (G_VALUE_HOLDS_STRING (value), FALSE);

  g_value_take_string (value, g_strstrip (g_value_dup_string (value)));
  return TRUE;
}

/**
 * fh_record_form_commit:
 * @self: the form
 *
 * Saves what was typed and not yet saved in every field, as leaving each would: for a
 * dialog closed with the focus still in a field.
 *
 * Returns: %FALSE when a field refused its value (the reason shows under it)
 */
gboolean
fh_record_form_commit (FhRecordForm *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (FH_IS_RECORD_FORM (self), FALSE);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->dirty || field->invalid)
        field_commit (field);
      ok = ok && !field->invalid;
    }

  return ok;
}
