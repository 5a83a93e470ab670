/* rk-resource-export.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resource-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include <stdio.h>

#include "rk-resource-export-private.h"
#include "rk-vocabulary.h"
#include "rk-xlsx-private.h"

/* The directory as a workbook for the prefecture, and as a printable list.
 *
 * The workbook has one column per fact and one per capability, Japanese
 * headings, the heading row frozen and repeated on every page, an
 * autofilter, A4 landscape one page wide. It is written in constant-memory
 * mode straight from one query, so that 100,000 rows take little time and
 * little memory.
 */

typedef enum
{
  COL_TEXT,
  COL_KIND,
  COL_MUNICIPALITY,
  COL_YES_NO,
  COL_INTEGER,
  COL_REAL,
  COL_DATE,
  COL_METHOD,
  COL_CLOSED,
} ColumnType;

typedef struct
{
  const char *heading;     /* N_() */
  const char *sql;
  ColumnType  type;
} Column;

/* In the order of the guidebook's common facts, then where they came from. */
static const Column columns[] = {
  { NC_("resource", "Name"), "o.name", COL_TEXT },
  { N_("Reading"), "o.kana", COL_TEXT },
  { N_("Kind"), "o.kind", COL_KIND },
  { N_("Facility type"), "o.subkind", COL_TEXT },
  { N_("Municipality"), "o.municipality_code", COL_MUNICIPALITY },
  { N_("Postal code"), "o.postal_code", COL_TEXT },
  { N_("Address"), "o.address", COL_TEXT },
  { N_("Phone"), "o.phone", COL_TEXT },
  { N_("Fax"), "o.fax", COL_TEXT },
  { N_("E-mail"), "o.email", COL_TEXT },
  { N_("Web site"), "o.url", COL_TEXT },
  { N_("Hours"), "o.hours", COL_TEXT },
  { N_("Closed days"), "o.closed_days", COL_TEXT },
  { N_("Specialities"), "o.specialities", COL_TEXT },
  { N_("Area served"), "o.service_area", COL_TEXT },
  { N_("Home care"), "o.home_care", COL_YES_NO },
  { N_("Home care days and hours"), "o.home_care_hours", COL_TEXT },
  { N_("Beds"), "o.beds", COL_INTEGER },
  { N_("Capacity"), "o.capacity", COL_INTEGER },
  { N_("Size"), "o.size_note", COL_TEXT },
  { N_("Consultation desk"), "o.consultation", COL_TEXT },
  { N_("Corporation"), "o.corporation", COL_TEXT },
  { N_("Latitude"), "o.latitude", COL_REAL },
  { N_("Longitude"), "o.longitude", COL_REAL },
  { N_("Confirmed on"), "o.confirmed_on", COL_DATE },
  { N_("Confirmed by (method)"), "o.confirmed_method", COL_METHOD },
  { N_("Confirmed by (person)"), "o.confirmed_by", COL_TEXT },
  { N_("Source file"), "o.source_file", COL_TEXT },
  { N_("Source ID"), "o.source_id", COL_TEXT },
  { N_("Source date"), "o.source_date", COL_DATE },
  { N_("Closed"), "o.closed_on", COL_CLOSED },
  { N_("Notes"), "o.notes", COL_TEXT },
};

/* Widths are measured on the first rows and then on a sample: with a cap
 * of 50 characters, more would not change them.
 */
#define MEASURE_ALL_ROWS 2000
#define MEASURE_EVERY    50

static gboolean
failed (RkXlsxSheet  *sheet,
        lxw_error     err,
        guint         row,
        guint         col,
        GError      **error)
{
  return !_rk_xlsx_sheet_check (sheet, err, row, col, error);
}

static gboolean
parse_date (const char   *iso,
            lxw_datetime *out)
{
  if (strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  memset (out, 0, sizeof *out);
  out->year = g_ascii_strtoll (iso, NULL, 10);
  out->month = g_ascii_strtoll (iso + 5, NULL, 10);
  out->day = g_ascii_strtoll (iso + 8, NULL, 10);
  return out->year > 1900 && out->month >= 1 && out->month <= 12 && out->day >= 1 &&
         out->day <= 31;
}

/* The answers of the listed resources, by (resource, column). */
static GHashTable *
load_answers (RkDatabase  *db,
              GHashTable  *capability_columns,
              GError     **error)
{
  GHashTable *answers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db),
                           "SELECT organization_id, capability_id, value FROM resource_capability"
                           " WHERE value <> ''", -1, &stmt, NULL);
  while (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 cap = sqlite3_column_int64 (stmt, 1);
      gpointer column = g_hash_table_lookup (capability_columns, &cap);
      gint64 key;

      if (column == NULL)
        continue;
      key = (sqlite3_column_int64 (stmt, 0) << 10) | (GPOINTER_TO_UINT (column) - 1);
      g_hash_table_insert (answers, g_memdup2 (&key, sizeof key),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("read the capabilities"));
      g_hash_table_unref (answers);
      return NULL;
    }
  return answers;
}

