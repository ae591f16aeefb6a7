/* fh-csv-export.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-csv-export.h"

#include "fh-capability.h"
#include "fh-csv.h"
#include "fh-enums.h"
#include "fh-gap.h"
#include "fh-link.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"
#include "fh-roadmap-item.h"
#include "fh-rules.h"
#include "fh-use-case.h"

/* Records out to spreadsheets, issue trackers and calendars. A CSV has one row per
 * record with the JSON export's keys as columns and the record's id first, so that a
 * sheet sorted or filtered elsewhere still says which record a row is. */

#define ICAL_LINE_MAX 75

static void
builder_take (GStrvBuilder *builder, char *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

gboolean
fh_csv_export_kind_parse (const char *text, FhCsvExportKind *kind)
{
  static const char *const names[] = { "gaps", "use-cases", "roadmap", "findings" };

  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (text, names[i]) == 0)
      {
        *kind = (FhCsvExportKind)i;
        return TRUE;
      }
  return FALSE;
}

/* A spreadsheet runs a cell that starts with one of these as a formula; a plan from
 * someone else must not run anything, so such text gets a leading quote, which
 * fh_csv_import drops again. */
static void
append_text (GStrvBuilder *row, const char *text)
{
  if (text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL)
    builder_take (row, g_strconcat ("'", text, NULL));
  else
    g_strv_builder_add (row, text);
}

/* Takes @builder. */
static void
append_row (GString *out, GStrvBuilder *builder)
{
  g_auto (GStrv) fields = g_strv_builder_end (builder);

  g_strv_builder_unref (builder);

  fh_csv_append_row (out, (const char *const *)fields, ',');
}

/* The targets linked to each source, as "3 7 12". */
static GHashTable *
group_links (GListModel *links)
{
  GHashTable *by_source = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  guint       n = links ? g_list_model_get_n_items (links) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);
      gint64      source = fh_link_get_source (link);
      const char *before = g_hash_table_lookup (by_source, &source);
      char       *joined = before
                             ? g_strdup_printf ("%s %" G_GINT64_FORMAT, before, fh_link_get_target (link))
                             : g_strdup_printf ("%" G_GINT64_FORMAT, fh_link_get_target (link));

      g_hash_table_replace (by_source, g_memdup2 (&source, sizeof source), joined);
    }
  return by_source;
}

static void
export_records (GString *out, GListModel *model, GType type, const FhPlanModels *models)
{
  g_autoptr (GTypeClass) klass = g_type_class_ref (type);
  g_autoptr (GStrvBuilder) header = g_strv_builder_new ();
  static const FhCollection link_collections[] = { FH_COLLECTION_ITEM_GAPS,
                                                   FH_COLLECTION_ITEM_USE_CASES,
                                                   FH_COLLECTION_ITEM_DEPENDENCIES };
  static const char *const  link_names[] = { "gaps", "use_cases", "depends_on" };
  GHashTable               *links[G_N_ELEMENTS (link_collections)] = { NULL };
  gboolean                  roadmap = type == FH_TYPE_ROADMAP_ITEM;
  guint                     n_props;
  g_autofree GParamSpec **props = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_props);
  guint                   n = g_list_model_get_n_items (model);

  for (guint p = 0; p < n_props; p++)
    builder_take (header, fh_csv_column_name (props[p]));
  for (guint l = 0; roadmap && l < G_N_ELEMENTS (link_collections); l++)
    {
      g_strv_builder_add (header, link_names[l]);
      links[l] = group_links (models->models[link_collections[l]]);
    }
  append_row (out, g_steal_pointer (&header));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) record = g_list_model_get_item (model, i);
      g_autoptr (GStrvBuilder) row = g_strv_builder_new ();
      gint64 id = 0;

      g_object_get (record, "id", &id, NULL);
      for (guint p = 0; p < n_props; p++)
        {
          g_autofree char *text = fh_csv_format_property (record, props[p]);

          if (props[p]->value_type == G_TYPE_STRING)
            append_text (row, text);
          else
            g_strv_builder_add (row, text);
        }
      for (guint l = 0; roadmap && l < G_N_ELEMENTS (link_collections); l++)
        {
          const char *targets = g_hash_table_lookup (links[l], &id);

          g_strv_builder_add (row, targets ? targets : "");
        }
      append_row (out, g_steal_pointer (&row));
    }

  for (guint l = 0; l < G_N_ELEMENTS (links); l++)
    g_clear_pointer (&links[l], g_hash_table_unref);
}

