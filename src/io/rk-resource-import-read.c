/* rk-resource-import-read.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resource-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk-resource-import-private.h"
#include "rk-vocabulary.h"

/* Reading the published open-data layouts (FIELD-NOTES §4) into records.
 *
 * The known faults of the real files are handled here and reported, never
 * silently repaired: the 休診 flags of 医療情報ネット mean the opposite of
 * their names (1 = open); 0.0/0.0, empty and placeholder positions (a
 * prefectural office's point shared by facilities of other towns, or a
 * point rounded to three decimals) become "position unknown"; duplicate
 * IDs are skipped; impossible hours (00:00–00:00, an end before the
 * start) are left out of the summary; broken web addresses are kept as
 * written. Each of these becomes a note of the report with its file and
 * line.
 */

#define day_names _rk_import_day_names

/* As they appear in column names ("毎週決まった曜日に休診（日）"). */
const char * const _rk_import_weekdays[7] = { "月", "火", "水", "木", "金", "土", "日" };

const char * const _rk_import_prefectures[47] = {
  "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
  "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
  "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
  "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
  "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
  "鹿児島県", "沖縄県",
};


/*
 * Small helpers
 */

const char *
_rk_import_prefecture_name (const char *code2)
{
  guint64 n;

  if (code2 == NULL || !g_ascii_string_to_unsigned (code2, 10, 1, 47, &n, NULL))
    return NULL;
  return _rk_import_prefectures[n - 1];
}

/**
 * _rk_import_code6:
 * @digits: a municipality code of five digits, or six with the check digit
 *
 * Returns: (transfer full) (nullable): the six-digit code, or %NULL when
 *   @digits is no municipality code
 */
char *
_rk_import_code6 (const char *digits)
{
  gsize len = digits != NULL ? strlen (digits) : 0;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (digits[i]))
      return NULL;

  if (len == 5 && rk_municipality_code_check_digit (digits) != 0)
    return g_strdup_printf ("%s%c", digits, rk_municipality_code_check_digit (digits));
  if (len == 6)
    return g_strdup (digits);
  return NULL;
}

const char *
_rk_import_get (FileContext *ctx,
                int          column)
{
  const char *s;

  if (column < 0)
    return "";
  s = rk_csv_reader_get_field (ctx->reader, column);
  return s != NULL ? s : "";
}

static gboolean
is_blank (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000;
}

/* Copies @s into the run's string chunk without the white space (of
 * either width) around it.
 */
