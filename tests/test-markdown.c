/* test-markdown.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "foothold-core.h"

/* The Markdown report from a plan built in list stores: GLib alone. */

typedef struct
{
  FhPlanModels models;
} Fixture;

static GListStore *
store_of (Fixture *f, FhCollection collection)
{
  return G_LIST_STORE (f->models.models[collection]);
}

static void
add (Fixture *f, FhCollection collection, gpointer record)
{
  g_list_store_append (store_of (f, collection), record);
  g_object_unref (record);
}

static gpointer
capability (const char *id, const char *name, int position, gboolean core)
{
  FhCapability *self = fh_capability_new (id, name);

  g_object_set (self, "position", position, "core", core, NULL);
  return self;
}

static gpointer
gap (gint64      id,
     const char *title,
     const char *capability_id,
     int         severity,
     int         votes,
     FhGapStatus status)
{
  FhGap *self = fh_gap_new (title);

  g_object_set (self, "id", id, "capability", capability_id, "severity", severity, "votes", votes,
                "status", status, NULL);
  return self;
}

static gpointer
score (gint64 assessment, const char *capability_id, int stage, const char *reason)
{
  FhScore *self = fh_score_new (assessment, capability_id, stage);

  g_object_set (self, "reason", reason, NULL);
  return self;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  FhAssessment  *q1 = fh_assessment_new (fh_quarter_make (2027, 1));
  FhAssessment  *q2 = fh_assessment_new (fh_quarter_make (2027, 2));
  FhUseCase     *use_case = fh_use_case_new ("Delivery [ETA] prediction");
  FhRoadmapItem *item =
    fh_roadmap_item_new ("Track every run", "tracking", fh_quarter_make (2027, 2));
  FhOption   *option = fh_option_new ("tracking", "Managed tracker");
  FhCostLine *once = fh_cost_line_new (30);
  FhCostLine *monthly = fh_cost_line_new (30);

  f->models.info = fh_plan_info_new ();
  g_object_set (f->models.info, "name", "Plan | one", "organisation", "ACME", "currency", "EUR",
                NULL);
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    f->models.models[i] = G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));

  add (f, FH_COLLECTION_CAPABILITIES,
       capability ("tracking", "Experimentation & tracking", 2, TRUE));
  add (f, FH_COLLECTION_CAPABILITIES, capability ("people", "People, roles & skills", 1, FALSE));
  add (f, FH_COLLECTION_CAPABILITIES, capability ("registry", "Model registry", 3, TRUE));

  add (f, FH_COLLECTION_GAPS,
       gap (1, "Runs are *not* tracked", "tracking", 4, 2, FH_GAP_STATUS_OPEN));
  add (f, FH_COLLECTION_GAPS,
       gap (2, "No registry | lineage", "registry", 5, 1, FH_GAP_STATUS_OPEN));
  add (f, FH_COLLECTION_GAPS, gap (3, "No glossary", "people", 4, 7, FH_GAP_STATUS_OPEN));
  add (f, FH_COLLECTION_GAPS, gap (4, "Closed one", "people", 5, 9, FH_GAP_STATUS_CLOSED));

  g_object_set (q1, "id", (gint64)10, NULL);
  g_object_set (q2, "id", (gint64)11, NULL);
  add (f, FH_COLLECTION_ASSESSMENTS, q2);
  add (f, FH_COLLECTION_ASSESSMENTS, q1);
  add (f, FH_COLLECTION_SCORES, score (10, "tracking", 1, ""));
  add (f, FH_COLLECTION_SCORES, score (10, "registry", 1, ""));
  add (f, FH_COLLECTION_SCORES, score (11, "tracking", 2, "A tracker now logs every run"));
  add (f, FH_COLLECTION_SCORES, score (11, "registry", 1, ""));
  add (f, FH_COLLECTION_SCORES, score (11, "people", 3, ""));

  g_object_set (use_case, "impact", 3, "readiness", 2, "applicability", 1, NULL);
  add (f, FH_COLLECTION_USE_CASES, use_case);

  g_object_set (item, "from-stage", 1, "target-stage", 2, "duration", 2, NULL);
  add (f, FH_COLLECTION_ROADMAP, item);

  /* 10,000 EUR once and 500 EUR a month: 10,000 + 3 × 6,000 = 28,000 over 3 years. */
  g_object_set (option, "id", (gint64)30, "kind", FH_OPTION_KIND_PACKAGED, "vendor", "Acme Cloud",
                "chosen", TRUE, NULL);
  add (f, FH_COLLECTION_OPTIONS, option);
  g_object_set (once, "amount", (gint64)1000000, "recurrence", FH_RECURRENCE_ONE_OFF, "category",
                FH_COST_CATEGORY_MIGRATION_IN, NULL);
  add (f, FH_COLLECTION_COST_LINES, once);
  g_object_set (monthly, "amount", (gint64)50000, "recurrence", FH_RECURRENCE_MONTHLY, "category",
                FH_COST_CATEGORY_LICENCE, NULL);
  add (f, FH_COLLECTION_COST_LINES, monthly);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->models.info);
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    g_clear_object (&f->models.models[i]);
}

