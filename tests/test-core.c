/* test-core.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "foothold-core.h"

/* Helpers */

static GParamSpec *
find_property (GType type, const char *name)
{
  g_autoptr (GTypeClass) klass = g_type_class_ref (type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);

  /* The class keeps the pspec alive: types are never unloaded. */
  g_assert_nonnull (pspec);
  return pspec;
}

static void
check_value (GType type, const char *name, const GValue *value, gboolean expect_valid)
{
  g_autoptr (GError) error = NULL;
  GParamSpec *pspec = find_property (type, name);
  gboolean    valid = fh_field_validate (pspec, value, &error);

  if (valid != expect_valid)
    {
      g_autofree char *shown = g_strdup_value_contents (value);

      g_test_message ("%s:%s = %.40s was %s", g_type_name (type), name, shown,
                      valid ? "accepted" : "rejected");
    }

  if (expect_valid)
    {
      g_assert_no_error (error);
      g_assert_true (valid);
    }
  else
    {
      g_assert_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID);
      g_assert_false (valid);
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
check_int (GType type, const char *name, int value, gboolean expect_valid)
{
  g_auto (GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT);
  g_value_set_int (&gvalue, value);
  check_value (type, name, &gvalue, expect_valid);
}

static void
check_int64 (GType type, const char *name, gint64 value, gboolean expect_valid)
{
  g_auto (GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT64);
  g_value_set_int64 (&gvalue, value);
  check_value (type, name, &gvalue, expect_valid);
}

static void
check_double (GType type, const char *name, double value, gboolean expect_valid)
{
  g_auto (GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_DOUBLE);
  g_value_set_double (&gvalue, value);
  check_value (type, name, &gvalue, expect_valid);
}

static void
check_string (GType type, const char *name, const char *value, gboolean expect_valid)
{
  g_auto (GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);
  check_value (type, name, &gvalue, expect_valid);
}

static void
check_enum (GType type, const char *name, GType enum_type, int value, gboolean expect_valid)
{
  g_auto (GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, enum_type);
  g_value_set_enum (&gvalue, value);
  check_value (type, name, &gvalue, expect_valid);
}

static char *
repeat (const char *unit, guint times)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (text, unit);

  return g_string_free (text, FALSE);
}

typedef struct
{
  guint       count;
  const char *expected;
  gboolean    other;
} NotifyLog;

static void
notify_cb (GObject *object, GParamSpec *pspec, gpointer user_data)
{
  NotifyLog *log = user_data;

  log->count++;
  if (g_strcmp0 (pspec->name, log->expected) != 0)
    log->other = TRUE;
}

/* Sets one property with g_object_set() and returns how often it was announced. Any
 * notification for a different property fails the test. */
static guint
set_counting (gpointer object, const char *name, ...)
{
  NotifyLog log = { 0, name, FALSE };
  gulong    handler;
  va_list   args;

  handler = g_signal_connect (object, "notify", G_CALLBACK (notify_cb), &log);

  va_start (args, name);
  g_object_set_valist (object, name, args);
  va_end (args);

  g_signal_handler_disconnect (object, handler);
  g_assert_false (log.other);

  return log.count;
}

/* Every property except the required references starts at its pspec's default, so an
 * importer can take a missing field's value from the pspec. The references start at 0,
 * below their range, so that a record never given one does not validate. */
static void
assert_pspec_defaults (gpointer object)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint                   n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  g_assert_cmpuint (n_pspecs, >, 0);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto (GValue) value = G_VALUE_INIT;
      GParamSpec *pspec = pspecs[i];

      g_value_init (&value, pspec->value_type);
      g_object_get_property (object, pspec->name, &value);

      if (G_IS_PARAM_SPEC_INT64 (pspec) && G_PARAM_SPEC_INT64 (pspec)->minimum == 1)
        {
          g_assert_true (fh_field_is_required (pspec));
          g_assert_cmpint (g_value_get_int64 (&value), ==, 0);
          continue;
        }

      if (G_VALUE_HOLDS_STRING (&value))
        g_assert_nonnull (g_value_get_string (&value));

      if (g_param_values_cmp (pspec, &value, g_param_spec_get_default_value (pspec)) != 0)
        {
          g_autofree char *shown = g_strdup_value_contents (&value);

          g_test_message ("%s:%s starts at %s", G_OBJECT_TYPE_NAME (object), pspec->name, shown);
          g_assert_not_reached ();
        }
    }
}

static void
assert_properties (GType type, const char *const *names)
{
  g_autoptr (GTypeClass) klass = g_type_class_ref (type);
  g_autofree GParamSpec **pspecs = NULL;
  guint                   n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
  g_assert_cmpuint (n_pspecs, ==, g_strv_length ((char **)names));

  for (guint i = 0; names[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), names[i]);
      GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

      if (pspec == NULL)
        g_test_message ("%s has no property %s", g_type_name (type), names[i]);
      g_assert_nonnull (pspec);
      /* Installed in the order of the plan format: new properties go at the end. */
      g_assert_cmpuint (pspec->param_id, ==, i + 1);
      g_assert_cmpint (pspec->flags & flags, ==, flags);
      g_assert_cmpstr (fh_field_get_label (pspec), !=, "");
    }
}

/* Quarters */

static void
test_quarter_make (void)
{
  int q4 = fh_quarter_make (2026, 4);
  int next = q4 + 1;

  g_assert_cmpint (q4, ==, 2026 * 4 + 3);
  g_assert_cmpint (fh_quarter_get_year (q4), ==, 2026);
  g_assert_cmpint (fh_quarter_get_number (q4), ==, 4);

  /* Adding one quarter to Q4 rolls the year over by itself. */
  g_assert_cmpint (next, ==, fh_quarter_make (2027, 1));
  g_assert_cmpint (fh_quarter_get_year (next), ==, 2027);
  g_assert_cmpint (fh_quarter_get_number (next), ==, 1);

  g_assert_cmpint (fh_quarter_make (2027, 1) - 1, ==, q4);
  g_assert_cmpint (fh_quarter_make (2028, 3) - fh_quarter_make (2027, 1), ==, 6);

  g_assert_true (fh_quarter_is_valid (fh_quarter_make (2000, 1)));
  g_assert_true (fh_quarter_is_valid (fh_quarter_make (2100, 4)));
  g_assert_false (fh_quarter_is_valid (fh_quarter_make (1999, 4)));
  g_assert_false (fh_quarter_is_valid (fh_quarter_make (2101, 1)));
  g_assert_false (fh_quarter_is_valid (0));
  g_assert_cmpint (FH_QUARTER_MIN, ==, fh_quarter_make (2000, 1));
  g_assert_cmpint (FH_QUARTER_MAX, ==, fh_quarter_make (2100, 4));
}

static void
test_quarter_format (void)
{
  struct
  {
    int         year;
    int         quarter;
    const char *text;
  } cases[] = {
    { 2026, 4, "2026-Q4" },
    { 2027, 1, "2027-Q1" },
    { 2000, 1, "2000-Q1" },
    { 2100, 4, "2100-Q4" },
  };
  g_autofree char *empty = fh_quarter_format (0);
  g_autofree char *rolled = fh_quarter_format (fh_quarter_make (2026, 4) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = fh_quarter_format (fh_quarter_make (cases[i].year, cases[i].quarter));
      g_assert_cmpstr (text, ==, cases[i].text);
    }

  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (rolled, ==, "2027-Q1");
}

static void
test_quarter_parse (void)
{
  const char *invalid[] = {
    "2027-Q5", "27-Q1",    "1999-Q4",  "2101-Q1", "",        "2027-Q0",
    "2027Q1",  "2027-Q1 ", " 2027-Q1", "2027-X1", "20a7-Q1", "2027-Q12",
  };
  int value = 0;

  g_assert_true (fh_quarter_parse ("2027-Q1", &value));
  g_assert_cmpint (value, ==, fh_quarter_make (2027, 1));
  g_assert_true (fh_quarter_parse ("2026-Q4", &value));
  g_assert_cmpint (value, ==, fh_quarter_make (2026, 4));
  g_assert_true (fh_quarter_parse ("2000-Q1", &value));
  g_assert_cmpint (value, ==, FH_QUARTER_MIN);
  g_assert_true (fh_quarter_parse ("2100-Q4", &value));
  g_assert_cmpint (value, ==, FH_QUARTER_MAX);
  g_assert_true (fh_quarter_parse ("2030-q2", &value));
  g_assert_cmpint (value, ==, fh_quarter_make (2030, 2));

  /* A refused string leaves the value alone. */
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      value = 42;
      if (fh_quarter_parse (invalid[i], &value))
        g_test_message ("“%s” was accepted", invalid[i]);
      g_assert_false (fh_quarter_parse (invalid[i], &value));
      g_assert_cmpint (value, ==, 42);
    }

  value = 42;
  g_assert_false (fh_quarter_parse (NULL, &value));
  g_assert_cmpint (value, ==, 42);
}

static void
test_quarter_round_trip (void)
{
  for (int value = FH_QUARTER_MIN; value <= FH_QUARTER_MAX; value++)
    {
      g_autofree char *text = fh_quarter_format (value);
      int              parsed = 0;

      g_assert_true (fh_quarter_parse (text, &parsed));
      g_assert_cmpint (parsed, ==, value);
    }
}

static void
test_quarter_from_date (void)
{
  g_autoptr (GDateTime) december = g_date_time_new_utc (2026, 12, 31, 23, 0, 0);
  g_autoptr (GDateTime) january = g_date_time_new_utc (2027, 1, 1, 0, 0, 0);
  g_autoptr (GDateTime) april = g_date_time_new_utc (2027, 4, 1, 0, 0, 0);

  g_assert_cmpint (fh_quarter_from_date (december), ==, fh_quarter_make (2026, 4));
  g_assert_cmpint (fh_quarter_from_date (january), ==, fh_quarter_make (2027, 1));
  g_assert_cmpint (fh_quarter_from_date (april), ==, fh_quarter_make (2027, 2));
}

/* Stages */

static void
test_stage_label (void)
{
  g_assert_cmpstr (fh_stage_get_label (FH_STAGE_NOT_YET), ==, "Not yet");
  g_assert_cmpstr (fh_stage_get_label (FH_STAGE_INITIAL), ==, "Initial");
  g_assert_cmpstr (fh_stage_get_label (FH_STAGE_REPEATABLE), ==, "Repeatable");
  g_assert_cmpstr (fh_stage_get_label (FH_STAGE_RELIABLE), ==, "Reliable");
  g_assert_cmpstr (fh_stage_get_label (FH_STAGE_SCALABLE), ==, "Scalable");
  g_assert_cmpint (FH_STAGE_LAST, ==, 4);
}

