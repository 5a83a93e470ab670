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
static const char * const weekdays[7] = { "月", "火", "水", "木", "金", "土", "日" };

static const char * const prefectures[47] = {
  "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
  "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
  "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
  "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
  "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
  "鹿児島県", "沖縄県",
};


typedef struct
{
  RkImportLayout  layout;
  RkCsvReader    *reader;
  const char     *file;     /* interned base name */
  const char     *date;     /* interned YYYY-MM-DD */
  const char     *source;   /* interned, for the layouts with one source per file */
  guint           n_columns;
} FileContext;

/*
 * Small helpers
 */

const char *
_rk_import_prefecture_name (const char *code2)
{
  guint64 n;

  if (code2 == NULL || !g_ascii_string_to_unsigned (code2, 10, 1, 47, &n, NULL))
    return NULL;
  return prefectures[n - 1];
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

static const char *
get (FileContext *ctx,
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
static const char *
keep (RkResourceImport *self,
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
static char *
one_line (const char *s)
{
  GString *out = g_string_new (s);

  g_string_replace (out, "\r\n", " ", 0);
  g_strdelimit (out->str, "\r\n", ' ');
  return g_string_free (out, FALSE);
}

static const char *
keep_const (RkResourceImport *self,
            const char       *s)
{
  return g_string_chunk_insert_const (self->chunk, s);
}

/* フリガナ in full-width katakana, whichever form the file has (half-width
 * in some 医療情報ネット rows, hiragana in WAM NET), so that the directory
 * sorts in 五十音 order.
 */
static const char *
keep_kana (RkResourceImport *self,
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
    return keep (self, s);

  nfkc = g_utf8_normalize (s, -1, G_NORMALIZE_NFKC);
  if (nfkc == NULL)
    return keep (self, s);

  out = g_string_sized_new (strlen (nfkc));
  for (p = nfkc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x3041 && c <= 0x3096)
        c += 0x60;
      g_string_append_unichar (out, c);
    }

  return keep (self, out->str);
}

static const char *
iso_date_from_name (RkResourceImport *self,
                    const char       *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;

  if (self->date != NULL)
    return keep_const (self, self->date);

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
                return keep_const (self, iso);
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
          return keep_const (self, iso);
        }
    }

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");
    return keep_const (self, iso);
  }
}

/* The number after a prefix in the file name: "jigyosho_130.csv" → "130". */
static char *
number_in_name (const char *path,
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

static Record *
record_new (FileContext *ctx,
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
 * Notes
 */

RkImportNote *
_rk_import_note_new (RkImportNoteKind  kind,
                     const char       *file,
                     guint             line,
                     const char       *id,
                     const char       *name,
                     const char       *detail)
{
  RkImportNote *note = g_new0 (RkImportNote, 1);

  note->kind = kind;
  note->file = g_strdup (file);
  note->line = line;
  note->id = g_strdup (id != NULL ? id : "");
  note->name = g_strdup (name != NULL ? name : "");
  note->detail = g_strdup (detail);

  return note;
}

void
_rk_import_note_free (RkImportNote *note)
{
  if (note == NULL)
    return;
  g_free (note->file);
  g_free (note->id);
  g_free (note->name);
  g_free (note->detail);
  g_free (note);
}

void
_rk_import_add_note (RkResourceImport *self,
                     RkImportNoteKind  kind,
                     const char       *file,
                     guint             line,
                     const char       *id,
                     const char       *name,
                     const char       *detail)
{
  g_ptr_array_add (self->report.notes, _rk_import_note_new (kind, file, line, id, name, detail));
  self->report.note_counts[kind]++;
}

static void
note_record (RkResourceImport *self,
             Record           *record,
             RkImportNoteKind  kind,
             const char       *detail)
{
  _rk_import_add_note (self, kind, record->file, record->line, record->source_id,
                       record->values[F_NAME], detail);
}

gboolean
_rk_import_cancelled (RkResourceImport  *self,
                      GError           **error)
{
  if (self->cancellable != NULL && g_cancellable_is_cancelled (self->cancellable))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("The import was cancelled. The workspace was not changed."));
      return TRUE;
    }
  return FALSE;
}

void
_rk_import_report_progress (RkResourceImport *self,
                            double            fraction,
                            const char       *what)
{
  if (self->progress != NULL)
    self->progress (CLAMP (fraction, 0.0, 1.0), what, self->progress_data);
}

/*
 * The area
 */

/* Whether a record of @code6 (or, when the file gives no code, of the
 * municipality named @place, such as "北海道札幌市東区") belongs to the
 * area; @matched says which of the area's municipalities it is in.
 */
