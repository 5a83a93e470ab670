/* test-meetings.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "rk-agenda-item.h"
#include "rk-countermeasure.h"
#include "rk-database-private.h"
#include "rk-issue.h"
#include "rk-issue-progress.h"
#include "rk-meeting.h"
#include "rk-participant.h"
#include "rk-personal-names.h"
#include "rk-query-model.h"
#include "rk-sample.h"
#include "rk-working-group.h"

/* The meetings area: the register that carries open issues from meeting
 * to meeting, attendance counted by category, deleting a meeting without
 * losing its issues, ids that are never reused, the example agenda, and
 * the personal-name warning for minutes.
 */

static RkDatabase *
new_workspace (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  RkDatabase *db;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  db = rk_database_create (path, &error);
  g_assert_no_error (error);
  return db;
}

static RkDatabase *
sample_workspace (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "sample.renkei", NULL);
  RkDatabase *db;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  db = rk_sample_create (path, &error);
  g_assert_no_error (error);
  return db;
}

static gint64
query_int (RkDatabase *db,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (g_steal_pointer (&stmt));
  return value;
}

static RkMeeting *
meeting_titled (RkDatabase *db,
                const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  RkMeeting *meeting;
  gint64 id;

  sqlite3_prepare_v2 (rk_database_get_handle (db), "SELECT id FROM meeting WHERE title = ?", -1,
                      &stmt, NULL);
  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (g_steal_pointer (&stmt));

  meeting = rk_entity_lookup (db, RK_TYPE_MEETING, id, &error);
  g_assert_no_error (error);
  return meeting;
}

