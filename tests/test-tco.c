/* test-tco.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "fh-cost-line.h"
#include "fh-field.h"
#include "fh-money.h"
#include "fh-option.h"
#include "fh-plan-info.h"
#include "fh-tco.h"

typedef struct
{
  gint64         id;
  gint64         option;
  FhCostCategory category;
  gint64         amount;
  FhRecurrence   recurrence;
  int            first_year;
  double         growth;
  double         fte;
  gint64         loaded_cost;
} LineRow;

static FhCostLine *
make_line (const LineRow *row)
{
  return g_object_new (FH_TYPE_COST_LINE, "id", row->id, "option", row->option, "category",
                       row->category, "amount", row->amount, "recurrence", row->recurrence,
                       "first-year", row->first_year, "growth", row->growth, "fte", row->fte,
                       "loaded-cost", row->loaded_cost, NULL);
}

static GListStore *
make_lines (const LineRow *rows, guint n_rows)
{
  GListStore *store = g_list_store_new (FH_TYPE_COST_LINE);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr (FhCostLine) line = make_line (&rows[i]);

      g_list_store_append (store, line);
    }

  return store;
}

/* The worked example; every figure below was computed by hand (see the comments). */
static const LineRow example[] = {
  /* 1000.00 a year, +10 %: 100000, 110000, 121000 = 331000 */
  { 1, 1, FH_COST_CATEGORY_LICENCE, 100000, FH_RECURRENCE_YEARLY, 1, 10, 0, 0 },
  /* 50.00 a month from year 2: 60000, 60000 = 120000 */
  { 2, 1, FH_COST_CATEGORY_INFRASTRUCTURE, 5000, FH_RECURRENCE_MONTHLY, 2, 0, 0, 0 },
  /* one-off in year 1 */
  { 3, 1, FH_COST_CATEGORY_BUILD, 250000, FH_RECURRENCE_ONE_OFF, 1, 0, 0, 0 },
  /* one-off exit reserve: booked in the horizon's last year */
  { 4, 1, FH_COST_CATEGORY_EXIT_RESERVE, 80000, FH_RECURRENCE_ONE_OFF, 1, 0, 0, 0 },
  /* 0.5 FTE at the plan's 90,000.00, +3 %: 4500000, 4635000, 4774050 = 13909050;
   * the amount of a staff line is ignored */
  { 5, 1, FH_COST_CATEGORY_OPERATIONS_STAFF, 999, FH_RECURRENCE_ONE_OFF, 1, 3, 0.5, 0 },
  /* 0.25 FTE at its own 80,000.00: 2000000 a year = 6000000 */
  { 6, 1, FH_COST_CATEGORY_OPERATIONS_STAFF, 0, FH_RECURRENCE_YEARLY, 1, 0, 0.25, 8000000 },
  /* starts after the horizon: nothing */
  { 7, 1, FH_COST_CATEGORY_TRAINING, 70000, FH_RECURRENCE_ONE_OFF, 4, 0, 0, 0 },
  /* another option's line: nothing */
  { 8, 2, FH_COST_CATEGORY_LICENCE, 123456, FH_RECURRENCE_YEARLY, 1, 0, 0, 0 },
};

static void
params_for (FhTcoParams *params, int horizon, double rate)
{
  fh_tco_params_init (params, NULL);
  params->horizon = horizon;
  params->discount_rate = rate;
}

