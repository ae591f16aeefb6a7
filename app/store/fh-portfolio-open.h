/* fh-portfolio-open.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fh-portfolio.h"

G_BEGIN_DECLS

/* A folder yields at most this many members; the rest are listed as skipped. */
#define FH_PORTFOLIO_MAX_MEMBERS 5000

#define FH_PORTFOLIO_FORMAT  "foothold-portfolio"
#define FH_PORTFOLIO_VERSION 1

gboolean     fh_store_probe_locked (const char *path);
FhPortfolio *fh_portfolio_open (const char *const *paths, GDateTime *date, GError **error);
GBytes      *fh_portfolio_to_json (FhPortfolio *portfolio);

G_END_DECLS