/* For the benchmark, which hands python3-xlsxwriter the same cells:
 * every cell written, one a line, "row TAB column TAB type TAB value".
 */
static void
dump_cell (FILE       *out,
           guint       row,
           guint       col,
           char        type,
           const char *value)
{
  if (out == NULL)
    return;
  fprintf (out, "%u\t%u\t%c\t", row, col, type);
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\n')
        fputs ("\\n", out);
      else if (*p == '\r')
        fputs ("\\r", out);
      else if (*p == '\t')
        fputs ("\\t", out);
      else if (*p == '\\')
        fputs ("\\\\", out);
      else
        fputc (*p, out);
    }
  fputc ('\n', out);
}

/**
 * rk_resource_export_xlsx:
 * @filter: the list as the user sees it (search, filters, order)
 * @path: the workbook to write; replaced only once it is complete
 * @n_rows: (out) (optional): how many resources were written
 *
 * Writes the listed resources to an Excel workbook.
 */
gboolean
rk_resource_export_xlsx (RkDatabase              *db,
                         const RkResourceFilter  *filter,
                         const char              *path,
                         GCancellable            *cancellable,
                         guint64                 *n_rows,
                         GError                 **error)
{
  return _rk_resource_export_xlsx_full (db, filter, path, cancellable, n_rows, NULL, error);
}