static void
test_breakdown (void)
{
  g_autoptr (GListStore) lines = make_lines (example, G_N_ELEMENTS (example));
  FhTcoParams params;
  FhTco       tco;

  params_for (&params, 3, 0);
  g_assert_cmpint (params.fte_cost, ==, 9000000);
  fh_tco_compute (&tco, &params, G_LIST_MODEL (lines), 1);

  g_assert_cmpint (tco.n_lines, ==, 7);
  g_assert_cmpint (tco.cells[0][FH_COST_CATEGORY_LICENCE], ==, 100000);
  g_assert_cmpint (tco.cells[1][FH_COST_CATEGORY_LICENCE], ==, 110000);
  g_assert_cmpint (tco.cells[2][FH_COST_CATEGORY_LICENCE], ==, 121000);
  g_assert_cmpint (tco.cells[0][FH_COST_CATEGORY_INFRASTRUCTURE], ==, 0);
  g_assert_cmpint (tco.cells[1][FH_COST_CATEGORY_INFRASTRUCTURE], ==, 60000);
  g_assert_cmpint (tco.cells[0][FH_COST_CATEGORY_EXIT_RESERVE], ==, 0);
  g_assert_cmpint (tco.cells[2][FH_COST_CATEGORY_EXIT_RESERVE], ==, 80000);
  g_assert_cmpint (tco.cells[2][FH_COST_CATEGORY_OPERATIONS_STAFF], ==, 4774050 + 2000000);
  g_assert_cmpint (tco.by_category[FH_COST_CATEGORY_LICENCE], ==, 331000);
  g_assert_cmpint (tco.by_category[FH_COST_CATEGORY_INFRASTRUCTURE], ==, 120000);
  g_assert_cmpint (tco.by_category[FH_COST_CATEGORY_BUILD], ==, 250000);
  g_assert_cmpint (tco.by_category[FH_COST_CATEGORY_OPERATIONS_STAFF], ==, 19909050);
  g_assert_cmpint (tco.by_category[FH_COST_CATEGORY_TRAINING], ==, 0);
  g_assert_cmpint (tco.by_year[0], ==, 6850000);
  g_assert_cmpint (tco.by_year[1], ==, 6805000);
  g_assert_cmpint (tco.by_year[2], ==, 7035050);
  g_assert_cmpint (tco.total, ==, 20690050);
  g_assert_cmpint (tco.present_value, ==, tco.total);
}

/* A staff effort and staff for a number of years, by hand, over 4 years at the plan's
 * 90,000.00 for an FTE. */
static void
test_staff_effort (void)
{
  g_autoptr (GListStore) lines = g_list_store_new (FH_TYPE_COST_LINE);
  g_autoptr (FhCostLine) build = NULL;
  g_autoptr (FhCostLine) run = NULL;
  g_autoptr (FhCostLine) own = NULL;
  g_autoptr (FhCostLine) licence = NULL;
  FhTcoParams params;
  FhTco       tco;

  /* 6 person-months of build effort in year 2, entered by someone who also typed 2 FTE
   * and a yearly recurrence: 6 / 12 × 9000000 = 4500000, once, in year 2 (the FTE and
   * the recurrence do not count for an effort). */
  build = g_object_new (FH_TYPE_COST_LINE, "id", (gint64)1, "option", (gint64)1, "category",
                        FH_COST_CATEGORY_BUILD, "recurrence", FH_RECURRENCE_YEARLY, "first-year", 2,
                        "fte", 2.0, "person-months", 6.0, NULL);
  /* 1.5 FTE for 2 years from year 1, +10 %: 13500000, 14850000, then nothing. */
  run =
    g_object_new (FH_TYPE_COST_LINE, "id", (gint64)2, "option", (gint64)1, "category",
                  FH_COST_CATEGORY_OPERATIONS_STAFF, "fte", 1.5, "years", 2, "growth", 10.0, NULL);
  /* 3 person-months at the line's own 60,000.00 a year: 3 / 12 × 6000000 = 1500000 in
   * year 1. */
  own = g_object_new (FH_TYPE_COST_LINE, "id", (gint64)3, "option", (gint64)1, "category",
                      FH_COST_CATEGORY_MIGRATION_IN, "person-months", 3.0, "loaded-cost",
                      (gint64)6000000, NULL);
  /* A yearly licence of 100.00 for 3 years from year 2: years 2, 3 and 4. */
  licence = g_object_new (FH_TYPE_COST_LINE, "id", (gint64)4, "option", (gint64)1, "category",
                          FH_COST_CATEGORY_LICENCE, "amount", (gint64)10000, "recurrence",
                          FH_RECURRENCE_YEARLY, "first-year", 2, "years", 3, NULL);
  g_list_store_append (lines, build);
  g_list_store_append (lines, run);
  g_list_store_append (lines, own);
  g_list_store_append (lines, licence);

  params_for (&params, 4, 0);
  fh_tco_compute (&tco, &params, G_LIST_MODEL (lines), 1);
  g_assert_cmpint (tco.cells[0][FH_COST_CATEGORY_BUILD], ==, 0);
  g_assert_cmpint (tco.cells[1][FH_COST_CATEGORY_BUILD], ==, 4500000);
  g_assert_cmpint (tco.by_category[FH_COST_CATEGORY_BUILD], ==, 4500000);
  g_assert_cmpint (tco.cells[0][FH_COST_CATEGORY_OPERATIONS_STAFF], ==, 13500000);
  g_assert_cmpint (tco.cells[1][FH_COST_CATEGORY_OPERATIONS_STAFF], ==, 14850000);
  g_assert_cmpint (tco.cells[2][FH_COST_CATEGORY_OPERATIONS_STAFF], ==, 0);
  g_assert_cmpint (tco.by_category[FH_COST_CATEGORY_MIGRATION_IN], ==, 1500000);
  g_assert_cmpint (tco.cells[0][FH_COST_CATEGORY_LICENCE], ==, 0);
  g_assert_cmpint (tco.by_category[FH_COST_CATEGORY_LICENCE], ==, 30000);
  g_assert_cmpint (tco.by_year[0], ==, 15000000);
  g_assert_cmpint (tco.by_year[1], ==, 19360000);
  g_assert_cmpint (tco.by_year[2], ==, 10000);
  g_assert_cmpint (tco.by_year[3], ==, 10000);
  g_assert_cmpint (tco.total, ==, 34380000);
}