static void
test_escape (void)
{
  static const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "plain words", "plain words" },
    { "a | b", "a \\| b" },
    { "*bold* and _it_", "\\*bold\\* and \\_it\\_" },
    { "[link](http://x)", "\\[link\\](http://x)" },
    { "<script>", "\\<script\\>" },
    { "# not a heading", "\\# not a heading" },
    { "- not a list", "\\- not a list" },
    { "2027-Q1", "2027-Q1" },
    { "-1", "-1" },
    { "1. not numbered", "1\\. not numbered" },
    { "two\nlines", "two lines" },
    { "모델 레지스트리", "모델 레지스트리" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = fh_markdown_escape (cases[i].in);

      g_assert_cmpstr (escaped, ==, cases[i].out);
    }
}

static void
test_whole_report (Fixture *f, gconstpointer data)
{
  g_autoptr (GDateTime) date = g_date_time_new_utc (2027, 8, 2, 12, 0, 0);
  FhReportOptions  options = { 0, 0, 0, date };
  g_autofree char *text = fh_markdown_report (&f->models, &options);

  g_assert_true (g_str_has_prefix (text,
                                   "# Plan \\| one\n\nMLOps adoption plan\n\n- Organisation: ACME\n"
                                   "- Date: 2027-08-02\n- Current quarter: 2027-Q3\n"
                                   "- Latest assessment: 2027-Q2\n\n## Summary\n"));
  /* The context section closes the report: its glossary, or the sentence saying there is none. */
  g_assert_nonnull (strstr (text, "## Measures, Data, Skills and Terms\n"));
  g_assert_true (g_str_has_suffix (text, "\n"));
  g_assert_false (g_str_has_suffix (text, "\n\n"));

  /* Overall stage: the lowest core capability (registry at 1), not people at 3. */
  g_assert_nonnull (strstr (text,
                            "Latest assessment, 2027-Q2: overall stage Initial · mean 2.0 · 3 of "
                            "3 assessed. The overall stage is the lowest among the assessed core "
                            "capabilities; the mean is over every assessed capability.\n"));
  g_assert_null (strstr (text, "Not assessed:"));

  /* Top gaps: open ones, by severity, then votes. */
  g_assert_nonnull (
    strstr (text, "| Gap | Capability | Severity | Votes |\n| --- | --- | ---: | ---: |\n"
                  "| No registry \\| lineage | Model registry | 5 | 1 |\n"
                  "| No glossary | People, roles & skills | 4 | 7 |\n"
                  "| Runs are \\*not\\* tracked | Experimentation & tracking | 4 | 2 |\n\n"));
  g_assert_nonnull (
    strstr (text, "- In 2027-Q2 the overall stage is Initial, held back by: Model registry.\n"));
  g_assert_nonnull (
    strstr (text, "- 3 gaps are open; 3 of severity 4 or 5, 0 about people and skills.\n"));

  /* Maturity compares with the quarter before, in catalog order. */
  g_assert_nonnull (strstr (text, "| Capability | Core | 2027-Q1 | 2027-Q2 | Change | Why |\n"));
  g_assert_nonnull (strstr (text,
                            "| People, roles & skills |  | not assessed | 3 Reliable | – |  |\n"
                            "| Experimentation & tracking | yes | 1 Initial | 2 Repeatable | "
                            "+1 | A tracker now logs every run |\n"
                            "| Model registry | yes | 1 Initial | 1 Initial | 0 |  |\n"));

  /* Gaps: the open ones in the detail; the closed one only in the appendix. */
  g_assert_nonnull (strstr (
    text, "4 gaps are recorded, 3 of them open. The open gaps, by severity and then votes:\n"));
  g_assert_null (strstr (text, "| Closed one |"));

  /* Use cases: priority 3 × (2 + 1) / 2 = 4.5, a strategic bet. */
  g_assert_nonnull (strstr (
    text, "| Delivery \\[ETA\\] prediction | 3 | 2 | 1 | 4.5 | Strategic bet | Proposed |\n"));

  /* Options: TCO over the plan's 3 years as fh_tco computes it, by year: the one-off
   * 10,000 in year 1 beside 6,000 a year; no criteria, so no score. */
  g_assert_nonnull (strstr (text, "| Option | Kind | Vendor or stack | TCO over 3 years | Present "
                                  "value | Score of 5 | Decision | Rationale |\n"));
  g_assert_nonnull (strstr (
    text,
    "| Managed tracker | Packaged | Acme Cloud | 28,000 EUR | 28,000 EUR | – | chosen |  |\n"));
  g_assert_nonnull (strstr (text, "| Cost by year | Year 1 | Year 2 | Year 3 |\n"));
  g_assert_nonnull (strstr (text, "| Managed tracker | 16,000 EUR | 6,000 EUR | 6,000 EUR |\n"));
  /* The summary's budget: the chosen option's TCO, from the same function. */
  g_assert_nonnull (
    strstr (text, "| Experimentation & tracking | Managed tracker | 28,000 EUR | 0 EUR |\n"));

  /* Roadmap: an item over two quarters. */
  g_assert_nonnull (strstr (text, "| Track every run | Experimentation & tracking | Initial → "
                                  "Repeatable | 2027-Q2 – 2027-Q3 | Planned |  |  |  |  |\n"));

  /* Review: the change and its reason; no item ended in 2027-Q2. */
  g_assert_nonnull (
    strstr (text, "0 roadmap items were due by the end of 2027-Q2; 0 of them done.\n"));
  g_assert_nonnull (strstr (
    text,
    "| Experimentation & tracking | 1 Initial | 2 Repeatable | A tracker now logs every run |\n"));

  /* No chart is left as a placeholder. */
  g_assert_null (strstr (text, "radar"));
}

