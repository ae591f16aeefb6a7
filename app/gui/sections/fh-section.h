/* fh-section.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_SECTION (fh_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (FhSection, fh_section, FH, SECTION, AdwBin)

/**
 * FhSectionClass:
 * @store_set: the section now shows @store (which may be %NULL) and builds its
 *   content for it; the base class has already stored it and connected to its
 *   "changed" signal. A section builds only when it is first shown: the base calls
 *   this when the section is first mapped (with the store it holds by then), and
 *   after that once per new store, before #FhSection:store is notified.
 * @plan_changed: a change was committed, undone or redone in the shown plan; only
 *   for a section that has been shown (built), and, where the class named the
 *   collections it shows (fh_section_class_watch()), only when one of them changed.
 *   A section that is hidden hears of its changes once, when it is next shown, just
 *   before it maps: an edit costs the section on screen, not every section built.
 * @update_badge: sets the sidebar badge (fh_section_set_badge()) from @store, which
 *   may be %NULL. Called when a store is set and after every change, whether or not
 *   the section has been shown yet, so it must be cheap: core functions over the
 *   store's models, no widgets. A section sets its badge only here.
 * @presenting_changed: presentation mode was entered or left; a section shows or
 *   hides the editing chrome the room does not need.
 *
 * The base of every section of the window (the five pages and the Discover tabs):
 * it carries the open plan, the sidebar badge, whether the window is presenting,
 * and the one way a section raises a toast.
 */
struct _FhSectionClass
{
  AdwBinClass parent_class;

  void (*store_set) (FhSection *self, FhStore *store);
  void (*plan_changed) (FhSection *self);
  void (*presenting_changed) (FhSection *self, gboolean presenting);
  void (*update_badge) (FhSection *self, FhStore *store);

  /*< private >*/
  const FhCollection *watched; /* fh_section_class_watch() */
  guint               n_watched;
  gboolean            watch_info; /* fh_section_class_watch_info() */

  gpointer padding[4];
};

void fh_section_class_watch (FhSectionClass     *klass,
                             const FhCollection *collections,
                             guint               n_collections);

void fh_section_class_watch_info (FhSectionClass *klass);

FhStore    *fh_section_get_store (FhSection *self);
gboolean    fh_section_get_built (FhSection *self);
void        fh_section_set_store (FhSection *self, FhStore *store);
const char *fh_section_get_badge (FhSection *self);
void        fh_section_set_badge (FhSection *self, const char *badge);
const char *fh_section_get_badge_tooltip (FhSection *self);
void        fh_section_set_badge_tooltip (FhSection *self, const char *tooltip);
gboolean    fh_section_get_presenting (FhSection *self);
void        fh_section_set_presenting (FhSection *self, gboolean presenting);
void        fh_section_toast (FhSection *self, const char *text, gboolean undo);
void        fh_section_add_toast (FhSection *self, AdwToast *toast);

G_END_DECLS
