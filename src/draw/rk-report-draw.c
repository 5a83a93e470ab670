/* rk-report-draw.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-report"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <unistd.h>

#include "rk-report-private.h"

/* Drawing the pages that rk_report_paginate() laid out, and writing them
 * to PDF and PNG files.
 */

#define MARKING_RED 0.80, 0.0, 0.0

/* A Pango context for Japanese print (STYLE-NOTES §3.5): language "ja" (Japanese glyph forms
 * from the CJK font), unhinted metrics and unrounded glyph positions so
 * that text measures the same on every surface, and 72 dpi so that font
 * sizes are in the user-space points.
 */
PangoContext *
_rk_report_create_context (RkReport *self,
                           cairo_t  *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("ja"));
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
  return context;
}

PangoLayout *
_rk_report_create_layout (RkReport      *self,
                          PangoContext  *context,
                          const char    *text,
                          RkTextStyle    style,
                          double         width,
                          RkReportAlign  align)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string (self->font_family);
  double scale;

  switch (style)
    {
    case RK_TEXT_H1:
      scale = 1.6;
      break;
    case RK_TEXT_H2:
      scale = 1.3;
      break;
    case RK_TEXT_H3:
      scale = 1.1;
      break;
    case RK_TEXT_TABLE:
    case RK_TEXT_TABLE_HEAD:
      scale = 0.95;
      break;
    case RK_TEXT_FURNITURE:
      scale = 0.8;
      break;
    case RK_TEXT_MARKING:
      scale = 1.15;
      break;
    case RK_TEXT_BODY:
    case RK_TEXT_LABEL:
    default:
      scale = 1.0;
      break;
    }
  pango_font_description_set_size (desc, (int) (self->font_size * scale * PANGO_SCALE));
  if (style != RK_TEXT_BODY && style != RK_TEXT_TABLE && style != RK_TEXT_FURNITURE)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout,
                              align == RK_REPORT_ALIGN_CENTER ? PANGO_ALIGN_CENTER :
                              align == RK_REPORT_ALIGN_END ? PANGO_ALIGN_RIGHT :
                              PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
_rk_report_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

double
_rk_report_notes_line_height (RkReport *self)
{
  /* About 8 mm at the default size: room to write by hand. */
  return MAX (2.15 * self->font_size, 8 * RK_REPORT_PT_PER_MM);
}

/* The x and width of a column of a table or key–value block, inside the
 * body less half a rule on each side.
 */
void
_rk_report_get_column_rect (RkReport      *self,
                            RkReportBlock *block,
                            guint          col,
                            double        *x,
                            double        *width)
{
  double inner = self->body.width - RK_REPORT_LINE_WIDTH;
  double left = self->body.x + RK_REPORT_LINE_WIDTH / 2;

  for (guint i = 0; i < col; i++)
    left += block->widths[i] * inner;
  *x = left;
  *width = block->widths[col] * inner;
}

/* Draws the lines of @layout that lie within [slice_start, slice_end) of
 * its own coordinates, with its top at (@x, @y - slice_start): no line is
 * ever drawn in part.
 */
