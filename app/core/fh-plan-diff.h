/* fh-plan-diff.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-plan-models.h"

G_BEGIN_DECLS

typedef enum
{
  FH_DIFF_FORMAT_TEXT,     /* for a terminal */
  FH_DIFF_FORMAT_MARKDOWN, /* for a pull-request comment */
} FhDiffFormat;

char *fh_plan_diff (FhPlanModels *old_plan,
                    FhPlanModels *new_plan,
                    FhDiffFormat  format,
                    guint        *n_changes);

G_END_DECLS