static void
test_stage_label_invalid (void)
{
  if (g_test_subprocess ())
    {
      fh_stage_get_label (FH_STAGE_LAST + 1);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*should not be reached*");
}

/* Validation */

static void
test_validate_ranges (void)
{
  /* Each range from the plan format, checked just inside and just outside. */
  check_int (FH_TYPE_GAP, "severity", 0, FALSE);
  check_int (FH_TYPE_GAP, "severity", 1, TRUE);
  check_int (FH_TYPE_GAP, "severity", 5, TRUE);
  check_int (FH_TYPE_GAP, "severity", 6, FALSE);
  check_int (FH_TYPE_GAP, "votes", -1, FALSE);
  check_int (FH_TYPE_GAP, "votes", 1000, TRUE);
  check_int (FH_TYPE_GAP, "votes", 1001, FALSE);

  check_int (FH_TYPE_PLAN_INFO, "horizon-years", 0, FALSE);
  check_int (FH_TYPE_PLAN_INFO, "horizon-years", 1, TRUE);
  check_int (FH_TYPE_PLAN_INFO, "horizon-years", 10, TRUE);
  check_int (FH_TYPE_PLAN_INFO, "horizon-years", 11, FALSE);
  check_double (FH_TYPE_PLAN_INFO, "discount-rate", -0.01, FALSE);
  check_double (FH_TYPE_PLAN_INFO, "discount-rate", 0, TRUE);
  check_double (FH_TYPE_PLAN_INFO, "discount-rate", 100, TRUE);
  check_double (FH_TYPE_PLAN_INFO, "discount-rate", 100.5, FALSE);
  check_int (FH_TYPE_PLAN_INFO, "first-step-limit", 0, FALSE);
  check_int (FH_TYPE_PLAN_INFO, "first-step-limit", 20, TRUE);
  check_int (FH_TYPE_PLAN_INFO, "first-step-limit", 21, FALSE);
  check_int64 (FH_TYPE_PLAN_INFO, "fte-cost", -1, FALSE);
  check_int64 (FH_TYPE_PLAN_INFO, "fte-cost", 0, TRUE);
  check_int64 (FH_TYPE_PLAN_INFO, "fte-cost", FH_MONEY_MAX, TRUE);
  check_int64 (FH_TYPE_PLAN_INFO, "fte-cost", FH_MONEY_MAX + 1, FALSE);
  check_int (FH_TYPE_PLAN_INFO, "draft-per-quarter", 0, FALSE);
  check_int (FH_TYPE_PLAN_INFO, "draft-per-quarter", 1, TRUE);
  check_int (FH_TYPE_PLAN_INFO, "draft-per-quarter", 20, TRUE);
  check_int (FH_TYPE_PLAN_INFO, "draft-per-quarter", 21, FALSE);

  check_int (FH_TYPE_CAPABILITY, "position", -1, FALSE);
  check_int (FH_TYPE_CAPABILITY, "position", 1000, TRUE);
  check_int (FH_TYPE_CAPABILITY, "position", 1001, FALSE);

  check_int (FH_TYPE_PREREQUISITE, "stage", 0, FALSE);
  check_int (FH_TYPE_PREREQUISITE, "stage", 4, TRUE);
  check_int (FH_TYPE_PREREQUISITE, "stage", 5, FALSE);
  check_int (FH_TYPE_PREREQUISITE, "requires-stage", 0, FALSE);
  check_int (FH_TYPE_PREREQUISITE, "requires-stage", 1, TRUE);

  check_int (FH_TYPE_USE_CASE, "impact", -1, FALSE);
  check_int (FH_TYPE_USE_CASE, "impact", 3, TRUE);
  check_int (FH_TYPE_USE_CASE, "impact", 4, FALSE);
  check_int (FH_TYPE_USE_CASE, "readiness", 4, FALSE);
  check_int (FH_TYPE_USE_CASE, "applicability", 4, FALSE);
  check_int (FH_TYPE_USE_CASE, "effort", 10000, TRUE);
  check_int (FH_TYPE_USE_CASE, "effort", 10001, FALSE);
  check_int (FH_TYPE_USE_CASE, "reach", -1, FALSE);
  check_int (FH_TYPE_USE_CASE, "reach", 0, TRUE);
  check_int (FH_TYPE_USE_CASE, "reach", 10000000, TRUE);
  check_int (FH_TYPE_USE_CASE, "reach", 10000001, FALSE);
  check_int (FH_TYPE_USE_CASE, "confidence", -1, FALSE);
  check_int (FH_TYPE_USE_CASE, "confidence", 0, TRUE);
  check_int (FH_TYPE_USE_CASE, "confidence", 100, TRUE);
  check_int (FH_TYPE_USE_CASE, "confidence", 101, FALSE);
  check_int (FH_TYPE_USE_CASE, "business-value", -1, FALSE);
  check_int (FH_TYPE_USE_CASE, "business-value", 20, TRUE);
  check_int (FH_TYPE_USE_CASE, "business-value", 21, FALSE);
  check_int (FH_TYPE_USE_CASE, "time-criticality", -1, FALSE);
  check_int (FH_TYPE_USE_CASE, "time-criticality", 20, TRUE);
  check_int (FH_TYPE_USE_CASE, "time-criticality", 21, FALSE);
  check_int (FH_TYPE_USE_CASE, "risk-reduction", -1, FALSE);
  check_int (FH_TYPE_USE_CASE, "risk-reduction", 20, TRUE);
  check_int (FH_TYPE_USE_CASE, "risk-reduction", 21, FALSE);
  check_int (FH_TYPE_USE_CASE, "job-size", 0, FALSE);
  check_int (FH_TYPE_USE_CASE, "job-size", 1, TRUE);
  check_int (FH_TYPE_USE_CASE, "job-size", 20, TRUE);
  check_int (FH_TYPE_USE_CASE, "job-size", 21, FALSE);

  check_int64 (FH_TYPE_COST_LINE, "amount", -1, FALSE);
  check_int64 (FH_TYPE_COST_LINE, "amount", FH_MONEY_MAX, TRUE);
  check_int64 (FH_TYPE_COST_LINE, "amount", FH_MONEY_MAX + 1, FALSE);
  check_int (FH_TYPE_COST_LINE, "first-year", 0, FALSE);
  check_int (FH_TYPE_COST_LINE, "first-year", 10, TRUE);
  check_int (FH_TYPE_COST_LINE, "first-year", 11, FALSE);
  check_double (FH_TYPE_COST_LINE, "growth", -100, TRUE);
  check_double (FH_TYPE_COST_LINE, "growth", -100.5, FALSE);
  check_double (FH_TYPE_COST_LINE, "growth", 1000, TRUE);
  check_double (FH_TYPE_COST_LINE, "growth", 1000.5, FALSE);
  check_int64 (FH_TYPE_COST_LINE, "option", 0, FALSE);
  check_int64 (FH_TYPE_COST_LINE, "option", 1, TRUE);
  check_double (FH_TYPE_COST_LINE, "fte", -0.5, FALSE);
  check_double (FH_TYPE_COST_LINE, "fte", 0, TRUE);
  check_double (FH_TYPE_COST_LINE, "fte", 0.5, TRUE);
  check_double (FH_TYPE_COST_LINE, "fte", 1000, TRUE);
  check_double (FH_TYPE_COST_LINE, "fte", 1000.5, FALSE);
  check_int64 (FH_TYPE_COST_LINE, "loaded-cost", -1, FALSE);
  check_int64 (FH_TYPE_COST_LINE, "loaded-cost", 0, TRUE);
  check_int64 (FH_TYPE_COST_LINE, "loaded-cost", FH_MONEY_MAX, TRUE);
  check_int64 (FH_TYPE_COST_LINE, "loaded-cost", FH_MONEY_MAX + 1, FALSE);

  check_int (FH_TYPE_ROADMAP_ITEM, "from-stage", -1, FALSE);
  check_int (FH_TYPE_ROADMAP_ITEM, "from-stage", 0, TRUE);
  check_int (FH_TYPE_ROADMAP_ITEM, "target-stage", 5, FALSE);
  check_int (FH_TYPE_ROADMAP_ITEM, "duration", 0, FALSE);
  check_int (FH_TYPE_ROADMAP_ITEM, "duration", 40, TRUE);
  check_int (FH_TYPE_ROADMAP_ITEM, "duration", 41, FALSE);
  check_int64 (FH_TYPE_ROADMAP_ITEM, "cost", -5, FALSE);
  check_int64 (FH_TYPE_ROADMAP_ITEM, "cost", FH_MONEY_MAX + 1, FALSE);

  check_int (FH_TYPE_SCORE, "stage", 4, TRUE);
  check_int (FH_TYPE_SCORE, "stage", 5, FALSE);
  check_int64 (FH_TYPE_SCORE, "assessment", 0, FALSE);
  check_int64 (FH_TYPE_METRIC, "use-case", 0, FALSE);
  check_int64 (FH_TYPE_METRIC, "use-case", 7, TRUE);

  check_int (FH_TYPE_ROLE, "position", -1, FALSE);
  check_int (FH_TYPE_ROLE, "position", 1000, TRUE);
  check_int (FH_TYPE_ROLE, "position", 1001, FALSE);
  check_int (FH_TYPE_SKILL, "position", -1, FALSE);
  check_int (FH_TYPE_SKILL, "position", 0, TRUE);
  check_int (FH_TYPE_SKILL, "position", 1001, FALSE);

  check_int64 (FH_TYPE_ROLE_SKILL, "role", 0, FALSE);
  check_int64 (FH_TYPE_ROLE_SKILL, "role", 1, TRUE);
  check_int64 (FH_TYPE_ROLE_SKILL, "skill", -1, FALSE);
  check_int64 (FH_TYPE_ROLE_SKILL, "skill", G_MAXINT64, TRUE);
  check_int (FH_TYPE_ROLE_SKILL, "current", -1, FALSE);
  check_int (FH_TYPE_ROLE_SKILL, "current", 0, TRUE);
  check_int (FH_TYPE_ROLE_SKILL, "current", 4, TRUE);
  check_int (FH_TYPE_ROLE_SKILL, "current", 5, FALSE);
  check_int (FH_TYPE_ROLE_SKILL, "needed", -1, FALSE);
  check_int (FH_TYPE_ROLE_SKILL, "needed", 4, TRUE);
  check_int (FH_TYPE_ROLE_SKILL, "needed", 5, FALSE);

  check_int (FH_TYPE_CRITERION, "position", -1, FALSE);
  check_int (FH_TYPE_CRITERION, "position", 1000, TRUE);
  check_int (FH_TYPE_CRITERION, "position", 1001, FALSE);
  check_double (FH_TYPE_CRITERION, "weight", -0.01, FALSE);
  check_double (FH_TYPE_CRITERION, "weight", 0, TRUE);
  check_double (FH_TYPE_CRITERION, "weight", 1000, TRUE);
  check_double (FH_TYPE_CRITERION, "weight", 1000.5, FALSE);

  check_int64 (FH_TYPE_OPTION_SCORE, "option", 0, FALSE);
  check_int64 (FH_TYPE_OPTION_SCORE, "option", 1, TRUE);
  check_int (FH_TYPE_OPTION_SCORE, "score", 0, FALSE);
  check_int (FH_TYPE_OPTION_SCORE, "score", 1, TRUE);
  check_int (FH_TYPE_OPTION_SCORE, "score", 5, TRUE);
  check_int (FH_TYPE_OPTION_SCORE, "score", 6, FALSE);

  check_int64 (FH_TYPE_BASELINE_ITEM, "assessment", 0, FALSE);
  check_int64 (FH_TYPE_BASELINE_ITEM, "assessment", 1, TRUE);
  check_int64 (FH_TYPE_BASELINE_ITEM, "item", -1, FALSE);
  check_int64 (FH_TYPE_BASELINE_ITEM, "item", 0, TRUE);
  check_int64 (FH_TYPE_BASELINE_ITEM, "item", G_MAXINT64, TRUE);
  check_int (FH_TYPE_BASELINE_ITEM, "from-stage", -1, FALSE);
  check_int (FH_TYPE_BASELINE_ITEM, "from-stage", 0, TRUE);
  check_int (FH_TYPE_BASELINE_ITEM, "target-stage", 4, TRUE);
  check_int (FH_TYPE_BASELINE_ITEM, "target-stage", 5, FALSE);
  check_int (FH_TYPE_BASELINE_ITEM, "duration", 0, FALSE);
  check_int (FH_TYPE_BASELINE_ITEM, "duration", 1, TRUE);
  check_int (FH_TYPE_BASELINE_ITEM, "duration", 40, TRUE);
  check_int (FH_TYPE_BASELINE_ITEM, "duration", 41, FALSE);

  check_int64 (FH_TYPE_LINK, "source", 0, FALSE);
  check_int64 (FH_TYPE_LINK, "source", 1, TRUE);
  check_int64 (FH_TYPE_LINK, "target", -3, FALSE);
  check_int64 (FH_TYPE_LINK, "target", G_MAXINT64, TRUE);

  check_int64 (FH_TYPE_USE_CASE, "id", -1, FALSE);
  check_int64 (FH_TYPE_USE_CASE, "id", 0, TRUE);
  check_int64 (FH_TYPE_GAP, "id", G_MAXINT64, TRUE);
  check_int64 (FH_TYPE_DATA_SOURCE, "id", -1, FALSE);
  check_int64 (FH_TYPE_GLOSSARY_TERM, "id", 0, TRUE);
  check_int64 (FH_TYPE_ROLE_SKILL, "id", -1, FALSE);
  check_int64 (FH_TYPE_OPTION_SCORE, "id", G_MAXINT64, TRUE);
}

static void
test_validate_text (void)
{
  g_autofree char *short_max = repeat ("a", FH_FIELD_SHORT_MAX);
  g_autofree char *short_over = repeat ("a", FH_FIELD_SHORT_MAX + 1);
  g_autofree char *accented_max = repeat ("é", FH_FIELD_SHORT_MAX);
  g_autofree char *long_max = repeat ("x", FH_FIELD_LONG_MAX);
  g_autofree char *long_over = repeat ("x", FH_FIELD_LONG_MAX + 1);
  g_autofree char *slug_max = repeat ("a", 64);
  g_autofree char *slug_over = repeat ("a", 65);

  g_assert_cmpint (FH_FIELD_SHORT_MAX, ==, 500);
  g_assert_cmpint (FH_FIELD_LONG_MAX, ==, 20000);

  /* Limits count characters, not bytes. */
  check_string (FH_TYPE_GAP, "title", short_max, TRUE);
  check_string (FH_TYPE_GAP, "title", accented_max, TRUE);
  check_string (FH_TYPE_GAP, "title", short_over, FALSE);
  check_string (FH_TYPE_USE_CASE, "title", short_over, FALSE);
  check_string (FH_TYPE_ROADMAP_ITEM, "title", short_max, TRUE);
  check_string (FH_TYPE_PLAN_INFO, "organisation", short_over, FALSE);
  check_string (FH_TYPE_COST_LINE, "description", short_over, FALSE);
  check_string (FH_TYPE_METRIC, "unsuccessful-if", long_max, TRUE);
  check_string (FH_TYPE_METRIC, "unsuccessful-if", long_over, FALSE);
  check_string (FH_TYPE_CAPABILITY, "criterion-4", long_over, FALSE);
  check_string (FH_TYPE_OPTION, "rationale", short_over, TRUE);
  check_string (FH_TYPE_ROADMAP_ITEM, "status-reason", long_max, TRUE);
  check_string (FH_TYPE_ROADMAP_ITEM, "status-reason", long_over, FALSE);
  check_string (FH_TYPE_SCORE, "reason", short_max, TRUE);
  check_string (FH_TYPE_SCORE, "reason", short_over, FALSE);
  check_string (FH_TYPE_DATA_SOURCE, "name", short_over, FALSE);
  check_string (FH_TYPE_DATA_SOURCE, "description", long_over, FALSE);
  check_string (FH_TYPE_DATA_SOURCE, "owner", short_over, FALSE);
  check_string (FH_TYPE_GLOSSARY_TERM, "term", accented_max, TRUE);
  check_string (FH_TYPE_GLOSSARY_TERM, "term", short_over, FALSE);
  check_string (FH_TYPE_GLOSSARY_TERM, "definition", short_over, TRUE);
  check_string (FH_TYPE_GLOSSARY_TERM, "definition", long_over, FALSE);
  check_string (FH_TYPE_ROLE, "name", short_over, FALSE);
  check_string (FH_TYPE_SKILL, "name", short_max, TRUE);
  check_string (FH_TYPE_CRITERION, "name", short_over, FALSE);
  check_string (FH_TYPE_CRITERION, "description", long_max, TRUE);
  check_string (FH_TYPE_CRITERION, "description", long_over, FALSE);
  check_string (FH_TYPE_BASELINE_ITEM, "title", short_max, TRUE);
  check_string (FH_TYPE_BASELINE_ITEM, "title", short_over, FALSE);

  /* Required strings refuse empty and blank text; optional ones take it. */
  check_string (FH_TYPE_GAP, "title", "", FALSE);
  check_string (FH_TYPE_GAP, "title", "  \t\n", FALSE);
  check_string (FH_TYPE_GAP, "title", NULL, FALSE);
  check_string (FH_TYPE_GAP, "title", "Data lineage", TRUE);
  check_string (FH_TYPE_PLAN_INFO, "name", " ", FALSE);
  check_string (FH_TYPE_METRIC, "name", "", FALSE);
  check_string (FH_TYPE_OPTION, "capability", "", FALSE);
  check_string (FH_TYPE_SCORE, "capability", "", FALSE);
  check_string (FH_TYPE_ROADMAP_ITEM, "capability", "", FALSE);
  check_string (FH_TYPE_GAP, "capability", "", TRUE);
  check_string (FH_TYPE_PREREQUISITE, "capability", "", TRUE);
  check_string (FH_TYPE_PREREQUISITE, "requires", "", TRUE);
  check_string (FH_TYPE_GAP, "owner", "", TRUE);
  check_string (FH_TYPE_ROADMAP_ITEM, "status-reason", "", TRUE);
  check_string (FH_TYPE_SCORE, "reason", "", TRUE);
  check_string (FH_TYPE_DATA_SOURCE, "name", "", FALSE);
  check_string (FH_TYPE_DATA_SOURCE, "name", "Billing events", TRUE);
  check_string (FH_TYPE_DATA_SOURCE, "owner", "", TRUE);
  check_string (FH_TYPE_GLOSSARY_TERM, "term", " ", FALSE);
  check_string (FH_TYPE_GLOSSARY_TERM, "definition", "", TRUE);
  check_string (FH_TYPE_ROLE, "name", "\t", FALSE);
  check_string (FH_TYPE_SKILL, "name", "", FALSE);
  check_string (FH_TYPE_CRITERION, "name", "", FALSE);
  check_string (FH_TYPE_OPTION_SCORE, "criterion", "", FALSE);
  check_string (FH_TYPE_OPTION_SCORE, "criterion", "tco", TRUE);
  check_string (FH_TYPE_BASELINE_ITEM, "title", "", FALSE);
  check_string (FH_TYPE_BASELINE_ITEM, "capability", "", TRUE);

  check_string (FH_TYPE_CAPABILITY, "id", "business-alignment", TRUE);
  check_string (FH_TYPE_CAPABILITY, "id", "mlops-2", TRUE);
  check_string (FH_TYPE_CAPABILITY, "id", slug_max, TRUE);
  check_string (FH_TYPE_CAPABILITY, "id", slug_over, FALSE);
  check_string (FH_TYPE_CAPABILITY, "id", "", FALSE);
  check_string (FH_TYPE_CAPABILITY, "id", "Business-Alignment", FALSE);
  check_string (FH_TYPE_CAPABILITY, "id", "business alignment", FALSE);
  check_string (FH_TYPE_CAPABILITY, "id", "business_alignment", FALSE);
  check_string (FH_TYPE_CAPABILITY, "id", "dönüşüm", FALSE);
  check_string (FH_TYPE_CRITERION, "id", "total-cost", TRUE);
  check_string (FH_TYPE_CRITERION, "id", slug_max, TRUE);
  check_string (FH_TYPE_CRITERION, "id", slug_over, FALSE);
  check_string (FH_TYPE_CRITERION, "id", "", FALSE);
  check_string (FH_TYPE_CRITERION, "id", "Total cost", FALSE);
  check_string (FH_TYPE_CRITERION, "id", "total_cost", FALSE);

  check_string (FH_TYPE_METRIC, "deadline", "2027-02-28", TRUE);
  check_string (FH_TYPE_METRIC, "deadline", "2028-02-29", TRUE);
  check_string (FH_TYPE_METRIC, "deadline", "", TRUE);
  check_string (FH_TYPE_METRIC, "deadline", "2027-02-30", FALSE);
  check_string (FH_TYPE_METRIC, "deadline", "2027-02-29", FALSE);
  check_string (FH_TYPE_METRIC, "deadline", "2027-13-01", FALSE);
  check_string (FH_TYPE_METRIC, "deadline", "2027-2-3", FALSE);
  check_string (FH_TYPE_ASSESSMENT, "date", "2027-03-15T10:00", FALSE);
  check_string (FH_TYPE_ASSESSMENT, "date", "15/03/2027", FALSE);
  check_string (FH_TYPE_ASSESSMENT, "date", "2027-03-15", TRUE);

  check_string (FH_TYPE_PLAN_INFO, "currency", "EUR", TRUE);
  check_string (FH_TYPE_PLAN_INFO, "currency", "CHF", TRUE);
  check_string (FH_TYPE_PLAN_INFO, "currency", "eur", FALSE);
  check_string (FH_TYPE_PLAN_INFO, "currency", "Eur", FALSE);
  check_string (FH_TYPE_PLAN_INFO, "currency", "EURO", FALSE);
  check_string (FH_TYPE_PLAN_INFO, "currency", "€", FALSE);
  check_string (FH_TYPE_PLAN_INFO, "currency", "", FALSE);

  check_string (FH_TYPE_GAP, "description", "\xff\xfe", FALSE);
}

static void
test_validate_quarters (void)
{
  /* A required quarter must be set; an optional one may be 0. */
  check_int (FH_TYPE_ROADMAP_ITEM, "start-quarter", 0, FALSE);
  check_int (FH_TYPE_ROADMAP_ITEM, "start-quarter", fh_quarter_make (2027, 1), TRUE);
  check_int (FH_TYPE_ASSESSMENT, "quarter", 0, FALSE);
  check_int (FH_TYPE_ASSESSMENT, "quarter", fh_quarter_make (1999, 4), FALSE);
  check_int (FH_TYPE_ASSESSMENT, "quarter", fh_quarter_make (2101, 1), FALSE);
  check_int (FH_TYPE_ASSESSMENT, "quarter", FH_QUARTER_MAX, TRUE);
  check_int (FH_TYPE_PLAN_INFO, "start-quarter", 0, TRUE);
  check_int (FH_TYPE_PLAN_INFO, "start-quarter", 5, FALSE);
  check_int (FH_TYPE_PLAN_INFO, "start-quarter", -1, FALSE);
  check_int (FH_TYPE_PLAN_INFO, "start-quarter", FH_QUARTER_MIN, TRUE);
  check_int (FH_TYPE_BASELINE_ITEM, "start-quarter", 0, FALSE);
  check_int (FH_TYPE_BASELINE_ITEM, "start-quarter", fh_quarter_make (1999, 4), FALSE);
  check_int (FH_TYPE_BASELINE_ITEM, "start-quarter", fh_quarter_make (2027, 1), TRUE);
  check_int (FH_TYPE_BASELINE_ITEM, "start-quarter", FH_QUARTER_MAX, TRUE);
}

static void
test_validate_doubles (void)
{
  check_double (FH_TYPE_METRIC, "baseline", NAN, FALSE);
  check_double (FH_TYPE_METRIC, "target", INFINITY, FALSE);
  check_double (FH_TYPE_METRIC, "current", -INFINITY, FALSE);
  check_double (FH_TYPE_METRIC, "baseline", -1e300, TRUE);
  check_double (FH_TYPE_METRIC, "target", G_MAXDOUBLE, TRUE);
  check_double (FH_TYPE_METRIC, "current", 0.25, TRUE);
  check_double (FH_TYPE_COST_LINE, "growth", NAN, FALSE);
  check_double (FH_TYPE_PLAN_INFO, "discount-rate", NAN, FALSE);
  check_double (FH_TYPE_COST_LINE, "fte", NAN, FALSE);
  check_double (FH_TYPE_COST_LINE, "fte", INFINITY, FALSE);
  check_double (FH_TYPE_CRITERION, "weight", NAN, FALSE);
  check_double (FH_TYPE_CRITERION, "weight", 0.125, TRUE);
}

static void
test_validate_enums (void)
{
  check_enum (FH_TYPE_GAP, "kind", FH_TYPE_GAP_KIND, FH_GAP_KIND_LIFECYCLE, TRUE);
  check_enum (FH_TYPE_GAP, "kind", FH_TYPE_GAP_KIND, FH_GAP_KIND_LIFECYCLE + 1, FALSE);
  check_enum (FH_TYPE_GAP, "status", FH_TYPE_GAP_STATUS, -1, FALSE);
  check_enum (FH_TYPE_USE_CASE, "status", FH_TYPE_USE_CASE_STATUS, FH_USE_CASE_STATUS_PARKED, TRUE);
  check_enum (FH_TYPE_USE_CASE, "status", FH_TYPE_USE_CASE_STATUS, 5, FALSE);
  check_enum (FH_TYPE_METRIC, "kind", FH_TYPE_METRIC_KIND, 3, FALSE);
  check_enum (FH_TYPE_METRIC, "direction", FH_TYPE_DIRECTION, 2, FALSE);
  check_enum (FH_TYPE_OPTION, "kind", FH_TYPE_OPTION_KIND, FH_OPTION_KIND_HYBRID, TRUE);
  check_enum (FH_TYPE_OPTION, "kind", FH_TYPE_OPTION_KIND, 3, FALSE);
  check_enum (FH_TYPE_COST_LINE, "category", FH_TYPE_COST_CATEGORY, FH_COST_CATEGORY_SUPPORT, TRUE);
  check_enum (FH_TYPE_COST_LINE, "category", FH_TYPE_COST_CATEGORY, 9, FALSE);
  check_enum (FH_TYPE_COST_LINE, "recurrence", FH_TYPE_RECURRENCE, 3, FALSE);
  check_enum (FH_TYPE_ROADMAP_ITEM, "status", FH_TYPE_ITEM_STATUS, FH_ITEM_STATUS_DROPPED, TRUE);
  check_enum (FH_TYPE_ROADMAP_ITEM, "status", FH_TYPE_ITEM_STATUS, 100, FALSE);
  check_enum (FH_TYPE_SCORE, "confidence", FH_TYPE_CONFIDENCE, FH_CONFIDENCE_HIGH, TRUE);
  check_enum (FH_TYPE_SCORE, "confidence", FH_TYPE_CONFIDENCE, 3, FALSE);
  check_enum (FH_TYPE_DATA_SOURCE, "availability", FH_TYPE_AVAILABILITY,
              FH_AVAILABILITY_NOT_COLLECTED, TRUE);
  check_enum (FH_TYPE_DATA_SOURCE, "availability", FH_TYPE_AVAILABILITY, 3, FALSE);
  check_enum (FH_TYPE_DATA_SOURCE, "access", FH_TYPE_ACCESS, FH_ACCESS_NONE, TRUE);
  check_enum (FH_TYPE_DATA_SOURCE, "access", FH_TYPE_ACCESS, 3, FALSE);
  check_enum (FH_TYPE_DATA_SOURCE, "sensitivity", FH_TYPE_SENSITIVITY, FH_SENSITIVITY_RESTRICTED,
              TRUE);
  check_enum (FH_TYPE_DATA_SOURCE, "sensitivity", FH_TYPE_SENSITIVITY, 4, FALSE);
  check_enum (FH_TYPE_GLOSSARY_TERM, "audience", FH_TYPE_AUDIENCE, FH_AUDIENCE_BUSINESS, TRUE);
  check_enum (FH_TYPE_GLOSSARY_TERM, "audience", FH_TYPE_AUDIENCE, 4, FALSE);
  check_enum (FH_TYPE_BASELINE_ITEM, "status", FH_TYPE_ITEM_STATUS, FH_ITEM_STATUS_DROPPED, TRUE);
  check_enum (FH_TYPE_BASELINE_ITEM, "status", FH_TYPE_ITEM_STATUS, 5, FALSE);
}

static void
test_validate_type (void)
{
  /* A value of the wrong type is refused rather than converted. */
  check_string (FH_TYPE_GAP, "severity", "3", FALSE);
  check_int (FH_TYPE_GAP, "title", 3, FALSE);
  check_int (FH_TYPE_METRIC, "use-case", 3, FALSE);
  check_int (FH_TYPE_PLAN_INFO, "fte-cost", 9000000, FALSE);
  check_int (FH_TYPE_COST_LINE, "fte", 1, FALSE);
  check_int (FH_TYPE_ROLE_SKILL, "role", 1, FALSE);
  check_int64 (FH_TYPE_OPTION_SCORE, "score", 3, FALSE);
  check_enum (FH_TYPE_DATA_SOURCE, "access", FH_TYPE_AVAILABILITY, FH_AVAILABILITY_AVAILABLE,
              FALSE);
}

/* Field kinds */

static void
test_field_marks (void)
{
  struct
  {
    GType       type;
    const char *name;
    FhFieldKind kind;
    gboolean    required;
  } cases[] = {
    { FH_TYPE_PLAN_INFO, "name", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_PLAN_INFO, "organisation", FH_FIELD_SHORT, FALSE },
    { FH_TYPE_PLAN_INFO, "currency", FH_FIELD_CURRENCY, FALSE },
    { FH_TYPE_PLAN_INFO, "start-quarter", FH_FIELD_QUARTER, FALSE },
    { FH_TYPE_CAPABILITY, "id", FH_FIELD_SLUG, TRUE },
    { FH_TYPE_CAPABILITY, "name", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_CAPABILITY, "description", FH_FIELD_LONG, FALSE },
    { FH_TYPE_CAPABILITY, "criterion-1", FH_FIELD_LONG, FALSE },
    { FH_TYPE_CAPABILITY, "criterion-4", FH_FIELD_LONG, FALSE },
    { FH_TYPE_CAPABILITY, "frameworks", FH_FIELD_LONG, FALSE },
    { FH_TYPE_PREREQUISITE, "capability", FH_FIELD_PLAIN, FALSE },
    { FH_TYPE_PREREQUISITE, "requires", FH_FIELD_PLAIN, FALSE },
    { FH_TYPE_GAP, "title", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_GAP, "capability", FH_FIELD_PLAIN, FALSE },
    { FH_TYPE_USE_CASE, "title", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_USE_CASE, "description", FH_FIELD_LONG, FALSE },
    { FH_TYPE_USE_CASE, "sponsor", FH_FIELD_SHORT, FALSE },
    { FH_TYPE_METRIC, "name", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_METRIC, "unit", FH_FIELD_SHORT, FALSE },
    { FH_TYPE_METRIC, "deadline", FH_FIELD_DATE, FALSE },
    { FH_TYPE_METRIC, "owner", FH_FIELD_SHORT, FALSE },
    { FH_TYPE_METRIC, "unsuccessful-if", FH_FIELD_LONG, FALSE },
    { FH_TYPE_METRIC, "measured-how", FH_FIELD_LONG, FALSE },
    { FH_TYPE_OPTION, "capability", FH_FIELD_PLAIN, TRUE },
    { FH_TYPE_OPTION, "name", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_OPTION, "vendor", FH_FIELD_SHORT, FALSE },
    { FH_TYPE_OPTION, "description", FH_FIELD_LONG, FALSE },
    { FH_TYPE_OPTION, "rationale", FH_FIELD_LONG, FALSE },
    { FH_TYPE_COST_LINE, "description", FH_FIELD_SHORT, FALSE },
    { FH_TYPE_COST_LINE, "amount", FH_FIELD_MONEY, FALSE },
    { FH_TYPE_ROADMAP_ITEM, "title", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_ROADMAP_ITEM, "capability", FH_FIELD_PLAIN, TRUE },
    { FH_TYPE_ROADMAP_ITEM, "start-quarter", FH_FIELD_QUARTER, TRUE },
    { FH_TYPE_ROADMAP_ITEM, "owner", FH_FIELD_SHORT, FALSE },
    { FH_TYPE_ROADMAP_ITEM, "notes", FH_FIELD_LONG, FALSE },
    { FH_TYPE_ROADMAP_ITEM, "cost", FH_FIELD_MONEY, FALSE },
    { FH_TYPE_ASSESSMENT, "quarter", FH_FIELD_QUARTER, TRUE },
    { FH_TYPE_ASSESSMENT, "date", FH_FIELD_DATE, FALSE },
    { FH_TYPE_ASSESSMENT, "participants", FH_FIELD_LONG, FALSE },
    { FH_TYPE_SCORE, "capability", FH_FIELD_PLAIN, TRUE },
    { FH_TYPE_SCORE, "evidence", FH_FIELD_LONG, FALSE },
    { FH_TYPE_PLAN_INFO, "fte-cost", FH_FIELD_MONEY, FALSE },
    { FH_TYPE_USE_CASE, "reach", FH_FIELD_PLAIN, FALSE },
    { FH_TYPE_COST_LINE, "loaded-cost", FH_FIELD_MONEY, FALSE },
    { FH_TYPE_COST_LINE, "fte", FH_FIELD_PLAIN, FALSE },
    { FH_TYPE_ROADMAP_ITEM, "status-reason", FH_FIELD_LONG, FALSE },
    { FH_TYPE_SCORE, "reason", FH_FIELD_SHORT, FALSE },
    { FH_TYPE_DATA_SOURCE, "name", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_DATA_SOURCE, "description", FH_FIELD_LONG, FALSE },
    { FH_TYPE_DATA_SOURCE, "owner", FH_FIELD_SHORT, FALSE },
    { FH_TYPE_GLOSSARY_TERM, "term", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_GLOSSARY_TERM, "definition", FH_FIELD_LONG, FALSE },
    { FH_TYPE_ROLE, "name", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_SKILL, "name", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_ROLE_SKILL, "role", FH_FIELD_PLAIN, TRUE },
    { FH_TYPE_ROLE_SKILL, "skill", FH_FIELD_PLAIN, TRUE },
    { FH_TYPE_CRITERION, "id", FH_FIELD_SLUG, TRUE },
    { FH_TYPE_CRITERION, "name", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_CRITERION, "description", FH_FIELD_LONG, FALSE },
    { FH_TYPE_OPTION_SCORE, "option", FH_FIELD_PLAIN, TRUE },
    { FH_TYPE_OPTION_SCORE, "criterion", FH_FIELD_PLAIN, TRUE },
    { FH_TYPE_BASELINE_ITEM, "assessment", FH_FIELD_PLAIN, TRUE },
    { FH_TYPE_BASELINE_ITEM, "item", FH_FIELD_PLAIN, FALSE },
    { FH_TYPE_BASELINE_ITEM, "title", FH_FIELD_SHORT, TRUE },
    { FH_TYPE_BASELINE_ITEM, "capability", FH_FIELD_PLAIN, FALSE },
    { FH_TYPE_BASELINE_ITEM, "start-quarter", FH_FIELD_QUARTER, TRUE },
  };
  GParamSpec *range;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GParamSpec *pspec = find_property (cases[i].type, cases[i].name);

      g_test_message ("%s:%s", g_type_name (cases[i].type), cases[i].name);
      g_assert_cmpint (fh_field_get_kind (pspec), ==, cases[i].kind);
      g_assert_cmpint (fh_field_is_required (pspec), ==, cases[i].required);
    }

  /* Quarters and money take their range from fh-quarter.h and fh-field.h. */
  g_assert_cmpint (G_PARAM_SPEC_INT (find_property (FH_TYPE_ASSESSMENT, "quarter"))->maximum, ==,
                   FH_QUARTER_MAX);
  g_assert_cmpint (G_PARAM_SPEC_INT64 (find_property (FH_TYPE_COST_LINE, "amount"))->maximum, ==,
                   FH_MONEY_MAX);
  range = find_property (FH_TYPE_COST_LINE, "loaded-cost");
  g_assert_cmpint (G_PARAM_SPEC_INT64 (range)->minimum, ==, 0);
  g_assert_cmpint (G_PARAM_SPEC_INT64 (range)->maximum, ==, FH_MONEY_MAX);
  range = find_property (FH_TYPE_PLAN_INFO, "fte-cost");
  g_assert_cmpint (G_PARAM_SPEC_INT64 (range)->maximum, ==, FH_MONEY_MAX);
  g_assert_cmpint (G_PARAM_SPEC_INT64 (range)->default_value, ==, 9000000);
  range = find_property (FH_TYPE_BASELINE_ITEM, "start-quarter");
  g_assert_cmpint (G_PARAM_SPEC_INT (range)->maximum, ==, FH_QUARTER_MAX);

  g_assert_cmpstr (fh_field_get_label (find_property (FH_TYPE_PLAN_INFO, "horizon-years")), ==,
                   "Horizon in years");
  g_assert_cmpstr (fh_field_get_label (find_property (FH_TYPE_CAPABILITY, "criterion-2")), ==,
                   "Repeatable criterion");
  g_assert_cmpstr (fh_field_get_label (find_property (FH_TYPE_PLAN_INFO, "fte-cost")), ==,
                   "FTE cost");
  g_assert_cmpstr (fh_field_get_label (find_property (FH_TYPE_DATA_SOURCE, "collect-now")), ==,
                   "Start collecting now");
}

