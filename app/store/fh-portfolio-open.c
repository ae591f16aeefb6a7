/* fh-portfolio-open.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE  /* F_OFD_GETLK */
#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "fh-portfolio-open.h"

#include "fh-store-private.h"

/* A portfolio reads its members and never writes them: each is opened as the
 * read-only commands open a plan (fh_store_open_any(): an immutable connection, or
 * a private copy when a -wal or -journal lies beside it), so no lock, journal or
 * -wal is created beside a member. See docs/plan-format.md, "Reading plans as a
 * portfolio". */

/**
 * fh_store_probe_locked:
 * @path: a plan file
 *
 * Whether any program holds a lock on @path (SQLite locks a plan it has open for
 * writing, and Foothold holds that lock while the plan is open), asked without
 * opening the file: the kernel's table of locks (/proc/locks) is searched for the
 * file's device and inode. Opening and closing the file instead would drop this
 * process's own POSIX locks on it (close() releases them all), and with them the
 * lock of a plan this Foothold has open in a window. Without /proc, nothing is
 * reported locked.
 *
 * Returns: %TRUE when a lock on @path is held, by this process or another
 */
gboolean
fh_store_probe_locked (const char *path)
{
  g_autofree char *locks = NULL;
  g_autofree char *key = NULL;
  g_auto (GStrv) lines = NULL;
  GStatBuf st;

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode) ||
      !g_file_get_contents ("/proc/locks", &locks, NULL, NULL))
    return FALSE;

  /* Lines such as "1: POSIX  ADVISORY  WRITE 4193 fd:01:1317437 1073741824 1073742335". */
  key = g_strdup_printf ("%02x:%02x:%" G_GUINT64_FORMAT, major (st.st_dev), minor (st.st_dev),
                         (guint64)st.st_ino);
  lines = g_strsplit (locks, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = g_strsplit_set (lines[i], " \t", -1);

      for (guint j = 0; fields[j] != NULL; j++)
        if (g_str_equal (fields[j], key))
          return TRUE;
    }
  return FALSE;
}

static gboolean
is_member_name (const char *name)
{
  return name[0] != '.' &&
         (g_str_has_suffix (name, FH_PLAN_EXTENSION) || g_str_has_suffix (name, ".json"));
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* The plan files and JSON exports directly in @dir, by name; hidden files, other
 * files and sub-folders are not members. */
static gboolean
list_folder (const char *dir, GPtrArray *members, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (GDir) d = g_dir_open (dir, 0, &local);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  if (d == NULL)
    {
      g_autofree char *name = g_filename_display_name (dir);

      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_FOUND,
                   _("The folder “%s” could not be read: %s. Choose a folder of plan files "
                     "and JSON exports."),
                      name, local->message);
      return FALSE;
    }

  while ((entry = g_dir_read_name (d)) != NULL)
    if (is_member_name (entry))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (members, g_build_filename (dir, names->pdata[i], NULL));
  return TRUE;
}

static void
add_member (FhPortfolio *portfolio, const char *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  FhPlanModels models;

  /* Before anything opens the file: closing a descriptor of it would drop this
   * process's own lock on it. */
  if (fh_store_probe_locked (path))
    {
      fh_portfolio_add_skipped (portfolio, name,
                                _("The plan is open in another program or Foothold window, so "
                                  "what it holds may be changing. Close it there to include "
                                  "it."));
      return;
    }

  store = fh_store_open_any (path, &error);
  if (store == NULL)
    {
      fh_portfolio_add_skipped (portfolio, name, error->message);
      return;
    }

  fh_store_get_models (store, &models);
  fh_portfolio_add_plan (portfolio, name, &models);
}

/**
 * fh_portfolio_open:
 * @paths: folders (their plan files and JSON exports) and files, in order
 * @date: (nullable): the day the current quarter is taken from; %NULL for today
 *
 * Reads every member into a portfolio, one at a time. A member that is locked,
 * newer, damaged or not a plan is listed with the reason and skipped. Nothing is
 * ever written to a member or beside it.
 *
 * Returns: (transfer full): the portfolio, or %NULL when one of @paths does not
 *   exist or is a folder that cannot be read (a file that cannot is a skipped member)
 */
FhPortfolio *
fh_portfolio_open (const char *const *paths, GDateTime *date, GError **error)
{
  g_autoptr (FhPortfolio) portfolio = fh_portfolio_new (date);
  g_autoptr (GPtrArray) members = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_read = 0;

  g_return_val_if_fail (paths != NULL, NULL);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      if (!g_file_test (paths[i], G_FILE_TEST_EXISTS))
        {
          g_autofree char *name = g_filename_display_name (paths[i]);

          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_FOUND,
                       _("“%s” does not exist. Name a folder of plan files and JSON exports, "
                         "or plan files."),
                          name);
          return NULL;
        }
      if (g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        {
          if (!list_folder (paths[i], members, error))
            return NULL;
        }
      else
        g_ptr_array_add (members, g_strdup (paths[i]));
    }

  for (guint i = 0; i < members->len; i++)
    {
      const char      *path = members->pdata[i];
      g_autofree char *canonical = g_canonicalize_filename (path, NULL);

      /* A file named twice (a folder and one of its files) is one member. */
      if (!g_hash_table_add (seen, g_steal_pointer (&canonical)))
        continue;

      if (n_read == FH_PORTFOLIO_MAX_MEMBERS)
        {
          g_autofree char *name = g_filename_display_basename (path);

          g_autofree char *reason = g_strdup_printf (
            _("The portfolio reads at most %u files; split the folder to see the rest."),
               FH_PORTFOLIO_MAX_MEMBERS);

          fh_portfolio_add_skipped (portfolio, name, reason);
          continue;
        }
      n_read++;
      add_member (portfolio, path);
    }

  fh_portfolio_finish (portfolio);
  return g_steal_pointer (&portfolio);
}
