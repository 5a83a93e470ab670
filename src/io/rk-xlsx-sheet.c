/* rk-xlsx-sheet.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-xlsx-private.h"

/* The RkXlsxSheet helpers: cell writers that measure column widths as they
 * go, print setup, merged ranges and drop-down lists. Every lxw_error
 * becomes a GError naming the sheet and the cell, and marks the book as
 * failed so that rk_xlsx_book_close() never publishes a partial export.
 */

/* Excel's limit for the text of one cell, in characters. */
#define MAX_CELL_CHARS 32767

/* libxlsxwriter 1.1.4 copies a value_list into a 255-byte buffer, counting
 * bytes, not characters: a longer list aborts the program (checked on
 * Debian's build) instead of returning LXW_ERROR_255_STRING_LENGTH_EXCEEDED.
 * Longer lists therefore go to a hidden sheet.
 */
#define MAX_VALUE_LIST_BYTES 255

void
_rk_xlsx_sheet_free (RkXlsxSheet *sheet)
{
  g_array_unref (sheet->columns);
  g_free (sheet->name);
  g_free (sheet);
}

gboolean
_rk_xlsx_sheet_check (RkXlsxSheet  *sheet,
                      lxw_error     err,
                      guint         row,
                      guint         col,
                      GError      **error)
{
  char cell[LXW_MAX_CELL_NAME_LENGTH];

  if (err == LXW_NO_ERROR)
    return TRUE;

  sheet->book->failed = TRUE;
  if (row < LXW_ROW_MAX && col < LXW_COL_MAX)
    lxw_rowcol_to_cell (cell, row, (lxw_col_t) col);
  else
    g_strlcpy (cell, "?", sizeof cell);

  if (err == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE && sheet->book->constant_memory &&
      row < LXW_ROW_MAX && col < LXW_COL_MAX)
    g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_NOT_SUPPORTED,
                 _("Sheet “%s”, cell %s (row %u, column %u): in a large export, rows "
                   "must be written from top to bottom."),
                 sheet->name, cell, row + 1, col + 1);
  else
    g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_INVALID,
                 _("Sheet “%s”, cell %s (row %u, column %u): %s"),
                 sheet->name, cell, row + 1, col + 1, lxw_strerror (err));
  return FALSE;
}

static RkXlsxColumn *
get_column (RkXlsxSheet *sheet,
            guint        col)
{
  if (col >= sheet->columns->len)
    g_array_set_size (sheet->columns, col + 1);
  return &g_array_index (sheet->columns, RkXlsxColumn, col);
}

static void
note_cell (RkXlsxSheet *sheet,
           guint        row,
           guint        col)
{
  if ((int) row > sheet->last_row)
    sheet->last_row = row;
  if ((int) col > sheet->last_col)
    sheet->last_col = col;
}

/**
 * rk_xlsx_text_width:
 * @text: (nullable): cell text
 *
 * Estimates the Excel column width (in character units) that shows @text
 * without wrapping: wide characters (kanji, kana, full-width forms, and the
 * symbols that are full-width in Japanese fonts such as ①, ○, ※) count 2,
 * others 1, plus a margin. For text with line breaks the longest line
 * counts.
 *
 * Returns: the width, 0 for %NULL or empty text
 */
double
rk_xlsx_text_width (const char *text)
{
  double best = 0;
  double line = 0;

  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    return 0;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\0')
        {
          best = MAX (best, line);
          line = 0;
          if (c == '\0')
            break;
          continue;
        }
      if (c == '\r')
        continue;
      line += g_unichar_iswide_cjk (c) ? 2 : 1;
    }

  return best + 2;
}

/**
 * rk_xlsx_sheet_measure:
 * @sheet: a #RkXlsxSheet
 * @col: a column, from 0
 * @text: (nullable): text that is or will be in that column
 *
 * Widens the column's computed width to fit @text. The write helpers call
 * this themselves; call it for text written through libxlsxwriter
 * directly. Widths are applied by rk_xlsx_sheet_apply_column_widths() or,
 * at the latest, by rk_xlsx_book_close() (libxlsxwriter writes the column
 * settings when it closes the workbook, so this works in constant-memory
 * mode too).
 */
void
rk_xlsx_sheet_measure (RkXlsxSheet *sheet,
                       guint        col,
                       const char  *text)
{
  double width = rk_xlsx_text_width (text);
  RkXlsxColumn *column;

  g_return_if_fail (sheet != NULL);

  if (width <= 0 || col >= LXW_COL_MAX)
    return;
  column = get_column (sheet, col);
  column->measured = MAX (column->measured, width);
}