static void
test_properties (void)
{
  const char *plan[] = { "name",
                         "organisation",
                         "currency",
                         "horizon-years",
                         "discount-rate",
                         "first-step-limit",
                         "start-quarter",
                         "fte-cost",
                         "draft-per-quarter",
                         NULL };
  const char *capability[] = { "id",          "position",    "name",        "description",
                               "core",        "criterion-1", "criterion-2", "criterion-3",
                               "criterion-4", "frameworks",  NULL };
  const char *prerequisite[] = { "id", "capability", "stage", "requires", "requires-stage", NULL };
  const char *gap[] = { "id",       "title", "description", "capability", "kind",
                        "severity", "votes", "owner",       "status",     NULL };
  const char *use_case[] = { "id",
                             "title",
                             "description",
                             "sponsor",
                             "impact",
                             "readiness",
                             "applicability",
                             "effort",
                             "status",
                             "reach",
                             "confidence",
                             "business-value",
                             "time-criticality",
                             "risk-reduction",
                             "job-size",
                             "go-live-quarter",
                             NULL };
  const char *metric[] = {
    "id",        "use-case",        "name",         "kind",           "unit",
    "direction", "baseline",        "target",       "current",        "deadline",
    "owner",     "unsuccessful-if", "measured-how", "value-per-unit", "value-confidence",
    NULL
  };
  const char *option[] = { "id",          "capability", "kind",      "name", "vendor",
                           "description", "chosen",     "rationale", NULL };
  const char *cost_line[] = { "id",     "option",      "category",      "description",
                              "amount", "recurrence",  "first-year",    "growth",
                              "fte",    "loaded-cost", "person-months", "years",
                              NULL };
  const char *roadmap_item[] = {
    "id",     "title", "capability", "from-stage", "target-stage", "start-quarter", "duration",
    "status", "owner", "notes",      "milestone",  "cost",         "status-reason", NULL
  };
  const char *assessment[] = { "id", "quarter", "date", "participants", "notes", NULL };
  const char *score[] = { "id",         "assessment",   "capability", "stage", "evidence",
                          "confidence", "carried-over", "reason",     NULL };
  const char *link[] = { "source", "target", NULL };
  const char *data_source[] = { "id",     "name",        "description", "owner", "availability",
                                "access", "sensitivity", "collect-now", NULL };
  const char *glossary_term[] = { "id", "term", "definition", "audience", NULL };
  const char *role[] = { "id", "name", "position", NULL };
  const char *skill[] = { "id", "name", "position", NULL };
  const char *role_skill[] = { "id", "role", "skill", "current", "needed", NULL };
  const char *criterion[] = { "id", "position", "name", "description", "weight", "derived", NULL };
  const char *model[] = { "id",      "use-case", "name",     "serving", "retraining",
                          "watched", "alerted",  "response", NULL };
  const char *pipeline[] = { "id", "use-case", "name", "kind", NULL };
  const char *option_score[] = { "id", "option", "criterion", "score", NULL };
  const char *baseline_item[] = {
    "id",           "assessment",    "item",     "title",  "capability", "from-stage",
    "target-stage", "start-quarter", "duration", "status", NULL
  };

  assert_properties (FH_TYPE_PLAN_INFO, plan);
  assert_properties (FH_TYPE_CAPABILITY, capability);
  assert_properties (FH_TYPE_PREREQUISITE, prerequisite);
  assert_properties (FH_TYPE_GAP, gap);
  assert_properties (FH_TYPE_USE_CASE, use_case);
  assert_properties (FH_TYPE_METRIC, metric);
  assert_properties (FH_TYPE_MODEL, model);
  assert_properties (FH_TYPE_PIPELINE, pipeline);
  assert_properties (FH_TYPE_OPTION, option);
  assert_properties (FH_TYPE_COST_LINE, cost_line);
  assert_properties (FH_TYPE_ROADMAP_ITEM, roadmap_item);
  assert_properties (FH_TYPE_ASSESSMENT, assessment);
  assert_properties (FH_TYPE_SCORE, score);
  assert_properties (FH_TYPE_LINK, link);
  assert_properties (FH_TYPE_DATA_SOURCE, data_source);
  assert_properties (FH_TYPE_GLOSSARY_TERM, glossary_term);
  assert_properties (FH_TYPE_ROLE, role);
  assert_properties (FH_TYPE_SKILL, skill);
  assert_properties (FH_TYPE_ROLE_SKILL, role_skill);
  assert_properties (FH_TYPE_CRITERION, criterion);
  assert_properties (FH_TYPE_OPTION_SCORE, option_score);
  assert_properties (FH_TYPE_BASELINE_ITEM, baseline_item);
}

