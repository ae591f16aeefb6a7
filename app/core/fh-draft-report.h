/* fh-draft-report.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-plan-models.h"

G_BEGIN_DECLS

GPtrArray *fh_draft_check (const FhPlanModels *models, GPtrArray *draft);
GPtrArray *fh_draft_new_findings (const FhPlanModels *models, GPtrArray *draft, guint *n_before);
char      *fh_draft_format_text (const FhPlanModels *models,
                                 GPtrArray          *draft,
                                 GPtrArray          *findings,
                                 guint               n_before);

G_END_DECLS
