/* fh-rules.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-rules.h"
#include "fh-rules-private.h"

#include "fh-coverage.h"
#include "fh-gap.h"
#include "fh-link.h"
#include "fh-money.h"
#include "fh-plan-index-private.h"
#include "fh-plan-info.h"
#include "fh-prerequisite.h"
#include "fh-quarter.h"
#include "fh-roadmap-item.h"

/* Capabilities some rules name (catalog ids): a plan without them skips those rules. */
#define CAPABILITY_DEPLOYMENT "deployment"
#define CAPABILITY_MONITORING "monitoring"
#define CAPABILITY_PEOPLE     "people-skills"

G_DEFINE_BOXED_TYPE (FhFinding, fh_finding, fh_finding_copy, fh_finding_free)

typedef struct
{
  FhRoadmapItem *record;
  gint64         id;
  int            cap; /* index into the plan index, -1 when unknown */
  int            from;
  int            to;
  int            start;
  int            end; /* the last quarter it runs in */
  gint64         cost;
  gboolean       traced;
  guint          first_dep; /* into Check.deps */
  guint          n_deps;
} Item;

typedef struct
{
  int end;
  int stage; /* the highest stage reached by this end, running maximum */
} Reach;

typedef struct
{
  const FhPlanModels *models;
  FhPlanIndex         index;
  GArray             *items; /* Item, dropped items left out */
  GHashTable         *by_id; /* id → index into items + 1 */
  GArray             *deps;  /* guint: index of an item depended on */
  GArray            **reach; /* per capability: Reach sorted by end */
  GPtrArray          *findings;
  GHashTable         *per_rule; /* rule id → findings so far, listed or not */
  FhFinding          *dropped;  /* filled and thrown away past the limit of its rule */
} Check;

FhFinding *
fh_finding_copy (const FhFinding *finding)
{
  FhFinding *copy = g_new0 (FhFinding, 1);

  copy->rule_id = finding->rule_id;
  copy->severity = finding->severity;
  copy->message = g_strdup (finding->message);
  copy->fix = g_strdup (finding->fix);
  copy->fix_kind = finding->fix_kind;
  copy->items = g_array_copy (finding->items);
  copy->gaps = g_array_copy (finding->gaps);
  copy->n_more = finding->n_more;

  return copy;
}

void
fh_finding_free (FhFinding *finding)
{
  if (finding == NULL)
    return;

  g_free (finding->message);
  g_free (finding->fix);
  g_array_unref (finding->items);
  g_array_unref (finding->gaps);
  g_free (finding);
}

gboolean
fh_finding_concerns_item (const FhFinding *finding, gint64 item)
{
  g_return_val_if_fail (finding != NULL, FALSE);

  for (guint i = 0; i < finding->items->len; i++)
    if (g_array_index (finding->items, gint64, i) == item)
      return TRUE;

  return FALSE;
}

/* g_strdup_printf() for a format whose @n conversions are all %s (or %N$s: a
 * translation may reorder them). Every finding's message is built after every
 * change; this skips printf's machinery, which was most of the rules' time. */
static char *
format_s (guint n, const char *format, ...)
{
  const char *args[8] = { NULL };
  gsize       lengths[8] = { 0 };
  gsize       size = 1;
  guint       next = 0;
  va_list     ap;
  char       *out, *o;

  g_assert (n <= G_N_ELEMENTS (args));
  va_start (ap, format);
  for (guint i = 0; i < n; i++)
    {
      args[i] = va_arg (ap, const char *);
      if (args[i] == NULL)
        args[i] = "";
      lengths[i] = strlen (args[i]);
      size += lengths[i];
    }
  va_end (ap);
  size += strlen (format);

  o = out = g_malloc (size);
  for (const char *f = format; *f != '\0'; f++)
    {
      guint arg = next;

      if (f[0] == '%' && f[1] == 's')
        f += 1, next++;
      else if (f[0] == '%' && g_ascii_isdigit (f[1]) && f[2] == '$' && f[3] == 's')
        arg = f[1] - '1', f += 3;
      else if (f[0] == '%' && f[1] == '%')
        {
          *o++ = '%';
          f += 1;
          continue;
        }
      else
        {
          *o++ = *f;
          continue;
        }
      if (arg < n)
        {
          memcpy (o, args[arg], lengths[arg]);
          o += lengths[arg];
        }
    }
  *o = '\0';

  return out;
}

/* Counts a finding of @rule_id; TRUE when the rule has listed all it may, and this
 * one is only counted. */
static gboolean
rule_is_full (Check *check, const char *rule_id)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (check->per_rule, rule_id));

  return n >= FH_RULES_MAX_PER_RULE;
}

