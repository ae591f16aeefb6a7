/* test-json.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "foothold-core.h"
#include "fh-store.h"
#include "fh-test-util.h"

/* A small plan that touches every collection and every link list. Each malformed
 * case below is this document with one thing broken. */
static const char base[] =
  "{\"format\": \"foothold-plan\", \"version\": 1,"
  " \"plan\": {\"name\": \"Test plan\", \"currency\": \"EUR\", \"horizon_years\": 3,"
  "            \"start_quarter\": \"2027-Q1\"},"
  " \"capabilities\": [{\"id\": \"data\", \"position\": 0, \"name\": \"Data\", \"core\": true},"
  "                  {\"id\": \"registry\", \"position\": 1, \"name\": \"Registry\"}],"
  " \"prerequisites\": [{\"id\": 1, \"capability\": \"registry\", \"stage\": 2,"
  "                    \"requires\": \"data\", \"requires_stage\": 2}],"
  " \"gaps\": [{\"id\": 1, \"title\": \"No catalog\", \"capability\": \"data\","
  "           \"kind\": \"process\", \"severity\": 4},"
  "          {\"id\": 2, \"title\": \"No registry\", \"capability\": \"registry\"}],"
  " \"use_cases\": [{\"id\": 1, \"title\": \"Churn\", \"impact\": 3, \"readiness\": 2}],"
  " \"metrics\": [{\"id\": 1, \"use_case\": 1, \"name\": \"Churn rate\","
  "              \"kind\": \"business-kpi\", \"baseline\": 0.12, \"target\": 0.1}],"
  " \"options\": [{\"id\": 1, \"capability\": \"registry\", \"kind\": \"packaged\","
  "              \"name\": \"Managed\", \"chosen\": true}],"
  " \"cost_lines\": [{\"id\": 1, \"option\": 1, \"category\": \"licence\", \"amount\": 120000,"
  "                 \"recurrence\": \"yearly\", \"years\": 2},"
  "                {\"id\": 2, \"option\": 1, \"category\": \"build\","
  "                 \"person_months\": 4.5}],"
  " \"roadmap\": [{\"id\": 1, \"title\": \"Catalog data\", \"capability\": \"data\","
  "              \"from_stage\": 1, \"target_stage\": 2, \"start_quarter\": \"2027-Q1\","
  "              \"gaps\": [1]},"
  "             {\"id\": 2, \"title\": \"Registry\", \"capability\": \"registry\","
  "              \"from_stage\": 1, \"target_stage\": 2, \"start_quarter\": \"2027-Q2\","
  "              \"gaps\": [2], \"use_cases\": [1], \"depends_on\": [1]}],"
  " \"assessments\": [{\"id\": 1, \"quarter\": \"2026-Q4\", \"date\": \"2026-12-01\"}],"
  " \"scores\": [{\"id\": 1, \"assessment\": 1, \"capability\": \"data\", \"stage\": 1},"
  "            {\"id\": 2, \"assessment\": 1, \"capability\": \"registry\", \"stage\": 0}],"
  " \"data_sources\": [{\"id\": 1, \"name\": \"Orders\", \"availability\": \"partial\","
  "                   \"use_cases\": [1]}],"
  " \"glossary\": [{\"id\": 1, \"term\": \"Drift\", \"definition\": \"Inputs change.\","
  "               \"audience\": \"business\"}],"
  " \"roles\": [{\"id\": 1, \"name\": \"Data scientist\"}],"
  " \"skills\": [{\"id\": 1, \"name\": \"Pipelines\"}, {\"id\": 2, \"name\": \"SQL\"}],"
  " \"role_skills\": [{\"id\": 1, \"role\": 1, \"skill\": 1, \"current\": 1, \"needed\": 3},"
  "                  {\"id\": 2, \"role\": 1, \"skill\": 2, \"current\": 3, \"needed\": 3}],"
  " \"criteria\": [{\"id\": \"tco\", \"name\": \"Cost\", \"weight\": 20, \"derived\": true}],"
  " \"option_scores\": [{\"id\": 1, \"option\": 1, \"criterion\": \"tco\", \"score\": 4}],"
  " \"baseline_items\": [{\"id\": 1, \"assessment\": 1, \"item\": 1, \"title\": \"Catalog\","
  "                     \"capability\": \"data\", \"start_quarter\": \"2027-Q1\"}]}";