/* Notification */

static void
test_notify_strings (void)
{
  g_autoptr (FhGap) gap = fh_gap_new ("Old");
  g_autoptr (FhCapability) capability = fh_capability_new ("data", "Data");
  g_autoptr (FhPlanInfo) plan = fh_plan_info_new ();

  g_assert_cmpuint (set_counting (gap, "title", "New", NULL), ==, 1);
  g_assert_cmpstr (fh_gap_get_title (gap), ==, "New");
  g_assert_cmpuint (set_counting (gap, "title", "New", NULL), ==, 0);

  /* NULL is stored as "", so it changes a set string once and an empty one never. */
  g_assert_cmpuint (set_counting (gap, "title", NULL, NULL), ==, 1);
  g_assert_cmpstr (fh_gap_get_title (gap), ==, "");
  g_assert_cmpuint (set_counting (gap, "title", "", NULL), ==, 0);
  g_assert_cmpuint (set_counting (gap, "owner", NULL, NULL), ==, 0);
  g_assert_cmpstr (fh_gap_get_owner (gap), ==, "");

  g_assert_cmpuint (set_counting (capability, "criterion-3", "Monitored", NULL), ==, 1);
  g_assert_cmpuint (set_counting (capability, "criterion-3", "Monitored", NULL), ==, 0);
  g_assert_cmpstr (fh_capability_get_criterion (capability, FH_STAGE_RELIABLE), ==, "Monitored");
  g_assert_cmpstr (fh_capability_get_criterion (capability, FH_STAGE_INITIAL), ==, "");
  g_assert_cmpuint (set_counting (capability, "criterion-1", "Ad hoc", NULL), ==, 1);
  g_assert_cmpstr (fh_capability_get_criterion (capability, FH_STAGE_INITIAL), ==, "Ad hoc");
  g_assert_cmpstr (fh_capability_get_criterion (capability, FH_STAGE_RELIABLE), ==, "Monitored");

  g_assert_cmpuint (set_counting (plan, "currency", "EUR", NULL), ==, 0);
  g_assert_cmpuint (set_counting (plan, "currency", "CHF", NULL), ==, 1);
  g_assert_cmpstr (fh_plan_info_get_currency (plan), ==, "CHF");
  g_assert_cmpuint (set_counting (plan, "name", "Untitled plan", NULL), ==, 0);
}

