/* fh-bench-plan.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-bench"

#include "config.h"

#include "fh-bench-plan.h"

#include "foothold-core.h"

/* A large, varied and reproducible plan: the same seed and sizes give the same
 * records with the same ids. */

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static const char *const problems[] = {
  "No owner for",       "Manual steps in",  "No tests for",         "Unclear process for",
  "Missing skills in",  "No monitoring of", "Slow approval of",     "No audit trail for",
  "Ad-hoc scripts for", "No rollback for",  "Duplicated effort in", "No budget for",
};

static const char *const subjects[] = {
  "feature pipelines",     "model retraining",  "data labelling",    "model registry entries",
  "batch scoring",         "online serving",    "drift alerts",      "experiment tracking",
  "access reviews",        "GPU capacity",      "notebook handover", "incident response",
  "training data lineage", "A/B test analysis", "model cards",       "vendor contracts",
};

static const char *const teams[] = {
  "fraud", "pricing", "search", "marketing", "risk", "supply chain", "support", "HR",
};

static const char *const sentences[] = {
  "Raised in the quarterly review.",
  "Teams work around it with spreadsheets and e-mail, which nobody audits.",
  "It slowed the last two releases by about a week each.",
  "The platform team agrees it matters but has no capacity this year.",
  "Found during the incident post-mortem; see the ticket for the timeline.",
  "Only one person knows how this works today.",
  "Auditors asked about it twice.",
  "Blocks the move from pilots to production for several use cases.",
};

static const char *const people[] = {
  "", "", "Ana Lima", "Bo Chen", "Chidi Okafor", "Dana Weiss", "Eero Mäkinen", "Fatima Zahra",
};

static const char *const vendors[] = {
  "Acme ML", "Northwind Cloud", "Open source", "In-house", "Contoso AI", "Globex",
};

static const char *const cost_notes[] = {
  "Seats",         "Cluster nodes",  "Contractor build", "On-call rota", "Pen test",
  "Training days", "Data migration", "Exit reserve",     "Support plan",
};

static char *
make_text (GRand *rand, guint max_sentences)
{
  GString *text = g_string_new (NULL);
  guint    n = (guint)g_rand_int_range (rand, 0, (gint32)max_sentences + 1);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s", i ? " " : "", PICK (rand, sentences));

  return g_string_free (text, FALSE);
}

static guint
n_capabilities (FhStore *store)
{
  return g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_CAPABILITIES));
}

/* The id of the catalog's @n-th capability; the model keeps the record alive. */
static const char *
nth_capability (FhStore *store, guint n)
{
  g_autoptr (FhCapability) capability =
    g_list_model_get_item (fh_store_get_model (store, FH_COLLECTION_CAPABILITIES), n);

  return fh_capability_get_id (capability);
}

static const char *
pick_capability (FhStore *store, GRand *rand)
{
  return nth_capability (store, (guint)g_rand_int_range (rand, 0, (gint32)n_capabilities (store)));
}

/* Skewed like real votes: most gaps get a few, some get hundreds. */
static int
pick_votes (GRand *rand)
{
  if (g_rand_int_range (rand, 0, 20) == 0)
    return g_rand_int_range (rand, 50, 1001);
  return g_rand_int_range (rand, 0, 30);
}

static FhGapStatus
pick_gap_status (GRand *rand)
{
  int r = g_rand_int_range (rand, 0, 10);

  return r < 6 ? FH_GAP_STATUS_OPEN : r < 9 ? FH_GAP_STATUS_PLANNED : FH_GAP_STATUS_CLOSED;
}

/**
 * fh_bench_make_gap:
 * @n: a number for the title, so titles stay distinct
 *
 * A new gap (not yet in @store) with varied fields, as the generator writes them.
 * Every random draw is its own statement, so the order of draws, and with it the
 * plan, does not depend on the compiler.
 */