static FhFinding *
add_finding (Check *check, const char *rule_id, FhSeverity severity, char *message, char *fix)
{
  guint      n = GPOINTER_TO_UINT (g_hash_table_lookup (check->per_rule, rule_id));
  FhFinding *finding;

  g_hash_table_insert (check->per_rule, (gpointer)rule_id, GUINT_TO_POINTER (n + 1));
  if (n >= FH_RULES_MAX_PER_RULE)
    {
      g_free (message);
      g_free (fix);
      g_array_set_size (check->dropped->items, 0);
      g_array_set_size (check->dropped->gaps, 0);
      return check->dropped;
    }

  finding = g_new0 (FhFinding, 1);

  finding->rule_id = rule_id;
  finding->severity = severity;
  finding->message = message;
  finding->fix = fix;
  finding->items = g_array_new (FALSE, FALSE, sizeof (gint64));
  finding->gaps = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_ptr_array_add (check->findings, finding);

  return finding;
}

static void
finding_add_item (FhFinding *finding, const Item *item)
{
  g_array_append_val (finding->items, item->id);
}

static const char *
cap_name (Check *check, int cap)
{
  return fh_capability_get_name (check->index.capabilities->pdata[cap]);
}

static const char *
item_cap_name (Check *check, const Item *item)
{
  return item->cap >= 0 ? cap_name (check, item->cap)
                        : fh_roadmap_item_get_capability (item->record);
}

static const char *
stage_label (int stage)
{
  return fh_stage_get_label (CLAMP (stage, FH_STAGE_NOT_YET, FH_STAGE_LAST));
}

static const char *
title (const Item *item)
{
  return fh_roadmap_item_get_title (item->record);
}

/* The stage a capability has reached by the end of @quarter: the latest assessment,
 * raised by every item of it that has ended by then and after that assessment
 * (fh_plan_index_item_counts()); -1 when the latest assessment
 * does not assess it and no item has brought it anywhere. */
static int
stage_at (Check *check, int cap, int quarter)
{
  GArray *reach = check->reach[cap];
  int     stage = check->index.assessed[cap];
  guint   lo = 0, hi = reach->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (reach, Reach, mid).end <= quarter)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo > 0)
    stage = MAX (stage, g_array_index (reach, Reach, lo - 1).stage);

  return stage;
}

static int
compare_reach (gconstpointer a, gconstpointer b)
{
  return ((const Reach *)a)->end - ((const Reach *)b)->end;
}

