/* fh-preferences-window.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-preferences-window.h"

struct _FhPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings     *settings;
  AdwEntryRow   *currency_row;
  GtkSpinButton *horizon;
  GtkSpinButton *scale;
  GtkSpinButton *timer;
  AdwComboRow   *paper_row;
};

G_DEFINE_FINAL_TYPE (FhPreferencesWindow, fh_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The paper choices, in the order of the combo row's items. */
static const char *const paper_values[] = { "auto", "a4", "letter" };

static gboolean
paper_to_row (GValue *value, GVariant *variant, gpointer user_data)
{
  const char *paper = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paper_values); i++)
    if (g_str_equal (paper, paper_values[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
paper_from_row (const GValue *value, const GVariantType *type, gpointer user_data)
{
  guint i = g_value_get_uint (value);

  return i < G_N_ELEMENTS (paper_values) ? g_variant_new_string (paper_values[i]) : NULL;
}

/* The presentation scale is kept as a factor and shown in per cent. */
static gboolean
scale_to_percent (GValue *value, GVariant *variant, gpointer user_data)
{
  g_value_set_double (value, g_variant_get_double (variant) * 100);
  return TRUE;
}

static GVariant *
scale_from_percent (const GValue *value, const GVariantType *type, gpointer user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100);
}

/* A currency is three letters (ISO 4217); anything else stays in the row, marked, with
 * the reason as its title until it is corrected. */
static void
currency_applied_cb (FhPreferencesWindow *self)
{
  GtkWidget       *row = GTK_WIDGET (self->currency_row);
  const char      *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *code = g_ascii_strup (stripped, -1);
  gboolean         valid = strlen (code) == 3;

  for (const char *p = code; valid && *p != '\0'; p++)
    valid = g_ascii_isalpha (*p);

  if (!valid)
    {
      gtk_widget_add_css_class (row, "error");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Currency code: three letters, such as EUR, USD or KRW"));
      return;
    }
  gtk_widget_remove_css_class (row, "error");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Currency code"));
  g_settings_set_string (self->settings, "default-currency", code);
  gtk_editable_set_text (GTK_EDITABLE (row), code);
}

static void
fh_preferences_window_dispose (GObject *object)
{
  FhPreferencesWindow *self = FH_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fh_preferences_window_parent_class)->dispose (object);
}

static void
fh_preferences_window_class_init (FhPreferencesWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/fh-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FhPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_child (widget_class, FhPreferencesWindow, horizon);
  gtk_widget_class_bind_template_child (widget_class, FhPreferencesWindow, scale);
  gtk_widget_class_bind_template_child (widget_class, FhPreferencesWindow, timer);
  gtk_widget_class_bind_template_child (widget_class, FhPreferencesWindow, paper_row);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fh_preferences_window_init (FhPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->currency_row, "apply", G_CALLBACK (currency_applied_cb), self);
}

GtkWidget *
fh_preferences_window_new (GSettings *settings)
{
  FhPreferencesWindow *self;
  g_autofree char     *currency = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (FH_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);

  currency = g_settings_get_string (settings, "default-currency");
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), currency);
  g_settings_bind (settings, "default-horizon", gtk_spin_button_get_adjustment (self->horizon),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "timer-minutes", gtk_spin_button_get_adjustment (self->timer), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (
    settings, "presentation-scale", gtk_spin_button_get_adjustment (self->scale), "value",
    G_SETTINGS_BIND_DEFAULT, scale_to_percent, scale_from_percent, NULL, NULL);
  g_settings_bind_with_mapping (settings, "paper", self->paper_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, paper_to_row, paper_from_row, NULL, NULL);

  return GTK_WIDGET (self);
}