gboolean
_rk_resource_export_xlsx_full (RkDatabase              *db,
                               const RkResourceFilter  *filter,
                               const char              *path,
                               GCancellable            *cancellable,
                               guint64                 *n_rows,
                               FILE                    *cells,
                               GError                 **error)
{
  g_autoptr(RkXlsxBook) book = NULL;
  g_autoptr(GPtrArray) capabilities = NULL;
  g_autoptr(GHashTable) capability_columns = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                                    g_free, NULL);
  g_autoptr(GHashTable) answers = NULL;
  g_autoptr(GHashTable) municipalities = NULL;
  g_autoptr(GString) select = g_string_new ("o.id");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *base = g_path_get_basename (path);
  g_auto(GStrv) params = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  RkXlsxSheet *sheet;
  lxw_worksheet *ws;
  lxw_format *text_format;
  lxw_format *date_format;
  lxw_format *number_format;
  guint n_fixed = G_N_ELEMENTS (columns);
  guint row = 1;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (filter != NULL, FALSE);

  capabilities = rk_directory_list_capabilities (db, NULL, error);
  if (capabilities == NULL)
    return FALSE;
  for (guint i = 0; i < capabilities->len; i++)
    {
      gint64 id = rk_entity_get_id (g_ptr_array_index (capabilities, i));
      g_hash_table_insert (capability_columns, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (i + 1));
    }
  answers = load_answers (db, capability_columns, error);
  if (answers == NULL)
    return FALSE;
  municipalities = rk_directory_municipality_names (db);

  book = rk_xlsx_book_new (path, RK_XLSX_BOOK_CONSTANT_MEMORY, error);
  if (book == NULL)
    return FALSE;
  rk_xlsx_book_set_properties (book, _("Resource directory"), NULL, NULL);

  /* Translators: the name of the sheet of the exported directory */
  sheet = rk_xlsx_book_add_sheet (book, _("Resources"), error);
  if (sheet == NULL)
    return FALSE;
  ws = rk_xlsx_sheet_get_worksheet (sheet);

  {
    RkXlsxPageSetup setup = {
      .landscape = TRUE,
      .heading_row = 0,
      .n_heading_rows = 1,
      .autofilter = TRUE,
      .header_center = _("Resource directory"),
      .footer_left = base,
      .footer_right = today,
    };
    if (!rk_xlsx_sheet_set_page_setup (sheet, &setup, error))
      return FALSE;
  }

  for (guint c = 0; c < n_fixed; c++)
    {
      if (!rk_xlsx_sheet_write_text (sheet, 0, c, rk_directory_heading (columns[c].heading), RK_XLSX_STYLE_HEADING,
                                     error))
        return FALSE;
      dump_cell (cells, 0, c, 's', rk_directory_heading (columns[c].heading));
    }
  for (guint i = 0; i < capabilities->len; i++)
    {
      RkEntity *cap = g_ptr_array_index (capabilities, i);

      if (!rk_xlsx_sheet_write_text (sheet, 0, n_fixed + i, rk_entity_get_string (cap, "label"),
                                     RK_XLSX_STYLE_HEADING, error))
        return FALSE;
      dump_cell (cells, 0, n_fixed + i, 's', rk_entity_get_string (cap, "label"));
    }
  /* Headings wrap; the data decides the widths. */
  for (guint c = 0; c < sheet->columns->len; c++)
    {
      RkXlsxColumn *column = &g_array_index (sheet->columns, RkXlsxColumn, c);
      column->measured = MIN (column->measured, 10.0);
    }

  for (guint c = 0; c < n_fixed; c++)
    g_string_append_printf (select, ", %s", columns[c].sql);
  sql = rk_resource_filter_build_select (filter, select->str, &params);

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("read the resources"));
      return FALSE;
    }
  for (guint i = 0; params[i] != NULL; i++)
    sqlite3_bind_text (stmt, i + 1, params[i], -1, SQLITE_STATIC);

  text_format = rk_xlsx_book_get_format (book, RK_XLSX_STYLE_TEXT);
  date_format = rk_xlsx_book_get_format (book, RK_XLSX_STYLE_DATE);
  number_format = rk_xlsx_book_get_format (book, RK_XLSX_STYLE_INTEGER);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gboolean measure = row <= MEASURE_ALL_ROWS || row % MEASURE_EVERY == 0;

      if ((row & 4095) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }

      for (guint c = 0; c < n_fixed; c++)
        {
          const char *value = (const char *) sqlite3_column_text (stmt, c + 1);
          int type = sqlite3_column_type (stmt, c + 1);
          lxw_error err = LXW_NO_ERROR;
          lxw_datetime dt;

          if (type == SQLITE_NULL || value == NULL || value[0] == '\0')
            continue;

          switch (columns[c].type)
            {
            case COL_INTEGER:
            case COL_REAL:
              err = worksheet_write_number (ws, row, c, sqlite3_column_double (stmt, c + 1),
                                            columns[c].type == COL_INTEGER ? number_format
                                                                           : text_format);
              break;
            case COL_DATE:
            case COL_CLOSED:
              if (parse_date (value, &dt))
                err = worksheet_write_datetime (ws, row, c, &dt, date_format);
              else
                err = worksheet_write_string (ws, row, c, value, text_format);
              break;
            case COL_KIND:
              value = rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND, value);
              err = worksheet_write_string (ws, row, c, value, text_format);
              break;
            case COL_MUNICIPALITY:
              {
                const char *name = g_hash_table_lookup (municipalities, value);
                value = name != NULL ? name : value;
                err = worksheet_write_string (ws, row, c, value, text_format);
              }
              break;
            case COL_YES_NO:
              value = rk_directory_value_label (value);
              err = worksheet_write_string (ws, row, c, value, text_format);
              break;
            case COL_METHOD:
              value = rk_directory_method_label (value);
              err = worksheet_write_string (ws, row, c, value, text_format);
              break;
            case COL_TEXT:
            default:
              if (strlen (value) > 32000)
                {
                  if (!rk_xlsx_sheet_write_text (sheet, row, c, value, RK_XLSX_STYLE_TEXT, error))
                    {
                      sqlite3_finalize (stmt);
                      return FALSE;
                    }
                  continue;
                }
              err = worksheet_write_string (ws, row, c, value, text_format);
              break;
            }

          if (err != LXW_NO_ERROR && failed (sheet, err, row, c, error))
            {
              sqlite3_finalize (stmt);
              return FALSE;
            }
          if (cells != NULL)
            dump_cell (cells, row, c,
                       columns[c].type == COL_INTEGER || columns[c].type == COL_REAL ? 'n'
                       : (columns[c].type == COL_DATE || columns[c].type == COL_CLOSED) &&
                         parse_date (value, &dt) ? 'd' : 's', value);
          if (measure && columns[c].type != COL_INTEGER && columns[c].type != COL_REAL)
            rk_xlsx_sheet_measure (sheet, c, value);
        }

      for (guint i = 0; i < capabilities->len; i++)
        {
          gint64 key = (id << 10) | i;
          const char *value = g_hash_table_lookup (answers, &key);
          lxw_error err;

          if (value == NULL)
            continue;
          value = rk_directory_value_label (value);
          err = worksheet_write_string (ws, row, n_fixed + i, value, text_format);
          if (err != LXW_NO_ERROR && failed (sheet, err, row, n_fixed + i, error))
            {
              sqlite3_finalize (stmt);
              return FALSE;
            }
          dump_cell (cells, row, n_fixed + i, 's', value);
          if (measure)
            rk_xlsx_sheet_measure (sheet, n_fixed + i, value);
        }
      row++;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the resources"));
      return FALSE;
    }

  /* The autofilter and the print area reach the last row written. */
  sheet->last_row = MAX (sheet->last_row, (int) row - 1);
  sheet->last_col = MAX (sheet->last_col, (int) (n_fixed + capabilities->len) - 1);

  if (n_rows != NULL)
    *n_rows = row - 1;

  return rk_xlsx_book_close (g_steal_pointer (&book), error);
}

