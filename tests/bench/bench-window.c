/* bench-window.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "fh-bench-plan.h"
#include "fh-discover-page.h"
#include "fh-gaps-view.h"
#include "fh-roadmap-page.h"
#include "fh-section.h"
#include "fh-timeline.h"
#include "fh-use-cases-view.h"
#include "fh-window.h"

/* The window on the large plan, as a user meets it: how long switching to a section
 * takes until its first frame, then, with every section built, how long one edit
 * takes from the event to the frame that shows it (100 of each kind unless --edits N). Every figure
 * ends at the window frame clock's "after-paint" that follows the change, so it holds the store's
 * commit, the widgets' update, layout and drawing. Needs a display (Xvfb will do). */

#define MAX_EDITS  1000
#define N_SWITCHES 10

typedef struct
{
  GtkWidget *window;
  guint      n_painted;
  gint64     painted_at;
} Bench;

static void
after_paint_cb (GdkFrameClock *clock, Bench *bench)
{
  bench->n_painted++;
  bench->painted_at = g_get_monotonic_time ();
}

/* Runs the main loop until the next frame has been painted; returns when it was. */
static gint64
next_frame (Bench *bench)
{
  guint n = bench->n_painted;

  gtk_widget_queue_draw (bench->window);
  while (bench->n_painted == n)
    g_main_context_iteration (NULL, TRUE);

  return bench->painted_at;
}

