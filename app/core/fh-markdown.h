/* fh-markdown.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "fh-plan-models.h"
#include "fh-report-data.h"

G_BEGIN_DECLS

char *fh_markdown_escape (const char *text);
char *fh_markdown_blocks (GPtrArray *sections);
char *fh_markdown_report (const FhPlanModels *plan, const FhReportOptions *options);

G_END_DECLS