typedef struct
{
  const char *name;
  const char *find; /* NULL: replace the whole document */
  const char *replace;
  int         code;
  const char *message; /* must appear in the error */
} Malformed;

static const Malformed malformed[] = {
  { "truncated", "\"start_quarter\": \"2027-Q1\"}]}", "\"start_quarter\": \"2027-Q1\"}",
    FH_STORE_ERROR_FORMAT, "not valid JSON" },
  { "trailing-comma", "\"severity\": 4}", "\"severity\": 4,}", FH_STORE_ERROR_FORMAT,
    "not valid JSON" },
  { "root-array", NULL, "[1, 2]", FH_STORE_ERROR_FORMAT, "does not hold a JSON object" },
  { "empty", NULL, "", FH_STORE_ERROR_FORMAT, "not a Foothold plan export" },
  { "format-name", "\"foothold-plan\"", "\"other-plan\"", FH_STORE_ERROR_FORMAT,
    "format: expected" },
  { "format-missing", "\"format\": \"foothold-plan\", ", "", FH_STORE_ERROR_FORMAT,
    "format: missing" },
  { "newer-version", "\"version\": 1", "\"version\": 2", FH_STORE_ERROR_NEWER_VERSION,
    "newer version of Foothold" },
  { "version-text", "\"version\": 1", "\"version\": \"1\"", FH_STORE_ERROR_FORMAT,
    "version: expected a whole number" },
  { "capabilities-missing", "\"capabilities\"", "\"capabilities_old\"", FH_STORE_ERROR_FORMAT,
    "capabilities_old: unknown field" },
  { "unknown-top-level", "\"version\": 1,", "\"version\": 1, \"extras\": [],",
    FH_STORE_ERROR_FORMAT, "extras: unknown field" },
  { "link-table-top-level", "\"version\": 1,", "\"version\": 1, \"item_gaps\": [],",
    FH_STORE_ERROR_FORMAT, "item_gaps: unknown field" },
  { "years-range", "\"years\": 2", "\"years\": 11", FH_STORE_ERROR_FORMAT,
    "cost_lines[0].years: 11 is out of range" },
  { "person-months-negative", "\"person_months\": 4.5", "\"person_months\": -1",
    FH_STORE_ERROR_FORMAT, "cost_lines[1].person_months" },
  /* The decision weights all 0: refused with the Options page's own sentence. */
  { "weights-zero", "\"weight\": 20", "\"weight\": 0", FH_STORE_ERROR_FORMAT,
    "criteria: The weights add up to 0: at least one criterion must count." },
  { "unknown-field", "\"severity\": 4", "\"severity\": 4, \"colour\": \"red\"",
    FH_STORE_ERROR_FORMAT, "gaps[0].colour: unknown field" },
  { "int-as-text", "\"severity\": 4", "\"severity\": \"high\"", FH_STORE_ERROR_FORMAT,
    "gaps[0].severity: expected a whole number, found text" },
  { "severity-range", "\"severity\": 4", "\"severity\": 9", FH_STORE_ERROR_FORMAT,
    "gaps[0].severity: 9 is out of range (1–5)" },
  { "unknown-enum", "\"kind\": \"process\"", "\"kind\": \"magic\"", FH_STORE_ERROR_FORMAT,
    "gaps[0].kind: “magic” is not one of: process, people" },
  { "stage-range", "\"target_stage\": 2, \"start_quarter\": \"2027-Q2\"",
    "\"target_stage\": 7, \"start_quarter\": \"2027-Q2\"", FH_STORE_ERROR_FORMAT,
    "roadmap[1].target_stage: 7 is out of range (0–4)" },
  { "bad-quarter", "\"2027-Q2\"", "\"2027-Q5\"", FH_STORE_ERROR_FORMAT,
    "roadmap[1].start_quarter: “2027-Q5” is not a quarter" },
  { "quarter-year", "\"2026-Q4\"", "\"1999-Q4\"", FH_STORE_ERROR_FORMAT, "assessments[0].quarter" },
  { "title-missing", "\"title\": \"No registry\", ", "", FH_STORE_ERROR_FORMAT,
    "gaps[1].title: missing" },
  { "title-blank", "\"title\": \"No registry\"", "\"title\": \"   \"", FH_STORE_ERROR_FORMAT,
    "gaps[1].title: It cannot be empty" },
  { "id-missing", "{\"id\": 2, \"title\": \"No registry\"", "{\"title\": \"No registry\"",
    FH_STORE_ERROR_FORMAT, "gaps[1].id: missing" },
  { "id-zero", "{\"id\": 2, \"title\": \"No registry\"", "{\"id\": 0, \"title\": \"No registry\"",
    FH_STORE_ERROR_FORMAT, "gaps[1].id" },
  { "id-duplicate", "{\"id\": 2, \"title\": \"No registry\"",
    "{\"id\": 1, \"title\": \"No registry\"", FH_STORE_ERROR_FORMAT,
    "gaps[1].id: 1 is used twice (also by gaps[0])" },
  { "dangling-capability", "\"capability\": \"registry\"}]", "\"capability\": \"nowhere\"}]",
    FH_STORE_ERROR_FORMAT, "gaps[1].capability: nowhere is not in the plan’s capabilities" },
  { "dangling-link", "\"gaps\": [2]", "\"gaps\": [99]", FH_STORE_ERROR_FORMAT,
    "roadmap[1].gaps[0]: 99 is not in the plan’s gaps" },
  { "duplicate-link", "\"gaps\": [2]", "\"gaps\": [2, 2]", FH_STORE_ERROR_FORMAT,
    "roadmap[1].gaps[1]: 2 is listed twice" },
  /* Found by the scan before json-glib parses: located by path and line:column. */
  { "uint64", "\"severity\": 4", "\"severity\": 18446744073709551615", FH_STORE_ERROR_FORMAT,
    "gaps[0].severity (line 1, column 536): 18446744073709551615 is out of range" },
  { "two-to-the-64", "\"severity\": 4", "\"severity\": 18446744073709551616", FH_STORE_ERROR_FORMAT,
    "18446744073709551616 is out of range" },
  { "huge-negative", "\"severity\": 4", "\"severity\": -99999999999999999999",
    FH_STORE_ERROR_FORMAT, "gaps[0].severity (line 1, column 536): -99999999999999999999 is out" },
  { "int64-field-range", "\"severity\": 4", "\"severity\": 9223372036854775807",
    FH_STORE_ERROR_FORMAT, "gaps[0].severity: 9223372036854775807 is out of range." },
  { "hex", "\"severity\": 4", "\"severity\": 0x10", FH_STORE_ERROR_FORMAT,
    "gaps[0].severity (line 1, column 536): “0x10” is not a number as JSON writes it" },
  { "leading-zero", "\"severity\": 4", "\"severity\": 04", FH_STORE_ERROR_FORMAT,
    "“04” is not a number as JSON writes it" },
  { "plus-sign", "\"severity\": 4", "\"severity\": +4", FH_STORE_ERROR_FORMAT,
    "“+” is not allowed here" },
  { "huge-double", "\"baseline\": 0.12", "\"baseline\": 1e400", FH_STORE_ERROR_FORMAT,
    "metrics[0].baseline (line 1, column 792): 1e400 is too large" },
  { "nul-in-text", "\"No catalog\"", "\"No\\u0000catalog\"", FH_STORE_ERROR_FORMAT,
    "gaps[0].title (line 1, column 462): \\u0000 (a NUL character) is not allowed" },
  { "lone-surrogate", "\"No catalog\"", "\"No\\ud800catalog\"", FH_STORE_ERROR_FORMAT,
    "gaps[0].title (line 1, column 462): \\ud800 is half of a character pair" },
  { "control-in-text", "\"No catalog\"", "\"No\tcatalog\"", FH_STORE_ERROR_FORMAT,
    "gaps[0].title (line 1, column 462): a control character inside text" },
  { "duplicate-key", "\"severity\": 4", "\"severity\": 4, \"severity\": 5", FH_STORE_ERROR_FORMAT,
    "gaps[0].severity (line 1, column 539): this key appears twice in the same object" },
  { "duplicate-key-escaped", "\"severity\": 4", "\"severity\": 4, \"sev\\u0065rity\": 5",
    FH_STORE_ERROR_FORMAT, "gaps[0].severity (line 1, column 539): this key appears twice" },
  { "invalid-utf8", "\"No catalog\"", "\"No \xff catalog\"", FH_STORE_ERROR_FORMAT,
    "gaps[0].title (line 1, column 463): the text is not valid UTF-8" },
  { "overlong-utf8", "\"No catalog\"", "\"No \xc0\xaf catalog\"", FH_STORE_ERROR_FORMAT,
    "(line 1, column 463): the text is not valid UTF-8" },
  { "utf8-outside-text", "\"severity\": 4", "\"severity\": \xc3\xa9", FH_STORE_ERROR_FORMAT,
    "gaps[0].severity (line 1, column 536): the document is not valid JSON" },
  { "line-column", "\"severity\": 4", "\n\n  \"severity\": \"\xc3\xa9\xc3\xa9\", \"v\": 01",
    FH_STORE_ERROR_FORMAT, "gaps[0].v (line 3, column 26): “01”" },
  { "comment", "\"severity\": 4", "\"severity\": 4 /* four */", FH_STORE_ERROR_FORMAT,
    "gaps[0].severity (line 1, column 538): the document is not valid JSON: “/”" },
  { "single-quotes", "\"severity\": 4", "'severity': 4", FH_STORE_ERROR_FORMAT,
    "not valid JSON: “'” is not allowed here" },
  { "trailing-text", NULL, "{} {}", FH_STORE_ERROR_FORMAT,
    "Line 1, column 4: the document is not valid JSON: more text follows its end" },
  { "self-dependency", "\"depends_on\": [1]", "\"depends_on\": [2]", FH_STORE_ERROR_FORMAT,
    "roadmap[1].depends_on[0]: an item cannot depend on itself" },
  { "links-not-list", "\"gaps\": [1]", "\"gaps\": 1", FH_STORE_ERROR_FORMAT,
    "roadmap[0].gaps: expected a list" },
  { "negative-amount", "\"amount\": 120000", "\"amount\": -5", FH_STORE_ERROR_FORMAT,
    "cost_lines[0].amount: -5 is out of range" },
  { "absurd-amount", "\"amount\": 120000", "\"amount\": 10000000000000", FH_STORE_ERROR_FORMAT,
    "cost_lines[0].amount" },
  { "fractional-amount", "\"amount\": 120000", "\"amount\": 1200.5", FH_STORE_ERROR_FORMAT,
    "cost_lines[0].amount: expected a whole number" },
  { "bool-as-number", "\"core\": true", "\"core\": 1", FH_STORE_ERROR_FORMAT,
    "capabilities[0].core: expected true or false" },
  { "record-not-object", "\"assessments\": [", "\"assessments\": [3, ", FH_STORE_ERROR_FORMAT,
    "assessments[0]: expected an object, found a number" },
  { "duplicate-quarter", "\"date\": \"2026-12-01\"}",
    "\"date\": \"2026-12-01\"}, {\"id\": 2, \"quarter\": \"2026-Q4\"}", FH_STORE_ERROR_FORMAT,
    "assessments[1].quarter: there is another assessment for this quarter" },
  { "duplicate-score", "\"capability\": \"registry\", \"stage\": 0",
    "\"capability\": \"data\", \"stage\": 0", FH_STORE_ERROR_FORMAT, "scores[1].capability" },
  { "two-chosen", "\"chosen\": true}",
    "\"chosen\": true}, {\"id\": 2, \"capability\": \"registry\", \"name\": \"Own\", \"chosen\": "
    "true}",
    FH_STORE_ERROR_FORMAT, "options[1].chosen" },
  { "bad-currency", "\"currency\": \"EUR\"", "\"currency\": \"euro\"", FH_STORE_ERROR_FORMAT,
    "plan.currency" },
  { "horizon-range", "\"horizon_years\": 3", "\"horizon_years\": 11", FH_STORE_ERROR_FORMAT,
    "plan.horizon_years: 11 is out of range (1–10)" },
  { "dangling-use-case", "\"use_case\": 1", "\"use_case\": 5", FH_STORE_ERROR_FORMAT,
    "metrics[0].use_case: 5 is not in the plan’s use_cases" },
  { "bad-date", "\"2026-12-01\"", "\"2026-13-01\"", FH_STORE_ERROR_FORMAT, "assessments[0].date" },
  { "plan-not-object",
    "\"plan\": {\"name\": \"Test plan\", \"currency\": \"EUR\", \"horizon_years\": 3,            "
    "\"start_quarter\": \"2027-Q1\"}",
    "\"plan\": []", FH_STORE_ERROR_FORMAT, "plan: expected an object, found a list" },
  { "bad-slug", "\"id\": \"data\", \"position\"", "\"id\": \"Data Team\", \"position\"",
    FH_STORE_ERROR_FORMAT, "capabilities[0].id" },
  { "duplicate-role-skill", "\"skill\": 2,", "\"skill\": 1,", FH_STORE_ERROR_FORMAT,
    "role_skills[1].skill: this role has another level" },
  { "dangling-source-link", "\"use_cases\": [1]}],", "\"use_cases\": [4]}],", FH_STORE_ERROR_FORMAT,
    "data_sources[0].use_cases[0]: 4 is not in the plan’s use_cases" },
  { "dangling-criterion", "\"criterion\": \"tco\"", "\"criterion\": \"speed\"",
    FH_STORE_ERROR_FORMAT, "option_scores[0].criterion: speed is not in the plan’s criteria" },
  { "unknown-audience", "\"audience\": \"business\"", "\"audience\": \"board\"",
    FH_STORE_ERROR_FORMAT, "glossary[0].audience: “board” is not one of" },
  { "level-range", "\"needed\": 3},", "\"needed\": 5},", FH_STORE_ERROR_FORMAT,
    "role_skills[0].needed: 5 is out of range (0–4)" },
  { "baseline-quarter-missing", ", \"start_quarter\": \"2027-Q1\"}]}", "}]}", FH_STORE_ERROR_FORMAT,
    "baseline_items[0].start_quarter: missing" },
};