static gboolean
in_area (RkResourceImport  *self,
         const char        *code6,
         const char        *prefecture_code,
         const char        *place,
         const char       **matched)
{
  *matched = NULL;

  if (code6 != NULL && g_hash_table_contains (self->area_codes, code6))
    {
      *matched = code6;
      return TRUE;
    }

  /* Wards of a designated city have codes of their own: 札幌市東区 is in
   * an area that lists 札幌市.
   */
  if (place != NULL && place[0] != '\0')
    for (guint i = 0; i < self->area_named->len; i++)
      {
        AreaMunicipality *m = g_ptr_array_index (self->area_named, i);
        const char *rest = place;

        if (m->prefecture[0] != '\0' && g_str_has_prefix (rest, m->prefecture))
          rest += strlen (m->prefecture);
        if (m->name[0] != '\0' && g_str_has_prefix (rest, m->name))
          {
            *matched = m->code;
            return TRUE;
          }
      }

  if (self->everything)
    return TRUE;

  return prefecture_code != NULL && g_hash_table_contains (self->area_prefectures, prefecture_code);
}

/*
 * Positions and addresses
 */

static gboolean
rounded_to_thousandths (double v)
{
  double scaled = v * 1000.0;
  return fabs (scaled - round (scaled)) < 1e-6;
}

static void
read_position (RkResourceImport *self,
               Record           *record,
               const char       *lat_text,
               const char       *lon_text)
{
  char *end_lat = NULL;
  char *end_lon = NULL;
  double lat;
  double lon;

  if (lat_text[0] == '\0' && lon_text[0] == '\0')
    {
      record->values[F_POSITION_NOTE] = "missing";
      return;
    }

  lat = g_ascii_strtod (lat_text, &end_lat);
  lon = g_ascii_strtod (lon_text, &end_lon);
  if (end_lat == lat_text || end_lon == lon_text || *end_lat != '\0' || *end_lon != '\0' ||
      !isfinite (lat) || !isfinite (lon))
    {
      record->values[F_POSITION_NOTE] = "outside";
      return;
    }

  if (lat == 0.0 || lon == 0.0)
    {
      record->values[F_POSITION_NOTE] = "zero";
      return;
    }

  /* Japan, with its outlying islands. */
  if (lat < 20.0 || lat > 46.0 || lon < 122.0 || lon > 154.0)
    {
      record->values[F_POSITION_NOTE] = "outside";
      return;
    }

  if (rounded_to_thousandths (lat) && rounded_to_thousandths (lon))
    {
      record->values[F_POSITION_NOTE] = "placeholder";
      return;
    }

  record->latitude = lat;
  record->longitude = lon;
  {
    g_autofree char *key = g_strconcat (lat_text, ",", lon_text, NULL);
    record->coord_key = keep_const (self, key);
  }
}

/* Every position read, kept or not: a point that facilities of different
 * municipalities share is a placeholder (a prefectural office, a city
 * hall), not where they are.
 */
static void
remember_position (RkResourceImport *self,
                   const char       *lat_text,
                   const char       *lon_text,
                   const char       *code)
{
  g_autofree char *key = NULL;
  const char *seen;

  if (lat_text[0] == '\0' || code == NULL || code[0] == '\0')
    return;

  key = g_strconcat (lat_text, ",", lon_text, NULL);
  seen = g_hash_table_lookup (self->coords, key);
  if (seen == NULL)
    g_hash_table_insert (self->coords, g_steal_pointer (&key),
                         (gpointer) keep_const (self, code));
  else if (seen[0] != '\0' && strcmp (seen, code) != 0)
    g_hash_table_insert (self->coords, g_steal_pointer (&key), (gpointer) "");
}

static void
check_url (RkResourceImport *self,
           Record           *record)
{
  const char *url = record->values[F_URL];
  const char *why = NULL;

  if (url[0] == '\0')
    return;

  if (!g_str_is_ascii (url))
    why = _("it contains full-width characters");
  else if (strstr (url, "bing.com/ck/") != NULL || strstr (url, "google.com/url?") != NULL)
    why = _("it is a search engine’s redirect, not the facility’s own page");
  else if (strchr (url, '@') != NULL && !g_str_has_prefix (url, "http"))
    why = _("it is an e-mail address");
  else if (strspn (url, "0123456789-() ") == strlen (url))
    why = _("it is a phone number");
  else if (!g_str_has_prefix (url, "http://") && !g_str_has_prefix (url, "https://"))
    why = _("it does not begin with http:// or https://");
  else if (strchr (url + strlen ("https://") - 1, '.') == NULL || strchr (url, ' ') != NULL)
    why = _("it is not a complete address");

  if (why != NULL)
    {
      /* Translators: %s is a web address from the open data, then why it
       * cannot be opened
       */
      g_autofree char *detail = g_strdup_printf (_("Web address “%s” kept as written: %s."),
                                                 url, why);
      note_record (self, record, RK_IMPORT_NOTE_URL_BROKEN, detail);
    }
}

static void
check_name (RkResourceImport *self,
            Record           *record)
{
  if (strchr (record->values[F_NAME], '\n') != NULL)
    note_record (self, record, RK_IMPORT_NOTE_NAME_LINE_BREAK,
                 _("The name contains a line break; it was kept as written."));
}

static Hours *
ensure_hours (Record *record)
{
  if (record->hours == NULL)
    record->hours = g_new0 (Hours, 1);
  return record->hours;
}

