/* rk-meeting-register.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meeting"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-database-private.h"
#include "rk-meeting.h"

/* RkMeeting's reading of the issue register and of its agenda: what a
 * meeting carries over, which issues are open at it, its actions carried
 * over, and the lists the handout, the workbook and renkei-cli read.
 */

static GArray *
query_ids (RkDatabase  *db,
           const char  *sql,
           const char  *first_text,
           gint64       id,
           GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("read the meetings"));
      return NULL;
    }

  /* Parameters: ?1 is the reference date, ?2 the meeting. */
  sqlite3_bind_text (stmt, 1, first_text, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, row);
    }

  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the meetings"));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/* An issue is open at a date if it was not yet resolved or dropped then:
 * its status is open, or it was closed on that day or later. The date it
 * was raised is its own, or its meeting's.
 */
#define RAISED_ON \
  "coalesce(nullif(i.raised_on, ''), (SELECT date FROM meeting WHERE id = i.raised_meeting_id), '')"
#define OPEN_AT(date) \
  "(i.status IN ('open', 'in_progress') OR (i.closed_on <> '' AND i.closed_on >= " date "))"
/* A working group's meeting follows its own issues; any other meeting all. */
#define IN_SCOPE \
  "(m.working_group_id IS NULL OR i.working_group_id = m.working_group_id)"

/**
 * rk_meeting_list_carried_issues:
 *
 * The issues raised before this meeting and still open at its date
 * (today, if it has none): what its agenda carries over as 前回からの継続.
 * A working group's meeting carries its own group's issues only.
 *
 * Returns: (transfer full) (element-type gint64): issue ids, most urgent
 *   first
 */
GArray *
rk_meeting_list_carried_issues (RkMeeting  *self,
                                GError    **error)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (RK_IS_MEETING (self), NULL);

  date = rk_meeting_dup_reference_date (self);
  return query_ids (rk_entity_get_database (RK_ENTITY (self)),
                    "SELECT i.id FROM issue AS i, meeting AS m WHERE m.id = ?2"
                    " AND " RAISED_ON " < ?1 AND " OPEN_AT ("?1") " AND " IN_SCOPE
                    " AND i.raised_meeting_id IS NOT ?2"
                    " ORDER BY CASE i.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,"
                    "  " RAISED_ON ", i.id",
                    date, rk_entity_get_id (RK_ENTITY (self)), error);
}

/**
 * rk_meeting_list_open_issues:
 *
 * The issues open at this meeting: those carried over and those raised
 * at it.
 *
 * Returns: (transfer full) (element-type gint64): issue ids
 */
GArray *
rk_meeting_list_open_issues (RkMeeting  *self,
                             GError    **error)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (RK_IS_MEETING (self), NULL);

  date = rk_meeting_dup_reference_date (self);
  return query_ids (rk_entity_get_database (RK_ENTITY (self)),
                    "SELECT i.id FROM issue AS i, meeting AS m WHERE m.id = ?2"
                    " AND " OPEN_AT ("?1")
                    " AND (i.raised_meeting_id IS ?2 OR (" RAISED_ON " < ?1 AND " IN_SCOPE "))"
                    " ORDER BY CASE i.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,"
                    "  " RAISED_ON ", i.id",
                    date, rk_entity_get_id (RK_ENTITY (self)), error);
}

/**
 * rk_meeting_list_carried_actions:
 *
 * The countermeasures decided before this meeting that were not yet done
 * or cancelled at its date, for the issues it carries over: the actions
 * carried over. Those past their due date come first.
 *
 * Returns: (transfer full) (element-type gint64): countermeasure ids
 */