static void
test_sections (Fixture *f, gconstpointer data)
{
  FhReportOptions  options = { 0 };
  g_autofree char *text = NULL;

  g_assert_true (fh_report_sections_parse ("gaps,roadmap", &options.sections, NULL));
  text = fh_markdown_report (&f->models, &options);

  g_assert_true (g_str_has_prefix (text, "## Gaps\n\n4 gaps are recorded, 3 of them open."));
  g_assert_null (strstr (text, "## Appendix"));
  g_assert_nonnull (strstr (text, "## Roadmap\n"));
  g_assert_null (strstr (text, "## Summary"));
  g_assert_null (strstr (text, "# Plan"));
  g_assert_null (strstr (text, "## Maturity"));
}

static void
test_quarter_range (Fixture *f, gconstpointer data)
{
  FhReportOptions  options = { 1u << FH_REPORT_ROADMAP, fh_quarter_make (2028, 1), 0, NULL };
  g_autofree char *text = fh_markdown_report (&f->models, &options);

  g_assert_cmpstr (text, ==, "## Roadmap\n\nNo roadmap items fall in this range.\n");
}

/* The roadmap as a Mermaid gantt block: a section per lane, quarters as dates, and
 * nothing in a title that Mermaid would read as syntax. */
static void
test_mermaid (Fixture *f, gconstpointer data)
{
  FhReportOptions  options = { 1u << FH_REPORT_ROADMAP, 0, 0, NULL };
  g_autofree char *plain = fh_markdown_report (&f->models, &options);
  g_autofree char *text = NULL;
  const char      *block;

  g_assert_null (strstr (plain, "```mermaid"));
  options.mermaid = TRUE;
  text = fh_markdown_report (&f->models, &options);
  block = strstr (text, "```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n  title Roadmap\n");
  g_assert_nonnull (block);
  g_assert_nonnull (strstr (block, "  section Experimentation & tracking\n"));
  /* 2027-Q2 to 2027-Q3: from the first day of April to the first day of October. */
  g_assert_nonnull (strstr (block, "  Track every run :i"));
  g_assert_nonnull (strstr (block, ", 2027-04-01, 2027-10-01\n"));
  g_assert_true (g_str_has_suffix (text, "```\n"));
}

static void
test_money (void)
{
  static const struct
  {
    gint64      minor;
    const char *currency;
    const char *out;
  } cases[] = {
    { 0, "EUR", "0 EUR" },
    { 149, "EUR", "1 EUR" },
    { 150, "EUR", "2 EUR" },
    { 123456789, "EUR", "1,234,568 EUR" },
    { 100000, "EUR", "1,000 EUR" },
    { -250000, "EUR", "−2,500 EUR" },
    /* The yen has no minor unit: 1000000 is a million yen, as the window shows it. */
    { 1000000, "JPY", "1,000,000 JPY" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = fh_money_format_whole (cases[i].minor, cases[i].currency);

      g_assert_cmpstr (text, ==, cases[i].out);
    }

  /* The tests run in C.UTF-8, which groups no digits: one formatter for all. */
  {
    g_autofree char *window = fh_money_format (1000000, "JPY");
    g_autofree char *report = fh_money_format_whole (1000000, "JPY");

    g_assert_cmpstr (window, ==, report);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/markdown/escape", test_escape);
  g_test_add_func ("/foothold/markdown/money", test_money);
  g_test_add ("/foothold/markdown/whole-report", Fixture, NULL, fixture_set_up, test_whole_report,
              fixture_tear_down);
  g_test_add ("/foothold/markdown/sections", Fixture, NULL, fixture_set_up, test_sections,
              fixture_tear_down);
  g_test_add ("/foothold/markdown/mermaid", Fixture, NULL, fixture_set_up, test_mermaid,
              fixture_tear_down);
  g_test_add ("/foothold/markdown/quarter-range", Fixture, NULL, fixture_set_up, test_quarter_range,
              fixture_tear_down);

  return g_test_run ();
}
