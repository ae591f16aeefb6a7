/* fh-render-text.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <math.h>

#include "fh-render-text.h"

static cairo_user_data_key_t language_key;

/**
 * fh_render_text_set_language:
 * @cr: where text will be drawn
 * @language: (nullable): a BCP 47 tag such as "ko"
 *
 * Every layout made on @cr from now on is in @language, so that Korean text gets
 * Korean glyphs rather than the Japanese forms of the same code points.
 */
void
fh_render_text_set_language (cairo_t *cr, const char *language)
{
  cairo_set_user_data (cr, &language_key, g_strdup (language), g_free);
}

/**
 * fh_render_text_layout:
 * @cr: where the text will be drawn
 * @text: plain text from a plan; never interpreted as markup
 * @style: how to set it
 *
 * Returns: (transfer full): a layout for @text, wrapped and ellipsized as @style says.
 */
PangoLayout *
fh_render_text_layout (cairo_t *cr, const char *text, const FhTextStyle *style)
{
  PangoLayout *layout;
  g_autoptr (PangoFontDescription) font = NULL;

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_new ();
  pango_font_description_set_family (font, style->family ? style->family : "Sans");
  pango_font_description_set_size (
    font, (int)(MAX (style->size_pt, FH_RENDER_MIN_TEXT_PT) * PANGO_SCALE));
  pango_font_description_set_weight (font, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);

  if (style->max_width > 0)
    {
      pango_layout_set_width (layout, (int)(style->max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (style->max_lines > 0)
    {
      pango_layout_set_height (layout, -style->max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  /* The document's language picks the face for shared (CJK) characters. */
  if (cairo_get_user_data (cr, &language_key) != NULL)
    {
      pango_context_set_language (
        pango_layout_get_context (layout),
        pango_language_from_string (cairo_get_user_data (cr, &language_key)));
      pango_layout_context_changed (layout);
    }

  /* set_text, never set_markup: plan text is shown as it was typed. */
  pango_layout_set_text (layout, text ? text : "", -1);
  return layout;
}

void
fh_render_text (cairo_t           *cr,
                double             x,
                double             y,
                const char        *text,
                const FhTextStyle *style,
                double            *width,
                double            *height)
{
  g_autoptr (PangoLayout) layout = fh_render_text_layout (cr, text, style);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);

  if (width)
    *width = (double)w / PANGO_SCALE;
  if (height)
    *height = (double)h / PANGO_SCALE;
}

/* A tidy axis maximum for the charts: 1, 2 or 5 × 10^k at or above @value. */
double
fh_render_nice_ceiling (double value)
{
  double magnitude;
  double scaled;

  if (value <= 0)
    return 1;

  magnitude = pow (10, floor (log10 (value)));
  scaled = value / magnitude;

  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * magnitude;
}
