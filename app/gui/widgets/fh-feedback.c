/* fh-feedback.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fh-feedback.h"

/**
 * fh_toast_new:
 * @text: plain text, which may hold plan text or a store's sentence
 * @undo: whether the toast carries an Undo button (the window's win.undo)
 *
 * A toast's title is Pango markup in libadwaita 1.2; every toast Foothold shows
 * is made here, so that text from a plan is never read as markup.
 *
 * Returns: (transfer full): a new toast
 */
AdwToast *
fh_toast_new (const char *text, gboolean undo)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);
  AdwToast        *toast = adw_toast_new (escaped);

  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      /* Long enough to notice in a live room and reach for: the default 5 s is not. */
      adw_toast_set_timeout (toast, 10);
    }

  return toast;
}

/**
 * fh_show_field_error:
 * @label: the label that carries the reason, next to the field
 * @field: (nullable): the field that refused the value
 * @message: (nullable): the reason, as plain text; %NULL clears the error
 *
 * Shows why @field refused what was typed (the text stays, to be fixed rather than
 * typed again), or clears it. The field is marked invalid for screen readers too.
 */
void
fh_show_field_error (GtkLabel *label, GtkWidget *field, const char *message)
{
  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (field == NULL || GTK_IS_WIDGET (field));

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (field == NULL)
    return;

  if (message != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (field, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
    }
}
