/* make-plan.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "fh-bench-plan.h"
#include "foothold-core.h"

/* Writes a generated plan of a chosen size as a .foothold file and, on request, as
 * JSON, for the startup benchmark and for trying the app on an organisation-sized
 * plan by hand:
 *
 *   make-plan [--gaps N] [--items N] [--options N] [--cost-lines N]
 *             [--assessments N] [--seed N] [--json OUT.json] OUT.foothold
 *
 * The defaults are the benchmark's large plan (fh_bench_size_init_default). */

int
main (int argc, char **argv)
{
  FhBenchSize      size;
  int              gaps, items, options, cost_lines, assessments, seed;
  g_autofree char *json_path = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;

  fh_bench_size_init_default (&size);
  gaps = size.n_gaps;
  items = size.n_items;
  options = size.n_options;
  cost_lines = size.cost_lines_per_option;
  assessments = size.n_assessments;
  seed = (int)size.seed;

  GOptionEntry entries[] = {
    { "gaps", 0, 0, G_OPTION_ARG_INT, &gaps, "Number of gaps", "N" },
    { "items", 0, 0, G_OPTION_ARG_INT, &items, "Number of roadmap items", "N" },
    { "options", 0, 0, G_OPTION_ARG_INT, &options, "Number of options", "N" },
    { "cost-lines", 0, 0, G_OPTION_ARG_INT, &cost_lines, "Cost lines per option", "N" },
    { "assessments", 0, 0, G_OPTION_ARG_INT, &assessments, "Number of assessments", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed", "N" },
    { "json", 0, 0, G_OPTION_ARG_FILENAME, &json_path, "Also write the plan as JSON", "OUT.json" },
    { NULL },
  };

  context = g_option_context_new ("OUT.foothold");
  g_option_context_set_summary (context, "Writes a generated Foothold plan of a chosen size.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (argc != 2 || gaps < 0 || items < 0 || options < 0 || cost_lines < 0 || assessments < 0)
    {
      g_printerr ("Usage: %s [OPTION…] OUT.foothold (see --help)\n", g_get_prgname ());
      return 2;
    }

  size.n_gaps = gaps;
  size.n_items = items;
  size.n_options = options;
  size.cost_lines_per_option = cost_lines;
  size.n_assessments = assessments;
  size.seed = (guint32)seed;

  store = fh_bench_generate_plan (argv[1], &size, &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  if (json_path != NULL)
    {
      g_autoptr (GBytes) json = fh_store_export_json (store, &error);

      if (json == NULL || !g_file_set_contents (json_path, g_bytes_get_data (json, NULL),
                                                g_bytes_get_size (json), &error))
        {
          g_printerr ("%s: %s\n", json_path, error->message);
          return 1;
        }
    }

  return 0;
}