/* Lets what an edit started settle, so that the next one starts from a quiet window. */
static void
settle (Bench *bench)
{
  next_frame (bench);
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The time from now, when the caller has just made a change, to its frame. */
static double
ms_to_frame (Bench *bench, gint64 start)
{
  guint n = bench->n_painted;

  while (bench->n_painted == n)
    g_main_context_iteration (NULL, TRUE);

  return (bench->painted_at - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double da = *(const double *)a, db = *(const double *)b;

  return da < db ? -1 : da > db;
}

static double
percentile (double *values, guint n, double p)
{
  guint i = (guint)(p * (n - 1) + 0.5);

  qsort (values, n, sizeof (double), compare_doubles);
  return values[MIN (i, n - 1)];
}

static gpointer
template_child (gpointer widget, GType type, const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  if (child == NULL)
    g_error ("bench-window: no %s in %s", name, G_OBJECT_TYPE_NAME (widget));
  return child;
}

static GtkWidget *
find_with_class (GtkWidget *widget, const char *css_class)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (c, css_class))
        return c;
      found = find_with_class (c, css_class);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* What a key press does on a widget: its own key controllers see it. */
static gboolean
press (GtkWidget *widget, guint keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  return handled;
}

static void
print_row (const char *what, double *values, guint n)
{
  double p50 = percentile (values, n, 0.5); /* sorts @values */

  g_print ("| %s | %u | %.1f | %.1f | %.1f |\n", what, n, p50, percentile (values, n, 0.99),
           values[n - 1]);
}

static void
switch_section (Bench *bench, const char *section, const char *tab, double *first, double *again)
{
  GtkWidget *discover = template_child (bench->window, FH_TYPE_WINDOW, "discover_page");
  gint64     start;

  /* The first switch builds the section; the later ones come back to it from another. */
  for (guint i = 0; i <= N_SWITCHES; i++)
    {
      fh_window_set_section (FH_WINDOW (bench->window), i % 2 == 0 ? "review" : "assess");
      if (g_strcmp0 (section, "review") == 0 || g_strcmp0 (section, "assess") == 0)
        fh_window_set_section (FH_WINDOW (bench->window), "options");
      settle (bench);

      start = g_get_monotonic_time ();
      fh_window_set_section (FH_WINDOW (bench->window), section);
      if (tab != NULL)
        fh_discover_page_set_tab (FH_DISCOVER_PAGE (discover), tab);
      if (i == 0)
        *first = ms_to_frame (bench, start);
      else
        again[i - 1] = ms_to_frame (bench, start);
    }
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  FhBenchSize      size;
  Bench            bench = { 0 };
  GdkFrameClock   *clock;
  GtkWidget       *discover, *gaps, *entry, *use_cases, *roadmap, *timeline, *answer;
  double           gap_ms[MAX_EDITS], bar_ms[MAX_EDITS], score_ms[MAX_EDITS];
  guint            n_edits = 100;
  double           again[N_SWITCHES];
  gint64           start;
  double           map_ms;
  static const struct
  {
    const char *label, *section, *tab;
  } sections[] = {
    { "Discover: gaps", "discover", "gaps" },
    { "Discover: use cases", "discover", "use-cases" },
    { "Discover: data", "discover", "data" },
    { "Discover: people", "discover", "people" },
    { "Assess", "assess", NULL },
    { "Options", "options", NULL },
    { "Roadmap", "roadmap", NULL },
    { "Review", "review", NULL },
  };
  double first[G_N_ELEMENTS (sections)];
  double again_all[G_N_ELEMENTS (sections)][N_SWITCHES];

  if (argc == 3 && g_strcmp0 (argv[1], "--edits") == 0)
    n_edits = (guint)g_ascii_strtoull (argv[2], NULL, 10);
  if (n_edits < 1 || n_edits > MAX_EDITS || (argc != 1 && argc != 3))
    {
      g_printerr ("usage: bench-window [--edits N], N from 1 to %u\n", MAX_EDITS);
      return 2;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("bench-window: needs a display (run it under xvfb-run)\n");
      return 77;
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, "gtk-enable-animations",
                FALSE, NULL);

  dir = g_dir_make_tmp ("bench-window-XXXXXX", &error);
  if (dir == NULL)
    g_error ("bench-window: %s", error->message);
  path = g_build_filename (dir, "large.foothold", NULL);
  fh_bench_size_init_default (&size);
  store = fh_bench_generate_plan (path, &size, &error);
  if (store == NULL)
    g_error ("bench-window: %s", error->message);

  /* The window opens on the Discover page's gaps, as on a first start. */
  start = g_get_monotonic_time ();
  bench.window = g_object_ref_sink (g_object_new (FH_TYPE_WINDOW, "store", store, NULL));
  fh_window_set_section (FH_WINDOW (bench.window), "discover");
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (bench.window));
  clock = gtk_widget_get_frame_clock (bench.window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &bench);
  map_ms = ms_to_frame (&bench, start);
  settle (&bench);

  discover = template_child (bench.window, FH_TYPE_WINDOW, "discover_page");
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    switch_section (&bench, sections[s].section, sections[s].tab, &first[s], again_all[s]);

  /* A gap typed into the capture entry and Enter. */
  fh_window_set_section (FH_WINDOW (bench.window), "discover");
  fh_discover_page_set_tab (FH_DISCOVER_PAGE (discover), "gaps");
  gaps = template_child (discover, FH_TYPE_DISCOVER_PAGE, "gaps_view");
  entry = template_child (gaps, FH_TYPE_GAPS_VIEW, "entry");
  settle (&bench);
  for (guint i = 0; i < n_edits; i++)
    {
      g_autofree char *title = g_strdup_printf ("Benchmark gap %u", i + 1);

      gtk_widget_grab_focus (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), title);
      settle (&bench);
      start = g_get_monotonic_time ();
      g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
      gap_ms[i] = ms_to_frame (&bench, start);
      settle (&bench);
    }

  /* A use case's business impact changed in its drop-down, to and fro. */
  fh_discover_page_set_tab (FH_DISCOVER_PAGE (discover), "use-cases");
  use_cases = template_child (discover, FH_TYPE_DISCOVER_PAGE, "use_cases_view");
  fh_use_cases_view_select (FH_USE_CASES_VIEW (use_cases), 1);
  settle (&bench);
  for (guint i = 0; i < n_edits; i++)
    {
      answer = find_with_class (template_child (use_cases, FH_TYPE_USE_CASES_VIEW, "detail_stack"),
                                "score-answer");
      if (answer == NULL || !GTK_IS_DROP_DOWN (answer))
        g_error ("bench-window: the use case shows no score drop-down");
      start = g_get_monotonic_time ();
      gtk_drop_down_set_selected (GTK_DROP_DOWN (answer),
                                  gtk_drop_down_get_selected (GTK_DROP_DOWN (answer)) == 1 ? 3 : 1);
      score_ms[i] = ms_to_frame (&bench, start);
      settle (&bench);
    }

  /* A roadmap bar moved a quarter with the arrow keys, right and back. */
  fh_window_set_section (FH_WINDOW (bench.window), "roadmap");
  roadmap =
    gtk_stack_get_child_by_name (template_child (bench.window, FH_TYPE_WINDOW, "stack"), "roadmap");
  timeline = fh_roadmap_page_get_timeline (FH_ROADMAP_PAGE (roadmap));
  gtk_widget_grab_focus (timeline);
  fh_timeline_set_selected (FH_TIMELINE (timeline), 3);
  settle (&bench);
  for (guint i = 0; i < n_edits; i++)
    {
      start = g_get_monotonic_time ();
      if (!press (timeline, i % 2 == 0 ? GDK_KEY_Right : GDK_KEY_Left))
        g_error ("bench-window: the timeline took no arrow key");
      bar_ms[i] = ms_to_frame (&bench, start);
      settle (&bench);
    }

  g_print ("Foothold window benchmark: %u gaps, %u roadmap items, %u options; GSK renderer %s\n\n",
           size.n_gaps, size.n_items, size.n_options,
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (bench.window))));
  g_print ("| what | n | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
  g_print ("| window present → first frame | 1 | %.1f | %.1f | %.1f |\n", map_ms, map_ms, map_ms);
  print_row ("edit: gap title + Enter → frame", gap_ms, n_edits);
  print_row ("edit: use-case score → frame", score_ms, n_edits);
  print_row ("edit: roadmap bar, arrow key → frame", bar_ms, n_edits);
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autofree char *label = g_strdup_printf ("switch to %s, first (builds)", sections[s].label);
      g_autofree char *label2 = g_strdup_printf ("switch to %s, again", sections[s].label);

      g_print ("| %s | 1 | %.1f | %.1f | %.1f |\n", label, first[s], first[s], first[s]);
      memcpy (again, again_all[s], sizeof again);
      print_row (label2, again, N_SWITCHES);
    }

  gtk_window_destroy (GTK_WINDOW (bench.window));
  g_clear_object (&bench.window);
  g_clear_object (&store);
  g_unlink (path);
  wal = g_strconcat (path, "-wal", NULL);
  g_unlink (wal);
  g_rmdir (dir);

  return 0;
}
