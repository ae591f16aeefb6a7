/* fh-plan-edits.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fh-assessment.h"
#include "fh-edit.h"
#include "fh-option.h"
#include "fh-plan-models.h"
#include "fh-roadmap-item.h"

G_BEGIN_DECLS

/* The plan's multi-step changes, each built as one FhEdit from the plan's current
 * records, for the open plan to apply as one undo step. */

FhEdit *fh_edit_split_item_by_stage (FhPlanModels *models, FhRoadmapItem *item);
FhEdit *fh_edit_move_after (FhRoadmapItem *item, FhRoadmapItem *dependency);
FhEdit *fh_edit_accept_draft (GPtrArray *draft, const gboolean *accepted, guint *n_added);
FhEdit *fh_edit_add_capabilities (const FhPlanModels *models,
                                  GPtrArray          *capabilities,
                                  GPtrArray          *prerequisites);
FhEdit *fh_edit_save_baseline (FhPlanModels *models, FhAssessment *assessment, guint *n_items);
FhEdit *fh_edit_start_quarter (FhPlanModels *models, int quarter, const char *date);
FhEdit *fh_edit_choose_option (FhPlanModels *models, FhOption *option, const char *rationale);
FhEdit *fh_edit_reset_votes (GListModel *gaps);

G_END_DECLS
