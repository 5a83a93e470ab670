/* rk-submission-export.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rk-bcp-export.h"
#include "rk-entity.h"
#include "rk-profile.h"
#include "rk-submission-export-private.h"
#include "rk-vocabulary.h"
#include "rk-xlsx.h"

/* Writes the submission workbook: one sheet per sheet of the template, in
 * its order, each laid out like a form an official hands in:
 *
 *   row 1   the title, merged across the sheet
 *   row 2   the base and the period reported
 *   then    each block: an optional caption, and a table (heading row and
 *           one row per record, or "（該当なし）") or a form (heading on the
 *           left, the value merged across the rest), a blank row between
 *
 * Column widths and row heights are computed here from the text (Excel
 * fits neither by itself, and LibreOffice only for unmerged cells), so
 * that Japanese text is shown whole on screen and on paper. A sheet whose
 * columns are wider than a portrait page prints landscape unless the
 * template says otherwise. Every page is A4, one page wide, with the
 * first table's heading row repeated, and the base, the sheet, the year
 * and the page number in its header and footer.
 */

typedef struct
{
  RkDatabase  *db;
  int          fiscal_year;
  RkXlsxBook  *book;
  GHashTable  *rows;                          /* kind id → RkSubmissionRows */
  const char  *values[RK_TEMPLATE_N_VALUES];  /* placeholders */
  char        *period;
  char        *footer_left;
  char        *footer_right;
} Export;

typedef RkSubmissionSheetState SheetState;

/*
 * Cells
 */

static gboolean
write_value (RkXlsxSheet              *sheet,
             guint                     row,
             guint                     col,
             const RkSubmissionValue  *value,
             const RkSubmissionField  *field,
             gboolean                  input,
             gboolean                  total,
             GError                  **error)
{
  RkSubmissionType type = field != NULL ? field->type : RK_SUBMISSION_TEXT;
  RkXlsxStyle text_style = input ? RK_XLSX_STYLE_INPUT
                           : total ? RK_XLSX_STYLE_GROUP : RK_XLSX_STYLE_TEXT;
  RkXlsxStyle number_style;

  switch (type)
    {
    case RK_SUBMISSION_PERCENT: number_style = RK_XLSX_STYLE_PERCENT; break;
    case RK_SUBMISSION_DECIMAL: number_style = RK_XLSX_STYLE_DECIMAL; break;
    case RK_SUBMISSION_NUMBER:
      /* As measured: whole numbers without decimals, rates with them. */
      number_style = value != NULL && value->kind == RK_SUBMISSION_VALUE_NUMBER &&
                     fabs (value->number - round (value->number)) >= 1e-9
                     ? RK_XLSX_STYLE_DECIMAL : RK_XLSX_STYLE_INTEGER;
      break;
    case RK_SUBMISSION_INTEGER:
    case RK_SUBMISSION_TEXT:
    case RK_SUBMISSION_CODE:
    case RK_SUBMISSION_DATE:
    default: number_style = RK_XLSX_STYLE_INTEGER; break;
    }
  if (input)
    number_style = RK_XLSX_STYLE_INPUT;

  if (value == NULL)
    return rk_xlsx_sheet_write_blank (sheet, row, col, text_style, error);

  switch (value->kind)
    {
    case RK_SUBMISSION_VALUE_TEXT:
      return rk_xlsx_sheet_write_text (sheet, row, col, value->text, text_style, error);
    case RK_SUBMISSION_VALUE_NUMBER:
      return rk_xlsx_sheet_write_number (sheet, row, col, value->number, number_style, error);
    case RK_SUBMISSION_VALUE_DATE:
      return rk_xlsx_sheet_write_date (sheet, row, col, value->text,
                                       input ? RK_XLSX_STYLE_INPUT : RK_XLSX_STYLE_DATE, error);
    case RK_SUBMISSION_VALUE_EMPTY:
    default:
      return rk_xlsx_sheet_write_blank (sheet, row, col,
                                        type == RK_SUBMISSION_TEXT || type == RK_SUBMISSION_CODE
                                        ? text_style : number_style, error);
    }
}

