/* rk-report.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-report"

#include "config.h"

#include "rk-report-private.h"

/* RkReport: the document model and its API. Pagination is in
 * rk-report-layout.c, drawing and file output in rk-report-draw.c.
 */

G_DEFINE_FINAL_TYPE (RkReport, rk_report, G_TYPE_OBJECT)
G_DEFINE_QUARK (rk-report-error-quark, rk_report_error)

static void
block_free (RkReportBlock *block)
{
  g_free (block->text);
  g_strfreev (block->titles);
  g_free (block->widths);
  g_free (block->aligns);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  if (block->draw_destroy != NULL)
    block->draw_destroy (block->draw_data);
  g_free (block);
}

static void
row_free (RkReportRow *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static RkReportBlock *
add_block (RkReport    *self,
           RkBlockKind  kind)
{
  RkReportBlock *block = g_new0 (RkReportBlock, 1);

  /* Anything added after a table ends it. */
  self->open_table = NULL;
  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  return block;
}

static RkReportBlock *
get_block (RkReport *self,
           guint     index)
{
  return g_ptr_array_index (self->blocks, index);
}

static void
rk_report_finalize (GObject *object)
{
  RkReport *self = (RkReport *) object;

  g_free (self->title);
  g_free (self->font_family);
  for (guint i = 0; i < 3; i++)
    g_free (self->header[i]);
  g_free (self->footer_text);
  g_free (self->marking);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);

  G_OBJECT_CLASS (rk_report_parent_class)->finalize (object);
}

static void
rk_report_class_init (RkReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rk_report_finalize;
}

static void
rk_report_init (RkReport *self)
{
  self->paper = RK_PAPER_A4;
  self->orientation = RK_ORIENTATION_PORTRAIT;
  for (guint i = 0; i < 4; i++)
    self->margins[i] = 15;
  self->font_family = g_strdup (RK_REPORT_DEFAULT_FONT);
  self->font_size = RK_REPORT_DEFAULT_FONT_SIZE;
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
}

/**
 * rk_report_new:
 * @title: the document's title, for the PDF's metadata (nullable)
 *
 * Creates an empty report: A4 portrait, 15 mm margins, 10.5 pt
 * “Noto Sans CJK JP, Sans”. Add content in order with the rk_report_add_*()
 * functions, then paginate and draw, or write a PDF.
 *
 * Returns: (transfer full): a new #RkReport
 */
RkReport *
rk_report_new (const char *title)
{
  RkReport *self = g_object_new (RK_TYPE_REPORT, NULL);

  self->title = g_strdup (title);
  return self;
}

/**
 * rk_report_get_title:
 * @self: a #RkReport
 *
 * Returns: (nullable): the title given to rk_report_new()
 */
const char *
rk_report_get_title (RkReport *self)
{
  g_return_val_if_fail (RK_IS_REPORT (self), NULL);
  return self->title;
}

/**
 * rk_report_set_paper:
 * @self: a #RkReport
 * @paper: A4 or A3
 * @orientation: portrait or landscape
 *
 * Sets the paper for rk_report_write_pdf() and rk_report_write_png(), and
 * the size rk_report_get_paper_size() suggests to a print dialog.
 */
