/* rk-diagram.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-diagram"

#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "rk-diagram.h"
#include "rk-lm-layout.h"
#include "rk-report-private.h"

G_DEFINE_QUARK (rk-diagram-error-quark, rk_diagram_error)

/* cairo's image surfaces stop at 32767 pixels; stay well below. */
#define MAX_PIXELS 16000.0

/**
 * rk_diagram_format_for_path:
 *
 * The format a file name asks for, by its extension (any case).
 */
gboolean
rk_diagram_format_for_path (const char       *path,
                            RkDiagramFormat  *format,
                            GError          **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = RK_DIAGRAM_PNG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = RK_DIAGRAM_PDF;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = RK_DIAGRAM_SVG;
  else
    {
      g_autofree char *display = g_filename_display_basename (path);

      g_set_error (error, RK_DIAGRAM_ERROR, RK_DIAGRAM_ERROR_FORMAT,
                   _("“%s” does not end in .png, .pdf or .svg. Name the file after the format "
                     "you want."), display);
      return FALSE;
    }

  return TRUE;
}

PangoLayout *
rk_diagram_text (PangoContext *context,
                 const char   *text,
                 double        size,
                 gboolean      bold,
                 double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (RK_REPORT_DEFAULT_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);

  return layout;
}

double
rk_diagram_text_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

double
rk_diagram_text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* Shows a layout made with any context on @cr. */
void
rk_diagram_show (cairo_t     *cr,
                 PangoLayout *layout,
                 double       x,
                 double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  /* Leave no current point behind for the next path to start from. */
  cairo_new_path (cr);
}

void
rk_diagram_rounded_rect (cairo_t *cr,
                         double   x,
                         double   y,
                         double   width,
                         double   height,
                         double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A filled arrow head whose tip is at (x, y), pointing along (dx, dy). */
void
rk_diagram_arrow_head (cairo_t *cr,
                       double   x,
                       double   y,
                       double   dx,
                       double   dy,
                       double   size)
{
  double len = hypot (dx, dy);
  double ux, uy;

  if (len < 1e-9)
    return;
  ux = dx / len;
  uy = dy / len;
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x - size * ux - size * 0.5 * uy, y - size * uy + size * 0.5 * ux);
  cairo_line_to (cr, x - size * ux + size * 0.5 * uy, y - size * uy - size * 0.5 * ux);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/**
 * rk_diagram_write_image:
 * @format: PNG or SVG
 * @title: (nullable): a line above the diagram
 * @width: the diagram's width in points
 * @height: its height
 *
 * Writes a diagram as an image of its natural size (PNG at 144 dpi, less
 * for a very large diagram), on white, under its title. The file appears
 * whole or not at all.
 */
gboolean
rk_diagram_write_image (const char        *path,
                        RkDiagramFormat    format,
                        const char        *title,
                        double             width,
                        double             height,
                        RkReportDrawFunc   draw,
                        gpointer           user_data,
                        GError           **error)
{
  PangoContext *context = rk_lm_create_context ();
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autofree char *tmp_path = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double title_height = 0;
  double total_w = MAX (width, 1), total_h;
  double scale = 1;
  cairo_t *cr;
  FILE *f;

  g_return_val_if_fail (format == RK_DIAGRAM_PNG || format == RK_DIAGRAM_SVG, FALSE);

  if (title != NULL && title[0] != '\0')
    {
      title_layout = rk_diagram_text (context, title, 13, TRUE, width - 36);
      title_height = 18 + rk_diagram_text_height (title_layout);
    }
  total_h = MAX (height + title_height, 1);

  f = _rk_report_open_temp (path, FALSE, &tmp_path, error);
  if (f == NULL)
    {
      g_object_unref (context);
      return FALSE;
    }

  if (format == RK_DIAGRAM_PNG)
    {
      scale = MIN (RK_DIAGRAM_PNG_SCALE, MAX_PIXELS / MAX (total_w, total_h));
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (total_w * scale),
                                            (int) ceil (total_h * scale));
    }
  else
    surface = cairo_svg_surface_create_for_stream (_rk_report_write_to_file, f, total_w, total_h);

  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (title_layout != NULL)
    {
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      rk_diagram_show (cr, title_layout, 18, 14);
      cairo_translate (cr, 0, title_height);
    }
  draw (cr, width, height, user_data);
  cairo_destroy (cr);

  cairo_surface_flush (surface);
  if (format == RK_DIAGRAM_PNG)
    status = cairo_surface_write_to_png_stream (surface, _rk_report_write_to_file, f);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  g_clear_object (&title_layout);
  g_object_unref (context);

  return _rk_report_finish_file (f, g_steal_pointer (&tmp_path), path, status, error);
}