GArray *
rk_meeting_list_carried_actions (RkMeeting  *self,
                                 GError    **error)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (RK_IS_MEETING (self), NULL);

  date = rk_meeting_dup_reference_date (self);
  return query_ids (rk_entity_get_database (RK_ENTITY (self)),
                    "SELECT c.id FROM countermeasure AS c JOIN issue AS i ON i.id = c.issue_id,"
                    "  meeting AS m WHERE m.id = ?2"
                    " AND " RAISED_ON " < ?1 AND " OPEN_AT ("?1") " AND " IN_SCOPE
                    " AND coalesce(nullif(c.decided_on, ''),"
                    "     (SELECT date FROM meeting WHERE id = c.meeting_id), " RAISED_ON ") < ?1"
                    " AND c.meeting_id IS NOT ?2"
                    " AND (c.status IN ('planned', 'in_progress')"
                    "      OR (c.completed_on <> '' AND c.completed_on >= ?1))"
                    " ORDER BY c.due_date = '', c.due_date, i.id, c.position, c.id",
                    date, rk_entity_get_id (RK_ENTITY (self)), error);
}

/**
 * rk_meeting_list_raised_issues:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the issues
 *   raised at this meeting
 */
GArray *
rk_meeting_list_raised_issues (RkMeeting  *self,
                               GError    **error)
{
  g_return_val_if_fail (RK_IS_MEETING (self), NULL);

  return query_ids (rk_entity_get_database (RK_ENTITY (self)),
                    "SELECT id FROM issue WHERE ?1 IS NULL AND raised_meeting_id = ?2 ORDER BY id",
                    NULL, rk_entity_get_id (RK_ENTITY (self)), error);
}

/**
 * rk_meeting_summarize_agenda:
 * @n_per_step: (out): the number of items in each of the three steps
 * @functions: (out) (optional): every function any item is tagged with
 * @titles: (out) (optional) (transfer full): the items' titles, one a line
 *
 * Sums up the agenda, as the survey of the prefecture asks for it.
 */
gboolean
rk_meeting_summarize_agenda (RkMeeting    *self,
                             guint         n_per_step[3],
                             RkFunctions  *functions,
                             char        **titles,
                             GError      **error)
{
  RkDatabase *db;
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(RkStatement) stmt = NULL;
  RkFunctions all = 0;
  int rc;

  g_return_val_if_fail (RK_IS_MEETING (self), FALSE);

  db = rk_entity_get_database (RK_ENTITY (self));
  stmt = rk_database_prepare (db,
                              "SELECT step, functions, title FROM agenda_item WHERE meeting_id = ?"
                              " ORDER BY CASE step WHEN 'situation' THEN 0 WHEN 'issues' THEN 1"
                              "  ELSE 2 END, position, id",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));

  n_per_step[0] = n_per_step[1] = n_per_step[2] = 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *title = (const char *) sqlite3_column_text (stmt, 2);

      n_per_step[rk_meeting_step_get_index ((const char *) sqlite3_column_text (stmt, 0))]++;
      all |= sqlite3_column_int (stmt, 1);
      if (title[0] != '\0')
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", title);
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the agenda"));
      return FALSE;
    }

  if (functions != NULL)
    *functions = all;
  if (titles != NULL)
    *titles = g_string_free (g_steal_pointer (&text), FALSE);
  return TRUE;
}

/**
 * rk_meetings_list:
 * @fiscal_year: a fiscal year, or 0 for every meeting
 *
 * Returns: (transfer full) (element-type gint64): the ids of the
 *   meetings, in date order; with a fiscal year, those without a date too
 */
GArray *
rk_meetings_list (RkDatabase  *db,
                  int          fiscal_year,
                  GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char first[11], last[11];
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  rk_fiscal_year_get_range (fiscal_year, first, last);
  rc = sqlite3_prepare_v2 (rk_database_get_handle (db),
                           "SELECT id FROM meeting WHERE ?1 = 0 OR date = ''"
                           " OR date BETWEEN ?2 AND ?3 ORDER BY " RK_MEETING_ORDER,
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("read the meetings"));
      return NULL;
    }
  sqlite3_bind_int (stmt, 1, fiscal_year);
  sqlite3_bind_text (stmt, 2, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the meetings"));
      return NULL;
    }

  return g_steal_pointer (&ids);
}
