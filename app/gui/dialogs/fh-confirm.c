/* fh-confirm.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-confirm.h"

/* The question a destructive action asks first, in a live room where a wrong key must
 * not cost the morning's work: a heading that says what will happen, a body that names
 * what will be lost, Cancel as the default and the action in red. */

typedef struct
{
  FhConfirmFunc  func;
  gpointer       data;
  GDestroyNotify destroy;
} Confirm;

static void
confirm_free (gpointer data)
{
  Confirm *confirm = data;

  if (confirm->destroy != NULL)
    confirm->destroy (confirm->data);
  g_free (confirm);
}

static void
response_cb (AdwMessageDialog *dialog, const char *response, GtkWidget *widget)
{
  Confirm *confirm = g_object_get_data (G_OBJECT (dialog), "fh-confirm");

  if (g_strcmp0 (response, "confirm") == 0)
    confirm->func (widget, confirm->data);
}

/**
 * fh_confirm:
 * @widget: the widget that asks; the dialog is modal on its window, and @func is
 *   called on it only while it exists
 * @heading: the question, as a title ("Replace the Plan?")
 * @body: what will be lost, as plain text
 * @confirm_label: the action, with a mnemonic ("_Replace")
 * @func: what the action does
 * @data: (nullable): passed to @func
 * @destroy: (nullable): frees @data when the dialog goes
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
fh_confirm (GtkWidget     *widget,
            const char    *heading,
            const char    *body,
            const char    *confirm_label,
            FhConfirmFunc  func,
            gpointer       data,
            GDestroyNotify destroy)
{
  GtkRoot          *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;
  Confirm          *confirm = g_new0 (Confirm, 1);

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (heading != NULL && body != NULL && confirm_label != NULL, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  confirm->func = func;
  confirm->data = data;
  confirm->destroy = destroy;

  dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL));
  adw_message_dialog_set_heading_use_markup (dialog, FALSE);
  adw_message_dialog_set_heading (dialog, heading);
  adw_message_dialog_set_body_use_markup (dialog, FALSE);
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "confirm", confirm_label);
  adw_message_dialog_set_response_appearance (dialog, "confirm", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fh-confirm", confirm, confirm_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (response_cb), widget, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