static void
load (Check *check, const FhPlanModels *models)
{
  GListModel *items = models->models[FH_COLLECTION_ROADMAP];
  GListModel *item_gaps = models->models[FH_COLLECTION_ITEM_GAPS];
  GListModel *item_use_cases = models->models[FH_COLLECTION_ITEM_USE_CASES];
  GListModel *item_deps = models->models[FH_COLLECTION_ITEM_DEPENDENCIES];
  guint       n = items != NULL ? g_list_model_get_n_items (items) : 0;
  g_autoptr (GArray) dep_pairs = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  GListModel *trace_links[] = { item_gaps, item_use_cases };
  int         first = 0;
  guint       n_caps;

  check->items = g_array_sized_new (FALSE, TRUE, sizeof (Item), n);
  check->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  check->deps = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n; i++)
    {
      FhRoadmapItem *record = g_list_model_get_item (items, i);
      Item           item = { 0 };

      g_object_unref (record); /* the model keeps it alive while the check runs */
      if (fh_roadmap_item_get_status (record) == FH_ITEM_STATUS_DROPPED)
        continue;

      item.record = record;
      item.id = fh_roadmap_item_get_id (record);
      item.from = fh_roadmap_item_get_from_stage (record);
      item.to = fh_roadmap_item_get_target_stage (record);
      item.start = fh_roadmap_item_get_start_quarter (record);
      item.end = item.start + MAX (fh_roadmap_item_get_duration (record), 1) - 1;
      item.cost = fh_roadmap_item_get_cost (record);
      g_array_append_val (check->items, item);
      if (first == 0 || item.start < first)
        first = item.start;
    }

  /* The keys point into the array, which no longer grows. */
  for (guint i = 0; i < check->items->len; i++)
    {
      Item *item = &g_array_index (check->items, Item, i);

      g_hash_table_insert (check->by_id, &item->id, GUINT_TO_POINTER (i + 1));
    }

  fh_plan_index_init (&check->index, models, first);
  for (guint i = 0; i < check->items->len; i++)
    {
      Item *item = &g_array_index (check->items, Item, i);

      item->cap = fh_plan_index_find (&check->index, fh_roadmap_item_get_capability (item->record));
    }

  for (guint l = 0; l < G_N_ELEMENTS (trace_links); l++)
    {
      guint n_links = trace_links[l] != NULL ? g_list_model_get_n_items (trace_links[l]) : 0;

      for (guint i = 0; i < n_links; i++)
        {
          g_autoptr (FhLink) link = g_list_model_get_item (trace_links[l], i);
          gint64 source = fh_link_get_source (link);
          guint  at = GPOINTER_TO_UINT (g_hash_table_lookup (check->by_id, &source));

          if (at > 0)
            g_array_index (check->items, Item, at - 1).traced = TRUE;
        }
    }

  /* Dependencies as a compact adjacency list: count, then place. */
  n = item_deps != NULL ? g_list_model_get_n_items (item_deps) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (item_deps, i);
      gint64 source = fh_link_get_source (link);
      gint64 target = fh_link_get_target (link);
      guint  a = GPOINTER_TO_UINT (g_hash_table_lookup (check->by_id, &source));
      guint  b = GPOINTER_TO_UINT (g_hash_table_lookup (check->by_id, &target));
      guint  pair[2] = { a - 1, b - 1 };

      if (a > 0 && b > 0)
        {
          g_array_append_val (dep_pairs, pair);
          g_array_index (check->items, Item, a - 1).n_deps++;
        }
    }

  for (guint i = 0, at = 0; i < check->items->len; i++)
    {
      Item *item = &g_array_index (check->items, Item, i);

      item->first_dep = at;
      at += item->n_deps;
      item->n_deps = 0;
    }
  g_array_set_size (check->deps, dep_pairs->len);
  for (guint i = 0; i < dep_pairs->len; i++)
    {
      guint *pair = &((guint *)dep_pairs->data)[i * 2];
      Item  *item = &g_array_index (check->items, Item, pair[0]);

      g_array_index (check->deps, guint, item->first_dep + item->n_deps++) = pair[1];
    }

  n_caps = check->index.capabilities->len;
  check->reach = g_new0 (GArray *, MAX (n_caps, 1));
  for (guint c = 0; c < n_caps; c++)
    check->reach[c] = g_array_new (FALSE, FALSE, sizeof (Reach));
  for (guint i = 0; i < check->items->len; i++)
    {
      Item *item = &g_array_index (check->items, Item, i);
      Reach reach = { item->end, item->to };

      if (item->cap >= 0 && fh_plan_index_item_counts (&check->index, item->cap, item->end))
        g_array_append_val (check->reach[item->cap], reach);
    }
  for (guint c = 0; c < n_caps; c++)
    {
      GArray *reach = check->reach[c];

      g_array_sort (reach, compare_reach);
      for (guint i = 1; i < reach->len; i++)
        g_array_index (reach, Reach, i).stage =
          MAX (g_array_index (reach, Reach, i).stage, g_array_index (reach, Reach, i - 1).stage);
    }
}

static void
check_clear (Check *check)
{
  if (check->reach != NULL)
    for (guint c = 0; c < check->index.capabilities->len; c++)
      g_array_unref (check->reach[c]);
  g_clear_pointer (&check->reach, g_free);
  fh_plan_index_clear (&check->index);
  g_clear_pointer (&check->items, g_array_unref);
  g_clear_pointer (&check->by_id, g_hash_table_unref);
  g_clear_pointer (&check->deps, g_array_unref);
}

/* Rule 1: one stage at a time, from where the capability stands. */
FhFinding *
fh_rules_sink_add (FhRulesSink *sink,
                   const char  *rule_id,
                   FhSeverity   severity,
                   char        *message,
                   char        *fix)
{
  return add_finding ((Check *)sink, rule_id, severity, message, fix);
}

static void
rule_stage_skip (Check *check)
{
  for (guint i = 0; i < check->items->len; i++)
    {
      Item            *item = &g_array_index (check->items, Item, i);
      g_autofree char *quarter = NULL;
      FhFinding       *finding;

      if (item->to - item->from > 1)
        {
          g_autoptr (GString) skipped = g_string_new (NULL);

          for (int s = item->from + 1; s < item->to; s++)
            {
              if (skipped->len > 0)
                g_string_append (skipped, _(", "));
              g_string_append (skipped, stage_label (s));
            }

          finding = add_finding (
            check, FH_RULE_STAGE_SKIP, FH_SEVERITY_ERROR,
            format_s (
              5,
              _("“%s” moves %s from %s to %s in one item, skipping %s."), title (item),
                 item_cap_name (check, item), stage_label (item->from), stage_label (item->to),
                 skipped->str),
              g_strdup (
                _("Split it into one item per stage, each starting when the one before ends.")));
          finding->fix_kind = FH_FIX_SPLIT_STAGES;
          finding_add_item (finding, item);
        }

      if (item->cap >= 0)
        {
          int reached = stage_at (check, item->cap, item->start - 1);

          /* A capability that is not assessed has no known stage to skip from. */
          if (reached >= 0 && item->from > reached)
            {
              quarter = fh_quarter_format (item->start);
              finding = add_finding (
                check, FH_RULE_STAGE_SKIP, FH_SEVERITY_ERROR,
                format_s (5,
                          _("“%s” starts %s at %s in %s, but the latest assessment and earlier items only bring it to %s by then."),
                             title (item), item_cap_name (check, item), stage_label (item->from),
                             quarter, stage_label (reached)),
                          format_s (3, _("Plan an item that takes %s to %s before this one, or start this item from %s."),
                                          item_cap_name (check, item), stage_label (item->from),
                                          stage_label (reached)));
              finding_add_item (finding, item);
            }
        }
    }
}