static gboolean
set_height (RkXlsxSheet  *sheet,
            guint         row,
            guint         lines,
            GError      **error)
{
  lxw_error err;

  if (lines <= 1)
    return TRUE;
  err = worksheet_set_row (rk_xlsx_sheet_get_worksheet (sheet), row, lines * LINE_HEIGHT + 2, NULL);
  if (err != LXW_NO_ERROR)
    {
      g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_INVALID,
                   _("Sheet “%s”, row %u: %s"), rk_xlsx_sheet_get_name (sheet), row + 1,
                   lxw_strerror (err));
      return FALSE;
    }
  return TRUE;
}

/* Text across columns [first, last] of @row, merged when more than one. */
static gboolean
write_across (SheetState  *st,
              guint        row,
              guint        first,
              guint        last,
              const char  *text,
              RkXlsxStyle  style,
              GError     **error)
{
  if (last > first)
    return rk_xlsx_sheet_merge (st->sheet, row, first, row, last, text, style, error);
  return rk_xlsx_sheet_write_text (st->sheet, row, first, text, style, error);
}

/*
 * Rows of a kind: collected once per export, shared by every block
 */

static RkSubmissionRows *
get_rows (Export                  *ex,
          const RkSubmissionKind  *kind,
          GError                 **error)
{
  RkSubmissionRows *rows = g_hash_table_lookup (ex->rows, kind->id);

  if (rows == NULL)
    {
      rows = rk_submission_collect (kind, ex->db, ex->fiscal_year, error);
      if (rows != NULL)
        g_hash_table_insert (ex->rows, (gpointer) kind->id, rows);
    }
  return rows;
}

/*
 * Writing blocks
 */

