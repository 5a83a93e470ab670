/* rk-indicator-import.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-indicator-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-csv.h"
#include "rk-indicator.h"
#include "rk-indicator-import.h"

/* Indicator values from a CSV file (UTF-8 or CP932, as Excel saves it),
 * one value a row. The columns are found by name, in Japanese or English:
 *
 *   指標コード or 指標 (name)   which indicator (one of the two is needed)
 *   圏域・市町村               empty or 圏域 for the whole area, else a
 *                              municipality's name or code
 *   年度                       2025, 2025年度, 令和7年度, R7
 *   種別                       現状値, 目標値 or 実績値 (実績値 if absent)
 *   値                         the number
 *   出典, 時点                 optional: where from, and the data's date
 *
 * All or nothing: the first wrong row stops the import, names the file
 * and its line, and leaves the workspace as it was. The import is one
 * undoable step.
 */

typedef struct
{
  const char *names[6];
} Column;

enum {
  C_CODE,
  C_NAME,
  C_AREA,
  C_YEAR,
  C_KIND,
  C_VALUE,
  C_SOURCE,
  C_AS_OF,
  N_C
};

static const Column columns[N_C] = {
  [C_CODE]   = { { "指標コード", "コード", "code", "indicator code", NULL } },
  [C_NAME]   = { { "指標", "指標名", "indicator", "name", NULL } },
  [C_AREA]   = { { "圏域・市町村", "地域", "市町村", "市区町村", "市区町村コード", "area" } },
  [C_YEAR]   = { { "年度", "fiscal year", "year", NULL } },
  [C_KIND]   = { { "種別", "kind", NULL } },
  [C_VALUE]  = { { "値", "数値", "value", NULL } },
  [C_SOURCE] = { { "出典", "source", NULL } },
  [C_AS_OF]  = { { "時点", "取得日", "データ時点", "as of", "date", NULL } },
};

static void
set_line_error (GError      **error,
                RkCsvReader  *reader,
                const char   *message)
{
  g_autofree char *display = g_filename_display_basename (rk_csv_reader_get_path (reader));

  /* Translators: a file, its line number, then what is wrong there */
  g_set_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_FORMAT, _("%s, line %u: %s"),
               display, rk_csv_reader_get_line (reader), message);
}

static const char *
field (RkCsvReader *reader,
       int          col)
{
  if (col < 0 || (guint) col >= rk_csv_reader_get_n_fields (reader))
    return "";
  return rk_csv_reader_get_field (reader, col);
}