/* Rule 2: Scalable is the finish line, not the place to start. */
static void
rule_finish_line (Check *check)
{
  guint n_caps = check->index.capabilities->len;

  for (guint i = 0; i < check->items->len; i++)
    {
      Item *item = &g_array_index (check->items, Item, i);
      g_autoptr (GString) below = NULL;
      g_autofree char *quarter = NULL;
      FhFinding       *finding;

      if (item->to < FH_STAGE_SCALABLE || item->from >= FH_STAGE_SCALABLE)
        continue;

      if (item->start <= check->index.start_quarter)
        {
          quarter = fh_quarter_format (item->start);
          finding = add_finding (
            check, FH_RULE_FINISH_LINE_START, FH_SEVERITY_ERROR,
            format_s (
              3,
              _("“%s” aims %s at Scalable in the roadmap’s first quarter (%s)."), title (item),
                 item_cap_name (check, item), quarter),
              g_strdup (_("Start with the next stage up and reach Scalable in a later quarter.")));
          finding_add_item (finding, item);
          continue;
        }

      below = g_string_new (NULL);
      for (guint c = 0; c < n_caps; c++)
        {
          if (!fh_capability_get_core (check->index.capabilities->pdata[c]) ||
              stage_at (check, c, item->end) >= FH_STAGE_REPEATABLE)
            continue;
          if (below->len > 0)
            g_string_append (below, _(", "));
          g_string_append (below, cap_name (check, c));
        }

      if (below->len > 0)
        {
          quarter = fh_quarter_format (item->end);
          finding = add_finding (
            check, FH_RULE_FINISH_LINE_START, FH_SEVERITY_ERROR,
            format_s (4,
                      _("“%s” aims %s at Scalable by %s, while these core capabilities are still below Repeatable: %s."),
                         title (item), item_cap_name (check, item), quarter, below->str),
                      g_strdup (_("Bring every core capability to Repeatable first, then plan Scalable.")));
          finding_add_item (finding, item);
        }
    }
}

/* "takes 2,400.00 EUR of the roadmap's 6,000.00 EUR": the amounts, exactly; a rounded
 * percentage could read "33 %" for a share that is more than a third. */
static char *
first_step_cost_message (Check *check, const char *quarter, gint64 first_cost, gint64 total)
{
  const char *currency =
    check->models->info != NULL ? fh_plan_info_get_currency (check->models->info) : "EUR";
  g_autofree char *part = fh_money_format (first_cost, currency);
  g_autofree char *whole = fh_money_format (total, currency);

  /* Translators: a quarter, then two amounts of money */
  return g_strdup_printf (
    _("The first quarter with work (%s) takes %s of the roadmap’s cost of %s: more than a third."),
       quarter, part, whole);
}

/* Rule 3: the first step is small. The first step is the first quarter that holds
 * work, not the plan's start quarter: leaving the start empty does not dodge it. */
static void
rule_big_first_step (Check *check)
{
  int first = 0;
  int limit =
    check->models->info != NULL ? fh_plan_info_get_first_step_limit (check->models->info) : 3;
  g_autofree char *quarter = NULL;
  gint64           total = 0, first_cost = 0;
  guint            n_first = 0;
  FhFinding       *finding;

  if (check->items->len == 0)
    return;
  for (guint i = 0; i < check->items->len; i++)
    {
      int start = g_array_index (check->items, Item, i).start;

      if (i == 0 || start < first)
        first = start;
    }
  quarter = fh_quarter_format (first);

  for (guint i = 0; i < check->items->len; i++)
    {
      Item *item = &g_array_index (check->items, Item, i);

      total += item->cost;
      if (item->start <= first)
        {
          n_first++;
          first_cost += item->cost;
        }
    }

  if (n_first > (guint)limit)
    {
      finding = add_finding (
        check, FH_RULE_BIG_FIRST_STEP, FH_SEVERITY_WARNING,
        g_strdup_printf (ngettext ("The first quarter with work (%s) holds %u items; the plan’s "
                                   "first-step limit is %d item.",
                                   "The first quarter with work (%s) holds %u items; the plan’s "
                                   "first-step limit is %d items.",
                                   limit),
                         quarter, n_first, limit),
        g_strdup (_("Move some of them to later quarters, so that the first step stays small.")));
      for (guint i = 0; i < check->items->len; i++)
        if (g_array_index (check->items, Item, i).start <= first)
          finding_add_item (finding, &g_array_index (check->items, Item, i));
    }

  if (total > 0 && first_cost * 3 > total)
    {
      finding = add_finding (
        check, FH_RULE_BIG_FIRST_STEP, FH_SEVERITY_WARNING,
        first_step_cost_message (check, quarter, first_cost, total),
        g_strdup (_("Start with the cheaper items and move the costly ones to later quarters.")));
      for (guint i = 0; i < check->items->len; i++)
        if (g_array_index (check->items, Item, i).start <= first)
          finding_add_item (finding, &g_array_index (check->items, Item, i));
    }
}

