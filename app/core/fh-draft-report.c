/* fh-draft-report.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-draft-report.h"

#include "fh-capability.h"
#include "fh-draft.h"
#include "fh-link.h"
#include "fh-quarter.h"
#include "fh-rules.h"

/* What a draft would do to the plan, without touching it: the rules over the plan with
 * the draft accepted, and the proposal as text for `foothold --draft`. */

static gint64
max_item_id (GListModel *items)
{
  gint64 max = 0;

  for (guint i = 0, n = items != NULL ? g_list_model_get_n_items (items) : 0; i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);

      max = MAX (max, fh_roadmap_item_get_id (item));
    }

  return max;
}

static GListStore *
copy_model (GListModel *model, GType type)
{
  GListStore *store = g_list_store_new (model != NULL ? g_list_model_get_item_type (model) : type);

  for (guint i = 0, n = model != NULL ? g_list_model_get_n_items (model) : 0; i < n; i++)
    {
      g_autoptr (GObject) record = g_list_model_get_item (model, i);

      g_list_store_append (store, record);
    }

  return store;
}

static void
append_link (GListStore *store, gint64 source, gint64 target)
{
  g_autoptr (FhLink) link = fh_link_new (source, target);

  g_list_store_append (store, link);
}

/**
 * fh_draft_check:
 * @draft: (element-type FhDraftItem): a draft from fh_draft_propose() for @models
 *
 * Runs the start-small rules over @models with every proposal of @draft accepted, as
 * the preview's Accept would add them (links and dependencies included). @models is
 * not changed.
 *
 * Returns: (transfer full) (element-type FhFinding): the findings
 */
GPtrArray *
fh_draft_check (const FhPlanModels *models, GPtrArray *draft)
{
  static const FhCollection changed[] = { FH_COLLECTION_ROADMAP, FH_COLLECTION_ITEM_GAPS,
                                          FH_COLLECTION_ITEM_USE_CASES,
                                          FH_COLLECTION_ITEM_DEPENDENCIES };
  GListStore               *stores[G_N_ELEMENTS (changed)];
  FhPlanModels              with = *models;
  gint64                    base;
  GPtrArray                *findings;

  g_return_val_if_fail (models != NULL, NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (changed); i++)
    {
      stores[i] =
        copy_model (models->models[changed[i]], i == 0 ? FH_TYPE_ROADMAP_ITEM : FH_TYPE_LINK);
      with.models[changed[i]] = G_LIST_MODEL (stores[i]);
    }

  base = max_item_id (models->models[FH_COLLECTION_ROADMAP]);
  for (guint i = 0; i < draft->len; i++)
    {
      FhDraftItem   *proposed = draft->pdata[i];
      FhRoadmapItem *from = proposed->item;
      gint64         id = base + 1 + i;
      g_autoptr (FhRoadmapItem) item = g_object_new (
        FH_TYPE_ROADMAP_ITEM, "id", id, "title", fh_roadmap_item_get_title (from), "capability",
        fh_roadmap_item_get_capability (from), "from-stage", fh_roadmap_item_get_from_stage (from),
        "target-stage", fh_roadmap_item_get_target_stage (from), "start-quarter",
        fh_roadmap_item_get_start_quarter (from), "duration", fh_roadmap_item_get_duration (from),
        "cost", fh_roadmap_item_get_cost (from), NULL);

      g_list_store_append (stores[0], item);
      for (guint k = 0; k < proposed->gaps->len; k++)
        append_link (stores[1], id, g_array_index (proposed->gaps, gint64, k));
      for (guint k = 0; k < proposed->use_cases->len; k++)
        append_link (stores[2], id, g_array_index (proposed->use_cases, gint64, k));
      if (proposed->depends_on >= 0 && (guint)proposed->depends_on < i)
        append_link (stores[3], id, base + 1 + proposed->depends_on);
    }

  findings = fh_rules_check (&with);
  for (guint i = 0; i < G_N_ELEMENTS (changed); i++)
    g_object_unref (stores[i]);

  return findings;
}

static gboolean
same_finding (const FhFinding *a, const FhFinding *b)
{
  return a->rule_id == b->rule_id && g_strcmp0 (a->message, b->message) == 0;
}

/**
 * fh_draft_new_findings:
 * @draft: (element-type FhDraftItem): a draft from fh_draft_propose() for @models
 * @n_before: (out) (optional): how many findings the plan has as it is
 *
 * What the draft adds to the findings: those of fh_draft_check() that the plan as it
 * is does not have already. A draft passes the rules when this is empty.
 *
 * Returns: (transfer full) (element-type FhFinding): the findings the draft brings
 */
