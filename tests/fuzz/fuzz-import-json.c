/* fuzz-import-json.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Imports any bytes as JSON into a plan file holding a small plan. Beyond "no
 * crash", it asserts what the README promises:
 * - a refused document changes nothing: the plan shows the same data, and after
 *   closing, every file in the plan's folder (plan, -wal, -shm, -journal) has the
 *   bytes it had before the plan was opened;
 * - an accepted document is one undo step, is on disk when the plan is closed, and
 *   round-trips: export → import → export gives the same bytes.
 */

#include "config.h"

#include "fh-fuzz.h"
#include "fh-store.h"

/* The plan every input is imported into: small, so that each run is quick, and
 * with a record in every collection, so that a refusal has something to break. */
static const char template_json[] =
  "{\"format\": \"foothold-plan\", \"version\": 1, \"plan\": {\"name\": \"Test plan\", "
  "\"currency\": "
  "\"EUR\", \"horizon_years\": 3, \"start_quarter\": \"2027-Q1\"}, \"capabilities\": [{\"id\": "
  "\"data\", "
  "\"position\": 0, \"name\": \"Data\", \"core\": true}, {\"id\": \"registry\", \"position\": 1, "
  "\"name\": "
  "\"Registry\"}], \"prerequisites\": [{\"id\": 1, \"capability\": \"registry\", \"stage\": 2, "
  "\"requires\": \"data\", \"requires_stage\": 2}], \"gaps\": [{\"id\": 1, \"title\": \"No "
  "catalog\", "
  "\"capability\": \"data\", \"kind\": \"process\", \"severity\": 4}, {\"id\": 2, \"title\": \"No "
  "registry\", \"capability\": \"registry\"}], \"use_cases\": [{\"id\": 1, \"title\": \"Churn\", "
  "\"impact\": 3, \"readiness\": 2}], \"metrics\": [{\"id\": 1, \"use_case\": 1, \"name\": \"Churn "
  "rate\", \"kind\": \"business-kpi\", \"baseline\": 0.12, \"target\": 0.1}], \"options\": "
  "[{\"id\": 1, "
  "\"capability\": \"registry\", \"kind\": \"packaged\", \"name\": \"Managed\", \"chosen\": "
  "true}], "
  "\"cost_lines\": [{\"id\": 1, \"option\": 1, \"category\": \"licence\", \"amount\": 120000, "
  "\"recurrence\": \"yearly\"}], \"roadmap\": [{\"id\": 1, \"title\": \"Catalog data\", "
  "\"capability\": "
  "\"data\", \"from_stage\": 1, \"target_stage\": 2, \"start_quarter\": \"2027-Q1\", \"gaps\": "
  "[1]}, "
  "{\"id\": 2, \"title\": \"Registry\", \"capability\": \"registry\", \"from_stage\": 1, "
  "\"target_stage\": 2, \"start_quarter\": \"2027-Q2\", \"gaps\": [2], \"use_cases\": [1], "
  "\"depends_on\": [1]}], \"assessments\": [{\"id\": 1, \"quarter\": \"2026-Q4\", \"date\": "
  "\"2026-12-01\"}], \"scores\": [{\"id\": 1, \"assessment\": 1, \"capability\": \"data\", "
  "\"stage\": 1}, "
  "{\"id\": 2, \"assessment\": 1, \"capability\": \"registry\", \"stage\": 0}], \"data_sources\": "
  "[{\"id\": 1, \"name\": \"Orders\", \"availability\": \"partial\", \"use_cases\": [1]}], "
  "\"glossary\": "
  "[{\"id\": 1, \"term\": \"Drift\", \"definition\": \"Inputs change.\", \"audience\": "
  "\"business\"}], "
  "\"roles\": [{\"id\": 1, \"name\": \"Data scientist\"}], \"skills\": [{\"id\": 1, \"name\": "
  "\"Pipelines\"}, {\"id\": 2, \"name\": \"SQL\"}], \"role_skills\": [{\"id\": 1, \"role\": 1, "
  "\"skill\": "
  "1, \"current\": 1, \"needed\": 3}, {\"id\": 2, \"role\": 1, \"skill\": 2, \"current\": 3, "
  "\"needed\": "
  "3}], \"criteria\": [{\"id\": \"tco\", \"name\": \"Cost\", \"weight\": 20, \"derived\": true}], "
  "\"option_scores\": [{\"id\": 1, \"option\": 1, \"criterion\": \"tco\", \"score\": 4}], "
  "\"baseline_items\": [{\"id\": 1, \"assessment\": 1, \"item\": 1, \"title\": \"Catalog\", "
  "\"capability\": \"data\", \"start_quarter\": \"2027-Q1\"}]}";