/* Rule 4: prerequisites of section 2, as the plan's prerequisite table says them. */
static void
rule_prerequisites (Check *check)
{
  GListModel     *prereqs = check->models->models[FH_COLLECTION_PREREQUISITES];
  guint           n_prereqs = prereqs != NULL ? g_list_model_get_n_items (prereqs) : 0;
  guint           n_caps = check->index.capabilities->len;
  g_autofree int *needed = g_new0 (int, MAX (n_caps, 1));
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  /* Per row, looked up once: the capability it is about (-1: any, -2: none of the
   * plan's) and the capabilities it requires. */
  g_autofree int   *row_cap = g_new0 (int, MAX (n_prereqs, 1));
  g_autofree guint *row_n_required = g_new0 (guint, MAX (n_prereqs, 1));
  g_autofree int   *row_required = g_new0 (int, MAX (n_prereqs * n_caps, 1));

  for (guint p = 0; p < n_prereqs; p++)
    {
      FhPrerequisite *row = g_list_model_get_item (prereqs, p);
      const char     *row_cap_id = fh_prerequisite_get_capability (row);

      g_ptr_array_add (rows, row);
      row_cap[p] = row_cap_id[0] == '\0' ? -1 : fh_plan_index_find (&check->index, row_cap_id);
      if (row_cap[p] == -1 && row_cap_id[0] != '\0')
        row_cap[p] = -2;
      row_n_required[p] = fh_plan_index_required (&check->index, fh_prerequisite_get_requires (row),
                                                  &row_required[p * n_caps]);
    }

  for (guint i = 0; i < check->items->len; i++)
    {
      Item    *item = &g_array_index (check->items, Item, i);
      gboolean any = FALSE;

      if (item->to <= item->from)
        continue;

      memset (needed, 0, sizeof (int) * n_caps);
      for (guint p = 0; p < rows->len; p++)
        {
          FhPrerequisite *row = rows->pdata[p];
          int             stage = fh_prerequisite_get_stage (row);
          const int      *required = &row_required[p * n_caps];

          if (row_cap[p] != -1 && (row_cap[p] == -2 || row_cap[p] != item->cap))
            continue;
          if (stage <= item->from || stage > item->to)
            continue;

          for (guint r = 0; r < row_n_required[p]; r++)
            if (required[r] != item->cap)
              {
                needed[required[r]] =
                  MAX (needed[required[r]], fh_prerequisite_get_requires_stage (row));
                any = TRUE;
              }
        }

      if (!any)
        continue;

      for (guint c = 0; c < n_caps; c++)
        {
          int              reached;
          g_autofree char *quarter = NULL;
          FhFinding       *finding;

          if (needed[c] == 0)
            continue;
          reached = stage_at (check, c, item->end);
          if (reached >= needed[c])
            continue;

          quarter = fh_quarter_format (item->end);
          if (reached < 0)
            {
              finding = add_finding (
                check, FH_RULE_PREREQUISITE, FH_SEVERITY_ERROR,
                format_s (6,
                          _("“%s” takes %s to %s by %s, but %s is not assessed in the latest assessment; it needs %s first."),
                             title (item), item_cap_name (check, item), stage_label (item->to),
                             quarter, cap_name (check, c), stage_label (needed[c])),
                          format_s (2, _("Score %s in the latest assessment, or plan an item that takes it to %s before this one ends."),
                                          cap_name (check, c), stage_label (needed[c])));
              finding_add_item (finding, item);
              continue;
            }
          finding = add_finding (
            check, FH_RULE_PREREQUISITE, FH_SEVERITY_ERROR,
            format_s (
              7,
              _("“%s” takes %s to %s by %s, but %s is only at %s by then; it needs %s first."),
                 title (item), item_cap_name (check, item), stage_label (item->to), quarter,
                 cap_name (check, c), stage_label (reached), stage_label (needed[c])),
              format_s (2, _("Plan an item that takes %s to %s before this one ends, or move this item later."),
                              cap_name (check, c), stage_label (needed[c])));
          finding_add_item (finding, item);
        }
    }
}