static gboolean
write_table (Export           *ex,
             SheetState       *st,
             RkTemplateBlock  *block,
             RkSubmissionRows *rows,
             GError          **error)
{
  guint n_cols = block->columns->len;
  guint n_rows = rk_submission_rows_get_n_rows (rows);
  guint heading_lines = 1;
  guint first_data;
  guint last_record = 0;
  gboolean any_record = FALSE;

  if (st->heading_row < 0)
    st->heading_row = st->row;

  for (guint c = 0; c < n_cols; c++)
    {
      RkTemplateColumn *column = &g_array_index (block->columns, RkTemplateColumn, c);

      if (!rk_xlsx_sheet_write_text (st->sheet, st->row, c, column->heading,
                                     RK_XLSX_STYLE_HEADING, error))
        return FALSE;
      heading_lines = MAX (heading_lines, _rk_submission_count_lines (column->heading, st->widths[c]));
    }
  if (!set_height (st->sheet, st->row, heading_lines, error))
    return FALSE;
  st->row++;
  first_data = st->row;

  if (n_rows == 0)
    {
      if (!write_across (st, st->row, 0, n_cols - 1, _("(None)"), RK_XLSX_STYLE_TEXT, error))
        return FALSE;
      st->row++;
      return TRUE;
    }

  for (guint r = 0; r < n_rows; r++, st->row++)
    {
      gboolean total = rk_submission_rows_is_total (rows, r);
      guint lines = 1;

      for (guint c = 0; c < n_cols; c++)
        {
          RkTemplateColumn *column = &g_array_index (block->columns, RkTemplateColumn, c);
          const RkSubmissionField *field = _rk_submission_column_field (block, column);
          const RkSubmissionValue *value = NULL;
          g_autofree char *text = NULL;

          if (column->field >= 0)
            {
              value = rk_submission_rows_get (rows, r, column->field);
              text = _rk_submission_value_text (value, field->type);
            }
          if (!write_value (st->sheet, st->row, c, value, field,
                            !total && _rk_submission_column_is_input (block, column), total, error))
            return FALSE;
          lines = MAX (lines, _rk_submission_count_lines (text, st->widths[c]));
        }
      if (!set_height (st->sheet, st->row, lines, error))
        return FALSE;
      if (!total)
        {
          last_record = st->row;
          any_record = TRUE;
        }
    }

  /* Drop-downs on the columns filled in by hand, over the records. */
  for (guint c = 0; any_record && c < n_cols; c++)
    {
      RkTemplateColumn *column = &g_array_index (block->columns, RkTemplateColumn, c);
      const RkSubmissionField *field = _rk_submission_column_field (block, column);
      g_autoptr(GPtrArray) choices = g_ptr_array_new ();

      if (column->choices != NULL)
        for (guint i = 0; column->choices[i] != NULL; i++)
          g_ptr_array_add (choices, column->choices[i]);
      else if (field != NULL && field->choices != NULL)
        for (guint i = 0; field->choices[i] != NULL; i++)
          g_ptr_array_add (choices, (gpointer) _(field->choices[i]));
      if (choices->len == 0)
        continue;
      g_ptr_array_add (choices, NULL);

      if (!rk_xlsx_sheet_add_list_validation (st->sheet, first_data, last_record, c,
                                              (const char * const *) choices->pdata, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_form (Export           *ex,
            SheetState       *st,
            RkTemplateBlock  *block,
            RkSubmissionRows *rows,
            GError          **error)
{
  guint last_col = MAX (st->n_cols, 2) - 1;
  double value_width = _rk_submission_span_width (st, 1, last_col);

  for (guint c = 0; c < block->columns->len; c++, st->row++)
    {
      RkTemplateColumn *column = &g_array_index (block->columns, RkTemplateColumn, c);
      const RkSubmissionField *field = _rk_submission_column_field (block, column);
      const RkSubmissionValue *value = NULL;
      gboolean input = _rk_submission_column_is_input (block, column);
      g_autofree char *text = NULL;
      guint lines;

      if (column->field >= 0 && rk_submission_rows_get_n_rows (rows) > 0)
        {
          value = rk_submission_rows_get (rows, 0, column->field);
          text = _rk_submission_value_text (value, field->type);
        }

      if (!rk_xlsx_sheet_write_text (st->sheet, st->row, 0, column->heading,
                                     RK_XLSX_STYLE_LABEL, error))
        return FALSE;

      /* The value spans the rest of the row: merged blank in the value's
       * style, then the value itself written into the first cell (which
       * keeps numbers and dates as numbers and dates).
       */
      if (last_col > 1 &&
          !rk_xlsx_sheet_merge (st->sheet, st->row, 1, st->row, last_col, NULL,
                                input ? RK_XLSX_STYLE_INPUT : RK_XLSX_STYLE_TEXT, error))
        return FALSE;
      if (!write_value (st->sheet, st->row, 1, value, field, input, FALSE, error))
        return FALSE;

      if (column->choices != NULL &&
          !rk_xlsx_sheet_add_list_validation (st->sheet, st->row, st->row, 1,
                                              (const char * const *) column->choices, error))
        return FALSE;

      lines = MAX (_rk_submission_count_lines (text, value_width),
                   _rk_submission_count_lines (column->heading, st->widths[0]));
      if (!set_height (st->sheet, st->row, lines, error))
        return FALSE;
    }

  return TRUE;
}

/*
 * Sheets
 */

static const RkSubmissionCustomWriter *
custom_writer (RkTemplateBlock *block)
{
  const RkSubmissionCustomWriter *writer;

  if (block->kind->layout != RK_SUBMISSION_LAYOUT_CUSTOM)
    return NULL;
  writer = _rk_submission_find_custom_writer (block->kind->id);
  /* A kind without its writer is a programming error (test_registry). */
  g_assert (writer != NULL);
  return writer;
}

static gboolean write_sheet_blocks (Export           *ex,
                                    RkTemplateSheet  *tsheet,
                                    SheetState       *state,
                                    gpointer         *custom,
                                    GError          **error);

static gboolean
write_sheet (Export           *ex,
             RkTemplateSheet  *tsheet,
             GError          **error)
{
  SheetState st = { 0 };
  g_autofree gpointer *custom = NULL;   /* a custom block's state, by block */
  gboolean ok = TRUE;

  st.heading_row = -1;
  custom = g_new0 (gpointer, tsheet->blocks->len);

  /* Collect first: the layout depends on the data. */
  for (guint b = 0; ok && b < tsheet->blocks->len; b++)
    {
      RkTemplateBlock *block = g_ptr_array_index (tsheet->blocks, b);
      RkSubmissionRows *rows = get_rows (ex, block->kind, error);
      const RkSubmissionCustomWriter *writer = custom_writer (block);

      if (rows == NULL)
        ok = FALSE;
      else if (writer != NULL)
        {
          custom[b] = writer->prepare (ex->db, ex->fiscal_year, block, rows, error);
          ok = custom[b] != NULL;
          if (ok)
            st.n_cols = MAX (st.n_cols, writer->get_n_columns (custom[b]));
        }
      else
        st.n_cols = MAX (st.n_cols, block->kind->layout == RK_SUBMISSION_LAYOUT_FORM
                                    ? 2 : block->columns->len);
    }
  if (ok)
    ok = write_sheet_blocks (ex, tsheet, &st, custom, error);

  for (guint b = 0; b < tsheet->blocks->len; b++)
    if (custom[b] != NULL)
      custom_writer (g_ptr_array_index (tsheet->blocks, b))->free (custom[b]);
  return ok;
}

static gboolean
write_sheet_blocks (Export           *ex,
                    RkTemplateSheet  *tsheet,
                    SheetState       *state,
                    gpointer         *custom,
                    GError          **error)
{
  SheetState st = *state;
  g_autofree double *widths = NULL;
  g_autofree gboolean *shrinkable = NULL;
  g_autofree char *title = NULL;
  RkXlsxPageSetup setup = { 0 };
  gboolean landscape;

  st.n_cols = MAX (st.n_cols, 1);
  st.widths = widths = g_new0 (double, st.n_cols);
  st.shrinkable = shrinkable = g_new0 (gboolean, st.n_cols);

  for (guint b = 0; b < tsheet->blocks->len; b++)
    {
      RkTemplateBlock *block = g_ptr_array_index (tsheet->blocks, b);
      RkSubmissionRows *rows = g_hash_table_lookup (ex->rows, block->kind->id);
      const RkSubmissionCustomWriter *writer = custom_writer (block);

      if (writer != NULL)
        {
          /* The writer's widths are what its row heights assume: kept. */
          for (guint c = 0; c < writer->get_n_columns (custom[b]); c++)
            st.widths[c] = MAX (st.widths[c], writer->get_width (custom[b], c));
        }
      else if (block->kind->layout == RK_SUBMISSION_LAYOUT_FORM)
        _rk_submission_measure_form (&st, block, rows);
      else
        _rk_submission_measure_table (&st, block, rows);
    }
  for (guint c = 0; c < st.n_cols; c++)
    st.widths[c] = MAX (st.widths[c], MIN_WIDTH);

  switch (tsheet->orientation)
    {
    case RK_TEMPLATE_ORIENTATION_PORTRAIT:
      landscape = FALSE;
      break;
    case RK_TEMPLATE_ORIENTATION_LANDSCAPE:
      landscape = TRUE;
      break;
    case RK_TEMPLATE_ORIENTATION_AUTO:
    default:
      landscape = _rk_submission_total_width (&st) > PORTRAIT_WIDTH;
      break;
    }
  _rk_submission_fit_widths (&st, landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH);

  st.sheet = rk_xlsx_book_add_sheet (ex->book, tsheet->name, error);
  if (st.sheet == NULL)
    return FALSE;
  for (guint c = 0; c < st.n_cols; c++)
    rk_xlsx_sheet_set_column_width (st.sheet, c, MIN (st.widths[c], 255));

  title = _rk_submission_template_expand (tsheet->title, ex->values);
  if (!write_across (&st, 0, 0, st.n_cols - 1, title, RK_XLSX_STYLE_TITLE, error) ||
      !set_height (st.sheet, 0, 1, error))
    return FALSE;
  worksheet_set_row (rk_xlsx_sheet_get_worksheet (st.sheet), 0, 24, NULL);
  if (!write_across (&st, 1, 0, st.n_cols - 1, ex->period, RK_XLSX_STYLE_PLAIN, error))
    return FALSE;
  st.row = 3;

  st.first_block_is_table = TRUE;
  for (guint b = 0; b < tsheet->blocks->len; b++)
    {
      RkTemplateBlock *block = g_ptr_array_index (tsheet->blocks, b);
      RkSubmissionRows *rows = g_hash_table_lookup (ex->rows, block->kind->id);
      const RkSubmissionCustomWriter *writer = custom_writer (block);
      gboolean form = block->kind->layout == RK_SUBMISSION_LAYOUT_FORM;
      gboolean ok;

      if (b == 0)
        st.first_block_is_table = !form && writer == NULL && block->heading == NULL;
      if (b > 0)
        st.row++;

      if (block->heading != NULL)
        {
          g_autofree char *heading = _rk_submission_template_expand (block->heading, ex->values);
          /* Across the sheet: a caption longer than a narrow table's
           * columns would be cut off at the end of the merged range.
           */
          guint last = st.n_cols - 1;

          if (!write_across (&st, st.row, 0, last, heading, RK_XLSX_STYLE_PLAIN, error))
            return FALSE;
          worksheet_set_row (rk_xlsx_sheet_get_worksheet (st.sheet), st.row, 20,
                             rk_xlsx_book_get_format (ex->book, RK_XLSX_STYLE_PLAIN));
          st.row++;
        }

      if (writer != NULL)
        ok = writer->write (custom[b], st.sheet, st.n_cols, &st.row, error);
      else
        ok = form ? write_form (ex, &st, block, rows, error)
                  : write_table (ex, &st, block, rows, error);
      if (!ok)
        return FALSE;
    }

  setup.landscape = landscape;
  /* A table that opens the sheet keeps its headings on every page and on
   * screen; a form, or tables below one, fit the first page anyway.
   */
  if (st.first_block_is_table && st.heading_row >= 0)
    {
      setup.heading_row = st.heading_row;
      setup.n_heading_rows = 1;
      setup.autofilter = tsheet->blocks->len == 1 &&
                         rk_submission_rows_get_n_rows (g_hash_table_lookup (ex->rows,
                           ((RkTemplateBlock *) g_ptr_array_index (tsheet->blocks, 0))->kind->id)) > 0;
    }
  setup.header_left = ex->values[RK_TEMPLATE_VALUE_BASE];
  setup.header_center = tsheet->name;
  setup.header_right = ex->values[RK_TEMPLATE_VALUE_FISCAL_YEAR];
  setup.footer_left = ex->footer_left;
  setup.footer_right = ex->footer_right;

  return rk_xlsx_sheet_set_page_setup (st.sheet, &setup, error);
}

static char *
format_date (int year,
             int month,
             int day)
{
  /* Translators: a date: 2026年4月1日 */
  return g_strdup_printf (_("%d-%02d-%02d"), year, month, day);
}

/*
 * Public API
 */

/**
 * rk_submission_export:
 * @db: the workspace
 * @tmpl: the template: which sheets, in which order, with which columns
 * @fiscal_year: the year reported, e.g. 2026 (令和8年度)
 * @path: the xlsx file to write
 * @error: return location for an error
 *
 * Writes the fiscal year's submission workbook. The file is written to a
 * temporary file beside @path and renamed onto it only when complete; if
 * @path is open in Excel or LibreOffice, nothing is written and the error
 * is %RK_XLSX_ERROR_IN_USE.
 *
 * Returns: %TRUE if @path now holds the workbook
 */
gboolean
rk_submission_export (RkDatabase            *db,
                      RkSubmissionTemplate  *tmpl,
                      int                    fiscal_year,
                      const char            *path,
                      GError               **error)
{
  return rk_submission_export_full (db, tmpl, fiscal_year, RK_SUBMISSION_EXPORT_DEFAULT, path, error);
}

/**
 * rk_submission_export_full:
 * @flags: %RK_SUBMISSION_EXPORT_PERSONAL to add the register of people on
 *   medical devices with their names (the disaster BCP tab's marked sheet,
 *   after the template's sheets) and write the file readable by its owner
 *   only; only after the user asked for it and confirmed the warning
 *
 * rk_submission_export(), with options.
 *
 * Returns: %TRUE if @path now holds the workbook
 */
gboolean
rk_submission_export_full (RkDatabase               *db,
                           RkSubmissionTemplate     *tmpl,
                           int                       fiscal_year,
                           RkSubmissionExportFlags   flags,
                           const char               *path,
                           GError                  **error)
{
  g_autoptr(RkProfile) profile = NULL;
  g_autoptr(RkXlsxBook) book = NULL;
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *era = NULL;
  g_autofree char *western = NULL;
  g_autofree char *today = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *period = NULL;
  g_autofree char *area = NULL;
  g_autofree char *made_on = NULL;
  g_autofree char *doc_title = NULL;
  Export ex = { 0 };
  RkEntity *p;

  g_return_val_if_fail (RK_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (tmpl != NULL, FALSE);
  g_return_val_if_fail (fiscal_year >= 1900 && fiscal_year < 9999, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  profile = rk_profile_get (db, error);
  if (profile == NULL)
    return FALSE;
  p = RK_ENTITY (profile);

  /* Not RK_XLSX_BOOK_CONSTANT_MEMORY: the sheets merge cells. */
  book = rk_xlsx_book_new (path, (flags & RK_SUBMISSION_EXPORT_PERSONAL) ? RK_XLSX_BOOK_PRIVATE
                                                                          : RK_XLSX_BOOK_DEFAULT, error);
  if (book == NULL)
    return FALSE;

  era = rk_fiscal_year_to_era_string (fiscal_year);
  western = rk_fiscal_year_to_string (fiscal_year);
  today = format_date (g_date_time_get_year (now), g_date_time_get_month (now),
                       g_date_time_get_day_of_month (now));
  first = format_date (fiscal_year, 4, 1);
  last = format_date (fiscal_year + 1, 3, 31);
  area = g_strjoin (" ", rk_entity_get_string (p, "prefecture"),
                    rk_entity_get_string (p, "area-name"), NULL);
  g_strstrip (area);

  /* Translators: the second line of every sheet: the base, the fiscal
   * year and its first and last days, e.g. "さくら在宅医療連携拠点
   * 令和8年度（2026年4月1日〜2027年3月31日）"
   */
  period = g_strdup_printf (_("%s   %s (%s to %s)"), rk_entity_get_string (p, "name"), era, first, last);
  /* Translators: in the page footer: the day the workbook was made */
  made_on = g_strdup_printf (_("Made on %s"), today);
  /* Translators: the workbook's title (File → Properties), e.g.
   * "県提出用 年度報告 令和8年度"
   */
  doc_title = g_strdup_printf (_("Annual report for the prefecture, %s"), era);

  ex.db = db;
  ex.fiscal_year = fiscal_year;
  ex.book = book;
  ex.rows = rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) rk_submission_rows_free);
  ex.values[RK_TEMPLATE_VALUE_FISCAL_YEAR] = era;
  ex.values[RK_TEMPLATE_VALUE_FISCAL_YEAR_WESTERN] = western;
  ex.values[RK_TEMPLATE_VALUE_BASE] = rk_entity_get_string (p, "name");
  ex.values[RK_TEMPLATE_VALUE_PREFECTURE] = rk_entity_get_string (p, "prefecture");
  ex.values[RK_TEMPLATE_VALUE_AREA] = rk_entity_get_string (p, "area-name");
  ex.values[RK_TEMPLATE_VALUE_DATE] = today;
  ex.period = period;
  ex.footer_left = area;
  ex.footer_right = made_on;

  rk_xlsx_book_set_properties (book, doc_title, rk_entity_get_string (p, "name"),
                               rk_entity_get_string (p, "operator"));

  for (guint s = 0; s < tmpl->sheets->len; s++)
    if (!write_sheet (&ex, g_ptr_array_index (tmpl->sheets, s), error))
      return FALSE;

  /* Names only when asked, on the BCP tab's own marked sheet. */
  if ((flags & RK_SUBMISSION_EXPORT_PERSONAL) && !rk_bcp_export_add_register (book, db, NULL, error))
    return FALSE;

  return rk_xlsx_book_close (g_steal_pointer (&book), error);
}

/**
 * rk_submission_suggest_file_name:
 *
 * Returns: (transfer full): a file name for the workbook, e.g.
 *   "さくら在宅医療連携拠点_令和8年度_県提出用.xlsx"
 */
char *
rk_submission_suggest_file_name (RkDatabase *db,
                                 int         fiscal_year)
{
  g_autoptr(RkProfile) profile = rk_profile_get (db, NULL);
  g_autofree char *era = rk_fiscal_year_to_era_string (fiscal_year);
  const char *name = profile != NULL ? rk_entity_get_string (RK_ENTITY (profile), "name") : NULL;
  g_autofree char *clean = g_strdup (name != NULL && *name != '\0' ? name : "");
  char *file;

  /* Characters Windows refuses in file names. */
  g_strdelimit (clean, "\\/:*?\"<>|", '_');
  /* Translators: the file name offered for the submission workbook: the
   * base's name and the fiscal year, "%s_%s_県提出用.xlsx"
   */
  file = *clean != '\0' ? g_strdup_printf (_("%s_%s_submission.xlsx"), clean, era)
                        : g_strdup_printf (_("%s_submission.xlsx"), era);
  return file;
}
