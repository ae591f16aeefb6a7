/* fh-plan-diff.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-plan-diff.h"

#include "fh-capability.h"
#include "fh-csv.h"
#include "fh-enums.h"
#include "fh-field.h"
#include "fh-link.h"
#include "fh-markdown.h"
#include "fh-maturity.h"
#include "fh-money.h"
#include "fh-option.h"
#include "fh-quarter.h"
#include "fh-roadmap-item.h"
#include "fh-rules.h"
#include "fh-score.h"
#include "fh-tco.h"

/* What changed between two versions of a plan, as a reviewer reads it: records by
 * id (never by position), field by field, then what the change means — stages,
 * moved items, findings, the cost of the chosen options. Findings and TCO come from
 * the rules and the TCO model themselves. */

#define VALUE_SHOWN_MAX 60

typedef struct
{
  FhDiffFormat format;
  GString     *out;
  guint        n_changes;
  gboolean     heading_due;
  const char  *heading;
} Diff;

typedef struct
{
  FhCollection links;
  FhCollection source;
  const char  *name; /* the JSON key of the list inside the source record */
} LinkField;

static const LinkField link_fields[] = {
  { FH_COLLECTION_ITEM_GAPS, FH_COLLECTION_ROADMAP, "gaps" },
  { FH_COLLECTION_ITEM_USE_CASES, FH_COLLECTION_ROADMAP, "use_cases" },
  { FH_COLLECTION_ITEM_DEPENDENCIES, FH_COLLECTION_ROADMAP, "depends_on" },
  { FH_COLLECTION_SOURCE_USE_CASES, FH_COLLECTION_DATA_SOURCES, "use_cases" },
  { FH_COLLECTION_SCENARIO_OPTIONS, FH_COLLECTION_SCENARIOS, "options" },
};

static const char *
collection_heading (FhCollection collection)
{
  switch (collection)
    {
    case FH_COLLECTION_CAPABILITIES:
      return _("Capabilities");
    case FH_COLLECTION_PREREQUISITES:
      return _("Prerequisites");
    case FH_COLLECTION_GAPS:
      return _("Gaps");
    case FH_COLLECTION_USE_CASES:
      return _("Use cases");
    case FH_COLLECTION_METRICS:
      return _("Metrics");
    case FH_COLLECTION_MODELS:
      return _("Models");
    case FH_COLLECTION_PIPELINES:
      return _("Pipelines");
    case FH_COLLECTION_OPTIONS:
      return _("Options");
    case FH_COLLECTION_COST_LINES:
      return _("Cost lines");
    case FH_COLLECTION_OPTION_SHARES:
      return _("Shared options");
    case FH_COLLECTION_ROADMAP:
      return _("Roadmap items");
    case FH_COLLECTION_ASSESSMENTS:
      return _("Assessments");
    case FH_COLLECTION_SCORES:
      return _("Assessment scores");
    case FH_COLLECTION_DATA_SOURCES:
      return _("Data sources");
    case FH_COLLECTION_GLOSSARY:
      return _("Glossary");
    case FH_COLLECTION_ROLES:
      return _("Roles");
    case FH_COLLECTION_SKILLS:
      return _("Skills");
    case FH_COLLECTION_ROLE_SKILLS:
      return _("Role skills");
    case FH_COLLECTION_CRITERIA:
      return _("Decision criteria");
    case FH_COLLECTION_OPTION_SCORES:
      return _("Option scores");
    case FH_COLLECTION_BASELINE_ITEMS:
      return _("Baseline items");
    case FH_COLLECTION_SCENARIOS:
      return _("Scenarios");
    case FH_COLLECTION_SCENARIO_ITEMS:
      return _("Scenario items");
    default:
      return "";
    }
}

static gboolean
is_link_collection (FhCollection collection)
{
  for (guint i = 0; i < G_N_ELEMENTS (link_fields); i++)
    if (link_fields[i].links == collection)
      return TRUE;
  return FALSE;
}