/**
 * rk_xlsx_sheet_set_column_width:
 * @sheet: a #RkXlsxSheet
 * @col: a column, from 0
 * @width: the width in Excel character units, or 0 to compute it again
 *
 * Fixes a column's width instead of computing it from its contents.
 */
void
rk_xlsx_sheet_set_column_width (RkXlsxSheet *sheet,
                                guint        col,
                                double       width)
{
  g_return_if_fail (sheet != NULL);
  g_return_if_fail (col < LXW_COL_MAX);
  g_return_if_fail (width >= 0 && width <= 255);

  get_column (sheet, col)->fixed = width;
}

/**
 * rk_xlsx_sheet_set_max_width:
 * @sheet: a #RkXlsxSheet
 * @max_width: the widest a computed column may get (default
 *   %RK_XLSX_DEFAULT_MAX_WIDTH); longer text wraps in the wrapping styles
 */
void
rk_xlsx_sheet_set_max_width (RkXlsxSheet *sheet,
                             double       max_width)
{
  g_return_if_fail (sheet != NULL);
  g_return_if_fail (max_width > 0 && max_width <= 255);

  sheet->max_width = max_width;
}

/**
 * rk_xlsx_sheet_apply_column_widths:
 * @sheet: a #RkXlsxSheet
 * @error: return location for an error
 *
 * Sets each column's width (fixed, or computed and capped) with
 * worksheet_set_column(). For two-pass use: measure first with
 * rk_xlsx_sheet_measure(), apply, then write. rk_xlsx_book_close() applies
 * them again with everything measured by then.
 *
 * Returns: %TRUE on success
 */