static void
note_hours_problems (RkResourceImport *self,
                     Record           *record,
                     GString          *impossible,
                     GString          *unusual)
{
  if (impossible->len > 0)
    {
      g_autofree char *detail = g_strdup_printf (_("Impossible hours left out of the summary: %s%s%s."),
                                                 "", "", impossible->str);
      note_record (self, record, RK_IMPORT_NOTE_HOURS_IMPOSSIBLE, detail);
    }
  if (unusual->len > 0)
    {
      g_autofree char *detail = g_strdup_printf (_("Unusual hours, kept as written — check them: %s%s%s."),
                                                 "", "", unusual->str);
      note_record (self, record, RK_IMPORT_NOTE_HOURS_UNUSUAL, detail);
    }
}

/* The days a flag says are closed, but with hours, and the reverse. */
static void
check_flags_against_hours (RkResourceImport *self,
                           Record           *record)
{
  g_autoptr(GString) open_without = g_string_new (NULL);
  g_autoptr(GString) closed_with = g_string_new (NULL);

  for (guint d = 0; d < N_DAYS; d++)
    {
      gboolean has_hours = record->hours != NULL && record->hours->n_spans[d] > 0;

      if (record->open[d] == 1 && !has_hours)
        g_string_append_printf (open_without, "%s%s", open_without->len > 0 ? "・" : "", day_names[d]);
      else if (record->open[d] == 0 && has_hours)
        g_string_append_printf (closed_with, "%s%s", closed_with->len > 0 ? "・" : "", day_names[d]);
    }

  if (open_without->len > 0)
    {
      /* Translators: %s lists days of the week, e.g. 水・土 */
      g_autofree char *detail = g_strdup_printf (_("Open on %s by the flags, but no hours are given for those days."),
                                                 open_without->str);
      note_record (self, record, RK_IMPORT_NOTE_FLAG_OPEN_NO_HOURS, detail);
    }
  if (closed_with->len > 0)
    {
      g_autofree char *detail = g_strdup_printf (_("Closed on %s by the flags, but hours are given for those days."),
                                                 closed_with->str);
      note_record (self, record, RK_IMPORT_NOTE_FLAG_CLOSED_WITH_HOURS, detail);
    }
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

static gboolean
check_width (FileContext  *ctx,
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
static gboolean
add_record (RkResourceImport *self,
            Record           *record)
{
  g_autofree char *key = NULL;
  Record *first;

  if (record->source_id[0] == '\0')
    {
      note_record (self, record, RK_IMPORT_NOTE_NO_ID,
                   _("Skipped: the record has no ID (事業所番号)."));
      self->report.skipped++;
      _rk_import_record_free (record);
      return FALSE;
    }
  if (record->values[F_NAME][0] == '\0')
    {
      note_record (self, record, RK_IMPORT_NOTE_NO_NAME, _("Skipped: the record has no name."));
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
      note_record (self, record, RK_IMPORT_NOTE_DUPLICATE_ID, detail);
      self->report.skipped++;
      _rk_import_record_free (record);
      return FALSE;
    }

  g_hash_table_insert (self->seen, g_steal_pointer (&key), record);
  g_ptr_array_add (self->records, record);
  g_hash_table_add (self->sources, (gpointer) record->source);
  check_name (self, record);
  check_url (self, record);
  return TRUE;
}

static int
col (FileContext *ctx,
     const char  *name)
{
  return rk_csv_reader_find_column (ctx->reader, name);
}

/* 医療情報ネット: 01-1 病院, 02-1 診療所, 03-1 歯科診療所 */
static gboolean
read_iryo_facility (RkResourceImport  *self,
                    FileContext       *ctx,
                    RkImportFileSummary *summary,
                    GError           **error)
{
  int c_id = col (ctx, "ID");
  int c_name = col (ctx, "正式名称");
  int c_kana = col (ctx, "正式名称（フリガナ）");
  int c_short = col (ctx, "略称");
  int c_class = col (ctx, "機関区分");
  int c_pref = col (ctx, "都道府県コード");
  int c_city = col (ctx, "市区町村コード");
  int c_address = col (ctx, "所在地");
  int c_lat = col (ctx, "所在地座標（緯度）");
  int c_lon = col (ctx, "所在地座標（経度）");
  int c_url = col (ctx, "案内用ホームページアドレス");
  int c_holiday = col (ctx, "祝日に休診");
  int c_other = col (ctx, "その他の休診日（gw、お盆等）");
  int c_beds = col (ctx, "合計病床数");
  int c_weekly[7];
  int c_weeks[5][7];
  g_autofree char *prefix = number_in_name (rk_csv_reader_get_path (ctx->reader), "");

  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *name = g_strdup_printf ("毎週決まった曜日に休診（%s）", weekdays[d]);
      c_weekly[d] = col (ctx, name);
      for (guint w = 0; w < 5; w++)
        {
          g_autofree char *wname = g_strdup_printf ("決まった週に休診（定期週）第%u週（%s）",
                                                    w + 1, weekdays[d]);
          c_weeks[w][d] = col (ctx, wname);
        }
    }

  while (rk_csv_reader_next (ctx->reader, error))
    {
      const char *class = get (ctx, c_class);
      const char *kind;
      const char *source;
      g_autofree char *code5 = NULL;
      g_autofree char *code6 = NULL;
      const char *matched = NULL;
      g_autoptr(GString) closed = g_string_new (NULL);
      g_autoptr(GString) weekly_closed = g_string_new (NULL);
      Record *record;

      if (!check_width (ctx, rk_csv_reader_get_path (ctx->reader), error))
        return FALSE;
      summary->records++;
      if ((summary->records & 1023) == 0 && _rk_import_cancelled (self, error))
        return FALSE;

      /* 機関区分 says what the facility is; the file name is the fallback. */
      if (strcmp (class, "1") == 0 || (class[0] == '\0' && g_strcmp0 (prefix, "01") == 0))
        kind = "hospital", source = "iryo:01";
      else if (strcmp (class, "3") == 0 || (class[0] == '\0' && g_strcmp0 (prefix, "03") == 0))
        kind = "dental_clinic", source = "iryo:03";
      else
        kind = "clinic", source = "iryo:02";

      code5 = g_strconcat (get (ctx, c_pref), get (ctx, c_city), NULL);
      code6 = _rk_import_code6 (code5);
      remember_position (self, get (ctx, c_lat), get (ctx, c_lon), code6);

      if (!in_area (self, code6, get (ctx, c_pref), get (ctx, c_address), &matched))
        {
          self->report.outside++;
          continue;
        }
      summary->kept++;

      record = record_new (ctx, source);
      record->source_id = keep (self, get (ctx, c_id));
      record->values[F_KIND] = kind;
      record->values[F_NAME] = keep (self, get (ctx, c_name));
      record->values[F_KANA] = keep_kana (self, get (ctx, c_kana));
      record->values[F_SHORT_NAME] = keep (self, get (ctx, c_short));
      record->values[F_MUNICIPALITY_CODE] = keep_const (self, matched != NULL ? matched
                                                               : code6 != NULL ? code6 : "");
      record->values[F_ADDRESS] = keep (self, get (ctx, c_address));
      record->values[F_URL] = keep (self, get (ctx, c_url));
      {
        const char *beds = get (ctx, c_beds);
        guint64 n;
        if (g_ascii_string_to_unsigned (beds, 10, 0, G_MAXINT32, &n, NULL) && n > 0)
          record->values[F_BEDS] = keep (self, beds);
      }
      read_position (self, record, get (ctx, c_lat), get (ctx, c_lon));

      /* The flags are inverted: 「毎週決まった曜日に休診（日）」 = 1 means the
       * facility is OPEN on Sundays (FIELD-NOTES §4.1, two importers agree).
       */
      for (guint d = 0; d < 7; d++)
        {
          const char *flag = get (ctx, c_weekly[d]);
          record->open[d] = strcmp (flag, "1") == 0 ? 1 : strcmp (flag, "0") == 0 ? 0 : -1;
          if (record->open[d] == 0)
            g_string_append_printf (weekly_closed, "%s%s", weekly_closed->len > 0 ? "・" : "",
                                    day_names[d]);
        }
      {
        const char *flag = get (ctx, c_holiday);
        record->open[7] = strcmp (flag, "1") == 0 ? 1 : strcmp (flag, "0") == 0 ? 0 : -1;
        if (record->open[7] == 0)
          g_string_append_printf (weekly_closed, "%s%s", weekly_closed->len > 0 ? "・" : "",
                                  day_names[7]);
      }
      if (weekly_closed->len > 0)
        g_string_append (closed, weekly_closed->str);

      /* 第2・4土: weeks closed on a day that is otherwise open. */
      for (guint d = 0; d < 7; d++)
        {
          g_autoptr(GString) weeks = g_string_new (NULL);

          if (record->open[d] != 1)
            continue;
          for (guint w = 0; w < 5; w++)
            if (strcmp (get (ctx, c_weeks[w][d]), "0") == 0)
              g_string_append_printf (weeks, "%s%u", weeks->len > 0 ? "・" : "", w + 1);
          if (weeks->len > 0)
            g_string_append_printf (closed, "%s第%s%s", closed->len > 0 ? "／" : "",
                                    weeks->str, day_names[d]);
        }
      {
        g_autofree char *other = one_line (keep (self, get (ctx, c_other)));
        if (other[0] != '\0')
          g_string_append_printf (closed, "%s%s", closed->len > 0 ? "／" : "", other);
      }
      record->values[F_CLOSED_DAYS] = keep (self, closed->str);

      if (add_record (self, record))
        g_hash_table_insert (self->iryo_ids, (gpointer) record->source_id, record);
    }

  return error == NULL || *error == NULL;
}

/* 医療情報ネット: 05 薬局, hours in the row. */
static gboolean
read_iryo_pharmacy (RkResourceImport     *self,
                    FileContext          *ctx,
                    RkImportFileSummary  *summary,
                    GError              **error)
{
  int c_id = col (ctx, "ID");
  int c_name = col (ctx, "名称");
  int c_kana = col (ctx, "フリガナ");
  int c_pref = col (ctx, "都道府県コード");
  int c_city = col (ctx, "市区町村コード");
  int c_address = col (ctx, "所在地");
  int c_lat = col (ctx, "所在地座標（緯度）");
  int c_lon = col (ctx, "所在地座標（経度）");
  int c_url = col (ctx, "薬局のホームページアドレス");
  int c_other = col (ctx, "その他の閉店日（gw、お盆等）");
  int c_open[N_DAYS];
  int c_start[N_DAYS][4];
  int c_end[N_DAYS][4];
  g_autoptr(GString) impossible = g_string_new (NULL);
  g_autoptr(GString) unusual = g_string_new (NULL);

  for (guint d = 0; d < N_DAYS; d++)
    {
      g_autofree char *flag = g_strdup_printf ("営業日（%s）", day_names[d]);
      c_open[d] = col (ctx, flag);
      for (guint k = 0; k < 4; k++)
        {
          g_autofree char *start = g_strdup_printf ("%s_開店時間帯%u_開始時間", day_names[d], k + 1);
          g_autofree char *end = g_strdup_printf ("%s_開店時間帯%u_終了時間", day_names[d], k + 1);
          c_start[d][k] = col (ctx, start);
          c_end[d][k] = col (ctx, end);
        }
    }

  while (rk_csv_reader_next (ctx->reader, error))
    {
      g_autofree char *code5 = NULL;
      g_autofree char *code6 = NULL;
      g_autoptr(GString) closed = g_string_new (NULL);
      const char *matched = NULL;
      Record *record;

      if (!check_width (ctx, rk_csv_reader_get_path (ctx->reader), error))
        return FALSE;
      summary->records++;
      if ((summary->records & 1023) == 0 && _rk_import_cancelled (self, error))
        return FALSE;

      code5 = g_strconcat (get (ctx, c_pref), get (ctx, c_city), NULL);
      code6 = _rk_import_code6 (code5);
      remember_position (self, get (ctx, c_lat), get (ctx, c_lon), code6);

      if (!in_area (self, code6, get (ctx, c_pref), get (ctx, c_address), &matched))
        {
          self->report.outside++;
          continue;
        }
      summary->kept++;

      record = record_new (ctx, "iryo:05");
      record->source_id = keep (self, get (ctx, c_id));
      record->values[F_KIND] = "pharmacy";
      record->values[F_NAME] = keep (self, get (ctx, c_name));
      record->values[F_KANA] = keep_kana (self, get (ctx, c_kana));
      record->values[F_MUNICIPALITY_CODE] = keep_const (self, matched != NULL ? matched
                                                               : code6 != NULL ? code6 : "");
      record->values[F_ADDRESS] = keep (self, get (ctx, c_address));
      record->values[F_URL] = keep (self, get (ctx, c_url));
      read_position (self, record, get (ctx, c_lat), get (ctx, c_lon));

      /* Unlike the clinics' 休診 flags, 営業日 = 1 means open. */
      g_string_truncate (impossible, 0);
      g_string_truncate (unusual, 0);
      for (guint d = 0; d < N_DAYS; d++)
        {
          const char *flag = get (ctx, c_open[d]);

          record->open[d] = strcmp (flag, "1") == 0 ? 1 : strcmp (flag, "0") == 0 ? 0 : -1;
          if (record->open[d] == 0)
            g_string_append_printf (closed, "%s%s", closed->len > 0 ? "・" : "", day_names[d]);
          for (guint k = 0; k < 4; k++)
            {
              int start, end;

              if (_rk_import_check_span (day_names[d], get (ctx, c_start[d][k]),
                                         get (ctx, c_end[d][k]), &start, &end,
                                         impossible, unusual))
                _rk_import_add_span (ensure_hours (record), d, start, end);
            }
        }
      {
        g_autofree char *other = one_line (keep (self, get (ctx, c_other)));
        if (other[0] != '\0')
          g_string_append_printf (closed, "%s%s", closed->len > 0 ? "／" : "", other);
      }
      record->values[F_CLOSED_DAYS] = keep (self, closed->str);

      if (add_record (self, record))
        {
          note_hours_problems (self, record, impossible, unusual);
          check_flags_against_hours (self, record);
        }
    }

  return error == NULL || *error == NULL;
}

/* The kind of a 介護サービス情報公表 office from its service code. */
static const char *
kaigo_kind (const char *code)
{
  guint64 n = 0;

  g_ascii_string_to_unsigned (code != NULL ? code : "", 10, 0, 999, &n, NULL);
  switch (n)
    {
    case 130:
      return "home_nursing";
    case 140:
      return "home_rehabilitation";
    case 430:
      return "care_management";
    case 110:
    case 120:
    case 710:
    case 760:
      return "home_help";
    case 0:
      return "care_facility";
    default:
      return "care_facility";
    }
}

static gboolean
read_kaigo (RkResourceImport     *self,
            FileContext          *ctx,
            RkImportFileSummary  *summary,
            GError              **error)
{
  int c_code = col (ctx, "都道府県コード又は市町村コード");
  int c_pref = col (ctx, "都道府県名");
  int c_city = col (ctx, "市区町村名");
  int c_name = col (ctx, "事業所名");
  int c_kana = col (ctx, "事業所名カナ");
  int c_service = col (ctx, "サービスの種類");
  int c_address = col (ctx, "住所");
  int c_lat = col (ctx, "緯度");
  int c_lon = col (ctx, "経度");
  int c_phone = col (ctx, "電話番号");
  int c_fax = col (ctx, "FAX番号");
  int c_corp = col (ctx, "法人の名称");
  int c_id = col (ctx, "事業所番号");
  int c_days = col (ctx, "利用可能曜日");
  int c_days_note = col (ctx, "利用可能曜日特記事項");
  int c_capacity = col (ctx, "定員");
  int c_url = col (ctx, "URL");
  g_autofree char *service_code = number_in_name (rk_csv_reader_get_path (ctx->reader), "jigyosho_");
  const char *source = keep_const (self, service_code != NULL ? service_code : "");

  {
    g_autofree char *s = g_strconcat ("kaigo:", source, NULL);
    source = keep_const (self, s);
  }

  while (rk_csv_reader_next (ctx->reader, error))
    {
      g_autofree char *code6 = NULL;
      g_autofree char *place = NULL;
      g_autofree char *pref_code = NULL;
      const char *matched = NULL;
      const char *prefecture;
      const char *address;
      Record *record;

      if (!check_width (ctx, rk_csv_reader_get_path (ctx->reader), error))
        return FALSE;
      summary->records++;
      if ((summary->records & 1023) == 0 && _rk_import_cancelled (self, error))
        return FALSE;

      /* The code is the six-digit 団体コード; some copies drop the check
       * digit.
       */
      code6 = _rk_import_code6 (get (ctx, c_code));
      pref_code = code6 != NULL ? g_strndup (code6, 2) : NULL;
      prefecture = get (ctx, c_pref);
      place = g_strconcat (prefecture, get (ctx, c_city), NULL);
      remember_position (self, get (ctx, c_lat), get (ctx, c_lon), code6);

      if (!in_area (self, code6, pref_code, place, &matched))
        {
          self->report.outside++;
          continue;
        }
      summary->kept++;

      record = record_new (ctx, source);
      record->source_id = keep (self, get (ctx, c_id));
      record->values[F_KIND] = kaigo_kind (service_code);
      record->values[F_SUBKIND] = keep (self, get (ctx, c_service));
      record->values[F_NAME] = keep (self, get (ctx, c_name));
      record->values[F_KANA] = keep_kana (self, get (ctx, c_kana));
      record->values[F_CORPORATION] = keep (self, get (ctx, c_corp));
      record->values[F_MUNICIPALITY_CODE] = keep_const (self, matched != NULL ? matched
                                                               : code6 != NULL ? code6 : "");
      /* 住所 usually lacks the prefecture, and already holds the 方書. */
      address = keep (self, get (ctx, c_address));
      if (prefecture[0] != '\0' && address[0] != '\0' && !g_str_has_prefix (address, prefecture))
        {
          g_autofree char *full = g_strconcat (prefecture, address, NULL);
          address = keep (self, full);
        }
      record->values[F_ADDRESS] = address;
      record->values[F_PHONE] = keep (self, get (ctx, c_phone));
      record->values[F_FAX] = keep (self, get (ctx, c_fax));
      record->values[F_URL] = keep (self, get (ctx, c_url));
      {
        const char *days = keep (self, get (ctx, c_days));
        const char *note = keep (self, get (ctx, c_days_note));
        g_autofree char *hours = g_strdup_printf ("%s%s%s", days,
                                                  days[0] != '\0' && note[0] != '\0' ? "（" : "",
                                                  note);
        if (days[0] != '\0' && note[0] != '\0')
          {
            g_autofree char *closed_paren = g_strconcat (hours, "）", NULL);
            record->values[F_HOURS] = keep (self, closed_paren);
          }
        else
          record->values[F_HOURS] = keep (self, hours);

        if (strstr (note, "24時間") != NULL && strcmp (record->values[F_KIND], "home_nursing") == 0)
          record->open_caps |= OPEN_CAP_AROUND_CLOCK;
      }
      {
        /* 定員 0 means not filled in (visit services have none). */
        const char *capacity = get (ctx, c_capacity);
        guint64 n;
        if (g_ascii_string_to_unsigned (capacity, 10, 1, G_MAXINT32, &n, NULL))
          record->values[F_CAPACITY] = keep (self, capacity);
      }
      read_position (self, record, get (ctx, c_lat), get (ctx, c_lon));
      add_record (self, record);
    }

  return error == NULL || *error == NULL;
}

static gboolean
read_wam (RkResourceImport     *self,
          FileContext          *ctx,
          RkImportFileSummary  *summary,
          GError              **error)
{
  static const char * const slots[] = { "平日", "土曜", "日曜", "祝日" };
  int c_corp = col (ctx, "法人の名称");
  int c_service = col (ctx, "サービス種別");
  int c_name = col (ctx, "事業所の名称");
  int c_kana = col (ctx, "事業所の名称_かな");
  int c_id = col (ctx, "事業所番号");
  int c_city = col (ctx, "事業所住所（市区町村）");
  int c_street = col (ctx, "事業所住所（番地以降）");
  int c_phone = col (ctx, "事業所電話番号");
  int c_fax = col (ctx, "事業所FAX番号");
  int c_url = col (ctx, "事業所URL");
  int c_lat = col (ctx, "事業所緯度");
  int c_lon = col (ctx, "事業所経度");
  int c_closed = col (ctx, "定休日");
  int c_capacity = col (ctx, "定員");
  int c_slots[G_N_ELEMENTS (slots)];
  g_autofree char *number = number_in_name (rk_csv_reader_get_path (ctx->reader), "csvdownload");
  const char *source;
  gboolean consultation = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    {
      g_autofree char *name = g_strdup_printf ("利用可能な時間帯（%s）", slots[i]);
      c_slots[i] = col (ctx, name);
    }

  {
    guint64 n = 0;
    g_autofree char *s = NULL;

    if (number != NULL)
      g_ascii_string_to_unsigned (number, 10, 0, 999, &n, NULL);
    /* 52 計画相談支援, 53/54 地域相談支援, 70 障害児相談支援 */
    consultation = n == 52 || n == 53 || n == 54 || n == 70;
    s = n > 0 ? g_strdup_printf ("wam:%" G_GUINT64_FORMAT, n) : g_strdup ("wam:");
    source = keep_const (self, s);
  }

  while (rk_csv_reader_next (ctx->reader, error))
    {
      const char *place;
      const char *matched = NULL;
      const char *prefecture = NULL;
      g_autofree char *address = NULL;
      Record *record;

      if (!check_width (ctx, rk_csv_reader_get_path (ctx->reader), error))
        return FALSE;
      summary->records++;
      if ((summary->records & 1023) == 0 && _rk_import_cancelled (self, error))
        return FALSE;

      /* The code at the start of the record is the designating
       * authority's, not the office's: the office's municipality is
       * known by name only.
       */
      place = get (ctx, c_city);
      for (guint p = 0; p < G_N_ELEMENTS (prefectures) && prefecture == NULL; p++)
        if (g_str_has_prefix (place, prefectures[p]))
          {
            g_autofree char *code2 = g_strdup_printf ("%02u", p + 1);
            prefecture = keep_const (self, code2);
          }

      if (!in_area (self, NULL, prefecture, place, &matched))
        {
          self->report.outside++;
          continue;
        }
      summary->kept++;

      record = record_new (ctx, source);
      record->source_id = keep (self, get (ctx, c_id));
      record->values[F_KIND] = consultation ? "disability_consultation" : "disability_service";
      record->values[F_SUBKIND] = keep (self, get (ctx, c_service));
      record->values[F_NAME] = keep (self, get (ctx, c_name));
      record->values[F_KANA] = keep_kana (self, get (ctx, c_kana));
      record->values[F_CORPORATION] = keep (self, get (ctx, c_corp));
      record->values[F_MUNICIPALITY_CODE] = keep_const (self, matched != NULL ? matched : "");
      address = g_strconcat (place, get (ctx, c_street), NULL);
      record->values[F_ADDRESS] = keep (self, address);
      record->values[F_PHONE] = keep (self, get (ctx, c_phone));
      record->values[F_FAX] = keep (self, get (ctx, c_fax));
      record->values[F_URL] = keep (self, get (ctx, c_url));
      record->values[F_CLOSED_DAYS] = keep (self, get (ctx, c_closed));
      {
        g_autoptr(GString) hours = g_string_new (NULL);
        for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
          {
            const char *t = get (ctx, c_slots[i]);
            if (t[0] != '\0')
              g_string_append_printf (hours, "%s%s %s", hours->len > 0 ? "／" : "",
                                      slots[i], t);
          }
        record->values[F_HOURS] = keep (self, hours->str);
      }
      {
        const char *capacity = get (ctx, c_capacity);
        guint64 n;
        if (g_ascii_string_to_unsigned (capacity, 10, 1, G_MAXINT32, &n, NULL))
          record->values[F_CAPACITY] = keep (self, capacity);
      }
      read_position (self, record, get (ctx, c_lat), get (ctx, c_lon));
      add_record (self, record);
    }

  return error == NULL || *error == NULL;
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
  ctx.file = keep_const (self, base);
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
      ok = read_iryo_facility (self, &ctx, summary, &local_error);
      break;
    case RK_IMPORT_LAYOUT_IRYO_HOURS:
      /* Read by the hours thread (rk-resource-import-hours.c). */
      g_assert_not_reached ();
      break;
    case RK_IMPORT_LAYOUT_IRYO_PHARMACY:
      ok = read_iryo_pharmacy (self, &ctx, summary, &local_error);
      break;
    case RK_IMPORT_LAYOUT_KAIGO:
      ok = read_kaigo (self, &ctx, summary, &local_error);
      break;
    case RK_IMPORT_LAYOUT_WAM:
      ok = read_wam (self, &ctx, summary, &local_error);
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

/*
 * After reading
 */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* A position far from the other facilities of its municipality (in the
 * wrong prefecture, say) is kept but reported for checking.
 */
static void
check_far_positions (RkResourceImport *self)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < self->records->len; i++)
    {
      Record *r = g_ptr_array_index (self->records, i);
      GPtrArray *group;

      if (isnan (r->latitude) || r->values[F_MUNICIPALITY_CODE][0] == '\0')
        continue;
      group = g_hash_table_lookup (groups, r->values[F_MUNICIPALITY_CODE]);
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, (gpointer) r->values[F_MUNICIPALITY_CODE], group);
        }
      g_ptr_array_add (group, r);
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *group = value;
      g_autofree double *lats = NULL;
      g_autofree double *lons = NULL;
      double mlat, mlon;

      if (group->len < 5)
        continue;

      lats = g_new (double, group->len);
      lons = g_new (double, group->len);
      for (guint i = 0; i < group->len; i++)
        {
          Record *r = g_ptr_array_index (group, i);
          lats[i] = r->latitude;
          lons[i] = r->longitude;
        }
      qsort (lats, group->len, sizeof (double), compare_doubles);
      qsort (lons, group->len, sizeof (double), compare_doubles);
      mlat = lats[group->len / 2];
      mlon = lons[group->len / 2];

      for (guint i = 0; i < group->len; i++)
        {
          Record *r = g_ptr_array_index (group, i);
          double dy = (r->latitude - mlat) * 111.0;
          double dx = (r->longitude - mlon) * 111.0 * cos (mlat * G_PI / 180.0);
          double km = sqrt (dx * dx + dy * dy);

          if (km > 30.0)
            {
              /* Translators: %.0f is a distance in kilometres */
              g_autofree char *detail = g_strdup_printf (_("The position is %.0f km from the other "
                                                           "facilities of its municipality; it was "
                                                           "kept, but check it."), km);
              r->values[F_POSITION_NOTE] = "far";
              note_record (self, r, RK_IMPORT_NOTE_POSITION_FAR, detail);
            }
        }
    }
}