GPtrArray *
fh_draft_new_findings (const FhPlanModels *models, GPtrArray *draft, guint *n_before)
{
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  GPtrArray *added = g_ptr_array_new_with_free_func ((GDestroyNotify)fh_finding_free);

  g_return_val_if_fail (models != NULL, added);
  g_return_val_if_fail (draft != NULL, added);

  before = fh_rules_check (models);
  after = fh_draft_check (models, draft);
  for (guint i = 0; i < after->len; i++)
    {
      gboolean known = FALSE;

      for (guint k = 0; k < before->len && !known; k++)
        known = same_finding (after->pdata[i], before->pdata[k]);
      if (!known)
        g_ptr_array_add (added, fh_finding_copy (after->pdata[i]));
    }
  if (n_before != NULL)
    *n_before = before->len;

  return added;
}

static const char *
capability_name (const FhPlanModels *models, const char *id)
{
  GListModel *caps = models->models[FH_COLLECTION_CAPABILITIES];

  for (guint i = 0, n = caps != NULL ? g_list_model_get_n_items (caps) : 0; i < n; i++)
    {
      g_autoptr (FhCapability) cap = g_list_model_get_item (caps, i);

      if (g_strcmp0 (fh_capability_get_id (cap), id) == 0)
        return fh_capability_get_name (cap);
    }

  return id;
}

/**
 * fh_draft_format_text:
 * @draft: (element-type FhDraftItem): a draft from fh_draft_propose() for @models
 * @findings: (element-type FhFinding): fh_draft_new_findings() of it
 * @n_before: how many findings the plan has as it is
 *
 * The proposal as plain text: the capacity and targets, a quarter a heading and an
 * item a line, the quarters beyond the detailed ones marked as intent; then the
 * findings the draft adds.
 *
 * Returns: (transfer full): the text, ending in a newline
 */
char *
fh_draft_format_text (const FhPlanModels *models,
                      GPtrArray          *draft,
                      GPtrArray          *findings,
                      guint               n_before)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GArray) targets = fh_draft_default_targets (models);
  g_autofree char *intro = fh_draft_intro_text (models, draft);
  int              capacity = fh_draft_capacity (models);
  int              quarter = 0;

  g_return_val_if_fail (models != NULL, NULL);

  g_string_append_printf (out, "%s\n\n", intro);
  g_string_append_printf (
    out, ngettext ("Capacity: %d item a quarter.", "Capacity: %d items a quarter.", capacity),
    capacity);
  g_string_append_c (out, '\n');
  if (targets->len > 0)
    {
      g_string_append_printf (out, "%s\n", _("Targets:"));
      for (guint i = 0; i < targets->len; i++)
        {
          FhDraftTarget *target = &g_array_index (targets, FhDraftTarget, i);

          /* Translators: a capability, then the stage the draft aims at */
          g_string_append_printf (out, _("  %s → %s\n"),
                                          capability_name (models, target->capability),
                                          fh_stage_get_label (target->stage));
        }
    }

  for (guint i = 0; i < draft->len; i++)
    {
      FhDraftItem     *proposed = draft->pdata[i];
      FhRoadmapItem   *item = proposed->item;
      int              q = fh_roadmap_item_get_start_quarter (item);
      g_autofree char *gaps = g_strdup_printf (
        ngettext ("closes %u gap", "closes %u gaps", proposed->gaps->len), proposed->gaps->len);
      g_autofree char *use_cases = g_strdup_printf (
        ngettext ("serves %u use case", "serves %u use cases", proposed->use_cases->len),
        proposed->use_cases->len);

      if (q != quarter)
        {
          g_autofree char *name = fh_quarter_format (q);

          quarter = q;
          if (proposed->intent)
            /* Translators: a quarter heading of the draft, beyond the detailed ones */
            g_string_append_printf (out, _("\n%s (intent)\n"), name);
          else
            g_string_append_printf (out, "\n%s\n", name);
        }
      /* Translators: a drafted item's title, "closes 1 gap", "serves 2 use cases" */
      g_string_append_printf (out, _("  %s (%s, %s)\n"), fh_roadmap_item_get_title (item), gaps,
                                      use_cases);
    }

  g_string_append_c (out, '\n');
  g_string_append_printf (
    out,
    ngettext ("The plan as it is has %u finding.", "The plan as it is has %u findings.", n_before),
    n_before);
  g_string_append_c (out, '\n');
  if (findings->len == 0)
    g_string_append_printf (out, "%s\n", _("Findings the draft adds: none."));
  else
    {
      g_string_append_printf (out, "%s\n", _("Findings the draft adds:"));
      for (guint i = 0; i < findings->len; i++)
        {
          FhFinding *finding = findings->pdata[i];

          g_string_append_printf (out, "  %s: %s\n", finding->rule_id, finding->message);
        }
    }

  return g_string_free (out, FALSE);
}
