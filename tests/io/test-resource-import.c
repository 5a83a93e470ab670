/* test-resource-import.c — the open-data import read back field by field:
 * every layout, the known faults, CP932, the area, re-import, malformed
 * files, cancel, the worker thread.
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "rk-csv.h"
#include "rk-directory.h"
#include "rk-municipality.h"
#include "rk-query-model.h"
#include "rk-resource-import.h"
#include "../core/rk-test-core.h"

static const char *days[7] = { "月", "火", "水", "木", "金", "土", "日" };
static const char *days8[8] = { "月", "火", "水", "木", "金", "土", "日", "祝" };

/*
 * Writing fixtures in the published layouts
 */

typedef struct
{
  const char *id;
  const char *name;
  const char *kana;
  const char *klass;        /* 機関区分 */
  const char *pref;
  const char *city;
  const char *address;
  const char *lat;
  const char *lon;
  const char *url;
  const char *weekly;       /* 7 flags, 1 = OPEN (the inverted meaning) */
  const char *holiday;
  const char *week2_sat;    /* 第2週（土）: "0" closed that week */
  const char *other;
  const char *beds;
} Facility;

static char *
quote (const char *s)
{
  g_autoptr(GString) q = g_string_new ("\"");

  for (const char *p = s; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (q, '"');
      g_string_append_c (q, *p);
    }
  g_string_append_c (q, '"');
  return g_string_free (g_steal_pointer (&q), FALSE);
}

static void
add_field (GString    *s,
           const char *value,
           gboolean    quoted)
{
  /* A record's first field follows a line break, or the byte-order mark. */
  if (s->len > 0 && s->str[s->len - 1] != '\n' && strcmp (s->str, "\xEF\xBB\xBF") != 0)
    g_string_append_c (s, ',');
  if (quoted)
    {
      g_autofree char *q = quote (value);
      g_string_append (s, q);
    }
  else
    g_string_append (s, value);
}

static char *
facility_csv (const Facility *rows,
              guint           n,
              gboolean        with_beds)
{
  GString *s = g_string_new ("\xEF\xBB\xBF");
  const char *fixed[] = { "ID", "正式名称", "正式名称（フリガナ）", "略称", "略称（フリガナ）",
                          "英語表記（ローマ字表記）", "機関区分", "都道府県コード", "市区町村コード",
                          "所在地", "所在地座標（緯度）", "所在地座標（経度）",
                          "案内用ホームページアドレス" };
  const char *beds[] = { "一般病床", "療養病床", "療養病床のうち医療保険適用",
                         "療養病床のうち介護保険適用", "精神病床", "結核病床", "感染症病床",
                         "合計病床数" };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    add_field (s, fixed[i], TRUE);
  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *h = g_strdup_printf ("毎週決まった曜日に休診（%s）", days[d]);
      add_field (s, h, TRUE);
    }
  for (guint w = 1; w <= 5; w++)
    for (guint d = 0; d < 7; d++)
      {
        g_autofree char *h = g_strdup_printf ("決まった週に休診（定期週）第%u週（%s）", w, days[d]);
        add_field (s, h, TRUE);
      }
  add_field (s, "祝日に休診", TRUE);
  add_field (s, "その他の休診日（gw、お盆等）", TRUE);
  for (guint i = 0; with_beds && i < G_N_ELEMENTS (beds); i++)
    add_field (s, beds[i], TRUE);
  g_string_append (s, "\r\n");

  for (guint r = 0; r < n; r++)
    {
      const Facility *f = &rows[r];

      add_field (s, f->id, TRUE);
      add_field (s, f->name, TRUE);
      add_field (s, f->kana, TRUE);
      add_field (s, "", TRUE);
      add_field (s, "", TRUE);
      add_field (s, "", TRUE);
      add_field (s, f->klass, TRUE);
      add_field (s, f->pref, TRUE);
      add_field (s, f->city, TRUE);
      add_field (s, f->address, TRUE);
      add_field (s, f->lat, FALSE);
      add_field (s, f->lon, FALSE);
      add_field (s, f->url, TRUE);
      for (guint d = 0; d < 7; d++)
        add_field (s, (char[]) { f->weekly[d], 0 }, TRUE);
      for (guint w = 1; w <= 5; w++)
        for (guint d = 0; d < 7; d++)
          add_field (s, w == 2 && d == 5 && f->week2_sat != NULL ? f->week2_sat
                        : (char[]) { f->weekly[d], 0 }, TRUE);
      add_field (s, f->holiday, TRUE);
      add_field (s, f->other, TRUE);
      for (guint i = 0; with_beds && i < G_N_ELEMENTS (beds); i++)
        add_field (s, i == 0 || i == 7 ? f->beds : "0", TRUE);
      g_string_append (s, "\r\n");
    }

  return g_string_free (s, FALSE);
}

typedef struct
{
  const char *id;
  const char *code;
  const char *name;
  const char *slot;
  const char *open_days;    /* 8 chars, '1' where the slot applies */
  const char *start;
  const char *end;
} HoursRow;

static char *
hours_csv (const HoursRow *rows,
           guint           n)
{
  GString *s = g_string_new ("\xEF\xBB\xBF");

  add_field (s, "ID", TRUE);
  add_field (s, "診療科目コード", TRUE);
  add_field (s, "診療科目名", TRUE);
  add_field (s, "診療時間帯", TRUE);
  for (guint d = 0; d < 8; d++)
    {
      const char *what[] = { "診療開始時間", "診療終了時間", "外来受付開始時間", "外来受付終了時間" };
      for (guint k = 0; k < 4; k++)
        {
          g_autofree char *h = g_strdup_printf ("%s_%s", days8[d], what[k]);
          add_field (s, h, TRUE);
        }
    }
  g_string_append (s, "\r\n");

  for (guint r = 0; r < n; r++)
    {
      add_field (s, rows[r].id, TRUE);
      add_field (s, rows[r].code, TRUE);
      add_field (s, rows[r].name, TRUE);
      add_field (s, rows[r].slot, TRUE);
      for (guint d = 0; d < 8; d++)
        {
          gboolean on = rows[r].open_days[d] == '1';
          add_field (s, on ? rows[r].start : "", TRUE);
          add_field (s, on ? rows[r].end : "", TRUE);
          add_field (s, "", TRUE);
          add_field (s, "", TRUE);
        }
      g_string_append (s, "\r\n");
    }

  return g_string_free (s, FALSE);
}

