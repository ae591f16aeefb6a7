/* fh-portfolio-report.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-portfolio-report.h"

#include "fh-markdown.h"
#include "fh-money.h"
#include "fh-quarter.h"

/* What a portfolio says in words and tables: the window's table, the report's
 * pages (PDF and Markdown) and `foothold --portfolio DIR --summary --format text`
 * all take their text from here. */

/* Returns: (transfer full): the change of the mean stage since the assessment before
 * the latest, such as "+0.5", or "—" without one */
char *
fh_portfolio_row_trend_text (const FhPortfolioRow *row)
{
  double delta;

  if (!row->has_trend)
    return g_strdup ("—");
  delta = row->summary.mean - row->mean_before;
  if (delta > -0.05 && delta < 0.05)
    return g_strdup ("±0");
  return g_strdup_printf ("%+.1f", delta);
}

/* Returns: (transfer full): "2 errors, 3 warnings" */
char *
fh_portfolio_row_findings_text (const FhPortfolioRow *row)
{
  guint            n_errors = row->findings[FH_SEVERITY_ERROR];
  guint            n_warnings = row->findings[FH_SEVERITY_WARNING];
  g_autofree char *errors =
    g_strdup_printf (ngettext ("%u error", "%u errors", n_errors), n_errors);
  g_autofree char *warnings =
    g_strdup_printf (ngettext ("%u warning", "%u warnings", n_warnings), n_warnings);

  /* Translators: "2 errors, 3 warnings" */
  return g_strdup_printf (_("%s, %s"), errors, warnings);
}

char *
fh_portfolio_row_spend_text (const FhPortfolioRow *row)
{
  return fh_money_format_whole (row->spend, row->currency);
}

/* Returns: (transfer full): a heat map cell's text: the stage's number, "–" when
 * the capability is not assessed, nothing when the plan has no such capability */
char *
fh_portfolio_stage_cell_text (int stage)
{
  if (stage == FH_PORTFOLIO_NOT_IN_CATALOG)
    return g_strdup ("");
  if (stage < 0)
    return g_strdup ("–");
  return g_strdup_printf ("%d", stage);
}

static char *
join_teams (GPtrArray *teams)
{
  g_autoptr (GPtrArray) names = g_ptr_array_sized_new (teams->len + 1);

  for (guint i = 0; i < teams->len; i++)
    g_ptr_array_add (names, teams->pdata[i]);
  g_ptr_array_add (names, NULL);
  /* Translators: the separator between team names in a list */
  return g_strjoinv (_(", "), (char **)names->pdata);
}

static const char *
column_name (FhPortfolio *self, const char *id)
{
  for (guint c = 0; c < fh_portfolio_get_n_columns (self); c++)
    {
      const FhPortfolioColumn *column = fh_portfolio_get_column (self, c);

      if (g_str_equal (column->id, id))
        return column->name;
    }
  return id;
}

/* Returns: (transfer full): one shared gap as a sentence */
char *
fh_portfolio_shared_gap_text (FhPortfolio *self, const FhPortfolioSharedGap *shared)
{
  g_autofree char *teams = join_teams (shared->teams);

  /* Translators: "Monitoring: “No drift alerts” — 3 teams: Payments, Search, Risk" */
  return g_strdup_printf (
    ngettext ("%s: “%s” — %u team: %s", "%s: “%s” — %u teams: %s", shared->teams->len),
    column_name (self, shared->capability), (const char *)shared->titles->pdata[0],
    shared->teams->len, teams);
}

/* Returns: (transfer full): one shared option as a sentence */
char *
fh_portfolio_shared_option_text (const FhPortfolioSharedOption *shared)
{
  g_autofree char *choosing = join_teams (shared->choosing);
  g_autofree char *evaluating = join_teams (shared->evaluating);

  if (shared->evaluating->len == 0)
    /* Translators: "MLflow — chosen by Payments, Search" */
    return g_strdup_printf (_("%s — chosen by %s"), shared->name, choosing);
  if (shared->choosing->len == 0)
    /* Translators: "MLflow — evaluated by Payments, Search" */
    return g_strdup_printf (_("%s — evaluated by %s"), shared->name, evaluating);
  /* Translators: "MLflow — chosen by Payments; evaluated by Search" */
  return g_strdup_printf (_("%s — chosen by %s; evaluated by %s"), shared->name, choosing,
                             evaluating);
}