static void
test_discount (void)
{
  g_autoptr (GListStore) lines = make_lines (example, G_N_ELEMENTS (example));
  FhTcoParams params;
  FhTco       tco;

  /* 6850000 / 1.1 = 6227272.73 → 6227273; 6805000 / 1.21 = 5623966.94 → 5623967;
   * 7035050 / 1.331 = 5285537.19 → 5285537 */
  params_for (&params, 3, 10);
  fh_tco_compute (&tco, &params, G_LIST_MODEL (lines), 1);
  g_assert_cmpint (tco.total, ==, 20690050);
  g_assert_cmpint (tco.present_value, ==, 6227273 + 5623967 + 5285537);
}

static void
test_horizon (void)
{
  g_autoptr (GListStore) lines = make_lines (example, G_N_ELEMENTS (example));
  FhTcoParams params;
  FhTco       tco;

  /* One year: 100000 + 250000 + 4500000 + 2000000, and the exit reserve 80000 moves
   * into year 1, the last one. The infrastructure line starts in year 2. */
  params_for (&params, 1, 0);
  fh_tco_compute (&tco, &params, G_LIST_MODEL (lines), 1);
  g_assert_cmpint (tco.total, ==, 6930000);
  g_assert_cmpint (tco.by_category[FH_COST_CATEGORY_INFRASTRUCTURE], ==, 0);

  /* Four years: the training line (year 4) now counts, and year 4 adds
   * 133100 + 60000 + 4917272 (4774050 × 1.03 = 4917271.5 → 4917272) + 2000000, and
   * the exit reserve moves to year 4. */
  params_for (&params, 4, 0);
  fh_tco_compute (&tco, &params, G_LIST_MODEL (lines), 1);
  g_assert_cmpint (tco.by_year[2], ==, 7035050 - 80000);
  g_assert_cmpint (tco.by_year[3], ==, 133100 + 60000 + 4917272 + 2000000 + 70000 + 80000);
  g_assert_cmpint (tco.total, ==, 20690050 + 133100 + 60000 + 4917272 + 2000000 + 70000);
}

typedef struct
{
  gint64       amount;
  FhRecurrence recurrence;
  double       growth;
  int          year;
  gint64       expected;
} RoundingCase;

