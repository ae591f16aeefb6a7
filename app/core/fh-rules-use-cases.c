/* fh-rules-use-cases.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-rules-private.h"

#include "fh-gap.h"
#include "fh-metric.h"
#include "fh-needs.h"
#include "fh-plan-index-private.h"
#include "fh-prerequisite.h"
#include "fh-quarter.h"
#include "fh-scoring.h"
#include "fh-use-case.h"

/* The rules that hold the plan's own statements against each other (docs/domain.md
 * section 5, rules 10–13): a go-live date the roadmap cannot meet, and three
 * contradictions between what the team scored or wrote and what the plan holds. */

#define CAPABILITY_BUSINESS "business-alignment"

/* Rule 10: a prioritised use case's go-live quarter comes before the roadmap reaches
 * the stages it needs. */
static void
rule_go_live_early (FhRulesSink *sink, const FhPlanModels *models)
{
  GListModel *use_cases = models->models[FH_COLLECTION_USE_CASES];
  guint       n = use_cases != NULL ? g_list_model_get_n_items (use_cases) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (use_cases, i);
      int              go_live = fh_use_case_get_go_live_quarter (use_case);
      int              ready;
      g_autofree char *when = NULL;

      if (go_live == 0 || !fh_needs_is_prioritised (use_case))
        continue;
      ready = fh_needs_blocked_until (models, use_case);
      if (ready == 0 || (ready != FH_NEEDS_NEVER && ready <= go_live))
        continue;

      when = fh_quarter_format (go_live);
      if (ready == FH_NEEDS_NEVER)
        fh_rules_sink_add (
          sink, FH_RULE_GO_LIVE_EARLY, FH_SEVERITY_WARNING,
          g_strdup_printf (
            _("“%s” should go live in %s, but the roadmap never brings every "
                             "capability it needs to the stage it needs."),
               fh_use_case_get_title (use_case), when),
            g_strdup (_("Plan items that reach what its Needs list shows, or move its go-live "
                      "quarter.")));
      else
        {
          g_autofree char *ready_text = fh_quarter_format (ready);

          fh_rules_sink_add (
            sink, FH_RULE_GO_LIVE_EARLY, FH_SEVERITY_WARNING,
            g_strdup_printf (
              _("“%s” should go live in %s, but the roadmap reaches what it "
                               "needs only for %s."),
                 fh_use_case_get_title (use_case), when, ready_text),
              g_strdup_printf (_("Move its go-live quarter to %s, or bring the work it needs "
                               "forward."),
                                  ready_text));
        }
    }
}

/* Rule 11: data readiness scored above what the use case's data sources support. */
static void
rule_readiness (FhRulesSink *sink, const FhPlanModels *models)
{
  GListModel *use_cases = models->models[FH_COLLECTION_USE_CASES];
  guint       n = use_cases != NULL ? g_list_model_get_n_items (use_cases) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (use_cases, i);
      guint n_sources = 0;
      int   support = fh_use_case_data_support (models, fh_use_case_get_id (use_case), &n_sources);
      int   readiness = fh_use_case_get_readiness (use_case);

      if (support < 0 || readiness <= support)
        continue;
      fh_rules_sink_add (
        sink, FH_RULE_READINESS_UNSUPPORTED, FH_SEVERITY_WARNING,
        g_strdup_printf (ngettext ("“%s” has data readiness %d, but its %u data source "
                                   "supports at most %d.",
                                   "“%s” has data readiness %d, but its %u data sources "
                                   "support at most %d.",
                                   n_sources),
                         fh_use_case_get_title (use_case), readiness, n_sources, support),
        g_strdup_printf (_("Score its data readiness %d, or improve the sources first."),
                            support));
    }
}

static gboolean
mentions_baseline (FhGap *gap)
{
  g_autofree char *title = g_utf8_casefold (fh_gap_get_title (gap), -1);

  return strstr (title, "baseline") != NULL;
}

/* Rule 12: a gap says KPIs have no baseline while every business KPI has one. A
 * baseline of 0 counts as not measured: the field has no "unset". */
