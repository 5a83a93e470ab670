/* test-xlsx.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rk-xlsx-private.h"

static char *tmp_dir;

static const char *const municipalities[] = {
  "札幌市", "函館市", "小樽市", "旭川市", "室蘭市", "釧路市", "帯広市", "北見市", "夕張市", "岩見沢市",
  "網走市", "留萌市", "苫小牧市", "稚内市", "美唄市", "芦別市", "江別市", "赤平市", "紋別市", "士別市",
  "名寄市", "三笠市", "根室市", "千歳市", "滝川市", "砂川市", "歌志内市", "深川市", "富良野市", "登別市",
  "恵庭市", "伊達市", "北広島市", "石狩市", "北斗市", "当別町", "新篠津村", "松前町", "福島町", "知内町",
  "木古内町", "七飯町", "鹿部町", "森町", "八雲町", "長万部町", "江差町", "上ノ国町", "厚沢部町", "乙部町",
  "奥尻町", "今金町", "せたな町", "島牧村", "寿都町", "黒松内町", "蘭越町", "ニセコ町", "真狩村", "留寿都村",
  NULL
};

/* A new directory per test, so that "nothing else is left" can be checked. */
static char *
make_dir (const char *name)
{
  char *dir = g_build_filename (tmp_dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char **) a, *(char **) b);
}

static GStrv
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

static void
assert_dir_holds (const char *dir,
                  const char *const *expected)
{
  g_auto(GStrv) names = list_dir (dir);
  g_autofree char *got = g_strjoinv (" ", names);
  g_autofree char *want = g_strjoinv (" ", (GStrv) expected);

  g_assert_cmpstr (got, ==, want);
}

static void
assert_file_contents (const char *path,
                      const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

/* The workbook that check-xlsx.py reads back. */
static void
write_sample (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkXlsxBook) book = rk_xlsx_book_new (path, RK_XLSX_BOOK_DEFAULT, &error);
  g_autofree char *long_header = g_strnfill (300, 'x');
  static const char *const headings[] = {
    "ID", "名称", "開設日", "病床数", "在宅対応率", "訪問診療", "市町村", "更新日時", NULL
  };
  static const char *const choices[] = { "可", "不可", "要相談", NULL };
  RkXlsxSheet *s1, *s2, *s3;
  RkXlsxPageSetup setup = {
    .landscape = TRUE,
    .heading_row = 2,
    .n_heading_rows = 1,
    .autofilter = TRUE,
    .header_left = "R&D 連携拠点",
    .header_center = "在宅医療資源一覧",
    .header_right = "2026年6月1日",
    .footer_left = "個人情報　取扱注意",
  };

  g_assert_no_error (error);
  rk_xlsx_book_set_properties (book, "在宅医療資源一覧", "札幌市在宅医療連携拠点", NULL);

  s1 = rk_xlsx_book_add_sheet (book, "資源一覧: 医療/介護", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_xlsx_sheet_get_name (s1), ==, "資源一覧： 医療／介護");
  g_assert_true (rk_xlsx_sheet_merge (s1, 0, 0, 0, 7, "在宅医療資源一覧", RK_XLSX_STYLE_TITLE, &error));
  g_assert_true (rk_xlsx_sheet_write_row (s1, 2, headings, RK_XLSX_STYLE_HEADING, &error));

  g_assert_true (rk_xlsx_sheet_write_text (s1, 3, 0, "0100000000001", RK_XLSX_STYLE_TEXT, &error));
  g_assert_true (rk_xlsx_sheet_write_text (s1, 3, 1, "医療法人社団　髙﨑会\n在宅医療クリニック",
                                           RK_XLSX_STYLE_TEXT, &error));
  g_assert_true (rk_xlsx_sheet_write_date (s1, 3, 2, "2026-06-01", RK_XLSX_STYLE_DATE, &error));
  g_assert_true (rk_xlsx_sheet_write_number (s1, 3, 3, 120, RK_XLSX_STYLE_INTEGER, &error));
  g_assert_true (rk_xlsx_sheet_write_number (s1, 3, 4, 0.25, RK_XLSX_STYLE_PERCENT, &error));
  g_assert_true (rk_xlsx_sheet_write_text (s1, 3, 5, "可", RK_XLSX_STYLE_INPUT, &error));
  g_assert_true (rk_xlsx_sheet_write_text (s1, 3, 6, "札幌市", RK_XLSX_STYLE_TEXT, &error));
  g_assert_true (rk_xlsx_sheet_write_date (s1, 3, 7, "2026-06-01T14:30",
                                           RK_XLSX_STYLE_DATETIME, &error));

  g_assert_true (rk_xlsx_sheet_write_text (s1, 4, 0, "0100000000002", RK_XLSX_STYLE_TEXT, &error));
  g_assert_true (rk_xlsx_sheet_write_text (s1, 4, 1, NULL, RK_XLSX_STYLE_TEXT, &error));
  g_assert_true (rk_xlsx_sheet_write_date (s1, 4, 2, "令和8年6月", RK_XLSX_STYLE_DATE, &error));
  g_assert_true (rk_xlsx_sheet_write_number (s1, 4, 3, 1234567, RK_XLSX_STYLE_INTEGER, &error));
  g_assert_true (rk_xlsx_sheet_write_date (s1, 4, 2 + 5, "", RK_XLSX_STYLE_DATETIME, &error));
  g_assert_true (rk_xlsx_sheet_write_blank (s1, 4, 5, RK_XLSX_STYLE_INPUT, &error));
  g_assert_no_error (error);

  g_assert_true (rk_xlsx_sheet_add_list_validation (s1, 3, 20, 5, choices, &error));
  g_assert_true (rk_xlsx_sheet_add_list_validation (s1, 3, 20, 6,
                                                    (const char * const *) municipalities,
                                                    &error));
  g_assert_true (rk_xlsx_sheet_set_page_setup (s1, &setup, &error));
  g_assert_no_error (error);

  /* The same name again, and one that is too long. */
  s2 = rk_xlsx_book_add_sheet (book, "資源一覧: 医療/介護", &error);
  g_assert_cmpstr (rk_xlsx_sheet_get_name (s2), ==, "資源一覧： 医療／介護 (2)");
  s3 = rk_xlsx_book_add_sheet (book, "会議・出席者一覧（令和8年度第1回在宅医療介護連携推進会議・追加分）", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_utf8_strlen (rk_xlsx_sheet_get_name (s3), -1), ==, 31);
  g_assert_true (rk_xlsx_sheet_write_text (s3, 0, 0, "出席者", RK_XLSX_STYLE_HEADING, &error));
  g_assert_true (rk_xlsx_sheet_write_number (s3, 1, 0, 3.14159, RK_XLSX_STYLE_DECIMAL, &error));
  setup = (RkXlsxPageSetup) { .header_center = long_header, .footer_right = "p&q" };
  g_assert_true (rk_xlsx_sheet_set_page_setup (s3, &setup, &error));
  g_assert_no_error (error);

  g_assert_true (rk_xlsx_book_close (g_steal_pointer (&book), &error));
  g_assert_no_error (error);
}