static char *
join_ids (GArray *ids, const char *separator)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; ids && i < ids->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i > 0 ? separator : "",
                            g_array_index (ids, gint64, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A finding has no id of its own; its rule and the records it concerns name it, and
 * stay the same while the finding does. */
static void
export_findings (GString *out, const FhPlanModels *models)
{
  static const char *const header[] = { "id",  "rule",  "severity", "message",
                                        "fix", "items", "gaps",     NULL };
  g_autoptr (GPtrArray) findings = fh_rules_check (models);
  g_autoptr (GEnumClass) severities = g_type_class_ref (FH_TYPE_SEVERITY);

  fh_csv_append_row (out, header, ',');
  for (guint i = 0; i < findings->len; i++)
    {
      FhFinding *finding = findings->pdata[i];
      g_autoptr (GStrvBuilder) row = g_strv_builder_new ();
      g_autofree char *items = join_ids (finding->items, " ");
      g_autofree char *gaps = join_ids (finding->gaps, " ");
      g_autofree char *item_key = join_ids (finding->items, "-");
      g_autofree char *gap_key = join_ids (finding->gaps, "-");

      builder_take (row, g_strdup_printf ("%s:%s:%s", finding->rule_id, item_key, gap_key));
      g_strv_builder_add (row, finding->rule_id);
      g_strv_builder_add (row, g_enum_get_value (severities, finding->severity)->value_nick);
      append_text (row, finding->message ? finding->message : "");
      append_text (row, finding->fix ? finding->fix : "");
      g_strv_builder_add (row, items);
      g_strv_builder_add (row, gaps);
      append_row (out, g_steal_pointer (&row));
    }
}

/**
 * fh_csv_export:
 * @models: the plan
 * @kind: which records
 * @bom: whether to start with a UTF-8 byte order mark (for spreadsheets that
 *   otherwise guess another encoding)
 *
 * Returns: (transfer full): the CSV document, UTF-8, rows ending in CRLF
 */
GBytes *
fh_csv_export (const FhPlanModels *models, FhCsvExportKind kind, gboolean bom)
{
  GString *out = g_string_new (bom ? "\xef\xbb\xbf" : "");

  g_return_val_if_fail (models != NULL, NULL);

  switch (kind)
    {
    case FH_CSV_EXPORT_GAPS:
      export_records (out, models->models[FH_COLLECTION_GAPS], FH_TYPE_GAP, models);
      break;
    case FH_CSV_EXPORT_USE_CASES:
      export_records (out, models->models[FH_COLLECTION_USE_CASES], FH_TYPE_USE_CASE, models);
      break;
    case FH_CSV_EXPORT_ROADMAP:
      export_records (out, models->models[FH_COLLECTION_ROADMAP], FH_TYPE_ROADMAP_ITEM, models);
      break;
    case FH_CSV_EXPORT_FINDINGS:
    default:
      export_findings (out, models);
      break;
    }

  return g_string_free_to_bytes (out);
}

/* iCalendar (RFC 5545) */

/* TEXT values escape backslash, semicolon, comma and line ends. */
char *
fh_ical_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p++)
    {
      if (*p == '\\' || *p == ';' || *p == ',')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
      else if (*p == '\n')
        g_string_append (out, "\\n");
      else if ((guchar)*p < 0x20 || *p == 0x7f)
        continue; /* no other control character may appear */
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Content lines longer than 75 octets go on in lines that start with a space; a
 * UTF-8 sequence is never cut. The result ends in CRLF. */
char *
fh_ical_fold (const char *line)
{
  GString *out = g_string_new (NULL);
  gsize    used = 0;

  g_return_val_if_fail (line != NULL, NULL);

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gsize size = g_utf8_next_char (p) - p;

      if (used + size > ICAL_LINE_MAX)
        {
          g_string_append (out, "\r\n ");
          used = 1;
        }
      g_string_append_len (out, p, size);
      used += size;
    }
  g_string_append (out, "\r\n");
  return g_string_free (out, FALSE);
}

G_GNUC_PRINTF (2, 3)
static void
add_line (GString *out, const char *format, ...)
{
  g_autofree char *line = NULL;
  g_autofree char *folded = NULL;
  va_list          args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  folded = fh_ical_fold (line);
  g_string_append (out, folded);
}

/* The first day of @quarter as a DATE value, moved by @days. */
static char *
quarter_date (int quarter, int days)
{
  g_autoptr (GDate) date = g_date_new_dmy (1, (fh_quarter_get_number (quarter) - 1) * 3 + 1,
                                           fh_quarter_get_year (quarter));
  char buffer[16];

  if (days < 0)
    g_date_subtract_days (date, -days);
  g_snprintf (buffer, sizeof buffer, "%04d%02d%02d", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
  return g_strdup (buffer);
}

static const char *
capability_name (const FhPlanModels *models, const char *id)
{
  GListModel *model = models->models[FH_COLLECTION_CAPABILITIES];
  guint       n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhCapability) capability = g_list_model_get_item (model, i);

      if (g_strcmp0 (fh_capability_get_id (capability), id) == 0)
        return fh_capability_get_name (capability);
    }
  return id;
}