/**
 * _rk_import_check_records:
 *
 * The checks that need every file read: hours against the flags, the
 * positions facilities of different municipalities share, positions far
 * from their municipality.
 */
void
_rk_import_check_records (RkResourceImport *self)
{
  for (guint i = 0; i < self->records->len; i++)
    {
      Record *r = g_ptr_array_index (self->records, i);
      const char *note = r->values[F_POSITION_NOTE];

      if (r->hours != NULL && g_str_has_prefix (r->source, "iryo:0") &&
          strcmp (r->source, "iryo:05") != 0)
        {
          g_autofree char *hours = _rk_import_format_hours (r->hours);
          r->values[F_HOURS] = keep (self, hours);
          if (r->hours->specialities != NULL)
            r->values[F_SPECIALITIES] = keep (self, r->hours->specialities->str);
          check_flags_against_hours (self, r);
        }
      else if (r->hours != NULL)
        {
          g_autofree char *hours = _rk_import_format_hours (r->hours);
          r->values[F_HOURS] = keep (self, hours);
        }

      if (r->coord_key != NULL)
        {
          const char *seen = g_hash_table_lookup (self->coords, r->coord_key);

          if (seen != NULL && seen[0] == '\0')
            {
              r->latitude = NAN;
              r->longitude = NAN;
              note = r->values[F_POSITION_NOTE] = "placeholder";
            }
        }

      if (strcmp (note, "zero") == 0)
        note_record (self, r, RK_IMPORT_NOTE_POSITION_ZERO,
                     _("The position is 0.0, 0.0: recorded as unknown."));
      else if (strcmp (note, "missing") == 0)
        note_record (self, r, RK_IMPORT_NOTE_POSITION_MISSING,
                     _("The file gives no position: recorded as unknown."));
      else if (strcmp (note, "outside") == 0)
        note_record (self, r, RK_IMPORT_NOTE_POSITION_OUTSIDE,
                     _("The position is not a point in Japan: recorded as unknown."));
      else if (strcmp (note, "placeholder") == 0)
        note_record (self, r, RK_IMPORT_NOTE_POSITION_PLACEHOLDER,
                     _("The position is a stand-in point (rounded, or shared with facilities of "
                       "other municipalities): recorded as unknown."));

      if (isnan (r->latitude))
        self->report.position_unknown++;
      else
        {
          g_autofree char *lat = g_strdup_printf ("%.7f", r->latitude);
          g_autofree char *lon = g_strdup_printf ("%.7f", r->longitude);
          r->values[F_LATITUDE] = keep (self, lat);
          r->values[F_LONGITUDE] = keep (self, lon);
        }
    }

  check_far_positions (self);
}