static char *
apply_case (const Malformed *m)
{
  const char *at;

  if (m->find == NULL)
    return g_strdup (m->replace);

  at = strstr (base, m->find);
  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int)(at - base), base, m->replace, at + strlen (m->find));
}

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static void
assert_refused (FhStore *store, GBytes *json, int code, const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = fh_store_export_json (store, NULL);
  g_autoptr (GBytes) after = NULL;
  gboolean could_undo = fh_store_can_undo (store);

  g_assert_false (fh_store_import_json (store, json, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (error->domain, ==, FH_STORE_ERROR);
  g_assert_cmpint (error->code, ==, code);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, message);

  /* The target plan is unchanged, and no undo step appeared. */
  after = fh_store_export_json (store, NULL);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_true (fh_store_can_undo (store) == could_undo);
}

static void
test_base_is_valid (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) json = bytes_of (base);
  g_autoptr (FhStore) store = fh_store_new_from_json (NULL, json, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_ITEM_GAPS)),
                    ==, 2);
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_ITEM_DEPENDENCIES)), ==, 1);
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_SOURCE_USE_CASES)), ==, 1);
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_ROLE_SKILLS)), ==, 2);
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_BASELINE_ITEMS)), ==, 1);
  g_assert_cmpstr (fh_plan_info_get_name (fh_store_get_info (store)), ==, "Test plan");
  g_assert_cmpint (fh_plan_info_get_start_quarter (fh_store_get_info (store)), ==,
                   fh_quarter_make (2027, 1));
  g_assert_false (fh_store_can_undo (store)); /* creating a plan is not an undo step */
}