static gboolean
ids_contain (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/*
 * The register carries open issues to the next meeting
 */

static void
test_carry_over (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = new_workspace ("carry.renkei");
  g_autoptr(RkMeeting) first = rk_meeting_new (db, "secondary", "2026-07-15", "第1回", &error);
  g_autoptr(RkMeeting) second = rk_meeting_new (db, "secondary", "2026-10-21", "第2回", &error);
  g_autoptr(RkMeeting) third = rk_meeting_new (db, "plenary", "2027-02-17", "全体会議", &error);
  g_autoptr(RkIssue) open_issue = NULL;
  g_autoptr(RkIssue) solved = NULL;
  g_autoptr(RkIssue) later = NULL;
  g_autoptr(RkCountermeasure) overdue = NULL;
  g_autoptr(RkCountermeasure) on_time = NULL;
  g_autoptr(GArray) carried = NULL;
  g_autoptr(GArray) actions = NULL;
  g_autoptr(GArray) open_ids = NULL;
  gint64 id;

  g_assert_no_error (error);

  open_issue = rk_issue_new (db, first, "24時間対応体制が未構築", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (open_issue), "raised-on"), ==, "2026-07-15");
  solved = rk_issue_new (db, first, "訪問歯科の利用が少ない", &error);
  later = rk_issue_new (db, second, "災害時の情報共有", &error);
  g_assert_no_error (error);

  id = rk_issue_add_countermeasure (open_issue, first, "当番医の試行", &error);
  g_assert_no_error (error);
  overdue = rk_entity_lookup (db, RK_TYPE_COUNTERMEASURE, id, &error);
  g_assert_true (rk_entity_update (RK_ENTITY (overdue), NULL, &error, "due-date", "2026-09-30",
                                   NULL));
  id = rk_issue_add_countermeasure (open_issue, first, "連絡票の共通化", &error);
  on_time = rk_entity_lookup (db, RK_TYPE_COUNTERMEASURE, id, &error);
  g_assert_true (rk_entity_update (RK_ENTITY (on_time), NULL, &error, "due-date", "2026-12-31",
                                   NULL));
  g_assert_no_error (error);

  /* Resolved at the second meeting: still open at it, gone after. */
  g_assert_true (rk_entity_update (RK_ENTITY (solved), NULL, &error,
                                   "status", "resolved", "closed-on", "2026-10-21", NULL));

  /* The first meeting carries nothing: everything was raised there. */
  carried = rk_meeting_list_carried_issues (first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (carried->len, ==, 0);
  g_clear_pointer (&carried, g_array_unref);

  carried = rk_meeting_list_carried_issues (second, &error);
  g_assert_cmpuint (carried->len, ==, 2);
  g_assert_true (ids_contain (carried, rk_entity_get_id (RK_ENTITY (open_issue))));
  g_assert_true (ids_contain (carried, rk_entity_get_id (RK_ENTITY (solved))));
  g_assert_false (ids_contain (carried, rk_entity_get_id (RK_ENTITY (later))));
  g_clear_pointer (&carried, g_array_unref);

  actions = rk_meeting_list_carried_actions (second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 2);
  /* Overdue first, and it is overdue at the second meeting only. */
  g_assert_cmpint (g_array_index (actions, gint64, 0), ==, rk_entity_get_id (RK_ENTITY (overdue)));
  g_assert_true (rk_countermeasure_is_overdue (overdue, "2026-10-21"));
  g_assert_false (rk_countermeasure_is_overdue (overdue, "2026-09-30"));
  g_assert_false (rk_countermeasure_is_overdue (on_time, "2026-10-21"));
  g_clear_pointer (&actions, g_array_unref);

  carried = rk_meeting_list_carried_issues (third, &error);
  g_assert_cmpuint (carried->len, ==, 2);
  g_assert_true (ids_contain (carried, rk_entity_get_id (RK_ENTITY (open_issue))));
  g_assert_true (ids_contain (carried, rk_entity_get_id (RK_ENTITY (later))));
  g_assert_false (ids_contain (carried, rk_entity_get_id (RK_ENTITY (solved))));
  g_clear_pointer (&carried, g_array_unref);

  /* An action done before a meeting is not carried to it. */
  g_assert_true (rk_entity_update (RK_ENTITY (overdue), NULL, &error,
                                   "status", "done", "completed-on", "2026-11-01", NULL));
  actions = rk_meeting_list_carried_actions (third, &error);
  g_assert_cmpuint (actions->len, ==, 1);
  g_assert_cmpint (g_array_index (actions, gint64, 0), ==, rk_entity_get_id (RK_ENTITY (on_time)));
  g_clear_pointer (&actions, g_array_unref);
  /* …but it still was at the second meeting, before it was done. */
  actions = rk_meeting_list_carried_actions (second, &error);
  g_assert_cmpuint (actions->len, ==, 2);
  g_assert_true (rk_countermeasure_is_overdue (overdue, "2026-10-21"));
  g_assert_false (rk_countermeasure_is_overdue (overdue, "2027-02-17"));

  /* The open issues of a meeting are those carried plus its own. */
  open_ids = rk_meeting_list_open_issues (second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open_ids->len, ==, 3);

  /* Resolving an issue now dates it today; reopening clears the date. */
  g_assert_true (rk_issue_set_status (later, "resolved", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (later), "closed-on"), !=, "");
  g_assert_true (rk_issue_set_status (later, "in_progress", &error));
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (later), "closed-on"), ==, "");
}

