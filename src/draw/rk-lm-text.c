/* rk-lm-text.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-lm-text"

#include "config.h"

#include <hb.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "rk-diagram.h"
#include "rk-lm-text.h"

/* Laying out a model of hundreds of boxes needs the height of each box's
 * wrapped text, and shaping every text with Pango costs some 35 µs a box
 * (most of a frame for 300 boxes). Japanese text is nearly all fixed-width
 * glyphs without contextual shaping, so the line breaks can be found
 * without shaping: each character's advance comes straight from the font
 * through HarfBuzz (cached), the break opportunities from Pango's own
 * UAX #14 rules (pango_get_log_attrs()), and the lines are filled
 * greedily as PANGO_WRAP_WORD_CHAR would. The result is the text with
 * the line breaks written into it, so that Pango draws exactly these
 * lines on every surface; its width is never more than the box's (kerning
 * only narrows a line). A text with a character the box's font lacks
 * (which Pango would take from a fallback font of other metrics) is left
 * to Pango.
 */

struct _RkLmTextMeasurer
{
  PangoContext *context;          /* weak: the measurer lives in its data */
  PangoFontDescription *font;
  PangoFontDescription *bold_font;
  hb_font_t    *hb[2];            /* regular, bold */
  double        scale[2];         /* points per HarfBuzz unit */
  GHashTable   *advances[2];      /* gunichar → double (as a pointer-sized bit pattern) */
  double        line_height;
};

static void
measurer_free (RkLmTextMeasurer *m)
{
  pango_font_description_free (m->font);
  pango_font_description_free (m->bold_font);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&m->advances[i], g_hash_table_unref);
      g_clear_pointer (&m->hb[i], hb_font_destroy);
    }
  g_free (m);
}

static double
pango_width (RkLmTextMeasurer           *m,
             const PangoFontDescription *font,
             const char                 *text)
{
  PangoLayout *layout = pango_layout_new (m->context);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  g_object_unref (layout);
  return (double) logical.width / PANGO_SCALE;
}

static void
load_font (RkLmTextMeasurer           *m,
           guint                       i,
           const PangoFontDescription *desc)
{
  PangoFont *font = pango_context_load_font (m->context, desc);
  hb_codepoint_t glyph;

  m->advances[i] = g_hash_table_new (NULL, NULL);
  if (font == NULL)
    return;

  m->hb[i] = hb_font_reference (pango_font_get_hb_font (font));
  /* Calibrate HarfBuzz's units against what Pango lays out. */
  if (m->hb[i] != NULL && hb_font_get_nominal_glyph (m->hb[i], 0x6F22 /* 漢 */, &glyph))
    {
      hb_position_t adv = hb_font_get_glyph_h_advance (m->hb[i], glyph);

      if (adv > 0)
        m->scale[i] = pango_width (m, desc, "漢") / adv;
    }
  if (m->scale[i] <= 0)
    g_clear_pointer (&m->hb[i], hb_font_destroy);
  g_object_unref (font);
}

/**
 * _rk_lm_text_measurer_get:
 *
 * The measurer for a font on @context, made once and kept with it.
 */
RkLmTextMeasurer *
_rk_lm_text_measurer_get (PangoContext *context,
                          const char   *family,
                          double        size)
{
  g_autofree char *key = g_strdup_printf ("rk-lm-text-%s-%.3f", family, size);
  RkLmTextMeasurer *m = g_object_get_data (G_OBJECT (context), key);

  if (m != NULL)
    return m;

  m = g_new0 (RkLmTextMeasurer, 1);
  m->context = context;
  m->font = pango_font_description_from_string (family);
  pango_font_description_set_absolute_size (m->font, size * PANGO_SCALE);
  m->bold_font = pango_font_description_copy (m->font);
  pango_font_description_set_weight (m->bold_font, PANGO_WEIGHT_BOLD);
  load_font (m, 0, m->font);
  load_font (m, 1, m->bold_font);
  /* A line's height is its highest ascent and its lowest descent: measure
   * one that mixes the bold number with the regular text.
   */
  {
    PangoLayout *mixed = _rk_lm_text_layout (m, "1-1\u3000漢Ag", strlen ("1-1"), -1);

    m->line_height = rk_diagram_text_height (mixed);
    g_object_unref (mixed);
  }

  g_object_set_data_full (G_OBJECT (context), key, m, (GDestroyNotify) measurer_free);
  return m;
}