/* Rule 5: an item starts after what it depends on ends, and nothing depends on
 * itself through others. */
static void
rule_dependencies (Check *check)
{
  guint              n = check->items->len;
  g_autofree guint8 *state = g_new0 (guint8, MAX (n, 1)); /* 0 new, 1 on the path, 2 done */
  g_autofree guint  *path = g_new (guint, MAX (n, 1));
  g_autofree guint  *next = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      Item *item = &g_array_index (check->items, Item, i);

      for (guint d = 0; d < item->n_deps; d++)
        {
          Item            *dep = &g_array_index (check->items, Item,
                                                 g_array_index (check->deps, guint, item->first_dep + d));
          g_autofree char *starts = NULL;
          g_autofree char *ends = NULL;
          g_autofree char *after = NULL;
          FhFinding       *finding;

          if (dep == item || item->start > dep->end)
            continue;
          if (rule_is_full (check, FH_RULE_DEPENDENCY_ORDER))
            {
              add_finding (check, FH_RULE_DEPENDENCY_ORDER, FH_SEVERITY_ERROR, NULL, NULL);
              continue;
            }

          starts = fh_quarter_format (item->start);
          ends = fh_quarter_format (dep->end);
          after = fh_quarter_format (dep->end + 1);
          finding = add_finding (
            check, FH_RULE_DEPENDENCY_ORDER, FH_SEVERITY_ERROR,
            format_s (4,
                      _("“%s” starts in %s, but “%s”, which it depends on, only ends in %s."),
                         title (item), starts, title (dep), ends),
                      format_s (2, _("Move “%s” to start in %s, after its dependency."),
                                      title (item), after));
          finding->fix_kind = FH_FIX_MOVE_AFTER;
          finding_add_item (finding, item);
          finding_add_item (finding, dep);
        }
    }

  /* Depth-first search without recursion: 2,000 items may chain deeply. */
  for (guint root = 0; root < n; root++)
    {
      guint depth = 0;

      if (state[root] != 0)
        continue;

      path[depth] = root;
      next[depth] = 0;
      state[root] = 1;
      depth = 1;

      while (depth > 0)
        {
          guint at = path[depth - 1];
          Item *item = &g_array_index (check->items, Item, at);

          if (next[depth - 1] < item->n_deps)
            {
              guint to = g_array_index (check->deps, guint, item->first_dep + next[depth - 1]++);

              if (state[to] == 0)
                {
                  state[to] = 1;
                  path[depth] = to;
                  next[depth] = 0;
                  depth++;
                }
              else if (state[to] == 1 && rule_is_full (check, FH_RULE_DEPENDENCY_ORDER))
                add_finding (check, FH_RULE_DEPENDENCY_ORDER, FH_SEVERITY_ERROR, NULL, NULL);
              else if (state[to] == 1)
                {
                  g_autoptr (GString) names = g_string_new (NULL);
                  FhFinding *finding;
                  guint      from = depth;

                  while (from > 0 && path[from - 1] != to)
                    from--;
                  from = from > 0 ? from - 1 : 0;

                  for (guint k = from; k < depth; k++)
                    {
                      g_string_append_printf (
                        names, _("“%s”"), title (&g_array_index (check->items, Item, path[k])));
                      g_string_append (names, _(" → "));
                    }
                  g_string_append_printf (
                    names, _("“%s”"), title (&g_array_index (check->items, Item, to)));

                  finding = add_finding (
                    check, FH_RULE_DEPENDENCY_ORDER, FH_SEVERITY_ERROR,
                    format_s (
                      1, _("These items depend on each other in a circle: %s."), names->str),
                      g_strdup (
                        _("Remove one of the dependencies, so that the work has a first step.")));
                  for (guint k = from; k < depth; k++)
                    finding_add_item (finding, &g_array_index (check->items, Item, path[k]));
                }
            }
          else
            {
              state[at] = 2;
              depth--;
            }
        }
    }
}

/* Rule 6: every piece of work closes a gap or serves a use case. */
static void
rule_untraced (Check *check)
{
  for (guint i = 0; i < check->items->len; i++)
    {
      Item      *item = &g_array_index (check->items, Item, i);
      FhFinding *finding;

      if (item->traced)
        continue;

      finding = add_finding (
        check, FH_RULE_UNTRACED_WORK, FH_SEVERITY_WARNING,
        format_s (2,
                  _("“%s” (%s) is linked to no gap and no use case."), title (item),
                     item_cap_name (check, item)),
                  g_strdup (_("Link it to the gaps it closes or the use cases it serves; if it serves none, drop it. Start with process.")));
      finding_add_item (finding, item);
    }
}