static void
test_notify_new_strings (void)
{
  g_autoptr (FhRoadmapItem) item =
    fh_roadmap_item_new ("Pipeline", "data", fh_quarter_make (2027, 1));
  g_autoptr (FhScore) score = fh_score_new (1, "data", FH_STAGE_INITIAL);
  g_autoptr (FhDataSource) source = fh_data_source_new ("Billing events");
  g_autoptr (FhGlossaryTerm) term = fh_glossary_term_new ("Drift", "The data changes.");
  g_autoptr (FhRole) role = fh_role_new ("Data scientist");
  g_autoptr (FhSkill) skill = fh_skill_new ("Python");
  g_autoptr (FhCriterion) criterion = fh_criterion_new ("tco", "Total cost", 30);
  g_autoptr (FhOptionScore) option_score = fh_option_score_new (4, "tco", 2);
  g_autoptr (FhBaselineItem) baseline = fh_baseline_item_new (3);

  g_assert_cmpuint (set_counting (item, "status-reason", "Vendor late", NULL), ==, 1);
  g_assert_cmpuint (set_counting (item, "status-reason", "Vendor late", NULL), ==, 0);
  g_assert_cmpstr (fh_roadmap_item_get_status_reason (item), ==, "Vendor late");
  g_assert_cmpuint (set_counting (item, "status-reason", NULL, NULL), ==, 1);
  g_assert_cmpstr (fh_roadmap_item_get_status_reason (item), ==, "");

  g_assert_cmpuint (set_counting (score, "reason", "New pipeline", NULL), ==, 1);
  g_assert_cmpuint (set_counting (score, "reason", "New pipeline", NULL), ==, 0);
  g_assert_cmpstr (fh_score_get_reason (score), ==, "New pipeline");

  g_assert_cmpuint (set_counting (source, "name", "Billing events", NULL), ==, 0);
  g_assert_cmpuint (set_counting (source, "owner", "Finance", NULL), ==, 1);
  g_assert_cmpstr (fh_data_source_get_owner (source), ==, "Finance");
  g_assert_cmpuint (set_counting (source, "description", "Invoices", NULL), ==, 1);
  g_assert_cmpstr (fh_data_source_get_description (source), ==, "Invoices");

  g_assert_cmpuint (set_counting (term, "definition", "The data changes.", NULL), ==, 0);
  g_assert_cmpuint (set_counting (term, "definition", "Inputs shift.", NULL), ==, 1);
  g_assert_cmpstr (fh_glossary_term_get_definition (term), ==, "Inputs shift.");
  g_assert_cmpuint (set_counting (term, "term", "Data drift", NULL), ==, 1);
  g_assert_cmpstr (fh_glossary_term_get_term (term), ==, "Data drift");

  g_assert_cmpuint (set_counting (role, "name", "ML engineer", NULL), ==, 1);
  g_assert_cmpstr (fh_role_get_name (role), ==, "ML engineer");
  g_assert_cmpuint (set_counting (skill, "name", "Python", NULL), ==, 0);

  g_assert_cmpuint (set_counting (criterion, "id", "tco", NULL), ==, 0);
  g_assert_cmpuint (set_counting (criterion, "id", "total-cost", NULL), ==, 1);
  g_assert_cmpstr (fh_criterion_get_id (criterion), ==, "total-cost");
  g_assert_cmpuint (set_counting (criterion, "description", "Five years", NULL), ==, 1);
  g_assert_cmpstr (fh_criterion_get_description (criterion), ==, "Five years");

  g_assert_cmpuint (set_counting (option_score, "criterion", "tco", NULL), ==, 0);
  g_assert_cmpuint (set_counting (option_score, "criterion", "lock-in", NULL), ==, 1);
  g_assert_cmpstr (fh_option_score_get_criterion (option_score), ==, "lock-in");

  g_assert_cmpuint (set_counting (baseline, "title", "Feature store", NULL), ==, 1);
  g_assert_cmpuint (set_counting (baseline, "title", "Feature store", NULL), ==, 0);
  g_assert_cmpstr (fh_baseline_item_get_title (baseline), ==, "Feature store");
  g_assert_cmpuint (set_counting (baseline, "capability", "data", NULL), ==, 1);
  g_assert_cmpstr (fh_baseline_item_get_capability (baseline), ==, "data");
}

static void
test_notify_numbers (void)
{
  g_autoptr (FhPlanInfo) plan = fh_plan_info_new ();
  g_autoptr (FhUseCase) use_case = fh_use_case_new ("Churn");
  g_autoptr (FhMetric) metric = fh_metric_new (4, "Churn rate");
  g_autoptr (FhCostLine) line = fh_cost_line_new (2);
  g_autoptr (FhRoadmapItem) item =
    fh_roadmap_item_new ("Pipeline", "data", fh_quarter_make (2027, 1));
  g_autoptr (FhLink) link = fh_link_new (1, 2);

  g_assert_cmpuint (set_counting (plan, "horizon-years", 3, NULL), ==, 0);
  g_assert_cmpuint (set_counting (plan, "horizon-years", 5, NULL), ==, 1);
  g_assert_cmpint (fh_plan_info_get_horizon_years (plan), ==, 5);
  g_assert_cmpuint (set_counting (plan, "discount-rate", 4.5, NULL), ==, 1);
  g_assert_cmpuint (set_counting (plan, "discount-rate", 4.5, NULL), ==, 0);
  g_assert_cmpfloat (fh_plan_info_get_discount_rate (plan), ==, 4.5);
  g_assert_cmpuint (set_counting (plan, "start-quarter", fh_quarter_make (2027, 2), NULL), ==, 1);
  g_assert_cmpint (fh_plan_info_get_start_quarter (plan), ==, fh_quarter_make (2027, 2));

  g_assert_cmpuint (set_counting (use_case, "id", (gint64)12, NULL), ==, 1);
  g_assert_cmpuint (set_counting (use_case, "id", (gint64)12, NULL), ==, 0);
  g_assert_cmpint (fh_use_case_get_id (use_case), ==, 12);
  g_assert_cmpuint (set_counting (use_case, "effort", 30, NULL), ==, 1);
  g_assert_cmpint (fh_use_case_get_effort (use_case), ==, 30);

  g_assert_cmpuint (set_counting (metric, "baseline", -2.5, NULL), ==, 1);
  g_assert_cmpuint (set_counting (metric, "baseline", -2.5, NULL), ==, 0);
  g_assert_cmpfloat (fh_metric_get_baseline (metric), ==, -2.5);
  g_assert_cmpuint (set_counting (metric, "use-case", (gint64)4, NULL), ==, 0);
  g_assert_cmpuint (set_counting (metric, "use-case", (gint64)5, NULL), ==, 1);
  g_assert_cmpint (fh_metric_get_use_case (metric), ==, 5);

  g_assert_cmpuint (set_counting (line, "amount", FH_MONEY_MAX, NULL), ==, 1);
  g_assert_cmpuint (set_counting (line, "amount", FH_MONEY_MAX, NULL), ==, 0);
  g_assert_cmpint (fh_cost_line_get_amount (line), ==, FH_MONEY_MAX);
  g_assert_cmpuint (set_counting (line, "growth", -12.5, NULL), ==, 1);
  g_assert_cmpfloat (fh_cost_line_get_growth (line), ==, -12.5);

  g_assert_cmpuint (set_counting (item, "duration", 1, NULL), ==, 0);
  g_assert_cmpuint (set_counting (item, "duration", 6, NULL), ==, 1);
  g_assert_cmpint (fh_roadmap_item_get_duration (item), ==, 6);
  g_assert_cmpuint (set_counting (item, "cost", (gint64)250000, NULL), ==, 1);
  g_assert_cmpint (fh_roadmap_item_get_cost (item), ==, 250000);

  g_assert_cmpuint (set_counting (link, "target", (gint64)2, NULL), ==, 0);
  g_assert_cmpuint (set_counting (link, "target", (gint64)9, NULL), ==, 1);
  g_assert_cmpint (fh_link_get_target (link), ==, 9);
  g_assert_cmpint (fh_link_get_source (link), ==, 1);
}