static void
add_event (GString            *out,
           const FhPlanModels *models,
           FhRoadmapItem      *item,
           const char         *uid_suffix,
           const char         *stamp)
{
  g_autoptr (GEnumClass) statuses = g_type_class_ref (FH_TYPE_ITEM_STATUS);
  g_autoptr (GString) description = g_string_new (NULL);
  int              start = fh_roadmap_item_get_start_quarter (item);
  int              end = start + MAX (fh_roadmap_item_get_duration (item), 1);
  gboolean         milestone = fh_roadmap_item_get_milestone (item);
  g_autofree char *first = quarter_date (milestone ? end : start, milestone ? -1 : 0);
  g_autofree char *last = quarter_date (end, 0);
  const char      *capability = capability_name (models, fh_roadmap_item_get_capability (item));
  g_autofree char *summary = fh_ical_escape (fh_roadmap_item_get_title (item));
  g_autofree char *category = fh_ical_escape (capability);
  g_autofree char *text = NULL;

  g_string_append_printf (description,
                          _("%s: from %s to %s."), capability,
                             fh_stage_get_label (fh_roadmap_item_get_from_stage (item)),
                             fh_stage_get_label (fh_roadmap_item_get_target_stage (item)));
  if (*fh_roadmap_item_get_owner (item))
    g_string_append_printf (description, "\n%s %s", _("Owner:"), fh_roadmap_item_get_owner (item));
  if (*fh_roadmap_item_get_notes (item))
    g_string_append_printf (description, "\n\n%s", fh_roadmap_item_get_notes (item));
  text = fh_ical_escape (description->str);

  add_line (out, "BEGIN:VEVENT");
  add_line (out, "UID:roadmap-%" G_GINT64_FORMAT "-%s@foothold", fh_roadmap_item_get_id (item),
            uid_suffix);
  add_line (out, "DTSTAMP:%s", stamp);
  add_line (out, "DTSTART;VALUE=DATE:%s", first);
  add_line (out, "DTEND;VALUE=DATE:%s", last);
  add_line (out, "SUMMARY:%s", summary);
  add_line (out, "DESCRIPTION:%s", text);
  add_line (out, "CATEGORIES:%s", category);
  add_line (out, "TRANSP:TRANSPARENT");
  if (fh_roadmap_item_get_status (item) == FH_ITEM_STATUS_DROPPED)
    add_line (out, "STATUS:CANCELLED");
  add_line (out, "X-FOOTHOLD-STATUS:%s",
            g_enum_get_value (statuses, fh_roadmap_item_get_status (item))->value_nick);
  add_line (out, "END:VEVENT");
}

/**
 * fh_ical_export:
 * @models: the plan
 * @stamp: when the calendar is made (DTSTAMP)
 *
 * Writes the roadmap as a calendar: one all-day event per item over its quarters,
 * and per milestone one event on the last day of its last quarter. An event's UID
 * comes from the plan's name and the item's id, so a calendar that imports the file
 * again updates the events instead of adding copies.
 *
 * Returns: (transfer full): the iCalendar document
 */
GBytes *
fh_ical_export (const FhPlanModels *models, GDateTime *stamp)
{
  GListModel      *roadmap;
  GString         *out = g_string_new (NULL);
  const char      *name;
  g_autofree char *hash = NULL;
  g_autofree char *when = NULL;
  g_autofree char *calendar = NULL;
  g_autoptr (GDateTime) utc = NULL;
  guint n;

  g_return_val_if_fail (models != NULL && models->info != NULL, NULL);
  g_return_val_if_fail (stamp != NULL, NULL);

  roadmap = models->models[FH_COLLECTION_ROADMAP];
  name = fh_plan_info_get_name (models->info);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, name, -1);
  hash[12] = '\0';
  utc = g_date_time_to_utc (stamp);
  when = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  calendar = fh_ical_escape (name);

  add_line (out, "BEGIN:VCALENDAR");
  add_line (out, "VERSION:2.0");
  add_line (out, "PRODID:-//Foothold//Foothold %s//EN", PACKAGE_VERSION);
  add_line (out, "CALSCALE:GREGORIAN");
  add_line (out, "X-WR-CALNAME:%s", calendar);

  n = roadmap ? g_list_model_get_n_items (roadmap) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (roadmap, i);

      if (fh_quarter_is_valid (fh_roadmap_item_get_start_quarter (item)))
        add_event (out, models, item, hash, when);
    }

  add_line (out, "END:VCALENDAR");
  return g_string_free_to_bytes (out);
}
