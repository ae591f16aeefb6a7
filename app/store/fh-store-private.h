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

/* For fh-store-edit.c: an action that is not nested in a group, a change of several
 * fields given as arrays (names, GValues), and whether @record is the plan's. */
gboolean fh_store_begin_action (FhStore *self, const char *label, GError **error);
gboolean fh_store_set_values (FhStore   *self,
                              gpointer   record,
                              GPtrArray *names,
                              GArray    *values,
                              GError   **error);
gboolean fh_store_holds (FhStore *self, gpointer record);

/* fh-store-open.c: the files around opening a plan */
typedef enum
{
  FH_COMPANION_WAL,
  FH_COMPANION_JOURNAL,
  FH_COMPANION_SHM,
  FH_N_COMPANIONS
} FhCompanionKind;

typedef struct
{
  char  *path[FH_N_COMPANIONS]; /* NULL where there is none */
  char  *name[FH_N_COMPANIONS]; /* for messages */
  gint64 size[FH_N_COMPANIONS];
} FhCompanions;

int         fh_store_open_regular (const char *path, const char *name, GError **error);
gboolean    fh_store_check_regular (const char *path, const char *name, GError **error);
gboolean    fh_companions_find (const char *path, FhCompanions *companions, GError **error);
void        fh_companions_clear (FhCompanions *companions);
const char *fh_companions_replayable (const FhCompanions *companions);
char       *fh_companions_copy (const char         *path,
                                const char         *name,
                                const FhCompanions *companions,
                                GError            **error);
void        fh_private_dir_remove (const char *dir);
char       *fh_plan_files_stamp (const char *path);
char       *fh_immutable_uri (const char *path);

/* fh-plan-json.c */
FhPlanData *fh_plan_json_parse (GBytes *json, GError **error);
GBytes     *fh_plan_json_write (FhStore *self);
gboolean    fh_plan_json_sniff (const char *path);
const char *fh_plan_json_skip_bom (const char *text, gsize *size);

/* A plan export is never nested deeper than 4 levels; json-glib's parser recurses. */
#define FH_JSON_MAX_DEPTH 64

G_END_DECLS
