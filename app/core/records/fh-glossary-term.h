/* fh-glossary-term.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_GLOSSARY_TERM (fh_glossary_term_get_type ())

G_DECLARE_FINAL_TYPE (FhGlossaryTerm, fh_glossary_term, FH, GLOSSARY_TERM, GObject)

FhGlossaryTerm *fh_glossary_term_new (const char *term, const char *definition);
gint64          fh_glossary_term_get_id (FhGlossaryTerm *self);
const char     *fh_glossary_term_get_term (FhGlossaryTerm *self);
const char     *fh_glossary_term_get_definition (FhGlossaryTerm *self);
FhAudience      fh_glossary_term_get_audience (FhGlossaryTerm *self);

G_END_DECLS
