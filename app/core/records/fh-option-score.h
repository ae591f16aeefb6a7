/* fh-option-score.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_TYPE_OPTION_SCORE (fh_option_score_get_type ())

G_DECLARE_FINAL_TYPE (FhOptionScore, fh_option_score, FH, OPTION_SCORE, GObject)

FhOptionScore *fh_option_score_new (gint64 option, const char *criterion, int score);
gint64         fh_option_score_get_id (FhOptionScore *self);
gint64         fh_option_score_get_option (FhOptionScore *self);
const char    *fh_option_score_get_criterion (FhOptionScore *self);
int            fh_option_score_get_score (FhOptionScore *self);

G_END_DECLS