FhGap *
fh_bench_make_gap (FhStore *store, GRand *rand, guint n)
{
  const char      *problem = PICK (rand, problems);
  const char      *subject = PICK (rand, subjects);
  const char      *team = PICK (rand, teams);
  g_autofree char *title = g_strdup_printf ("%s %s (%s) #%u", problem, subject, team, n);
  g_autofree char *description = make_text (rand, 3);
  /* One gap in twenty is not filed under a capability yet. */
  gboolean    unfiled = g_rand_int_range (rand, 0, 20) == 0;
  const char *capability = unfiled ? "" : pick_capability (store, rand);
  int         kind = g_rand_int_range (rand, FH_GAP_KIND_PROCESS, FH_GAP_KIND_LIFECYCLE + 1);
  int         severity = g_rand_int_range (rand, 1, 6);
  int         votes = pick_votes (rand);
  const char *owner = PICK (rand, people);
  FhGapStatus status = pick_gap_status (rand);
  FhGap      *gap = fh_gap_new (title);

  g_object_set (gap, "description", description, "capability", capability, "kind", kind, "severity",
                severity, "votes", votes, "owner", owner, "status", status, NULL);
  return gap;
}

static gboolean
add_gaps (FhStore *store, const FhBenchSize *size, GRand *rand, GArray *gap_ids, GError **error)
{
  for (guint i = 0; i < size->n_gaps; i++)
    {
      g_autoptr (FhGap) gap = fh_bench_make_gap (store, rand, i + 1);
      gint64 id;

      if (!fh_store_add (store, gap, error))
        return FALSE;
      id = fh_gap_get_id (gap);
      g_array_append_val (gap_ids, id);
    }

  return TRUE;
}

static const char *
option_kind_word (FhOptionKind kind)
{
  switch (kind)
    {
    case FH_OPTION_KIND_PACKAGED:
      return "Packaged";
    case FH_OPTION_KIND_CUSTOM:
      return "Custom";
    case FH_OPTION_KIND_HYBRID:
    default:
      return "Hybrid";
    }
}

static gboolean
add_options (FhStore           *store,
             const FhBenchSize *size,
             GRand             *rand,
             GArray            *option_ids,
             GError           **error)
{
  guint n_caps = n_capabilities (store);

  for (guint i = 0; i < size->n_options; i++)
    {
      const char  *capability = nth_capability (store, i % n_caps);
      FhOptionKind kind =
        g_rand_int_range (rand, FH_OPTION_KIND_PACKAGED, FH_OPTION_KIND_HYBRID + 1);
      g_autofree char *name =
        g_strdup_printf ("%s option %u for %s", option_kind_word (kind), i + 1, capability);
      const char      *vendor = PICK (rand, vendors);
      g_autofree char *description = make_text (rand, 2);
      g_autofree char *rationale = make_text (rand, 1);
      /* At most one chosen option per capability: some of the first round. */
      gboolean chosen = g_rand_boolean (rand) && i < n_caps;
      g_autoptr (FhOption) option = fh_option_new (capability, name);
      gint64 id;

      g_object_set (option, "kind", kind, "vendor", vendor, "description", description, "chosen",
                    chosen, "rationale", rationale, NULL);
      if (!fh_store_add (store, option, error))
        return FALSE;
      id = fh_option_get_id (option);
      g_array_append_val (option_ids, id);
    }

  return TRUE;
}

static gboolean
add_assessments (FhStore           *store,
                 const FhBenchSize *size,
                 GRand             *rand,
                 GArray            *assessment_ids,
                 GError           **error)
{
  int first = fh_quarter_make (2025, 1);

  for (guint a = 0; a < size->n_assessments; a++)
    {
      int              quarter = first + (int)a;
      g_autofree char *date = g_strdup_printf ("%04d-%02d-15", fh_quarter_get_year (quarter),
                                               (fh_quarter_get_number (quarter) - 1) * 3 + 2);
      g_autofree char *notes = make_text (rand, 3);
      g_autoptr (FhAssessment) assessment = fh_assessment_new (quarter);
      gint64 id;

      g_object_set (assessment, "date", date, "participants", "Ana Lima, Bo Chen, Dana Weiss",
                    "notes", notes, NULL);
      if (!fh_store_add (store, assessment, error))
        return FALSE;
      id = fh_assessment_get_id (assessment);
      g_array_append_val (assessment_ids, id);
    }

  return TRUE;
}

