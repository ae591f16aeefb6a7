/* fh-option-editor.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-decision.h"
#include "fh-option.h"
#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_OPTION_EDITOR (fh_option_editor_get_type ())

G_DECLARE_FINAL_TYPE (FhOptionEditor, fh_option_editor, FH, OPTION_EDITOR, AdwBin)

GtkWidget *fh_option_editor_new (void);
void       fh_option_editor_set_option (FhOptionEditor *self, FhStore *store, FhOption *option);
FhOption  *fh_option_editor_get_option (FhOptionEditor *self);
void       fh_option_editor_refresh (FhOptionEditor *self, FhDecision *decision);
gboolean   fh_option_editor_focus_line_amount (FhOptionEditor *self, gint64 line);
gboolean   fh_option_editor_choose (FhOptionEditor *self, GError **error);
gboolean
fh_option_editor_set_score (FhOptionEditor *self, const char *criterion, int score, GError **error);

G_END_DECLS
