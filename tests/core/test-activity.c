/* test-activity.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "rk-activity.h"
#include "rk-activity-participant.h"
#include "rk-sample.h"
#include "rk-test-core.h"

/* The training and outreach records (研修・情報共有・普及啓発): schema step
 * 6, the entity classes, fiscal-year filtering and the sample's records.
 */

static RkDatabase *
open_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "a.renkei", NULL);
  RkDatabase *db = rk_database_create (path, &error);

  g_assert_no_error (error);
  return db;
}

static guint
n_items (RkQueryModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static void
test_create_and_participants (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = open_new ();
  g_autoptr(RkActivity) training = NULL;
  g_autoptr(RkActivity) leaflet = NULL;
  g_autoptr(RkQueryModel) participants = NULL;
  g_autoptr(RkEntity) nurses = NULL;
  g_autoptr(RkEntity) doctors = NULL;
  gboolean breakdown = TRUE;

  training = rk_activity_new (db, RK_ACTIVITY_TRAINING, "2026-06-18", "Add Training", &error);
  g_assert_no_error (error);
  g_assert_true (rk_activity_is_training (training));
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (training), "held-on"), ==, "2026-06-18");
  g_assert_cmpint (rk_entity_get_int (RK_ENTITY (training), "reach"), ==, -1);
  g_assert_cmpint (rk_entity_get_int (RK_ENTITY (training), "functions"), ==, 0);

  /* No participants recorded: the count is unknown, not zero. */
  g_assert_cmpint (rk_activity_get_participant_total (training, &breakdown), ==, 0);
  g_assert_false (breakdown);
  g_assert_cmpint (rk_activity_get_count (training), ==, -1);

  participants = rk_activity_get_participants (training);
  nurses = rk_activity_add_participant (training, "nurse", 15, "Add Participants", &error);
  g_assert_no_error (error);
  doctors = rk_activity_add_participant (training, "physician", 8, "Add Participants", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (participants), ==, 2);
  g_assert_cmpint (rk_entity_get_int (doctors, "position"), ==, 1);
  g_assert_cmpint (rk_activity_get_participant_total (training, &breakdown), ==, 23);
  g_assert_true (breakdown);
  g_assert_cmpint (rk_activity_get_count (training), ==, 23);

  g_assert_true (rk_entity_update (nurses, "Change Number", &error, "headcount", 20, NULL));
  g_assert_cmpint (rk_activity_get_count (training), ==, 28);

  /* Information and awareness records count the people they reached. */
  leaflet = rk_activity_new (db, RK_ACTIVITY_OUTREACH, "2026-07-01", "Add", &error);
  g_assert_no_error (error);
  g_assert_false (rk_activity_is_training (leaflet));
  g_assert_cmpint (rk_activity_get_count (leaflet), ==, -1);
  g_assert_true (rk_entity_update (RK_ENTITY (leaflet), "Change Reach", &error,
                                   "reach", (gint64) 3000, NULL));
  g_assert_cmpint (rk_activity_get_count (leaflet), ==, 3000);

  g_assert_cmpint (rk_activity_category_get_kind_list (RK_ACTIVITY_TRAINING), ==, RK_TERMS_TRAINING_METHOD);
  g_assert_cmpint (rk_activity_category_get_kind_list (RK_ACTIVITY_SHARING), ==, RK_TERMS_SHARING_KIND);
  g_assert_cmpint (rk_activity_category_get_kind_list (RK_ACTIVITY_OUTREACH), ==, RK_TERMS_OUTREACH_KIND);

  g_clear_object (&participants);
  rk_database_close (db);
}

/* Deleting a training session takes its participants with it, and one
 * undo brings both back as they were.
 */