static gboolean
add_cost_lines (FhStore           *store,
                const FhBenchSize *size,
                GRand             *rand,
                GArray            *option_ids,
                GError           **error)
{
  for (guint o = 0; o < option_ids->len; o++)
    for (guint l = 0; l < size->cost_lines_per_option; l++)
      {
        g_autoptr (FhCostLine) line = fh_cost_line_new (g_array_index (option_ids, gint64, o));
        FhCostCategory category =
          g_rand_int_range (rand, FH_COST_CATEGORY_LICENCE, FH_COST_CATEGORY_SUPPORT + 1);
        gint64 amount = (gint64)g_rand_int_range (rand, 1, 20000) * 1000;
        int recurrence = g_rand_int_range (rand, FH_RECURRENCE_ONE_OFF, FH_RECURRENCE_YEARLY + 1);
        int first_year = g_rand_int_range (rand, 1, 4);
        double growth = g_rand_int_range (rand, -10, 31);

        g_object_set (line, "category", category, "description", cost_notes[category], "amount",
                      amount, "recurrence", recurrence, "first-year", first_year, "growth", growth,
                      NULL);
        if (!fh_store_add (store, line, error))
          return FALSE;
      }

  return TRUE;
}

static gboolean
add_items (FhStore *store, const FhBenchSize *size, GRand *rand, GArray *item_ids, GError **error)
{
  int first = fh_quarter_make (2027, 1);

  for (guint i = 0; i < size->n_items; i++)
    {
      const char      *capability = pick_capability (store, rand);
      const char      *subject = PICK (rand, subjects);
      const char      *team = PICK (rand, teams);
      g_autofree char *title = g_strdup_printf ("Fix %s for %s #%u", subject, team, i + 1);
      int              start = first + g_rand_int_range (rand, 0, 8);
      int              from = g_rand_int_range (rand, FH_STAGE_NOT_YET, FH_STAGE_RELIABLE + 1);
      int              target = g_rand_int_range (rand, from + 1, FH_STAGE_SCALABLE + 1);
      int              duration = g_rand_int_range (rand, 1, 5);
      int status = g_rand_int_range (rand, FH_ITEM_STATUS_PLANNED, FH_ITEM_STATUS_DROPPED + 1);
      const char      *owner = PICK (rand, people);
      g_autofree char *notes = make_text (rand, 2);
      gboolean         milestone = g_rand_int_range (rand, 0, 10) == 0;
      gint64           cost = (gint64)g_rand_int_range (rand, 0, 500000) * 100;
      g_autoptr (FhRoadmapItem) item = fh_roadmap_item_new (title, capability, start);
      gint64 id;

      g_object_set (item, "from-stage", from, "target-stage", target, "duration", duration,
                    "status", status, "owner", owner, "notes", notes, "milestone", milestone,
                    "cost", cost, NULL);
      if (!fh_store_add (store, item, error))
        return FALSE;
      id = fh_roadmap_item_get_id (item);
      g_array_append_val (item_ids, id);
    }

  return TRUE;
}

