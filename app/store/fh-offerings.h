/* fh-offerings.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GPtrArray *fh_offerings_load (const char *capability, GError **error);

G_END_DECLS