static const char kaigo_header[] =
  "\"都道府県コード又は市町村コード\",\"No\",\"都道府県名\",\"市区町村名\",\"事業所名\",\"事業所名カナ\","
  "\"サービスの種類\",\"住所\",\"方書（ビル名等）\",\"緯度\",\"経度\",\"電話番号\",\"FAX番号\",\"法人番号\","
  "\"法人の名称\",\"事業所番号\",\"利用可能曜日\",\"利用可能曜日特記事項\",\"定員\",\"URL\","
  "\"高齢者の方と障害者の方が同時一体的に利用できるサービス\",\"介護保険の通常の指定基準を満たしている\","
  "\"障害福祉の通常の指定基準を満たしている\",\"備考\"\r\n";

static const char wam_header[] =
  "\"都道府県コード又は市区町村コード\",\"NO（※システム内の固有の番号、連番）\",\"指定機関名\","
  "\"法人の名称\",\"法人の名称_かな\",\"法人番号\",\"法人住所（市区町村）\",\"法人住所（番地以降）\","
  "\"法人電話番号\",\"法人FAX番号\",\"法人URL\",\"サービス種別\",\"事業所の名称\",\"事業所の名称_かな\","
  "\"事業所番号\",\"事業所住所（市区町村）\",\"事業所住所（番地以降）\",\"事業所電話番号\","
  "\"事業所FAX番号\",\"事業所URL\",\"事業所緯度\",\"事業所経度\",\"利用可能な時間帯（平日）\","
  "\"利用可能な時間帯（土曜）\",\"利用可能な時間帯（日曜）\",\"利用可能な時間帯（祝日）\","
  "\"定休日\",\"利用可能曜日特記事項（留意事項）\",\"定員\"\r\n";

/*
 * Helpers
 */

typedef struct
{
  char       *dir;
  char       *path;
  RkDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean with_area = GPOINTER_TO_INT (data);

  fx->dir = rk_test_make_dir ();
  fx->path = g_build_filename (fx->dir, "import.renkei", NULL);
  fx->db = rk_database_create (fx->path, &error);
  g_assert_no_error (error);

  if (with_area)
    {
      /* The sample's area: 青葉県 さくら市 and みなと町. */
      static const char *codes[][3] = { { "992011", "さくら市", "青葉県" },
                                        { "993417", "みなと町", "青葉県" } };
      for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
        {
          g_autoptr(RkEntity) m = rk_entity_create (fx->db, RK_TYPE_MUNICIPALITY, "Add", &error,
                                                    "position", (int) i, "code", codes[i][0],
                                                    "name", codes[i][1], "prefecture", codes[i][2],
                                                    "elderly-population", (gint64) 10000, NULL);
          g_assert_no_error (error);
        }
    }
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  if (fx->db != NULL)
    g_assert_finalize_object (fx->db);
  g_free (fx->path);
  g_free (fx->dir);
}

static char *
write_file (Fixture    *fx,
            const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (fx->dir, name, NULL);

  rk_test_write_file (path, contents, length < 0 ? strlen (contents) : (gsize) length, 0600);
  return path;
}

/* Runs an import of @files (NULL-terminated) through a worker connection,
 * as the window does, and announces it.
 */
static RkResourceImport *
import_files (Fixture     *fx,
              gboolean     everything,
              GError     **error,
              const char  *first,
              ...)
{
  RkResourceImport *import = rk_resource_import_new ();
  sqlite3 *conn;
  gboolean ok;
  va_list args;

  va_start (args, first);
  for (const char *f = first; f != NULL; f = va_arg (args, const char *))
    rk_resource_import_add_file (import, f);
  va_end (args);
  rk_resource_import_set_everything (import, everything);

  conn = rk_database_open_worker (fx->db, NULL);
  g_assert_nonnull (conn);
  ok = rk_resource_import_run (import, conn, NULL, NULL, NULL, error);
  g_assert_cmpint (sqlite3_close (conn), ==, SQLITE_OK);
  if (ok)
    rk_database_notify_external_change (fx->db, rk_resource_import_tables);

  return import;
}

static char *
text (Fixture    *fx,
      const char *sql)
{
  return rk_test_query_text (rk_database_get_handle (fx->db), sql);
}

static gint64
number (Fixture    *fx,
        const char *sql)
{
  return rk_test_query_int (rk_database_get_handle (fx->db), sql);
}

#define assert_text(fx, sql, expected) \
  G_STMT_START { \
    g_autofree char *got_ = text ((fx), (sql)); \
    g_assert_cmpstr (got_, ==, (expected)); \
  } G_STMT_END

static guint
count_notes (const RkImportReport *report,
             RkImportNoteKind      kind,
             const char           *id)
{
  guint n = 0;

  for (guint i = 0; i < report->notes->len; i++)
    {
      const RkImportNote *note = g_ptr_array_index (report->notes, i);
      if (note->kind == kind && (id == NULL || g_strcmp0 (note->id, id) == 0))
        n++;
    }
  return n;
}

static const RkImportNote *
find_note (const RkImportReport *report,
           RkImportNoteKind      kind,
           const char           *id)
{
  for (guint i = 0; i < report->notes->len; i++)
    {
      const RkImportNote *note = g_ptr_array_index (report->notes, i);
      if (note->kind == kind && g_strcmp0 (note->id, id) == 0)
        return note;
    }
  return NULL;
}

/*
 * 医療情報ネット
 */

static const Facility clinics[] = {
  /* Open Mon–Sat, closed on the 2nd Saturday, Sunday and holidays. */
  { "9920110000001", "医療法人社団　さくら会　さくら在宅クリニック", "ｲﾘｮｳﾎｳｼﾞﾝｼｬﾀﾞﾝ ｻｸﾗｶｲ ｻｸﾗｻﾞｲﾀｸｸﾘﾆｯｸ",
    "2", "99", "201", "青葉県さくら市中央1-2-3", "36.1012345", "139.7012345",
    "https://sakura-zaitaku.example.jp/", "1111110", "0", "0", "年末年始", "19" },
  /* 0.0/0.0 position, a web address without its colon. */
  { "9920110000002", "みなと眼科", "ミナトガンカ", "2", "99", "341", "青葉県みなと町港1-1",
    "0.0", "0.0", "http//minato-ganka.example.jp/", "1111100", "0", NULL, "", "0" },
  /* The same ID again: skipped. */
  { "9920110000001", "さくら第二クリニック", "サクラダイニクリニック", "2", "99", "201",
    "青葉県さくら市東1-1", "36.1", "139.7", "", "1111100", "0", NULL, "", "0" },
  /* Another prefecture: outside the area. */
  { "0112060000009", "札幌ファミリー内科", "サッポロファミリーナイカ", "2", "01", "101",
    "北海道札幌市中央区1-1", "43.06", "141.35", "", "1111100", "0", NULL, "", "0" },
  /* A name with a comma, a quote and a line break; a stand-in point. */
  { "9920110000003", "やまべ\"ひかり\"診療所,分院\r\n（旧名称）", "ヤマベヒカリシンリョウジョ",
    "2", "99", "341", "青葉県みなと町山辺2-2", "36.200000", "139.900000", "", "1111100", "0",
    NULL, "お盆\r\n年末年始", "0" },
};