/* A working group's meeting carries its own group's issues only. */
static void
test_carry_over_working_group (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = new_workspace ("carry-wg.renkei");
  g_autoptr(RkWorkingGroup) wg = rk_working_group_new (db, "24時間WG", &error);
  g_autoptr(RkMeeting) plenary = rk_meeting_new (db, "plenary", "2026-05-01", "全体", &error);
  g_autoptr(RkMeeting) wg_meeting = rk_meeting_new (db, "working_group", "2026-06-01", "WG",
                                                    &error);
  g_autoptr(RkIssue) general = rk_issue_new (db, plenary, "一般の課題", &error);
  g_autoptr(RkIssue) ours = rk_issue_new (db, plenary, "WGの課題", &error);
  g_autoptr(GArray) carried = NULL;

  g_assert_no_error (error);
  g_assert_true (rk_entity_update (RK_ENTITY (wg_meeting), NULL, &error,
                                   "working-group-id", rk_entity_get_id (RK_ENTITY (wg)), NULL));
  g_assert_true (rk_entity_update (RK_ENTITY (ours), NULL, &error,
                                   "working-group-id", rk_entity_get_id (RK_ENTITY (wg)), NULL));

  carried = rk_meeting_list_carried_issues (wg_meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (carried->len, ==, 1);
  g_assert_cmpint (g_array_index (carried, gint64, 0), ==, rk_entity_get_id (RK_ENTITY (ours)));
  g_assert_nonnull (general);

  /* The group's cycle for the year is there from the start, once. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM working_group_cycle"), ==, 1);
  g_assert_cmpint (rk_working_group_count_meetings (wg, 2026, FALSE), ==, 1);
  g_assert_cmpint (rk_working_group_count_meetings (wg, 2026, TRUE), ==, 0);
  g_assert_cmpint (rk_working_group_count_meetings (wg, 2025, FALSE), ==, 0);
}

/*
 * Attendance by category
 */

static void
test_attendance (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = sample_workspace ();
  g_autoptr(RkMeeting) meeting = meeting_titled (db, "第1回 在宅医療・介護連携会議（二次連携）");
  g_autoptr(RkAttendance) a = rk_meeting_count_attendance (meeting, &error);
  guint sum = 0;

  g_assert_no_error (error);
  g_assert_nonnull (a);

  /* The sample's first 二次連携 meeting: 18 invited, 15 attended. */
  g_assert_cmpuint (a->total_invited, ==, 18);
  g_assert_cmpuint (a->total_attended, ==, 15);
  g_assert_cmpuint (a->invited[RK_ATTENDANCE_PREFECTURE], ==, 1);
  g_assert_cmpuint (a->attended[RK_ATTENDANCE_PREFECTURE], ==, 0);
  g_assert_cmpuint (a->attended[RK_ATTENDANCE_MUNICIPALITY], ==, 3);
  g_assert_cmpuint (a->attended[RK_ATTENDANCE_PUBLIC_HEALTH_CENTER], ==, 1);
  g_assert_cmpuint (a->attended[RK_ATTENDANCE_FIRE], ==, 0);
  g_assert_cmpuint (a->attended[RK_ATTENDANCE_MEDICAL_BODY], ==, 4);
  g_assert_cmpuint (a->attended[RK_ATTENDANCE_MEDICAL_INSTITUTION], ==, 4);
  g_assert_cmpuint (a->attended[RK_ATTENDANCE_CARE_WELFARE], ==, 2);
  g_assert_cmpuint (a->invited[RK_ATTENDANCE_CARE_WELFARE], ==, 3);
  g_assert_cmpuint (a->attended[RK_ATTENDANCE_OTHER], ==, 1);
  for (guint i = 0; i < RK_N_ATTENDANCE_GROUPS; i++)
    sum += a->attended[i];
  g_assert_cmpuint (sum, ==, a->total_attended);

  /* Per category, in the guidebook's order. */
  g_assert_cmpstr (g_array_index (a->by_category, RkCategoryCount, 0).category, ==, "prefecture");
  g_assert_cmpstr (g_array_index (a->by_category, RkCategoryCount, 1).category, ==, "municipality");
  g_assert_cmpuint (g_array_index (a->by_category, RkCategoryCount, 1).attended, ==, 3);
  g_assert_cmpstr (g_array_index (a->by_category, RkCategoryCount,
                                  a->by_category->len - 1).category, ==, "other");

  /* A category typed by the user counts as "other" and is listed last. */
  {
    gint64 id = rk_meeting_add_participant (meeting, -1, NULL, "市民委員", &error);
    g_autoptr(RkEntity) p = rk_entity_lookup (db, RK_TYPE_PARTICIPANT, id, &error);
    g_autoptr(RkAttendance) b = NULL;

    g_assert_no_error (error);
    /* Added to a meeting that was held: marked as attended. */
    g_assert_true (rk_entity_get_boolean (p, "attended"));
    b = rk_meeting_count_attendance (meeting, &error);
    g_assert_cmpuint (b->attended[RK_ATTENDANCE_OTHER], ==, 2);
    g_assert_cmpstr (g_array_index (b->by_category, RkCategoryCount,
                                    b->by_category->len - 1).category, ==, "市民委員");
  }
}

static void
test_category_guess (void)
{
  g_assert_cmpstr (rk_participant_category_for_organization ("association", "歯科医師会", ""), ==,
                   "dental_association");
  g_assert_cmpstr (rk_participant_category_for_organization ("association", "", "さくら市医師会"), ==,
                   "medical_association");
  g_assert_cmpstr (rk_participant_category_for_organization ("government", "保健所", ""), ==,
                   "public_health_center");
  g_assert_cmpstr (rk_participant_category_for_organization ("government", "", "青葉県 健康福祉部"),
                   ==, "prefecture");
  g_assert_cmpstr (rk_participant_category_for_organization ("government", "", "京都市 保健福祉局"),
                   ==, "municipality");
  g_assert_cmpstr (rk_participant_category_for_organization ("clinic", "在宅療養支援診療所", ""), ==,
                   "home_care_support_clinic");
  g_assert_cmpstr (rk_participant_category_for_organization ("home_nursing", "", ""), ==,
                   "home_nursing");
  g_assert_cmpstr (rk_participant_category_for_organization ("fire_department", "", ""), ==,
                   "fire");
  g_assert_cmpint (rk_participant_category_get_group ("pharmacy"), ==,
                   RK_ATTENDANCE_MEDICAL_INSTITUTION);
  g_assert_cmpint (rk_participant_category_get_group ("care_manager_association"), ==,
                   RK_ATTENDANCE_CARE_WELFARE);
}

/*
 * Deleting a meeting keeps its issues
 */

static void
test_delete_keeps_issues (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = sample_workspace ();
  g_autoptr(RkMeeting) meeting = meeting_titled (db, "第2回 在宅医療・介護連携会議（二次連携）");
  gint64 meeting_id = rk_entity_get_id (RK_ENTITY (meeting));
  gint64 issues = query_int (db, "SELECT count(*) FROM issue");
  gint64 actions = query_int (db, "SELECT count(*) FROM countermeasure");
  gint64 notes = query_int (db, "SELECT count(*) FROM issue_progress");
  gint64 raised;
  g_autofree char *sql = NULL;

  raised = rk_meeting_count_raised_issues (meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raised, ==, 1);

  /* The schema refuses to orphan them behind rk_meeting_delete()'s back. */
  g_assert_false (rk_entity_delete (RK_ENTITY (meeting), "Delete", &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_true (rk_meeting_delete (meeting, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM issue"), ==, issues);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM countermeasure"), ==, actions);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM issue_progress"), ==, notes);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM issue WHERE raised_meeting_id IS NOT NULL"
                                  " AND raised_meeting_id NOT IN (SELECT id FROM meeting)"), ==, 0);
  /* It says in words where it was raised, and keeps its date. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM issue WHERE raised_note ="
                                  " '2026-10-21 第2回 在宅医療・介護連携会議（二次連携）'"
                                  " AND raised_on = '2026-10-21' AND raised_meeting_id IS NULL"),
                   ==, 1);
  sql = g_strdup_printf ("SELECT count(*) FROM participant WHERE meeting_id = %" G_GINT64_FORMAT,
                         meeting_id);
  g_assert_cmpint (query_int (db, sql), ==, 0);

  /* One undo brings everything back as it was. */
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, sql), ==, 16);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM issue WHERE raised_note <> ''"), ==, 0);
  g_assert_cmpint (rk_meeting_count_raised_issues (meeting, NULL), ==, 1);
}

