/* fh-toast.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fh-toast.h"

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
fh_toast_new (const char *text,
              gboolean    undo)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);
  AdwToast *toast = adw_toast_new (escaped);

  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }

  return toast;
}