static void
test_notify_new_numbers (void)
{
  g_autoptr (FhPlanInfo) plan = fh_plan_info_new ();
  g_autoptr (FhUseCase) use_case = fh_use_case_new ("Churn");
  g_autoptr (FhCostLine) line = fh_cost_line_new (2);
  g_autoptr (FhRole) role = fh_role_new ("Data scientist");
  g_autoptr (FhSkill) skill = fh_skill_new ("Python");
  g_autoptr (FhRoleSkill) cell = fh_role_skill_new (1, 2);
  g_autoptr (FhCriterion) criterion = fh_criterion_new ("tco", "Total cost", 30);
  g_autoptr (FhOptionScore) option_score = fh_option_score_new (4, "tco", 2);
  g_autoptr (FhBaselineItem) baseline = fh_baseline_item_new (3);

  g_assert_cmpuint (set_counting (plan, "fte-cost", (gint64)9000000, NULL), ==, 0);
  g_assert_cmpuint (set_counting (plan, "fte-cost", (gint64)12000000, NULL), ==, 1);
  g_assert_cmpint (fh_plan_info_get_fte_cost (plan), ==, 12000000);
  g_assert_cmpuint (set_counting (plan, "draft-per-quarter", 3, NULL), ==, 0);
  g_assert_cmpuint (set_counting (plan, "draft-per-quarter", 5, NULL), ==, 1);
  g_assert_cmpint (fh_plan_info_get_draft_per_quarter (plan), ==, 5);

  g_assert_cmpuint (set_counting (use_case, "reach", 25000, NULL), ==, 1);
  g_assert_cmpuint (set_counting (use_case, "reach", 25000, NULL), ==, 0);
  g_assert_cmpint (fh_use_case_get_reach (use_case), ==, 25000);
  g_assert_cmpuint (set_counting (use_case, "confidence", 50, NULL), ==, 0);
  g_assert_cmpuint (set_counting (use_case, "confidence", 80, NULL), ==, 1);
  g_assert_cmpint (fh_use_case_get_confidence (use_case), ==, 80);
  g_assert_cmpuint (set_counting (use_case, "business-value", 13, NULL), ==, 1);
  g_assert_cmpint (fh_use_case_get_business_value (use_case), ==, 13);
  g_assert_cmpuint (set_counting (use_case, "time-criticality", 8, NULL), ==, 1);
  g_assert_cmpint (fh_use_case_get_time_criticality (use_case), ==, 8);
  g_assert_cmpuint (set_counting (use_case, "risk-reduction", 5, NULL), ==, 1);
  g_assert_cmpint (fh_use_case_get_risk_reduction (use_case), ==, 5);
  g_assert_cmpuint (set_counting (use_case, "job-size", 1, NULL), ==, 0);
  g_assert_cmpuint (set_counting (use_case, "job-size", 8, NULL), ==, 1);
  g_assert_cmpint (fh_use_case_get_job_size (use_case), ==, 8);

  g_assert_cmpuint (set_counting (line, "fte", 0.0, NULL), ==, 0);
  g_assert_cmpuint (set_counting (line, "fte", 1.5, NULL), ==, 1);
  g_assert_cmpuint (set_counting (line, "fte", 1.5, NULL), ==, 0);
  g_assert_cmpfloat (fh_cost_line_get_fte (line), ==, 1.5);
  g_assert_cmpuint (set_counting (line, "loaded-cost", (gint64)11000000, NULL), ==, 1);
  g_assert_cmpuint (set_counting (line, "loaded-cost", (gint64)11000000, NULL), ==, 0);
  g_assert_cmpint (fh_cost_line_get_loaded_cost (line), ==, 11000000);

  g_assert_cmpuint (set_counting (role, "position", 2, NULL), ==, 1);
  g_assert_cmpint (fh_role_get_position (role), ==, 2);
  g_assert_cmpuint (set_counting (skill, "position", 0, NULL), ==, 0);
  g_assert_cmpuint (set_counting (skill, "id", (gint64)6, NULL), ==, 1);
  g_assert_cmpint (fh_skill_get_id (skill), ==, 6);

  g_assert_cmpuint (set_counting (cell, "role", (gint64)1, NULL), ==, 0);
  g_assert_cmpuint (set_counting (cell, "skill", (gint64)7, NULL), ==, 1);
  g_assert_cmpint (fh_role_skill_get_skill (cell), ==, 7);
  g_assert_cmpint (fh_role_skill_get_role (cell), ==, 1);
  g_assert_cmpuint (set_counting (cell, "current", 2, NULL), ==, 1);
  g_assert_cmpuint (set_counting (cell, "current", 2, NULL), ==, 0);
  g_assert_cmpint (fh_role_skill_get_current (cell), ==, 2);
  g_assert_cmpuint (set_counting (cell, "needed", 4, NULL), ==, 1);
  g_assert_cmpint (fh_role_skill_get_needed (cell), ==, 4);

  g_assert_cmpuint (set_counting (criterion, "weight", 30.0, NULL), ==, 0);
  g_assert_cmpuint (set_counting (criterion, "weight", 12.5, NULL), ==, 1);
  g_assert_cmpfloat (fh_criterion_get_weight (criterion), ==, 12.5);
  g_assert_cmpuint (set_counting (criterion, "position", 4, NULL), ==, 1);
  g_assert_cmpint (fh_criterion_get_position (criterion), ==, 4);

  g_assert_cmpuint (set_counting (option_score, "score", 2, NULL), ==, 0);
  g_assert_cmpuint (set_counting (option_score, "score", 5, NULL), ==, 1);
  g_assert_cmpint (fh_option_score_get_score (option_score), ==, 5);
  g_assert_cmpuint (set_counting (option_score, "option", (gint64)9, NULL), ==, 1);
  g_assert_cmpint (fh_option_score_get_option (option_score), ==, 9);

  g_assert_cmpuint (set_counting (baseline, "assessment", (gint64)3, NULL), ==, 0);
  g_assert_cmpuint (set_counting (baseline, "item", (gint64)42, NULL), ==, 1);
  g_assert_cmpuint (set_counting (baseline, "item", (gint64)42, NULL), ==, 0);
  g_assert_cmpint (fh_baseline_item_get_item (baseline), ==, 42);
  g_assert_cmpuint (set_counting (baseline, "from-stage", 1, NULL), ==, 1);
  g_assert_cmpuint (set_counting (baseline, "target-stage", 3, NULL), ==, 1);
  g_assert_cmpint (fh_baseline_item_get_from_stage (baseline), ==, 1);
  g_assert_cmpint (fh_baseline_item_get_target_stage (baseline), ==, 3);
  g_assert_cmpuint (set_counting (baseline, "start-quarter", fh_quarter_make (2027, 2), NULL), ==,
                    1);
  g_assert_cmpint (fh_baseline_item_get_start_quarter (baseline), ==, fh_quarter_make (2027, 2));
  g_assert_cmpuint (set_counting (baseline, "duration", 1, NULL), ==, 0);
  g_assert_cmpuint (set_counting (baseline, "duration", 4, NULL), ==, 1);
  g_assert_cmpint (fh_baseline_item_get_duration (baseline), ==, 4);
}

static void
test_notify_enums_and_booleans (void)
{
  g_autoptr (FhGap) gap = fh_gap_new ("Lineage");
  g_autoptr (FhOption) option = fh_option_new ("data", "Feature store");
  g_autoptr (FhCapability) capability = fh_capability_new ("data", "Data");
  g_autoptr (FhScore) score = fh_score_new (1, "data", FH_STAGE_INITIAL);
  g_autoptr (FhRoadmapItem) item =
    fh_roadmap_item_new ("Pipeline", "data", fh_quarter_make (2027, 1));

  g_assert_cmpuint (set_counting (gap, "kind", FH_GAP_KIND_PROCESS, NULL), ==, 0);
  g_assert_cmpuint (set_counting (gap, "kind", FH_GAP_KIND_PEOPLE, NULL), ==, 1);
  g_assert_cmpint (fh_gap_get_kind (gap), ==, FH_GAP_KIND_PEOPLE);

  g_assert_cmpuint (set_counting (option, "kind", FH_OPTION_KIND_HYBRID, NULL), ==, 1);
  g_assert_cmpuint (set_counting (option, "kind", FH_OPTION_KIND_HYBRID, NULL), ==, 0);
  g_assert_cmpint (fh_option_get_kind (option), ==, FH_OPTION_KIND_HYBRID);
  g_assert_cmpuint (set_counting (option, "chosen", TRUE, NULL), ==, 1);
  g_assert_cmpuint (set_counting (option, "chosen", TRUE, NULL), ==, 0);
  g_assert_true (fh_option_get_chosen (option));
  g_assert_cmpuint (set_counting (option, "chosen", FALSE, NULL), ==, 1);
  g_assert_false (fh_option_get_chosen (option));

  g_assert_cmpuint (set_counting (capability, "core", TRUE, NULL), ==, 1);
  g_assert_cmpuint (set_counting (capability, "core", TRUE, NULL), ==, 0);
  g_assert_true (fh_capability_get_core (capability));

  g_assert_cmpuint (set_counting (score, "confidence", FH_CONFIDENCE_HIGH, NULL), ==, 1);
  g_assert_cmpint (fh_score_get_confidence (score), ==, FH_CONFIDENCE_HIGH);
  g_assert_cmpuint (set_counting (score, "stage", FH_STAGE_INITIAL, NULL), ==, 0);

  g_assert_cmpuint (set_counting (item, "status", FH_ITEM_STATUS_SLIPPED, NULL), ==, 1);
  g_assert_cmpint (fh_roadmap_item_get_status (item), ==, FH_ITEM_STATUS_SLIPPED);
  g_assert_cmpuint (set_counting (item, "milestone", FALSE, NULL), ==, 0);
  g_assert_cmpuint (set_counting (item, "milestone", TRUE, NULL), ==, 1);
  g_assert_true (fh_roadmap_item_get_milestone (item));
}

static void
test_notify_new_enums_and_booleans (void)
{
  g_autoptr (FhScore) score = fh_score_new (1, "data", FH_STAGE_INITIAL);
  g_autoptr (FhDataSource) source = fh_data_source_new ("Billing events");
  g_autoptr (FhGlossaryTerm) term = fh_glossary_term_new ("Drift", "The data changes.");
  g_autoptr (FhCriterion) criterion = fh_criterion_new ("tco", "Total cost", 30);
  g_autoptr (FhBaselineItem) baseline = fh_baseline_item_new (3);

  g_assert_cmpuint (set_counting (score, "carried-over", FALSE, NULL), ==, 0);
  g_assert_cmpuint (set_counting (score, "carried-over", TRUE, NULL), ==, 1);
  g_assert_cmpuint (set_counting (score, "carried-over", TRUE, NULL), ==, 0);
  g_assert_true (fh_score_get_carried_over (score));
  g_assert_cmpuint (set_counting (score, "carried-over", FALSE, NULL), ==, 1);
  g_assert_false (fh_score_get_carried_over (score));

  g_assert_cmpuint (set_counting (source, "availability", FH_AVAILABILITY_AVAILABLE, NULL), ==, 0);
  g_assert_cmpuint (set_counting (source, "availability", FH_AVAILABILITY_PARTIAL, NULL), ==, 1);
  g_assert_cmpint (fh_data_source_get_availability (source), ==, FH_AVAILABILITY_PARTIAL);
  g_assert_cmpuint (set_counting (source, "access", FH_ACCESS_ON_REQUEST, NULL), ==, 1);
  g_assert_cmpuint (set_counting (source, "access", FH_ACCESS_ON_REQUEST, NULL), ==, 0);
  g_assert_cmpint (fh_data_source_get_access (source), ==, FH_ACCESS_ON_REQUEST);
  g_assert_cmpuint (set_counting (source, "sensitivity", FH_SENSITIVITY_CONFIDENTIAL, NULL), ==, 1);
  g_assert_cmpint (fh_data_source_get_sensitivity (source), ==, FH_SENSITIVITY_CONFIDENTIAL);
  g_assert_cmpuint (set_counting (source, "collect-now", TRUE, NULL), ==, 1);
  g_assert_cmpuint (set_counting (source, "collect-now", TRUE, NULL), ==, 0);
  g_assert_true (fh_data_source_get_collect_now (source));

  g_assert_cmpuint (set_counting (term, "audience", FH_AUDIENCE_EVERYONE, NULL), ==, 0);
  g_assert_cmpuint (set_counting (term, "audience", FH_AUDIENCE_ENGINEERING, NULL), ==, 1);
  g_assert_cmpint (fh_glossary_term_get_audience (term), ==, FH_AUDIENCE_ENGINEERING);

  g_assert_cmpuint (set_counting (criterion, "derived", TRUE, NULL), ==, 1);
  g_assert_cmpuint (set_counting (criterion, "derived", TRUE, NULL), ==, 0);
  g_assert_true (fh_criterion_get_derived (criterion));

  g_assert_cmpuint (set_counting (baseline, "status", FH_ITEM_STATUS_PLANNED, NULL), ==, 0);
  g_assert_cmpuint (set_counting (baseline, "status", FH_ITEM_STATUS_DONE, NULL), ==, 1);
  g_assert_cmpint (fh_baseline_item_get_status (baseline), ==, FH_ITEM_STATUS_DONE);
}

/* Defaults */

static void
test_defaults_plan_info (void)
{
  g_autoptr (FhPlanInfo) plan = fh_plan_info_new ();

  g_assert_cmpstr (fh_plan_info_get_name (plan), ==, "Untitled plan");
  g_assert_cmpstr (fh_plan_info_get_organisation (plan), ==, "");
  g_assert_cmpstr (fh_plan_info_get_currency (plan), ==, "EUR");
  g_assert_cmpint (fh_plan_info_get_horizon_years (plan), ==, 3);
  g_assert_cmpfloat (fh_plan_info_get_discount_rate (plan), ==, 0.0);
  g_assert_cmpint (fh_plan_info_get_first_step_limit (plan), ==, 3);
  g_assert_cmpint (fh_plan_info_get_start_quarter (plan), ==, 0);
  g_assert_cmpint (fh_plan_info_get_fte_cost (plan), ==, 9000000);
  g_assert_cmpint (fh_plan_info_get_draft_per_quarter (plan), ==, 3);
  assert_pspec_defaults (plan);
}

static void
test_defaults_capability (void)
{
  g_autoptr (FhCapability) capability =
    fh_capability_new ("business-alignment", "Business alignment");

  g_assert_cmpstr (fh_capability_get_id (capability), ==, "business-alignment");
  g_assert_cmpstr (fh_capability_get_name (capability), ==, "Business alignment");
  g_assert_cmpint (fh_capability_get_position (capability), ==, 0);
  g_assert_cmpstr (fh_capability_get_description (capability), ==, "");
  g_assert_false (fh_capability_get_core (capability));
  for (int stage = FH_STAGE_INITIAL; stage <= FH_STAGE_SCALABLE; stage++)
    g_assert_cmpstr (fh_capability_get_criterion (capability, stage), ==, "");

  g_object_set (capability, "id", "", "name", "", NULL);
  assert_pspec_defaults (capability);
}

static void
test_defaults_prerequisite (void)
{
  g_autoptr (FhPrerequisite) rule = fh_prerequisite_new ("deployment", 3, "", 2);
  g_autoptr (FhPrerequisite) blank = g_object_new (FH_TYPE_PREREQUISITE, NULL);

  g_assert_cmpint (fh_prerequisite_get_id (rule), ==, 0);
  g_assert_cmpstr (fh_prerequisite_get_capability (rule), ==, "deployment");
  g_assert_cmpint (fh_prerequisite_get_stage (rule), ==, 3);
  g_assert_cmpstr (fh_prerequisite_get_requires (rule), ==, "");
  g_assert_cmpint (fh_prerequisite_get_requires_stage (rule), ==, 2);

  g_assert_cmpint (fh_prerequisite_get_stage (blank), ==, 1);
  g_assert_cmpint (fh_prerequisite_get_requires_stage (blank), ==, 1);
  assert_pspec_defaults (blank);
}