static void
test_readback (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *script = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (g_test_subprocess ())
    {
      write_sample (g_getenv ("RK_TEST_XLSX_OUT"));
      return;
    }

  dir = make_dir ("readback");
  path = g_build_filename (dir, "資源一覧.xlsx", NULL);
  g_setenv ("RK_TEST_XLSX_OUT", path, TRUE);

  /* libxlsxwriter reports misuse only as "[WARNING]" lines on stderr. */
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
  assert_dir_holds (dir, (const char *const[]) { "資源一覧.xlsx", NULL });

  script = g_test_build_filename (G_TEST_DIST, "io", "check-xlsx.py", NULL);
  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no /usr/bin/python3");
      return;
    }
  g_spawn_sync (NULL, (char *[]) { (char *) "/usr/bin/python3", script, path, NULL }, NULL,
                G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("check-xlsx.py: %s%s", out, err);
  if (g_spawn_check_wait_status (status, NULL) == FALSE && WIFEXITED (status) &&
      WEXITSTATUS (status) == 77)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return;
    }
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
}

/* workbook_close() fails (the temporary name is taken by a directory): the
 * old target stays, and libxlsxwriter leaves nothing behind.
 */
static void
test_close_failure (void)
{
  g_autofree char *dir = make_dir ("close-failure");
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autofree char *tmp = NULL;
  g_autofree char *tmp_name = NULL;
  g_autoptr(GError) error = NULL;
  RkXlsxBook *book;
  RkXlsxSheet *sheet;

  g_file_set_contents (path, "old", -1, NULL);
  book = rk_xlsx_book_new (path, RK_XLSX_BOOK_DEFAULT, &error);
  g_assert_no_error (error);
  sheet = rk_xlsx_book_add_sheet (book, "一覧", &error);
  g_assert_true (rk_xlsx_sheet_write_text (sheet, 0, 0, "在宅医療", RK_XLSX_STYLE_TEXT, &error));

  tmp = g_strdup (_rk_xlsx_book_get_temp_path (book));
  tmp_name = g_path_get_basename (tmp);
  g_assert_true (g_str_has_prefix (tmp_name, ".out.xlsx."));
  g_assert_cmpint (g_unlink (tmp), ==, 0);
  g_assert_cmpint (g_mkdir (tmp, 0700), ==, 0);

  g_assert_false (rk_xlsx_book_close (book, &error));
  g_assert_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "out.xlsx"));
  assert_file_contents (path, "old");
  g_assert_cmpint (g_rmdir (tmp), ==, 0);
  assert_dir_holds (dir, (const char *const[]) { "out.xlsx", NULL });
}

