/* test-logic-model-io.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "rk-indicator.h"
#include "rk-indicator-import.h"
#include "rk-logic-model.h"
#include "rk-logic-model-graph.h"
#include "rk-logic-model-node.h"
#include "rk-logic-model-xlsx.h"
#include "rk-sample.h"

/* Indicator values imported from CSV (all or nothing, errors naming file
 * and line), and a logic model exported to xlsx and read back with
 * openpyxl (check-logic-model-xlsx.py).
 */

/* In the per-test directories that G_TEST_OPTION_ISOLATE_DIRS makes. */
static char *
temp_path (const char *name)
{
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  return g_build_filename (g_get_user_data_dir (), name, NULL);
}

static RkDatabase *
new_workspace (void)
{
  g_autofree char *path = temp_path ("io.renkei");
  g_autoptr(GError) error = NULL;
  RkDatabase *db = rk_sample_create (path, &error);

  g_assert_no_error (error);
  return db;
}

static gint64
query_int (RkDatabase *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static char *
write_csv (const char *name,
           const char *text,
           gsize       length)
{
  char *path = temp_path (name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_import (void)
{
  RkDatabase *db = new_workspace ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkIndicator) ind = NULL;
  g_autofree char *path = NULL;
  gint64 before = query_int (db, "SELECT count(*) FROM indicator_value");
  guint n = 0;
  double v;
  int year;

  /* Columns in Japanese, in any order; a BOM; CRLF; full-width digits;
   * years as 令和; areas by name, code and 圏域; trailing empty rows.
   */
  path = write_csv ("values.csv",
                    "\xef\xbb\xbf年度,指標コード,圏域・市町村,種別,値,出典,時点\r\n"
                    "2026,mhlw8-p-emergency-01,,実績値,\"1,002\",NDB,2027/3/31\r\n"
                    "令和8年度,mhlw8-p-emergency-01,みなと町,実績,１３０,NDB,\r\n"
                    "R8,mhlw8-p-emergency-01,99382,目標値,60,県計画,\r\n"
                    "2026,mhlw8-p-emergency-01,圏域,現状値,1000,,\r\n"
                    ",,,,,,\r\n", -1);
  g_assert_true (rk_indicator_import_values (db, path, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator_value"), ==, before + 4);

  ind = rk_indicator_find (db, "mhlw8-p-emergency-01", &error);
  g_assert_true (rk_indicator_get_latest (ind, "", RK_VALUE_KIND_ACTUAL, &v, &year));
  g_assert_cmpfloat (v, ==, 1002);
  g_assert_cmpint (year, ==, 2026);
  g_assert_true (rk_indicator_get_latest (ind, "993417", RK_VALUE_KIND_ACTUAL, &v, &year));
  g_assert_cmpfloat (v, ==, 130);
  g_assert_cmpint (query_int (db, "SELECT value FROM indicator_value WHERE area_code = '993824' "
                                  "AND fiscal_year = 2026 AND kind = 'target'"), ==, 60);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator_value WHERE as_of = '2027-03-31' "
                                  "AND source = 'NDB' AND fiscal_year = 2026"), ==, 1);

  /* One undoable step. */
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Import Indicator Values");
  g_assert_true (rk_database_undo (db, &error));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator_value"), ==, before);

  /* By indicator name too, in CP932 as Excel saves it. */
  {
    g_autofree char *cp932 = NULL;
    g_autofree char *cp_path = NULL;
    gsize len = 0;

    cp932 = g_convert ("指標,年度,値\r\n往診を受けた患者数,2026,777\r\n", -1, "CP932", "UTF-8",
                       NULL, &len, &error);
    g_assert_no_error (error);
    cp_path = write_csv ("cp932.csv", cp932, len);
    g_assert_true (rk_indicator_import_values (db, cp_path, &n, &error));
    g_assert_no_error (error);
    g_assert_true (rk_indicator_get_latest (ind, "", RK_VALUE_KIND_ACTUAL, &v, &year));
    g_assert_cmpfloat (v, ==, 777);
  }

  g_clear_object (&ind);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

static void
expect_import_error (RkDatabase *db,
                     const char *text,
                     const char *fragment)
{
  g_autofree char *path = write_csv ("bad.csv", text, -1);
  g_autoptr(GError) error = NULL;
  gint64 before = query_int (db, "SELECT count(*) FROM indicator_value");

  g_assert_false (rk_indicator_import_values (db, path, NULL, &error));
  g_assert_nonnull (error);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, fragment);
  /* Nothing of the file went in. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator_value"), ==, before);
}

static void
test_import_errors (void)
{
  RkDatabase *db = new_workspace ();

  expect_import_error (db, "指標コード,年度,値\nmhlw8-p-emergency-01,2026,10\nnope,2026,1\n",
                       "bad.csv, line 3");
  expect_import_error (db, "指標コード,年度,値\nmhlw8-p-emergency-01,2026,10\n"
                           "mhlw8-p-emergency-01,来年,1\n", "line 3");
  expect_import_error (db, "指標コード,年度,値\nmhlw8-p-emergency-01,2026,たくさん\n", "line 2");
  expect_import_error (db, "指標コード,年度,値,種別\nmhlw8-p-emergency-01,2026,1,予測\n", "予測");
  expect_import_error (db, "指標コード,年度,値,圏域・市町村\nmhlw8-p-emergency-01,2026,1,うみべ市\n",
                       "うみべ市");
  expect_import_error (db, "指標コード,年度,値,時点\nmhlw8-p-emergency-01,2026,1,2026/13/40\n",
                       "line 2");
  expect_import_error (db, "名前,数\nx,1\n", "line 1");
  expect_import_error (db, "指標コード,年度,値\n", "no values");
  expect_import_error (db, "指標コード,年度,値\n\"mhlw8-p-emergency-01,2026,1\n", "bad.csv");

  rk_database_close (db);
  g_assert_finalize_object (db);
}

static void
test_fiscal_years (void)
{
  struct { const char *text; int year; } cases[] = {
    { "2025", 2025 }, { "２０２５年度", 2025 }, { "FY2025", 2025 }, { "令和7年度", 2025 },
    { "令和元年度", 2019 }, { "R7", 2025 }, { "r 7", 2025 }, { "平成30年度", 2018 }, { "H30", 2018 },
    { "", 0 }, { "今年", 0 }, { "20255", 0 }, { "令和", 0 }, { "2025年度末", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (rk_fiscal_year_parse (cases[i].text), ==, cases[i].year);
}

static void
test_xlsx (void)
{
  RkDatabase *db = new_workspace ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkLogicModel) model = NULL;
  g_autoptr(RkLogicModelGraph) graph = NULL;
  g_autofree char *path = temp_path ("model.xlsx");
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "io", "check-logic-model-xlsx.py",
                                                   NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  model = rk_logic_model_find_by_argument (db, "看取り", &error);
  g_assert_no_error (error);
  graph = rk_logic_model_graph_load (db, rk_entity_get_id (RK_ENTITY (model)), &error);
  g_assert_no_error (error);
  g_assert_true (rk_logic_model_write_xlsx (graph, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no /usr/bin/python3");
      goto out;
    }
  g_spawn_sync (NULL, (char *[]) { (char *) "/usr/bin/python3", script, path, NULL }, NULL, 0,
                NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("check-logic-model-xlsx.py:\n%s%s", out, err);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("python3-openpyxl is not installed");
      goto out;
    }
  g_assert_true (g_spawn_check_wait_status (status, &error));

out:
  g_clear_object (&model);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

static void
test_xlsx_refuses_bad_target (void)
{
  g_autoptr(RkLogicModelGraph) graph = rk_logic_model_graph_new ();
  g_autoptr(GError) error = NULL;

  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, "1-1", "研修");
  g_assert_false (rk_logic_model_write_xlsx (graph, "/nonexistent-dir/model.xlsx", &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test ("/nonexistent-dir/model.xlsx", G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/io/logic-model/import", test_import);
  g_test_add_func ("/io/logic-model/import-errors", test_import_errors);
  g_test_add_func ("/io/logic-model/fiscal-years", test_fiscal_years);
  g_test_add_func ("/io/logic-model/xlsx", test_xlsx);
  g_test_add_func ("/io/logic-model/xlsx-bad-target", test_xlsx_refuses_bad_target);

  return g_test_run ();
}