/*
 * Ids of issues and countermeasures are never reused
 */

static void
test_ids_not_reused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = new_workspace ("ids.renkei");
  g_autoptr(RkIssue) issue = rk_issue_new (db, NULL, "課題", &error);
  gint64 first, second, third;

  g_assert_no_error (error);
  first = rk_issue_add_countermeasure (issue, NULL, "一", &error);
  second = rk_issue_add_countermeasure (issue, NULL, "二", &error);
  g_assert_no_error (error);
  g_assert_cmpint (second, >, first);

  /* Delete the last one, and undo adding it again: its id stays taken. */
  {
    g_autoptr(RkEntity) last = rk_entity_lookup (db, RK_TYPE_COUNTERMEASURE, second, &error);
    g_assert_true (rk_entity_delete (last, "Delete", &error));
  }
  third = rk_issue_add_countermeasure (issue, NULL, "三", &error);
  g_assert_no_error (error);
  g_assert_cmpint (third, >, second);

  g_assert_true (rk_database_undo (db, &error));   /* adding 三 */
  g_assert_true (rk_database_undo (db, &error));   /* deleting 二 */
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT max(id) FROM countermeasure"), ==, second);
  third = rk_issue_add_countermeasure (issue, NULL, "四", &error);
  g_assert_cmpint (third, >, second + 1);
}

