/* fh-scenarios.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fh-edit.h"
#include "fh-plan-models.h"
#include "fh-scenario.h"

G_BEGIN_DECLS

#define FH_SCENARIO_ERROR (fh_scenario_error_quark ())

typedef enum
{
  FH_SCENARIO_ERROR_NAME, /* empty or already taken */
  FH_SCENARIO_ERROR_LAST, /* the only scenario cannot go */
  FH_SCENARIO_ERROR_NOT_FOUND,
} FhScenarioError;

/* The plan as one scenario has it: the plan's own models, with its options and its
 * roadmap replaced by what the scenario chooses and plans when it is not the one
 * shown. Every figure of a scenario (window, report, summary) is computed on this. */
typedef struct
{
  FhPlanModels models;
  GListStore  *options; /* owned copies when the scenario is not shown, else NULL */
  GListStore  *roadmap;
} FhScenarioPlan;

GQuark fh_scenario_error_quark (void);

guint           fh_scenarios_count (const FhPlanModels *plan);
FhScenario     *fh_scenarios_find (const FhPlanModels *plan, gint64 scenario);
gint64          fh_scenarios_shown (const FhPlanModels *plan);
gboolean        fh_scenarios_name_taken (const FhPlanModels *plan, const char *name, gint64 except);
FhScenarioPlan *fh_scenario_plan_new (const FhPlanModels *plan, gint64 scenario);
void            fh_scenario_plan_free (FhScenarioPlan *scenario_plan);

FhEdit *fh_edit_show_scenario (const FhPlanModels *plan, gint64 scenario);
FhEdit *
fh_edit_add_scenario (const FhPlanModels *plan, const char *name, gint64 copy_of, GError **error);
FhEdit *fh_edit_delete_scenario (const FhPlanModels *plan, gint64 scenario, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhScenarioPlan, fh_scenario_plan_free)

G_END_DECLS
