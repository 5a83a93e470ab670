/* test-logic-model.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "rk-indicator.h"
#include "rk-indicator-value.h"
#include "rk-logic-model.h"
#include "rk-logic-model-graph.h"
#include "rk-logic-model-node.h"
#include "rk-pdca-cycle.h"
#include "rk-pdca-entry.h"
#include "rk-pdca-summary.h"
#include "rk-query-model.h"
#include "rk-test-core.h"

/* The shipped list: see data/indicators/mhlw-homecare.tsv. */
#define N_EXAMPLES 46

static RkDatabase *
new_workspace (char **path_out)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "lm.renkei", NULL);
  g_autoptr(GError) error = NULL;
  RkDatabase *db = rk_database_create (path, &error);

  g_assert_no_error (error);
  if (path_out != NULL)
    *path_out = g_steal_pointer (&path);
  return db;
}

static RkDatabase *
reopen (RkDatabase *db)
{
  g_autofree char *path = g_strdup (rk_database_get_path (db));
  g_autoptr(GError) error = NULL;
  RkDatabase *again;

  rk_database_close (db);
  g_assert_finalize_object (db);
  again = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return again;
}

static gint64
count (RkDatabase *db,
       const char *sql)
{
  return rk_test_query_int (rk_database_get_handle (db), sql);
}

/*
 * The indicator master
 */

static void
test_examples_load (void)
{
  RkDatabase *db = new_workspace (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkIndicator) ind = NULL;
  guint added = 0;

  g_assert_true (rk_indicator_load_examples (db, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, N_EXAMPLES);
  g_assert_cmpint (count (db, "SELECT count(*) FROM indicator"), ==, N_EXAMPLES);

  /* The list is a reconstruction: nothing in it may claim to be checked. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM indicator WHERE verified"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM indicator WHERE source_document = ''"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM indicator WHERE notes NOT LIKE '%未確認%'"),
                   ==, 0);
  /* All three versions and the four functions are there. */
  g_assert_cmpint (count (db, "SELECT count(DISTINCT edition) FROM indicator"), ==, 3);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT category) FROM indicator"), ==, 3);
  for (guint f = 0; f < 4; f++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM indicator WHERE functions & %u",
                                              1u << f);
      g_assert_cmpint (count (db, sql), >, 0);
    }
  g_assert_cmpint (count (db, "SELECT count(*) FROM indicator WHERE priority"), >=, 8);

  ind = rk_indicator_find (db, "mhlw8-s-daily-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (ind), "name"), ==,
                   "訪問診療を実施している診療所・病院数");
  g_assert_true (rk_entity_get_boolean (RK_ENTITY (ind), "priority"));
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (ind), "category"), ==, "structure");
  g_assert_cmpint (rk_entity_get_int (RK_ENTITY (ind), "functions"), ==, RK_FUNCTION_DAILY_CARE);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (ind), "unit"), ==, "施設");

  /* The load is one undoable step. */
  g_assert_true (rk_database_can_undo (db));
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM indicator"), ==, 0);

  g_clear_object (&ind);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

