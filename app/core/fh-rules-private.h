/* fh-rules-private.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-rules.h"

G_BEGIN_DECLS

/* What a rule in another file adds its findings through: the check of fh-rules.c, so
 * that the per-rule limit and the "n more" findings hold for every rule alike. */
typedef struct _FhRulesSink FhRulesSink;

FhFinding *fh_rules_sink_add (FhRulesSink *sink,
                              const char  *rule_id,
                              FhSeverity   severity,
                              char        *message,
                              char        *fix);

/* fh-rules-use-cases.c: the rules over use cases and assessments. */
void fh_rules_use_cases (FhRulesSink *sink, const FhPlanModels *models);

G_END_DECLS