static void
test_defaults_gap (void)
{
  g_autoptr (FhGap) gap = g_object_new (FH_TYPE_GAP, NULL);

  g_assert_cmpint (fh_gap_get_id (gap), ==, 0);
  g_assert_cmpstr (fh_gap_get_title (gap), ==, "");
  g_assert_cmpint (fh_gap_get_kind (gap), ==, FH_GAP_KIND_PROCESS);
  g_assert_cmpint (fh_gap_get_severity (gap), ==, 3);
  g_assert_cmpint (fh_gap_get_votes (gap), ==, 0);
  g_assert_cmpint (fh_gap_get_status (gap), ==, FH_GAP_STATUS_OPEN);
  assert_pspec_defaults (gap);
}

static void
test_defaults_use_case (void)
{
  g_autoptr (FhUseCase) use_case = fh_use_case_new ("Churn prediction");
  g_autoptr (FhUseCase) blank = g_object_new (FH_TYPE_USE_CASE, NULL);

  g_assert_cmpstr (fh_use_case_get_title (use_case), ==, "Churn prediction");
  g_assert_cmpint (fh_use_case_get_id (use_case), ==, 0);
  g_assert_cmpstr (fh_use_case_get_description (use_case), ==, "");
  g_assert_cmpstr (fh_use_case_get_sponsor (use_case), ==, "");
  g_assert_cmpint (fh_use_case_get_impact (use_case), ==, 0);
  g_assert_cmpint (fh_use_case_get_readiness (use_case), ==, 0);
  g_assert_cmpint (fh_use_case_get_applicability (use_case), ==, 0);
  g_assert_cmpint (fh_use_case_get_effort (use_case), ==, 0);
  g_assert_cmpint (fh_use_case_get_status (use_case), ==, FH_USE_CASE_STATUS_PROPOSED);
  g_assert_cmpint (fh_use_case_get_reach (use_case), ==, 0);
  g_assert_cmpint (fh_use_case_get_confidence (use_case), ==, 50);
  g_assert_cmpint (fh_use_case_get_business_value (use_case), ==, 0);
  g_assert_cmpint (fh_use_case_get_time_criticality (use_case), ==, 0);
  g_assert_cmpint (fh_use_case_get_risk_reduction (use_case), ==, 0);
  g_assert_cmpint (fh_use_case_get_job_size (use_case), ==, 1);
  assert_pspec_defaults (blank);
}

static void
test_defaults_metric (void)
{
  g_autoptr (FhMetric) metric = fh_metric_new (7, "Churn rate");
  g_autoptr (FhMetric) blank = g_object_new (FH_TYPE_METRIC, NULL);

  g_assert_cmpint (fh_metric_get_use_case (metric), ==, 7);
  g_assert_cmpstr (fh_metric_get_name (metric), ==, "Churn rate");
  g_assert_cmpint (fh_metric_get_kind (metric), ==, FH_METRIC_KIND_BUSINESS_KPI);
  g_assert_cmpstr (fh_metric_get_unit (metric), ==, "");
  g_assert_cmpint (fh_metric_get_direction (metric), ==, FH_DIRECTION_HIGHER);
  g_assert_cmpfloat (fh_metric_get_baseline (metric), ==, 0.0);
  g_assert_cmpfloat (fh_metric_get_target (metric), ==, 0.0);
  g_assert_cmpfloat (fh_metric_get_current (metric), ==, 0.0);
  g_assert_cmpstr (fh_metric_get_deadline (metric), ==, "");
  g_assert_cmpstr (fh_metric_get_owner (metric), ==, "");
  g_assert_cmpstr (fh_metric_get_unsuccessful_if (metric), ==, "");
  g_assert_cmpstr (fh_metric_get_measured_how (metric), ==, "");

  g_assert_cmpint (fh_metric_get_use_case (blank), ==, 0);
  assert_pspec_defaults (blank);
}

static void
test_defaults_option (void)
{
  g_autoptr (FhOption) option = fh_option_new ("serving", "Managed endpoint");
  g_autoptr (FhOption) blank = g_object_new (FH_TYPE_OPTION, NULL);

  g_assert_cmpstr (fh_option_get_capability (option), ==, "serving");
  g_assert_cmpstr (fh_option_get_name (option), ==, "Managed endpoint");
  g_assert_cmpint (fh_option_get_kind (option), ==, FH_OPTION_KIND_PACKAGED);
  g_assert_cmpstr (fh_option_get_vendor (option), ==, "");
  g_assert_cmpstr (fh_option_get_description (option), ==, "");
  g_assert_false (fh_option_get_chosen (option));
  g_assert_cmpstr (fh_option_get_rationale (option), ==, "");
  assert_pspec_defaults (blank);
}

static void
test_defaults_cost_line (void)
{
  g_autoptr (FhCostLine) line = fh_cost_line_new (3);
  g_autoptr (FhCostLine) blank = g_object_new (FH_TYPE_COST_LINE, NULL);

  g_assert_cmpint (fh_cost_line_get_option (line), ==, 3);
  g_assert_cmpint (fh_cost_line_get_category (line), ==, FH_COST_CATEGORY_LICENCE);
  g_assert_cmpstr (fh_cost_line_get_description (line), ==, "");
  g_assert_cmpint (fh_cost_line_get_amount (line), ==, 0);
  g_assert_cmpint (fh_cost_line_get_recurrence (line), ==, FH_RECURRENCE_ONE_OFF);
  g_assert_cmpint (fh_cost_line_get_first_year (line), ==, 1);
  g_assert_cmpfloat (fh_cost_line_get_growth (line), ==, 0.0);
  g_assert_cmpfloat (fh_cost_line_get_fte (line), ==, 0.0);
  g_assert_cmpint (fh_cost_line_get_loaded_cost (line), ==, 0);

  g_assert_cmpint (fh_cost_line_get_option (blank), ==, 0);
  assert_pspec_defaults (blank);
}

static void
test_defaults_roadmap_item (void)
{
  g_autoptr (FhRoadmapItem) item =
    fh_roadmap_item_new ("Feature store", "data", fh_quarter_make (2027, 3));
  g_autoptr (FhRoadmapItem) blank = g_object_new (FH_TYPE_ROADMAP_ITEM, NULL);

  g_assert_cmpstr (fh_roadmap_item_get_title (item), ==, "Feature store");
  g_assert_cmpstr (fh_roadmap_item_get_capability (item), ==, "data");
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (item), ==, fh_quarter_make (2027, 3));
  g_assert_cmpint (fh_roadmap_item_get_from_stage (item), ==, 0);
  g_assert_cmpint (fh_roadmap_item_get_target_stage (item), ==, 0);
  g_assert_cmpint (fh_roadmap_item_get_duration (item), ==, 1);
  g_assert_cmpint (fh_roadmap_item_get_status (item), ==, FH_ITEM_STATUS_PLANNED);
  g_assert_cmpstr (fh_roadmap_item_get_owner (item), ==, "");
  g_assert_cmpstr (fh_roadmap_item_get_notes (item), ==, "");
  g_assert_false (fh_roadmap_item_get_milestone (item));
  g_assert_cmpint (fh_roadmap_item_get_cost (item), ==, 0);
  g_assert_cmpstr (fh_roadmap_item_get_status_reason (item), ==, "");

  g_assert_cmpint (fh_roadmap_item_get_start_quarter (blank), ==, 0);
  assert_pspec_defaults (blank);
}

static void
test_defaults_assessment (void)
{
  g_autoptr (FhAssessment) assessment = fh_assessment_new (fh_quarter_make (2026, 4));
  g_autoptr (FhAssessment) blank = g_object_new (FH_TYPE_ASSESSMENT, NULL);

  g_assert_cmpint (fh_assessment_get_id (assessment), ==, 0);
  g_assert_cmpint (fh_assessment_get_quarter (assessment), ==, fh_quarter_make (2026, 4));
  g_assert_cmpstr (fh_assessment_get_date (assessment), ==, "");
  g_assert_cmpstr (fh_assessment_get_participants (assessment), ==, "");
  g_assert_cmpstr (fh_assessment_get_notes (assessment), ==, "");
  assert_pspec_defaults (blank);
}

static void
test_defaults_score (void)
{
  g_autoptr (FhScore) score = fh_score_new (2, "monitoring", FH_STAGE_REPEATABLE);
  g_autoptr (FhScore) blank = g_object_new (FH_TYPE_SCORE, NULL);

  g_assert_cmpint (fh_score_get_assessment (score), ==, 2);
  g_assert_cmpstr (fh_score_get_capability (score), ==, "monitoring");
  g_assert_cmpint (fh_score_get_stage (score), ==, FH_STAGE_REPEATABLE);
  g_assert_cmpstr (fh_score_get_evidence (score), ==, "");
  g_assert_cmpint (fh_score_get_confidence (score), ==, FH_CONFIDENCE_LOW);
  g_assert_false (fh_score_get_carried_over (score));
  g_assert_cmpstr (fh_score_get_reason (score), ==, "");

  g_assert_cmpint (fh_score_get_stage (blank), ==, 0);
  assert_pspec_defaults (blank);
}

static void
test_defaults_link (void)
{
  g_autoptr (FhLink) link = fh_link_new (5, 8);
  g_autoptr (FhLink) blank = g_object_new (FH_TYPE_LINK, NULL);

  g_assert_cmpint (fh_link_get_source (link), ==, 5);
  g_assert_cmpint (fh_link_get_target (link), ==, 8);
  g_assert_cmpint (fh_link_get_source (blank), ==, 0);
  g_assert_cmpint (fh_link_get_target (blank), ==, 0);
  assert_pspec_defaults (blank);
}

static void
test_defaults_data_source (void)
{
  g_autoptr (FhDataSource) source = fh_data_source_new ("Billing events");
  g_autoptr (FhDataSource) blank = g_object_new (FH_TYPE_DATA_SOURCE, NULL);

  g_assert_cmpint (fh_data_source_get_id (source), ==, 0);
  g_assert_cmpstr (fh_data_source_get_name (source), ==, "Billing events");
  g_assert_cmpstr (fh_data_source_get_description (source), ==, "");
  g_assert_cmpstr (fh_data_source_get_owner (source), ==, "");
  g_assert_cmpint (fh_data_source_get_availability (source), ==, FH_AVAILABILITY_AVAILABLE);
  g_assert_cmpint (fh_data_source_get_access (source), ==, FH_ACCESS_SELF_SERVICE);
  g_assert_cmpint (fh_data_source_get_sensitivity (source), ==, FH_SENSITIVITY_INTERNAL);
  g_assert_false (fh_data_source_get_collect_now (source));

  g_assert_cmpstr (fh_data_source_get_name (blank), ==, "");
  assert_pspec_defaults (blank);
}

static void
test_defaults_glossary_term (void)
{
  g_autoptr (FhGlossaryTerm) term =
    fh_glossary_term_new ("Drift", "When live data stops looking like "
                                   "the training data.");
  g_autoptr (FhGlossaryTerm) blank = g_object_new (FH_TYPE_GLOSSARY_TERM, NULL);

  g_assert_cmpint (fh_glossary_term_get_id (term), ==, 0);
  g_assert_cmpstr (fh_glossary_term_get_term (term), ==, "Drift");
  g_assert_cmpstr (fh_glossary_term_get_definition (term), ==,
                   "When live data stops looking like the training data.");
  g_assert_cmpint (fh_glossary_term_get_audience (term), ==, FH_AUDIENCE_EVERYONE);

  g_assert_cmpstr (fh_glossary_term_get_term (blank), ==, "");
  g_assert_cmpstr (fh_glossary_term_get_definition (blank), ==, "");
  assert_pspec_defaults (blank);
}

static void
test_defaults_role_and_skill (void)
{
  g_autoptr (FhRole) role = fh_role_new ("ML engineer");
  g_autoptr (FhRole) blank_role = g_object_new (FH_TYPE_ROLE, NULL);
  g_autoptr (FhSkill) skill = fh_skill_new ("Model monitoring");
  g_autoptr (FhSkill) blank_skill = g_object_new (FH_TYPE_SKILL, NULL);

  g_assert_cmpint (fh_role_get_id (role), ==, 0);
  g_assert_cmpstr (fh_role_get_name (role), ==, "ML engineer");
  g_assert_cmpint (fh_role_get_position (role), ==, 0);
  g_assert_cmpint (fh_skill_get_id (skill), ==, 0);
  g_assert_cmpstr (fh_skill_get_name (skill), ==, "Model monitoring");
  g_assert_cmpint (fh_skill_get_position (skill), ==, 0);

  g_assert_cmpstr (fh_role_get_name (blank_role), ==, "");
  g_assert_cmpstr (fh_skill_get_name (blank_skill), ==, "");
  assert_pspec_defaults (blank_role);
  assert_pspec_defaults (blank_skill);
}