static void
test_malformed (gconstpointer data)
{
  const Malformed *m = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autofree char *text = apply_case (m);
  g_autoptr (GBytes) json = bytes_of (text);

  g_assert_no_error (error);
  assert_refused (store, json, m->code, m->message);
}

static void
test_oversize (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autofree char *long_title = g_strnfill (600, 'a');
  g_autofree char *huge_title = g_strnfill (10 * 1024 * 1024, 'b');
  Malformed        m = { "long", "\"title\": \"No catalog\"", NULL, 0, NULL };
  g_autofree char *find_long = g_strdup_printf ("\"title\": \"%s\"", long_title);
  g_autofree char *find_huge = g_strdup_printf ("\"title\": \"%s\"", huge_title);
  g_autofree char *text_long = NULL;
  g_autofree char *text_huge = NULL;
  g_autoptr (GBytes) json_long = NULL;
  g_autoptr (GBytes) json_huge = NULL;

  m.replace = find_long;
  text_long = apply_case (&m);
  json_long = bytes_of (text_long);
  assert_refused (store, json_long, FH_STORE_ERROR_FORMAT,
                  "gaps[0].title: It is 600 characters long; at most 500 are allowed.");

  m.replace = find_huge;
  text_huge = apply_case (&m);
  json_huge = bytes_of (text_huge);
  assert_refused (store, json_huge, FH_STORE_ERROR_FORMAT, "gaps[0].title: It is 10485760");
}