void
rk_report_set_paper (RkReport      *self,
                     RkPaper        paper,
                     RkOrientation  orientation)
{
  g_return_if_fail (RK_IS_REPORT (self));

  self->paper = paper;
  self->orientation = orientation;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/**
 * rk_report_get_paper_size:
 * @self: a #RkReport
 * @width_pt: (out) (optional): the paper's width in points
 * @height_pt: (out) (optional): the paper's height in points
 *
 * Gives the paper size set with rk_report_set_paper(), turned for the
 * orientation (A4 portrait is 595.276 × 841.890 pt).
 */
void
rk_report_get_paper_size (RkReport *self,
                          double   *width_pt,
                          double   *height_pt)
{
  double w, h;

  g_return_if_fail (RK_IS_REPORT (self));

  w = (self->paper == RK_PAPER_A3 ? 297 : 210) * RK_REPORT_PT_PER_MM;
  h = (self->paper == RK_PAPER_A3 ? 420 : 297) * RK_REPORT_PT_PER_MM;
  if (self->orientation == RK_ORIENTATION_LANDSCAPE)
    {
      double t = w;

      w = h;
      h = t;
    }
  if (width_pt != NULL)
    *width_pt = w;
  if (height_pt != NULL)
    *height_pt = h;
}

/**
 * rk_report_set_margins:
 * @self: a #RkReport
 * @top_mm: top margin in millimetres
 * @right_mm: right margin
 * @bottom_mm: bottom margin
 * @left_mm: left margin
 *
 * Sets the margins. Nothing is drawn in them: the page header and footer
 * are inside, at the top and bottom of the area they leave.
 */
void
rk_report_set_margins (RkReport *self,
                       double    top_mm,
                       double    right_mm,
                       double    bottom_mm,
                       double    left_mm)
{
  g_return_if_fail (RK_IS_REPORT (self));
  g_return_if_fail (top_mm >= 0 && right_mm >= 0 && bottom_mm >= 0 && left_mm >= 0);

  self->margins[0] = top_mm;
  self->margins[1] = right_mm;
  self->margins[2] = bottom_mm;
  self->margins[3] = left_mm;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/**
 * rk_report_set_font:
 * @self: a #RkReport
 * @family: (nullable): a font family list, or %NULL for
 *   %RK_REPORT_DEFAULT_FONT
 * @size_pt: the body text size in points (headings and tables scale from
 *   it), or 0 for %RK_REPORT_DEFAULT_FONT_SIZE
 */
void
rk_report_set_font (RkReport   *self,
                    const char *family,
                    double      size_pt)
{
  g_return_if_fail (RK_IS_REPORT (self));
  g_return_if_fail (size_pt >= 0 && size_pt < 100);

  g_free (self->font_family);
  self->font_family = g_strdup (family != NULL ? family : RK_REPORT_DEFAULT_FONT);
  self->font_size = size_pt > 0 ? size_pt : RK_REPORT_DEFAULT_FONT_SIZE;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/**
 * rk_report_set_header:
 * @self: a #RkReport
 * @left: (nullable): text at the top left of every page
 * @center: (nullable): text at the top centre
 * @right: (nullable): text at the top right
 */
void
rk_report_set_header (RkReport   *self,
                      const char *left,
                      const char *center,
                      const char *right)
{
  const char *texts[3] = { left, center, right };

  g_return_if_fail (RK_IS_REPORT (self));

  for (guint i = 0; i < 3; i++)
    {
      g_free (self->header[i]);
      self->header[i] = texts[i] != NULL && *texts[i] != '\0' ? g_strdup (texts[i]) : NULL;
    }
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/**
 * rk_report_set_footer_text:
 * @self: a #RkReport
 * @text: (nullable): text at the bottom left of every page; the page
 *   number “n / N” is always at the bottom centre
 */
void
rk_report_set_footer_text (RkReport   *self,
                           const char *text)
{
  g_return_if_fail (RK_IS_REPORT (self));

  g_free (self->footer_text);
  self->footer_text = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/**
 * rk_report_set_marking:
 * @self: a #RkReport
 * @marking: (nullable): a short stamp such as “個人情報” (personal data) or
 *   “取扱注意”, drawn in red at the top right of every page; %NULL for none
 */
void
rk_report_set_marking (RkReport   *self,
                       const char *marking)
{
  g_return_if_fail (RK_IS_REPORT (self));

  g_free (self->marking);
  self->marking = marking != NULL && *marking != '\0' ? g_strdup (marking) : NULL;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/**
 * rk_report_add_heading:
 * @self: a #RkReport
 * @level: 1 (largest) to 3
 * @text: the heading
 *
 * Adds a heading. It is kept on the same page as the start of what
 * follows it.
 */
void
rk_report_add_heading (RkReport   *self,
                       guint       level,
                       const char *text)
{
  RkReportBlock *block;

  g_return_if_fail (RK_IS_REPORT (self));
  g_return_if_fail (level >= 1 && level <= 3);

  block = add_block (self, RK_BLOCK_HEADING);
  block->level = level;
  block->text = g_strdup (text != NULL ? text : "");
}

/**
 * rk_report_add_paragraph:
 * @self: a #RkReport
 * @text: the text; "\n" starts a new line
 *
 * Adds a paragraph that wraps to the body width (Japanese text breaks
 * between any two characters where the rules allow). A long paragraph
 * continues on the next page, split between lines.
 */
void
rk_report_add_paragraph (RkReport   *self,
                         const char *text)
{
  g_return_if_fail (RK_IS_REPORT (self));

  add_block (self, RK_BLOCK_PARAGRAPH)->text = g_strdup (text != NULL ? text : "");
}

/**
 * rk_report_add_key_value:
 * @self: a #RkReport
 * @label: the label, e.g. “日時”
 * @value: (nullable): the value, e.g. “令和8年6月1日（月）14:00〜16:00”
 *
 * Adds a “label: value” row. Consecutive rows form one block whose labels
 * line up in a column as wide as the widest label (at most 35% of the
 * body); values wrap.
 */
void
rk_report_add_key_value (RkReport   *self,
                         const char *label,
                         const char *value)
{
  RkReportBlock *block = NULL;
  RkReportRow *row;

  g_return_if_fail (RK_IS_REPORT (self));
  g_return_if_fail (label != NULL);

  if (self->blocks->len > 0)
    block = get_block (self, self->blocks->len - 1);
  if (block == NULL || block->kind != RK_BLOCK_KEY_VALUES)
    {
      block = add_block (self, RK_BLOCK_KEY_VALUES);
      block->n_columns = 2;
      block->widths = g_new0 (double, 2);
      block->widths[0] = 0.25;
      block->widths[1] = 0.75;
      block->aligns = g_new0 (RkReportAlign, 2);
      block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
    }

  row = g_new0 (RkReportRow, 1);
  row->cells = g_new0 (char *, 3);
  row->cells[0] = g_strdup (label);
  row->cells[1] = g_strdup (value != NULL ? value : "");
  g_ptr_array_add (block->rows, row);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/**
 * rk_report_add_key_values:
 * @self: a #RkReport
 * @pairs: (array zero-terminated=1): label, value, label, value, …
 *
 * Adds several rows as rk_report_add_key_value() does.
 */
void
rk_report_add_key_values (RkReport           *self,
                          const char * const *pairs)
{
  g_return_if_fail (RK_IS_REPORT (self));
  g_return_if_fail (pairs != NULL);

  for (guint i = 0; pairs[i] != NULL; i += 2)
    {
      rk_report_add_key_value (self, pairs[i], pairs[i + 1]);
      if (pairs[i + 1] == NULL)
        break;
    }
}

/**
 * rk_report_begin_table:
 * @self: a #RkReport
 * @n_columns: the number of columns
 * @titles: (array length=n_columns): the column titles, repeated at the
 *   top of every page the table continues on
 * @widths: (array length=n_columns) (nullable): relative column widths
 *   (any unit; they are scaled to the body width), or %NULL for equal ones
 * @aligns: (array length=n_columns) (nullable): each column's alignment,
 *   or %NULL for all %RK_REPORT_ALIGN_START
 *
 * Starts a table. Add rows with rk_report_add_row() and
 * rk_report_add_group_row(), and finish with rk_report_end_table(). Cell
 * text wraps inside its cell. A row is never split between pages unless it
 * is taller than a page by itself; then it is split between lines.
 */
void
rk_report_begin_table (RkReport            *self,
                       guint                n_columns,
                       const char * const  *titles,
                       const double        *widths,
                       const RkReportAlign *aligns)
{
  RkReportBlock *block;
  double total = 0;

  g_return_if_fail (RK_IS_REPORT (self));
  g_return_if_fail (n_columns > 0 && n_columns < 64);
  g_return_if_fail (titles != NULL);

  block = add_block (self, RK_BLOCK_TABLE);
  block->n_columns = n_columns;
  block->titles = g_new0 (char *, n_columns + 1);
  block->widths = g_new0 (double, n_columns);
  block->aligns = g_new0 (RkReportAlign, n_columns);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  for (guint i = 0; i < n_columns; i++)
    {
      block->titles[i] = g_strdup (titles[i] != NULL ? titles[i] : "");
      block->widths[i] = widths != NULL && widths[i] > 0 ? widths[i] : 1;
      block->aligns[i] = aligns != NULL ? aligns[i] : RK_REPORT_ALIGN_START;
      total += block->widths[i];
    }
  for (guint i = 0; i < n_columns; i++)
    block->widths[i] /= total;
  self->open_table = block;
}

/**
 * rk_report_add_row:
 * @self: a #RkReport
 * @cells: (array): one text per column (%NULL entries are empty cells)
 *
 * Adds a row to the table begun with rk_report_begin_table().
 */
void
rk_report_add_row (RkReport           *self,
                   const char * const *cells)
{
  RkReportRow *row;

  g_return_if_fail (RK_IS_REPORT (self));
  g_return_if_fail (self->open_table != NULL);
  g_return_if_fail (cells != NULL);

  row = g_new0 (RkReportRow, 1);
  row->cells = g_new0 (char *, self->open_table->n_columns + 1);
  for (guint i = 0; i < self->open_table->n_columns; i++)
    row->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (self->open_table->rows, row);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/**
 * rk_report_add_group_row:
 * @self: a #RkReport
 * @text: the text, e.g. a category “訪問看護ステーション”
 *
 * Adds a row across the whole table, shaded, that stays on the same page
 * as the row after it.
 */
void
rk_report_add_group_row (RkReport   *self,
                         const char *text)
{
  RkReportRow *row;

  g_return_if_fail (RK_IS_REPORT (self));
  g_return_if_fail (self->open_table != NULL);

  row = g_new0 (RkReportRow, 1);
  row->group = TRUE;
  row->cells = g_new0 (char *, 2);
  row->cells[0] = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (self->open_table->rows, row);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/**
 * rk_report_end_table:
 * @self: a #RkReport
 *
 * Ends the table begun with rk_report_begin_table().
 */
void
rk_report_end_table (RkReport *self)
{
  g_return_if_fail (RK_IS_REPORT (self));
  g_return_if_fail (self->open_table != NULL);

  self->open_table = NULL;
}

/**
 * rk_report_add_notes_space:
 * @self: a #RkReport
 * @lines: the number of ruled lines (about 8 mm apart), or 0 for the rest
 *   of the page
 *
 * Adds ruled space for handwritten notes.
 */
void
rk_report_add_notes_space (RkReport *self,
                           guint     lines)
{
  g_return_if_fail (RK_IS_REPORT (self));

  add_block (self, RK_BLOCK_NOTES)->lines = lines;
}

/**
 * rk_report_add_page_break:
 * @self: a #RkReport
 *
 * Makes what follows start on a new page.
 */
void
rk_report_add_page_break (RkReport *self)
{
  g_return_if_fail (RK_IS_REPORT (self));

  add_block (self, RK_BLOCK_PAGE_BREAK);
}

/**
 * rk_report_add_drawing:
 * @self: a #RkReport
 * @width_pt: the drawing's natural width, in points
 * @height_pt: its natural height
 * @draw: draws it
 * @user_data: for @draw
 * @destroy: (nullable): frees @user_data with the report
 *
 * Adds a figure, drawn by @draw when the page is. It is centred, and
 * scaled down (never up) to fit the body's width and what is left of the
 * page; when less than half the body is left, it starts a new page.
 */
void
rk_report_add_drawing (RkReport         *self,
                       double            width_pt,
                       double            height_pt,
                       RkReportDrawFunc  draw,
                       gpointer          user_data,
                       GDestroyNotify    destroy)
{
  RkReportBlock *block;

  g_return_if_fail (RK_IS_REPORT (self));
  g_return_if_fail (width_pt > 0 && height_pt > 0);
  g_return_if_fail (draw != NULL);

  block = add_block (self, RK_BLOCK_DRAWING);
  block->width = width_pt;
  block->height = height_pt;
  block->draw = draw;
  block->draw_data = user_data;
  block->draw_destroy = destroy;
}