/* Returns: (transfer full): "12 plans, 2 skipped" */
char *
fh_portfolio_overview_text (FhPortfolio *self)
{
  guint            n_rows = fh_portfolio_get_n_rows (self);
  guint            n_skipped = fh_portfolio_get_n_skipped (self);
  g_autofree char *plans = g_strdup_printf (ngettext ("%u plan", "%u plans", n_rows), n_rows);
  g_autofree char *skipped =
    g_strdup_printf (ngettext ("%u skipped", "%u skipped", n_skipped), n_skipped);

  /* Translators: "12 plans, 2 skipped" */
  return g_strdup_printf (_("%s, %s"), plans, skipped);
}

static GStrv
overview_row (const FhPortfolioRow *row)
{
  GPtrArray *builder = g_ptr_array_new ();

  g_ptr_array_add (builder, g_strdup (row->team));
  g_ptr_array_add (builder, row->quarter > 0 ? fh_quarter_format (row->quarter) : g_strdup ("—"));
  g_ptr_array_add (builder, fh_maturity_format_stage (row->summary.overall));
  g_ptr_array_add (builder, row->summary.mean >= 0 ? g_strdup_printf ("%.1f", row->summary.mean)
                                                   : g_strdup ("—"));
  g_ptr_array_add (builder, fh_portfolio_row_trend_text (row));
  g_ptr_array_add (builder, g_strdup_printf ("%u", row->open_gaps));
  g_ptr_array_add (builder, fh_portfolio_row_findings_text (row));
  g_ptr_array_add (builder, fh_portfolio_row_spend_text (row));
  g_ptr_array_add (builder, NULL);
  return (GStrv)g_ptr_array_free (builder, FALSE);
}

static void
build_overview (FhPortfolio *self, GDateTime *date, GPtrArray *blocks)
{
  const char *const spec[] = {
    _("Team"),      "3", _("Assessed"),  "#1.2", _("Overall"), "1.6",
    _("Mean"),      "#1", _("Trend"),     "#1",   _("Open gaps"), "#1.2",
    _("Findings"),  "2.4", _("Spend"),   "#1.8",  NULL,
  };
  g_autofree char *overview = fh_portfolio_overview_text (self);
  g_autofree char *quarter = fh_quarter_format (fh_portfolio_get_current_quarter (self));
  FhReportOptions  dated_options = { 0, 0, 0, date };
  g_autofree char *day = date != NULL ? fh_report_format_date (&dated_options) : NULL;
  g_autofree char *intro = NULL;
  FhReportBlock   *table;

  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_HEADING, 1, _("Portfolio of plans"));
  /* Translators: "12 plans, 2 skipped. Current quarter: 2026 Q4." */
  intro = g_strdup_printf (_("%s. Current quarter: %s."), overview, quarter);
  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_PARAGRAPH, 0, intro);
  if (day != NULL)
    {
      g_autofree char *dated = g_strdup_printf (_("Date: %s"), day);

      fh_report_blocks_add (blocks, FH_REPORT_BLOCK_PARAGRAPH, 0, dated);
    }

  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_HEADING, 2, _("Teams"));
  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_PARAGRAPH, 0,
                        _("Trend is the change of the mean stage since the team's assessment "
                          "before its latest one. Spend is the total cost of ownership of the "
                          "chosen options over each plan's horizon, in its own currency."));
  table = fh_report_blocks_add_table (blocks, spec);
  for (guint r = 0; r < fh_portfolio_get_n_rows (self); r++)
    g_ptr_array_add (table->rows, overview_row (fh_portfolio_get_row (self, r)));
}