static void
test_round_trip (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) demo = fh_store_new_demo (NULL, &error);
  g_autoptr (GBytes) first = fh_store_export_json (demo, &error);
  g_autoptr (FhStore) copy = NULL;
  g_autoptr (GBytes) second = NULL;
  g_autoptr (FhStore) other = NULL;
  g_autoptr (GBytes) third = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (demo, FH_COLLECTION_GAPS)), >=,
                    20);

  copy = fh_store_new_from_json (NULL, first, &error);
  g_assert_no_error (error);
  second = fh_store_export_json (copy, &error);
  g_assert_true (g_bytes_equal (first, second));

  /* Importing into an existing plan replaces it whole, ids included. */
  other = fh_store_new_plan (NULL, &error);
  g_assert_true (fh_store_import_json (other, first, &error));
  g_assert_no_error (error);
  third = fh_store_export_json (other, &error);
  g_assert_true (g_bytes_equal (first, third));

  text = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  g_assert_true (
    g_str_has_prefix (text, "{\n  \"format\" : \"foothold-plan\",\n  \"version\" : 1,"));
  g_assert_true (g_str_has_suffix (text, "}\n"));
}

static void
test_round_trip_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.foothold", NULL);
  g_autofree char *json_path = g_build_filename (dir, "demo.json", NULL);
  g_autoptr (FhStore) demo = fh_store_new_demo (path, &error);
  g_autoptr (GBytes) first = fh_store_export_json (demo, NULL);
  g_autoptr (GBytes) second = NULL;
  g_autoptr (GBytes) third = NULL;
  g_autoptr (FhStore) from_json = NULL;

  g_assert_no_error (error);
  g_clear_object (&demo);

  demo = fh_store_open (path, &error);
  g_assert_no_error (error);
  second = fh_store_export_json (demo, NULL);
  g_assert_true (g_bytes_equal (first, second));

  /* The command-line tools read a JSON export wherever they read a plan. */
  g_assert_true (g_file_set_contents (json_path, g_bytes_get_data (first, NULL),
                                      g_bytes_get_size (first), NULL));
  from_json = fh_store_open_any (json_path, &error);
  g_assert_no_error (error);
  g_assert_null (fh_store_get_path (from_json));
  third = fh_store_export_json (from_json, NULL);
  g_assert_true (g_bytes_equal (first, third));

  g_clear_object (&demo);
  fh_test_remove_dir (dir);
}

