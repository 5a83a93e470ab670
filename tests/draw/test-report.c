/* test-report.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rk-report-private.h"

static char *tmp_dir;

static const char *const titles[] = { "No", "名称", "種別", "所在地・備考" };
static const double widths[] = { 1, 4, 2, 5 };
static const RkReportAlign aligns[] = {
  RK_REPORT_ALIGN_END, RK_REPORT_ALIGN_START, RK_REPORT_ALIGN_CENTER, RK_REPORT_ALIGN_START,
};

static const char remark[] =
  "在宅医療・介護連携推進事業の一環として、退院支援から看取りまでの切れ目のない"
  "支援体制を整えるため、訪問診療と訪問看護の連携会議に毎月参加している。";

/* A meeting handout: furniture, heading, key–values, a paragraph, a table
 * of @n_rows rows (a category row every 15), notes and a page break.
 * Cells hold unique tokens (“施設017”) so that the PDF text can be checked.
 * @long_cells makes some remarks many lines long.
 */
static RkReport *
build_handout (guint    n_rows,
               gboolean long_cells)
{
  RkReport *report = rk_report_new ("第1回 在宅医療・介護連携推進会議 配布資料");
  static const char *const pairs[] = {
    "日時", "令和8年6月1日（月）14:00〜16:00",
    "場所", "札幌市役所本庁舎 18階 第1会議室",
    "出席者", "在宅医療連携拠点、医師会、歯科医師会、薬剤師会、訪問看護ステーション連絡協議会、"
              "地域包括支援センター、介護支援専門員協会（計12名）",
    NULL,
  };

  rk_report_set_header (report, "札幌市在宅医療・介護連携推進会議", "配布資料", "令和8年6月1日");
  rk_report_set_footer_text (report, "札幌市在宅医療連携拠点");
  rk_report_set_marking (report, "個人情報");

  rk_report_add_heading (report, 1, "第1回 在宅医療・介護連携推進会議");
  rk_report_add_key_values (report, pairs);
  rk_report_add_heading (report, 2, "1. 在宅医療資源の現状");
  rk_report_add_paragraph (report,
                           "市内の在宅医療資源を種別ごとにまとめた。訪問診療を行う診療所は前年度から"
                           "増えたが、24時間対応の訪問看護ステーションは地域によって偏りがある。"
                           "次回までに各団体で確認し、課題と対応策を整理する。");

  rk_report_begin_table (report, 4, titles, widths, aligns);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = g_strdup_printf ("施設%03u 在宅医療クリニック", i + 1);
      g_autoptr(GString) note = g_string_new ("北区北8条西2丁目 ");
      const char *cells[4];

      if (i % 15 == 0)
        {
          g_autofree char *group = g_strdup_printf ("区分%02u 訪問診療を行う診療所", i / 15 + 1);

          rk_report_add_group_row (report, group);
        }
      for (guint k = 0; k < (long_cells ? i % 7 : i % 2); k++)
        g_string_append (note, remark);
      cells[0] = no;
      cells[1] = name;
      cells[2] = i % 3 == 0 ? "診療所" : i % 3 == 1 ? "訪問看護" : "薬局";
      cells[3] = note->str;
      rk_report_add_row (report, cells);
    }
  rk_report_end_table (report);

  rk_report_add_heading (report, 2, "2. 意見交換");
  rk_report_add_notes_space (report, 6);
  rk_report_add_page_break (report);
  rk_report_add_heading (report, 2, "メモ");
  rk_report_add_notes_space (report, 0);
  return report;
}

static guint
paginate_a4 (RkReport *report)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double w, h;
  guint n;

  rk_report_get_paper_size (report, &w, &h);
  n = rk_report_paginate (report, cr, w, h);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n;
}

/* Everything drawn on each page lies inside the margins (to 1/16 pt). */
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

      /* Ink extents come rounded out to whole units: measure at 16 times
       * the size for 1/16 pt (cairo fails on much larger glyphs).
       */
      cairo_scale (cr, 16, 16);
      rk_report_draw_page (report, cr, page);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      cairo_surface_destroy (surface);
      x /= 16, y /= 16, w /= 16, h /= 16;

      g_assert_cmpfloat (w, >, 0);
      g_assert_cmpfloat (x, >=, content.x - 1.0 / 16);
      g_assert_cmpfloat (y, >=, content.y - 1.0 / 16);
      g_assert_cmpfloat (x + w, <=, content.x + content.width + 1.0 / 16);
      g_assert_cmpfloat (y + h, <=, content.y + content.height + 1.0 / 16);
    }
}

/* Items lie in the body without overlapping; a table that goes on from an
 * earlier page starts the page with its heading row; every row is placed
 * once, or split into slices that follow each other.
 */
