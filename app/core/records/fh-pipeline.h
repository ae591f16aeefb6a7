/* fh-pipeline.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_PIPELINE (fh_pipeline_get_type ())

G_DECLARE_FINAL_TYPE (FhPipeline, fh_pipeline, FH, PIPELINE, GObject)

FhPipeline    *fh_pipeline_new (gint64 use_case, const char *name);
gint64         fh_pipeline_get_id (FhPipeline *self);
gint64         fh_pipeline_get_use_case (FhPipeline *self);
const char    *fh_pipeline_get_name (FhPipeline *self);
FhPipelineKind fh_pipeline_get_kind (FhPipeline *self);

G_END_DECLS