static void
test_values (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) json = bytes_of (base);
  g_autoptr (FhStore) store = fh_store_new_from_json (NULL, json, &error);
  g_autoptr (GBytes) out = NULL;
  g_autofree char *text = NULL;
  FhMetric        *metric = fh_store_lookup (store, FH_COLLECTION_METRICS, 1);
  FhGap           *gap = fh_store_lookup (store, FH_COLLECTION_GAPS, 2);

  g_assert_no_error (error);
  g_assert_cmpfloat (fh_metric_get_baseline (metric), ==, 0.12);
  g_assert_cmpint (fh_gap_get_severity (gap), ==, 3); /* missing fields take defaults */
  g_assert_cmpint (fh_gap_get_status (gap), ==, FH_GAP_STATUS_OPEN);

  out = fh_store_export_json (store, NULL);
  text = g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
  g_assert_nonnull (strstr (text, "\"start_quarter\" : \"2027-Q2\""));
  g_assert_nonnull (strstr (text, "\"kind\" : \"business-kpi\""));
  g_assert_nonnull (strstr (text, "\"depends_on\" : [\n        1\n      ]"));
  g_assert_nonnull (strstr (text, "\"amount\" : 120000"));
}

static char *
replace_once (const char *text, const char *old, const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int)(at - text), text, new, at + strlen (old));
}

