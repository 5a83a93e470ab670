/* rk-resource-import-layouts.c
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

/* The readers of each published layout (FIELD-NOTES §4.1–4.3): which
 * column holds what, and what each layout gets wrong. The helpers they
 * share are in rk-resource-import-read.c, the checks in
 * rk-resource-import-check.c.
 */

#define day_names _rk_import_day_names

/* 医療情報ネット: 01-1 病院, 02-1 診療所, 03-1 歯科診療所 */
gboolean
_rk_import_read_iryo_facility (RkResourceImport  *self,
                               FileContext       *ctx,
                               RkImportFileSummary *summary,
                               GError           **error)
{
  int c_id = _rk_import_col (ctx, "ID");
  int c_name = _rk_import_col (ctx, "正式名称");
  int c_kana = _rk_import_col (ctx, "正式名称（フリガナ）");
  int c_short = _rk_import_col (ctx, "略称");
  int c_class = _rk_import_col (ctx, "機関区分");
  int c_pref = _rk_import_col (ctx, "都道府県コード");
  int c_city = _rk_import_col (ctx, "市区町村コード");
  int c_address = _rk_import_col (ctx, "所在地");
  int c_lat = _rk_import_col (ctx, "所在地座標（緯度）");
  int c_lon = _rk_import_col (ctx, "所在地座標（経度）");
  int c_url = _rk_import_col (ctx, "案内用ホームページアドレス");
  int c_holiday = _rk_import_col (ctx, "祝日に休診");
  int c_other = _rk_import_col (ctx, "その他の休診日（gw、お盆等）");
  int c_beds = _rk_import_col (ctx, "合計病床数");
  int c_weekly[7];
  int c_weeks[5][7];
  g_autofree char *prefix = _rk_import_number_in_name (rk_csv_reader_get_path (ctx->reader), "");

  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *name = g_strdup_printf ("毎週決まった曜日に休診（%s）", _rk_import_weekdays[d]);
      c_weekly[d] = _rk_import_col (ctx, name);
      for (guint w = 0; w < 5; w++)
        {
          g_autofree char *wname = g_strdup_printf ("決まった週に休診（定期週）第%u週（%s）",
                                                    w + 1, _rk_import_weekdays[d]);
          c_weeks[w][d] = _rk_import_col (ctx, wname);
        }
    }

  while (rk_csv_reader_next (ctx->reader, error))
    {
      const char *class = _rk_import_get (ctx, c_class);
      const char *kind;
      const char *source;
      g_autofree char *code5 = NULL;
      g_autofree char *code6 = NULL;
      const char *matched = NULL;
      g_autoptr(GString) closed = g_string_new (NULL);
      g_autoptr(GString) weekly_closed = g_string_new (NULL);
      Record *record;

      if (!_rk_import_check_width (ctx, rk_csv_reader_get_path (ctx->reader), error))
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

      code5 = g_strconcat (_rk_import_get (ctx, c_pref), _rk_import_get (ctx, c_city), NULL);
      code6 = _rk_import_code6 (code5);
      _rk_import_remember_position (self, _rk_import_get (ctx, c_lat), _rk_import_get (ctx, c_lon), code6);

      if (!_rk_import_in_area (self, code6, _rk_import_get (ctx, c_pref), _rk_import_get (ctx, c_address), &matched))
        {
          self->report.outside++;
          continue;
        }
      summary->kept++;

      record = _rk_import_record_new (ctx, source);
      record->source_id = _rk_import_keep (self, _rk_import_get (ctx, c_id));
      record->values[F_KIND] = kind;
      record->values[F_NAME] = _rk_import_keep (self, _rk_import_get (ctx, c_name));
      record->values[F_KANA] = _rk_import_keep_kana (self, _rk_import_get (ctx, c_kana));
      record->values[F_SHORT_NAME] = _rk_import_keep (self, _rk_import_get (ctx, c_short));
      record->values[F_MUNICIPALITY_CODE] = _rk_import_keep_const (self, matched != NULL ? matched
                                                               : code6 != NULL ? code6 : "");
      record->values[F_ADDRESS] = _rk_import_keep (self, _rk_import_get (ctx, c_address));
      record->values[F_URL] = _rk_import_keep (self, _rk_import_get (ctx, c_url));
      {
        const char *beds = _rk_import_get (ctx, c_beds);
        guint64 n;
        if (g_ascii_string_to_unsigned (beds, 10, 0, G_MAXINT32, &n, NULL) && n > 0)
          record->values[F_BEDS] = _rk_import_keep (self, beds);
      }
      _rk_import_read_position (self, record, _rk_import_get (ctx, c_lat), _rk_import_get (ctx, c_lon));

      /* The flags are inverted: 「毎週決まった曜日に休診（日）」 = 1 means the
       * facility is OPEN on Sundays (FIELD-NOTES §4.1, two importers agree).
       */
      for (guint d = 0; d < 7; d++)
        {
          const char *flag = _rk_import_get (ctx, c_weekly[d]);
          record->open[d] = strcmp (flag, "1") == 0 ? 1 : strcmp (flag, "0") == 0 ? 0 : -1;
          if (record->open[d] == 0)
            g_string_append_printf (weekly_closed, "%s%s", weekly_closed->len > 0 ? "・" : "",
                                    day_names[d]);
        }
      {
        const char *flag = _rk_import_get (ctx, c_holiday);
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
            if (strcmp (_rk_import_get (ctx, c_weeks[w][d]), "0") == 0)
              g_string_append_printf (weeks, "%s%u", weeks->len > 0 ? "・" : "", w + 1);
          if (weeks->len > 0)
            g_string_append_printf (closed, "%s第%s%s", closed->len > 0 ? "／" : "",
                                    weeks->str, day_names[d]);
        }
      {
        g_autofree char *other = _rk_import_one_line (_rk_import_keep (self, _rk_import_get (ctx, c_other)));
        if (other[0] != '\0')
          g_string_append_printf (closed, "%s%s", closed->len > 0 ? "／" : "", other);
      }
      record->values[F_CLOSED_DAYS] = _rk_import_keep (self, closed->str);

      if (_rk_import_add_record (self, record))
        g_hash_table_insert (self->iryo_ids, (gpointer) record->source_id, record);
    }

  return error == NULL || *error == NULL;
}

