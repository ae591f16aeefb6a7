/* fh-plan-merge.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes *
fh_plan_merge (GBytes *base, GBytes *ours, GBytes *theirs, GPtrArray *conflicts, GError **error);

G_END_DECLS