/* A character's advance, or a negative number when the font lacks it. */
static double
advance (RkLmTextMeasurer *m,
         guint             bold,
         gunichar          c)
{
  gpointer found;
  hb_codepoint_t glyph;
  double a;

  if (g_hash_table_lookup_extended (m->advances[bold], GUINT_TO_POINTER (c), NULL, &found))
    return GPOINTER_TO_INT (found) / 1024.0;

  if (m->hb[bold] == NULL || !hb_font_get_nominal_glyph (m->hb[bold], c, &glyph))
    a = -1;
  else
    a = hb_font_get_glyph_h_advance (m->hb[bold], glyph) * m->scale[bold];

  /* Kept in 1/1024 pt, in the pointer itself. */
  g_hash_table_insert (m->advances[bold], GUINT_TO_POINTER (c),
                       GINT_TO_POINTER ((int) ceil (a * 1024)));
  return ceil (a * 1024) / 1024.0;
}

/**
 * _rk_lm_text_wrap:
 * @text: what the box says
 * @bold_length: how many bytes at its start are bold (the box's number)
 * @width: the width to wrap to, in points
 * @n_lines: (out): the number of lines
 * @out_bold_length: (out): the bold part's length in the result
 * @height: (out): the height of the text
 *
 * Returns: (transfer full) (nullable): @text with a newline at each line
 *   break, or %NULL when Pango itself must measure it (see above)
 */
char *
_rk_lm_text_wrap (RkLmTextMeasurer *m,
                  const char       *text,
                  gsize             bold_length,
                  double            width,
                  gsize            *out_bold_length,
                  guint            *n_lines,
                  double           *height)
{
  gsize bold_out = bold_length;
  glong n_chars = g_utf8_strlen (text, -1);
  g_autofree PangoLogAttr *attrs = g_new (PangoLogAttr, n_chars + 1);
  g_autoptr(GString) out = g_string_sized_new (strlen (text) + 16);
  const char *p = text;
  const char *line_start = text;
  const char *last_break = NULL;   /* a break opportunity in the current line */
  double line_width = 0;
  double width_at_break = 0;
  guint lines = 1;

  if (m->hb[0] == NULL || m->hb[1] == NULL)
    return NULL;

  pango_get_log_attrs (text, -1, -1, pango_context_get_language (m->context), attrs,
                       n_chars + 1);

  for (glong i = 0; i < n_chars; i++, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      double a;

      if (c == '\n')
        {
          g_string_append_len (out, line_start, p - line_start + 1);
          line_start = g_utf8_next_char (p);
          last_break = NULL;
          line_width = 0;
          lines++;
          continue;
        }

      a = advance (m, (gsize) (p - text) < bold_length ? 1 : 0, c);
      if (a < 0)
        return NULL;

      if (attrs[i].is_line_break && p > line_start)
        {
          last_break = p;
          width_at_break = line_width;
        }

      /* A space that does not fit becomes the line break. */
      if (line_width + a > width && p > line_start && g_unichar_isspace (c))
        {
          g_string_append_len (out, line_start, p - line_start);
          g_string_append_c (out, '\n');
          line_start = g_utf8_next_char (p);
          last_break = NULL;
          line_width = 0;
          lines++;
          continue;
        }

      if (line_width + a > width && p > line_start)
        {
          const char *cut = last_break != NULL ? last_break : p;

          /* Without an opportunity in the line, break between characters
           * (never inside a cluster), as WRAP_WORD_CHAR does.
           */
          if (last_break == NULL)
            {
              glong k = i;

              while (k > 0 && !attrs[k].is_cursor_position && cut > line_start)
                {
                  cut = g_utf8_prev_char (cut);
                  k--;
                }
              if (cut == line_start)
                cut = p;
            }

          g_string_append_len (out, line_start, cut - line_start);
          g_string_append_c (out, '\n');
          if ((gsize) (cut - text) < bold_length)
            bold_out++;
          line_width = last_break != NULL ? line_width - width_at_break : 0;
          /* Measure the characters that moved to the new line again. */
          if (last_break == NULL)
            {
              line_width = 0;
              for (const char *q = cut; q < p; q = g_utf8_next_char (q))
                line_width += advance (m, (gsize) (q - text) < bold_length ? 1 : 0,
                                       g_utf8_get_char (q));
            }
          line_start = cut;
          last_break = NULL;
          lines++;
        }

      line_width += a;
    }
  g_string_append (out, line_start);

  *out_bold_length = bold_out;
  *n_lines = lines;
  *height = lines * m->line_height;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * _rk_lm_text_layout:
 * @text: the text, with its line breaks from _rk_lm_text_wrap(), or
 *   without them to let Pango wrap it to @width
 *
 * Returns: (transfer full): the layout to draw
 */
PangoLayout *
_rk_lm_text_layout (RkLmTextMeasurer *m,
                    const char       *text,
                    gsize             bold_length,
                    double            width)
{
  PangoLayout *layout = pango_layout_new (m->context);

  pango_layout_set_font_description (layout, m->font);
  if (bold_length > 0)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      bold->start_index = 0;
      bold->end_index = bold_length;
      pango_attr_list_insert (attrs, bold);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  if (width > 0)
    {
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}
