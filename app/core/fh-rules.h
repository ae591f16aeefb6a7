/* fh-rules.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-plan-models.h"
#include "fh-types.h"

G_BEGIN_DECLS

/* The start-small rules of the roadmap (docs/domain.md section 5). The ids are stable:
 * they are printed by `foothold --check`, so scripts may match on them. */
#define FH_RULE_STAGE_SKIP        "stage-skip"
#define FH_RULE_FINISH_LINE_START "finish-line-start"
#define FH_RULE_BIG_FIRST_STEP    "big-first-step"
#define FH_RULE_PREREQUISITE      "prerequisite"
#define FH_RULE_DEPENDENCY_ORDER  "dependency-order"
#define FH_RULE_UNTRACED_WORK     "untraced-work"
#define FH_RULE_MONITORING_LATE   "monitoring-late"
#define FH_RULE_PEOPLE_LEFT_OUT   "people-left-out"
#define FH_RULE_UNPLANNED_GAPS    "unplanned-gaps"
/* fh-rules-use-cases.c */
#define FH_RULE_GO_LIVE_EARLY         "go-live-early"
#define FH_RULE_READINESS_UNSUPPORTED "readiness-unsupported"
#define FH_RULE_BASELINE_GAP          "baseline-gap"
#define FH_RULE_ASSESSED_PREREQUISITE "assessed-prerequisite"

/* Each rule lists at most this many findings; one more finding with n_more set
 * says how many were left out, so a dense plan gives a readable list. */
#define FH_RULES_MAX_PER_RULE 50

/* A fix the app can make by itself, as one undoable change. */
typedef enum
{
  FH_FIX_NONE,
  FH_FIX_SPLIT_STAGES, /* replace items[0] by one item per stage */
  FH_FIX_MOVE_AFTER,   /* move items[0] to start after items[1] ends */
} FhFixKind;

#define FH_TYPE_FINDING (fh_finding_get_type ())

typedef struct
{
  const char *rule_id; /* one of FH_RULE_*, static */
  FhSeverity  severity;
  char       *message; /* plain words, names items and capabilities */
  char       *fix;     /* the suggested fix, a sentence */
  FhFixKind   fix_kind;
  GArray     *items;  /* gint64 ids of the roadmap items concerned */
  GArray     *gaps;   /* gint64 ids of the gaps concerned */
  guint       n_more; /* > 0: this finding only says that n_more findings of its rule are
                       * not listed */
} FhFinding;

GType      fh_finding_get_type (void) G_GNUC_CONST;
FhFinding *fh_finding_copy (const FhFinding *finding);
void       fh_finding_free (FhFinding *finding);
gboolean   fh_finding_concerns_item (const FhFinding *finding, gint64 item);

GPtrArray  *fh_rules_check (const FhPlanModels *models);
guint       fh_rules_count (GPtrArray *findings, FhSeverity severity);
const char *fh_rules_get_title (const char *rule_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhFinding, fh_finding_free)

G_END_DECLS
