/* rk-xlsx.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

#define RK_XLSX_ERROR (rk_xlsx_error_quark ())

typedef enum
{
  RK_XLSX_ERROR_FAILED,
  /* The target is open in another program (lock file, or it cannot be
   * replaced).
   */
  RK_XLSX_ERROR_IN_USE,
  /* The file could not be created or written. */
  RK_XLSX_ERROR_WRITE,
  /* libxlsxwriter refused a cell, a setting or a range. */
  RK_XLSX_ERROR_INVALID,
  /* Not possible in constant-memory mode (merged cells, rows out of order). */
  RK_XLSX_ERROR_NOT_SUPPORTED,
} RkXlsxError;

typedef enum
{
  RK_XLSX_BOOK_DEFAULT         = 0,
  /* Stream rows to temporary files instead of keeping them in memory: for
   * sheets of 100,000 rows and more. Rows must then be written from top to
   * bottom, and cells cannot be merged.
   */
  RK_XLSX_BOOK_CONSTANT_MEMORY = 1 << 0,
  /* The book holds personal data: the file is readable by its owner only
   * (mode 0600), like the workspace.
   */
  RK_XLSX_BOOK_PRIVATE         = 1 << 1,
} RkXlsxBookFlags;

/* The cell formats every book has, created once when the book is. All use
 * RK_XLSX_FONT_NAME.
 */
typedef enum
{
  RK_XLSX_STYLE_PLAIN,     /* no border, top-aligned */
  RK_XLSX_STYLE_TITLE,     /* bold 14 pt, for the sheet's title line */
  RK_XLSX_STYLE_HEADING,   /* column headings: bold, filled, bordered, wrapped, centred */
  RK_XLSX_STYLE_GROUP,     /* a category row across the table: bold, light fill */
  RK_XLSX_STYLE_TEXT,      /* wrapped, top-aligned, bordered */
  RK_XLSX_STYLE_DATE,      /* yyyy/mm/dd */
  RK_XLSX_STYLE_DATETIME,  /* yyyy/mm/dd hh:mm */
  RK_XLSX_STYLE_INTEGER,   /* #,##0 */
  RK_XLSX_STYLE_DECIMAL,   /* #,##0.00 */
  RK_XLSX_STYLE_PERCENT,   /* 0.0% */
  RK_XLSX_STYLE_INPUT,     /* to be filled in by hand: pale yellow, bordered, unlocked */
  RK_XLSX_STYLE_LABEL,     /* the heading of a form line: bold, light fill, bordered, wrapped */
  RK_XLSX_N_STYLES
} RkXlsxStyle;

/* ＭＳ Ｐゴシック rather than 游ゴシック: it is on every Japanese Windows
 * (and Excel 2010–2013, still common in municipal offices, lacks 游ゴシック
 * by default), and its metrics print as they show on screen, while 游ゴシック
 * rows are taller in Excel and text is often cut off on paper. Prefecture
 * survey forms use it for the same reason. LibreOffice on Linux falls back
 * through fontconfig to Noto Sans CJK JP.
 */
#define RK_XLSX_FONT_NAME "ＭＳ Ｐゴシック"
#define RK_XLSX_FONT_SIZE 11

/* Default cap for computed column widths, in Excel character units. */
#define RK_XLSX_DEFAULT_MAX_WIDTH 50.0

typedef struct
{
  gboolean    landscape;
  /* Rows [heading_row, heading_row + n_heading_rows) hold the column
   * headings: repeated at the top of every printed page and frozen on
   * screen. 0 rows means no headings.
   */
  guint       heading_row;
  guint       n_heading_rows;
  /* An autofilter on the last heading row, down to the last written row. */
  gboolean    autofilter;
  /* Page header and footer texts (nullable); "&" needs no escaping. The
   * footer's centre is the page number, "1 / 3".
   */
  const char *header_left;
  const char *header_center;
  const char *header_right;
  const char *footer_left;
  const char *footer_right;
} RkXlsxPageSetup;

typedef struct _RkXlsxBook  RkXlsxBook;
typedef struct _RkXlsxSheet RkXlsxSheet;