void
_rk_report_show_slice (cairo_t     *cr,
                       PangoLayout *layout,
                       double       x,
                       double       y,
                       double       slice_start,
                       double       slice_end)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      int y0, y1;
      double top, bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double) y0 / PANGO_SCALE;
      bottom = (double) y1 / PANGO_SCALE;
      if (top < slice_start - 0.01 || bottom > slice_end + 0.01)
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                     y - slice_start
                     + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_furniture (RkReport     *self,
                cairo_t      *cr,
                PangoContext *context,
                guint         page)
{
  RkReportRect *c = &self->content;
  double right = c->x + c->width;
  double third = c->width / 3;
  g_autofree char *number = NULL;

  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);

  if (self->marking != NULL)
    {
      g_autoptr(PangoLayout) mark = _rk_report_create_layout (self, context, self->marking,
                                                              RK_TEXT_MARKING, -1,
                                                              RK_REPORT_ALIGN_START);
      PangoRectangle logical;
      double w, h;

      pango_layout_get_extents (mark, NULL, &logical);
      w = (double) logical.width / PANGO_SCALE + 12;
      h = (double) logical.height / PANGO_SCALE + 6;
      cairo_save (cr);
      cairo_set_source_rgb (cr, MARKING_RED);
      cairo_set_line_width (cr, 1.2);
      cairo_rectangle (cr, right - w + 0.6, c->y + 0.6, w - 1.2, h - 1.2);
      cairo_stroke (cr);
      show_layout (cr, mark, right - w + 6, c->y + 3);
      cairo_restore (cr);
      right -= w + 6;
      third = MIN (third, (right - c->x) / 3);
    }

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double x;

      if (self->header[i] == NULL)
        continue;
      layout = _rk_report_create_layout (self, context, self->header[i], RK_TEXT_FURNITURE,
                                         third - 4, (RkReportAlign) i);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, 0);
      x = i == 0 ? c->x : i == 1 ? c->x + (c->width - (third - 4)) / 2 : right - (third - 4);
      show_layout (cr, layout, x, c->y);
    }
  if (self->header_height > 0)
    {
      cairo_set_line_width (cr, 0.4);
      cairo_move_to (cr, c->x, self->body.y - 0.5 * self->font_size * 0.6);
      cairo_line_to (cr, c->x + c->width, self->body.y - 0.5 * self->font_size * 0.6);
      cairo_stroke (cr);
    }

  /* Translators: the page number in the footer of printed reports:
   * "page / number of pages".
   */
  number = g_strdup_printf (_("%u / %u"), page + 1, self->pages->len);
  {
    g_autoptr(PangoLayout) layout = _rk_report_create_layout (self, context, number,
                                                              RK_TEXT_FURNITURE, c->width / 3,
                                                              RK_REPORT_ALIGN_CENTER);
    double y = c->y + c->height - _rk_report_layout_height (layout);

    show_layout (cr, layout, c->x + c->width / 3, y);
    if (self->footer_text != NULL)
      {
        g_autoptr(PangoLayout) text = _rk_report_create_layout (self, context, self->footer_text,
                                                                RK_TEXT_FURNITURE,
                                                                c->width / 3 - 4,
                                                                RK_REPORT_ALIGN_START);

        pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
        pango_layout_set_height (text, 0);
        show_layout (cr, text, c->x, y);
      }
  }
}

static void
draw_row (RkReport           *self,
          cairo_t            *cr,
          PangoContext       *context,
          const RkReportItem *item)
{
  RkReportBlock *block = g_ptr_array_index (self->blocks, item->block);
  RkReportRow *row = item->kind == RK_ITEM_TABLE_HEAD ? NULL
                     : g_ptr_array_index (block->rows, item->row);
  gboolean kv = item->kind == RK_ITEM_KEY_VALUE;
  gboolean shaded = item->kind == RK_ITEM_TABLE_HEAD || item->kind == RK_ITEM_GROUP_ROW;
  double pad = kv ? 2.0 : RK_REPORT_CELL_PAD;
  double lead = item->slice_start > 0 ? pad : 0;
  guint n = row != NULL && row->group ? 1 : block->n_columns;

  for (guint col = 0; col < n; col++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      RkTextStyle style = shaded ? RK_TEXT_TABLE_HEAD : RK_TEXT_TABLE;
      RkReportAlign align = RK_REPORT_ALIGN_START;
      double x, w;

      if (row != NULL && row->group)
        {
          x = self->body.x + RK_REPORT_LINE_WIDTH / 2;
          w = self->body.width - RK_REPORT_LINE_WIDTH;
        }
      else
        _rk_report_get_column_rect (self, block, col, &x, &w);

      if (kv)
        style = col == 0 ? RK_TEXT_LABEL : RK_TEXT_BODY;
      else if (item->kind == RK_ITEM_TABLE_HEAD)
        align = RK_REPORT_ALIGN_CENTER;
      else if (item->kind == RK_ITEM_ROW)
        align = block->aligns[col];

      if (!kv)
        {
          cairo_rectangle (cr, x, item->y, w, item->height);
          if (shaded)
            {
              cairo_set_source_rgb (cr, item->kind == RK_ITEM_TABLE_HEAD ? 0.88 : 0.94,
                                    item->kind == RK_ITEM_TABLE_HEAD ? 0.91 : 0.94,
                                    item->kind == RK_ITEM_TABLE_HEAD ? 0.95 : 0.94);
              cairo_fill_preserve (cr);
            }
          cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
          cairo_set_line_width (cr, RK_REPORT_LINE_WIDTH);
          cairo_stroke (cr);
        }

      layout = _rk_report_create_layout (self, context,
                                         row != NULL ? row->cells[col] : block->titles[col],
                                         style, w - 2 * pad, align);
      cairo_set_source_rgb (cr, kv && col == 0 ? 0.3 : 0, kv && col == 0 ? 0.3 : 0,
                            kv && col == 0 ? 0.3 : 0);
      /* Row coordinate c is at page y = item->y + lead + c - slice_start;
       * the layout's own coordinates are c - pad.
       */
      _rk_report_show_slice (cr, layout, x + pad, item->y + lead,
                             item->slice_start - pad, item->slice_end - pad);
    }

  if (kv)
    {
      /* A faint rule under each key–value row. */
      double y = item->y + item->height - RK_REPORT_LINE_WIDTH / 2;

      cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
      cairo_set_line_width (cr, RK_REPORT_LINE_WIDTH);
      cairo_move_to (cr, self->body.x + RK_REPORT_LINE_WIDTH / 2, y);
      cairo_line_to (cr, self->body.x + self->body.width - RK_REPORT_LINE_WIDTH / 2, y);
      cairo_stroke (cr);
    }
}

