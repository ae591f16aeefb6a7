/* fh-assessment.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_TYPE_ASSESSMENT (fh_assessment_get_type ())

G_DECLARE_FINAL_TYPE (FhAssessment, fh_assessment, FH, ASSESSMENT, GObject)

FhAssessment *fh_assessment_new (int quarter);
gint64        fh_assessment_get_id (FhAssessment *self);
int           fh_assessment_get_quarter (FhAssessment *self);
const char   *fh_assessment_get_date (FhAssessment *self);
const char   *fh_assessment_get_participants (FhAssessment *self);
const char   *fh_assessment_get_notes (FhAssessment *self);

G_END_DECLS
