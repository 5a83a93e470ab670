/* test-print.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rk-print-operation.h"

/* The print glue: a report printed through GtkPrintOperation (to a file,
 * as the print dialog's "Print to File" does) comes out as the report
 * paginated it, on A4, with its Japanese text.
 */

static char *
run (const char *command,
     const char *path)
{
  g_autofree char *line = g_strdup_printf ("%s '%s' -", command, path);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_command_line_sync (line, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

static void
test_report_to_pdf (void)
{
  g_autoptr(RkReport) report = rk_report_new ("印刷テスト");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rk-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pdfinfo = NULL;
  const char *titles[] = { "番号", "内容" };
  const double widths[] = { 1, 5 };
  const RkReportAlign aligns[] = { RK_REPORT_ALIGN_END, RK_REPORT_ALIGN_START };

  rk_report_set_header (report, "さくら在宅医療連携拠点", NULL, "2026年11月25日");
  rk_report_add_heading (report, 1, "在宅医療・介護連携会議");
  rk_report_begin_table (report, 2, titles, widths, aligns);
  for (guint i = 0; i < 80; i++)
    {
      g_autofree char *n = g_strdup_printf ("%u", i + 1);
      g_autofree char *item = g_strdup_printf ("議題%u：退院支援ルールの運用状況", i + 1);
      const char *row[] = { n, item };

      rk_report_add_row (report, row);
    }
  rk_report_end_table (report);

  g_assert_true (rk_print_report_to_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  text = run ("pdftotext -layout", path);
  g_assert_nonnull (strstr (text, "在宅医療・介護連携会議"));
  g_assert_nonnull (strstr (text, "議題80：退院支援ルールの運用状況"));

  pdfinfo = g_strdup_printf ("pdfinfo '%s'", path);
  g_spawn_command_line_sync (pdfinfo, &info, NULL, NULL, NULL);
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
  /* As many pages as the report laid out for A4. */
  g_assert_cmpuint (rk_report_get_n_pages (report), >, 1);
  g_assert_nonnull (strstr (info, "Pages:"));
  g_assert_cmpuint (g_ascii_strtoull (strstr (info, "Pages:") + strlen ("Pages:"), NULL, 10), ==,
                    rk_report_get_n_pages (report));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      if (g_strcmp0 (g_getenv ("RK_REQUIRE_DISPLAY"), "1") == 0)
        return 1;
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add_func ("/ui/print/report-to-pdf", test_report_to_pdf);

  return g_test_run ();
}