static void
test_edits_survive_reload_and_reopen (void)
{
  RkDatabase *db = new_workspace (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkIndicator) ind = NULL;
  g_autoptr(RkIndicator) own = NULL;
  guint added = 99;

  g_assert_true (rk_indicator_load_examples (db, NULL, &error));
  ind = rk_indicator_find (db, "mhlw8-p-emergency-01", &error);
  g_assert_no_error (error);

  /* A user checks a row against the notice and corrects it. */
  g_assert_true (rk_entity_update (RK_ENTITY (ind), "Edit", &error,
                                   "name", "往診を受けた患者数（レセプト件数）",
                                   "verified", TRUE,
                                   "unit", "件",
                                   NULL));
  g_assert_no_error (error);
  own = rk_indicator_create (db, "急変時対応シートの作成数", "Add", &error);
  g_assert_no_error (error);

  /* Loading again adds nothing and overwrites nothing. */
  g_assert_true (rk_indicator_load_examples (db, &added, &error));
  g_assert_cmpuint (added, ==, 0);
  g_clear_object (&ind);
  g_clear_object (&own);

  db = reopen (db);
  g_assert_cmpint (count (db, "SELECT count(*) FROM indicator"), ==, N_EXAMPLES + 1);
  ind = rk_indicator_find (db, "mhlw8-p-emergency-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (ind), "name"), ==,
                   "往診を受けた患者数（レセプト件数）");
  g_assert_true (rk_entity_get_boolean (RK_ENTITY (ind), "verified"));
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (ind), "unit"), ==, "件");
  own = rk_indicator_find (db, "急変時対応シートの作成数", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (own), "edition"), ==, "own");
  g_assert_cmpint (rk_entity_get_int (RK_ENTITY (own), "position"), ==, N_EXAMPLES);

  /* A deleted example comes back on the next load (it is missing). */
  g_assert_true (rk_indicator_delete (ind, "Delete", &error));
  g_assert_no_error (error);
  g_assert_true (rk_indicator_load_examples (db, &added, &error));
  g_assert_cmpuint (added, ==, 1);

  g_clear_object (&ind);
  g_clear_object (&own);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