static void
build_heat_map (FhPortfolio *self, GPtrArray *blocks)
{
  g_autoptr (GPtrArray) spec = g_ptr_array_new ();
  guint          n_columns = fh_portfolio_get_n_columns (self);
  FhReportBlock *table;

  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_HEADING, 1, _("Stages by capability"));
  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_CHART, 0, NULL)->chart =
    g_strdup ("portfolio-heat-map");
  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_PARAGRAPH, 0,
                        _("Each cell is the stage of the team's latest assessment, from 0 (Not "
                          "yet) to 4 (Scalable); “–” is not assessed, an empty cell a "
                          "capability the team's plan does not have."));

  g_ptr_array_add (spec, (gpointer)_("Team"));
  g_ptr_array_add (spec, (gpointer) "3");
  for (guint c = 0; c < n_columns; c++)
    {
      g_ptr_array_add (spec, fh_portfolio_get_column (self, c)->name);
      g_ptr_array_add (spec, (gpointer) "#1");
    }
  g_ptr_array_add (spec, NULL);
  table = fh_report_blocks_add_table (blocks, (const char *const *)spec->pdata);

  for (guint r = 0; r < fh_portfolio_get_n_rows (self); r++)
    {
      GStrv cells = g_new0 (char *, n_columns + 2);

      cells[0] = g_strdup (fh_portfolio_get_row (self, r)->team);
      for (guint c = 0; c < n_columns; c++)
        cells[c + 1] = fh_portfolio_stage_cell_text (fh_portfolio_get_stage (self, r, c));
      g_ptr_array_add (table->rows, cells);
    }
}

static void
build_candidates (FhPortfolio *self, GPtrArray *blocks)
{
  GPtrArray     *gaps = fh_portfolio_get_shared_gaps (self);
  GPtrArray     *options = fh_portfolio_get_shared_options (self);
  FhReportBlock *list;

  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_HEADING, 1, _("Candidates to standardise"));

  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_HEADING, 2, _("Shared gaps"));
  if (gaps->len == 0)
    fh_report_blocks_add (blocks, FH_REPORT_BLOCK_PARAGRAPH, 0,
                          _("No open gap is shared by several teams."));
  else
    {
      fh_report_blocks_add (blocks, FH_REPORT_BLOCK_PARAGRAPH, 0,
                            _("Open gaps of the same capability in several teams, with titles "
                              "that share at least half of their words."));
      list = fh_report_blocks_add (blocks, FH_REPORT_BLOCK_LIST, 0, NULL);
      for (guint i = 0; i < gaps->len; i++)
        g_ptr_array_add (list->items, fh_portfolio_shared_gap_text (self, gaps->pdata[i]));
    }

  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_HEADING, 2, _("Shared options"));
  if (options->len == 0)
    fh_report_blocks_add (blocks, FH_REPORT_BLOCK_PARAGRAPH, 0,
                          _("No packaged service is chosen or evaluated by several teams."));
  else
    {
      list = fh_report_blocks_add (blocks, FH_REPORT_BLOCK_LIST, 0, NULL);
      for (guint i = 0; i < options->len; i++)
        g_ptr_array_add (list->items, fh_portfolio_shared_option_text (options->pdata[i]));
    }
}

static void
build_skipped (FhPortfolio *self, GPtrArray *blocks)
{
  FhReportBlock *list;

  fh_report_blocks_add (blocks, FH_REPORT_BLOCK_HEADING, 1, _("Skipped files"));
  if (fh_portfolio_get_n_skipped (self) == 0)
    {
      fh_report_blocks_add (blocks, FH_REPORT_BLOCK_PARAGRAPH, 0,
                            _("Every file of the portfolio was read."));
      return;
    }
  list = fh_report_blocks_add (blocks, FH_REPORT_BLOCK_LIST, 0, NULL);
  for (guint i = 0; i < fh_portfolio_get_n_skipped (self); i++)
    {
      const FhPortfolioSkipped *skipped = fh_portfolio_get_skipped (self, i);

      /* Translators: a file name, then why it was not read */
      g_ptr_array_add (list->items, g_strdup_printf (_("%s: %s"), skipped->file, skipped->reason));
    }
}