static void
rule_baseline_gap (FhRulesSink *sink, const FhPlanModels *models)
{
  GListModel *gaps = models->models[FH_COLLECTION_GAPS];
  GListModel *metrics = models->models[FH_COLLECTION_METRICS];
  guint       n_gaps = gaps != NULL ? g_list_model_get_n_items (gaps) : 0;
  guint       n_metrics = metrics != NULL ? g_list_model_get_n_items (metrics) : 0;
  guint       n_kpis = 0;

  for (guint i = 0; i < n_metrics; i++)
    {
      g_autoptr (FhMetric) metric = g_list_model_get_item (metrics, i);

      if (fh_metric_get_kind (metric) != FH_METRIC_KIND_BUSINESS_KPI)
        continue;
      if (fh_metric_get_baseline (metric) == 0)
        return;
      n_kpis++;
    }
  if (n_kpis == 0)
    return;

  for (guint i = 0; i < n_gaps; i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);
      FhFinding *finding;
      gint64     id;

      if (fh_gap_get_status (gap) != FH_GAP_STATUS_OPEN ||
          g_strcmp0 (fh_gap_get_capability (gap), CAPABILITY_BUSINESS) != 0 ||
          !mentions_baseline (gap))
        continue;
      finding = fh_rules_sink_add (
        sink, FH_RULE_BASELINE_GAP, FH_SEVERITY_WARNING,
        g_strdup_printf (ngettext ("The gap “%s” says a KPI baseline is missing, but the %u "
                                   "business KPI has one.",
                                   "The gap “%s” says a KPI baseline is missing, but all %u "
                                   "business KPIs have one.",
                                   n_kpis),
                         fh_gap_get_title (gap), n_kpis),
        g_strdup (_("Close the gap, or say which baseline is still missing.")));
      id = fh_gap_get_id (gap);
      g_array_append_val (finding->gaps, id);
    }
}

/* Rule 13: the latest assessment scores a capability at a stage whose prerequisites
 * (the catalog's) it scores lower. */
static void
rule_assessed_prerequisite (FhRulesSink *sink, const FhPlanModels *models)
{
  GListModel          *rows = models->models[FH_COLLECTION_PREREQUISITES];
  guint                n_rows = rows != NULL ? g_list_model_get_n_items (rows) : 0;
  FhPlanIndex          index = { 0 };
  guint                n_caps;
  g_autofree int      *required = NULL;
  g_autofree gboolean *said = NULL;

  fh_plan_index_init (&index, models, 0);
  n_caps = index.capabilities->len;
  required = g_new0 (int, MAX (n_caps, 1));
  said = g_new0 (gboolean, MAX (n_caps * n_caps, 1));

  for (guint c = 0; index.latest_quarter != 0 && c < n_caps; c++)
    for (guint r = 0; r < n_rows; r++)
      {
        g_autoptr (FhPrerequisite) row = g_list_model_get_item (rows, r);
        const char *of = fh_prerequisite_get_capability (row);
        int         stage = index.assessed[c];
        guint       n_required;

        if ((of != NULL && of[0] != '\0' &&
             g_strcmp0 (of, fh_capability_get_id (index.capabilities->pdata[c])) != 0) ||
            stage < fh_prerequisite_get_stage (row))
          continue;

        n_required = fh_plan_index_required (&index, fh_prerequisite_get_requires (row), required);
        for (guint k = 0; k < n_required; k++)
          {
            int         q = required[k];
            int         want = fh_prerequisite_get_requires_stage (row);
            const char *name_c, *name_q;

            if ((guint)q == c || index.assessed[q] < 0 || index.assessed[q] >= want ||
                said[c * n_caps + q])
              continue;
            said[c * n_caps + q] = TRUE;
            name_c = fh_capability_get_name (index.capabilities->pdata[c]);
            name_q = fh_capability_get_name (index.capabilities->pdata[q]);
            fh_rules_sink_add (
              sink, FH_RULE_ASSESSED_PREREQUISITE, FH_SEVERITY_WARNING,
              /* Translators: capability, its stage, other capability, the stage it needs,
               * the stage it was assessed at */
              g_strdup_printf (
                _("%s is assessed %s, which needs %s at %s, but %s is "
                                 "assessed %s."),
                   name_c, fh_stage_get_label (stage), name_q, fh_stage_get_label (want), name_q,
                   fh_stage_get_label (index.assessed[q])),
                g_strdup_printf (_("Check the evidence for %s against its criteria, or "
                                 "assess %s again."),
                                    name_c, name_q));
          }
      }

  fh_plan_index_clear (&index);
}

void
fh_rules_use_cases (FhRulesSink *sink, const FhPlanModels *models)
{
  rule_go_live_early (sink, models);
  rule_readiness (sink, models);
  rule_baseline_gap (sink, models);
  rule_assessed_prerequisite (sink, models);
}
