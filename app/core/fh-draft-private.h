/* fh-draft-private.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-plan-index-private.h"

G_BEGIN_DECLS

/* What fh-draft.c and fh-draft-targets.c share while one draft is made. */

#define CAPABILITY_DEPLOYMENT "deployment"
#define CAPABILITY_MONITORING "monitoring"
#define CAPABILITY_PEOPLE     "people-skills"

typedef struct
{
  int end;
  int stage;
} Reach;

typedef struct
{
  FhPlanIndex index;
  GArray    **existing;  /* per capability: Reach of the items already planned */
  int        *stage;     /* per capability: the highest stage planned so far */
  int        *available; /* per capability: first quarter free of its planned work */
  int        *target;    /* per capability: the stage the draft aims at */
  int        *needed_by; /* per capability: the one whose target raised its own, or -1 */
  double     *priority;
  GArray    **gaps;       /* per capability: gint64 ids of its open gaps */
  int        *last_draft; /* per capability: index of its latest proposed item, or -1 */
  gboolean   *people_first;
  GArray     *use_cases; /* gint64: the use cases to serve, best first */
  GHashTable *busy;      /* quarter → number of items already starting in it */
  GPtrArray  *rows;      /* FhPrerequisite */
} Draft;

void     fh_draft_load (Draft *draft, const FhPlanModels *models, int drafted_stage[]);
int     *fh_draft_init (Draft *draft, const FhPlanModels *models);
void     fh_draft_clear (Draft *draft);
int      fh_draft_known_stage (Draft *draft, int cap, int quarter, int drafted);
int      fh_draft_first_quarter (Draft *draft);
gboolean fh_draft_raise_target (Draft *draft, int cap, int stage, int by);
void     fh_draft_fill_targets (Draft *draft, int first, gboolean active);
void     fh_draft_fill_default_targets (Draft *draft, const FhPlanModels *models, int first);
void     fh_draft_close_targets (Draft *draft);

G_END_DECLS