static gboolean
import_row (RkDatabase   *db,
            RkCsvReader  *reader,
            const int    *col,
            GHashTable   *indicators,
            GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *area = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *key = NULL;
  const char *code = field (reader, col[C_CODE]);
  const char *name = field (reader, col[C_NAME]);
  RkValueKind kind = RK_VALUE_KIND_ACTUAL;
  RkIndicator *ind;
  double value;
  int year;

  key = g_strstrip (g_strdup (code[0] != '\0' ? code : name));
  if (key[0] == '\0')
    {
      set_line_error (error, reader, _("The row names no indicator."));
      return FALSE;
    }

  ind = g_hash_table_lookup (indicators, key);
  if (ind == NULL)
    {
      ind = rk_indicator_find (db, key, &local_error);
      if (ind == NULL)
        {
          set_line_error (error, reader, local_error->message);
          return FALSE;
        }
      g_hash_table_insert (indicators, g_strdup (key), ind);
    }

  if (!rk_indicator_resolve_area (db, field (reader, col[C_AREA]), &area, &local_error))
    {
      set_line_error (error, reader, local_error->message);
      return FALSE;
    }

  year = rk_fiscal_year_parse (field (reader, col[C_YEAR]));
  if (year == 0)
    {
      g_autofree char *m = g_strdup_printf (_("“%s” is not a fiscal year. Write it as 2025, "
                                              "2025年度 or 令和7年度."),
                                            field (reader, col[C_YEAR]));
      set_line_error (error, reader, m);
      return FALSE;
    }

  if (col[C_KIND] >= 0 && !rk_value_kind_parse (field (reader, col[C_KIND]), &kind))
    {
      g_autofree char *m = g_strdup_printf (_("“%s” is not a kind of value. Write 現状値, 目標値 "
                                              "or 実績値."), field (reader, col[C_KIND]));
      set_line_error (error, reader, m);
      return FALSE;
    }

  if (!rk_indicator_parse_value (field (reader, col[C_VALUE]), &value))
    {
      g_autofree char *m = g_strdup_printf (_("“%s” is not a number."), field (reader, col[C_VALUE]));
      set_line_error (error, reader, m);
      return FALSE;
    }

  if (!rk_date_parse_iso (field (reader, col[C_AS_OF]), &as_of))
    {
      g_autofree char *m = g_strdup_printf (_("“%s” is not a date. Write it as 2025-03-31 or "
                                              "2025/3/31."), field (reader, col[C_AS_OF]));
      set_line_error (error, reader, m);
      return FALSE;
    }

  if (!rk_indicator_set_value (ind, area, year, kind, value, field (reader, col[C_SOURCE]), as_of,
                               NULL, &local_error))
    {
      set_line_error (error, reader, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * rk_indicator_import_values:
 * @path: a CSV file (see above)
 * @n_imported: (out) (optional): how many values were written
 *
 * Imports indicator values: all of them, as one undoable step, or none.
 * A value of the same indicator, area, year and kind as one already there
 * replaces it.
 */
gboolean
rk_indicator_import_values (RkDatabase  *db,
                            const char  *path,
                            guint       *n_imported,
                            GError     **error)
{
  g_autoptr(RkCsvReader) reader = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(GHashTable) indicators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            g_object_unref);
  g_autoptr(GError) local_error = NULL;
  int col[N_C];
  guint n = 0;

  g_return_val_if_fail (RK_IS_DATABASE (db), FALSE);

  reader = rk_csv_reader_new (path, RK_CSV_ENCODING_AUTO, error);
  if (reader == NULL || !rk_csv_reader_read_header (reader, error))
    return FALSE;

  for (guint c = 0; c < N_C; c++)
    {
      col[c] = -1;
      for (guint k = 0; k < G_N_ELEMENTS (columns[c].names) && columns[c].names[k] != NULL &&
           col[c] < 0; k++)
        col[c] = rk_csv_reader_find_column (reader, columns[c].names[k]);
    }

  if ((col[C_CODE] < 0 && col[C_NAME] < 0) || col[C_YEAR] < 0 || col[C_VALUE] < 0)
    {
      set_line_error (error, reader,
                      _("The first line must name the columns: 指標コード or 指標, 年度 and 値 at "
                        "least (and 圏域・市町村, 種別, 出典, 時点 if needed)."));
      return FALSE;
    }

  tx = rk_database_begin (db, _("Import Indicator Values"), error);
  if (tx == NULL)
    return FALSE;

  while (rk_csv_reader_next (reader, &local_error))
    {
      gboolean blank = TRUE;

      /* Excel leaves rows of empty cells at the end. */
      for (guint i = 0; i < rk_csv_reader_get_n_fields (reader) && blank; i++)
        blank = rk_csv_reader_get_field (reader, i)[strspn (rk_csv_reader_get_field (reader, i),
                                                            " \t")] == '\0';
      if (blank)
        continue;

      if (!import_row (db, reader, col, indicators, error))
        return FALSE;
      n++;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (n == 0)
    {
      g_autofree char *display = g_filename_display_basename (path);

      g_set_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_FORMAT,
                   _("%s holds no values below its first line."), display);
      return FALSE;
    }

  if (!rk_transaction_commit (tx, error))
    return FALSE;

  if (n_imported != NULL)
    *n_imported = n;
  return TRUE;
}