static const HoursRow clinic_hours[] = {
  { "9920110000001", "01001", "内科", "1", "11111100", "09:00", "12:00" },
  { "9920110000001", "01001", "内科", "2", "11101000", "14:00", "18:00" },
  { "9920110000001", "01991", "訪問診療", "1", "00010000", "13:00", "17:00" },
  /* 00:00〜00:00: left out and reported. */
  { "9920110000001", "03001", "小児科", "1", "10000000", "00:00", "00:00" },
  { "9920110000002", "05001", "眼科", "1", "11111000", "09:30", "12:30" },
  /* Wednesday open by the flags, but the hours leave it out; Saturday
   * closed by the flags, but with hours.
   */
  { "9920110000003", "01001", "内科", "1", "11011100", "8:45", "12:00" },
  { "0112060000009", "01001", "内科", "1", "11111000", "09:00", "12:00" },
};

static void
test_iryo_clinics (Fixture       *fx,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkResourceImport) import = NULL;
  g_autofree char *facility = facility_csv (clinics, G_N_ELEMENTS (clinics), TRUE);
  g_autofree char *hours = hours_csv (clinic_hours, G_N_ELEMENTS (clinic_hours));
  g_autofree char *f1 = write_file (fx, "02-1_clinic_facility_info_20260601.csv", facility, -1);
  g_autofree char *f2 = write_file (fx, "02-2_clinic_speciality_hours_20260601.csv", hours, -1);
  const RkImportReport *report;
  const RkImportNote *note;

  /* The hours file first: the import sorts it after its facilities. */
  import = import_files (fx, FALSE, &error, f2, f1, NULL);
  g_assert_no_error (error);
  report = rk_resource_import_get_report (import);

  g_assert_cmpuint (report->added, ==, 3);
  g_assert_cmpuint (report->skipped, ==, 1);
  g_assert_cmpuint (report->outside, ==, 1);
  g_assert_cmpuint (report->position_unknown, ==, 2);
  g_assert_cmpuint (number (fx, "SELECT count(*) FROM organization"), ==, 3);

  /* Every field of the first, read back. */
  assert_text (fx, "SELECT kind || '|' || name || '|' || kana || '|' || municipality_code || '|' ||"
                   " address || '|' || url || '|' || beds || '|' || latitude || '|' || longitude ||"
                   " '|' || position_note FROM organization WHERE source_id = '9920110000001'",
               "clinic|医療法人社団　さくら会　さくら在宅クリニック|イリョウホウジンシャダン サクラカイ "
               "サクラザイタククリニック|992011|青葉県さくら市中央1-2-3|"
               "https://sakura-zaitaku.example.jp/|19|36.1012345|139.7012345|");
  /* The flags are inverted (1 = open): Sunday and holidays closed, and
   * the 2nd Saturday. The 00:00〜00:00 of 小児科 is not in the hours.
   */
  assert_text (fx, "SELECT hours FROM organization WHERE source_id = '9920110000001'",
               "月〜水・金 9:00〜12:00、14:00〜18:00／木 9:00〜12:00、13:00〜17:00／"
               "土 9:00〜12:00");
  assert_text (fx, "SELECT closed_days FROM organization WHERE source_id = '9920110000001'",
               "日・祝／第2土／年末年始");
  assert_text (fx, "SELECT specialities FROM organization WHERE source_id = '9920110000001'",
               "内科、訪問診療、小児科");
  assert_text (fx, "SELECT source || '|' || source_file || '|' || source_date || '|' ||"
                   " confirmed_on || '|' || confirmed_method FROM organization"
                   " WHERE source_id = '9920110000001'",
               "iryo:02|02-1_clinic_facility_info_20260601.csv|2026-06-01|2026-06-01|open_data");
  /* 訪問診療 among the specialities: the open data says it visits. */
  assert_text (fx, "SELECT c.code || '|' || rc.value || '|' || rc.confirmed_method FROM"
                   " resource_capability AS rc JOIN capability AS c ON c.id = rc.capability_id"
                   " JOIN organization AS o ON o.id = rc.organization_id"
                   " WHERE o.source_id = '9920110000001'",
               "home_visit|yes|open_data");

  /* 0.0/0.0 is no position; the web address is kept as written. */
  assert_text (fx, "SELECT coalesce(latitude, 'NULL') || '|' || position_note || '|' || url"
                   " FROM organization WHERE source_id = '9920110000002'",
               "NULL|zero|http//minato-ganka.example.jp/");
  g_assert_cmpuint (count_notes (report, RK_IMPORT_NOTE_POSITION_ZERO, "9920110000002"), ==, 1);
  note = find_note (report, RK_IMPORT_NOTE_URL_BROKEN, "9920110000002");
  g_assert_nonnull (note);
  g_assert_cmpuint (note->line, ==, 3);
  g_assert_nonnull (strstr (note->detail, "http//minato-ganka.example.jp/"));

  /* The duplicate: skipped, with both lines named. */
  note = find_note (report, RK_IMPORT_NOTE_DUPLICATE_ID, "9920110000001");
  g_assert_nonnull (note);
  g_assert_cmpuint (note->line, ==, 4);
  g_assert_cmpstr (note->name, ==, "さくら第二クリニック");
  g_assert_nonnull (strstr (note->detail, "line 2"));

  /* Comma, quote and line break come through; the rounded point is a
   * stand-in.
   */
  assert_text (fx, "SELECT name || '|' || coalesce(latitude, 'NULL') || '|' || position_note ||"
                   " '|' || closed_days FROM organization WHERE source_id = '9920110000003'",
               "やまべ\"ひかり\"診療所,分院\r\n（旧名称）|NULL|placeholder|土・日・祝／お盆 年末年始");
  g_assert_cmpuint (count_notes (report, RK_IMPORT_NOTE_POSITION_PLACEHOLDER, "9920110000003"), ==, 1);
  g_assert_cmpuint (count_notes (report, RK_IMPORT_NOTE_NAME_LINE_BREAK, "9920110000003"), ==, 1);
  note = find_note (report, RK_IMPORT_NOTE_FLAG_OPEN_NO_HOURS, "9920110000003");
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note->detail, "水"));
  note = find_note (report, RK_IMPORT_NOTE_FLAG_CLOSED_WITH_HOURS, "9920110000003");
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note->detail, "土"));

  /* The impossible hours: named with the hours file and its line. */
  note = find_note (report, RK_IMPORT_NOTE_HOURS_IMPOSSIBLE, "9920110000001");
  g_assert_nonnull (note);
  g_assert_cmpstr (note->file, ==, "02-2_clinic_speciality_hours_20260601.csv");
  g_assert_cmpuint (note->line, ==, 5);
  g_assert_nonnull (strstr (note->detail, "小児科"));
  g_assert_nonnull (strstr (note->detail, "00:00〜00:00"));
  g_assert_nonnull (strstr (note->name, "さくら在宅クリニック"));

  /* The out-of-area facility's hours made no note. */
  g_assert_cmpuint (count_notes (report, RK_IMPORT_NOTE_HOURS_IMPOSSIBLE, "0112060000009"), ==, 0);

  /* The report as renkei-cli prints it. */
  {
    g_autofree char *printed = rk_import_report_format (report, 0);
    g_assert_nonnull (strstr (printed, "Added: 3\n"));
    g_assert_nonnull (strstr (printed, "Skipped: 1\n"));
    g_assert_nonnull (strstr (printed, "“02-1_clinic_facility_info_20260601.csv”, line 4: [Duplicate ID]"));
  }

  /* The search index has the imported rows. */
  {
    g_auto(RkResourceFilter) filter;
    rk_resource_filter_init (&filter);
    filter.text = g_strdup ("さくらざいたく");
    g_assert_cmpint (rk_directory_count (fx->db, &filter, &error), ==, 1);
  }
}