/*
 * The example agenda, and agenda order
 */

static void
test_example_agenda (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = new_workspace ("agenda.renkei");
  g_autoptr(RkMeeting) meeting = rk_meeting_new (db, "secondary", NULL, NULL, &error);
  g_autoptr(RkQueryModel) items = NULL;
  guint n_template;

  g_assert_no_error (error);
  g_assert_true (rk_meeting_add_example_agenda (meeting, &error));
  g_assert_no_error (error);
  rk_agenda_template_get (&n_template);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM agenda_item"), ==, n_template);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT step) FROM agenda_item"), ==, 3);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM agenda_item WHERE functions & 16"), ==, 1);

  /* One undo takes the whole template away. */
  g_assert_true (rk_database_undo (db, &error));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM agenda_item"), ==, 0);

  /* A new meeting is dated today, in the fiscal year of today. */
  g_assert_cmpint (rk_meeting_get_fiscal_year (meeting), >, 2000);
  items = rk_query_model_new (db, RK_TYPE_AGENDA_ITEM, "SELECT id FROM agenda_item");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 0);
}

static void
test_fiscal_year_range (void)
{
  char first[11], last[11];

  rk_fiscal_year_get_range (2026, first, last);
  g_assert_cmpstr (first, ==, "2026-04-01");
  g_assert_cmpstr (last, ==, "2027-03-31");
}

static void
test_filter_sql (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = sample_workspace ();
  RkIssueFilter filter = { "unresolved", 0, -1, NULL };
  g_auto(GStrv) params = NULL;
  g_autofree char *sql = rk_issue_filter_to_sql (&filter, &params);
  g_autoptr(RkQueryModel) model = rk_query_model_new (db, RK_TYPE_ISSUE, sql);

  rk_query_model_set_query (model, sql, (const char * const *) params);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 4);

  g_clear_pointer (&sql, g_free);
  g_clear_pointer (&params, g_strfreev);
  filter.status = NULL;
  filter.functions = RK_FUNCTION_DISASTER;
  sql = rk_issue_filter_to_sql (&filter, &params);
  rk_query_model_set_query (model, sql, (const char * const *) params);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);

  g_clear_pointer (&sql, g_free);
  g_clear_pointer (&params, g_strfreev);
  filter.functions = 0;
  filter.working_group_id = query_int (db, "SELECT id FROM working_group");
  sql = rk_issue_filter_to_sql (&filter, &params);
  rk_query_model_set_query (model, sql, (const char * const *) params);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);

  g_clear_pointer (&sql, g_free);
  g_clear_pointer (&params, g_strfreev);
  filter.working_group_id = -1;
  filter.status = "closed";
  filter.search = "歯科";
  sql = rk_issue_filter_to_sql (&filter, &params);
  rk_query_model_set_query (model, sql, (const char * const *) params);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_no_error (error);
}