/* Models, pipelines, the go-live quarter and a metric's value survive a round trip,
 * and bad values in them are refused with the field named. */
static void
test_use_case_needs (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) demo = fh_store_new_demo (NULL, &error);
  g_autoptr (GBytes) out = NULL;
  g_autoptr (FhStore) again = NULL;
  g_autofree char *text = NULL;
  FhModel         *model;
  FhPipeline      *pipeline;
  FhUseCase       *use_case;
  FhMetric        *metric;
  const struct
  {
    const char *old, *new, *message;
  } bad[] = {
    { "\"serving\" : \"online\"", "\"serving\" : \"satellite\"",
      "models[0].serving: “satellite” is not one of" },
    { "\"retraining\" : \"schedule\"", "\"retraining\" : \"continuous\"",
      "models[0].retraining: “continuous” is not one of" },
    { "\"kind\" : \"data\"", "\"kind\" : \"magic\"", "pipelines[0].kind" },
    { "\"value_per_unit\" : 4000000", "\"value_per_unit\" : -5", "metrics[0].value_per_unit" },
    { "\"go_live_quarter\" : \"2028-Q1\"", "\"go_live_quarter\" : \"2028-Q5\"",
      "use_cases[1].go_live_quarter" },
    { "\"use_case\" : 1,\n      \"name\" : \"Parcel",
      "\"use_case\" : 99,\n      \"name\" : \"Parcel", "models[0].use_case" },
  };

  g_assert_no_error (error);
  out = fh_store_export_json (demo, NULL);
  text = g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
  g_assert_nonnull (strstr (text, "\"serving\" : \"online\""));
  g_assert_nonnull (strstr (text, "\"go_live_quarter\" : \"2028-Q1\""));
  g_assert_nonnull (strstr (text, "\"value_confidence\" : \"low\""));

  again = fh_store_new_from_json (NULL, out, &error);
  g_assert_no_error (error);
  model = fh_store_lookup (again, FH_COLLECTION_MODELS, 1);
  g_assert_cmpint (fh_model_get_serving (model), ==, FH_SERVING_MODE_ONLINE);
  g_assert_cmpint (fh_model_get_retraining (model), ==, FH_RETRAINING_SCHEDULE);
  g_assert_cmpstr (fh_model_get_alerted (model), ==,
                   "Tomasz Wren, on call for the tracking service");
  model = fh_store_lookup (again, FH_COLLECTION_MODELS, 2);
  g_assert_cmpint (fh_model_get_retraining (model), ==, FH_RETRAINING_BY_HAND);
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (again, FH_COLLECTION_PIPELINES)),
                    ==, 7);
  pipeline = fh_store_lookup (again, FH_COLLECTION_PIPELINES, 7);
  g_assert_cmpint (fh_pipeline_get_kind (pipeline), ==, FH_PIPELINE_KIND_INFERENCE);
  g_assert_cmpint (fh_pipeline_get_use_case (pipeline), ==, 2);
  use_case = fh_store_lookup (again, FH_COLLECTION_USE_CASES, 2);
  g_assert_cmpint (fh_use_case_get_go_live_quarter (use_case), ==, fh_quarter_make (2028, 1));
  use_case = fh_store_lookup (again, FH_COLLECTION_USE_CASES, 1);
  g_assert_cmpint (fh_use_case_get_go_live_quarter (use_case), ==, 0);
  metric = fh_store_lookup (again, FH_COLLECTION_METRICS, 4);
  g_assert_cmpint (fh_metric_get_value_per_unit (metric), ==, 150000);
  g_assert_cmpint (fh_metric_get_value_confidence (metric), ==, FH_CONFIDENCE_LOW);

  /* A shared option travels with the plan; a share of a capability the plan lacks is
   * refused. */
  {
    g_autoptr (FhOptionShare) share = fh_option_share_new (1, "registry");
    g_autoptr (GBytes) shared = NULL;
    g_autoptr (FhStore) third = NULL;
    g_autofree char *shared_text = NULL;
    g_autofree char *broken = NULL;
    g_autoptr (GBytes) broken_json = NULL;

    g_assert_true (fh_store_add (again, share, &error));
    g_assert_no_error (error);
    shared = fh_store_export_json (again, NULL);
    shared_text = g_strndup (g_bytes_get_data (shared, NULL), g_bytes_get_size (shared));
    g_assert_nonnull (strstr (shared_text, "\"option_shares\" : [\n    {\n      \"id\" : 1,\n      "
                                           "\"option\" : 1,\n      \"capability\" : \"registry\""));
    third = fh_store_new_from_json (NULL, shared, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (
      fh_option_share_get_capability (fh_store_lookup (third, FH_COLLECTION_OPTION_SHARES, 1)), ==,
      "registry");
    broken = replace_once (shared_text, "\"capability\" : \"registry\"\n    }",
                           "\"capability\" : \"teleport\"\n    }");
    broken_json = bytes_of (broken);
    g_clear_object (&third);
    third = fh_store_new_from_json (NULL, broken_json, &error);
    g_assert_null (third);
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "option_shares[0].capability"));
    g_clear_error (&error);
  }

  /* Deleting a use case takes its models and pipelines with it. */
  g_assert_true (
    fh_store_remove (again, fh_store_lookup (again, FH_COLLECTION_USE_CASES, 1), &error));
  g_assert_no_error (error);
  g_assert_null (fh_store_lookup (again, FH_COLLECTION_MODELS, 1));
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (again, FH_COLLECTION_PIPELINES)),
                    ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *broken = replace_once (text, bad[i].old, bad[i].new);
      g_autoptr (GBytes) json = bytes_of (broken);
      g_autoptr (GBytes) before = fh_store_export_json (demo, NULL);
      g_autoptr (GBytes) after = NULL;
      g_autoptr (GError) refused = NULL;

      g_test_message ("%s", bad[i].new);
      g_assert_false (fh_store_import_json (demo, json, &refused));
      g_assert_nonnull (refused);
      if (strstr (refused->message, bad[i].message) == NULL)
        g_error ("“%s” does not say “%s”", refused->message, bad[i].message);
      after = fh_store_export_json (demo, NULL);
      g_assert_true (g_bytes_equal (before, after));
    }
}