static void
test_rounding (void)
{
  static const RoundingCase cases[] = {
    { 3, FH_RECURRENCE_YEARLY, 50, 2, 5 },         /* 4.5 rounds away from zero */
    { 1001, FH_RECURRENCE_YEARLY, 3.5, 2, 1036 },  /* 1036.035 */
    { 1001, FH_RECURRENCE_YEARLY, 3.5, 3, 1072 },  /* 1072.296… */
    { 100, FH_RECURRENCE_MONTHLY, -50, 3, 300 },   /* 1200 × 0.25 */
    { 100, FH_RECURRENCE_YEARLY, -100, 2, 0 },     /* a line that stops */
    { 100, FH_RECURRENCE_YEARLY, 1000, 3, 12100 }, /* 100 × 11² */
    { 777, FH_RECURRENCE_ONE_OFF, 1000, 1, 777 },  /* one-off lines do not grow */
    { 777, FH_RECURRENCE_ONE_OFF, 1000, 2, 0 },
  };
  FhTcoParams params;

  params_for (&params, 10, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LineRow row = {
        1, 1, FH_COST_CATEGORY_SUPPORT, cases[i].amount, cases[i].recurrence, 1, cases[i].growth,
        0, 0
      };
      g_autoptr (FhCostLine) line = make_line (&row);

      g_test_message ("case %u", i);
      g_assert_cmpint (fh_tco_line_cost (line, &params, cases[i].year), ==, cases[i].expected);
    }
}

static void
test_saturation (void)
{
  static const LineRow rows[] = {
    { 1, 1, FH_COST_CATEGORY_LICENCE, FH_MONEY_MAX, FH_RECURRENCE_MONTHLY, 1, 1000, 0, 0 },
    { 2, 1, FH_COST_CATEGORY_SUPPORT, FH_MONEY_MAX, FH_RECURRENCE_MONTHLY, 1, 1000, 0, 0 },
  };
  g_autoptr (GListStore) lines = make_lines (rows, G_N_ELEMENTS (rows));
  FhTcoParams params;
  FhTco       tco;

  /* 12 × 10^12 × 11^9 is far beyond int64: the sums stop at 10^18 instead of wrapping. */
  params_for (&params, 10, 0);
  fh_tco_compute (&tco, &params, G_LIST_MODEL (lines), 1);
  g_assert_cmpint (tco.total, ==, G_GINT64_CONSTANT (1000000000000000000));
  g_assert_cmpint (tco.by_year[0], ==, 2 * 12 * FH_MONEY_MAX);
  g_assert_cmpint (tco.present_value, >, 0);
}

static void
test_override (void)
{
  g_autoptr (GListStore) lines = make_lines (example, G_N_ELEMENTS (example));
  FhTcoParams params;
  FhTco       tco;

  /* Line 3 (build, one-off 250000) priced at 1000000 instead; the FTE cost doubled:
   * line 5 becomes 9000000, 9270000, 9548100. */
  params_for (&params, 3, 0);
  params.override_line = 3;
  params.override_amount = 1000000;
  params.fte_cost = 18000000;
  fh_tco_compute (&tco, &params, G_LIST_MODEL (lines), 1);
  g_assert_cmpint (tco.by_category[FH_COST_CATEGORY_BUILD], ==, 1000000);
  g_assert_cmpint (tco.by_category[FH_COST_CATEGORY_OPERATIONS_STAFF], ==,
                   9000000 + 9270000 + 9548100 + 6000000);
}

