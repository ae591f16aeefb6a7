/* fh-link.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_TYPE_LINK (fh_link_get_type ())

G_DECLARE_FINAL_TYPE (FhLink, fh_link, FH, LINK, GObject)

FhLink *fh_link_new (gint64 source, gint64 target);
gint64  fh_link_get_source (FhLink *self);
gint64  fh_link_get_target (FhLink *self);

G_END_DECLS