static void
test_iryo_pharmacy_and_hospitals (Fixture       *fx,
                                  gconstpointer  data)
{
  static const Facility hospitals[] = {
    { "9910110000001", "さくら市立病院", "サクラシリツビョウイン", "1", "99", "201",
      "青葉県さくら市本町1-1", "36.11", "139.71", "https://hospital.example.jp/", "1111110", "0",
      NULL, "", "320" },
  };
  static const HoursRow hospital_hours[] = {
    { "9910110000001", "01001", "内科", "1", "11111100", "08:30", "11:30" },
    /* The 救急科's night hours are not outpatient hours. */
    { "9910110000001", "09010", "救急科", "1", "11111111", "17:15", "08:30" },
    /* Unusual, kept and reported. */
    { "9910110000001", "02001", "外科", "1", "00001000", "00:45", "17:15" },
  };
  g_autofree char *hospital = facility_csv (hospitals, 1, TRUE);
  g_autofree char *hhours = hours_csv (hospital_hours, G_N_ELEMENTS (hospital_hours));
  g_autoptr(GString) pharmacy = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GError) error = NULL;
  g_autoptr(RkResourceImport) import = NULL;
  g_autofree char *f1 = NULL;
  g_autofree char *f2 = NULL;
  g_autofree char *f3 = NULL;
  const RkImportReport *report;

  /* 05: 営業日 = 1 means open; four slots a day. */
  {
    const char *head[] = { "ID", "名称", "フリガナ", "ローマ字", "都道府県コード", "市区町村コード",
                           "所在地", "所在地座標（緯度）", "所在地座標（経度）", "薬局のホームページアドレス" };
    for (guint i = 0; i < G_N_ELEMENTS (head); i++)
      add_field (pharmacy, head[i], TRUE);
    for (guint d = 0; d < 8; d++)
      {
        g_autofree char *h = g_strdup_printf ("営業日（%s）", days8[d]);
        add_field (pharmacy, h, TRUE);
      }
    add_field (pharmacy, "その他の閉店日（gw、お盆等）", TRUE);
    for (guint d = 0; d < 8; d++)
      for (guint k = 1; k <= 4; k++)
        for (guint e = 0; e < 2; e++)
          {
            g_autofree char *h = g_strdup_printf ("%s_開店時間帯%u_%s", days8[d], k,
                                                  e == 0 ? "開始時間" : "終了時間");
            add_field (pharmacy, h, TRUE);
          }
    g_string_append (pharmacy, "\r\n");

    add_field (pharmacy, "9950110000001", TRUE);
    add_field (pharmacy, "㈱さくら　さくら中央薬局①", TRUE);
    add_field (pharmacy, "さくらちゅうおうやっきょく", TRUE);
    add_field (pharmacy, "", TRUE);
    add_field (pharmacy, "99", TRUE);
    add_field (pharmacy, "201", TRUE);
    add_field (pharmacy, "青葉県さくら市中央2-2", TRUE);
    add_field (pharmacy, "36.1023456", FALSE);
    add_field (pharmacy, "139.7034567", FALSE);
    add_field (pharmacy, "https://www.bing.com/ck/a?!&&p=abc", TRUE);
    for (guint d = 0; d < 8; d++)
      add_field (pharmacy, d < 5 ? "1" : d == 5 ? "1" : "0", TRUE);
    add_field (pharmacy, "棚卸日", TRUE);
    for (guint d = 0; d < 8; d++)
      for (guint k = 1; k <= 4; k++)
        {
          gboolean on = (d < 5 && k <= 2) || (d == 5 && k == 1) || (d == 3 && k == 3);
          add_field (pharmacy, on ? (k == 1 ? "09:00" : k == 2 ? "14:00" : "19:00") : "", TRUE);
          add_field (pharmacy, on ? (k == 1 ? "13:00" : k == 2 ? "18:00" : "19:00") : "", TRUE);
        }
    g_string_append (pharmacy, "\r\n");
  }

  f1 = write_file (fx, "01-1_hospital_facility_info_20260601.csv", hospital, -1);
  f2 = write_file (fx, "01-2_hospital_speciality_hours_20260601.csv", hhours, -1);
  f3 = write_file (fx, "05_pharmacy_20260601.csv", pharmacy->str, -1);

  import = import_files (fx, FALSE, &error, f1, f2, f3, NULL);
  g_assert_no_error (error);
  report = rk_resource_import_get_report (import);
  g_assert_cmpuint (report->added, ==, 2);

  assert_text (fx, "SELECT kind || '|' || beds || '|' || hours || '|' || specialities"
                   " FROM organization WHERE source = 'iryo:01'",
               "hospital|320|月〜木・土 8:30〜11:30／金 0:45〜17:15|内科、救急科、外科");
  g_assert_nonnull (find_note (report, RK_IMPORT_NOTE_HOURS_UNUSUAL, "9910110000001"));

  /* CP932-only characters in a UTF-8 file; hiragana reading in katakana. */
  assert_text (fx, "SELECT kind || '|' || name || '|' || kana || '|' || closed_days || '|' || url"
                   " FROM organization WHERE source = 'iryo:05'",
               "pharmacy|㈱さくら　さくら中央薬局①|サクラチュウオウヤッキョク|日・祝／棚卸日|"
               "https://www.bing.com/ck/a?!&&p=abc");
  g_assert_nonnull (find_note (report, RK_IMPORT_NOTE_URL_BROKEN, "9950110000001"));
  g_assert_nonnull (find_note (report, RK_IMPORT_NOTE_HOURS_IMPOSSIBLE, "9950110000001"));
  /* 19:00〜19:00 is no span: reported, not in the summary. */
  assert_text (fx, "SELECT hours FROM organization WHERE source = 'iryo:05'",
               "月〜金 9:00〜13:00、14:00〜18:00／土 9:00〜13:00");
}

