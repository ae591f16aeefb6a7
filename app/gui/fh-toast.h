/* fh-toast.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *fh_toast_new (const char *text,
                        gboolean    undo);

G_END_DECLS