static void
assert_layout (RkReport *report,
               guint     table_block,
               guint     n_rows)
{
  RkReportRect body;
  g_autofree double *row_end = g_new0 (double, n_rows);
  gboolean table_started = FALSE;
  guint placed = 0;

  _rk_report_get_body (report, &body, NULL);
  for (guint page = 0; page < rk_report_get_n_pages (report); page++)
    {
      guint n;
      const RkReportItem *items = _rk_report_get_items (report, page, &n);

      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          const RkReportItem *it = &items[i];

          g_assert_cmpfloat (it->y, >=, body.y - 0.01);
          g_assert_cmpfloat (it->y + it->height, <=, body.y + body.height + 0.01);
          if (i > 0)
            g_assert_cmpfloat (items[i - 1].y + items[i - 1].height, <=, it->y + 0.01);

          if (it->block != table_block)
            continue;
          if (i == 0 && table_started)
            g_assert_cmpint (it->kind, ==, RK_ITEM_TABLE_HEAD);
          if (it->kind == RK_ITEM_TABLE_HEAD)
            {
              table_started = TRUE;
              continue;
            }
          /* Slices of one row follow each other. */
          g_assert_cmpfloat (it->slice_start, ==, row_end[it->row]);
          row_end[it->row] = it->slice_end;
          if (it->slice_start == 0)
            placed++;
        }
    }
  g_assert_cmpuint (placed, ==, n_rows);
}

static void
test_geometry (void)
{
  g_autoptr(RkReport) report = build_handout (200, TRUE);
  guint n = paginate_a4 (report);

  g_test_message ("200 rows with long cells: %u pages", n);
  g_assert_cmpuint (n, >=, 8);
  /* 200 rows and a category row every 15. */
  assert_layout (report, 4, 200 + 14);
  assert_ink_inside (report);
}

/* A row taller than a page is split between lines, and the heading row is
 * repeated above each part.
 */
static void
test_tall_row (void)
{
  g_autoptr(RkReport) report = rk_report_new (NULL);
  g_autoptr(GString) huge = g_string_new (NULL);
  const char *cells[4] = { "1", "長い行", "診療所", NULL };
  guint n, slices = 0;

  for (guint i = 0; i < 60; i++)
    g_string_append (huge, remark);
  cells[3] = huge->str;

  rk_report_set_marking (report, "取扱注意");
  rk_report_begin_table (report, 4, titles, widths, aligns);
  rk_report_add_row (report, (const char *const[]) { "0", "短い行", "薬局", "北区" });
  rk_report_add_row (report, cells);
  rk_report_add_row (report, (const char *const[]) { "2", "次の行", "薬局", "東区" });
  rk_report_end_table (report);

  n = paginate_a4 (report);
  g_assert_cmpuint (n, >=, 3);
  for (guint page = 0; page < n; page++)
    {
      guint n_items;
      const RkReportItem *items = _rk_report_get_items (report, page, &n_items);

      g_assert_cmpint (items[0].kind, ==, RK_ITEM_TABLE_HEAD);
      for (guint i = 0; i < n_items; i++)
        slices += items[i].kind == RK_ITEM_ROW && items[i].row == 1;
    }
  g_assert_cmpuint (slices, >=, 3);
  assert_layout (report, 0, 3);
  assert_ink_inside (report);
}

static void
test_blocks (void)
{
  g_autoptr(RkReport) report = rk_report_new ("t");
  guint n, n_items;
  const RkReportItem *items;

  rk_report_add_heading (report, 1, "表紙");
  rk_report_add_notes_space (report, 0);
  rk_report_add_heading (report, 3, "二枚目");
  rk_report_add_paragraph (report, "本文");
  rk_report_add_page_break (report);
  rk_report_add_page_break (report);
  rk_report_add_key_value (report, "日時", NULL);

  n = paginate_a4 (report);
  g_assert_cmpuint (n, ==, 3);
  /* The notes fill the first page to its bottom. */
  items = _rk_report_get_items (report, 0, &n_items);
  g_assert_cmpuint (n_items, ==, 2);
  g_assert_cmpint (items[1].kind, ==, RK_ITEM_NOTES);
  g_assert_cmpuint (items[1].n_lines, >, 20);
  items = _rk_report_get_items (report, 1, &n_items);
  g_assert_cmpint (items[0].kind, ==, RK_ITEM_HEADING);
  items = _rk_report_get_items (report, 2, &n_items);
  g_assert_cmpint (items[0].kind, ==, RK_ITEM_KEY_VALUE);
  assert_ink_inside (report);

  /* Changing the model drops the pagination. */
  rk_report_add_paragraph (report, "追加");
  g_assert_cmpuint (rk_report_get_n_pages (report), ==, 0);
}

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