/*
 * 介護サービス情報公表, in CP932
 */

static void
test_kaigo_cp932 (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkResourceImport) import = NULL;
  g_autoptr(GString) utf8 = g_string_new (kaigo_header);
  g_autofree char *cp932 = NULL;
  g_autofree char *path = NULL;
  gsize length = 0;

  g_string_append (utf8,
                   "992011,9970100001,青葉県,さくら市,髙﨑訪問看護ステーション①,ﾀｶｻｷﾎｳﾓﾝｶﾝｺﾞ,訪問看護,"
                   "さくら市中央3-3,,36.1034567,139.7045678,099-000-1111,099-000-1112,1234567890123,"
                   "㈱たかさき,9970100001,\"平日,土曜日\",緊急時は24時間対応,0,"
                   "info@takasaki.example.jp,,,,\r\n"
                   "993417,9970100002,青葉県,みなと町,みなと訪問看護ステーション,ミナトホウモンカンゴ,"
                   "訪問看護,青葉県みなと町港2-2,,,,099-000-2222,,,みなと福祉会,9970100002,平日,,0,"
                   "https://minato-nurse.example.jp/,,,,\r\n");
  cp932 = g_convert (utf8->str, utf8->len, "CP932", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  path = write_file (fx, "jigyosho_130.csv", cp932, length);

  import = import_files (fx, FALSE, &error, path, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (rk_resource_import_get_report (import)->added, ==, 2);

  /* 髙 﨑 ① ㈱ come through CP932; 住所 gets its prefecture; 定員 0 is
   * "not filled in"; the web-address column holds an e-mail address.
   */
  assert_text (fx, "SELECT kind || '|' || subkind || '|' || name || '|' || kana || '|' || address ||"
                   " '|' || phone || '|' || fax || '|' || corporation || '|' || hours || '|' ||"
                   " coalesce(capacity, 'NULL') || '|' || url || '|' || municipality_code"
                   " FROM organization WHERE source_id = '9970100001'",
               "home_nursing|訪問看護|髙﨑訪問看護ステーション①|タカサキホウモンカンゴ|"
               "青葉県さくら市中央3-3|099-000-1111|099-000-1112|㈱たかさき|"
               "平日,土曜日（緊急時は24時間対応）|NULL|info@takasaki.example.jp|992011");
  assert_text (fx, "SELECT source || '|' || position_note || '|' || coalesce(latitude, 'NULL')"
                   " FROM organization WHERE source_id = '9970100002'",
               "kaigo:130|missing|NULL");
  g_assert_nonnull (find_note (rk_resource_import_get_report (import), RK_IMPORT_NOTE_URL_BROKEN,
                               "9970100001"));
  /* "24時間" in the notes of a 訪問看護 office. */
  assert_text (fx, "SELECT group_concat(c.code) FROM resource_capability AS rc"
                   " JOIN capability AS c ON c.id = rc.capability_id",
               "around_clock");
}

/*
 * WAM NET
 */

static void
test_wam (Fixture       *fx,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkResourceImport) import = NULL;
  g_autoptr(GString) csv = g_string_new ("\xEF\xBB\xBF");
  g_autofree char *path = NULL;

  g_string_append (csv, wam_header);
  /* The first code is the designating authority's: the office is found by
   * its address, 青葉県さくら市.
   */
  g_string_append (csv,
                   "\"99000\",\"1\",\"青葉県\",\"社会福祉法人ひだまり会\",\"ひだまりかい\",\"\",\"青葉県さくら市\","
                   "\"1-1\",\"\",\"\",\"\",\"計画相談支援\",\"ひだまり相談支援センター\","
                   "\"ひだまりそうだんしえんせんたー\",\"9930000001\",\"青葉県さくら市\",\"中央4-4\","
                   "\"099-000-3333\",\"\",\"\",\"0.00000\",\"0.00000\",\"09:00-18:00\",\"\",\"\",\"\","
                   "\"土日祝\",\"\",\"\"\r\n"
                   "\"99000\",\"2\",\"青葉県\",\"社会福祉法人ひだまり会\",\"ひだまりかい\",\"\",\"青葉県やまべ村\","
                   "\"1-1\",\"\",\"\",\"\",\"計画相談支援\",\"やまべ相談室\",\"やまべそうだんしつ\","
                   "\"9930000002\",\"青葉県やまべ村\",\"1\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
                   "\"\",\"\",\"\"\r\n");
  path = write_file (fx, "csvdownload052.csv", csv->str, -1);

  import = import_files (fx, FALSE, &error, path, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (rk_resource_import_get_report (import)->added, ==, 1);
  g_assert_cmpuint (rk_resource_import_get_report (import)->outside, ==, 1);

  assert_text (fx, "SELECT kind || '|' || subkind || '|' || name || '|' || kana || '|' || address ||"
                   " '|' || municipality_code || '|' || hours || '|' || closed_days || '|' ||"
                   " position_note || '|' || source FROM organization",
               "disability_consultation|計画相談支援|ひだまり相談支援センター|"
               "ヒダマリソウダンシエンセンター|青葉県さくら市中央4-4|992011|平日 09:00-18:00|"
               "土日祝|zero|wam:52");
}

/*
 * Re-import
 */

static char *
one_clinic (const char *name,
            const char *address)
{
  Facility f = { "9920110000001", name, "サクラ", "2", "99", "201",
                 address != NULL ? address : "青葉県さくら市1-1", "36.101", "139.701",
                 "", "1111100", "0", NULL, "", "0" };
  Facility g = { "9920110000002", "みなと内科", "ミナトナイカ", "2", "99", "341", "青葉県みなと町1",
                 "36.2012", "139.9012", "", "1111100", "0", NULL, "", "0" };
  Facility both[2] = { f, g };

  return facility_csv (both, address != NULL ? 2 : 1, TRUE);
}

static void
test_reimport (Fixture       *fx,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *v1 = one_clinic ("さくら内科", "青葉県さくら市1-1");
  g_autofree char *path = NULL;
  g_autoptr(RkEntity) minato = NULL;
  g_autoptr(RkOrganization) sakura = NULL;
  RkResourceImport *import;
  const RkImportReport *report;
  gint64 sakura_id;

  path = write_file (fx, "02-1_clinic_facility_info_20260601.csv", v1, -1);
  import = import_files (fx, FALSE, &error, path, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (rk_resource_import_get_report (import)->added, ==, 2);
  rk_resource_import_free (import);
  sakura_id = number (fx, "SELECT id FROM organization WHERE source_id = '9920110000001'");

  /* The coordinator corrects みなと内科's name and adds a phone number, and
   * confirms everything about さくら内科 by phone.
   */
  minato = rk_entity_lookup (fx->db, RK_TYPE_ORGANIZATION,
                             number (fx, "SELECT id FROM organization WHERE source_id = '9920110000002'"),
                             &error);
  rk_entity_update (minato, "Edit", &error, "name", "みなと内科クリニック", "phone", "099-1", NULL);
  g_assert_no_error (error);
  sakura = rk_entity_lookup (fx->db, RK_TYPE_ORGANIZATION, sakura_id, &error);
  rk_directory_confirm (sakura, "2026-07-01", RK_CONFIRM_PHONE, "佐藤", "Confirm", &error);
  g_assert_no_error (error);

  /* A newer snapshot: both renamed and moved. */
  {
    Facility f[2] = {
      { "9920110000001", "さくら内科医院", "サクラ", "2", "99", "201", "青葉県さくら市2-2", "36.101",
        "139.701", "", "1111100", "0", NULL, "", "0" },
      { "9920110000002", "みなと内科（新）", "ミナトナイカ", "2", "99", "341", "青葉県みなと町2",
        "36.2012", "139.9012", "", "1111100", "0", NULL, "", "0" },
    };
    g_autofree char *v2 = facility_csv (f, 2, TRUE);
    g_autofree char *p2 = write_file (fx, "02-1_clinic_facility_info_20261201.csv", v2, -1);

    import = import_files (fx, FALSE, &error, p2, NULL);
    g_assert_no_error (error);
    report = rk_resource_import_get_report (import);
    g_assert_cmpuint (report->added, ==, 0);
    g_assert_cmpuint (report->updated, ==, 1);
    g_assert_cmpuint (report->unchanged, ==, 1);
    g_assert_cmpuint (count_notes (report, RK_IMPORT_NOTE_KEPT_LOCAL, NULL), ==, 2);
    rk_resource_import_free (import);
  }

  /* Confirmed by phone: nothing overwritten. Corrected by hand: the
   * correction stays, the rest follows the open data.
   */
  assert_text (fx, "SELECT name || '|' || address || '|' || confirmed_on || '|' || confirmed_method"
                   " FROM organization WHERE source_id = '9920110000001'",
               "さくら内科|青葉県さくら市1-1|2026-07-01|phone");
  assert_text (fx, "SELECT name || '|' || address || '|' || phone || '|' || source_date || '|' ||"
                   " confirmed_method FROM organization WHERE source_id = '9920110000002'",
               "みなと内科クリニック|青葉県みなと町2|099-1|2026-12-01|open_data");
  g_assert_cmpstr (rk_entity_get_string (minato, "address"), ==, "青葉県みなと町2");

  /* Gone from the next snapshot: closed, not deleted. */
  {
    g_autofree char *v3 = one_clinic ("さくら内科", NULL);
    g_autofree char *p3 = write_file (fx, "02-1_clinic_facility_info_20270601.csv", v3, -1);

    import = import_files (fx, FALSE, &error, p3, NULL);
    g_assert_no_error (error);
    report = rk_resource_import_get_report (import);
    g_assert_cmpuint (report->closed, ==, 1);
    g_assert_nonnull (find_note (report, RK_IMPORT_NOTE_CLOSED, "9920110000002"));
    rk_resource_import_free (import);
    assert_text (fx, "SELECT closed || '|' || closed_on FROM organization"
                     " WHERE source_id = '9920110000002'", "1|2027-06-01");
    g_assert_true (rk_entity_get_boolean (minato, "closed"));
  }

  /* Back again: open. */
  {
    g_autofree char *v4 = one_clinic ("さくら内科", "青葉県さくら市1-1");
    g_autofree char *p4 = write_file (fx, "02-1_clinic_facility_info_20271201.csv", v4, -1);

    import = import_files (fx, FALSE, &error, p4, NULL);
    g_assert_no_error (error);
    g_assert_nonnull (find_note (rk_resource_import_get_report (import), RK_IMPORT_NOTE_REOPENED,
                                 "9920110000002"));
    rk_resource_import_free (import);
    assert_text (fx, "SELECT closed FROM organization WHERE source_id = '9920110000002'", "0");
  }

  /* An import cannot be undone: the history is gone. */
  g_assert_false (rk_database_can_undo (fx->db));
}

/*
 * The area
 */

static void
test_area (Fixture       *fx,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *facility = facility_csv (clinics, G_N_ELEMENTS (clinics), TRUE);
  g_autofree char *path = write_file (fx, "02-1_clinic_facility_info_20260601.csv", facility, -1);
  RkResourceImport *import;
  sqlite3 *conn;

  /* A workspace without municipalities takes everything. */
  import = import_files (fx, FALSE, &error, path, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (rk_resource_import_get_report (import)->added, ==, 4);
  g_assert_nonnull (strstr (rk_resource_import_get_report (import)->area, "everything"));
  rk_resource_import_free (import);

  /* A chosen prefecture; a chosen municipality, given without its check
   * digit.
   */
  import = rk_resource_import_new ();
  rk_resource_import_add_file (import, path);
  rk_resource_import_set_area (import, (const char *[]) { "01", NULL }, NULL);
  conn = rk_database_open_worker (fx->db, NULL);
  g_assert_true (rk_resource_import_run (import, conn, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rk_resource_import_get_report (import)->unchanged, ==, 1);
  g_assert_cmpuint (rk_resource_import_get_report (import)->outside, ==, 4);
  rk_resource_import_free (import);

  import = rk_resource_import_new ();
  rk_resource_import_add_file (import, path);
  rk_resource_import_set_area (import, NULL, (const char *[]) { "99341", NULL });
  g_assert_true (rk_resource_import_run (import, conn, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rk_resource_import_get_report (import)->unchanged, ==, 2);
  g_assert_cmpuint (rk_resource_import_get_report (import)->closed, ==, 0);
  rk_resource_import_free (import);
  sqlite3_close (conn);
}

/*
 * Malformed files: a clear error, and the workspace as it was
 */

static void
assert_refused (Fixture     *fx,
                const char  *name,
                const char  *contents,
                gssize       length,
                GQuark       domain,
                int          code,
                const char  *expect_in_message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_file (fx, name, contents, length);
  g_autofree char *before = rk_test_dump_table (rk_database_get_handle (fx->db), "organization");
  g_autofree char *after = NULL;
  g_autoptr(RkResourceImport) import = NULL;

  import = import_files (fx, TRUE, &error, path, NULL);
  g_assert_error (error, domain, code);
  g_test_message ("%s: %s", name, error->message);
  g_assert_nonnull (strstr (error->message, name));
  if (expect_in_message != NULL)
    g_assert_nonnull (strstr (error->message, expect_in_message));

  after = rk_test_dump_table (rk_database_get_handle (fx->db), "organization");
  g_assert_cmpstr (after, ==, before);
  g_unlink (path);
}

static void
test_malformed (Fixture       *fx,
                gconstpointer  data)
{
  g_autofree char *good = facility_csv (clinics, 2, TRUE);
  g_autofree char *good_path = write_file (fx, "02-1_clinic_facility_info_20260601.csv", good, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkResourceImport) first = import_files (fx, TRUE, &error, good_path, NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (number (fx, "SELECT count(*) FROM organization"), ==, 2);

  /* Cut off inside a quoted field. */
  {
    g_autofree char *cut = g_strndup (good, strstr (good, "さくら会") - good);
    assert_refused (fx, "02-1_cut.csv", cut, -1, RK_CSV_ERROR, RK_CSV_ERROR_UNTERMINATED_QUOTE,
                    "line 2");
  }

  /* A record with too few fields, and one with too many. */
  {
    g_autoptr(GString) s = g_string_new (good);
    g_string_append (s, "\"9920110000009\",\"短い\",\"ミジカイ\"\r\n");
    assert_refused (fx, "02-1_short.csv", s->str, -1, RK_IMPORT_ERROR, RK_IMPORT_ERROR_FIELD_COUNT,
                    "line 4");
  }
  {
    g_autoptr(GString) s = g_string_new (good);
    /* The second record with two more fields at its end. */
    char *second_end = strstr (strstr (good, "\r\n") + 2, "\r\n");
    second_end = strstr (second_end + 2, "\r\n");
    g_string_insert (s, second_end - good, ",\"x\",\"y\"");
    assert_refused (fx, "02-1_long.csv", s->str, -1, RK_IMPORT_ERROR, RK_IMPORT_ERROR_FIELD_COUNT,
                    "line 3");
  }

  /* Bytes that are neither UTF-8 nor CP932, after a valid start. */
  {
    g_autoptr(GString) s = g_string_new (good);
    g_string_append (s, "\"99201\xff\xff\",\"x\"\r\n");
    assert_refused (fx, "02-1_bytes.csv", s->str, -1, RK_CSV_ERROR, RK_CSV_ERROR_ENCODING, "line");
  }

  /* A ZIP archive renamed .csv: the open data comes zipped. */
  assert_refused (fx, "02-1_zip.csv", "PK\x03\x04\x14\x00\x00\x00\x08\x00rest of a zip", 22,
                  RK_CSV_ERROR, RK_CSV_ERROR_ARCHIVE, NULL);

  /* Empty, and nothing but the header. */
  assert_refused (fx, "02-1_empty.csv", "", 0, RK_CSV_ERROR, RK_CSV_ERROR_EMPTY, NULL);
  {
    g_autofree char *header = g_strndup (good, strstr (good, "\r\n") + 2 - good);
    assert_refused (fx, "02-1_header.csv", header, -1, RK_IMPORT_ERROR, RK_IMPORT_ERROR_NO_RECORDS,
                    NULL);
  }

  /* Renamed headers: the missing columns are named. */
  {
    g_autoptr(GString) s = g_string_new (good);
    g_string_replace (s, "所在地座標（緯度）", "緯度", 1);
    assert_refused (fx, "02-1_renamed.csv", s->str, -1, RK_IMPORT_ERROR,
                    RK_IMPORT_ERROR_MISSING_COLUMNS, "所在地座標（緯度）");
  }

  /* Not open data at all. */
  assert_refused (fx, "members.csv", "名前,電話\r\n佐藤,099\r\n", -1, RK_IMPORT_ERROR,
                  RK_IMPORT_ERROR_UNKNOWN_LAYOUT, "line 1");

  /* An hours file on its own. */
  {
    g_autofree char *hours = hours_csv (clinic_hours, 2);
    assert_refused (fx, "02-2_alone.csv", hours, -1, RK_IMPORT_ERROR,
                    RK_IMPORT_ERROR_MISSING_FACILITIES, "02-1");
  }

  /* 助産所: recognised, and declined. */
  {
    g_autoptr(GString) s = g_string_new (good);
    g_string_replace (s, "休診", "休業", 0);
    assert_refused (fx, "04_maternity_home_20260601.csv", s->str, -1, RK_IMPORT_ERROR,
                    RK_IMPORT_ERROR_NOT_DIRECTORY, "助産所");
  }

  /* A bad file among good ones: nothing at all is written. */
  {
    g_autoptr(GError) local = NULL;
    g_autofree char *before = rk_test_dump_table (rk_database_get_handle (fx->db), "organization");
    g_autofree char *bad = write_file (fx, "02-1_bad.csv", "\"ID\"\r\n\"x", -1);
    g_autofree char *after = NULL;
    g_autoptr(RkResourceImport) import = import_files (fx, TRUE, &local, good_path, bad, NULL);

    g_assert_nonnull (local);
    after = rk_test_dump_table (rk_database_get_handle (fx->db), "organization");
    g_assert_cmpstr (after, ==, before);
  }
}

/*
 * Cancel, and the worker thread
 */

static void
test_cancel (Fixture       *fx,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(RkResourceImport) import = rk_resource_import_new ();
  g_autofree char *facility = facility_csv (clinics, G_N_ELEMENTS (clinics), TRUE);
  g_autofree char *path = write_file (fx, "02-1_clinic_facility_info_20260601.csv", facility, -1);
  sqlite3 *conn = rk_database_open_worker (fx->db, NULL);

  rk_resource_import_add_file (import, path);
  g_cancellable_cancel (cancellable);
  g_assert_false (rk_resource_import_run (import, conn, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (number (fx, "SELECT count(*) FROM organization"), ==, 0);
  sqlite3_close (conn);
}

typedef struct
{
  GMainLoop *loop;
  RkResourceImport *import;
  guint n_progress;
  double last;
  gboolean ok;
  GError *error;
} AsyncData;

static void
progress_cb (double      fraction,
             const char *what,
             gpointer    user_data)
{
  AsyncData *data = user_data;

  g_assert_cmpfloat (fraction, >=, data->last);
  data->last = fraction;
  data->n_progress++;
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  AsyncData *data = user_data;

  data->ok = rk_resource_import_run_finish (data->import, result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
test_async (Fixture       *fx,
            gconstpointer  data)
{
  g_autoptr(RkResourceImport) import = rk_resource_import_new ();
  g_autoptr(RkQueryModel) model = rk_query_model_new (fx->db, RK_TYPE_ORGANIZATION,
                                                      "SELECT id FROM organization ORDER BY id");
  g_autofree char *facility = facility_csv (clinics, G_N_ELEMENTS (clinics), TRUE);
  g_autofree char *hours = hours_csv (clinic_hours, G_N_ELEMENTS (clinic_hours));
  g_autofree char *f1 = write_file (fx, "02-1_clinic_facility_info_20260601.csv", facility, -1);
  g_autofree char *f2 = write_file (fx, "02-2_clinic_speciality_hours_20260601.csv", hours, -1);
  AsyncData async = { g_main_loop_new (NULL, FALSE), import, 0, -1.0, FALSE, NULL };

  rk_resource_import_add_file (import, f1);
  rk_resource_import_add_file (import, f2);
  rk_resource_import_run_async (import, fx->db, NULL, progress_cb, &async, done_cb, &async);
  g_main_loop_run (async.loop);
  /* Let the task go (it holds the workspace until then). */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_no_error (async.error);
  g_assert_true (async.ok);
  g_assert_cmpuint (async.n_progress, >, 0);
  g_assert_cmpfloat (async.last, ==, 1.0);
  /* The model heard of the worker's rows. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  g_main_loop_unref (async.loop);
}

/*
 * The generator's files, with its faults
 */

static void
test_generated (Fixture       *fx,
                gconstpointer  data)
{
  const char *generator = g_test_get_filename (G_TEST_DIST, "io", "gen-opendata.py", NULL);
  g_autofree char *out = g_build_filename (fx->dir, "gen", NULL);
  g_autofree char *manifest_path = g_build_filename (out, "manifest.json", NULL);
  g_autofree char *manifest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *argv[] = { "/usr/bin/python3", generator, out, "--quirks", "--seed", "11",
                         "--area-share", "1.0", NULL };
  RkResourceImport *import;
  const RkImportReport *report;
  const char *name;
  int status;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("/usr/bin/python3 is needed for the generator");
      return;
    }

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  g_file_get_contents (manifest_path, &manifest, NULL, &error);
  g_assert_no_error (error);

  dir = g_dir_open (out, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".csv"))
      g_ptr_array_add (files, g_build_filename (out, name, NULL));
  g_assert_cmpuint (files->len, ==, 10);

  import = rk_resource_import_new ();
  for (guint i = 0; i < files->len; i++)
    rk_resource_import_add_file (import, g_ptr_array_index (files, i));
  {
    sqlite3 *conn = rk_database_open_worker (fx->db, NULL);
    g_assert_true (rk_resource_import_run (import, conn, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    sqlite3_close (conn);
  }
  report = rk_resource_import_get_report (import);

  /* Every record of the area came in (--area-share 1: all of them), but
   * the duplicates; the counts of each fault agree with what the
   * generator injected, read from its manifest.
   */
  {
    g_autoptr(GKeyFile) unused = NULL;
    guint64 rows = 0, dups = 0, zero = 0, empty = 0, stand_in = 0, bad_hours = 0;
    const char *p = manifest;

    /* A small reader for the manifest's numbers: "key": n. */
#define SUM(key, var) \
    for (p = strstr (manifest, "\"" key "\": "); p != NULL; p = strstr (p + 1, "\"" key "\": ")) \
      var += g_ascii_strtoull (p + strlen ("\"" key "\": "), NULL, 10);
    SUM ("duplicate_id", dups);
    SUM ("zero_coords", zero);
    SUM ("empty_coords", empty);
    SUM ("placeholder_coords", stand_in);
    SUM ("hours_0000", bad_hours);
    SUM ("hours_reversed", bad_hours);
#undef SUM
    for (guint i = 0; i < report->files->len; i++)
      {
        const RkImportFileSummary *f = g_ptr_array_index (report->files, i);
        if (f->layout != RK_IMPORT_LAYOUT_IRYO_HOURS)
          rows += f->records;
      }

    g_assert_cmpuint (report->outside, ==, 0);
    g_assert_cmpuint (report->skipped, ==, dups);
    g_assert_cmpuint (report->added, ==, rows - dups);
    g_assert_cmpuint (report->note_counts[RK_IMPORT_NOTE_DUPLICATE_ID], ==, dups);
    /* A duplicate row may have carried a fault of its own. */
    g_assert_cmpuint (report->note_counts[RK_IMPORT_NOTE_POSITION_ZERO], <=, zero);
    g_assert_cmpuint (report->note_counts[RK_IMPORT_NOTE_POSITION_ZERO] + dups, >=, zero);
    g_assert_cmpuint (report->note_counts[RK_IMPORT_NOTE_POSITION_MISSING], <=, empty);
    g_assert_cmpuint (report->note_counts[RK_IMPORT_NOTE_POSITION_MISSING] + dups, >=, empty);
    g_assert_cmpuint (report->note_counts[RK_IMPORT_NOTE_POSITION_PLACEHOLDER], >=, stand_in - dups);
    g_assert_cmpuint (report->note_counts[RK_IMPORT_NOTE_HOURS_IMPOSSIBLE], >=, 1);
    g_assert_cmpuint (report->note_counts[RK_IMPORT_NOTE_HOURS_IMPOSSIBLE], <=, bad_hours);
    g_assert_cmpuint (number (fx, "SELECT count(*) FROM organization"), ==, rows - dups);
    g_assert_cmpuint (number (fx, "SELECT count(*) FROM organization WHERE latitude IS NULL"),
                      ==, report->position_unknown);
    (void) unused;
  }

  rk_resource_import_free (import);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func, area) \
  g_test_add (path, Fixture, GINT_TO_POINTER (area), fixture_set_up, func, fixture_tear_down)

  ADD ("/io/resource-import/iryo-clinics", test_iryo_clinics, TRUE);
  ADD ("/io/resource-import/iryo-hospital-and-pharmacy", test_iryo_pharmacy_and_hospitals, TRUE);
  ADD ("/io/resource-import/kaigo-cp932", test_kaigo_cp932, TRUE);
  ADD ("/io/resource-import/wam", test_wam, TRUE);
  ADD ("/io/resource-import/reimport", test_reimport, TRUE);
  ADD ("/io/resource-import/area", test_area, FALSE);
  ADD ("/io/resource-import/malformed", test_malformed, FALSE);
  ADD ("/io/resource-import/cancel", test_cancel, FALSE);
  ADD ("/io/resource-import/async", test_async, TRUE);
  ADD ("/io/resource-import/generated", test_generated, FALSE);

#undef ADD

  return g_test_run ();
}
