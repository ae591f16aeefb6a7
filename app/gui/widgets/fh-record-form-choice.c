/* fh-record-form-choice.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-record-form-private.h"

/* The choice fields of FhRecordForm: a drop-down whose button cuts long answers and
 * whose list shows them whole, and the explained choice that writes out what the
 * chosen answer means under it. */

void
fh_record_form_field_update_meaning (Field *field)
{
  guint selected;

  if (field->meaning_label == NULL)
    return;

  selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (field->widget));
  gtk_label_set_text (field->meaning_label,
                      selected < g_strv_length (field->meanings) ? field->meanings[selected] : "");
}

/**
 * fh_record_form_add_choice:
 * @first_value: the value the first of @labels stands for
 * @labels: (array zero-terminated=1): one label per value, in order
 */
static void
choice_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  gtk_list_item_set_child (item, label);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkStringObject   *string = gtk_list_item_get_item (item);
  const char *const *short_labels = g_object_get_data (G_OBJECT (factory), "short-labels");
  guint              position = gtk_list_item_get_position (item);

  /* An explained choice shows only its short answer on the button: the meaning is
   * written out under it. */
  if (short_labels != NULL && position < g_strv_length ((GStrv)short_labels))
    gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), short_labels[position]);
  else
    gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                        string != NULL ? gtk_string_object_get_string (string) : "");
}

static GtkListItemFactory *
choice_factory_new (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), NULL);

  return factory;
}

/* An explained choice is a score: a digit picks the answer of that value, as 0–4 do
 * in Assess, so 0–3 score a use case without opening the list. */
static gboolean
choice_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       gpointer               first_value)
{
  GtkDropDown *drop_down =
    GTK_DROP_DOWN (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  guint digit = gdk_keyval_to_unicode (keyval) - '0';
  int   position;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 || digit > 9)
    return FALSE;

  position = (int)digit - GPOINTER_TO_INT (first_value);
  if (position < 0 ||
      (guint)position >= g_list_model_get_n_items (gtk_drop_down_get_model (drop_down)))
    return FALSE;

  gtk_drop_down_set_selected (drop_down, (guint)position);
  return TRUE;
}

GtkWidget *
fh_record_form_add_choice (FhRecordForm      *self,
                           const char        *property,
                           const char        *title,
                           int                first_value,
                           const char *const *labels)
{
  GtkWidget *widget;

  g_return_val_if_fail (FH_IS_RECORD_FORM (self), NULL);

  widget = gtk_drop_down_new_from_strings (labels);
  /* Long answers (the meaning of each score) are cut on the button, so that the form
   * fits a narrow column, and shown whole, wrapped, in the list that opens. */
  {
    g_autoptr (GtkListItemFactory) button_factory = choice_factory_new (TRUE);
    g_autoptr (GtkListItemFactory) list_factory = choice_factory_new (FALSE);

    gtk_drop_down_set_factory (GTK_DROP_DOWN (widget), button_factory);
    gtk_drop_down_set_list_factory (GTK_DROP_DOWN (widget), list_factory);
  }
  return fh_record_form_add_field (self, FH_RECORD_FORM_CHOICE, property, title, widget,
                                   first_value);
}

/**
 * fh_record_form_add_explained_choice:
 * @first_value: the value the first of @labels stands for
 * @labels: (array zero-terminated=1): one short answer per value, in order (e.g. "2")
 * @meanings: (array zero-terminated=1): what each answer means, as many as @labels
 *
 * A choice whose button shows the short answer, whose list shows each answer with its
 * meaning, and under which the meaning of the chosen answer is written out whole,
 * wrapped, and kept up to date.
 *
 * Returns: (transfer none): the drop-down
 */
GtkWidget *
fh_record_form_add_explained_choice (FhRecordForm      *self,
                                     const char        *property,
                                     const char        *title,
                                     int                first_value,
                                     const char *const *labels,
                                     const char *const *meanings)
{
  g_autoptr (GStrvBuilder) builder = NULL;
  g_autoptr (GtkListItemFactory) button_factory = NULL;
  g_auto (GStrv) items = NULL;
  GtkWidget          *widget;
  GtkWidget          *meaning;
  GtkWidget          *box;
  GtkWidget          *error_label;
  GtkEventController *keys;
  Field              *field;
  int                 column, row, width, height;

  g_return_val_if_fail (FH_IS_RECORD_FORM (self), NULL);
  g_return_val_if_fail (labels != NULL && meanings != NULL, NULL);
  g_return_val_if_fail (g_strv_length ((GStrv)labels) == g_strv_length ((GStrv)meanings), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; labels[i] != NULL; i++)
    {
      /* Translators: a short answer and what it means, e.g. "2 — KPI named, no baseline" */
      g_autofree char *item = g_strdup_printf (_("%s — %s"), labels[i], meanings[i]);

      g_strv_builder_add (builder, item);
    }
  items = g_strv_builder_end (builder);

  widget =
    fh_record_form_add_choice (self, property, title, first_value, (const char *const *)items);
  button_factory = choice_factory_new (TRUE);
  g_object_set_data_full (G_OBJECT (button_factory), "short-labels", g_strdupv ((GStrv)labels),
                          (GDestroyNotify)g_strfreev);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (widget), button_factory);
  field = g_ptr_array_index (self->fields, self->fields->len - 1);
  g_assert (field->widget == widget);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (choice_key_pressed_cb),
                    GINT_TO_POINTER (first_value));
  gtk_widget_add_controller (widget, keys);

  meaning = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (meaning), 0);
  gtk_label_set_wrap (GTK_LABEL (meaning), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (meaning), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (meaning, "choice-meaning");
  field->meaning_label = GTK_LABEL (meaning);
  field->meanings = g_strdupv ((GStrv)meanings);

  /* The drop-down and the meaning under it share the field's cell of the grid. */
  gtk_grid_query_child (self->grid, widget, &column, &row, &width, &height);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (box, TRUE);
  g_object_ref (widget);
  gtk_grid_remove (self->grid, widget);
  gtk_box_append (GTK_BOX (box), widget);
  g_object_unref (widget);
  gtk_box_append (GTK_BOX (box), meaning);
  gtk_grid_attach (self->grid, box, column, row, width, height);
  /* The field's title stays level with the drop-down, not with the meaning under it. */
  gtk_widget_set_valign (GTK_WIDGET (field->title_label), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (field->title_label), 8);

  error_label = GTK_WIDGET (field->error_label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  meaning, error_label, NULL, -1);
  fh_record_form_field_update_meaning (field);

  return widget;
}