static void
test_chosen (void)
{
  g_autoptr (GListStore) lines = make_lines (example, G_N_ELEMENTS (example));
  g_autoptr (GListStore) options = g_list_store_new (FH_TYPE_OPTION);
  g_autoptr (FhPlanInfo) info = fh_plan_info_new ();
  g_autoptr (FhOption) one =
    g_object_new (FH_TYPE_OPTION, "id", (gint64)1, "capability", "registry", "name", "A", NULL);
  g_autoptr (FhOption) two =
    g_object_new (FH_TYPE_OPTION, "id", (gint64)2, "capability", "registry", "name", "B", NULL);
  FhPlanModels models = { 0 };
  gint64       option = 0;
  FhTco        tco;

  g_list_store_append (options, one);
  g_list_store_append (options, two);
  models.info = info;
  models.models[FH_COLLECTION_OPTIONS] = G_LIST_MODEL (options);
  models.models[FH_COLLECTION_COST_LINES] = G_LIST_MODEL (lines);

  g_assert_cmpint (fh_tco_chosen_total (&models, "registry"), ==, -1);
  g_assert_false (fh_tco_chosen_for_capability (&models, "registry", &option, NULL));

  g_object_set (two, "chosen", TRUE, NULL);
  g_assert_true (fh_tco_chosen_for_capability (&models, "registry", &option, &tco));
  g_assert_cmpint (option, ==, 2);
  /* Line 8: 123456 a year over the default horizon of 3 years. */
  g_assert_cmpint (tco.total, ==, 3 * 123456);
  g_assert_cmpint (fh_tco_chosen_total (&models, "registry"), ==, 3 * 123456);
  g_assert_cmpint (fh_tco_chosen_total (&models, "monitoring"), ==, -1);
}

typedef struct
{
  const char *text;
  int         digits;
  gint64      expected; /* -1: refused */
} ParseCase;

static void
test_money_parse (void)
{
  static const ParseCase cases[] = {
    { "1234.5", 2, 123450 },
    { " 1234.56 ", 2, 123456 },
    { "0", 2, 0 },
    { ".5", 2, 50 },
    { "1000000000000", 0, FH_MONEY_MAX },
    { "10000000000", 2, FH_MONEY_MAX },
    { "10000000000.01", 2, -1 }, /* above 10^12 minor units */
    { "99999999999999999999999", 2, -1 },
    { "-5", 2, -1 }, /* negative */
    { "−5", 2, -1 },
    { "12.345", 2, -1 }, /* more decimals than the currency has */
    { "12.5", 0, -1 },
    { "1.234", 3, 1234 },
    { "twelve", 2, -1 }, /* text */
    { "12e3", 2, -1 },
    { "", 2, -1 },
    { ".", 2, -1 },
    { "1.2.3", 2, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      gint64   minor = -7;
      gboolean ok = fh_money_parse (cases[i].text, cases[i].digits, &minor, &error);

      g_test_message ("“%s”", cases[i].text);
      if (cases[i].expected < 0)
        {
          g_assert_false (ok);
          g_assert_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID);
          g_assert_cmpint (minor, ==, -7);
        }
      else
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (minor, ==, cases[i].expected);
        }
    }
}

static void
test_money_format (void)
{
  g_autofree char *a = fh_money_format (123450, "EUR");
  g_autofree char *b = fh_money_format (5, "EUR");
  g_autofree char *c = fh_money_format (123450, "JPY");
  g_autofree char *d = fh_money_format_whole (123450, "EUR");
  g_autofree char *e = fh_money_format_whole (123449, "EUR");
  g_autofree char *f = fh_money_format (1234, "KWD");
  g_autofree char *g = fh_number_format (2.5);
  g_autofree char *h = fh_number_format (-100);
  g_autofree char *i = fh_number_format (0.15);
  double           value = 0;
  g_autoptr (GError) error = NULL;

  /* The tests run in C.UTF-8: "." and, as C has no grouping of its own, Foothold's
   * "," (a shared screen reads "1,234.50" better than "1234.50"). */
  g_assert_cmpstr (a, ==, "1,234.50 EUR");
  g_assert_cmpstr (b, ==, "0.05 EUR");
  g_assert_cmpstr (c, ==, "123,450 JPY");
  g_assert_cmpstr (d, ==, "1,235 EUR");
  g_assert_cmpstr (e, ==, "1,234 EUR");
  g_assert_cmpstr (f, ==, "1.234 KWD");
  g_assert_cmpstr (g, ==, "2.5");
  g_assert_cmpstr (h, ==, "−100");
  g_assert_cmpstr (i, ==, "0.15");

  g_assert_true (fh_number_parse (h, -100, 1000, &value, NULL));
  g_assert_cmpfloat (value, ==, -100);
  g_assert_false (fh_number_parse ("-100.5", -100, 1000, &value, &error));
  g_assert_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fh_number_parse ("1001", -100, 1000, &value, &error));
  g_assert_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fh_number_parse ("ten", -100, 1000, &value, &error));
  g_assert_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID);
}

