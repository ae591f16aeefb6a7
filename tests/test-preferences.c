/* test-preferences.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "fh-export-dialog.h"
#include "fh-preferences-window.h"
#include "fh-test-ui.h"

/* The Preferences window reads and writes the app's settings: new plans' currency and
 * horizon, the presentation scale (shown in per cent), the timer's length and the paper. */

typedef struct
{
  GSettings *settings;
  GtkWindow *window;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->settings = g_settings_new (APP_ID);
  f->window = GTK_WINDOW (g_object_ref_sink (fh_preferences_window_new (f->settings)));
  gtk_window_present (f->window);
  fh_test_wait_mapped (f->window);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fh_test_window_close (g_steal_pointer (&f->window));
  g_clear_object (&f->settings);
}

static void
test_preferences_show_settings (Fixture *f, gconstpointer data)
{
  GtkSpinButton *scale = fh_test_template_child (f->window, FH_TYPE_PREFERENCES_WINDOW, "scale");
  GtkSpinButton *horizon =
    fh_test_template_child (f->window, FH_TYPE_PREFERENCES_WINDOW, "horizon");
  AdwComboRow *paper = fh_test_template_child (f->window, FH_TYPE_PREFERENCES_WINDOW, "paper_row");
  AdwEntryRow *currency =
    fh_test_template_child (f->window, FH_TYPE_PREFERENCES_WINDOW, "currency_row");

  /* The defaults as shown. */
  g_assert_cmpfloat (gtk_spin_button_get_value (scale), ==, 150);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (horizon), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (paper), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (currency)), ==, "EUR");

  /* Changes go to the settings… */
  gtk_spin_button_set_value (scale, 200);
  gtk_spin_button_set_value (horizon, 5);
  adw_combo_row_set_selected (paper, 2);
  g_assert_cmpfloat (g_settings_get_double (f->settings, "presentation-scale"), ==, 2.0);
  g_assert_cmpint (g_settings_get_int (f->settings, "default-horizon"), ==, 5);
  g_assert_cmpstr (g_settings_get_string (f->settings, "paper"), ==, "letter");
  /* The export dialog's paper follows. */
  g_assert_cmpint (fh_export_default_paper (), ==, FH_PAPER_LETTER);
  adw_combo_row_set_selected (paper, 1);
  g_assert_cmpint (fh_export_default_paper (), ==, FH_PAPER_A4);

  /* …and the settings to the window. */
  g_settings_set_int (f->settings, "timer-minutes", 25);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     fh_test_template_child (f->window, FH_TYPE_PREFERENCES_WINDOW, "timer")),
                   ==, 25);
}

static void
test_preferences_currency (Fixture *f, gconstpointer data)
{
  AdwEntryRow *currency =
    fh_test_template_child (f->window, FH_TYPE_PREFERENCES_WINDOW, "currency_row");
  g_autofree char *kept = NULL;

  /* Not a currency code: kept in the row, marked, the setting unchanged. */
  gtk_editable_set_text (GTK_EDITABLE (currency), "euro");
  g_signal_emit_by_name (currency, "apply");
  kept = g_settings_get_string (f->settings, "default-currency");
  g_assert_cmpstr (kept, ==, "EUR");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (currency), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (currency)), ==, "euro");

  /* A code in lower case is taken in upper case, and the mark goes. */
  gtk_editable_set_text (GTK_EDITABLE (currency), " krw ");
  g_signal_emit_by_name (currency, "apply");
  g_clear_pointer (&kept, g_free);
  kept = g_settings_get_string (f->settings, "default-currency");
  g_assert_cmpstr (kept, ==, "KRW");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (currency), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (currency)), ==, "KRW");
}

int
main (int argc, char **argv)
{
  fh_test_ui_init (&argc, &argv);

  g_test_add ("/foothold/preferences/show-settings", Fixture, NULL, fixture_set_up,
              test_preferences_show_settings, fixture_tear_down);
  g_test_add ("/foothold/preferences/currency", Fixture, NULL, fixture_set_up,
              test_preferences_currency, fixture_tear_down);

  return g_test_run ();
}