static void
test_import_undo (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autoptr (GBytes) before = fh_store_export_json (store, NULL);
  g_autoptr (GBytes) json = bytes_of (base);
  g_autoptr (GBytes) imported = NULL;
  g_autoptr (GBytes) undone = NULL;
  g_autoptr (GBytes) redone = NULL;

  g_assert_true (fh_store_import_json (store, json, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_GAPS)), ==,
                    2);
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Import plan");
  imported = fh_store_export_json (store, NULL);

  g_assert_true (fh_store_undo (store, &error));
  undone = fh_store_export_json (store, NULL);
  g_assert_true (g_bytes_equal (before, undone));

  g_assert_true (fh_store_redo (store, &error));
  redone = fh_store_export_json (store, NULL);
  g_assert_true (g_bytes_equal (imported, redone));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/foothold/json/base-is-valid", test_base_is_valid);
  g_test_add_func ("/foothold/json/round-trip", test_round_trip);
  g_test_add_func ("/foothold/json/round-trip-file", test_round_trip_file);
  g_test_add_func ("/foothold/json/values", test_values);
  g_test_add_func ("/foothold/json/import-undo", test_import_undo);
  g_test_add_func ("/foothold/json/use-case-needs", test_use_case_needs);
  g_test_add_func ("/foothold/json/oversize", test_oversize);

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_strdup_printf ("/foothold/json/malformed/%s", malformed[i].name);

      g_test_add_data_func (path, &malformed[i], test_malformed);
    }

  return g_test_run ();
}
