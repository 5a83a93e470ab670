/* bench-bcp.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "rk-bcp-export.h"
#include "rk-bcp-report.h"
#include "rk-bcp-store.h"
#include "rk-care-person.h"
#include "rk-entity.h"

/* The disaster BCP tab at the size of a large region after an import of
 * the public open data: 20,000 organisations, 3,000 institutional BCPs, a
 * regional BCP with 5,000 members, and 1,000 people in the register. Prints
 * how long the tab's questions, exports and printouts take.
 */

#define N_ORGS 20000
#define N_PLANS 3000
#define N_REGIONAL_MEMBERS 5000
#define N_PEOPLE 1000

static const char *kinds[] = {
  "hospital", "clinic", "dental_clinic", "pharmacy", "home_nursing", "care_facility",
  "care_management", "home_help", "disability_service", "community_support",
};

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
fill (RkDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkTransaction) tx = rk_database_begin (db, NULL, &error);
  sqlite3 *handle = rk_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);

  sqlite3_prepare_v2 (handle, "INSERT INTO organization (kind, name, kana) VALUES (?, ?, ?)", -1, &stmt, NULL);
  for (guint i = 0; i < N_ORGS; i++)
    {
      g_autofree char *name = g_strdup_printf ("ベンチ医療機関 第%05u号", i);

      sqlite3_bind_text (stmt, 1, kinds[i % G_N_ELEMENTS (kinds)], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);

  exec (handle, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                "INSERT INTO bcp_plan (kind, owner_id, status, title) "
                "SELECT 'institutional', i * 6, CASE i % 4 WHEN 0 THEN 'drafting' ELSE 'done' END, "
                "'機関型BCP ' || i FROM n");
  exec (handle, "INSERT INTO bcp_plan (kind, title, status) VALUES ('regional', '地域BCP', 'done')");
  exec (handle, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                "INSERT INTO bcp_member (plan_id, organization_id, took_part) "
                "SELECT (SELECT id FROM bcp_plan WHERE kind = 'regional'), i * 4, i % 5 <> 0 FROM n");
  exec (handle, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                "INSERT INTO care_person (name, kana, phone, hospital_id, backup_car, consent_date, reviewed_on) "
                "SELECT 'ベンチ 利用者' || i, 'べんち', '099-000-' || i, CASE WHEN i % 3 THEN i ELSE NULL END, "
                "i % 2, CASE WHEN i % 7 THEN '2026-01-01' ELSE '' END, '2025-06-01' FROM n");
  exec (handle, "INSERT INTO care_device (person_id, device, internal_hours, external_hours) "
                "SELECT id, 'ventilator', 6, id % 30 FROM care_person");
  exec (handle, "INSERT INTO care_device (person_id, device, internal_hours) "
                "SELECT id, 'suction', 2 FROM care_person");
  exec (handle, "INSERT INTO care_contact (person_id, name, phone) "
                "SELECT id, '家族 ' || id, '099-111-' || id FROM care_person");

  g_assert_true (rk_transaction_commit (tx, &error));
  g_assert_no_error (error);
}

static double
report (const char *what,
        gint64      start)
{
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  g_print ("%-48s %9.1f ms\n", what, ms);
  return ms;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("bench-bcp-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.renkei", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "bench.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "bench.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(GPtrArray) readiness = NULL;
  g_autoptr(GArray) board = NULL;
  g_autoptr(RkCareCounts) counts = NULL;
  g_autoptr(RkReport) overview = NULL;
  g_autoptr(RkCarePerson) person = NULL;
  gint64 start;

  db = rk_database_create (path, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  fill (db);
  report ("fill (20,000 organisations, 1,000 people)", start);

  start = g_get_monotonic_time ();
  readiness = rk_bcp_get_readiness (db, &error);
  g_assert_no_error (error);
  report ("readiness by kind of organisation", start);

  start = g_get_monotonic_time ();
  board = rk_care_get_board (db, "2026-10-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (board->len, ==, N_PEOPLE);
  report ("readiness board of the register", start);

  start = g_get_monotonic_time ();
  counts = rk_care_get_counts (db, "2026-10-01", &error);
  g_assert_no_error (error);
  report ("register counts", start);

  start = g_get_monotonic_time ();
  g_assert_true (rk_bcp_export_xlsx (db, xlsx, FALSE, "2026-10-01", &error));
  g_assert_no_error (error);
  report ("export-bcp (counts only)", start);

  start = g_get_monotonic_time ();
  g_assert_true (rk_bcp_export_xlsx (db, xlsx, TRUE, "2026-10-01", &error));
  g_assert_no_error (error);
  report ("export-bcp --include-personal", start);

  start = g_get_monotonic_time ();
  overview = rk_bcp_report_overview (db, FALSE, "2026-10-01", &error);
  g_assert_no_error (error);
  g_assert_true (rk_report_write_pdf (overview, pdf, &error));
  g_assert_no_error (error);
  report ("print-bcp to PDF", start);

  start = g_get_monotonic_time ();
  person = rk_entity_lookup (db, RK_TYPE_CARE_PERSON, 500, &error);
  g_assert_no_error (error);
  g_assert_true (rk_care_person_erase (person, &error));
  g_assert_no_error (error);
  report ("erase one person (delete + checkpoint)", start);

  rk_database_close (db);
  g_unlink (path);
  g_unlink (xlsx);
  g_unlink (pdf);
  g_rmdir (dir);
  return 0;
}
