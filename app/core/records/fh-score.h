/* fh-score.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_SCORE (fh_score_get_type ())

G_DECLARE_FINAL_TYPE (FhScore, fh_score, FH, SCORE, GObject)

FhScore     *fh_score_new (gint64 assessment, const char *capability, int stage);
gint64       fh_score_get_id (FhScore *self);
gint64       fh_score_get_assessment (FhScore *self);
const char  *fh_score_get_capability (FhScore *self);
int          fh_score_get_stage (FhScore *self);
const char  *fh_score_get_evidence (FhScore *self);
FhConfidence fh_score_get_confidence (FhScore *self);
gboolean     fh_score_get_carried_over (FhScore *self);
const char  *fh_score_get_reason (FhScore *self);

G_END_DECLS