static void
draw_item (RkReport           *self,
           cairo_t            *cr,
           PangoContext       *context,
           const RkReportItem *item)
{
  RkReportBlock *block = g_ptr_array_index (self->blocks, item->block);

  switch (item->kind)
    {
    case RK_ITEM_HEADING:
      {
        RkTextStyle style = RK_TEXT_H1 + MIN (block->level, 3) - 1;
        g_autoptr(PangoLayout) layout = _rk_report_create_layout (self, context, block->text, style,
                                                                  self->body.width,
                                                                  RK_REPORT_ALIGN_START);

        cairo_set_source_rgb (cr, 0, 0, 0);
        _rk_report_show_slice (cr, layout, self->body.x, item->y, 0, item->height);
        if (block->level == 1)
          {
            double y = item->y + item->height - RK_REPORT_LINE_WIDTH;

            cairo_set_line_width (cr, 1.0);
            cairo_move_to (cr, self->body.x, y);
            cairo_line_to (cr, self->body.x + self->body.width, y);
            cairo_stroke (cr);
          }
        break;
      }

    case RK_ITEM_PARAGRAPH:
      {
        g_autoptr(PangoLayout) layout = _rk_report_create_layout (self, context, block->text,
                                                                  RK_TEXT_BODY, self->body.width,
                                                                  RK_REPORT_ALIGN_START);

        cairo_set_source_rgb (cr, 0, 0, 0);
        _rk_report_show_slice (cr, layout, self->body.x, item->y, item->slice_start,
                               item->slice_end);
        break;
      }

    case RK_ITEM_TABLE_HEAD:
    case RK_ITEM_ROW:
    case RK_ITEM_GROUP_ROW:
    case RK_ITEM_KEY_VALUE:
      draw_row (self, cr, context, item);
      break;

    case RK_ITEM_DRAWING:
      {
        double scale = item->height / block->height;
        double width = block->width * scale;

        cairo_save (cr);
        cairo_translate (cr, self->body.x + (self->body.width - width) / 2, item->y);
        cairo_scale (cr, scale, scale);
        cairo_rectangle (cr, 0, 0, block->width, block->height);
        cairo_clip (cr);
        block->draw (cr, block->width, block->height, block->draw_data);
        cairo_restore (cr);
        break;
      }

    case RK_ITEM_NOTES:
      {
        double line = _rk_report_notes_line_height (self);

        cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
        cairo_set_line_width (cr, RK_REPORT_LINE_WIDTH);
        for (guint i = 1; i <= item->n_lines; i++)
          {
            double y = item->y + i * line - RK_REPORT_LINE_WIDTH / 2;

            cairo_move_to (cr, self->body.x, y);
            cairo_line_to (cr, self->body.x + self->body.width, y);
          }
        cairo_stroke (cr);
        break;
      }

    default:
      g_assert_not_reached ();
    }
}

/**
 * rk_report_draw_page:
 * @self: a #RkReport
 * @cr: where to draw, with its user space in points and the page's top
 *   left corner at the origin (a #GtkPrintContext's context, a PDF
 *   surface's, an image surface's scaled by dpi / 72)
 * @page: the page, from 0
 *
 * Draws one page as laid out by the last rk_report_paginate(): page header
 * and marking, content, and footer with the page number. Nothing is drawn
 * in the margins. Draws no background.
 */
void
rk_report_draw_page (RkReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  PangoContext *context;
  GArray *items;

  g_return_if_fail (RK_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->pages != NULL);
  g_return_if_fail (page < self->pages->len);

  context = _rk_report_create_context (self, cr);
  items = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  draw_furniture (self, cr, context, page);
  for (guint i = 0; i < items->len; i++)
    draw_item (self, cr, context, &g_array_index (items, RkReportItem, i));
  cairo_restore (cr);
  g_object_unref (context);
}

