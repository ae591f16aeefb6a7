/* fh-cli-portfolio.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

extern const GOptionEntry fh_cli_portfolio_options[];

int fh_cli_portfolio_run (GApplication *app, GVariantDict *options, const char *const *files);

G_END_DECLS
