/* fh-chart-style.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fh-render-style.h"

G_BEGIN_DECLS

void fh_chart_style_get (GtkWidget *widget, FhRenderStyle *style);
void fh_chart_style_watch (GtkWidget *widget);

G_END_DECLS
