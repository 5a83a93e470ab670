/* bench-meetings.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rk-agenda-item.h"
#include "rk-countermeasure.h"
#include "rk-issue.h"
#include "rk-meeting.h"
#include "rk-meeting-export.h"
#include "rk-meeting-handout.h"
#include "rk-participant.h"

/* The meetings area at the size of a busy base after five years: 200
 * meetings with 25 participants and 15 agenda items each, and a register
 * of 1,000 issues with 3 countermeasures each. Prints how long it takes
 * to list what a meeting carries over, to count its attendance, to build
 * and print its handout, and to export the whole workbook.
 */

#define N_YEARS 5
#define MEETINGS_PER_YEAR 40
#define PARTICIPANTS 25
#define AGENDA 15
#define N_ISSUES 1000
#define ACTIONS 3

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  static const char *categories[] = { "municipality", "medical_association", "pharmacy",
                                      "home_nursing", "care_management", "public_health_center" };
  static const char *steps[] = { "situation", "issues", "measures" };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rk-bench-meetings-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.renkei", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "meetings.xlsx", NULL);
  g_autoptr(RkDatabase) db = rk_database_create (path, &error);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(RkMeeting) last = NULL;
  g_autoptr(RkReport) report = NULL;
  gint64 start;
  guint carried_total = 0;
  guint n_pages;

  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  {
    g_autoptr(RkTransaction) tx = rk_database_begin (db, NULL, &error);
    guint n = 0;

    for (int year = 2022; year < 2022 + N_YEARS; year++)
      for (guint m = 0; m < MEETINGS_PER_YEAR; m++, n++)
        {
          g_autofree char *date = g_strdup_printf ("%04d-%02u-%02u", year + (4 + m % 12 > 12),
                                                   (4 + m % 12 - 1) % 12 + 1, 1 + m / 12 * 7);
          g_autofree char *title = g_strdup_printf ("第%u回 連携会議", n + 1);
          g_autoptr(RkMeeting) meeting = rk_entity_create (db, RK_TYPE_MEETING, NULL, &error,
                                                           "title", title, "date", date,
                                                           "status", "held", NULL);

          g_assert_nonnull (meeting);
          for (guint p = 0; p < PARTICIPANTS; p++)
            {
              g_autoptr(RkEntity) row = rk_entity_create (db, RK_TYPE_PARTICIPANT, NULL, &error,
                                                          "meeting-id",
                                                          rk_entity_get_id (RK_ENTITY (meeting)),
                                                          "position", (int) p,
                                                          "name", "参加者",
                                                          "category", categories[p % 6],
                                                          "attended", p % 5 != 0, NULL);
              g_assert_nonnull (row);
            }
          for (guint a = 0; a < AGENDA; a++)
            {
              g_autoptr(RkEntity) row = rk_entity_create (db, RK_TYPE_AGENDA_ITEM, NULL, &error,
                                                          "meeting-id",
                                                          rk_entity_get_id (RK_ENTITY (meeting)),
                                                          "position", (int) a,
                                                          "step", steps[a % 3],
                                                          "title", "在宅医療の24時間対応体制について",
                                                          "functions", 1 << (a % 5), NULL);
              g_assert_nonnull (row);
            }
          /* Five issues per meeting, a fifth of them still open. */
          for (guint i = 0; i < N_ISSUES / (N_YEARS * MEETINGS_PER_YEAR); i++)
            {
              g_autoptr(RkIssue) issue = rk_issue_new (db, meeting, "退院支援ルールが運用されていない",
                                                       &error);

              g_assert_nonnull (issue);
              if (i != 0)
                g_assert_true (rk_entity_update (RK_ENTITY (issue), NULL, &error,
                                                 "status", "resolved",
                                                 "closed-on", date, NULL));
              for (guint c = 0; c < ACTIONS; c++)
                {
                  gint64 id = rk_issue_add_countermeasure (issue, meeting, "ルールの周知研修", &error);
                  g_autoptr(RkEntity) action = rk_entity_lookup (db, RK_TYPE_COUNTERMEASURE, id,
                                                                 &error);

                  g_assert_true (rk_entity_update (action, NULL, &error,
                                                   "owner", "拠点", "due-date", date, NULL));
                }
            }
        }
    g_assert_true (rk_transaction_commit (tx, &error));
  }
  g_assert_no_error (error);
  g_print ("# filled %d meetings, %d participants, %d agenda items, %d issues, %d countermeasures"
           " in %.2f s\n",
           N_YEARS * MEETINGS_PER_YEAR, N_YEARS * MEETINGS_PER_YEAR * PARTICIPANTS,
           N_YEARS * MEETINGS_PER_YEAR * AGENDA, N_ISSUES, N_ISSUES * ACTIONS,
           seconds_since (start));

  ids = rk_meetings_list (db, 0, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(RkMeeting) meeting = rk_entity_lookup (db, RK_TYPE_MEETING,
                                                       g_array_index (ids, gint64, i), &error);
      g_autoptr(GArray) carried = rk_meeting_list_carried_issues (meeting, &error);
      g_autoptr(GArray) actions = rk_meeting_list_carried_actions (meeting, &error);

      carried_total += carried->len;
      g_assert_nonnull (actions);
    }
  g_print ("# carried over (issues and actions) for each of %u meetings: %.2f ms a meeting"
           " (%u issues carried in all)\n",
           ids->len, seconds_since (start) * 1000 / ids->len, carried_total);

  last = rk_entity_lookup (db, RK_TYPE_MEETING, g_array_index (ids, gint64, ids->len - 1), &error);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(RkAttendance) a = rk_meeting_count_attendance (last, &error);
      g_assert_nonnull (a);
    }
  g_print ("# attendance by category: %.3f ms\n", seconds_since (start) * 1000 / 100);

  start = g_get_monotonic_time ();
  report = rk_meeting_handout_new (last, &error);
  g_assert_no_error (error);
  g_assert_true (rk_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  n_pages = rk_report_get_n_pages (report);
  g_print ("# handout of the last meeting (%u pages): %.2f s\n", n_pages, seconds_since (start));

  start = g_get_monotonic_time ();
  g_assert_true (rk_meeting_export_xlsx (db, 0, xlsx, &error));
  g_assert_no_error (error);
  g_print ("# workbook of every year (%d meetings, %d countermeasure rows): %.2f s\n",
           N_YEARS * MEETINGS_PER_YEAR, N_ISSUES * ACTIONS, seconds_since (start));

  rk_database_close (db);
  g_unlink (pdf);
  g_unlink (xlsx);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}
