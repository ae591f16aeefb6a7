/* fh-model.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_MODEL (fh_model_get_type ())

G_DECLARE_FINAL_TYPE (FhModel, fh_model, FH, MODEL, GObject)

FhModel      *fh_model_new (gint64 use_case, const char *name);
gint64        fh_model_get_id (FhModel *self);
gint64        fh_model_get_use_case (FhModel *self);
const char   *fh_model_get_name (FhModel *self);
FhServingMode fh_model_get_serving (FhModel *self);
FhRetraining  fh_model_get_retraining (FhModel *self);
const char   *fh_model_get_watched (FhModel *self);
const char   *fh_model_get_alerted (FhModel *self);
const char   *fh_model_get_response (FhModel *self);

G_END_DECLS
