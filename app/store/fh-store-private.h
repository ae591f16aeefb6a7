/* fh-store-private.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-schema.h"
#include "fh-store.h"

G_BEGIN_DECLS

/* A whole plan as records, the unit that JSON import validates and then writes. */
typedef struct
{
  FhPlanInfo *info;
  GPtrArray  *records[FH_N_COLLECTIONS];
} FhPlanData;

FhPlanData *fh_plan_data_new (void);
void        fh_plan_data_free (FhPlanData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhPlanData, fh_plan_data_free)

guint    fh_store_max_links (FhCollection links);
gboolean fh_store_replace_all (FhStore *self, FhPlanData *data, const char *label, GError **error);
void     fh_store_forget_history (FhStore *self);

/* fh-plan-json.c */
FhPlanData *fh_plan_json_parse (GBytes *json, GError **error);
GBytes     *fh_plan_json_write (FhStore *self);
gboolean    fh_plan_json_sniff (const char *path);
const char *fh_plan_json_skip_bom (const char *text, gsize *size);

/* A plan export is never nested deeper than 4 levels; json-glib's parser recurses. */
#define FH_JSON_MAX_DEPTH 64

G_END_DECLS