static void
expect_master_error (const char *text,
                     const char *fragment)
{
  RkDatabase *db = new_workspace (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (rk_indicator_load_master (db, text, -1, "pref.tsv", NULL, &error));
  g_assert_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_FORMAT);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, fragment);
  /* All or nothing. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM indicator"), ==, 0);

  rk_database_close (db);
  g_assert_finalize_object (db);
}

static void
test_master_errors (void)
{
  expect_master_error ("code\tname\tcolour\nA\tx\tred\n", "pref.tsv, line 1");
  expect_master_error ("# list\ncode\tname\tpriority\nA\tx\t1\nB\ty\tyes\n", "pref.tsv, line 4");
  expect_master_error ("code\tname\nA\tx\nA\ty\n", "line 3");
  expect_master_error ("code\tname\tedition\nA\tx\t9th\n", "9th");
  expect_master_error ("code\tname\tfunctions\nA\tx\tdischarge dentistry\n", "dentistry");
  expect_master_error ("code\tname\nA\tx\textra\n", "line 2");
  expect_master_error ("code\tname\n\tnameless code\n", "line 2");
  expect_master_error ("# nothing but comments\n", "no indicators");
}

static void
test_master_own_list (void)
{
  RkDatabase *db = new_workspace (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkIndicator) ind = NULL;
  guint added = 0;

  /* Columns in any order, CRLF, a byte-order mark, optional columns left out. */
  g_assert_true (rk_indicator_load_master (db, "\xef\xbb\xbfname\tcode\tedition\tfunctions\r\n"
                                           "緩和ケア研修修了医師数\tpref-01\tprefecture\t看取り\r\n",
                                           -1, "pref.tsv", &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  ind = rk_indicator_find (db, "pref-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (ind), "edition"), ==, "prefecture");
  g_assert_cmpint (rk_entity_get_int (RK_ENTITY (ind), "functions"), ==, RK_FUNCTION_END_OF_LIFE);
  g_assert_false (rk_entity_get_boolean (RK_ENTITY (ind), "verified"));
  g_assert_true (rk_entity_get_boolean (RK_ENTITY (ind), "higher-is-better"));

  g_clear_object (&ind);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

static void
test_values (void)
{
  RkDatabase *db = new_workspace (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkIndicator) ind = NULL;
  g_autoptr(RkQueryModel) values = NULL;
  double v = 0;
  int year = 0;

  ind = rk_indicator_create (db, "往診件数", "Add", &error);
  g_assert_no_error (error);

  g_assert_true (rk_indicator_set_value (ind, "", 2024, RK_VALUE_KIND_ACTUAL, 10, "NDB",
                                         "2025-03-31", "Set", &error));
  g_assert_true (rk_indicator_set_value (ind, "", 2025, RK_VALUE_KIND_ACTUAL, 12, NULL, NULL,
                                         "Set", &error));
  g_assert_true (rk_indicator_set_value (ind, "992011", 2025, RK_VALUE_KIND_ACTUAL, 7, NULL, NULL,
                                         "Set", &error));
  g_assert_true (rk_indicator_set_value (ind, "", 2029, RK_VALUE_KIND_TARGET, 20, NULL, NULL,
                                         "Set", &error));
  g_assert_no_error (error);

  g_assert_true (rk_indicator_get_latest (ind, "", RK_VALUE_KIND_ACTUAL, &v, &year));
  g_assert_cmpfloat (v, ==, 12);
  g_assert_cmpint (year, ==, 2025);
  g_assert_false (rk_indicator_get_latest (ind, "", RK_VALUE_KIND_BASELINE, &v, &year));

  /* The same area, year and kind again replaces the value (an upsert,
   * undone as one step).
   */
  g_assert_true (rk_indicator_set_value (ind, "", 2025, RK_VALUE_KIND_ACTUAL, 13, "NDB", NULL,
                                         "Correct", &error));
  g_assert_no_error (error);
  g_assert_cmpint (rk_indicator_count_values (ind, NULL), ==, 4);
  g_assert_true (rk_indicator_get_latest (ind, "", RK_VALUE_KIND_ACTUAL, &v, NULL));
  g_assert_cmpfloat (v, ==, 13);
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Correct");
  g_assert_true (rk_database_undo (db, &error));
  g_assert_true (rk_indicator_get_latest (ind, "", RK_VALUE_KIND_ACTUAL, &v, NULL));
  g_assert_cmpfloat (v, ==, 12);

  /* A municipality code must be six digits. */
  g_assert_false (rk_indicator_set_value (ind, "99201", 2025, RK_VALUE_KIND_ACTUAL, 1, NULL, NULL,
                                          "Set", &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  values = rk_query_model_new (db, RK_TYPE_INDICATOR_VALUE,
                               "SELECT id FROM indicator_value ORDER BY fiscal_year, kind, area_code");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (values)), ==, 4);
  {
    g_autoptr(RkIndicatorValue) first = g_list_model_get_item (G_LIST_MODEL (values), 0);

    g_assert_cmpint (rk_indicator_value_get_kind (first), ==, RK_VALUE_KIND_ACTUAL);
    g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (first), "source"), ==, "NDB");
    g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (first), "as-of"), ==, "2025-03-31");
  }

  /* Deleting the indicator takes its values, and undo brings them back. */
  g_assert_true (rk_indicator_delete (ind, "Delete", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM indicator_value"), ==, 0);
  g_assert_true (rk_database_undo (db, &error));
  g_assert_cmpint (count (db, "SELECT count(*) FROM indicator_value"), ==, 4);

  g_clear_object (&values);
  g_clear_object (&ind);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

static void
test_value_parsing (void)
{
  double v = 0;
  RkValueKind kind = RK_VALUE_KIND_BASELINE;
  struct { const char *text; double value; } good[] = {
    { "1,234", 1234 }, { "１２．５", 12.5 }, { "12.5%", 12.5 }, { "30 施設", 30 }, { "-3", -3 },
  };
  const char *bad[] = { "", "abc", "12-13", "1.2.3", "施設 12" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_assert_true (rk_indicator_parse_value (good[i].text, &v));
      g_assert_cmpfloat (v, ==, good[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (rk_indicator_parse_value (bad[i], &v));

  {
    g_autofree char *a = rk_indicator_format_value (1234567, "人");
    g_autofree char *b = rk_indicator_format_value (12.5, "%");
    g_autofree char *c = rk_indicator_format_value (-1000, NULL);
    g_autofree char *d = rk_indicator_format_value (NAN, "人");

    g_assert_cmpstr (a, ==, "1,234,567 人");
    g_assert_cmpstr (b, ==, "12.5 %");
    g_assert_cmpstr (c, ==, "-1,000");
    g_assert_cmpstr (d, ==, "—");
  }

  g_assert_true (rk_value_kind_parse ("実績値", &kind));
  g_assert_cmpint (kind, ==, RK_VALUE_KIND_ACTUAL);
  g_assert_true (rk_value_kind_parse ("目標", &kind));
  g_assert_cmpint (kind, ==, RK_VALUE_KIND_TARGET);
  g_assert_true (rk_value_kind_parse (" baseline ", &kind));
  g_assert_cmpint (kind, ==, RK_VALUE_KIND_BASELINE);
  g_assert_false (rk_value_kind_parse ("予測値", &kind));
}

/*
 * Logic models
 */

static void
test_models_and_links (void)
{
  RkDatabase *db = new_workspace (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkLogicModel) a = NULL;
  g_autoptr(RkLogicModel) b = NULL;
  g_autoptr(RkLogicModel) found = NULL;
  g_autoptr(RkLogicModelNode) m1 = NULL;
  g_autoptr(RkLogicModelNode) m2 = NULL;
  g_autoptr(RkLogicModelNode) o1 = NULL;
  g_autoptr(RkLogicModelNode) o2 = NULL;
  g_autoptr(RkLogicModelNode) other = NULL;
  g_autoptr(RkIndicator) ind = NULL;

  a = rk_logic_model_create (db, "急変時の対応", "Add Model", &error);
  b = rk_logic_model_create (db, "看取り", "Add Model", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rk_entity_get_int (RK_ENTITY (a), "number"), ==, 1);
  g_assert_cmpint (rk_entity_get_int (RK_ENTITY (b), "number"), ==, 2);

  found = rk_logic_model_find_by_argument (db, "2", &error);
  g_assert_true (found == b);
  g_clear_object (&found);
  found = rk_logic_model_find_by_argument (db, "急変時の対応", &error);
  g_assert_true (found == a);
  g_clear_object (&found);
  found = rk_logic_model_find_by_argument (db, "7", &error);
  g_assert_null (found);
  g_assert_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  m1 = rk_logic_model_add_node (a, RK_LM_LEVEL_MEASURE, "往診当番", "Add", &error);
  m2 = rk_logic_model_add_node (a, RK_LM_LEVEL_MEASURE, "相互支援協定", "Add", &error);
  o1 = rk_logic_model_add_node (a, RK_LM_LEVEL_INTERMEDIATE, "24時間体制", "Add", &error);
  o2 = rk_logic_model_add_node (a, RK_LM_LEVEL_DISTAL, "急変時も在宅で", "Add", &error);
  other = rk_logic_model_add_node (b, RK_LM_LEVEL_DISTAL, "看取り", "Add", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (m1), "number"), ==, "1-1");
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (m2), "number"), ==, "1-2");
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (o1), "number"), ==, "2-1");
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (o2), "number"), ==, "3-1");
  g_assert_cmpint (rk_entity_get_int (RK_ENTITY (m2), "position"), ==, 1);

  /* Many to many: one measure feeds two outcomes, skipping a level too. */
  g_assert_true (rk_logic_model_node_set_linked (m1, o1, TRUE, "Link", &error));
  g_assert_true (rk_logic_model_node_set_linked (m1, o2, TRUE, "Link", &error));
  g_assert_true (rk_logic_model_node_set_linked (m2, o1, TRUE, "Link", &error));
  g_assert_true (rk_logic_model_node_set_linked (o1, o2, TRUE, "Link", &error));
  g_assert_no_error (error);
  /* Asking again is no change and no new undo step. */
  g_assert_true (rk_logic_model_node_set_linked (m1, o1, TRUE, "Again", &error));
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Link");
  g_assert_true (rk_logic_model_node_is_linked (m1, o2));
  g_assert_false (rk_logic_model_node_is_linked (o2, m1));

  /* Arrows go up, within a model. */
  g_assert_false (rk_logic_model_node_set_linked (o1, m1, TRUE, "Link", &error));
  g_assert_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_INVALID_LINK);
  g_clear_error (&error);
  g_assert_false (rk_logic_model_node_set_linked (m1, m2, TRUE, "Link", &error));
  g_assert_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_INVALID_LINK);
  g_clear_error (&error);
  g_assert_false (rk_logic_model_node_set_linked (m1, other, TRUE, "Link", &error));
  g_assert_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_INVALID_LINK);
  g_clear_error (&error);

  /* Unlinking is undoable. */
  g_assert_true (rk_logic_model_node_set_linked (m1, o2, FALSE, "Unlink", &error));
  g_assert_false (rk_logic_model_node_is_linked (m1, o2));
  g_assert_true (rk_database_undo (db, &error));
  g_assert_true (rk_logic_model_node_is_linked (m1, o2));

  /* Indicators on a box; the master refuses to delete one in use. */
  ind = rk_indicator_create (db, "往診当番の参加医療機関数", "Add", &error);
  g_assert_true (rk_logic_model_node_add_indicator (m1, rk_entity_get_id (RK_ENTITY (ind)), "Add",
                                                    &error));
  g_assert_true (rk_logic_model_node_add_indicator (m1, rk_entity_get_id (RK_ENTITY (ind)), "Add",
                                                    &error));
  g_assert_no_error (error);
  {
    g_autoptr(GArray) ids = rk_logic_model_node_list_indicators (m1, &error);
    g_assert_cmpuint (ids->len, ==, 1);
  }
  g_assert_cmpint (rk_indicator_count_uses (ind, NULL), ==, 1);
  g_assert_false (rk_indicator_delete (ind, "Delete", &error));
  g_assert_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_IN_USE);
  g_clear_error (&error);

  /* Deleting a box takes its arrows and indicator links; undo restores all. */
  g_assert_true (rk_entity_delete (RK_ENTITY (m1), "Delete Box", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM logic_model_link"), ==, 2);
  g_assert_cmpint (count (db, "SELECT count(*) FROM logic_model_node_indicator"), ==, 0);
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM logic_model_link"), ==, 4);
  g_assert_cmpint (count (db, "SELECT count(*) FROM logic_model_node_indicator"), ==, 1);

  /* A new box numbers after the highest in use. */
  g_assert_true (rk_entity_update (RK_ENTITY (m2), "Renumber", &error, "number", "1-7", NULL));
  {
    g_autoptr(RkLogicModelNode) m3 = rk_logic_model_add_node (a, RK_LM_LEVEL_MEASURE, NULL, "Add",
                                                              &error);
    g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (m3), "number"), ==, "1-8");
  }

  /* Deleting a model takes everything in it. */
  g_assert_true (rk_entity_delete (RK_ENTITY (a), "Delete Model", &error));
  g_assert_cmpint (count (db, "SELECT count(*) FROM logic_model_node"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM logic_model_link"), ==, 0);

  g_clear_object (&m1);
  g_clear_object (&m2);
  g_clear_object (&o1);
  g_clear_object (&o2);
  g_clear_object (&other);
  g_clear_object (&ind);
  g_clear_object (&a);
  g_clear_object (&b);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

static void
test_graph (void)
{
  RkDatabase *db = new_workspace (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkLogicModel) model = NULL;
  g_autoptr(RkLogicModelNode) m = NULL;
  g_autoptr(RkLogicModelNode) o = NULL;
  g_autoptr(RkIndicator) ind = NULL;
  g_autoptr(RkLogicModelGraph) graph = NULL;
  RkLmIndicator *gi;
  RkLmNode *node;

  model = rk_logic_model_create (db, "看取り", "Add", &error);
  m = rk_logic_model_add_node (model, RK_LM_LEVEL_MEASURE, "ACP講座", "Add", &error);
  o = rk_logic_model_add_node (model, RK_LM_LEVEL_DISTAL, "在宅看取り", "Add", &error);
  g_assert_true (rk_logic_model_node_set_linked (m, o, TRUE, "Link", &error));
  ind = rk_indicator_create (db, "在宅看取り件数", "Add", &error);
  g_assert_true (rk_entity_update (RK_ENTITY (ind), "Edit", &error, "unit", "件", NULL));
  g_assert_true (rk_logic_model_node_add_indicator (o, rk_entity_get_id (RK_ENTITY (ind)), "Add",
                                                    &error));
  g_assert_true (rk_indicator_set_value (ind, "", 2023, RK_VALUE_KIND_BASELINE, 100, NULL, NULL,
                                         "Set", &error));
  g_assert_true (rk_indicator_set_value (ind, "", 2029, RK_VALUE_KIND_TARGET, 150, NULL, NULL,
                                         "Set", &error));
  /* Another area's values are not the model's. */
  g_assert_true (rk_indicator_set_value (ind, "992011", 2025, RK_VALUE_KIND_ACTUAL, 999, NULL, NULL,
                                         "Set", &error));
  g_assert_no_error (error);

  graph = rk_logic_model_graph_load (db, rk_entity_get_id (RK_ENTITY (model)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (graph->nodes->len, ==, 2);
  g_assert_cmpuint (graph->links->len, ==, 1);
  g_assert_cmpuint (graph->indicators->len, ==, 1);
  g_assert_cmpstr (graph->title, ==, "看取り");
  node = g_ptr_array_index (graph->nodes, 1);
  g_assert_cmpint (node->level, ==, RK_LM_LEVEL_DISTAL);
  g_assert_cmpuint (node->indicators->len, ==, 1);
  gi = g_ptr_array_index (graph->indicators, 0);
  g_assert_cmpuint (gi->values->len, ==, 2);
  /* No actual value yet: the baseline stands for the current value. */
  g_assert_cmpfloat (gi->current, ==, 100);
  g_assert_cmpint (gi->current_kind, ==, RK_VALUE_KIND_BASELINE);
  g_assert_cmpfloat (gi->target, ==, 150);
  g_assert_cmpint (gi->target_year, ==, 2029);
  g_assert_cmpint (rk_lm_indicator_get_status (gi), ==, RK_LM_STATUS_BEHIND);

  rk_logic_model_graph_add_value (gi, 2025, RK_VALUE_KIND_ACTUAL, 151);
  g_assert_cmpfloat (gi->current, ==, 151);
  g_assert_cmpint (gi->current_year, ==, 2025);
  g_assert_cmpint (rk_lm_indicator_get_status (gi), ==, RK_LM_STATUS_MET);
  gi->higher_is_better = FALSE;
  g_assert_cmpint (rk_lm_indicator_get_status (gi), ==, RK_LM_STATUS_BEHIND);

  /* The model's area decides whose values count. */
  g_assert_true (rk_entity_update (RK_ENTITY (model), "Area", &error, "area-code", "992011", NULL));
  g_clear_pointer (&graph, rk_logic_model_graph_free);
  graph = rk_logic_model_graph_load (db, rk_entity_get_id (RK_ENTITY (model)), &error);
  gi = g_ptr_array_index (graph->indicators, 0);
  g_assert_cmpfloat (gi->current, ==, 999);
  g_assert_true (isnan (gi->target));

  g_clear_object (&m);
  g_clear_object (&o);
  g_clear_object (&ind);
  g_clear_object (&model);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

static void
test_pdca (void)
{
  RkDatabase *db = new_workspace (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkLogicModel) model = NULL;
  g_autoptr(RkLogicModelNode) m = NULL;
  g_autoptr(RkIndicator) ind = NULL;
  g_autoptr(RkPdcaCycle) cycle = NULL;
  g_autoptr(RkPdcaCycle) same = NULL;
  g_autoptr(RkPdcaEntry) entry = NULL;
  g_autoptr(RkPdcaSummary) summary = NULL;
  RkPdcaItem *item;

  model = rk_logic_model_create (db, "急変時の対応", "Add", &error);
  g_assert_true (rk_entity_update (RK_ENTITY (model), "Edit", &error,
                                   "first-year", 2024, "last-year", 2026, NULL));
  m = rk_logic_model_add_node (model, RK_LM_LEVEL_MEASURE, "往診当番", "Add", &error);
  ind = rk_indicator_create (db, "往診当番の参加医療機関数", "Add", &error);
  g_assert_true (rk_logic_model_node_add_indicator (m, rk_entity_get_id (RK_ENTITY (ind)), "Add",
                                                    &error));
  g_assert_true (rk_indicator_set_value (ind, "", 2025, RK_VALUE_KIND_TARGET, 10, NULL, NULL, "S",
                                         &error));
  g_assert_true (rk_indicator_set_value (ind, "", 2025, RK_VALUE_KIND_ACTUAL, 8, NULL, NULL, "S",
                                         &error));
  g_assert_no_error (error);

  g_assert_null (rk_pdca_cycle_lookup (model, 2025, &error));
  g_assert_no_error (error);
  cycle = rk_pdca_cycle_ensure (model, 2025, "Start Year", &error);
  same = rk_pdca_cycle_ensure (model, 2025, "Start Year", &error);
  g_assert_no_error (error);
  g_assert_true (cycle == same);
  g_assert_cmpint (rk_pdca_cycle_get_stage (cycle), ==, RK_PDCA_PLAN);
  g_assert_true (rk_entity_update (RK_ENTITY (cycle), "Stage", &error, "stage", RK_PDCA_CHECK, NULL));

  entry = rk_pdca_cycle_add_entry (cycle, RK_PDCA_DO, "往診当番を試行", "Add", &error);
  g_assert_no_error (error);
  g_assert_true (rk_entity_update (RK_ENTITY (entry), "Edit", &error,
                                   "node-id", rk_entity_get_id (RK_ENTITY (m)), NULL));

  summary = rk_pdca_summary_load (db, rk_entity_get_id (RK_ENTITY (model)), 2025, &error);
  g_assert_no_error (error);
  g_assert_true (summary->recorded);
  g_assert_cmpint (summary->stage, ==, RK_PDCA_CHECK);
  g_assert_cmpuint (summary->items[RK_PDCA_PLAN]->len, ==, 1);
  item = g_ptr_array_index (summary->items[RK_PDCA_PLAN], 0);
  g_assert_true (item->derived);
  g_assert_nonnull (strstr (item->text, "往診当番の参加医療機関数"));
  g_assert_cmpuint (summary->items[RK_PDCA_DO]->len, ==, 1);
  item = g_ptr_array_index (summary->items[RK_PDCA_DO], 0);
  g_assert_false (item->derived);
  g_assert_cmpstr (item->text, ==, "[1-1] 往診当番を試行");
  g_assert_cmpuint (summary->items[RK_PDCA_CHECK]->len, ==, 1);
  item = g_ptr_array_index (summary->items[RK_PDCA_CHECK], 0);
  g_assert_cmpint (item->status, ==, RK_LM_STATUS_BEHIND);
  /* History: the plan period 2024–2026. */
  g_assert_cmpuint (summary->years->len, ==, 3);
  g_assert_false (g_array_index (summary->years, RkPdcaYear, 0).recorded);
  g_assert_true (g_array_index (summary->years, RkPdcaYear, 1).recorded);
  g_assert_cmpuint (g_array_index (summary->years, RkPdcaYear, 1).n_behind, ==, 1);
  g_assert_cmpuint (g_array_index (summary->years, RkPdcaYear, 1).n_entries, ==, 1);

  /* Deleting the box keeps the line, without its number; undo puts the
   * reference back.
   */
  g_assert_true (rk_entity_delete (RK_ENTITY (m), "Delete Box", &error));
  g_assert_no_error (error);
  g_assert_cmpint (rk_entity_get_int (RK_ENTITY (entry), "node-id"), ==, -1);
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rk_entity_get_int (RK_ENTITY (entry), "node-id"), ==,
                   rk_entity_get_id (RK_ENTITY (m)));

  /* A stage out of range is refused by the schema. */
  g_assert_false (rk_entity_update (RK_ENTITY (cycle), "Stage", &error, "stage", 4, NULL));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CONSTRAINT);

  g_clear_pointer (&summary, rk_pdca_summary_free);
  g_clear_object (&entry);
  g_clear_object (&cycle);
  g_clear_object (&same);
  g_clear_object (&m);
  g_clear_object (&ind);
  g_clear_object (&model);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

static void
test_sample (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "sample.renkei");
  g_autoptr(GError) error = NULL;
  RkDatabase *db = rk_database_open (path, RK_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(RkLogicModel) emergency = NULL;
  g_autoptr(RkLogicModel) eol = NULL;
  g_autoptr(RkLogicModelGraph) graph = NULL;
  guint with_three_years = 0;

  g_assert_no_error (error);
  emergency = rk_logic_model_find_by_argument (db, "急変時の対応", &error);
  eol = rk_logic_model_find_by_argument (db, "看取り", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rk_entity_get_int (RK_ENTITY (emergency), "functions"), ==,
                   RK_FUNCTION_EMERGENCY);
  g_assert_cmpint (count (db, "SELECT count(*) FROM indicator WHERE edition = 'own'"), >, 0);

  graph = rk_logic_model_graph_load (db, rk_entity_get_id (RK_ENTITY (eol)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rk_logic_model_graph_count_level (graph, RK_LM_LEVEL_MEASURE), >=, 4);
  g_assert_cmpuint (rk_logic_model_graph_count_level (graph, RK_LM_LEVEL_FINAL), ==, 1);
  for (guint i = 0; i < graph->indicators->len; i++)
    {
      RkLmIndicator *ind = g_ptr_array_index (graph->indicators, i);
      double v;

      if (rk_logic_model_graph_get_value (ind, 2023, RK_VALUE_KIND_ACTUAL, &v) &&
          rk_logic_model_graph_get_value (ind, 2024, RK_VALUE_KIND_ACTUAL, &v) &&
          rk_logic_model_graph_get_value (ind, 2025, RK_VALUE_KIND_ACTUAL, &v))
        with_three_years++;
    }
  g_assert_cmpuint (with_three_years, ==, graph->indicators->len);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pdca_cycle"), ==, 6);

  g_clear_pointer (&graph, rk_logic_model_graph_free);
  g_clear_object (&emergency);
  g_clear_object (&eol);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/indicator/examples-load", test_examples_load);
  g_test_add_func ("/core/indicator/edits-survive-reload-and-reopen",
                   test_edits_survive_reload_and_reopen);
  g_test_add_func ("/core/indicator/master-errors", test_master_errors);
  g_test_add_func ("/core/indicator/master-own-list", test_master_own_list);
  g_test_add_func ("/core/indicator/values", test_values);
  g_test_add_func ("/core/indicator/value-parsing", test_value_parsing);
  g_test_add_func ("/core/logic-model/models-and-links", test_models_and_links);
  g_test_add_func ("/core/logic-model/graph", test_graph);
  g_test_add_func ("/core/logic-model/pdca", test_pdca);
  g_test_add_func ("/core/logic-model/sample", test_sample);

  return g_test_run ();
}
