/* rk-issue.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-issue"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-countermeasure.h"
#include "rk-database-private.h"
#include "rk-issue.h"
#include "rk-issue-progress.h"

/**
 * RkIssue:
 *
 * One entry of the issue register (課題): raised at a meeting or elsewhere,
 * followed through its countermeasures and progress notes to an
 * evaluation. Its id is never reused.
 */
struct _RkIssue
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkIssue, rk_issue, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_FUNCTIONS,
  PROP_PRIORITY,
  PROP_STATUS,
  PROP_RAISED_MEETING_ID,
  PROP_RAISED_NOTE,
  PROP_RAISED_ON,
  PROP_CLOSED_ON,
  PROP_WORKING_GROUP_ID,
  PROP_EVALUATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_issue_class_init (RkIssueClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "issue");

  /* 課題 */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 内容 */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* RkFunctions */
  properties[PROP_FUNCTIONS] =
    g_param_spec_int ("functions", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* high / medium / low */
  properties[PROP_PRIORITY] =
    g_param_spec_string ("priority", NULL, NULL, "medium",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* open 未着手 / in_progress 対応中 / resolved 解決 / dropped 見送り */
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "open",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the meeting that raised it, or -1 */
  properties[PROP_RAISED_MEETING_ID] =
    g_param_spec_int64 ("raised-meeting-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* where it was raised, in words */
  properties[PROP_RAISED_NOTE] =
    g_param_spec_string ("raised-note", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* when it was raised, YYYY-MM-DD */
  properties[PROP_RAISED_ON] =
    g_param_spec_string ("raised-on", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* when it was resolved or dropped, or empty */
  properties[PROP_CLOSED_ON] =
    g_param_spec_string ("closed-on", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the working group in charge, or -1 */
  properties[PROP_WORKING_GROUP_ID] =
    g_param_spec_int64 ("working-group-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 評価 */
  properties[PROP_EVALUATION] =
    g_param_spec_string ("evaluation", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_issue_init (RkIssue *self)
{
}

/*
 * Public API
 */

/**
 * rk_issue_new:
 * @raised_at: (nullable): the meeting that raised it
 * @title: (nullable): the issue
 *
 * Adds an issue to the register, as one undoable edit. It is dated with
 * its meeting's date (or today) and belongs to the meeting's working
 * group, if any.
 *
 * Returns: (transfer full) (nullable): the new issue
 */
RkIssue *
rk_issue_new (RkDatabase  *db,
              RkMeeting   *raised_at,
              const char  *title,
              GError     **error)
{
  g_autofree char *date = NULL;
  gint64 meeting_id = -1;
  gint64 working_group_id = -1;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);
  g_return_val_if_fail (raised_at == NULL || RK_IS_MEETING (raised_at), NULL);

  if (raised_at != NULL)
    {
      meeting_id = rk_entity_get_id (RK_ENTITY (raised_at));
      working_group_id = rk_entity_get_int (RK_ENTITY (raised_at), "working-group-id");
      date = rk_meeting_dup_reference_date (raised_at);
    }
  else
    date = rk_today_iso_date ();

  return rk_entity_create (db, RK_TYPE_ISSUE, _("Add Issue"), error,
                           "title", title != NULL ? title : "",
                           "raised-meeting-id", meeting_id,
                           "raised-on", date,
                           "working-group-id", working_group_id,
                           NULL);
}

/**
 * rk_issue_set_status:
 * @status: an RK_MEETING_TERMS_ISSUE_STATUS code
 *
 * Changes the status; an issue resolved or dropped is dated today (so
 * that earlier meetings still show it as open), one reopened loses that
 * date.
 */
gboolean
rk_issue_set_status (RkIssue     *self,
                     const char  *status,
                     GError     **error)
{
  RkEntity *entity = RK_ENTITY (self);
  g_autofree char *today = NULL;
  const char *closed_on = rk_entity_get_string (entity, "closed-on");

  g_return_val_if_fail (RK_IS_ISSUE (self), FALSE);

  if (g_strcmp0 (status, rk_entity_get_string (entity, "status")) == 0)
    return TRUE;

  if (rk_issue_status_is_open (status))
    closed_on = "";
  else if (closed_on[0] == '\0')
    closed_on = today = rk_today_iso_date ();

  return rk_entity_update (entity, _("Change Issue Status"), error,
                           "status", status,
                           "closed-on", closed_on,
                           NULL);
}

static gint64
next_position (RkDatabase *db,
               gint64      issue_id)
{
  g_auto(RkStatement) stmt = rk_database_prepare (db, "SELECT coalesce(max(position) + 1, 0)"
                                                      " FROM countermeasure WHERE issue_id = ?",
                                                  NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, issue_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/**
 * rk_issue_add_countermeasure:
 * @decided_at: (nullable): the meeting that decided it
 * @what: (nullable): the countermeasure
 *
 * Returns: the new countermeasure's id, or 0 on error
 */
gint64
rk_issue_add_countermeasure (RkIssue     *self,
                             RkMeeting   *decided_at,
                             const char  *what,
                             GError     **error)
{
  RkDatabase *db;
  g_autoptr(RkEntity) row = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (RK_IS_ISSUE (self), 0);
  g_return_val_if_fail (decided_at == NULL || RK_IS_MEETING (decided_at), 0);

  db = rk_entity_get_database (RK_ENTITY (self));
  date = decided_at != NULL ? rk_meeting_dup_reference_date (decided_at) : rk_today_iso_date ();
  row = rk_entity_create (db, RK_TYPE_COUNTERMEASURE, _("Add Countermeasure"), error,
                          "issue-id", rk_entity_get_id (RK_ENTITY (self)),
                          "position", (int) next_position (db, rk_entity_get_id (RK_ENTITY (self))),
                          "what", what != NULL ? what : "",
                          "decided-on", date,
                          "meeting-id", decided_at != NULL ? rk_entity_get_id (RK_ENTITY (decided_at))
                                                           : (gint64) -1,
                          NULL);

  return row != NULL ? rk_entity_get_id (row) : 0;
}

/**
 * rk_issue_add_progress:
 * @reported_at: (nullable): the meeting it was reported at
 * @note: (nullable): the progress
 *
 * Returns: the new note's id, or 0 on error
 */
gint64
rk_issue_add_progress (RkIssue     *self,
                       RkMeeting   *reported_at,
                       const char  *note,
                       GError     **error)
{
  g_autoptr(RkEntity) row = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (RK_IS_ISSUE (self), 0);

  date = reported_at != NULL ? rk_meeting_dup_reference_date (reported_at) : rk_today_iso_date ();
  row = rk_entity_create (rk_entity_get_database (RK_ENTITY (self)), RK_TYPE_ISSUE_PROGRESS,
                          _("Add Progress Note"), error,
                          "issue-id", rk_entity_get_id (RK_ENTITY (self)),
                          "meeting-id", reported_at != NULL ? rk_entity_get_id (RK_ENTITY (reported_at))
                                                            : (gint64) -1,
                          "noted-on", date,
                          "note", note != NULL ? note : "",
                          NULL);

  return row != NULL ? rk_entity_get_id (row) : 0;
}

/**
 * rk_issue_dup_raised_at:
 *
 * Returns: (transfer full): where and when the issue was raised, in
 *   words: the meeting's title, or the note kept when it was deleted
 */
char *
rk_issue_dup_raised_at (RkIssue *self)
{
  RkEntity *entity = RK_ENTITY (self);
  gint64 meeting_id = rk_entity_get_int (entity, "raised-meeting-id");
  const char *note = rk_entity_get_string (entity, "raised-note");

  if (meeting_id > 0)
    {
      g_autoptr(RkMeeting) meeting = rk_entity_lookup (rk_entity_get_database (entity),
                                                       RK_TYPE_MEETING, meeting_id, NULL);

      if (meeting != NULL)
        return rk_meeting_dup_display_title (meeting);
    }

  return g_strdup (note);
}

char *
rk_issue_dup_number (RkIssue *self)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, rk_entity_get_id (RK_ENTITY (self)));
}

/**
 * rk_issue_filter_to_sql:
 * @params: (out) (transfer full): the texts to bind, for
 *   rk_query_model_set_query()
 *
 * Returns: (transfer full): the register's query for @filter, ids first:
 *   unresolved issues first, then by priority and number
 */
char *
rk_issue_filter_to_sql (const RkIssueFilter *filter,
                        GStrv               *params)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id FROM issue WHERE 1");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (filter->status == NULL || filter->status[0] == '\0')
    ;
  else if (g_str_equal (filter->status, "unresolved"))
    g_string_append (sql, " AND status IN ('open', 'in_progress')");
  else if (g_str_equal (filter->status, "closed"))
    g_string_append (sql, " AND status IN ('resolved', 'dropped')");
  else
    {
      g_string_append (sql, " AND status = ?");
      g_strv_builder_add (builder, filter->status);
    }

  if (filter->functions != 0)
    g_string_append_printf (sql, " AND (functions & %u) <> 0", (guint) filter->functions);

  if (filter->working_group_id == 0)
    g_string_append (sql, " AND working_group_id IS NULL");
  else if (filter->working_group_id > 0)
    g_string_append_printf (sql, " AND working_group_id = %" G_GINT64_FORMAT,
                            filter->working_group_id);

  if (filter->search != NULL && filter->search[0] != '\0')
    {
      /* instr() rather than LIKE: no wildcards to escape in what was typed. */
      g_string_append (sql, " AND (instr(title, ?) > 0 OR instr(description, ?) > 0)");
      g_strv_builder_add (builder, filter->search);
      g_strv_builder_add (builder, filter->search);
    }

  g_string_append (sql, " ORDER BY status NOT IN ('open', 'in_progress'),"
                        " CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, id");

  *params = g_strv_builder_end (builder);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/**
 * rk_issue_dup_progress_text:
 *
 * Returns: (transfer full): the progress notes, oldest first, one a line
 *   with its date (「2026-10-21 試行を開始」)
 */
char *
rk_issue_dup_progress_text (RkIssue *self)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(RkStatement) stmt = rk_database_prepare (db, "SELECT noted_on, note FROM issue_progress"
                                                      " WHERE issue_id = ? ORDER BY noted_on, id",
                                                  NULL);

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *date = (const char *) sqlite3_column_text (stmt, 0);
      const char *note = (const char *) sqlite3_column_text (stmt, 1);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (date[0] != '\0')
        g_string_append_printf (text, "%s ", date);
      g_string_append (text, note);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GArray *
list_ids (RkDatabase  *db,
          const char  *sql,
          gint64       first_param,
          const char  *text2,
          const char  *text3,
          GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("read the issue register"));
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, first_param);
  sqlite3_bind_text (stmt, 2, text2, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, text3, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the issue register"));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/**
 * rk_issues_list:
 * @fiscal_year: a fiscal year, or 0 for the whole register
 *
 * Returns: (transfer full) (element-type gint64): the ids of the issues,
 *   by number; with a fiscal year, those raised by its end and not closed
 *   before it began
 */
GArray *
rk_issues_list (RkDatabase  *db,
                int          fiscal_year,
                GError     **error)
{
  char first[11], last[11];

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  rk_fiscal_year_get_range (fiscal_year, first, last);
  return list_ids (db,
                   "SELECT id FROM issue WHERE ?1 = 0 OR"
                   " (raised_on <= ?3 AND (closed_on = '' OR closed_on >= ?2)"
                   "  AND NOT (status IN ('resolved', 'dropped') AND closed_on = ''"
                   "           AND raised_on < ?2))"
                   " ORDER BY id",
                   fiscal_year, first, last, error);
}

/**
 * rk_issue_list_countermeasures:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the issue's
 *   countermeasures, in order
 */
GArray *
rk_issue_list_countermeasures (RkIssue  *self,
                               GError  **error)
{
  g_return_val_if_fail (RK_IS_ISSUE (self), NULL);

  return list_ids (rk_entity_get_database (RK_ENTITY (self)),
                   "SELECT id FROM countermeasure WHERE issue_id = ?1 AND ?2 IS NULL"
                   " AND ?3 IS NULL ORDER BY position, id",
                   rk_entity_get_id (RK_ENTITY (self)), NULL, NULL, error);
}

/**
 * rk_issue_count_countermeasures:
 * @on_date: (nullable): the date overdue is judged at, or %NULL for today
 * @total: (out): countermeasures, cancelled ones left out
 * @done: (out): those done
 * @overdue: (out): those past their due date and not done
 */
void
rk_issue_count_countermeasures (RkIssue    *self,
                                const char *on_date,
                                guint      *total,
                                guint      *done,
                                guint      *overdue)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  g_autofree char *today = NULL;
  g_auto(RkStatement) stmt = NULL;

  *total = *done = *overdue = 0;
  if (on_date == NULL)
    on_date = today = rk_today_iso_date ();

  stmt = rk_database_prepare (db,
                              "SELECT count(*), sum(status = 'done'),"
                              "  sum(status IN ('planned', 'in_progress') AND due_date <> ''"
                              "      AND due_date < ?2)"
                              " FROM countermeasure WHERE issue_id = ?1 AND status <> 'cancelled'",
                              NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
  sqlite3_bind_text (stmt, 2, on_date, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *total = sqlite3_column_int (stmt, 0);
      *done = sqlite3_column_int (stmt, 1);
      *overdue = sqlite3_column_int (stmt, 2);
    }
}