/*
 * The personal-name warning
 */

static char *
found (const char *text)
{
  g_autoptr(GArray) matches = rk_personal_names_find (text, NULL);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      const RkPersonalNameMatch *m = &g_array_index (matches, RkPersonalNameMatch, i);

      if (s->len > 0)
        g_string_append_c (s, '|');
      g_string_append_len (s, text + m->offset, m->length);
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_personal_names (void)
{
  static const struct {
    const char *text;
    const char *expected;
  } cases[] = {
    /* Caught */
    { "山田さんの退院調整が遅れた。", "山田さん" },
    { "佐藤 花子様のご自宅へ訪問。", "佐藤 花子様" },
    { "訪問看護の鈴木氏より報告。", "鈴木氏" },
    { "ヤマダタロウ様の件", "ヤマダタロウ様" },
    { "Aさん（80代女性）は独居。", "Aさん|80代女性" },
    { "Ｂ氏の退院", "Ｂ氏" },
    { "85歳男性、独居。", "85歳男性" },
    { "女性（92歳）が入院", "女性（92歳" },
    { "山田様宅で担当者会議", "山田様" },
    { "市役所山田さんから", "市役所山田さん" },
    { "健一さんと緒方さん", "健一さん|緒方さん" },
    /* Left alone */
    { "患者さんとご家族様、利用者様への説明。", "" },
    { "皆さん、お母さん、お子さん、赤ちゃん。", "" },
    { "ケアマネさんとヘルパーさんの連携。", "" },
    { "同様に、多様な職種が参加した。様式を見直す。", "" },
    { "氏名の欄は空欄とする。", "" },
    { "たくさんの意見が出た。おばあさん。", "" },
    { "担当者様へ送付。委員長さんより挨拶。", "" },
    { "24時間対応の薬局は5か所。", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = found (cases[i].text);

      g_test_message ("%s → %s", cases[i].text, got);
      g_assert_cmpstr (got, ==, cases[i].expected);
    }

  /* Names from a register of personal data are caught anywhere. */
  {
    const char *registered[] = { "桜井一郎", "X", NULL };
    g_autoptr(GArray) m = rk_personal_names_find ("桜井一郎の電源確保について", registered);
    g_autofree char *described = NULL;

    g_assert_cmpuint (m->len, ==, 1);
    g_assert_cmpint (g_array_index (m, RkPersonalNameMatch, 0).kind, ==,
                     RK_PERSONAL_NAME_REGISTERED);
    described = rk_personal_names_describe ("桜井一郎の電源確保について", m, 3);
    g_assert_nonnull (strstr (described, "桜井一郎"));
  }

  /* The sample's minutes name no one. */
  {
    g_autoptr(RkDatabase) db = sample_workspace ();
    g_autoptr(sqlite3_stmt) stmt = NULL;

    sqlite3_prepare_v2 (rk_database_get_handle (db),
                        "SELECT minutes || decisions FROM agenda_item", -1, &stmt, NULL);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        g_autofree char *names = found ((const char *) sqlite3_column_text (stmt, 0));
        g_assert_cmpstr (names, ==, "");
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/meetings/carry-over", test_carry_over);
  g_test_add_func ("/core/meetings/carry-over-working-group", test_carry_over_working_group);
  g_test_add_func ("/core/meetings/attendance", test_attendance);
  g_test_add_func ("/core/meetings/category-guess", test_category_guess);
  g_test_add_func ("/core/meetings/delete-keeps-issues", test_delete_keeps_issues);
  g_test_add_func ("/core/meetings/ids-not-reused", test_ids_not_reused);
  g_test_add_func ("/core/meetings/example-agenda", test_example_agenda);
  g_test_add_func ("/core/meetings/fiscal-year-range", test_fiscal_year_range);
  g_test_add_func ("/core/meetings/issue-filter", test_filter_sql);
  g_test_add_func ("/core/meetings/personal-names", test_personal_names);

  return g_test_run ();
}
