/* fh-people-view.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-section.h"

G_BEGIN_DECLS

#define FH_TYPE_PEOPLE_VIEW (fh_people_view_get_type ())

G_DECLARE_FINAL_TYPE (FhPeopleView, fh_people_view, FH, PEOPLE_VIEW, FhSection)

/* People before scale: the roles × skills matrix with its shortfalls (each can become
 * a people gap in one action) and the glossary. Property "store"; signal "add-toast". */
GtkWidget *fh_people_view_new (void);

G_END_DECLS