/* 医療情報ネット: 05 薬局, hours in the row. */
gboolean
_rk_import_read_iryo_pharmacy (RkResourceImport     *self,
                               FileContext          *ctx,
                               RkImportFileSummary  *summary,
                               GError              **error)
{
  int c_id = _rk_import_col (ctx, "ID");
  int c_name = _rk_import_col (ctx, "名称");
  int c_kana = _rk_import_col (ctx, "フリガナ");
  int c_pref = _rk_import_col (ctx, "都道府県コード");
  int c_city = _rk_import_col (ctx, "市区町村コード");
  int c_address = _rk_import_col (ctx, "所在地");
  int c_lat = _rk_import_col (ctx, "所在地座標（緯度）");
  int c_lon = _rk_import_col (ctx, "所在地座標（経度）");
  int c_url = _rk_import_col (ctx, "薬局のホームページアドレス");
  int c_other = _rk_import_col (ctx, "その他の閉店日（gw、お盆等）");
  int c_open[N_DAYS];
  int c_start[N_DAYS][4];
  int c_end[N_DAYS][4];
  g_autoptr(GString) impossible = g_string_new (NULL);
  g_autoptr(GString) unusual = g_string_new (NULL);

  for (guint d = 0; d < N_DAYS; d++)
    {
      g_autofree char *flag = g_strdup_printf ("営業日（%s）", day_names[d]);
      c_open[d] = _rk_import_col (ctx, flag);
      for (guint k = 0; k < 4; k++)
        {
          g_autofree char *start = g_strdup_printf ("%s_開店時間帯%u_開始時間", day_names[d], k + 1);
          g_autofree char *end = g_strdup_printf ("%s_開店時間帯%u_終了時間", day_names[d], k + 1);
          c_start[d][k] = _rk_import_col (ctx, start);
          c_end[d][k] = _rk_import_col (ctx, end);
        }
    }

  while (rk_csv_reader_next (ctx->reader, error))
    {
      g_autofree char *code5 = NULL;
      g_autofree char *code6 = NULL;
      g_autoptr(GString) closed = g_string_new (NULL);
      const char *matched = NULL;
      Record *record;

      if (!_rk_import_check_width (ctx, rk_csv_reader_get_path (ctx->reader), error))
        return FALSE;
      summary->records++;
      if ((summary->records & 1023) == 0 && _rk_import_cancelled (self, error))
        return FALSE;

      code5 = g_strconcat (_rk_import_get (ctx, c_pref), _rk_import_get (ctx, c_city), NULL);
      code6 = _rk_import_code6 (code5);
      _rk_import_remember_position (self, _rk_import_get (ctx, c_lat), _rk_import_get (ctx, c_lon), code6);

      if (!_rk_import_in_area (self, code6, _rk_import_get (ctx, c_pref), _rk_import_get (ctx, c_address), &matched))
        {
          self->report.outside++;
          continue;
        }
      summary->kept++;

      record = _rk_import_record_new (ctx, "iryo:05");
      record->source_id = _rk_import_keep (self, _rk_import_get (ctx, c_id));
      record->values[F_KIND] = "pharmacy";
      record->values[F_NAME] = _rk_import_keep (self, _rk_import_get (ctx, c_name));
      record->values[F_KANA] = _rk_import_keep_kana (self, _rk_import_get (ctx, c_kana));
      record->values[F_MUNICIPALITY_CODE] = _rk_import_keep_const (self, matched != NULL ? matched
                                                               : code6 != NULL ? code6 : "");
      record->values[F_ADDRESS] = _rk_import_keep (self, _rk_import_get (ctx, c_address));
      record->values[F_URL] = _rk_import_keep (self, _rk_import_get (ctx, c_url));
      _rk_import_read_position (self, record, _rk_import_get (ctx, c_lat), _rk_import_get (ctx, c_lon));

      /* Unlike the clinics' 休診 flags, 営業日 = 1 means open. */
      g_string_truncate (impossible, 0);
      g_string_truncate (unusual, 0);
      for (guint d = 0; d < N_DAYS; d++)
        {
          const char *flag = _rk_import_get (ctx, c_open[d]);

          record->open[d] = strcmp (flag, "1") == 0 ? 1 : strcmp (flag, "0") == 0 ? 0 : -1;
          if (record->open[d] == 0)
            g_string_append_printf (closed, "%s%s", closed->len > 0 ? "・" : "", day_names[d]);
          for (guint k = 0; k < 4; k++)
            {
              int start, end;

              if (_rk_import_check_span (day_names[d], _rk_import_get (ctx, c_start[d][k]),
                                         _rk_import_get (ctx, c_end[d][k]), &start, &end,
                                         impossible, unusual))
                _rk_import_add_span (_rk_import_ensure_hours (record), d, start, end);
            }
        }
      {
        g_autofree char *other = _rk_import_one_line (_rk_import_keep (self, _rk_import_get (ctx, c_other)));
        if (other[0] != '\0')
          g_string_append_printf (closed, "%s%s", closed->len > 0 ? "／" : "", other);
      }
      record->values[F_CLOSED_DAYS] = _rk_import_keep (self, closed->str);

      if (_rk_import_add_record (self, record))
        {
          _rk_import_note_hours_problems (self, record, impossible, unusual);
          _rk_import_check_flags_against_hours (self, record);
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

gboolean
_rk_import_read_kaigo (RkResourceImport     *self,
                       FileContext          *ctx,
                       RkImportFileSummary  *summary,
                       GError              **error)
{
  int c_code = _rk_import_col (ctx, "都道府県コード又は市町村コード");
  int c_pref = _rk_import_col (ctx, "都道府県名");
  int c_city = _rk_import_col (ctx, "市区町村名");
  int c_name = _rk_import_col (ctx, "事業所名");
  int c_kana = _rk_import_col (ctx, "事業所名カナ");
  int c_service = _rk_import_col (ctx, "サービスの種類");
  int c_address = _rk_import_col (ctx, "住所");
  int c_lat = _rk_import_col (ctx, "緯度");
  int c_lon = _rk_import_col (ctx, "経度");
  int c_phone = _rk_import_col (ctx, "電話番号");
  int c_fax = _rk_import_col (ctx, "FAX番号");
  int c_corp = _rk_import_col (ctx, "法人の名称");
  int c_id = _rk_import_col (ctx, "事業所番号");
  int c_days = _rk_import_col (ctx, "利用可能曜日");
  int c_days_note = _rk_import_col (ctx, "利用可能曜日特記事項");
  int c_capacity = _rk_import_col (ctx, "定員");
  int c_url = _rk_import_col (ctx, "URL");
  g_autofree char *service_code = _rk_import_number_in_name (rk_csv_reader_get_path (ctx->reader), "jigyosho_");
  const char *source = _rk_import_keep_const (self, service_code != NULL ? service_code : "");

  {
    g_autofree char *s = g_strconcat ("kaigo:", source, NULL);
    source = _rk_import_keep_const (self, s);
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

      if (!_rk_import_check_width (ctx, rk_csv_reader_get_path (ctx->reader), error))
        return FALSE;
      summary->records++;
      if ((summary->records & 1023) == 0 && _rk_import_cancelled (self, error))
        return FALSE;

      /* The code is the six-digit 団体コード; some copies drop the check
       * digit.
       */
      code6 = _rk_import_code6 (_rk_import_get (ctx, c_code));
      pref_code = code6 != NULL ? g_strndup (code6, 2) : NULL;
      prefecture = _rk_import_get (ctx, c_pref);
      place = g_strconcat (prefecture, _rk_import_get (ctx, c_city), NULL);
      _rk_import_remember_position (self, _rk_import_get (ctx, c_lat), _rk_import_get (ctx, c_lon), code6);

      if (!_rk_import_in_area (self, code6, pref_code, place, &matched))
        {
          self->report.outside++;
          continue;
        }
      summary->kept++;

      record = _rk_import_record_new (ctx, source);
      record->source_id = _rk_import_keep (self, _rk_import_get (ctx, c_id));
      record->values[F_KIND] = kaigo_kind (service_code);
      record->values[F_SUBKIND] = _rk_import_keep (self, _rk_import_get (ctx, c_service));
      record->values[F_NAME] = _rk_import_keep (self, _rk_import_get (ctx, c_name));
      record->values[F_KANA] = _rk_import_keep_kana (self, _rk_import_get (ctx, c_kana));
      record->values[F_CORPORATION] = _rk_import_keep (self, _rk_import_get (ctx, c_corp));
      record->values[F_MUNICIPALITY_CODE] = _rk_import_keep_const (self, matched != NULL ? matched
                                                               : code6 != NULL ? code6 : "");
      /* 住所 usually lacks the prefecture, and already holds the 方書. */
      address = _rk_import_keep (self, _rk_import_get (ctx, c_address));
      if (prefecture[0] != '\0' && address[0] != '\0' && !g_str_has_prefix (address, prefecture))
        {
          g_autofree char *full = g_strconcat (prefecture, address, NULL);
          address = _rk_import_keep (self, full);
        }
      record->values[F_ADDRESS] = address;
      record->values[F_PHONE] = _rk_import_keep (self, _rk_import_get (ctx, c_phone));
      record->values[F_FAX] = _rk_import_keep (self, _rk_import_get (ctx, c_fax));
      record->values[F_URL] = _rk_import_keep (self, _rk_import_get (ctx, c_url));
      {
        const char *days = _rk_import_keep (self, _rk_import_get (ctx, c_days));
        const char *note = _rk_import_keep (self, _rk_import_get (ctx, c_days_note));
        g_autofree char *hours = g_strdup_printf ("%s%s%s", days,
                                                  days[0] != '\0' && note[0] != '\0' ? "（" : "",
                                                  note);
        if (days[0] != '\0' && note[0] != '\0')
          {
            g_autofree char *closed_paren = g_strconcat (hours, "）", NULL);
            record->values[F_HOURS] = _rk_import_keep (self, closed_paren);
          }
        else
          record->values[F_HOURS] = _rk_import_keep (self, hours);

        if (strstr (note, "24時間") != NULL && strcmp (record->values[F_KIND], "home_nursing") == 0)
          record->open_caps |= OPEN_CAP_AROUND_CLOCK;
      }
      {
        /* 定員 0 means not filled in (visit services have none). */
        const char *capacity = _rk_import_get (ctx, c_capacity);
        guint64 n;
        if (g_ascii_string_to_unsigned (capacity, 10, 1, G_MAXINT32, &n, NULL))
          record->values[F_CAPACITY] = _rk_import_keep (self, capacity);
      }
      _rk_import_read_position (self, record, _rk_import_get (ctx, c_lat), _rk_import_get (ctx, c_lon));
      _rk_import_add_record (self, record);
    }

  return error == NULL || *error == NULL;
}

gboolean
_rk_import_read_wam (RkResourceImport     *self,
                     FileContext          *ctx,
                     RkImportFileSummary  *summary,
                     GError              **error)
{
  static const char * const slots[] = { "平日", "土曜", "日曜", "祝日" };
  int c_corp = _rk_import_col (ctx, "法人の名称");
  int c_service = _rk_import_col (ctx, "サービス種別");
  int c_name = _rk_import_col (ctx, "事業所の名称");
  int c_kana = _rk_import_col (ctx, "事業所の名称_かな");
  int c_id = _rk_import_col (ctx, "事業所番号");
  int c_city = _rk_import_col (ctx, "事業所住所（市区町村）");
  int c_street = _rk_import_col (ctx, "事業所住所（番地以降）");
  int c_phone = _rk_import_col (ctx, "事業所電話番号");
  int c_fax = _rk_import_col (ctx, "事業所FAX番号");
  int c_url = _rk_import_col (ctx, "事業所URL");
  int c_lat = _rk_import_col (ctx, "事業所緯度");
  int c_lon = _rk_import_col (ctx, "事業所経度");
  int c_closed = _rk_import_col (ctx, "定休日");
  int c_capacity = _rk_import_col (ctx, "定員");
  int c_slots[G_N_ELEMENTS (slots)];
  g_autofree char *number = _rk_import_number_in_name (rk_csv_reader_get_path (ctx->reader), "csvdownload");
  const char *source;
  gboolean consultation = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    {
      g_autofree char *name = g_strdup_printf ("利用可能な時間帯（%s）", slots[i]);
      c_slots[i] = _rk_import_col (ctx, name);
    }

  {
    guint64 n = 0;
    g_autofree char *s = NULL;

    if (number != NULL)
      g_ascii_string_to_unsigned (number, 10, 0, 999, &n, NULL);
    /* 52 計画相談支援, 53/54 地域相談支援, 70 障害児相談支援 */
    consultation = n == 52 || n == 53 || n == 54 || n == 70;
    s = n > 0 ? g_strdup_printf ("wam:%" G_GUINT64_FORMAT, n) : g_strdup ("wam:");
    source = _rk_import_keep_const (self, s);
  }

  while (rk_csv_reader_next (ctx->reader, error))
    {
      const char *place;
      const char *matched = NULL;
      const char *prefecture = NULL;
      g_autofree char *address = NULL;
      Record *record;

      if (!_rk_import_check_width (ctx, rk_csv_reader_get_path (ctx->reader), error))
        return FALSE;
      summary->records++;
      if ((summary->records & 1023) == 0 && _rk_import_cancelled (self, error))
        return FALSE;

      /* The code at the start of the record is the designating
       * authority's, not the office's: the office's municipality is
       * known by name only.
       */
      place = _rk_import_get (ctx, c_city);
      for (guint p = 0; p < G_N_ELEMENTS (_rk_import_prefectures) && prefecture == NULL; p++)
        if (g_str_has_prefix (place, _rk_import_prefectures[p]))
          {
            g_autofree char *code2 = g_strdup_printf ("%02u", p + 1);
            prefecture = _rk_import_keep_const (self, code2);
          }

      if (!_rk_import_in_area (self, NULL, prefecture, place, &matched))
        {
          self->report.outside++;
          continue;
        }
      summary->kept++;

      record = _rk_import_record_new (ctx, source);
      record->source_id = _rk_import_keep (self, _rk_import_get (ctx, c_id));
      record->values[F_KIND] = consultation ? "disability_consultation" : "disability_service";
      record->values[F_SUBKIND] = _rk_import_keep (self, _rk_import_get (ctx, c_service));
      record->values[F_NAME] = _rk_import_keep (self, _rk_import_get (ctx, c_name));
      record->values[F_KANA] = _rk_import_keep_kana (self, _rk_import_get (ctx, c_kana));
      record->values[F_CORPORATION] = _rk_import_keep (self, _rk_import_get (ctx, c_corp));
      record->values[F_MUNICIPALITY_CODE] = _rk_import_keep_const (self, matched != NULL ? matched : "");
      address = g_strconcat (place, _rk_import_get (ctx, c_street), NULL);
      record->values[F_ADDRESS] = _rk_import_keep (self, address);
      record->values[F_PHONE] = _rk_import_keep (self, _rk_import_get (ctx, c_phone));
      record->values[F_FAX] = _rk_import_keep (self, _rk_import_get (ctx, c_fax));
      record->values[F_URL] = _rk_import_keep (self, _rk_import_get (ctx, c_url));
      record->values[F_CLOSED_DAYS] = _rk_import_keep (self, _rk_import_get (ctx, c_closed));
      {
        g_autoptr(GString) hours = g_string_new (NULL);
        for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
          {
            const char *t = _rk_import_get (ctx, c_slots[i]);
            if (t[0] != '\0')
              g_string_append_printf (hours, "%s%s %s", hours->len > 0 ? "／" : "",
                                      slots[i], t);
          }
        record->values[F_HOURS] = _rk_import_keep (self, hours->str);
      }
      {
        const char *capacity = _rk_import_get (ctx, c_capacity);
        guint64 n;
        if (g_ascii_string_to_unsigned (capacity, 10, 1, G_MAXINT32, &n, NULL))
          record->values[F_CAPACITY] = _rk_import_keep (self, capacity);
      }
      _rk_import_read_position (self, record, _rk_import_get (ctx, c_lat), _rk_import_get (ctx, c_lon));
      _rk_import_add_record (self, record);
    }

  return error == NULL || *error == NULL;
}