static gboolean
add_scores (FhStore *store, GRand *rand, GArray *assessment_ids, GError **error)
{
  guint n_caps = n_capabilities (store);

  for (guint c = 0; c < n_caps; c++)
    {
      /* Stages mostly climb from one assessment to the next. */
      int stage = g_rand_int_range (rand, FH_STAGE_NOT_YET, FH_STAGE_REPEATABLE + 1);

      for (guint a = 0; a < assessment_ids->len; a++)
        {
          g_autoptr (FhScore) score = NULL;
          g_autofree char *evidence = NULL;
          int              confidence;

          if (g_rand_int_range (rand, 0, 3) == 0 && stage < FH_STAGE_SCALABLE)
            stage++;
          evidence = make_text (rand, 2);
          confidence = g_rand_int_range (rand, FH_CONFIDENCE_LOW, FH_CONFIDENCE_HIGH + 1);
          score = fh_score_new (g_array_index (assessment_ids, gint64, a),
                                nth_capability (store, c), stage);
          g_object_set (score, "evidence", evidence, "confidence", confidence, NULL);
          if (!fh_store_add (store, score, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Picks up to @n distinct ids among the first @limit of @ids, never @except. */
static guint
pick_distinct (GRand *rand, GArray *ids, guint limit, guint n, gint64 except, gint64 *picked)
{
  guint count = 0;

  for (guint tries = 0; count < n && tries < 10 * n; tries++)
    {
      gint64   id = g_array_index (ids, gint64, g_rand_int_range (rand, 0, (gint32)limit));
      gboolean seen = id == except;

      for (guint k = 0; k < count && !seen; k++)
        seen = picked[k] == id;
      if (!seen)
        picked[count++] = id;
    }

  return count;
}

static gboolean
add_links (FhStore *store, GRand *rand, GArray *item_ids, GArray *gap_ids, GError **error)
{
  for (guint i = 0; i < item_ids->len; i++)
    {
      gint64 item = g_array_index (item_ids, gint64, i);
      gint64 picked[3];
      guint  n;

      if (gap_ids->len > 0)
        {
          n = (guint)g_rand_int_range (rand, 1, 4);
          n = pick_distinct (rand, gap_ids, gap_ids->len, n, 0, picked);
          for (guint k = 0; k < n; k++)
            if (!fh_store_link (store, FH_COLLECTION_ITEM_GAPS, item, picked[k], error))
              return FALSE;
        }

      /* A third of the items wait for one or two earlier ones: no cycles. */
      if (i > 0 && g_rand_int_range (rand, 0, 3) == 0)
        {
          n = (guint)g_rand_int_range (rand, 1, 3);
          n = pick_distinct (rand, item_ids, i, n, item, picked);
          for (guint k = 0; k < n; k++)
            if (!fh_store_link (store, FH_COLLECTION_ITEM_DEPENDENCIES, item, picked[k], error))
              return FALSE;
        }
    }

  return TRUE;
}

/**
 * fh_bench_size_init_default:
 *
 * The benchmark's default plan: far beyond what one organisation writes by hand.
 */
void
fh_bench_size_init_default (FhBenchSize *size)
{
  g_return_if_fail (size != NULL);

  size->n_gaps = 10000;
  size->n_items = 2000;
  size->n_options = 300;
  size->cost_lines_per_option = 5;
  size->n_assessments = 8;
  size->seed = 20270101;
}

/**
 * fh_bench_generate_plan:
 * @path: (nullable): where to create the plan (must not exist), or %NULL for memory
 *
 * Creates a plan and fills it in one group: one transaction and one undo step, as
 * a generated draft would be.
 */
FhStore *
fh_bench_generate_plan (const char *path, const FhBenchSize *size, GError **error)
{
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GRand) rand = NULL;
  g_autoptr (GArray) gap_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) option_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) assessment_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) item_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (size != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  store = fh_store_new_plan (path, error);
  if (store == NULL)
    return NULL;
  g_return_val_if_fail (n_capabilities (store) > 0, NULL);

  rand = g_rand_new_with_seed (size->seed);

  fh_store_begin (store, "Generate plan");
  if (!add_gaps (store, size, rand, gap_ids, error) ||
      !add_options (store, size, rand, option_ids, error) ||
      !add_assessments (store, size, rand, assessment_ids, error) ||
      !add_items (store, size, rand, item_ids, error) ||
      !add_cost_lines (store, size, rand, option_ids, error) ||
      !add_scores (store, rand, assessment_ids, error) ||
      !add_links (store, rand, item_ids, gap_ids, error))
    {
      fh_store_cancel (store);
      return NULL;
    }
  if (!fh_store_end (store, error))
    return NULL;

  return g_steal_pointer (&store);
}