gboolean
rk_xlsx_sheet_apply_column_widths (RkXlsxSheet  *sheet,
                                   GError      **error)
{
  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint col = 0; col < sheet->columns->len; col++)
    {
      RkXlsxColumn *column = &g_array_index (sheet->columns, RkXlsxColumn, col);
      double width = column->fixed;
      lxw_error err;

      if (width <= 0 && column->measured > 0)
        width = CLAMP (column->measured, 6, sheet->max_width);
      if (width <= 0)
        continue;
      err = worksheet_set_column (sheet->ws, (lxw_col_t) col, (lxw_col_t) col, width, NULL);
      if (!_rk_xlsx_sheet_check (sheet, err, 0, col, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_rk_xlsx_sheet_finish (RkXlsxSheet  *sheet,
                       GError      **error)
{
  if (!rk_xlsx_sheet_apply_column_widths (sheet, error))
    return FALSE;

  if (sheet->filter_row >= 0 && sheet->last_col >= 0)
    {
      lxw_error err = worksheet_autofilter (sheet->ws, sheet->filter_row, 0,
                                            MAX (sheet->last_row, sheet->filter_row),
                                            sheet->last_col);

      if (!_rk_xlsx_sheet_check (sheet, err, sheet->filter_row, 0, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * rk_xlsx_sheet_get_name:
 * @sheet: a #RkXlsxSheet
 *
 * Returns: the sheet's name as written (made valid and unique)
 */
const char *
rk_xlsx_sheet_get_name (RkXlsxSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, NULL);
  return sheet->name;
}

/**
 * rk_xlsx_sheet_get_worksheet:
 * @sheet: a #RkXlsxSheet
 *
 * Returns: (transfer none): the libxlsxwriter worksheet, for what the
 *   helpers do not cover
 */
lxw_worksheet *
rk_xlsx_sheet_get_worksheet (RkXlsxSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, NULL);
  return sheet->ws;
}

/**
 * rk_xlsx_sheet_write_text:
 * @sheet: a #RkXlsxSheet
 * @row: the row, from 0
 * @col: the column, from 0
 * @text: (nullable): the text; %NULL or "" writes a blank cell that keeps
 *   the style's borders and fill
 * @style: a #RkXlsxStyle
 * @error: return location for an error
 *
 * Writes text, always as text (an ID such as “0100000000001” keeps its
 * leading zeros), and measures it for the column width. Text longer than
 * Excel's 32,767 characters is cut, ending in “…”, rather than failing
 * the export.
 *
 * Returns: %TRUE on success
 */
gboolean
rk_xlsx_sheet_write_text (RkXlsxSheet  *sheet,
                          guint         row,
                          guint         col,
                          const char   *text,
                          RkXlsxStyle   style,
                          GError      **error)
{
  g_autofree char *valid = NULL;
  g_autofree char *cut = NULL;
  lxw_error err;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (style < RK_XLSX_N_STYLES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL || *text == '\0')
    return rk_xlsx_sheet_write_blank (sheet, row, col, style, error);

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  if (g_utf8_strlen (text, MAX_CELL_CHARS * 4 + 4) > MAX_CELL_CHARS)
    {
      g_autofree char *head = g_utf8_substring (text, 0, MAX_CELL_CHARS - 1);

      text = cut = g_strconcat (head, "…", NULL);
    }

  err = worksheet_write_string (sheet->ws, row, (lxw_col_t) col, text, sheet->book->formats[style]);
  if (!_rk_xlsx_sheet_check (sheet, err, row, col, error))
    return FALSE;
  note_cell (sheet, row, col);
  if (style != RK_XLSX_STYLE_TITLE && style != RK_XLSX_STYLE_GROUP)
    rk_xlsx_sheet_measure (sheet, col, text);
  return TRUE;
}

/**
 * rk_xlsx_sheet_write_number:
 * @sheet: a #RkXlsxSheet
 * @row: the row, from 0
 * @col: the column, from 0
 * @value: the number
 * @style: usually %RK_XLSX_STYLE_INTEGER, %RK_XLSX_STYLE_DECIMAL or
 *   %RK_XLSX_STYLE_PERCENT (0.25 shows as 25.0%)
 * @error: return location for an error
 *
 * Writes a number as a number, so that Excel can sum and sort it.
 *
 * Returns: %TRUE on success
 */
gboolean
rk_xlsx_sheet_write_number (RkXlsxSheet  *sheet,
                            guint         row,
                            guint         col,
                            double        value,
                            RkXlsxStyle   style,
                            GError      **error)
{
  char shown[G_ASCII_DTOSTR_BUF_SIZE];
  lxw_error err;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (style < RK_XLSX_N_STYLES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  err = worksheet_write_number (sheet->ws, row, (lxw_col_t) col, value,
                                sheet->book->formats[style]);
  if (!_rk_xlsx_sheet_check (sheet, err, row, col, error))
    return FALSE;
  note_cell (sheet, row, col);
  /* About as wide as "12,345.67": digits, separators, sign. */
  g_snprintf (shown, sizeof shown, "%.2f,,", value);
  rk_xlsx_sheet_measure (sheet, col, shown);
  return TRUE;
}

/**
 * rk_xlsx_parse_iso_date:
 * @iso: text such as "2026-06-01", "2026-06-01T14:30" or
 *   "2026-06-01 14:30:05" (as SQLite's date functions write them)
 * @out: (out): the date and time
 * @has_time: (out) (optional): whether @iso had a time
 *
 * Returns: %TRUE if @iso is a real date from 1900 on (Excel has no
 *   earlier dates)
 */
gboolean
rk_xlsx_parse_iso_date (const char   *iso,
                        lxw_datetime *out,
                        gboolean     *has_time)
{
  int y, mo, d, h = 0, mi = 0, n = 0;
  double s = 0;
  gsize len;

  g_return_val_if_fail (out != NULL, FALSE);

  if (iso == NULL)
    return FALSE;
  len = strlen (iso);
  if (len < 10 || sscanf (iso, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
    return FALSE;
  if (y < 1900 || y > 9999 || !g_date_valid_dmy (d, mo, y))
    return FALSE;

  if (has_time != NULL)
    *has_time = len > 10;
  if (len > 10)
    {
      int m = 0;

      gboolean hh_mm, hh_mm_ss;

      if (iso[10] != 'T' && iso[10] != ' ')
        return FALSE;
      hh_mm = len == 16 && sscanf (iso + 11, "%2d:%2d%n", &h, &mi, &m) == 2 && m == 5;
      hh_mm_ss = !hh_mm && len >= 19 &&
                 sscanf (iso + 11, "%2d:%2d:%lf%n", &h, &mi, &s, &m) == 3 &&
                 (gsize) m == len - 11;
      if (!(hh_mm || hh_mm_ss) || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s >= 60)
        return FALSE;
    }

  *out = (lxw_datetime) { .year = y, .month = mo, .day = d, .hour = h, .min = mi, .sec = s };
  return TRUE;
}

/**
 * rk_xlsx_sheet_write_date:
 * @sheet: a #RkXlsxSheet
 * @row: the row, from 0
 * @col: the column, from 0
 * @iso: (nullable): an ISO date, optionally with a time (see
 *   rk_xlsx_parse_iso_date())
 * @style: %RK_XLSX_STYLE_DATE or %RK_XLSX_STYLE_DATETIME
 * @error: return location for an error
 *
 * Writes an ISO date as a real Excel date (so it sorts and filters as
 * one). %NULL or "" writes a blank cell; text that is not a date (such as
 * “令和8年6月” typed by a user) is written as text rather than lost.
 *
 * Returns: %TRUE on success
 */
gboolean
rk_xlsx_sheet_write_date (RkXlsxSheet  *sheet,
                          guint         row,
                          guint         col,
                          const char   *iso,
                          RkXlsxStyle   style,
                          GError      **error)
{
  lxw_datetime dt;
  lxw_error err;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (style < RK_XLSX_N_STYLES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (iso == NULL || *iso == '\0')
    return rk_xlsx_sheet_write_blank (sheet, row, col, style, error);
  if (!rk_xlsx_parse_iso_date (iso, &dt, NULL))
    return rk_xlsx_sheet_write_text (sheet, row, col, iso,
                                     style == RK_XLSX_STYLE_DATE ||
                                     style == RK_XLSX_STYLE_DATETIME ? RK_XLSX_STYLE_TEXT : style,
                                     error);

  err = worksheet_write_datetime (sheet->ws, row, (lxw_col_t) col, &dt,
                                  sheet->book->formats[style]);
  if (!_rk_xlsx_sheet_check (sheet, err, row, col, error))
    return FALSE;
  note_cell (sheet, row, col);
  rk_xlsx_sheet_measure (sheet, col,
                         style == RK_XLSX_STYLE_DATETIME ? "2026/06/01 00:00" : "2026/06/01");
  return TRUE;
}

/**
 * rk_xlsx_sheet_write_blank:
 * @sheet: a #RkXlsxSheet
 * @row: the row, from 0
 * @col: the column, from 0
 * @style: a #RkXlsxStyle
 * @error: return location for an error
 *
 * Writes an empty cell that keeps the style's borders and fill (for
 * %RK_XLSX_STYLE_INPUT cells to be filled in by hand).
 *
 * Returns: %TRUE on success
 */
gboolean
rk_xlsx_sheet_write_blank (RkXlsxSheet  *sheet,
                           guint         row,
                           guint         col,
                           RkXlsxStyle   style,
                           GError      **error)
{
  lxw_error err;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (style < RK_XLSX_N_STYLES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  err = worksheet_write_blank (sheet->ws, row, (lxw_col_t) col, sheet->book->formats[style]);
  if (!_rk_xlsx_sheet_check (sheet, err, row, col, error))
    return FALSE;
  note_cell (sheet, row, col);
  return TRUE;
}

/**
 * rk_xlsx_sheet_write_row:
 * @sheet: a #RkXlsxSheet
 * @row: the row, from 0
 * @texts: (array zero-terminated=1): the texts of columns 0, 1, …
 * @style: a #RkXlsxStyle, e.g. %RK_XLSX_STYLE_HEADING for column headings
 * @error: return location for an error
 *
 * Writes a row of texts in one style.
 *
 * Returns: %TRUE on success
 */
gboolean
rk_xlsx_sheet_write_row (RkXlsxSheet         *sheet,
                         guint                row,
                         const char * const  *texts,
                         RkXlsxStyle          style,
                         GError             **error)
{
  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (texts != NULL, FALSE);

  for (guint col = 0; texts[col] != NULL; col++)
    if (!rk_xlsx_sheet_write_text (sheet, row, col, texts[col], style, error))
      return FALSE;
  return TRUE;
}

/**
 * rk_xlsx_sheet_merge:
 * @sheet: a #RkXlsxSheet
 * @first_row: the range's first row
 * @first_col: the range's first column
 * @last_row: the range's last row
 * @last_col: the range's last column
 * @text: (nullable): the text of the merged cell
 * @style: a #RkXlsxStyle, applied to every cell of the range
 * @error: return location for an error
 *
 * Merges a range into one cell holding @text, e.g. a title across the
 * table. Not available in constant-memory mode (libxlsxwriter 1.1.4
 * silently writes nothing there): that is %RK_XLSX_ERROR_NOT_SUPPORTED.
 * The text is not measured for column widths.
 *
 * Returns: %TRUE on success
 */
gboolean
rk_xlsx_sheet_merge (RkXlsxSheet  *sheet,
                     guint         first_row,
                     guint         first_col,
                     guint         last_row,
                     guint         last_col,
                     const char   *text,
                     RkXlsxStyle   style,
                     GError      **error)
{
  lxw_error err;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (style < RK_XLSX_N_STYLES, FALSE);
  g_return_val_if_fail (first_row <= last_row && first_col <= last_col, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (sheet->book->constant_memory)
    {
      char range[LXW_MAX_CELL_RANGE_LENGTH];

      lxw_rowcol_to_range (range, first_row, (lxw_col_t) first_col, last_row, (lxw_col_t) last_col);
      sheet->book->failed = TRUE;
      g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_NOT_SUPPORTED,
                   _("Sheet “%s”: cannot merge the cells %s, because merged cells are not "
                     "available in a large export."),
                   sheet->name, range);
      return FALSE;
    }

  err = worksheet_merge_range (sheet->ws, first_row, (lxw_col_t) first_col, last_row,
                               (lxw_col_t) last_col, text != NULL ? text : "",
                               sheet->book->formats[style]);
  if (!_rk_xlsx_sheet_check (sheet, err, first_row, first_col, error))
    return FALSE;
  note_cell (sheet, last_row, last_col);
  return TRUE;
}

static char *
quote_sheet_name (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "'", -1);
  g_autofree char *escaped = g_strjoinv ("''", parts);

  return g_strdup_printf ("'%s'", escaped);
}

/* Long lists go down column A of a hidden sheet. The sheet is created
 * when the book is closed, so that it comes after the user's sheets; its
 * name is reserved now for the formula.
 */
static char *
add_list_sheet (RkXlsxSheet         *sheet,
                const char * const  *values)
{
  RkXlsxBook *book = sheet->book;
  g_autofree char *wanted = g_strdup_printf ("_list%u", book->pending_lists->len + 1);
  g_autofree char *quoted = NULL;
  RkXlsxPendingList *list = g_new0 (RkXlsxPendingList, 1);

  list->name = _rk_xlsx_book_make_sheet_name (book, wanted);
  list->values = g_strdupv ((char **) values);
  g_ptr_array_add (book->pending_lists, list);

  quoted = quote_sheet_name (list->name);
  return g_strdup_printf ("=%s!$A$1:$A$%u", quoted, g_strv_length (list->values));
}

gboolean
_rk_xlsx_book_write_list_sheets (RkXlsxBook  *book,
                                 GError     **error)
{
  while (book->pending_lists->len > 0)
    {
      /* Taken out first: its name no longer counts as used. */
      RkXlsxPendingList *list = g_ptr_array_steal_index (book->pending_lists, 0);
      RkXlsxSheet *sheet = rk_xlsx_book_add_sheet (book, list->name, error);
      gboolean ok = sheet != NULL;

      if (ok)
        {
          g_assert (g_str_equal (sheet->name, list->name));
          for (guint n = 0; ok && list->values[n] != NULL; n++)
            ok = rk_xlsx_sheet_write_text (sheet, n, 0, list->values[n],
                                           RK_XLSX_STYLE_PLAIN, error);
          worksheet_hide (sheet->ws);
        }
      g_strfreev (list->values);
      g_free (list->name);
      g_free (list);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/**
 * rk_xlsx_sheet_add_list_validation:
 * @sheet: a #RkXlsxSheet
 * @first_row: the first row of the cells
 * @last_row: the last row of the cells
 * @col: the column of the cells
 * @values: (array zero-terminated=1): the choices, in order
 * @error: return location for an error
 *
 * Gives the cells a drop-down list of @values and refuses other input.
 * Short lists are stored in the validation itself; a list longer than
 * Excel's 255 characters, or with a comma in a value, is written to a
 * hidden sheet (“_list1”, …, added after the other sheets when the book
 * is closed) that the validation refers to.
 *
 * Returns: %TRUE on success
 */
gboolean
rk_xlsx_sheet_add_list_validation (RkXlsxSheet         *sheet,
                                   guint                first_row,
                                   guint                last_row,
                                   guint                col,
                                   const char * const  *values,
                                   GError             **error)
{
  lxw_data_validation dv = { 0 };
  g_autofree char *formula = NULL;
  gsize joined = 0;
  gboolean inline_list = TRUE;
  lxw_error err;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (values != NULL && values[0] != NULL, FALSE);
  g_return_val_if_fail (first_row <= last_row, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; values[i] != NULL; i++)
    {
      joined += strlen (values[i]) + (i > 0 ? 1 : 0);
      if (strchr (values[i], ',') != NULL || strchr (values[i], '"') != NULL)
        inline_list = FALSE;
    }
  if (joined > MAX_VALUE_LIST_BYTES)
    inline_list = FALSE;

  if (inline_list)
    {
      dv.validate = LXW_VALIDATION_TYPE_LIST;
      dv.value_list = (char **) values;
    }
  else
    {
      formula = add_list_sheet (sheet, values);
      dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
      dv.value_formula = formula;
    }

  err = worksheet_data_validation_range (sheet->ws, first_row, (lxw_col_t) col,
                                         last_row, (lxw_col_t) col, &dv);
  return _rk_xlsx_sheet_check (sheet, err, first_row, col, error);
}