const char *
_rk_import_keep (RkResourceImport *self,
                 const char       *s)
{
  const char *start = s;
  const char *end = s + strlen (s);
  g_autofree char *copy = NULL;

  while (start < end && is_blank (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      if (!is_blank (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  if (start == end)
    return "";
  if (*end == '\0' && start == s)
    return g_string_chunk_insert (self->chunk, s);

  copy = g_strndup (start, end - start);
  return g_string_chunk_insert (self->chunk, copy);
}

/* Text of several lines (「年末年始\r\nお盆」) on one, for a summary. */
char *
_rk_import_one_line (const char *s)
{
  GString *out = g_string_new (s);

  g_string_replace (out, "\r\n", " ", 0);
  g_strdelimit (out->str, "\r\n", ' ');
  return g_string_free (out, FALSE);
}

const char *
_rk_import_keep_const (RkResourceImport *self,
                       const char       *s)
{
  return g_string_chunk_insert_const (self->chunk, s);
}

/* フリガナ in full-width katakana, whichever form the file has (half-width
 * in some 医療情報ネット rows, hiragana in WAM NET), so that the directory
 * sorts in 五十音 order.
 */
const char *
_rk_import_keep_kana (RkResourceImport *self,
                      const char       *s)
{
  g_autofree char *nfkc = NULL;
  g_autoptr(GString) out = NULL;
  const char *p;

  /* Most readings are full-width katakana already: nothing to do. */
  for (p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if ((c >= 0x3041 && c <= 0x3096) || (c >= 0xFF00 && c <= 0xFFEF))
        break;
    }
  if (*p == '\0')
    return _rk_import_keep (self, s);

  nfkc = g_utf8_normalize (s, -1, G_NORMALIZE_NFKC);
  if (nfkc == NULL)
    return _rk_import_keep (self, s);

  out = g_string_sized_new (strlen (nfkc));
  for (p = nfkc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x3041 && c <= 0x3096)
        c += 0x60;
      g_string_append_unichar (out, c);
    }

  return _rk_import_keep (self, out->str);
}

static const char *
iso_date_from_name (RkResourceImport *self,
                    const char       *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;

  if (self->date != NULL)
    return _rk_import_keep_const (self, self->date);

  /* The medical files are named after their snapshot: …_20260601.csv */
  for (const char *p = base; *p != '\0'; p++)
    {
      if (strlen (p) >= 8 && (p == base || !g_ascii_isdigit (p[-1])))
        {
          gboolean digits = TRUE;
          for (int i = 0; i < 8; i++)
            digits &= g_ascii_isdigit (p[i]);
          if (digits && !g_ascii_isdigit (p[8]) && (p[0] == '1' || p[0] == '2'))
            {
              g_autofree char *iso = g_strdup_printf ("%.4s-%.2s-%.2s", p, p + 4, p + 6);
              GDate d;

              g_date_clear (&d, 1);
              g_date_set_parse (&d, iso);
              if (g_date_valid (&d))
                return _rk_import_keep_const (self, iso);
            }
        }
    }

  /* The others are not dated: the day the file was downloaded will do. */
  file = g_file_new_for_path (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info != NULL)
    {
      g_autoptr(GDateTime) mtime = g_file_info_get_modification_date_time (info);
      if (mtime != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (mtime);
          g_autofree char *iso = g_date_time_format (local, "%Y-%m-%d");
          return _rk_import_keep_const (self, iso);
        }
    }

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");
    return _rk_import_keep_const (self, iso);
  }
}

/* The number after a prefix in the file name: "jigyosho_130.csv" → "130". */
char *
_rk_import_number_in_name (const char *path,
                           const char *prefix)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *p = strstr (base, prefix);
  GString *digits;

  if (p == NULL)
    return NULL;
  p += strlen (prefix);
  digits = g_string_new (NULL);
  while (g_ascii_isdigit (*p))
    g_string_append_c (digits, *p++);
  if (digits->len == 0)
    {
      g_string_free (digits, TRUE);
      return NULL;
    }
  return g_string_free (digits, FALSE);
}

void
_rk_import_record_free (Record *record)
{
  _rk_import_hours_free (record->hours);
  g_free (record);
}

Record *
_rk_import_record_new (FileContext *ctx,
                       const char  *source)
{
  Record *record = g_new0 (Record, 1);

  record->source = source;
  record->file = ctx->file;
  record->date = ctx->date;
  record->line = rk_csv_reader_get_line (ctx->reader);
  record->latitude = NAN;
  record->longitude = NAN;
  for (guint i = 0; i < N_FIELDS; i++)
    record->values[i] = "";
  for (guint i = 0; i < N_DAYS; i++)
    record->open[i] = -1;

  return record;
}

/*
 * Layouts
 */

typedef struct
{
  RkImportLayout  layout;
  const char     *required[12];
} LayoutSignature;

static const LayoutSignature signatures[] = {
  { RK_IMPORT_LAYOUT_IRYO_FACILITY,
    { "ID", "正式名称", "正式名称（フリガナ）", "機関区分", "都道府県コード", "市区町村コード", "所在地",
      "所在地座標（緯度）", "所在地座標（経度）", "毎週決まった曜日に休診（月）", "祝日に休診", NULL } },
  { RK_IMPORT_LAYOUT_IRYO_HOURS,
    { "ID", "診療科目コード", "診療科目名", "診療時間帯", "月_診療開始時間", "月_診療終了時間",
      "祝_診療開始時間", "祝_診療終了時間", NULL } },
  { RK_IMPORT_LAYOUT_IRYO_PHARMACY,
    { "ID", "名称", "フリガナ", "都道府県コード", "市区町村コード", "所在地", "所在地座標（緯度）",
      "所在地座標（経度）", "営業日（月）", "月_開店時間帯1_開始時間", NULL } },
  { RK_IMPORT_LAYOUT_KAIGO,
    { "都道府県コード又は市町村コード", "都道府県名", "市区町村名", "事業所名", "事業所名カナ",
      "サービスの種類", "住所", "緯度", "経度", "電話番号", "事業所番号", NULL } },
  { RK_IMPORT_LAYOUT_WAM,
    { "都道府県コード又は市区町村コード", "法人の名称", "サービス種別", "事業所の名称",
      "事業所の名称_かな", "事業所番号", "事業所住所（市区町村）", "事業所住所（番地以降）",
      "事業所緯度", "事業所経度", NULL } },
};

static const char *
layout_source_label (RkImportLayout layout)
{
  switch (layout)
    {
    case RK_IMPORT_LAYOUT_IRYO_FACILITY:
    case RK_IMPORT_LAYOUT_IRYO_HOURS:
    case RK_IMPORT_LAYOUT_IRYO_PHARMACY:
      return _("医療情報ネット (ナビイ) open data");
    case RK_IMPORT_LAYOUT_KAIGO:
      return _("介護サービス情報公表システム open data");
    case RK_IMPORT_LAYOUT_WAM:
      return _("WAM NET 障害福祉サービス等情報公表システム open data");
    case RK_IMPORT_LAYOUT_UNKNOWN:
    default:
      return "";
    }
}

/* Recognises the layout from the header record, which @reader has just
 * read. A header that looks like one of the layouts but lacks some of its
 * columns (renamed in a spreadsheet, say) is refused with their names.
 */
RkImportLayout
_rk_import_recognise (RkCsvReader  *reader,
                      const char   *path,
                      GError      **error)
{
  guint best = 0;
  guint best_found = 0;
  g_autoptr(GString) missing = g_string_new (NULL);

  /* 助産所 (04) use 休業 wording; the directory does not list them. */
  if (rk_csv_reader_find_column (reader, "毎週決まった曜日に休業（月）") >= 0)
    {
      g_set_error (error, RK_IMPORT_ERROR, RK_IMPORT_ERROR_NOT_DIRECTORY,
                   _("“%s” is the 医療情報ネット file of 助産所 (maternity homes), which the resource "
                     "directory does not hold. Import the files of hospitals, clinics, dental "
                     "clinics and pharmacies instead."),
                   path);
      return RK_IMPORT_LAYOUT_UNKNOWN;
    }

  for (guint i = 0; i < G_N_ELEMENTS (signatures); i++)
    {
      guint found = 0;

      for (guint j = 0; signatures[i].required[j] != NULL; j++)
        if (rk_csv_reader_find_column (reader, signatures[i].required[j]) >= 0)
          found++;
      if (found > best_found)
        {
          best = i;
          best_found = found;
        }
    }

  for (guint j = 0; signatures[best].required[j] != NULL; j++)
    if (rk_csv_reader_find_column (reader, signatures[best].required[j]) < 0)
      g_string_append_printf (missing, "%s“%s”", missing->len > 0 ? ", " : "",
                              signatures[best].required[j]);

  if (missing->len == 0)
    return signatures[best].layout;

  if (best_found >= 3)
    g_set_error (error, RK_IMPORT_ERROR, RK_IMPORT_ERROR_MISSING_COLUMNS,
                 /* Translators: the first %s is a file, the second names the
                  * data set, the third lists column names
                  */
                 _("“%s”, line 1: this looks like %s, but the column(s) %s are missing. The "
                   "column names may have been changed in a spreadsheet. Download the file again "
                   "and import it as published."),
                 path, layout_source_label (signatures[best].layout), missing->str);
  else
    g_set_error (error, RK_IMPORT_ERROR, RK_IMPORT_ERROR_UNKNOWN_LAYOUT,
                 _("“%s”, line 1: the columns are not those of any open data Renkei knows. "
                   "Import the CSV files of 医療情報ネット (ナビイ), 介護サービス情報公表システム "
                   "(jigyosho_….csv) or WAM NET (csvdownload….csv), as published."),
                 path);

  return RK_IMPORT_LAYOUT_UNKNOWN;
}

void
_rk_import_set_field_count_error (GError     **error,
                                  const char  *path,
                                  guint        line,
                                  guint        n_fields,
                                  guint        n_columns)
{
  g_set_error (error, RK_IMPORT_ERROR, RK_IMPORT_ERROR_FIELD_COUNT,
               /* Translators: “file”, line N: the record has N fields where
                * the header has N
                */
               _("“%s”, line %u: this record has %u fields where the first line has %u. The file "
                 "may be cut off or have been edited; download it again. Nothing was imported."),
               path, line, n_fields, n_columns);
}

void
_rk_import_set_no_records_error (GError     **error,
                                 const char  *path)
{
  g_set_error (error, RK_IMPORT_ERROR, RK_IMPORT_ERROR_NO_RECORDS,
               _("“%s” has its first line of column names but no records. Download the file "
                 "again; nothing was imported."),
               path);
}

gboolean
_rk_import_check_width (FileContext  *ctx,
                        const char   *path,
                        GError      **error)
{
  guint n = rk_csv_reader_get_n_fields (ctx->reader);

  if (n == ctx->n_columns)
    return TRUE;

  _rk_import_set_field_count_error (error, path, rk_csv_reader_get_line (ctx->reader), n,
                                    ctx->n_columns);
  return FALSE;
}

/* Registers a record, unless its ID was seen before in this import. */
gboolean
_rk_import_add_record (RkResourceImport *self,
                       Record           *record)
{
  g_autofree char *key = NULL;
  Record *first;

  if (record->source_id[0] == '\0')
    {
      _rk_import_note_record (self, record, RK_IMPORT_NOTE_NO_ID,
                              _("Skipped: the record has no ID (事業所番号)."));
      self->report.skipped++;
      _rk_import_record_free (record);
      return FALSE;
    }
  if (record->values[F_NAME][0] == '\0')
    {
      _rk_import_note_record (self, record, RK_IMPORT_NOTE_NO_NAME, _("Skipped: the record has no name."));
      self->report.skipped++;
      _rk_import_record_free (record);
      return FALSE;
    }

  key = g_strconcat (record->source, "\037", record->source_id, NULL);
  first = g_hash_table_lookup (self->seen, key);
  if (first != NULL)
    {
      /* Translators: %s is a file name, %u its line */
      g_autofree char *detail = g_strdup_printf (_("Skipped: the same ID as “%s”, line %u (%s)."),
                                                 first->file, first->line, first->values[F_NAME]);
      _rk_import_note_record (self, record, RK_IMPORT_NOTE_DUPLICATE_ID, detail);
      self->report.skipped++;
      _rk_import_record_free (record);
      return FALSE;
    }

  g_hash_table_insert (self->seen, g_steal_pointer (&key), record);
  g_ptr_array_add (self->records, record);
  g_hash_table_add (self->sources, (gpointer) record->source);
  _rk_import_check_name (self, record);
  _rk_import_check_url (self, record);
  return TRUE;
}

int
_rk_import_col (FileContext *ctx,
                const char  *name)
{
  return rk_csv_reader_find_column (ctx->reader, name);
}

/*
 * Files
 */

static gboolean
open_file (const char   *path,
           RkCsvReader **reader,
           GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  *reader = rk_csv_reader_new (path, RK_CSV_ENCODING_AUTO, &local_error);
  if (*reader == NULL || !rk_csv_reader_read_header (*reader, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/**
 * rk_resource_import_detect_layout:
 * @path: a CSV file
 *
 * Returns: the layout of the file, recognised from its first line, or
 *   %RK_IMPORT_LAYOUT_UNKNOWN with @error saying why
 */
RkImportLayout
rk_resource_import_detect_layout (const char  *path,
                                  GError     **error)
{
  g_autoptr(RkCsvReader) reader = NULL;

  if (!open_file (path, &reader, error))
    return RK_IMPORT_LAYOUT_UNKNOWN;
  return _rk_import_recognise (reader, path, error);
}

gboolean
_rk_import_read_file (RkResourceImport  *self,
                      const char        *path,
                      GError           **error)
{
  g_autoptr(RkCsvReader) reader = NULL;
  g_autofree char *base = g_path_get_basename (path);
  RkImportFileSummary *summary;
  FileContext ctx = { 0, };
  gboolean ok = FALSE;
  g_autoptr(GError) local_error = NULL;

  if (!open_file (path, &reader, error))
    return FALSE;

  ctx.reader = reader;
  ctx.layout = _rk_import_recognise (reader, path, error);
  if (ctx.layout == RK_IMPORT_LAYOUT_UNKNOWN)
    return FALSE;
  ctx.file = _rk_import_keep_const (self, base);
  ctx.date = iso_date_from_name (self, path);
  ctx.n_columns = rk_csv_reader_get_n_fields (reader);

  summary = g_new0 (RkImportFileSummary, 1);
  summary->file = g_strdup (base);
  summary->layout = ctx.layout;
  g_ptr_array_add (self->report.files, summary);

  {
    /* Translators: %s is a file name */
    g_autofree char *what = g_strdup_printf (_("Reading “%s”…"), base);
    _rk_import_report_progress (self, 0.8 * self->done_bytes / MAX (self->total_bytes, 1), what);
  }

  switch (ctx.layout)
    {
    case RK_IMPORT_LAYOUT_IRYO_FACILITY:
      self->read_facilities = TRUE;
      ok = _rk_import_read_iryo_facility (self, &ctx, summary, &local_error);
      break;
    case RK_IMPORT_LAYOUT_IRYO_HOURS:
      /* Read by the hours thread (rk-resource-import-hours.c). */
      g_assert_not_reached ();
      break;
    case RK_IMPORT_LAYOUT_IRYO_PHARMACY:
      ok = _rk_import_read_iryo_pharmacy (self, &ctx, summary, &local_error);
      break;
    case RK_IMPORT_LAYOUT_KAIGO:
      ok = _rk_import_read_kaigo (self, &ctx, summary, &local_error);
      break;
    case RK_IMPORT_LAYOUT_WAM:
      ok = _rk_import_read_wam (self, &ctx, summary, &local_error);
      break;
    case RK_IMPORT_LAYOUT_UNKNOWN:
    default:
      g_assert_not_reached ();
    }

  if (ok && summary->records == 0)
    {
      _rk_import_set_no_records_error (&local_error, path);
      ok = FALSE;
    }

  self->done_bytes += rk_csv_reader_get_size (reader);

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