static GBytes *template_plan;   /* that plan's file, closed */
static GBytes *template_export; /* its JSON export */

static FhStore *
open_plan (const char *path)
{
  g_autoptr (GError) error = NULL;
  FhStore *store = fh_store_open (path, &error);

  if (store == NULL)
    fh_fuzz_fail ("the plan does not open: %s", error->message);
  return store;
}

static GBytes *export(FhStore *store, const char *what)
{
  g_autoptr (GError) error = NULL;
  GBytes *json = fh_store_export_json (store, &error);

  if (json == NULL)
    fh_fuzz_fail ("%s: the export is refused: %s", what, error->message);
  return json;
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_autofree char *path = fh_fuzz_path ("template.foothold");
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GBytes) json = NULL;
  char *contents = NULL;
  gsize length = 0;

  fh_fuzz_setup_logging ();

  json = g_bytes_new_static (template_json, sizeof template_json - 1);
  store = fh_store_new_from_json (path, json, &error);
  if (store == NULL)
    fh_fuzz_fail ("the template plan cannot be made: %s", error->message);
  g_clear_object (&store);

  /* Opened and closed once more, so that the template is what a closed plan
   * looks like after an open that changed nothing. */
  store = open_plan (path);
  template_export = export(store, "template");
  g_clear_object (&store);

  if (!g_file_get_contents (path, &contents, &length, &error))
    fh_fuzz_fail ("cannot read the template: %s", error->message);
  template_plan = g_bytes_new_take (contents, length);
  fh_fuzz_clear_dir ();
  return 0;
}

static void
check_accepted (FhStore *store, const char *path)
{
  g_autoptr (GBytes) first = export(store, "after the import");
  g_autoptr (GBytes) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) copy = NULL;

  /* One undo step, both ways. */
  if (!fh_store_undo (store, &error))
    fh_fuzz_fail ("the import cannot be undone: %s", error->message);
  again = export(store, "after undo");
  fh_fuzz_expect_same ("undoing the import", template_export, again);
  g_clear_pointer (&again, g_bytes_unref);
  if (!fh_store_redo (store, &error))
    fh_fuzz_fail ("the import cannot be redone: %s", error->message);
  again = export(store, "after redo");
  fh_fuzz_expect_same ("redoing the import", first, again);
  g_clear_pointer (&again, g_bytes_unref);

  /* On disk once closed. */
  g_object_unref (store);
  store = open_plan (path);
  again = export(store, "after reopening");
  fh_fuzz_expect_same ("reopening the imported plan", first, again);
  g_clear_pointer (&again, g_bytes_unref);
  g_object_unref (store);

  /* Its own export imports again, to the same bytes. */
  copy = fh_store_new_from_json (NULL, first, &error);
  if (copy == NULL)
    fh_fuzz_fail ("the export of an imported plan is refused: %s", error->message);
  again = export(copy, "the re-imported export");
  fh_fuzz_expect_same ("export → import → export", first, again);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *path = fh_fuzz_path ("plan" FH_PLAN_EXTENSION);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GBytes) input = g_bytes_new (data, size);
  g_autoptr (GBytes) unchanged = NULL;
  g_autoptr (GError) error = NULL;
  FhStore *store;

  fh_fuzz_clear_dir ();
  if (!fh_fuzz_write (path, g_bytes_get_data (template_plan, NULL),
                      g_bytes_get_size (template_plan)))
    fh_fuzz_fail ("cannot write %s", path);
  before = fh_fuzz_hash_dir ();

  store = open_plan (path);
  if (fh_store_import_json (store, input, &error))
    {
      if (error != NULL)
        fh_fuzz_fail ("an accepted import also set an error: %s", error->message);
      fh_fuzz_note ("imported");
      check_accepted (store, path);
      return 0;
    }

  if (error == NULL || error->domain != FH_STORE_ERROR || error->message[0] == '\0')
    fh_fuzz_fail ("a refused import says nothing about why");

  fh_fuzz_note ("refused: %s", error->message);
  unchanged = export(store, "after a refused import");
  fh_fuzz_expect_same ("a refused import", template_export, unchanged);
  /* A plan just opened has no history; a refusal must not add any. */
  if (fh_store_can_undo (store) || fh_store_can_redo (store))
    fh_fuzz_fail ("a refused import changed the undo history");
  g_object_unref (store);

  after = fh_fuzz_hash_dir ();
  if (g_strcmp0 (before, after) != 0)
    fh_fuzz_fail ("a refused import changed the plan's files:\nbefore:\n%safter:\n%s", before,
                  after);
  return 0;
}
