/* fh-portfolio-window.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-portfolio.h"

G_BEGIN_DECLS

#define FH_TYPE_PORTFOLIO_WINDOW (fh_portfolio_window_get_type ())

G_DECLARE_FINAL_TYPE (FhPortfolioWindow,
                      fh_portfolio_window,
                      FH,
                      PORTFOLIO_WINDOW,
                      AdwApplicationWindow)

FhPortfolioWindow *fh_portfolio_window_new (GtkApplication *app, const char *const *paths);
FhPortfolio       *fh_portfolio_window_get_portfolio (FhPortfolioWindow *self);
void               fh_portfolio_window_add_actions (GtkApplication *app);

G_END_DECLS