static void
test_delete_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = open_new ();
  g_autoptr(RkActivity) training = NULL;
  g_autoptr(RkQueryModel) all = NULL;
  g_autofree char *before_a = NULL;
  g_autofree char *before_p = NULL;
  g_autofree char *after_a = NULL;
  g_autofree char *after_p = NULL;
  sqlite3 *handle = rk_database_get_handle (db);
  gint64 id;

  training = rk_activity_new (db, RK_ACTIVITY_TRAINING, "2026-09-10", "Add Training", &error);
  g_assert_no_error (error);
  id = rk_entity_get_id (RK_ENTITY (training));
  g_assert_true (rk_entity_update (RK_ENTITY (training), "Change", &error,
                                   "title", "退院前カンファレンスの進め方", "kind", "case_study",
                                   "functions", 1, NULL));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(RkEntity) p = rk_activity_add_participant (training, i == 0 ? "nurse" : "care_manager",
                                                           (int) i + 4, "Add", &error);
      g_assert_no_error (error);
    }

  all = rk_activity_query_new (db);
  g_assert_cmpuint (n_items (all), ==, 1);
  before_a = rk_test_dump_table (handle, "activity");
  before_p = rk_test_dump_table (handle, "activity_participant");

  g_assert_true (rk_entity_delete (RK_ENTITY (training), "Delete Training", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (all), ==, 0);
  g_assert_cmpint (rk_test_query_int (handle, "SELECT count(*) FROM activity_participant"), ==, 0);
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Delete Training");

  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  after_a = rk_test_dump_table (handle, "activity");
  after_p = rk_test_dump_table (handle, "activity_participant");
  g_assert_cmpstr (after_a, ==, before_a);
  g_assert_cmpstr (after_p, ==, before_p);
  g_assert_cmpuint (n_items (all), ==, 1);
  g_assert_cmpint (rk_query_model_get_id (all, 0), ==, id);

  g_clear_object (&all);
  rk_database_close (db);
}

/* A date that is not YYYY-MM-DD, or a category of no list, is refused and
 * changes nothing.
 */
static void
test_constraints (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = open_new ();
  g_autoptr(RkActivity) activity = NULL;
  g_autoptr(RkActivity) bad = NULL;

  activity = rk_activity_new (db, RK_ACTIVITY_SHARING, "2026-07-01", "Add", &error);
  g_assert_no_error (error);

  g_assert_false (rk_entity_update (RK_ENTITY (activity), "Change Date", &error,
                                    "held-on", "2026/07/01", NULL));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (activity), "held-on"), ==, "2026-07-01");

  bad = rk_activity_new (db, "meeting", "2026-07-01", "Add", &error);
  g_assert_null (bad);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_false (rk_entity_update (RK_ENTITY (activity), "Change", &error, "functions", 32, NULL));
  g_clear_error (&error);
  g_assert_cmpint (rk_database_count_rows (db, "activity", NULL), ==, 1);

  rk_database_close (db);
}

static char *
titles (RkQueryModel *model)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_items (model); i++)
    {
      g_autoptr(RkEntity) a = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_string_append_printf (s, "%s%s", i > 0 ? "|" : "", rk_entity_get_string (a, "held-on"));
    }
  return g_string_free (s, FALSE);
}

/* A fiscal year runs from April 1 to March 31: the sample's records of
 * 2026-03-31 and 2026-04-01 fall into different years.
 */
static void
test_sample_fiscal_years (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "sample.renkei");
  g_autoptr(RkDatabase) db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_autoptr(RkQueryModel) model = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *fy2025 = NULL;
  g_autofree char *fy2026_training = NULL;
  g_autofree char *everything = NULL;

  g_assert_no_error (error);

  years = rk_activity_list_fiscal_years (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2026);
  g_assert_cmpint (g_array_index (years, int, 1), ==, 2025);

  model = rk_activity_query_new (db);
  everything = titles (model);
  g_assert_cmpuint (n_items (model), ==, 13);
  /* Newest first. */
  g_assert_true (g_str_has_prefix (everything, "2027-02-14|2027-01-20|"));

  rk_activity_query_set_filter (model, 2025, NULL);
  fy2025 = titles (model);
  g_assert_cmpstr (fy2025, ==, "2026-03-31|2025-11-12");

  rk_activity_query_set_filter (model, 2026, RK_ACTIVITY_TRAINING);
  fy2026_training = titles (model);
  g_assert_cmpstr (fy2026_training, ==, "2027-01-20|2026-11-05|2026-09-10|2026-06-18");

  rk_activity_query_set_filter (model, 2026, NULL);
  g_assert_cmpuint (n_items (model), ==, 11);
  rk_activity_query_set_filter (model, 2024, NULL);
  g_assert_cmpuint (n_items (model), ==, 0);

  /* Every training session in the sample has its participants. */
  rk_activity_query_set_filter (model, 0, RK_ACTIVITY_TRAINING);
  g_assert_cmpuint (n_items (model), ==, 5);
  for (guint i = 0; i < n_items (model); i++)
    {
      g_autoptr(RkActivity) a = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_assert_cmpint (rk_activity_get_count (a), >, 0);
    }

  g_clear_object (&model);
  rk_database_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/activity/create-and-participants", test_create_and_participants);
  g_test_add_func ("/core/activity/delete-undo", test_delete_undo);
  g_test_add_func ("/core/activity/constraints", test_constraints);
  g_test_add_func ("/core/activity/sample-fiscal-years", test_sample_fiscal_years);

  return g_test_run ();
}
