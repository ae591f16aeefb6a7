/* fh-plan-properties.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_PLAN_PROPERTIES (fh_plan_properties_get_type ())
G_DECLARE_FINAL_TYPE (FhPlanProperties, fh_plan_properties, FH, PLAN_PROPERTIES, AdwWindow)

FhPlanProperties *fh_plan_properties_new (GtkWindow *parent, FhStore *store);

G_END_DECLS
