/* fh-option-share.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_OPTION_SHARE (fh_option_share_get_type ())

G_DECLARE_FINAL_TYPE (FhOptionShare, fh_option_share, FH, OPTION_SHARE, GObject)

FhOptionShare *fh_option_share_new (gint64 option, const char *capability);
gint64         fh_option_share_get_id (FhOptionShare *self);
gint64         fh_option_share_get_option (FhOptionShare *self);
const char    *fh_option_share_get_capability (FhOptionShare *self);

G_END_DECLS