/*
 * The printed list
 */

/**
 * rk_resource_report_new:
 * @filter: the list as the user sees it
 * @subtitle: (nullable): what the list is (the search and filters), as a
 *   line under the title
 *
 * Builds the printable list: A4 landscape, the heading row on every page,
 * page numbers. The same report goes to the printer and to PDF.
 *
 * Returns: (transfer full) (nullable): the report
 */
RkReport *
rk_resource_report_new (RkDatabase              *db,
                        const RkResourceFilter  *filter,
                        const char              *subtitle,
                        GError                 **error)
{
  static const double widths[] = { 3.0, 1.7, 1.3, 3.0, 1.7, 2.8, 2.4, 1.4 };
  const char *titles[] = {
    C_("resource", "Name"), _("Kind"), _("Municipality"), _("Address"), _("Phone"), _("Hours"),
    _("Capabilities"), _("Confirmed on"), NULL,
  };
  g_autoptr(RkReport) report = NULL;
  g_autoptr(GHashTable) municipalities = rk_directory_municipality_names (db);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *printed_on = g_date_time_format (now, "%Y-%m-%d");
  g_auto(GStrv) params = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = 0;
  int rc;

  sql = rk_resource_filter_build_select (filter,
                                         "o.id, o.name, o.kind, o.municipality_code, o.address,"
                                         " o.phone, o.hours, o.closed", &params);

  report = rk_report_new (_("Resource directory"));
  rk_report_set_paper (report, RK_PAPER_A4, RK_ORIENTATION_LANDSCAPE);
  rk_report_set_font (report, RK_REPORT_DEFAULT_FONT, 9.0);
  rk_report_set_header (report, _("Resource directory"), NULL, printed_on);
  rk_report_add_heading (report, 1, _("Resource directory"));
  if (subtitle != NULL && subtitle[0] != '\0')
    rk_report_add_paragraph (report, subtitle);

  rk_report_begin_table (report, G_N_ELEMENTS (widths), titles, widths, NULL);

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      for (guint i = 0; params[i] != NULL; i++)
        sqlite3_bind_text (stmt, i + 1, params[i], -1, SQLITE_STATIC);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          const char *code = (const char *) sqlite3_column_text (stmt, 3);
          const char *town = g_hash_table_lookup (municipalities, code);
          g_autofree char *name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          g_autofree char *capabilities = rk_directory_summarize_answers (db, id);
          g_autofree char *oldest = rk_directory_oldest_confirmation (db, id);
          const char *cells[9];

          /* Names from the open data may hold line breaks. */
          g_strdelimit (name, "\r\n", ' ');
          if (sqlite3_column_int (stmt, 7))
            {
              /* Translators: a closed resource in the printed list */
              char *closed = g_strdup_printf (_("%s (closed)"), name);
              g_free (name);
              name = closed;
            }

          cells[0] = name;
          cells[1] = rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND,
                                         (const char *) sqlite3_column_text (stmt, 2));
          cells[2] = town != NULL ? town : code;
          cells[3] = (const char *) sqlite3_column_text (stmt, 4);
          cells[4] = (const char *) sqlite3_column_text (stmt, 5);
          cells[5] = (const char *) sqlite3_column_text (stmt, 6);
          cells[6] = capabilities;
          cells[7] = oldest[0] != '\0' ? oldest : _("Not confirmed");
          cells[8] = NULL;
          rk_report_add_row (report, cells);
          n++;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the resources"));
      return NULL;
    }

  rk_report_end_table (report);
  {
    /* Translators: the count under the printed list */
    g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u resource",
                                                           "%u resources", n), n);
    rk_report_add_paragraph (report, count);
  }

  return g_steal_pointer (&report);
}
