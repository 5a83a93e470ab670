/* rk-report-layout.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-report"

#include "config.h"

#include <math.h>

#include "rk-report-private.h"

/* Pagination of RkReport: blocks become items placed on pages. A heading
 * stays with what follows, a category row with the next row, a table's
 * heading row is repeated at the top of every page it continues on, and
 * only a paragraph, or a row taller than a whole page, is split, always
 * between two lines.
 */

typedef struct
{
  RkReport     *self;
  PangoContext *context;
  GArray       *page;         /* RkReportItem of the page being filled */
  double        y;            /* where the next item goes */
  guint         head_block;   /* the table whose heading row this page has */
  gboolean      has_head;
} Paginator;

/* A unit that can be split between pages: its height and the positions,
 * in its own coordinates, where it may be cut (between lines).
 */
typedef struct
{
  double  height;
  GArray *cuts;               /* double, ascending */
} Measured;

static RkReportBlock *
get_block (RkReport *self,
           guint     index)
{
  return g_ptr_array_index (self->blocks, index);
}

/* Line bottoms of @layout, shifted by @offset, appended to @cuts. */
static void
add_line_cuts (GArray      *cuts,
               PangoLayout *layout,
               double       offset)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      int y0, y1;
      double bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      bottom = offset + (double) y1 / PANGO_SCALE;
      g_array_append_val (cuts, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static PangoLayout *
layout_for (Paginator     *p,
            const char    *text,
            RkTextStyle    style,
            double         width)
{
  return _rk_report_create_layout (p->self, p->context, text, style, width, RK_REPORT_ALIGN_START);
}

/* The layout of one cell of a row (or of the heading row when @row is
 * %NULL), as wide as its column less the padding.
 */
static PangoLayout *
cell_layout (Paginator     *p,
             RkReportBlock *block,
             RkReportRow   *row,
             guint          col)
{
  RkReport *self = p->self;
  double pad = block->kind == RK_BLOCK_KEY_VALUES ? 2.0 : RK_REPORT_CELL_PAD;
  RkTextStyle style;
  const char *text;
  double x, width;

  if (row == NULL)
    {
      text = block->titles[col];
      style = RK_TEXT_TABLE_HEAD;
    }
  else
    {
      text = row->cells[col];
      style = row->group ? RK_TEXT_TABLE_HEAD : RK_TEXT_TABLE;
    }
  if (block->kind == RK_BLOCK_KEY_VALUES)
    style = col == 0 ? RK_TEXT_LABEL : RK_TEXT_BODY;

  if (row != NULL && row->group)
    width = self->body.width - RK_REPORT_LINE_WIDTH;
  else
    _rk_report_get_column_rect (self, block, col, &x, &width);
  return layout_for (p, text, style, width - 2 * pad);
}

/* Measures a row (or the heading row when @row is %NULL). With m->cuts set,
 * also finds where it may be cut: where no cell has a line across.
 */
static void
measure_row (Paginator     *p,
             RkReportBlock *block,
             RkReportRow   *row,
             Measured      *m)
{
  guint n = row != NULL && row->group ? 1 : block->n_columns;
  double pad = block->kind == RK_BLOCK_KEY_VALUES ? 2.0 : RK_REPORT_CELL_PAD;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  double content = 0;

  for (guint col = 0; col < n; col++)
    {
      PangoLayout *layout = cell_layout (p, block, row, col);

      g_ptr_array_add (layouts, layout);
      content = MAX (content, _rk_report_layout_height (layout));
      add_line_cuts (all, layout, pad);
    }
  m->height = content + 2 * pad;

  if (m->cuts == NULL)
    return;

  g_array_sort (all, compare_doubles);
  for (guint i = 0; i < all->len; i++)
    {
      double c = g_array_index (all, double, i);
      gboolean ok = TRUE;

      for (guint col = 0; ok && col < n; col++)
        {
          PangoLayoutIter *iter = pango_layout_get_iter (g_ptr_array_index (layouts, col));

          do
            {
              int y0, y1;

              pango_layout_iter_get_line_yrange (iter, &y0, &y1);
              if (c > pad + (double) y0 / PANGO_SCALE + 0.01 &&
                  c < pad + (double) y1 / PANGO_SCALE - 0.01)
                ok = FALSE;
            }
          while (ok && pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }
      if (ok)
        g_array_append_val (m->cuts, c);
    }
}

static double
space_left (Paginator *p)
{
  RkReport *self = p->self;

  return self->body.y + self->body.height - p->y;
}

static gboolean
at_top (Paginator *p)
{
  return p->page->len == 0;
}

static void
new_page (Paginator *p)
{
  p->page = g_array_new (FALSE, TRUE, sizeof (RkReportItem));
  g_ptr_array_add (p->self->pages, p->page);
  p->y = p->self->body.y;
  p->has_head = FALSE;
}

static RkReportItem *
place (Paginator  *p,
       RkItemKind  kind,
       guint       block,
       guint       row,
       double      height)
{
  RkReportItem item = {
    .kind = kind, .block = block, .row = row, .y = p->y, .height = height,
    .slice_start = 0, .slice_end = height,
  };

  g_array_append_val (p->page, item);
  p->y += height;
  return &g_array_index (p->page, RkReportItem, p->page->len - 1);
}

/* Starts a new page unless @need fits; a gap before the item collapses at
 * the top of a page.
 */
static void
make_room (Paginator *p,
           double     gap,
           double     need)
{
  if (!at_top (p) && gap + need > space_left (p))
    new_page (p);
  if (!at_top (p))
    p->y += gap;
}

static double
block_gap (RkReport      *self,
           RkReportBlock *block)
{
  double s = self->font_size;

  switch (block->kind)
    {
    case RK_BLOCK_HEADING:
      return block->level == 1 ? 1.4 * s : block->level == 2 ? 1.1 * s : 0.8 * s;
    case RK_BLOCK_PARAGRAPH:
    case RK_BLOCK_KEY_VALUES:
    case RK_BLOCK_TABLE:
    case RK_BLOCK_NOTES:
    case RK_BLOCK_DRAWING:
      return 0.6 * s;
    case RK_BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

/* Places a unit that may be taller than what is left: as much as fits at
 * the allowed cuts, then the rest on the following pages. @lead_in is the
 * height placed before each continuation (the repeated table heading).
 */
static void
place_split (Paginator     *p,
             RkItemKind     kind,
             guint          block,
             guint          row,
             Measured      *m,
             double         pad,
             void         (*on_new_page) (Paginator *, guint),
             guint          table_block)
{
  double start = 0;

  while (start < m->height - 0.01)
    {
      double lead = start > 0 ? pad : 0;
      double avail = space_left (p) - lead;
      double cut = -1;
      RkReportItem *item;

      if (m->height - start <= avail)
        cut = m->height;
      else
        for (guint i = 0; i < m->cuts->len; i++)
          {
            double c = g_array_index (m->cuts, double, i);

            if (c > start + 0.01 && c - start + pad <= avail)
              cut = c;
          }

      if (cut < 0 && !at_top (p))
        {
          new_page (p);
          if (on_new_page != NULL)
            on_new_page (p, table_block);
          continue;
        }
      if (cut < 0)
        {
          /* Not even one line fits on an empty page: cut anyway. */
          cut = start + MAX (avail - pad, 1);
        }

      item = place (p, kind, block, row, lead + (cut - start) + (cut < m->height ? pad : 0));
      item->slice_start = start;
      item->slice_end = cut;
      start = cut;
      if (start < m->height - 0.01)
        {
          new_page (p);
          if (on_new_page != NULL)
            on_new_page (p, table_block);
        }
    }
}

static void
place_table_head (Paginator *p,
                  guint      index)
{
  RkReportBlock *block = get_block (p->self, index);
  Measured m = { 0 };

  measure_row (p, block, NULL, &m);
  place (p, RK_ITEM_TABLE_HEAD, index, 0, m.height);
  p->head_block = index;
  p->has_head = TRUE;
}

static double
table_head_height (Paginator *p,
                   guint      index)
{
  Measured m = { 0 };

  measure_row (p, get_block (p->self, index), NULL, &m);
  return m.height;
}

static double
row_height (Paginator     *p,
            RkReportBlock *block,
            guint          i)
{
  Measured m = { 0 };

  measure_row (p, block, g_ptr_array_index (block->rows, i), &m);
  return m.height;
}

static void
paginate_rows (Paginator *p,
               guint      index)
{
  RkReport *self = p->self;
  RkReportBlock *block = get_block (self, index);
  gboolean table = block->kind == RK_BLOCK_TABLE;
  double head = table ? table_head_height (p, index) : 0;
  double body_height = self->body.height;

  if (table && block->rows->len == 0)
    {
      make_room (p, block_gap (self, block), head);
      place_table_head (p, index);
      return;
    }

  for (guint i = 0; i < block->rows->len; i++)
    {
      RkReportRow *row = g_ptr_array_index (block->rows, i);
      double h = row_height (p, block, i);
      double need = h;
      RkItemKind kind = row->group ? RK_ITEM_GROUP_ROW : table ? RK_ITEM_ROW : RK_ITEM_KEY_VALUE;
      /* A row that no page can hold whole starts where it is, as long as
       * a few lines fit, and is split.
       */
      gboolean too_tall = h > body_height - head;

      /* A category row stays with the row after it. */
      if (row->group && i + 1 < block->rows->len)
        need += MIN (row_height (p, block, i + 1), body_height / 3);
      if (too_tall)
        need = 3 * self->font_size + 2 * RK_REPORT_CELL_PAD;
      if (table && !(p->has_head && p->head_block == index))
        need += head;

      if (i == 0)
        make_room (p, block_gap (self, block), need);
      else if (need > space_left (p) && !at_top (p))
        new_page (p);

      if (table && !(p->has_head && p->head_block == index))
        place_table_head (p, index);

      if (h <= space_left (p) || (at_top (p) && h <= body_height))
        place (p, kind, index, i, h);
      else
        {
          g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (double));
          Measured m = { 0, cuts };

          measure_row (p, block, row, &m);
          place_split (p, kind, index, i, &m,
                       block->kind == RK_BLOCK_KEY_VALUES ? 2.0 : RK_REPORT_CELL_PAD,
                       table ? place_table_head : NULL, index);
        }
    }
}

static double
first_unit_height (Paginator *p,
                   guint      index)
{
  RkReportBlock *block;
  double h = 0;

  if (index >= p->self->blocks->len)
    return 0;
  block = get_block (p->self, index);
  switch (block->kind)
    {
    case RK_BLOCK_PARAGRAPH:
      {
        g_autoptr(PangoLayout) layout = layout_for (p, block->text, RK_TEXT_BODY,
                                                    p->self->body.width);
        PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);
        PangoRectangle logical;

        pango_layout_line_get_extents (line, NULL, &logical);
        h = 2.0 * logical.height / PANGO_SCALE;
        break;
      }
    case RK_BLOCK_TABLE:
      h = table_head_height (p, index) + (block->rows->len > 0 ? row_height (p, block, 0) : 0);
      break;
    case RK_BLOCK_KEY_VALUES:
      h = block->rows->len > 0 ? row_height (p, block, 0) : 0;
      break;
    case RK_BLOCK_NOTES:
      h = _rk_report_notes_line_height (p->self);
      break;
    case RK_BLOCK_DRAWING:
      h = p->self->body.height / 2;
      break;
    case RK_BLOCK_HEADING:
    case RK_BLOCK_PAGE_BREAK:
    default:
      break;
    }
  return MIN (h, p->self->body.height / 3);
}

static void
paginate_block (Paginator *p,
                guint      index)
{
  RkReport *self = p->self;
  RkReportBlock *block = get_block (self, index);

  switch (block->kind)
    {
    case RK_BLOCK_HEADING:
      {
        RkTextStyle style = RK_TEXT_H1 + MIN (block->level, 3) - 1;
        g_autoptr(PangoLayout) layout = layout_for (p, block->text, style, self->body.width);
        double h = _rk_report_layout_height (layout) + 0.3 * self->font_size;

        /* A heading is never the last thing on a page. */
        make_room (p, block_gap (self, block), h + first_unit_height (p, index + 1));
        if (h > space_left (p))
          h = space_left (p);
        place (p, RK_ITEM_HEADING, index, 0, h);
        break;
      }

    case RK_BLOCK_PARAGRAPH:
      {
        g_autoptr(PangoLayout) layout = layout_for (p, block->text, RK_TEXT_BODY, self->body.width);
        g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (double));
        Measured m = { _rk_report_layout_height (layout), cuts };

        add_line_cuts (cuts, layout, 0);
        make_room (p, block_gap (self, block), MIN (m.height, g_array_index (cuts, double, 0)));
        place_split (p, RK_ITEM_PARAGRAPH, index, 0, &m, 0, NULL, 0);
        break;
      }

    case RK_BLOCK_KEY_VALUES:
    case RK_BLOCK_TABLE:
      paginate_rows (p, index);
      break;

    case RK_BLOCK_NOTES:
      {
        double line = _rk_report_notes_line_height (self);
        guint left = block->lines;

        make_room (p, block_gap (self, block), left > 0 ? line : 2 * line);
        do
          {
            guint fit = (guint) floor ((space_left (p) + 0.01) / line);
            guint n = left > 0 ? MIN (left, fit) : fit;
            RkReportItem *item;

            if (n == 0)
              {
                new_page (p);
                continue;
              }
            item = place (p, RK_ITEM_NOTES, index, 0, n * line);
            item->n_lines = n;
            left = left > n ? left - n : 0;
            if (left > 0)
              new_page (p);
          }
        while (left > 0);
        break;
      }

    case RK_BLOCK_PAGE_BREAK:
      if (!at_top (p))
        new_page (p);
      break;

    case RK_BLOCK_DRAWING:
      {
        double scale;

        /* A figure shrunk into a sliver at the bottom of a page is
         * unreadable: it takes a new page when less than half is left.
         */
        make_room (p, block_gap (self, block),
                   MIN (block->height, self->body.height / 2));
        scale = MIN (1.0, MIN (self->body.width / block->width, space_left (p) / block->height));
        place (p, RK_ITEM_DRAWING, index, 0, block->height * scale);
        break;
      }

    default:
      g_assert_not_reached ();
    }
}

static void
measure_furniture (RkReport     *self,
                   PangoContext *context)
{
  g_autoptr(PangoLayout) small = _rk_report_create_layout (self, context, "Ag日本", RK_TEXT_FURNITURE,
                                                           -1, RK_REPORT_ALIGN_START);
  double line = _rk_report_layout_height (small);
  double gap = 0.6 * self->font_size;
  gboolean has_header = self->marking != NULL;

  for (guint i = 0; i < 3; i++)
    has_header |= self->header[i] != NULL;

  self->header_height = 0;
  if (has_header)
    {
      self->header_height = line + gap;
      if (self->marking != NULL)
        {
          g_autoptr(PangoLayout) mark = _rk_report_create_layout (self, context, self->marking,
                                                                  RK_TEXT_MARKING, -1,
                                                                  RK_REPORT_ALIGN_START);

          self->header_height = MAX (self->header_height,
                                     _rk_report_layout_height (mark) + 6 + gap);
        }
    }
  self->footer_height = line + gap;
}

static void
measure_key_value_labels (RkReport     *self,
                          PangoContext *context)
{
  for (guint b = 0; b < self->blocks->len; b++)
    {
      RkReportBlock *block = get_block (self, b);
      double widest = 0;

      if (block->kind != RK_BLOCK_KEY_VALUES)
        continue;
      for (guint i = 0; i < block->rows->len; i++)
        {
          RkReportRow *row = g_ptr_array_index (block->rows, i);
          g_autoptr(PangoLayout) layout = _rk_report_create_layout (self, context, row->cells[0],
                                                                    RK_TEXT_LABEL, -1,
                                                                    RK_REPORT_ALIGN_START);
          PangoRectangle logical;

          pango_layout_get_extents (layout, NULL, &logical);
          widest = MAX (widest, (double) logical.width / PANGO_SCALE);
        }
      widest = MIN (widest + 4 * 2.0 + self->font_size, 0.35 * self->body.width);
      block->widths[0] = widest / self->body.width;
      block->widths[1] = 1 - block->widths[0];
    }
}

/**
 * rk_report_paginate:
 * @self: a #RkReport
 * @measure_cr: a context on the target surface (or any surface: with
 *   hinted metrics off the measurements do not depend on it), whose user
 *   space is in points
 * @page_width_pt: the page width in points: the paper for a PDF or image,
 *   or the print context's width (with #GtkPrintOperation:use-full-page
 *   set, so that the report's margins count from the paper's edge)
 * @page_height_pt: the page height in points
 *
 * Lays the content out on pages. Call it again after any change to the
 * report or the page size, before rk_report_draw_page(). Pagination is the
 * same on screen, in a PDF and on a printer: the text is measured with
 * unhinted metrics and unrounded glyph positions.
 *
 * Returns: the number of pages (at least 1)
 */
guint
rk_report_paginate (RkReport *self,
                    cairo_t  *measure_cr,
                    double    page_width_pt,
                    double    page_height_pt)
{
  PangoContext *context;
  Paginator p = { 0 };
  double pt = RK_REPORT_PT_PER_MM;

  g_return_val_if_fail (RK_IS_REPORT (self), 0);
  g_return_val_if_fail (measure_cr != NULL, 0);
  g_return_val_if_fail (page_width_pt > 0 && page_height_pt > 0, 0);

  context = _rk_report_create_context (self, measure_cr);
  self->page_width = page_width_pt;
  self->page_height = page_height_pt;
  self->content.x = self->margins[3] * pt;
  self->content.y = self->margins[0] * pt;
  self->content.width = MAX (page_width_pt - (self->margins[1] + self->margins[3]) * pt, 36);
  self->content.height = MAX (page_height_pt - (self->margins[0] + self->margins[2]) * pt, 72);

  measure_furniture (self, context);
  /* One point between the body and the margins keeps table rules (drawn
   * centred on their lines) inside even without a page header.
   */
  self->body.x = self->content.x;
  self->body.width = self->content.width;
  self->body.y = self->content.y + MAX (self->header_height, 1);
  self->body.height = MAX (self->content.height - MAX (self->header_height, 1)
                           - self->footer_height, 36);
  measure_key_value_labels (self, context);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  p.self = self;
  p.context = context;
  new_page (&p);

  for (guint i = 0; i < self->blocks->len; i++)
    paginate_block (&p, i);

  /* A trailing page break or a full notes page leaves an empty page. */
  if (self->pages->len > 1 && p.page->len == 0)
    g_ptr_array_remove_index (self->pages, self->pages->len - 1);

  g_object_unref (context);
  return self->pages->len;
}

/**
 * rk_report_get_n_pages:
 * @self: a #RkReport
 *
 * Returns: the number of pages found by the last rk_report_paginate(), or
 *   0 if the report changed since
 */
guint
rk_report_get_n_pages (RkReport *self)
{
  g_return_val_if_fail (RK_IS_REPORT (self), 0);
  return self->pages != NULL ? self->pages->len : 0;
}

const RkReportItem *
_rk_report_get_items (RkReport *self,
                      guint     page,
                      guint    *n_items)
{
  GArray *items;

  g_return_val_if_fail (self->pages != NULL && page < self->pages->len, NULL);

  items = g_ptr_array_index (self->pages, page);
  *n_items = items->len;
  return (const RkReportItem *) (gpointer) items->data;
}

void
_rk_report_get_body (RkReport     *self,
                     RkReportRect *body,
                     RkReportRect *content)
{
  if (body != NULL)
    *body = self->body;
  if (content != NULL)
    *content = self->content;
}