/* An error from a helper (rows out of order in constant-memory mode) is
 * reported with sheet, row and column, and the book is then never
 * published.
 */
static void
test_earlier_error (void)
{
  g_autofree char *dir = make_dir ("earlier-error");
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  RkXlsxBook *book;
  RkXlsxSheet *sheet;

  g_file_set_contents (path, "old", -1, NULL);
  book = rk_xlsx_book_new (path, RK_XLSX_BOOK_CONSTANT_MEMORY, &error);
  sheet = rk_xlsx_book_add_sheet (book, "名簿", &error);
  g_assert_true (rk_xlsx_sheet_write_text (sheet, 5, 0, "a", RK_XLSX_STYLE_TEXT, &error));
  g_assert_false (rk_xlsx_sheet_write_text (sheet, 2, 1, "b", RK_XLSX_STYLE_TEXT, &error));
  g_assert_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "名簿"));
  g_assert_nonnull (strstr (error->message, "B3"));
  g_assert_nonnull (strstr (error->message, "row 3"));
  g_assert_nonnull (strstr (error->message, "column 2"));
  g_clear_error (&error);

  g_assert_false (rk_xlsx_sheet_merge (sheet, 6, 0, 6, 3, "x", RK_XLSX_STYLE_TITLE, &error));
  g_assert_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);

  g_assert_false (rk_xlsx_book_close (book, &error));
  g_assert_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_FAILED);
  assert_file_contents (path, "old");
  assert_dir_holds (dir, (const char *const[]) { "out.xlsx", NULL });
}

static void
test_lock_files (void)
{
  g_autofree char *dir = make_dir ("lock");
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autofree char *lo_lock = g_build_filename (dir, ".~lock.out.xlsx#", NULL);
  g_autofree char *ms_lock = g_build_filename (dir, "~$out.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  RkXlsxBook *book;

  g_file_set_contents (path, "old", -1, NULL);

  /* LibreOffice has it open: refused before anything is written. */
  g_file_set_contents (lo_lock, ",user,host,01.06.2026 10:00,file:///home/user/.config/lo;",
                       -1, NULL);
  g_assert_null (rk_xlsx_book_new (path, RK_XLSX_BOOK_DEFAULT, &error));
  g_assert_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "open in another program"));
  g_assert_nonnull (strstr (error->message, ".~lock.out.xlsx#"));
  g_clear_error (&error);
  assert_dir_holds (dir, (const char *const[]) { ".~lock.out.xlsx#", "out.xlsx", NULL });
  g_unlink (lo_lock);

  /* Excel opens it while the export runs: refused at the end. */
  book = rk_xlsx_book_new (path, RK_XLSX_BOOK_DEFAULT, &error);
  g_assert_no_error (error);
  rk_xlsx_book_add_sheet (book, NULL, &error);
  g_file_set_contents (ms_lock, "owner", -1, NULL);
  g_assert_false (rk_xlsx_book_close (book, &error));
  g_assert_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_IN_USE);
  assert_file_contents (path, "old");
  assert_dir_holds (dir, (const char *const[]) { "out.xlsx", "~$out.xlsx", NULL });
  g_unlink (ms_lock);
}