/**
 * fh_portfolio_report_sections:
 * @date: (nullable): the report's date, printed under its title
 *
 * Returns: (transfer full) (element-type GPtrArray): the portfolio's report as
 *   sections of FhReportBlock, in the order of FhPortfolioSection
 */
GPtrArray *
fh_portfolio_report_sections (FhPortfolio *self, GDateTime *date)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  for (guint s = 0; s < FH_PORTFOLIO_N_SECTIONS; s++)
    {
      GPtrArray *blocks = fh_report_blocks_new ();

      if (s == FH_PORTFOLIO_SECTION_OVERVIEW)
        build_overview (self, date, blocks);
      else if (s == FH_PORTFOLIO_SECTION_HEAT_MAP)
        build_heat_map (self, blocks);
      else if (s == FH_PORTFOLIO_SECTION_CANDIDATES)
        build_candidates (self, blocks);
      else
        build_skipped (self, blocks);
      g_ptr_array_add (sections, blocks);
    }
  return sections;
}

/**
 * fh_portfolio_summary_text:
 *
 * Returns: (transfer full): the portfolio in plain text for a terminal: a line per
 *   team, then the candidates to standardise and the skipped files
 */
char *
fh_portfolio_summary_text (FhPortfolio *self)
{
  GString         *out = g_string_new (NULL);
  g_autofree char *overview = fh_portfolio_overview_text (self);
  GPtrArray       *gaps = fh_portfolio_get_shared_gaps (self);
  GPtrArray       *options = fh_portfolio_get_shared_options (self);

  g_string_append_printf (out, "%s\n", overview);
  for (guint r = 0; r < fh_portfolio_get_n_rows (self); r++)
    {
      const FhPortfolioRow *row = fh_portfolio_get_row (self, r);
      g_auto (GStrv) cells = overview_row (row);

      /* Translators: team: overall stage, mean, trend, open gaps, findings, spend, e.g.
       * "Payments: Initial, mean 1.8 (+0.3), 4 open gaps, 0 errors, 2 warnings, €120,000" */
      g_string_append_printf (
        out,
        ngettext ("%s: %s, mean %s (%s), %u open gap, %s, %s\n",
                  "%s: %s, mean %s (%s), %u open gaps, %s, %s\n", row->open_gaps),
        cells[0], cells[2], cells[3], cells[4], row->open_gaps, cells[6], cells[7]);
    }

  for (guint i = 0; i < gaps->len; i++)
    {
      g_autofree char *text = fh_portfolio_shared_gap_text (self, gaps->pdata[i]);

      /* Translators: a line of `foothold --portfolio --summary --format text` */
      g_string_append_printf (out, _("Shared gap: %s\n"), text);
    }
  for (guint i = 0; i < options->len; i++)
    {
      g_autofree char *text = fh_portfolio_shared_option_text (options->pdata[i]);

      g_string_append_printf (out, _("Shared option: %s\n"), text);
    }
  for (guint i = 0; i < fh_portfolio_get_n_skipped (self); i++)
    {
      const FhPortfolioSkipped *skipped = fh_portfolio_get_skipped (self, i);

      g_string_append_printf (out, _("Skipped: %s: %s\n"), skipped->file, skipped->reason);
    }

  return g_string_free (out, FALSE);
}

/**
 * fh_portfolio_markdown:
 * @date: (nullable): the report's date
 *
 * Returns: (transfer full): the portfolio's report as Markdown: the PDF's sections,
 *   the heat map given as its table
 */
char *
fh_portfolio_markdown (FhPortfolio *self, GDateTime *date)
{
  g_autoptr (GPtrArray) sections = fh_portfolio_report_sections (self, date);

  return fh_markdown_blocks (sections);
}