/* Rule 7: monitoring requirements are set before deployment gets serious. */
static void
rule_monitoring_late (Check *check)
{
  int deployment = fh_plan_index_find (&check->index, CAPABILITY_DEPLOYMENT);
  int monitoring = fh_plan_index_find (&check->index, CAPABILITY_MONITORING);

  if (deployment < 0 || monitoring < 0)
    return;

  for (guint i = 0; i < check->items->len; i++)
    {
      Item            *item = &g_array_index (check->items, Item, i);
      g_autofree char *quarter = NULL;
      FhFinding       *finding;

      if (item->cap != deployment || item->to < FH_STAGE_REPEATABLE || item->to <= item->from)
        continue;
      if (stage_at (check, monitoring, item->end) >= FH_STAGE_INITIAL)
        continue;

      quarter = fh_quarter_format (item->end);
      finding = add_finding (
        check, FH_RULE_MONITORING_LATE, FH_SEVERITY_WARNING,
        format_s (5,
                  _("“%s” takes %s to %s by %s, but the monitoring requirements (%s at Initial) are not planned by then."),
                     title (item), cap_name (check, deployment), stage_label (item->to), quarter,
                     cap_name (check, monitoring)),
                  format_s (2, _("Plan an item that takes %s to Initial in %s or before: what to watch, who acts, how feedback arrives."),
                                  cap_name (check, monitoring), quarter));
      finding_add_item (finding, item);
    }
}

/* Rule 8: people before scale. */
static void
rule_people (Check *check)
{
  GListModel *gaps = check->models->models[FH_COLLECTION_GAPS];
  guint       n = gaps != NULL ? g_list_model_get_n_items (gaps) : 0;
  int         people = fh_plan_index_find (&check->index, CAPABILITY_PEOPLE);
  g_autoptr (GArray) open = g_array_new (FALSE, FALSE, sizeof (gint64));
  FhFinding *finding;

  if (people < 0 || check->items->len == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);
      gint64 id = fh_gap_get_id (gap);

      if (!fh_gap_is_open (gap))
        continue;
      if (fh_gap_get_kind (gap) == FH_GAP_KIND_PEOPLE ||
          g_strcmp0 (fh_gap_get_capability (gap), CAPABILITY_PEOPLE) == 0)
        g_array_append_val (open, id);
    }

  if (open->len == 0)
    return;

  for (guint i = 0; i < check->items->len; i++)
    {
      Item *item = &g_array_index (check->items, Item, i);

      if (item->cap == people && item->start < check->index.start_quarter + 2)
        return;
    }

  finding = add_finding (
    check, FH_RULE_PEOPLE_LEFT_OUT, FH_SEVERITY_WARNING,
    g_strdup_printf (
      ngettext ("The plan has %u open people gap, but no %s item in the first two quarters.",
                "The plan has %u open people gaps, but no %s item in the first two quarters.",
                open->len),
      open->len, cap_name (check, people)),
    g_strdup (_("Plan a people item in the first two quarters: a shared glossary, named roles, cross-training.")));
  g_array_append_vals (finding->gaps, open->data, open->len);
}

/* Rule 9: severe gaps nobody plans to close. */
static void
rule_unplanned_gaps (Check *check)
{
  FhCoverage coverage;

  fh_coverage_compute (check->models, &coverage);
  for (guint i = 0; i < coverage.uncovered->len; i++)
    {
      FhGap     *gap = coverage.uncovered->pdata[i];
      gint64     id = fh_gap_get_id (gap);
      FhFinding *finding;

      finding = add_finding (
        check, FH_RULE_UNPLANNED_GAPS, FH_SEVERITY_WARNING,
        g_strdup_printf (_("The open gap “%s” (severity %d) is closed by no roadmap item."),
                            fh_gap_get_title (gap), fh_gap_get_severity (gap)),
                         g_strdup (_("Link it to the item that closes it, or plan one.")));
      g_array_append_val (finding->gaps, id);
    }
  fh_coverage_clear (&coverage);
}

static int
compare_findings (gconstpointer a, gconstpointer b)
{
  const FhFinding *fa = *(FhFinding **)a;
  const FhFinding *fb = *(FhFinding **)b;

  return (int)fb->severity - (int)fa->severity;
}

/* After the last listed finding of each rule that left some out, one finding
 * saying how many. */