static void
heading (Diff *diff, const char *text)
{
  diff->heading = text;
  diff->heading_due = TRUE;
}

/* One change: "+" added, "-" removed, "~" changed. The heading goes out before the
 * first line under it, so that empty sections do not show. */
G_GNUC_PRINTF (3, 4)
static void
change (Diff *diff, char mark, const char *format, ...)
{
  g_autofree char *line = NULL;
  va_list          args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  if (diff->heading_due)
    {
      if (diff->format == FH_DIFF_FORMAT_MARKDOWN)
        g_string_append_printf (diff->out, "%s### %s\n\n", diff->n_changes ? "\n" : "",
                                diff->heading);
      else
        g_string_append_printf (diff->out, "%s%s\n", diff->n_changes ? "\n" : "", diff->heading);
      diff->heading_due = FALSE;
    }

  if (diff->format == FH_DIFF_FORMAT_MARKDOWN)
    {
      const char *word = mark == '+' ? _("added") : mark == '-' ? _("removed") : _("changed");

      g_string_append_printf (diff->out, "- **%s** %s\n", word, line);
    }
  else
    g_string_append_printf (diff->out, "  %c %s\n", mark, line);

  diff->n_changes++;
}

/* Plan text as a reviewer sees it: on one line, cut when long, and escaped in
 * Markdown so that it never becomes markup. */
static char *
show_text (Diff *diff, const char *text)
{
  g_autofree char *flat = g_strdup (text);
  g_autofree char *cut = NULL;

  g_strdelimit (flat, "\r\n\t", ' ');
  if (g_utf8_strlen (flat, -1) > VALUE_SHOWN_MAX)
    {
      g_autofree char *start = g_utf8_substring (flat, 0, VALUE_SHOWN_MAX - 1);

      cut = g_strconcat (start, "…", NULL);
    }
  else
    cut = g_steal_pointer (&flat);

  if (diff->format == FH_DIFF_FORMAT_MARKDOWN)
    return fh_markdown_escape (cut);
  return g_steal_pointer (&cut);
}

static char *
show_quoted (Diff *diff, const char *text)
{
  g_autofree char *shown = show_text (diff, text);

  return g_strdup_printf (_("“%s”"), shown);
}

static const char *const label_properties[] = { "title", "name", "term", "description", NULL };

/* A record as a change names it: its id, and its title or name where it has one. */
static char *
describe_record (Diff *diff, GObject *record)
{
  GObjectClass    *klass = G_OBJECT_GET_CLASS (record);
  g_autofree char *id = fh_csv_format_property (record, g_object_class_find_property (klass, "id"));

  for (guint i = 0; label_properties[i] != NULL; i++)
    {
      GParamSpec      *pspec = g_object_class_find_property (klass, label_properties[i]);
      g_autofree char *label = NULL;

      if (pspec == NULL || pspec->value_type != G_TYPE_STRING)
        continue;
      label = fh_csv_format_property (record, pspec);
      if (*label != '\0')
        {
          g_autofree char *shown = show_quoted (diff, label);

          return g_strdup_printf ("%s %s", id, shown);
        }
    }

  if (G_OBJECT_TYPE (record) == FH_TYPE_SCORE)
    {
      g_autofree char *capability = show_text (diff, fh_score_get_capability (FH_SCORE (record)));

      return g_strdup_printf (_("%s (%s in assessment %" G_GINT64_FORMAT ")"), id, capability,
                                 fh_score_get_assessment (FH_SCORE (record)));
    }

  return g_steal_pointer (&id);
}

static char *
show_value (Diff *diff, GParamSpec *pspec, const char *text)
{
  if (pspec != NULL && pspec->value_type == G_TYPE_STRING)
    return show_quoted (diff, text);
  if (*text == '\0')
    return g_strdup (_("none"));
  return show_text (diff, text);
}