static void
test_abort (void)
{
  g_autofree char *dir = make_dir ("abort");
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(RkXlsxBook) book = rk_xlsx_book_new (path, RK_XLSX_BOOK_CONSTANT_MEMORY, &error);
    RkXlsxSheet *sheet = rk_xlsx_book_add_sheet (book, "x", &error);

    g_assert_true (rk_xlsx_sheet_write_text (sheet, 0, 0, "a", RK_XLSX_STYLE_TEXT, &error));
    /* Given up without closing. */
  }
  assert_dir_holds (dir, (const char *const[]) { NULL });

  /* A folder that does not exist. */
  {
    g_autofree char *bad = g_build_filename (dir, "missing", "out.xlsx", NULL);

    g_assert_null (rk_xlsx_book_new (bad, RK_XLSX_BOOK_DEFAULT, &error));
    g_assert_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_WRITE);
  }
}

static void
test_sheet_names (void)
{
  g_autofree char *dir = make_dir ("names");
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkXlsxBook) book = rk_xlsx_book_new (path, RK_XLSX_BOOK_DEFAULT, &error);
  static const struct
  {
    const char *wanted;
    const char *got;
  } cases[] = {
    { "Data", "Data" },
    { "data", "data (2)" },
    { "DATA", "DATA (3)" },
    { "a[b]c:d*e?f/g\\h", "a［b］c：d＊e？f／g＼h" },
    { "'quoted'", "quoted" },
    { "''", "Sheet" },
    { NULL, "Sheet (2)" },
    { "History", "History (2)" },
    { "tab\there", "tabhere" },
    { "1234567890123456789012345678901", "1234567890123456789012345678901" },
    { "1234567890123456789012345678901XYZ", "123456789012345678901234567 (2)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RkXlsxSheet *sheet = rk_xlsx_book_add_sheet (book, cases[i].wanted, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (rk_xlsx_sheet_get_name (sheet), ==, cases[i].got);
    }
}

static void
test_widths_and_dates (void)
{
  lxw_datetime dt;
  gboolean has_time;

  g_assert_cmpfloat (rk_xlsx_text_width (NULL), ==, 0);
  g_assert_cmpfloat (rk_xlsx_text_width ("abc"), ==, 5);
  g_assert_cmpfloat (rk_xlsx_text_width ("在宅"), ==, 6);
  g_assert_cmpfloat (rk_xlsx_text_width ("ｶﾅ①"), ==, 6);
  g_assert_cmpfloat (rk_xlsx_text_width ("短い\r\nもっと長い行\nx"), ==, 14);

  g_assert_true (rk_xlsx_parse_iso_date ("2026-06-01", &dt, &has_time));
  g_assert_false (has_time);
  g_assert_cmpint (dt.year, ==, 2026);
  g_assert_cmpint (dt.month, ==, 6);
  g_assert_cmpint (dt.day, ==, 1);
  g_assert_true (rk_xlsx_parse_iso_date ("2026-06-01 14:30:05", &dt, &has_time));
  g_assert_true (has_time);
  g_assert_cmpint (dt.hour, ==, 14);
  g_assert_cmpint (dt.min, ==, 30);
  g_assert_cmpfloat (dt.sec, ==, 5);
  g_assert_true (rk_xlsx_parse_iso_date ("2026-06-01T09:05", &dt, NULL));
  g_assert_false (rk_xlsx_parse_iso_date ("2026-02-30", &dt, NULL));
  g_assert_false (rk_xlsx_parse_iso_date ("1899-12-31", &dt, NULL));
  g_assert_false (rk_xlsx_parse_iso_date ("2026-6-1", &dt, NULL));
  g_assert_false (rk_xlsx_parse_iso_date ("2026-06-01x", &dt, NULL));
  g_assert_false (rk_xlsx_parse_iso_date ("2026-06-01 25:00", &dt, NULL));
  g_assert_false (rk_xlsx_parse_iso_date ("令和8年", &dt, NULL));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  tmp_dir = g_dir_make_tmp ("test-xlsx-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/io/xlsx/readback", test_readback);
  g_test_add_func ("/io/xlsx/close-failure", test_close_failure);
  g_test_add_func ("/io/xlsx/earlier-error", test_earlier_error);
  g_test_add_func ("/io/xlsx/lock-files", test_lock_files);
  g_test_add_func ("/io/xlsx/abort", test_abort);
  g_test_add_func ("/io/xlsx/sheet-names", test_sheet_names);
  g_test_add_func ("/io/xlsx/widths-and-dates", test_widths_and_dates);

  ret = g_test_run ();

  if (g_getenv ("RK_TEST_KEEP") == NULL)
    {
      g_autofree char *quoted = g_shell_quote (tmp_dir);
      g_autofree char *cmd = g_strdup_printf ("rm -rf %s", quoted);

      g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL);
    }
  g_free (tmp_dir);
  return ret;
}