static void
add_counts (Check *check)
{
  g_autoptr (GPtrArray) listed = check->findings;
  g_autoptr (GHashTable) last = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < listed->len; i++)
    g_hash_table_insert (last, (gpointer)((FhFinding *)listed->pdata[i])->rule_id,
                         GUINT_TO_POINTER (i));

  check->findings = g_ptr_array_new_full (listed->len, (GDestroyNotify)fh_finding_free);
  for (guint i = 0; i < listed->len; i++)
    {
      FhFinding *finding = listed->pdata[i];
      guint      n = GPOINTER_TO_UINT (g_hash_table_lookup (check->per_rule, finding->rule_id));
      FhFinding *count;

      g_ptr_array_add (check->findings, g_steal_pointer (&listed->pdata[i]));
      if (GPOINTER_TO_UINT (g_hash_table_lookup (last, finding->rule_id)) != i ||
          n <= FH_RULES_MAX_PER_RULE)
        continue;

      count = g_new0 (FhFinding, 1);
      count->rule_id = finding->rule_id;
      count->severity = finding->severity;
      count->n_more = n - FH_RULES_MAX_PER_RULE;
      count->message =
        g_strdup_printf (ngettext ("%u more finding of this rule is not listed.",
                                   "%u more findings of this rule are not listed.", count->n_more),
                         count->n_more);
      count->fix = g_strdup (_("Fix the findings listed first; the rest often go with them."));
      count->items = g_array_new (FALSE, FALSE, sizeof (gint64));
      count->gaps = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_ptr_array_add (check->findings, count);
    }
  g_ptr_array_set_free_func (listed, NULL);
}

/**
 * fh_rules_check:
 * @models: the plan
 *
 * Runs the nine start-small rules.
 *
 * Returns: (transfer full) (element-type FhFinding): the findings, errors first, in
 *   rule order within a severity
 */
GPtrArray *
fh_rules_check (const FhPlanModels *models)
{
  Check check = { 0 };

  g_return_val_if_fail (models != NULL, NULL);

  check.models = models;
  check.findings = g_ptr_array_new_with_free_func ((GDestroyNotify)fh_finding_free);
  check.per_rule = g_hash_table_new (g_direct_hash, g_direct_equal);
  check.dropped = g_new0 (FhFinding, 1);
  check.dropped->items = g_array_new (FALSE, FALSE, sizeof (gint64));
  check.dropped->gaps = g_array_new (FALSE, FALSE, sizeof (gint64));

  load (&check, models);
  rule_stage_skip (&check);
  rule_finish_line (&check);
  rule_big_first_step (&check);
  rule_prerequisites (&check);
  rule_dependencies (&check);
  rule_untraced (&check);
  rule_monitoring_late (&check);
  rule_people (&check);
  rule_unplanned_gaps (&check);
  fh_rules_use_cases ((FhRulesSink *)&check, models);
  check_clear (&check);

  /* g_ptr_array_sort is a merge sort on GLib 2.74: stable, so rule order stays. */
  g_ptr_array_sort (check.findings, compare_findings);
  add_counts (&check);
  fh_finding_free (check.dropped);
  g_hash_table_unref (check.per_rule);

  return check.findings;
}

guint
fh_rules_count (GPtrArray *findings, FhSeverity severity)
{
  guint n = 0;

  g_return_val_if_fail (findings != NULL, 0);

  /* A finding that stands for those not listed counts as all of them. */
  for (guint i = 0; i < findings->len; i++)
    if (((FhFinding *)findings->pdata[i])->severity == severity)
      n += MAX (((FhFinding *)findings->pdata[i])->n_more, 1);

  return n;
}

/**
 * fh_rules_get_title:
 * @rule_id: one of FH_RULE_*
 *
 * Returns: the rule's name, as the findings panel and the report head its findings
 */
const char *
fh_rules_get_title (const char *rule_id)
{
  static const struct
  {
    const char *id;
    const char *title;
  } titles[] = {
    { FH_RULE_STAGE_SKIP, N_("Stages skipped") },
      { FH_RULE_FINISH_LINE_START, N_("Starts at the finish line") },
        { FH_RULE_BIG_FIRST_STEP, N_("Big first step") },
          { FH_RULE_PREREQUISITE, N_("Prerequisites not met") },
            { FH_RULE_DEPENDENCY_ORDER, N_("Dependencies out of order") },
              { FH_RULE_UNTRACED_WORK, N_("Work not traced to a gap") },
                { FH_RULE_MONITORING_LATE, N_("Monitoring comes late") },
                  { FH_RULE_PEOPLE_LEFT_OUT, N_("People left out") },
                    { FH_RULE_UNPLANNED_GAPS, N_("Gaps not planned") },
                  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_strcmp0 (titles[i].id, rule_id) == 0)
      return _(titles[i].title);
  return rule_id;
}