static char *
record_key (GObject *record)
{
  return fh_csv_format_property (record,
                                 g_object_class_find_property (G_OBJECT_GET_CLASS (record), "id"));
}

static GHashTable *
index_records (GListModel *model)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  guint       n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      GObject *record = g_list_model_get_item (model, i);

      g_hash_table_replace (index, record_key (record), record);
    }
  return index;
}

/* The targets linked to @source, sorted, as "3, 7, 12". */
static char *
link_targets (FhPlanModels *plan, FhCollection links, gint64 source)
{
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GString) out = g_string_new (NULL);
  GListModel *model = plan->models[links];
  guint       n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (model, i);

      if (fh_link_get_source (link) == source)
        {
          gint64 target = fh_link_get_target (link);

          g_array_append_val (ids, target);
        }
    }

  for (guint i = 0; i < ids->len; i++)
    for (guint j = i + 1; j < ids->len; j++)
      if (g_array_index (ids, gint64, j) < g_array_index (ids, gint64, i))
        {
          gint64 swap = g_array_index (ids, gint64, i);

          g_array_index (ids, gint64, i) = g_array_index (ids, gint64, j);
          g_array_index (ids, gint64, j) = swap;
        }

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? ", " : "",
                            g_array_index (ids, gint64, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
is_move_field (FhCollection collection, GParamSpec *pspec)
{
  return collection == FH_COLLECTION_ROADMAP &&
         (g_str_equal (pspec->name, "start-quarter") || g_str_equal (pspec->name, "duration"));
}

/* "severity 3 → 4; status open → closed" */
static char *
changed_fields (Diff         *diff,
                FhCollection  collection,
                GObject      *before,
                GObject      *after,
                FhPlanModels *old_plan,
                FhPlanModels *new_plan)
{
  g_autoptr (GString) out = g_string_new (NULL);
  guint                   n_props;
  g_autofree GParamSpec **props =
    g_object_class_list_properties (G_OBJECT_GET_CLASS (after), &n_props);

  for (guint p = 0; p < n_props; p++)
    {
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      g_autofree char *name = NULL;

      if (g_str_equal (props[p]->name, "id") || is_move_field (collection, props[p]))
        continue;
      a = fh_csv_format_property (before, props[p]);
      b = fh_csv_format_property (after, props[p]);
      if (g_str_equal (a, b))
        continue;

      name = fh_csv_column_name (props[p]);
      if (out->len > 0)
        g_string_append (out, "; ");
      if (fh_field_get_kind (props[p]) == FH_FIELD_LONG)
        g_string_append_printf (out, _("%s edited"), name);
      else
        {
          g_autofree char *shown_a = show_value (diff, props[p], a);
          g_autofree char *shown_b = show_value (diff, props[p], b);

          g_string_append_printf (out, "%s %s → %s", name, shown_a, shown_b);
        }
    }

  for (guint l = 0; l < G_N_ELEMENTS (link_fields); l++)
    {
      gint64           id = 0;
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      if (link_fields[l].source != collection)
        continue;
      g_object_get (after, "id", &id, NULL);
      a = link_targets (old_plan, link_fields[l].links, id);
      b = link_targets (new_plan, link_fields[l].links, id);
      if (g_str_equal (a, b))
        continue;
      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append_printf (out, "%s [%s] → [%s]", link_fields[l].name, a, b);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
diff_collection (Diff *diff, FhPlanModels *old_plan, FhPlanModels *new_plan, FhCollection c)
{
  g_autoptr (GHashTable) before = index_records (old_plan->models[c]);
  g_autoptr (GHashTable) after = index_records (new_plan->models[c]);
  GListModel *old_model = old_plan->models[c];
  GListModel *new_model = new_plan->models[c];
  guint       n_old = old_model ? g_list_model_get_n_items (old_model) : 0;
  guint       n_new = new_model ? g_list_model_get_n_items (new_model) : 0;

  heading (diff, collection_heading (c));

  for (guint i = 0; i < n_new; i++)
    {
      g_autoptr (GObject) record = g_list_model_get_item (new_model, i);
      g_autofree char *key = record_key (record);
      GObject         *previous = g_hash_table_lookup (before, key);
      g_autofree char *label = describe_record (diff, record);

      if (previous == NULL)
        change (diff, '+', "%s", label);
      else
        {
          g_autofree char *fields = changed_fields (diff, c, previous, record, old_plan, new_plan);

          if (*fields != '\0')
            change (diff, '~', "%s: %s", label, fields);
        }
    }

  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr (GObject) record = g_list_model_get_item (old_model, i);
      g_autofree char *key = record_key (record);

      if (!g_hash_table_contains (after, key))
        {
          g_autofree char *label = describe_record (diff, record);

          change (diff, '-', "%s", label);
        }
    }
}

static void
diff_settings (Diff *diff, FhPlanModels *old_plan, FhPlanModels *new_plan)
{
  guint                   n_props;
  g_autofree GParamSpec **props =
    g_object_class_list_properties (G_OBJECT_GET_CLASS (new_plan->info), &n_props);

  heading (diff, _("Plan settings"));
  for (guint p = 0; p < n_props; p++)
    {
      g_autofree char *a = fh_csv_format_property (G_OBJECT (old_plan->info), props[p]);
      g_autofree char *b = fh_csv_format_property (G_OBJECT (new_plan->info), props[p]);
      g_autofree char *name = NULL;
      g_autofree char *shown_a = NULL;
      g_autofree char *shown_b = NULL;

      if (g_str_equal (a, b))
        continue;
      name = fh_csv_column_name (props[p]);
      shown_a = show_value (diff, props[p], a);
      shown_b = show_value (diff, props[p], b);
      change (diff, '~', "%s %s → %s", name, shown_a, shown_b);
    }
}

static char *
describe_span (FhRoadmapItem *item)
{
  g_autofree char *start = fh_quarter_format (fh_roadmap_item_get_start_quarter (item));
  int              duration = fh_roadmap_item_get_duration (item);

  return g_strdup_printf (ngettext ("%s, %d quarter", "%s, %d quarters", duration), start,
                          duration);
}

static void
diff_moves (Diff *diff, FhPlanModels *old_plan, FhPlanModels *new_plan)
{
  g_autoptr (GHashTable) before = index_records (old_plan->models[FH_COLLECTION_ROADMAP]);
  GListModel *model = new_plan->models[FH_COLLECTION_ROADMAP];
  guint       n = model ? g_list_model_get_n_items (model) : 0;

  heading (diff, _("Roadmap items moved"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (model, i);
      g_autofree char *key = record_key (G_OBJECT (item));
      FhRoadmapItem   *previous = g_hash_table_lookup (before, key);
      g_autofree char *label = NULL;
      g_autofree char *was = NULL;
      g_autofree char *now = NULL;

      if (previous == NULL ||
          (fh_roadmap_item_get_start_quarter (previous) ==
             fh_roadmap_item_get_start_quarter (item) &&
           fh_roadmap_item_get_duration (previous) == fh_roadmap_item_get_duration (item)))
        continue;

      label = describe_record (diff, G_OBJECT (item));
      was = describe_span (previous);
      now = describe_span (item);
      change (diff, '~', "%s: %s → %s", label, was, now);
    }
}

static int
latest_stage (FhPlanModels *plan, const char *capability)
{
  FhAssessment *latest = fh_maturity_latest (plan);
  FhScore      *score;

  if (latest == NULL)
    return -1;
  score = fh_maturity_find_score (plan, fh_assessment_get_id (latest), capability);
  return score ? fh_score_get_stage (score) : -1;
}

/* The union of both plans' capabilities: the new plan's order, then the removed. */
static GPtrArray *
capability_ids (FhPlanModels *old_plan, FhPlanModels *new_plan)
{
  GPtrArray    *ids = g_ptr_array_new_with_free_func (g_free);
  FhPlanModels *plans[] = { new_plan, old_plan };

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    {
      GListModel *model = plans[p]->models[FH_COLLECTION_CAPABILITIES];
      guint       n = model ? g_list_model_get_n_items (model) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (FhCapability) capability = g_list_model_get_item (model, i);
          const char *id = fh_capability_get_id (capability);

          if (!g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
            g_ptr_array_add (ids, g_strdup (id));
        }
    }
  return ids;
}

static const char *
capability_name (FhPlanModels *new_plan, FhPlanModels *old_plan, const char *id)
{
  FhPlanModels *plans[] = { new_plan, old_plan };

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    {
      GListModel *model = plans[p]->models[FH_COLLECTION_CAPABILITIES];
      guint       n = model ? g_list_model_get_n_items (model) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (FhCapability) capability = g_list_model_get_item (model, i);

          if (g_str_equal (fh_capability_get_id (capability), id))
            return fh_capability_get_name (capability);
        }
    }
  return id;
}

static void
diff_stages (Diff *diff, FhPlanModels *old_plan, FhPlanModels *new_plan, GPtrArray *capabilities)
{
  heading (diff, _("Stages (latest assessment)"));
  for (guint i = 0; i < capabilities->len; i++)
    {
      const char      *id = capabilities->pdata[i];
      int              a = latest_stage (old_plan, id);
      int              b = latest_stage (new_plan, id);
      g_autofree char *name = NULL;
      g_autofree char *was = NULL;
      g_autofree char *now = NULL;

      if (a == b)
        continue;
      name = show_text (diff, capability_name (new_plan, old_plan, id));
      was = fh_maturity_format_stage (a);
      now = fh_maturity_format_stage (b);
      change (diff, '~', "%s: %s → %s", name, was, now);
    }
}

static char *
finding_key (FhFinding *finding)
{
  g_autoptr (GString) key = g_string_new (finding->rule_id);

  for (guint i = 0; finding->items && i < finding->items->len; i++)
    g_string_append_printf (key, " i%" G_GINT64_FORMAT, g_array_index (finding->items, gint64, i));
  for (guint i = 0; finding->gaps && i < finding->gaps->len; i++)
    g_string_append_printf (key, " g%" G_GINT64_FORMAT, g_array_index (finding->gaps, gint64, i));
  return g_string_free (g_steal_pointer (&key), FALSE);
}

static void
list_findings (Diff *diff, GPtrArray *findings, GPtrArray *others, char mark)
{
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GEnumClass) severities = g_type_class_ref (FH_TYPE_SEVERITY);

  for (guint i = 0; i < others->len; i++)
    g_hash_table_add (keys, finding_key (others->pdata[i]));

  for (guint i = 0; i < findings->len; i++)
    {
      FhFinding       *finding = findings->pdata[i];
      g_autofree char *key = finding_key (finding);
      g_autofree char *message = NULL;

      if (g_hash_table_contains (keys, key))
        continue;
      message = diff->format == FH_DIFF_FORMAT_MARKDOWN ? fh_markdown_escape (finding->message)
                                                        : g_strdup (finding->message);
      /* The severity and rule id stay in English, as `foothold --check` prints them. */
      change (diff, mark, "%s: %s: %s",
              g_enum_get_value (severities, finding->severity)->value_nick, finding->rule_id,
              message);
    }
}

static void
diff_findings (Diff *diff, FhPlanModels *old_plan, FhPlanModels *new_plan)
{
  g_autoptr (GPtrArray) before = fh_rules_check (old_plan);
  g_autoptr (GPtrArray) after = fh_rules_check (new_plan);

  heading (diff, _("Findings introduced"));
  list_findings (diff, after, before, '+');
  heading (diff, _("Findings resolved"));
  list_findings (diff, before, after, '-');
}

static char *
describe_choice (Diff *diff, FhPlanModels *plan, const char *capability, gint64 *total)
{
  gint64 option = 0;
  FhTco  tco;

  *total = 0;
  if (!fh_tco_chosen_for_capability (plan, capability, &option, &tco))
    return g_strdup (_("no option chosen"));

  *total = tco.total;
  for (guint i = 0; i < g_list_model_get_n_items (plan->models[FH_COLLECTION_OPTIONS]); i++)
    {
      g_autoptr (FhOption) item = g_list_model_get_item (plan->models[FH_COLLECTION_OPTIONS], i);

      if (fh_option_get_id (item) == option)
        {
          g_autofree char *name = show_quoted (diff, fh_option_get_name (item));
          g_autofree char *money =
            fh_money_format (tco.total, fh_plan_info_get_currency (plan->info));

          return g_strdup_printf ("%s %s", name, money);
        }
    }
  return g_strdup ("");
}

static void
diff_tco (Diff *diff, FhPlanModels *old_plan, FhPlanModels *new_plan, GPtrArray *capabilities)
{
  gint64      sum_a = 0, sum_b = 0;
  const char *currency = fh_plan_info_get_currency (new_plan->info);

  heading (diff, _("Cost of the chosen options (TCO over the horizon)"));
  for (guint i = 0; i < capabilities->len; i++)
    {
      const char      *id = capabilities->pdata[i];
      gint64           a, b;
      g_autofree char *was = describe_choice (diff, old_plan, id, &a);
      g_autofree char *now = describe_choice (diff, new_plan, id, &b);
      g_autofree char *name = NULL;

      sum_a += a;
      sum_b += b;
      if (g_str_equal (was, now))
        continue;
      name = show_text (diff, capability_name (new_plan, old_plan, id));
      change (diff, '~', "%s: %s → %s", name, was, now);
    }

  if (sum_a != sum_b || g_strcmp0 (fh_plan_info_get_currency (old_plan->info), currency) != 0)
    {
      g_autofree char *a = fh_money_format (sum_a, fh_plan_info_get_currency (old_plan->info));
      g_autofree char *b = fh_money_format (sum_b, currency);
      g_autofree char *delta = fh_money_format (ABS (sum_b - sum_a), currency);

      change (diff, '~', _("total %s → %s (%s%s)"), a, b, sum_b >= sum_a ? "+" : "−", delta);
    }
}

/**
 * fh_plan_diff:
 * @old_plan: the plan before
 * @new_plan: the plan after
 * @format: text for a terminal or Markdown for a pull-request comment
 * @n_changes: (out) (optional): how many changes were found; 0 when the plans are
 *   the same
 *
 * Returns: (transfer full): the differences, or a line that says there are none
 */
char *
fh_plan_diff (FhPlanModels *old_plan, FhPlanModels *new_plan, FhDiffFormat format, guint *n_changes)
{
  Diff diff = { format, g_string_new (NULL), 0, FALSE, NULL };
  g_autoptr (GPtrArray) capabilities = NULL;

  g_return_val_if_fail (old_plan != NULL && old_plan->info != NULL, NULL);
  g_return_val_if_fail (new_plan != NULL && new_plan->info != NULL, NULL);

  diff_settings (&diff, old_plan, new_plan);
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    if (!is_link_collection (c))
      diff_collection (&diff, old_plan, new_plan, c);

  capabilities = capability_ids (old_plan, new_plan);
  diff_moves (&diff, old_plan, new_plan);
  diff_stages (&diff, old_plan, new_plan, capabilities);
  diff_findings (&diff, old_plan, new_plan);
  diff_tco (&diff, old_plan, new_plan, capabilities);

  if (diff.n_changes == 0)
    g_string_append_printf (diff.out, "%s\n", _("No differences."));

  if (n_changes != NULL)
    *n_changes = diff.n_changes;
  return g_string_free (diff.out, FALSE);
}
