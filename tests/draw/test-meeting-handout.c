/* test-meeting-handout.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "rk-agenda-item.h"
#include "rk-meeting.h"
#include "rk-meeting-handout.h"
#include "rk-report-private.h"
#include "rk-sample.h"

/* The meeting handout, read back from the PDF as a reader would: the
 * sample's second 二次連携 meeting shows its agenda, participants and open
 * issues in Japanese; a 60-item agenda runs over several pages with its
 * column headings on each and nothing cut off.
 */

static char *tmp_dir;

static char *
run (const char *const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  return g_steal_pointer (&out);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* pdftotext -layout puts spaces where columns meet: compare without them. */
static char *
packed (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

static gboolean
have_poppler (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("poppler-utils is not installed");
  return path != NULL;
}

static RkMeeting *
meeting_titled (RkDatabase *db,
                const char *title)
{
  g_autoptr(GArray) ids = rk_meetings_list (db, 0, NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      RkMeeting *m = rk_entity_lookup (db, RK_TYPE_MEETING, g_array_index (ids, gint64, i), NULL);

      if (g_strcmp0 (rk_entity_get_string (RK_ENTITY (m), "title"), title) == 0)
        return m;
      g_object_unref (m);
    }
  g_assert_not_reached ();
}

static void
assert_ink_inside (RkReport *report)
{
  RkReportRect content;

  _rk_report_get_body (report, NULL, &content);
  for (guint page = 0; page < rk_report_get_n_pages (report); page++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, w, h;

      cairo_scale (cr, 16, 16);
      rk_report_draw_page (report, cr, page);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      cairo_surface_destroy (surface);
      x /= 16, y /= 16, w /= 16, h /= 16;

      g_assert_cmpfloat (x, >=, content.x - 1.0 / 16);
      g_assert_cmpfloat (y, >=, content.y - 1.0 / 16);
      g_assert_cmpfloat (x + w, <=, content.x + content.width + 1.0 / 16);
      g_assert_cmpfloat (y + h, <=, content.y + content.height + 1.0 / 16);
    }
}

static void
test_sample_handout (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ws = g_build_filename (tmp_dir, "sample.renkei", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "第2回.pdf", NULL);
  g_autoptr(RkDatabase) db = rk_sample_create (ws, &error);
  g_autoptr(RkMeeting) meeting = NULL;
  g_autoptr(RkReport) report = NULL;
  g_autofree char *all = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *info = NULL;
  static const char *expected[] = {
    /* the header */
    "さくら在宅医療連携拠点", "第2回在宅医療・介護連携会議（二次連携）", "2026年10月21日（水）",
    "14:00〜16:00", "さくら市医師会館大会議室・オンライン併用", "在宅医療・介護連携推進事業",
    /* the agenda in three steps, led by what is carried over */
    "議題", "前回からの継続", "1.現状把握", "2.課題整理", "3.対応策の検討",
    "災害時の在宅療養者の把握状況", "災害時の情報共有の仕組みづくり", "急変時の対応、災害時",
    /* minutes and decisions */
    "議事の記録と決定事項", "保健所・消防・市町村で検討",
    /* the open issues with their countermeasures, owners and status */
    "未解決の課題と対応策", "課題1：休日・夜間の往診", "さくら薬剤師会",
    "課題5：災害時に人工呼吸器使用者の情報を関係機関で共有する仕組みがない", "青葉県さくら保健所",
    /* the actions carried over, overdue ones marked */
    "前回からの継続の対応策", "24時間対応可能な薬局の一覧を作成し", "実施中（期限超過）",
    /* the participants by category */
    "参加者", "出席15名（案内16名）", "都道府県", "市町村", "保健所", "消防", "医療の団体", "医療機関等",
    "介護・障害福祉", "その他", "一般社団法人さくら市医師会", "さくら訪問看護ステーション", "欠席",
    /* room for notes */
    "メモ",
  };

  g_assert_no_error (error);
  meeting = meeting_titled (db, "第2回 在宅医療・介護連携会議（二次連携）");
  report = rk_meeting_handout_new (meeting, &error);
  g_assert_no_error (error);
  g_assert_true (rk_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  assert_ink_inside (report);

  if (!have_poppler ())
    return;

  info = run ((const char *const[]) { "pdfinfo", pdf, NULL });
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
  all = run ((const char *const[]) { "pdftotext", "-layout", pdf, "-", NULL });
  flat = packed (all);
  {
    g_autoptr(GString) missing = g_string_new (NULL);

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autofree char *want = packed (expected[i]);

        if (strstr (flat, want) == NULL)
          g_string_append_printf (missing, " “%s”", expected[i]);
      }
    if (missing->len > 0)
      {
        g_test_message ("%s", all);
        g_error ("the handout lacks%s", missing->str);
      }
  }

  /* The issue resolved before the plenary is not carried to it. */
  {
    g_autoptr(RkMeeting) plenary = meeting_titled (db, "令和8年度 在宅医療・介護連携推進協議会（全体会議）");
    g_autoptr(RkReport) later = rk_meeting_handout_new (plenary, &error);
    g_autofree char *path = g_build_filename (tmp_dir, "全体会議.pdf", NULL);
    g_autofree char *text = NULL;
    g_autofree char *text_flat = NULL;

    g_assert_true (rk_report_write_pdf (later, path, &error));
    text = run ((const char *const[]) { "pdftotext", "-layout", path, "-", NULL });
    text_flat = packed (text);
    g_assert_nonnull (strstr (text_flat, "課題5：災害時に人工呼吸器使用者"));
    g_assert_null (strstr (text_flat, "訪問歯科診療の利用が少ない"));
    g_assert_nonnull (strstr (text_flat, "案内15名"));
  }
}

/* Every page the agenda table is on starts it with its column titles, and
 * each of its rows is placed whole on one page (or in slices that follow
 * each other): nothing is cut at a page end.
 */
static void
test_long_agenda (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ws = g_build_filename (tmp_dir, "long.renkei", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "60.pdf", NULL);
  g_autoptr(RkDatabase) db = rk_database_create (ws, &error);
  g_autoptr(RkMeeting) meeting = NULL;
  g_autoptr(RkReport) report = NULL;
  g_autofree char *all = NULL;
  g_autofree char *flat = NULL;
  static const char *steps[] = { "situation", "issues", "measures" };
  guint n_pages, agenda_pages = 0;

  g_assert_no_error (error);
  meeting = rk_meeting_new (db, "plenary", "2026-06-01", "議題の多い全体会議", &error);
  g_assert_no_error (error);
  for (guint i = 1; i <= 60; i++)
    {
      /* Every fifth item wraps over several lines, ending in a marker. */
      g_autofree char *title = g_strdup_printf ("議題%03u%s終%03u", i,
                                                i % 5 == 0 ? "：在宅医療における24時間対応の提供体制が"
                                                             "構築できていない圏域内の地域について、"
                                                             "医師会・薬剤師会・訪問看護と検討する"
                                                           : "：",
                                                i);

      g_assert_cmpint (rk_meeting_add_agenda_item (meeting, steps[(i - 1) / 20], title,
                                                   RK_FUNCTION_EMERGENCY, &error), >, 0);
      g_assert_no_error (error);
    }

  report = rk_meeting_handout_new (meeting, &error);
  g_assert_no_error (error);
  g_assert_true (rk_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  n_pages = rk_report_get_n_pages (report);
  g_assert_cmpuint (n_pages, >=, 3);
  assert_ink_inside (report);

  /* In the layout: the table's continuation pages begin with its heading. */
  for (guint page = 0; page < n_pages; page++)
    {
      const RkReportItem *items;
      guint n_items;
      gboolean has_rows = FALSE;
      gboolean heading_first = FALSE;

      items = _rk_report_get_items (report, page, &n_items);
      for (guint i = 0; i < n_items; i++)
        {
          if (items[i].kind == RK_ITEM_TABLE_HEAD && !has_rows)
            heading_first = TRUE;
          if (items[i].kind == RK_ITEM_ROW || items[i].kind == RK_ITEM_GROUP_ROW)
            has_rows = TRUE;
        }
      if (has_rows)
        {
          g_assert_true (heading_first);
          agenda_pages++;
        }
    }
  g_assert_cmpuint (agenda_pages, >=, 2);

  if (!have_poppler ())
    return;

  /* In the PDF: every item whole, once; headings on each page it is on. */
  all = run ((const char *const[]) { "pdftotext", "-layout", pdf, "-", NULL });
  flat = packed (all);
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *start = g_strdup_printf ("議題%03u", i);
      g_autofree char *end = g_strdup_printf ("終%03u", i);

      g_assert_cmpuint (count (flat, start), ==, 1);
      g_assert_cmpuint (count (flat, end), ==, 1);
    }

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *first = g_strdup_printf ("%u", page);
      g_autofree char *text = run ((const char *const[]) {
        "pdftotext", "-layout", "-f", first, "-l", first, pdf, "-", NULL });
      g_autofree char *page_flat = packed (text);
      g_autofree char *number = g_strdup_printf ("%u/%u", page, n_pages);

      g_assert_nonnull (strstr (page_flat, number));
      g_assert_nonnull (strstr (page_flat, "議題の多い全体会議"));   /* the footer */
      g_assert_nonnull (strstr (page_flat, "会議資料"));             /* the header */
      if (strstr (page_flat, "議題0") != NULL)
        g_assert_cmpuint (count (page_flat, "機能区分"), ==, 1);
    }

  if (g_getenv ("RK_TEST_KEEP") != NULL)
    g_test_message ("kept %s", pdf);
}

int
main (int   argc,
      char *argv[])
{
  const char *build = g_getenv ("RK_BUILD_ROOT");
  g_autofree char *localedir = NULL;
  int status;

  /* The handout in Japanese, as its users read it. */
  g_setenv ("LANGUAGE", "", TRUE);
  setlocale (LC_ALL, "ja_JP.UTF-8");
  localedir = build != NULL ? g_build_filename (build, "po", NULL) : g_strdup (LOCALEDIR);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* Without them the handout is in English, and this test has no point. */
  if (g_strcmp0 (_("Agenda"), "議題") != 0)
    g_error ("The ja_JP.UTF-8 locale or the compiled Japanese catalogue in %s is missing",
             localedir);

  tmp_dir = g_dir_make_tmp ("rk-handout-XXXXXX", NULL);
  g_test_add_func ("/draw/meeting-handout/sample", test_sample_handout);
  g_test_add_func ("/draw/meeting-handout/long-agenda", test_long_agenda);
  status = g_test_run ();

  if (g_getenv ("RK_TEST_KEEP") == NULL)
    {
      g_autoptr(GDir) d = g_dir_open (tmp_dir, 0, NULL);
      const char *name;

      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
          g_unlink (path);
        }
      g_rmdir (tmp_dir);
    }
  g_free (tmp_dir);
  return status;
}