GQuark          rk_xlsx_error_quark              (void);

RkXlsxBook     *rk_xlsx_book_new                 (const char             *path,
                                                  RkXlsxBookFlags         flags,
                                                  GError                **error);
gboolean        rk_xlsx_book_close               (RkXlsxBook             *book,
                                                  GError                **error);
void            rk_xlsx_book_abort               (RkXlsxBook             *book);
void            rk_xlsx_book_set_properties      (RkXlsxBook             *book,
                                                  const char             *title,
                                                  const char             *author,
                                                  const char             *company);
lxw_format     *rk_xlsx_book_get_format          (RkXlsxBook             *book,
                                                  RkXlsxStyle             style);
lxw_workbook   *rk_xlsx_book_get_workbook        (RkXlsxBook             *book);
RkXlsxSheet    *rk_xlsx_book_add_sheet           (RkXlsxBook             *book,
                                                  const char             *name,
                                                  GError                **error);
gboolean        rk_xlsx_check_not_open           (const char             *path,
                                                  GError                **error);

const char     *rk_xlsx_sheet_get_name           (RkXlsxSheet            *sheet);
lxw_worksheet  *rk_xlsx_sheet_get_worksheet      (RkXlsxSheet            *sheet);
gboolean        rk_xlsx_sheet_set_page_setup     (RkXlsxSheet            *sheet,
                                                  const RkXlsxPageSetup  *setup,
                                                  GError                **error);

gboolean        rk_xlsx_sheet_write_text         (RkXlsxSheet            *sheet,
                                                  guint                   row,
                                                  guint                   col,
                                                  const char             *text,
                                                  RkXlsxStyle             style,
                                                  GError                **error);
gboolean        rk_xlsx_sheet_write_number       (RkXlsxSheet            *sheet,
                                                  guint                   row,
                                                  guint                   col,
                                                  double                  value,
                                                  RkXlsxStyle             style,
                                                  GError                **error);
gboolean        rk_xlsx_sheet_write_date         (RkXlsxSheet            *sheet,
                                                  guint                   row,
                                                  guint                   col,
                                                  const char             *iso,
                                                  RkXlsxStyle             style,
                                                  GError                **error);
gboolean        rk_xlsx_sheet_write_blank        (RkXlsxSheet            *sheet,
                                                  guint                   row,
                                                  guint                   col,
                                                  RkXlsxStyle             style,
                                                  GError                **error);
gboolean        rk_xlsx_sheet_write_row          (RkXlsxSheet            *sheet,
                                                  guint                   row,
                                                  const char * const     *texts,
                                                  RkXlsxStyle             style,
                                                  GError                **error);
gboolean        rk_xlsx_sheet_merge              (RkXlsxSheet            *sheet,
                                                  guint                   first_row,
                                                  guint                   first_col,
                                                  guint                   last_row,
                                                  guint                   last_col,
                                                  const char             *text,
                                                  RkXlsxStyle             style,
                                                  GError                **error);
gboolean        rk_xlsx_sheet_add_list_validation (RkXlsxSheet           *sheet,
                                                  guint                   first_row,
                                                  guint                   last_row,
                                                  guint                   col,
                                                  const char * const     *values,
                                                  GError                **error);

void            rk_xlsx_sheet_measure            (RkXlsxSheet            *sheet,
                                                  guint                   col,
                                                  const char             *text);
void            rk_xlsx_sheet_set_column_width   (RkXlsxSheet            *sheet,
                                                  guint                   col,
                                                  double                  width);
void            rk_xlsx_sheet_set_max_width      (RkXlsxSheet            *sheet,
                                                  double                  max_width);
gboolean        rk_xlsx_sheet_apply_column_widths (RkXlsxSheet           *sheet,
                                                  GError                **error);

double          rk_xlsx_text_width               (const char             *text);
gboolean        rk_xlsx_parse_iso_date           (const char             *iso,
                                                  lxw_datetime           *out,
                                                  gboolean               *has_time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkXlsxBook, rk_xlsx_book_abort)

G_END_DECLS