/* Amounts as people write them: the German decimal comma and dot grouping, Korean
 * won without a minor unit; messages give an example in the same format and name
 * the largest amount in whole units, never "minor units". */
static void
test_money_locales (void)
{
  g_autoptr (GError) error = NULL;
  gint64 minor = 0;

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("de_DE.UTF-8 is not installed (build-aux/setup.sh makes it)");
    }
  else
    {
      g_autofree char *a = fh_money_format (19709000, "EUR");
      g_autofree char *b = fh_money_format_whole (19709000, "EUR");

      g_assert_cmpstr (a, ==, "197.090,00 EUR");
      g_assert_cmpstr (b, ==, "197.090 EUR");
      g_assert_true (fh_money_parse ("1.234,50", 2, &minor, &error));
      g_assert_cmpint (minor, ==, 123450);
      g_assert_true (fh_money_parse ("12,5", 2, &minor, &error));
      g_assert_cmpint (minor, ==, 1250);
      g_assert_no_error (error);
      g_assert_false (fh_money_parse ("zwölf", 2, &minor, &error));
      g_assert_nonnull (strstr (error->message, "1.250,50"));
      g_clear_error (&error);
      g_assert_false (fh_money_parse ("99999999999", 2, &minor, &error));
      g_assert_nonnull (strstr (error->message, "10.000.000.000"));
      g_assert_null (strstr (error->message, "minor"));
      g_clear_error (&error);
    }

  if (setlocale (LC_NUMERIC, "ko_KR.UTF-8") == NULL)
    {
      g_test_skip ("ko_KR.UTF-8 is not installed (build-aux/setup.sh makes it)");
    }
  else
    {
      g_autofree char *c = fh_money_format (197090, "KRW");

      g_assert_cmpstr (c, ==, "197,090 KRW");
      g_assert_true (fh_money_parse ("1,250", 0, &minor, &error));
      g_assert_no_error (error);
      g_assert_cmpint (minor, ==, 1250);
      g_assert_false (fh_money_parse ("1.5", 0, &minor, &error));
      g_clear_error (&error);
    }

  setlocale (LC_NUMERIC, "C.UTF-8");

  /* C: grouped with "," all the same, and "," accepted as grouping. */
  {
    g_autofree char *d = fh_money_format_whole (19709000, "EUR");

    g_assert_cmpstr (d, ==, "197,090 EUR");
    g_assert_true (fh_money_parse ("197,090.50", 2, &minor, &error));
    g_assert_cmpint (minor, ==, 19709050);
    g_assert_false (fh_money_parse ("10000000000.01", 2, &minor, &error));
    g_assert_cmpstr (error->message, ==, "The amount is too large: the largest is 10,000,000,000.");
    g_clear_error (&error);
  }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/tco/breakdown", test_breakdown);
  g_test_add_func ("/foothold/tco/discount", test_discount);
  g_test_add_func ("/foothold/tco/staff-effort", test_staff_effort);
  g_test_add_func ("/foothold/tco/horizon", test_horizon);
  g_test_add_func ("/foothold/tco/rounding", test_rounding);
  g_test_add_func ("/foothold/tco/saturation", test_saturation);
  g_test_add_func ("/foothold/tco/override", test_override);
  g_test_add_func ("/foothold/tco/chosen", test_chosen);
  g_test_add_func ("/foothold/tco/money-parse", test_money_parse);
  g_test_add_func ("/foothold/tco/money-format", test_money_format);
  g_test_add_func ("/foothold/tco/money-locales", test_money_locales);

  return g_test_run ();
}