cairo_status_t
_rk_report_write_to_file (void                *closure,
                          const unsigned char *data,
                          unsigned int         length)
{
  if (fwrite (data, 1, length, closure) != length)
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* A hidden temporary file beside @path, renamed onto it by
 * _rk_report_finish_file(), so that a failed write never leaves half a file
 * under the real name. A @private_file (a marked report: personal data) is
 * readable by its owner only, like the workspace it came from.
 */
FILE *
_rk_report_open_temp (const char  *path,
                      gboolean     private_file,
                      char       **tmp_path,
                      GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  char *tmpl = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  int fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, private_file ? 0600 : 0666);
  FILE *f;

  if (fd < 0 || (f = fdopen (fd, "wb")) == NULL)
    {
      int errsv = errno;
      g_autofree char *display = g_filename_display_name (dir);

      if (fd >= 0)
        {
          close (fd);
          g_unlink (tmpl);
        }
      g_free (tmpl);
      g_set_error (error, RK_REPORT_ERROR, RK_REPORT_ERROR_WRITE,
                   _("Could not create a file in the folder “%s”: %s. Choose a folder "
                     "you are allowed to write to."),
                   display, g_strerror (errsv));
      return NULL;
    }
  *tmp_path = tmpl;
  return f;
}

gboolean
_rk_report_finish_file (FILE            *f,
                        char            *tmp_path,
                        const char      *path,
                        cairo_status_t   status,
                        GError         **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  g_autofree char *owned = tmp_path;
  int errsv = 0;
  gboolean ok = status == CAIRO_STATUS_SUCCESS;

  if (fflush (f) != 0 || fsync (fileno (f)) != 0)
    {
      errsv = errno;
      ok = FALSE;
    }
  if (fclose (f) != 0 && ok)
    {
      errsv = errno;
      ok = FALSE;
    }
  if (ok && g_rename (tmp_path, path) != 0)
    {
      errsv = errno;
      ok = FALSE;
    }
  if (!ok)
    {
      g_unlink (tmp_path);
      g_set_error (error, RK_REPORT_ERROR, RK_REPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s. Check that the disk is not full and that "
                     "the file is not open in another program, then try again."),
                   display, errsv != 0 ? g_strerror (errsv) : cairo_status_to_string (status));
    }
  return ok;
}

/**
 * rk_report_write_pdf:
 * @self: a #RkReport
 * @path: the PDF file to write
 * @error: return location for an error
 *
 * Paginates for the report's paper and writes every page to a PDF with the
 * fonts embedded. The PDF is written to a temporary file in the same folder
 * and renamed onto @path only when complete, so a failure never leaves a
 * half-written file or replaces an existing one.
 *
 * Returns: %TRUE on success
 */
gboolean
rk_report_write_pdf (RkReport    *self,
                     const char  *path,
                     GError     **error)
{
  char *tmp_path = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double w, h;
  guint n;
  FILE *f;

  g_return_val_if_fail (RK_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  f = _rk_report_open_temp (path, self->marking != NULL, &tmp_path, error);
  if (f == NULL)
    return FALSE;

  rk_report_get_paper_size (self, &w, &h);
  surface = cairo_pdf_surface_create_for_stream (_rk_report_write_to_file, f, w, h);
  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Renkei");
  cr = cairo_create (surface);

  n = rk_report_paginate (self, cr, w, h);
  for (guint page = 0; page < n; page++)
    {
      rk_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return _rk_report_finish_file (f, tmp_path, path, status, error);
}

/**
 * rk_report_write_png:
 * @self: a #RkReport
 * @page: the page, from 0
 * @path: the PNG file to write
 * @dpi: the resolution, e.g. 96 for a preview
 * @error: return location for an error
 *
 * Paginates for the report's paper and writes one page, on white, as a
 * PNG image (for previews and thumbnails), through a temporary file as
 * rk_report_write_pdf() does.
 *
 * Returns: %TRUE on success; %RK_REPORT_ERROR_FAILED if there is no such
 *   page
 */
gboolean
rk_report_write_png (RkReport    *self,
                     guint        page,
                     const char  *path,
                     double       dpi,
                     GError     **error)
{
  char *tmp_path = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double w, h;
  guint n;
  FILE *f;

  g_return_val_if_fail (RK_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (dpi > 0 && dpi <= 1200, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rk_report_get_paper_size (self, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (w * dpi / 72 + 0.5),
                                        (int) (h * dpi / 72 + 0.5));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, dpi / 72, dpi / 72);

  n = rk_report_paginate (self, cr, w, h);
  if (page >= n)
    {
      g_set_error (error, RK_REPORT_ERROR, RK_REPORT_ERROR_FAILED,
                   _("The report has no page %u: it has %u pages."), page + 1, n);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      return FALSE;
    }
  rk_report_draw_page (self, cr, page);
  cairo_destroy (cr);

  f = _rk_report_open_temp (path, self->marking != NULL, &tmp_path, error);
  if (f == NULL)
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  status = cairo_surface_write_to_png_stream (surface, _rk_report_write_to_file, f);
  cairo_surface_destroy (surface);
  return _rk_report_finish_file (f, tmp_path, path, status, error);
}