static gboolean
have_poppler (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("poppler-utils is not installed");
  return path != NULL;
}

static void
test_pdf (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "配布資料.pdf", NULL);
  g_autoptr(RkReport) report = build_handout (60, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *all = NULL;
  guint n;

  g_assert_true (rk_report_write_pdf (report, path, &error));
  g_assert_no_error (error);
  n = rk_report_get_n_pages (report);
  g_assert_cmpuint (n, >=, 3);
  if (!have_poppler ())
    return;

  info = run ((const char *const[]) { "pdfinfo", path, NULL });
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
  g_assert_nonnull (strstr (info, "第1回 在宅医療・介護連携推進会議 配布資料"));

  fonts = run ((const char *const[]) { "pdffonts", path, NULL });
  g_assert_nonnull (strstr (fonts, "NotoSansCJKjp"));
  g_assert_nonnull (strstr (fonts, "yes yes yes"));

  all = run ((const char *const[]) { "pdftotext", "-layout", path, "-", NULL });
  g_assert_nonnull (strstr (all, "在宅医療"));
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *token = g_strdup_printf ("施設%03u", i);

      g_assert_cmpuint (count (all, token), ==, 1);
    }

  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *first = g_strdup_printf ("%u", page);
      g_autofree char *text = run ((const char *const[]) {
        "pdftotext", "-layout", "-f", first, "-l", first, path, "-", NULL });
      g_autofree char *number = g_strdup_printf ("%u/%u", page, n);
      g_auto(GStrv) words = g_strsplit (text, " ", -1);
      g_autofree char *packed = g_strjoinv ("", words);

      g_assert_cmpuint (count (text, "個人情報"), ==, 1);
      /* "1 / 7", whose thin spaces pdftotext may drop. */
      g_assert_nonnull (strstr (packed, number));
      g_assert_nonnull (strstr (text, "配布資料"));
      /* The table's pages show its column titles once each. */
      if (strstr (text, "施設") != NULL)
        g_assert_cmpuint (count (text, "所在地・備考"), ==, 1);
    }

  if (g_getenv ("RK_TEST_KEEP") != NULL)
    g_test_message ("kept %s", path);
}

static void
test_paper (void)
{
  static const struct
  {
    RkPaper paper;
    RkOrientation orientation;
    const char *size;
  } cases[] = {
    { RK_PAPER_A4, RK_ORIENTATION_LANDSCAPE, "841.89 x 595.276 pts (A4)" },
    { RK_PAPER_A3, RK_ORIENTATION_PORTRAIT, "841.89 x 1190.55 pts (A3)" },
    { RK_PAPER_A3, RK_ORIENTATION_LANDSCAPE, "1190.55 x 841.89 pts (A3)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (tmp_dir, "paper.pdf", NULL);
      g_autoptr(RkReport) report = build_handout (40, FALSE);
      g_autoptr(GError) error = NULL;
      g_autofree char *info = NULL;

      rk_report_set_paper (report, cases[i].paper, cases[i].orientation);
      g_assert_true (rk_report_write_pdf (report, path, &error));
      g_assert_no_error (error);
      assert_ink_inside (report);
      if (!have_poppler ())
        return;
      info = run ((const char *const[]) { "pdfinfo", path, NULL });
      g_assert_nonnull (strstr (info, cases[i].size));
    }
}

static void
test_files (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "files", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "page1.png", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "out.pdf", NULL);
  g_autoptr(RkReport) report = build_handout (10, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  g_autofree char *head = NULL;
  gsize len;
  const char *name;
  guint n = 0;

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (pdf, "old", -1, NULL);
  g_assert_true (rk_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &head, &len, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-"));

  g_assert_true (rk_report_write_png (report, 0, png, 50, &error));
  g_assert_no_error (error);
  g_assert_false (rk_report_write_png (report, 99, png, 50, &error));
  g_assert_error (error, RK_REPORT_ERROR, RK_REPORT_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_false (rk_report_write_pdf (report, bad, &error));
  g_assert_error (error, RK_REPORT_ERROR, RK_REPORT_ERROR_WRITE);

  /* No temporary file is left behind. */
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_assert_false (name[0] == '.');
      n++;
    }
  g_assert_cmpuint (n, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  tmp_dir = g_dir_make_tmp ("test-report-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/draw/report/geometry", test_geometry);
  g_test_add_func ("/draw/report/tall-row", test_tall_row);
  g_test_add_func ("/draw/report/blocks", test_blocks);
  g_test_add_func ("/draw/report/pdf", test_pdf);
  g_test_add_func ("/draw/report/paper", test_paper);
  g_test_add_func ("/draw/report/files", test_files);

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
