/* fh-option.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_OPTION (fh_option_get_type ())

G_DECLARE_FINAL_TYPE (FhOption, fh_option, FH, OPTION, GObject)

FhOption    *fh_option_new (const char *capability, const char *name);
gint64       fh_option_get_id (FhOption *self);
const char  *fh_option_get_capability (FhOption *self);
FhOptionKind fh_option_get_kind (FhOption *self);
const char  *fh_option_get_name (FhOption *self);
const char  *fh_option_get_vendor (FhOption *self);
const char  *fh_option_get_description (FhOption *self);
gboolean     fh_option_get_chosen (FhOption *self);
const char  *fh_option_get_rationale (FhOption *self);

G_END_DECLS
