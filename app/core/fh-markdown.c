/* fh-markdown.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-markdown.h"

#include "fh-capability.h"
#include "fh-maturity.h"
#include "fh-quarter.h"
#include "fh-roadmap-item.h"

/**
 * fh_markdown_escape:
 * @text: plan text
 *
 * Plan text is text: it must not become a link, emphasis, a heading or a table
 * column in the wiki it is pasted into. Line breaks become spaces, so that a
 * description cannot end a table row.
 *
 * Returns: (transfer full): @text with Markdown's special characters escaped
 */
char *
fh_markdown_escape (const char *text)
{
  GString *out = g_string_sized_new (text != NULL ? strlen (text) + 8 : 1);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      /* Inline marks anywhere; block marks (heading, list, quote) only where a line starts. */
      /* '&' only where it could start an entity ("&amp;", "&#42;"): "R&D" stays. */
      if (strchr ("\\`*_[]<>|~", *p) != NULL || (p == text && *p == '#') ||
          (*p == '&' && (g_ascii_isalpha (p[1]) || p[1] == '#')) ||
          (p == text && strchr ("+-", *p) != NULL && (p[1] == ' ' || p[1] == '\0')))
        g_string_append_c (out, '\\');
      else if (p == text && g_ascii_isdigit (*p))
        {
          const char *q = p;

          while (g_ascii_isdigit (*q))
            q++;
          /* "1. text" would start a numbered list. */
          if ((*q == '.' || *q == ')') && (q[1] == ' ' || q[1] == '\0'))
            {
              g_string_append_len (out, p, q - p);
              g_string_append_c (out, '\\');
              p = q;
            }
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void
append_escaped (GString *out, const char *text)
{
  g_autofree char *escaped = fh_markdown_escape (text);

  g_string_append (out, escaped);
}

static void
append_table (GString *out, const FhReportBlock *table)
{
  guint n = table->columns->len;

  g_string_append (out, "|");
  for (guint c = 0; c < n; c++)
    {
      g_string_append_c (out, ' ');
      append_escaped (out, table->columns->pdata[c]);
      g_string_append (out, " |");
    }
  g_string_append (out, "\n|");
  for (guint c = 0; c < n; c++)
    g_string_append (out, (table->numeric & (1u << c)) ? " ---: |" : " --- |");
  g_string_append_c (out, '\n');

  for (guint r = 0; r < table->rows->len; r++)
    {
      char **cells = table->rows->pdata[r];

      g_string_append (out, "|");
      for (guint c = 0; c < n; c++)
        {
          g_string_append_c (out, ' ');
          append_escaped (out, cells[c]);
          g_string_append (out, " |");
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
append_block (GString *out, const FhReportBlock *block)
{
  switch (block->kind)
    {
    case FH_REPORT_BLOCK_HEADING:
      g_string_append (out, block->level <= 1 ? "## " : "### ");
      append_escaped (out, block->text);
      g_string_append (out, "\n\n");
      break;
    case FH_REPORT_BLOCK_PARAGRAPH:
      append_escaped (out, block->text);
      g_string_append (out, "\n\n");
      break;
    case FH_REPORT_BLOCK_LIST:
      for (guint i = 0; i < block->items->len; i++)
        {
          g_string_append (out, "- ");
          append_escaped (out, block->items->pdata[i]);
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
      break;
    case FH_REPORT_BLOCK_TABLE:
      append_table (out, block);
      break;
    case FH_REPORT_BLOCK_CHART:
    case FH_REPORT_BLOCK_TIMELINE:
    default:
      /* Charts are drawings of the table that follows them. */
      break;
    }
}

/* Mermaid reads ":" ";" "#" and line breaks in a task's name, and HTML in labels ("&" is harmless
 * without the ";" of an entity): those become spaces, so a title can neither end its task nor
 * become markup. */
static void
append_mermaid_text (GString *out, const char *text)
{
  for (const char *p = text != NULL ? text : ""; *p; p++)
    g_string_append_c (out, strchr (":;#\n\r\t<>`%{}\"", *p) != NULL ? ' ' : *p);
}

static char *
quarter_date (int quarter)
{
  return g_strdup_printf ("%04d-%02d-01", fh_quarter_get_year (quarter),
                          3 * (fh_quarter_get_number (quarter) - 1) + 1);
}

/* The roadmap as a Mermaid gantt chart, a section per capability, as GitHub draws it. */
static void
append_mermaid (GString *out, const FhPlanModels *plan, const FhReportOptions *options)
{
  g_autoptr (FhReportRoadmap) roadmap = fh_report_roadmap_new (plan, options);
  int lane = -1;

  if (roadmap->placements->len == 0)
    return;

  g_string_append (out, "```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n  title ");
  append_mermaid_text (out, fh_report_section_get_title (FH_REPORT_ROADMAP));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < roadmap->placements->len; i++)
    {
      FhReportPlacement *p = &g_array_index (roadmap->placements, FhReportPlacement, i);
      FhRoadmapItem     *item = p->item;
      g_autofree char   *start = quarter_date (fh_roadmap_item_get_start_quarter (item));
      g_autofree char   *end = quarter_date (fh_maturity_item_end_quarter (item) + 1);
      FhItemStatus       status = fh_roadmap_item_get_status (item);

      if (p->lane != lane)
        {
          FhCapability *capability = roadmap->lanes->pdata[p->lane];

          lane = p->lane;
          g_string_append (out, "  section ");
          append_mermaid_text (out, capability != NULL ? fh_capability_get_name (capability)
                                                       : fh_roadmap_item_get_capability (item));
          g_string_append_c (out, '\n');
        }
      g_string_append (out, "  ");
      append_mermaid_text (out, fh_roadmap_item_get_title (item));
      g_string_append_printf (out, " :%si%" G_GINT64_FORMAT ", %s, %s\n",
                              status == FH_ITEM_STATUS_DONE          ? "done, "
                              : status == FH_ITEM_STATUS_IN_PROGRESS ? "active, "
                                                                     : "",
                              fh_roadmap_item_get_id (item), start, end);
    }
  g_string_append (out, "```\n\n");
}

static char *markdown_blocks (GPtrArray             *sections,
                              int                    mermaid_after,
                              const FhPlanModels    *plan,
                              const FhReportOptions *options);

/**
 * fh_markdown_blocks:
 * @sections: (element-type GPtrArray): a list of FhReportBlock per section
 *
 * Writes report blocks as Markdown; the first section's first heading is the
 * document's one top-level heading. fh_markdown_report() and the portfolio's
 * report (fh-portfolio-report.c) both write through it.
 *
 * Returns: (transfer full): UTF-8 text ending in a newline
 */
char *
fh_markdown_blocks (GPtrArray *sections)
{
  return markdown_blocks (sections, -1, NULL, NULL);
}

/* As fh_markdown_blocks(), with the roadmap's Mermaid chart after section @mermaid_after. */
static char *
markdown_blocks (GPtrArray             *sections,
                 int                    mermaid_after,
                 const FhPlanModels    *plan,
                 const FhReportOptions *options)
{
  GString *out = g_string_new (NULL);

  for (guint s = 0; s < sections->len; s++)
    {
      GPtrArray *blocks = sections->pdata[s];

      for (guint b = 0; b < blocks->len; b++)
        {
          const FhReportBlock *block = blocks->pdata[b];

          /* The cover's title is the document's one top-level heading. */
          if (s == 0 && b == 0 && block->kind == FH_REPORT_BLOCK_HEADING)
            {
              g_string_append (out, "# ");
              append_escaped (out, block->text);
              g_string_append (out, "\n\n");
              continue;
            }
          append_block (out, block);
        }
      if ((int)s == mermaid_after)
        append_mermaid (out, plan, options);
    }

  /* One trailing newline, whatever the last block left. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/**
 * fh_markdown_report:
 * @plan: the plan
 * @options: (nullable): sections, quarter range and date; the whole plan when %NULL
 *
 * The report as Markdown (GitHub-flavoured tables), for wikis and pull requests: the
 * same sections and numbers as the PDF, with each chart given as its table.
 *
 * Returns: (transfer full): UTF-8 text ending in a newline
 */
char *
fh_markdown_report (const FhPlanModels *plan, const FhReportOptions *options)
{
  g_autoptr (GPtrArray) sections =
    g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  int mermaid_after = -1;

  g_return_val_if_fail (plan != NULL, NULL);

  /* Without the cover, the first section's heading is not the document's title. */
  for (guint s = 0; s < FH_REPORT_N_SECTIONS; s++)
    if (fh_report_options_has (options, s))
      {
        if (sections->len == 0 && s != FH_REPORT_COVER)
          g_ptr_array_add (sections, g_ptr_array_new ());
        g_ptr_array_add (sections, fh_report_build_section (plan, options, s));
        if (s == FH_REPORT_ROADMAP && options != NULL && options->mermaid)
          mermaid_after = sections->len - 1;
      }

  return markdown_blocks (sections, mermaid_after, plan, options);
}