static void
test_defaults_role_skill (void)
{
  g_autoptr (FhRoleSkill) cell = fh_role_skill_new (2, 5);
  g_autoptr (FhRoleSkill) blank = g_object_new (FH_TYPE_ROLE_SKILL, NULL);

  g_assert_cmpint (fh_role_skill_get_id (cell), ==, 0);
  g_assert_cmpint (fh_role_skill_get_role (cell), ==, 2);
  g_assert_cmpint (fh_role_skill_get_skill (cell), ==, 5);
  g_assert_cmpint (fh_role_skill_get_current (cell), ==, 0);
  g_assert_cmpint (fh_role_skill_get_needed (cell), ==, 0);

  /* Never given its role and skill, a cell holds 0 for both and cannot be stored. */
  g_assert_cmpint (fh_role_skill_get_role (blank), ==, 0);
  g_assert_cmpint (fh_role_skill_get_skill (blank), ==, 0);
  check_int64 (FH_TYPE_ROLE_SKILL, "role", fh_role_skill_get_role (blank), FALSE);
  check_int64 (FH_TYPE_ROLE_SKILL, "skill", fh_role_skill_get_skill (blank), FALSE);
  assert_pspec_defaults (blank);
}

static void
test_defaults_criterion (void)
{
  g_autoptr (FhCriterion) criterion =
    fh_criterion_new ("total-cost", "Total cost of ownership", 25.5);
  g_autoptr (FhCriterion) blank = g_object_new (FH_TYPE_CRITERION, NULL);

  g_assert_cmpstr (fh_criterion_get_id (criterion), ==, "total-cost");
  g_assert_cmpint (fh_criterion_get_position (criterion), ==, 0);
  g_assert_cmpstr (fh_criterion_get_name (criterion), ==, "Total cost of ownership");
  g_assert_cmpstr (fh_criterion_get_description (criterion), ==, "");
  g_assert_cmpfloat (fh_criterion_get_weight (criterion), ==, 25.5);
  g_assert_false (fh_criterion_get_derived (criterion));

  g_assert_cmpstr (fh_criterion_get_id (blank), ==, "");
  g_assert_cmpfloat (fh_criterion_get_weight (blank), ==, 0.0);
  assert_pspec_defaults (blank);
}

static void
test_defaults_option_score (void)
{
  g_autoptr (FhOptionScore) option_score = fh_option_score_new (4, "lock-in", 2);
  g_autoptr (FhOptionScore) blank = g_object_new (FH_TYPE_OPTION_SCORE, NULL);

  g_assert_cmpint (fh_option_score_get_id (option_score), ==, 0);
  g_assert_cmpint (fh_option_score_get_option (option_score), ==, 4);
  g_assert_cmpstr (fh_option_score_get_criterion (option_score), ==, "lock-in");
  g_assert_cmpint (fh_option_score_get_score (option_score), ==, 2);

  g_assert_cmpint (fh_option_score_get_option (blank), ==, 0);
  g_assert_cmpstr (fh_option_score_get_criterion (blank), ==, "");
  g_assert_cmpint (fh_option_score_get_score (blank), ==, 3);
  check_int64 (FH_TYPE_OPTION_SCORE, "option", fh_option_score_get_option (blank), FALSE);
  check_string (FH_TYPE_OPTION_SCORE, "criterion", fh_option_score_get_criterion (blank), FALSE);
  assert_pspec_defaults (blank);
}

static void
test_defaults_baseline_item (void)
{
  g_autoptr (FhBaselineItem) baseline = fh_baseline_item_new (6);
  g_autoptr (FhBaselineItem) blank = g_object_new (FH_TYPE_BASELINE_ITEM, NULL);

  g_assert_cmpint (fh_baseline_item_get_id (baseline), ==, 0);
  g_assert_cmpint (fh_baseline_item_get_assessment (baseline), ==, 6);
  g_assert_cmpint (fh_baseline_item_get_item (baseline), ==, 0);
  g_assert_cmpstr (fh_baseline_item_get_title (baseline), ==, "");
  g_assert_cmpstr (fh_baseline_item_get_capability (baseline), ==, "");
  g_assert_cmpint (fh_baseline_item_get_from_stage (baseline), ==, 0);
  g_assert_cmpint (fh_baseline_item_get_target_stage (baseline), ==, 0);
  g_assert_cmpint (fh_baseline_item_get_start_quarter (baseline), ==, 0);
  g_assert_cmpint (fh_baseline_item_get_duration (baseline), ==, 1);
  g_assert_cmpint (fh_baseline_item_get_status (baseline), ==, FH_ITEM_STATUS_PLANNED);

  /* item is a plain number, not a reference: 0 is a valid value. */
  check_int64 (FH_TYPE_BASELINE_ITEM, "item", fh_baseline_item_get_item (baseline), TRUE);
  g_assert_cmpint (fh_baseline_item_get_assessment (blank), ==, 0);
  assert_pspec_defaults (blank);
}

static void
test_criterion_out_of_range (void)
{
  g_autoptr (FhCapability) capability = fh_capability_new ("data", "Data");

  /* "Not yet" is a stage without a criterion. */
  g_test_expect_message ("foothold-core", G_LOG_LEVEL_CRITICAL, "*stage >= FH_STAGE_INITIAL*");
  g_assert_null (fh_capability_get_criterion (capability, FH_STAGE_NOT_YET));
  g_test_assert_expected_messages ();

  g_test_expect_message ("foothold-core", G_LOG_LEVEL_CRITICAL, "*stage <= FH_STAGE_SCALABLE*");
  g_assert_null (fh_capability_get_criterion (capability, FH_STAGE_SCALABLE + 1));
  g_test_assert_expected_messages ();
}

static void
test_finalize (void)
{
  /* Every record is freed with its last reference, whatever it holds. */
  g_assert_finalize_object (fh_plan_info_new ());
  g_assert_finalize_object (fh_capability_new ("data", "Data"));
  g_assert_finalize_object (fh_prerequisite_new ("", 2, "", 1));
  g_assert_finalize_object (fh_gap_new ("Gap"));
  g_assert_finalize_object (fh_use_case_new ("Use case"));
  g_assert_finalize_object (fh_metric_new (1, "Metric"));
  g_assert_finalize_object (fh_option_new ("data", "Option"));
  g_assert_finalize_object (fh_cost_line_new (1));
  g_assert_finalize_object (fh_roadmap_item_new ("Item", "data", FH_QUARTER_MIN));
  g_assert_finalize_object (fh_assessment_new (FH_QUARTER_MIN));
  g_assert_finalize_object (fh_score_new (1, "data", 0));
  g_assert_finalize_object (fh_link_new (1, 2));
  g_assert_finalize_object (fh_data_source_new ("Source"));
  g_assert_finalize_object (fh_glossary_term_new ("Term", "Definition"));
  g_assert_finalize_object (fh_role_new ("Role"));
  g_assert_finalize_object (fh_skill_new ("Skill"));
  g_assert_finalize_object (fh_role_skill_new (1, 2));
  g_assert_finalize_object (fh_criterion_new ("tco", "Total cost", 1));
  g_assert_finalize_object (fh_option_score_new (1, "tco", 3));
  g_assert_finalize_object (fh_baseline_item_new (1));
}

/* One label per enum value, in core: every enum of fh-types.h has one for each value,
 * none empty and no two alike, and a drop-down's position is the value. */
static void
test_enum_labels (void)
{
  const GType types[] = {
    FH_TYPE_STAGE,        FH_TYPE_GAP_KIND,    FH_TYPE_GAP_STATUS,  FH_TYPE_USE_CASE_STATUS,
    FH_TYPE_METRIC_KIND,  FH_TYPE_DIRECTION,   FH_TYPE_OPTION_KIND, FH_TYPE_COST_CATEGORY,
    FH_TYPE_RECURRENCE,   FH_TYPE_ITEM_STATUS, FH_TYPE_CONFIDENCE,  FH_TYPE_SEVERITY,
    FH_TYPE_AVAILABILITY, FH_TYPE_ACCESS,      FH_TYPE_SENSITIVITY, FH_TYPE_AUDIENCE,
  };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (types[t]);
      g_auto (GStrv) labels = fh_enum_get_labels (types[t]);

      g_assert_cmpuint (g_strv_length (labels), ==, klass->n_values);
      for (guint i = 0; i < klass->n_values; i++)
        {
          g_assert_cmpstr (labels[i], !=, "");
          g_assert_cmpstr (labels[i], ==, fh_enum_get_label (types[t], klass->values[i].value));
          for (guint j = 0; j < i; j++)
            g_assert_cmpstr (labels[i], !=, labels[j]);
        }
    }

  g_assert_cmpstr (fh_gap_kind_get_label (FH_GAP_KIND_LIFECYCLE), ==, "ML lifecycle");
  g_assert_cmpstr (fh_item_status_get_label (FH_ITEM_STATUS_SLIPPED), ==, "Slipped");
  g_assert_cmpstr (fh_option_kind_get_label (FH_OPTION_KIND_HYBRID), ==, "Hybrid");
}

/* A gap is open until it is closed: a planned gap still counts. */
static void
test_gaps_open (void)
{
  g_autoptr (GListStore) gaps = g_list_store_new (FH_TYPE_GAP);
  const FhGapStatus statuses[] = { FH_GAP_STATUS_OPEN, FH_GAP_STATUS_PLANNED, FH_GAP_STATUS_CLOSED,
                                   FH_GAP_STATUS_OPEN };

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr (FhGap) gap = fh_gap_new ("A gap");

      g_object_set (gap, "status", statuses[i], NULL);
      g_assert_cmpint (fh_gap_is_open (gap), ==, statuses[i] != FH_GAP_STATUS_CLOSED);
      g_list_store_append (gaps, gap);
    }

  g_assert_cmpuint (fh_gaps_count_open (G_LIST_MODEL (gaps)), ==, 3);
  g_assert_cmpuint (fh_gaps_count_open (NULL), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/core/enum-labels", test_enum_labels);
  g_test_add_func ("/foothold/core/gaps-open", test_gaps_open);
  g_test_add_func ("/foothold/core/quarter/make", test_quarter_make);
  g_test_add_func ("/foothold/core/quarter/format", test_quarter_format);
  g_test_add_func ("/foothold/core/quarter/parse", test_quarter_parse);
  g_test_add_func ("/foothold/core/quarter/round-trip", test_quarter_round_trip);
  g_test_add_func ("/foothold/core/quarter/from-date", test_quarter_from_date);
  g_test_add_func ("/foothold/core/stage/label", test_stage_label);
  g_test_add_func ("/foothold/core/stage/label-invalid", test_stage_label_invalid);
  g_test_add_func ("/foothold/core/validate/ranges", test_validate_ranges);
  g_test_add_func ("/foothold/core/validate/text", test_validate_text);
  g_test_add_func ("/foothold/core/validate/quarters", test_validate_quarters);
  g_test_add_func ("/foothold/core/validate/doubles", test_validate_doubles);
  g_test_add_func ("/foothold/core/validate/enums", test_validate_enums);
  g_test_add_func ("/foothold/core/validate/type", test_validate_type);
  g_test_add_func ("/foothold/core/field-marks", test_field_marks);
  g_test_add_func ("/foothold/core/properties", test_properties);
  g_test_add_func ("/foothold/core/notify/strings", test_notify_strings);
  g_test_add_func ("/foothold/core/notify/numbers", test_notify_numbers);
  g_test_add_func ("/foothold/core/notify/enums-and-booleans", test_notify_enums_and_booleans);
  g_test_add_func ("/foothold/core/notify/new-strings", test_notify_new_strings);
  g_test_add_func ("/foothold/core/notify/new-numbers", test_notify_new_numbers);
  g_test_add_func ("/foothold/core/notify/new-enums-and-booleans",
                   test_notify_new_enums_and_booleans);
  g_test_add_func ("/foothold/core/defaults/plan-info", test_defaults_plan_info);
  g_test_add_func ("/foothold/core/defaults/capability", test_defaults_capability);
  g_test_add_func ("/foothold/core/defaults/prerequisite", test_defaults_prerequisite);
  g_test_add_func ("/foothold/core/defaults/gap", test_defaults_gap);
  g_test_add_func ("/foothold/core/defaults/use-case", test_defaults_use_case);
  g_test_add_func ("/foothold/core/defaults/metric", test_defaults_metric);
  g_test_add_func ("/foothold/core/defaults/option", test_defaults_option);
  g_test_add_func ("/foothold/core/defaults/cost-line", test_defaults_cost_line);
  g_test_add_func ("/foothold/core/defaults/roadmap-item", test_defaults_roadmap_item);
  g_test_add_func ("/foothold/core/defaults/assessment", test_defaults_assessment);
  g_test_add_func ("/foothold/core/defaults/score", test_defaults_score);
  g_test_add_func ("/foothold/core/defaults/link", test_defaults_link);
  g_test_add_func ("/foothold/core/defaults/data-source", test_defaults_data_source);
  g_test_add_func ("/foothold/core/defaults/glossary-term", test_defaults_glossary_term);
  g_test_add_func ("/foothold/core/defaults/role-and-skill", test_defaults_role_and_skill);
  g_test_add_func ("/foothold/core/defaults/role-skill", test_defaults_role_skill);
  g_test_add_func ("/foothold/core/defaults/criterion", test_defaults_criterion);
  g_test_add_func ("/foothold/core/defaults/option-score", test_defaults_option_score);
  g_test_add_func ("/foothold/core/defaults/baseline-item", test_defaults_baseline_item);
  g_test_add_func ("/foothold/core/capability/criterion-out-of-range", test_criterion_out_of_range);
  g_test_add_func ("/foothold/core/finalize", test_finalize);

  return g_test_run ();
}
