/* rk-meeting.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meeting"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "rk-agenda-item.h"
#include "rk-database-private.h"
#include "rk-meeting.h"
#include "rk-participant.h"
#include "rk-vocabulary.h"

/**
 * RkMeeting:
 *
 * One coordination meeting: a 一次連携 talk between the base and one
 * profession, a 二次・三次連携 meeting, the 全体会議, a working group's
 * meeting or one that doubles as training. Its participants, agenda items
 * and the issues raised in it point to it.
 */
struct _RkMeeting
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkMeeting, rk_meeting, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_KIND,
  PROP_DATE,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_PLACE,
  PROP_ONLINE,
  PROP_JOINT,
  PROP_STATUS,
  PROP_WORKING_GROUP_ID,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_meeting_class_init (RkMeetingClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "meeting");

  /* 会議名 */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* an rk_meeting_kinds() code */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "secondary",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 開催日, YYYY-MM-DD, or empty while not fixed */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 開始時刻, HH:MM, or empty */
  properties[PROP_START_TIME] =
    g_param_spec_string ("start-time", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 終了時刻, HH:MM, or empty */
  properties[PROP_END_TIME] =
    g_param_spec_string ("end-time", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 会場 */
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* held online (with a place too: both) */
  properties[PROP_ONLINE] =
    g_param_spec_boolean ("online", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* held jointly with the 在宅医療・介護連携推進事業 meeting */
  properties[PROP_JOINT] =
    g_param_spec_boolean ("joint", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 予定 planned / 開催済 held / 中止 cancelled */
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "planned",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the working group whose meeting it is, or -1 */
  properties[PROP_WORKING_GROUP_ID] =
    g_param_spec_int64 ("working-group-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_meeting_init (RkMeeting *self)
{
}

/*
 * Dates
 */

/**
 * rk_today_iso_date:
 *
 * Returns: (transfer full): today in local time, "YYYY-MM-DD"
 */
char *
rk_today_iso_date (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * rk_format_iso_date:
 * @iso_date: "YYYY-MM-DD", or anything else
 *
 * Returns: (transfer full): the date as a user reads it, with the day of
 *   the week (2026年7月15日（水）); other text as it is
 */
char *
rk_format_iso_date (const char *iso_date)
{
  g_autoptr(GDateTime) dt = NULL;
  unsigned year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return g_strdup (iso_date != NULL ? iso_date : "");

  dt = g_date_time_new_local (year, month, day, 12, 0, 0);
  /* Translators: a meeting's date, as for g_date_time_format(); e.g.
   * 「%Y年%-m月%-d日（%a）」
   */
  return g_date_time_format (dt, _("%a %-d %B %Y"));
}

/**
 * rk_fiscal_year_get_range:
 * @first_day: (out): "YYYY-04-01"
 * @last_day: (out): "YYYY+1-03-31"
 *
 * The dates of a fiscal year, for comparing with ISO dates in SQL.
 */
void
rk_fiscal_year_get_range (int  fiscal_year,
                          char first_day[11],
                          char last_day[11])
{
  g_snprintf (first_day, 11, "%04d-04-01", CLAMP (fiscal_year, 0, 9998));
  g_snprintf (last_day, 11, "%04d-03-31", CLAMP (fiscal_year, 0, 9998) + 1);
}

/*
 * Helpers
 */

static gint64
next_position (RkDatabase  *db,
               const char  *sql,
               gint64       meeting_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 position = 0;

  if (sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        position = sqlite3_column_int64 (stmt, 0);
    }

  return position;
}

/*
 * Public API
 */

/**
 * rk_meeting_new:
 * @kind: an RK_MEETING_TERMS_KIND code
 * @date: (nullable): "YYYY-MM-DD", or %NULL for today
 * @title: (nullable): its name
 *
 * Adds a meeting, as one undoable edit.
 *
 * Returns: (transfer full) (nullable): the new meeting
 */
RkMeeting *
rk_meeting_new (RkDatabase  *db,
                const char  *kind,
                const char  *date,
                const char  *title,
                GError     **error)
{
  g_autofree char *today = NULL;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  if (date == NULL)
    date = today = rk_today_iso_date ();

  return rk_entity_create (db, RK_TYPE_MEETING, _("Add Meeting"), error,
                           "kind", kind != NULL ? kind : "secondary",
                           "date", date,
                           "title", title != NULL ? title : "",
                           NULL);
}

/**
 * rk_meeting_count_raised_issues:
 *
 * Returns: how many issues of the register were raised at this meeting,
 *   or -1 on error
 */
gint64
rk_meeting_count_raised_issues (RkMeeting  *self,
                                GError    **error)
{
  g_autoptr(GArray) ids = rk_meeting_list_raised_issues (self, error);

  return ids != NULL ? (gint64) ids->len : -1;
}

/**
 * rk_meeting_delete:
 *
 * Deletes the meeting with its participants and agenda, as one undoable
 * edit. The issues raised at it stay in the register: they are told in
 * words where they were raised (unless they already say so), and keep
 * their date. Countermeasures and progress notes keep their dates too.
 */
gboolean
rk_meeting_delete (RkMeeting  *self,
                   GError    **error)
{
  RkDatabase *db;
  g_autoptr(RkTransaction) tx = NULL;
  g_autofree char *where = NULL;
  g_autofree char *display = NULL;
  g_auto(RkStatement) stmt = NULL;
  const char *date;

  g_return_val_if_fail (RK_IS_MEETING (self), FALSE);

  db = rk_entity_get_database (RK_ENTITY (self));
  tx = rk_database_begin (db, _("Delete Meeting"), error);
  if (tx == NULL)
    return FALSE;

  display = rk_meeting_dup_display_title (self);
  date = rk_entity_get_string (RK_ENTITY (self), "date");
  /* Translators: where an issue was raised, once its meeting is deleted:
   * the meeting's date and title, e.g. 「2026-07-15 第1回二次連携会議」
   */
  where = date[0] != '\0' ? g_strdup_printf (_("%s %s"), date, display) : g_strdup (display);

  stmt = rk_database_prepare (db,
                              "UPDATE issue SET raised_meeting_id = NULL,"
                              "  raised_note = CASE WHEN raised_note = '' THEN ?1 ELSE raised_note END,"
                              "  raised_on = CASE WHEN raised_on = '' THEN ?2 ELSE raised_on END"
                              " WHERE raised_meeting_id = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, where, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, rk_entity_get_id (RK_ENTITY (self)));
  if (!rk_database_step_done (db, stmt, error))
    return FALSE;

  if (!rk_entity_delete (RK_ENTITY (self), NULL, error))
    return FALSE;

  return rk_transaction_commit (tx, error);
}

/**
 * rk_meeting_dup_display_title:
 *
 * Returns: (transfer full): the meeting's title, or its kind when it has
 *   none yet
 */
char *
rk_meeting_dup_display_title (RkMeeting *self)
{
  const char *title = rk_entity_get_string (RK_ENTITY (self), "title");

  if (title != NULL && title[0] != '\0')
    return g_strdup (title);

  return g_strdup (rk_meeting_terms_get_label (RK_MEETING_TERMS_KIND,
                                               rk_entity_get_string (RK_ENTITY (self), "kind")));
}

char *
rk_meeting_format_date (RkMeeting *self)
{
  const char *date = rk_entity_get_string (RK_ENTITY (self), "date");

  if (date == NULL || date[0] == '\0')
    return g_strdup (_("Date not fixed"));

  return rk_format_iso_date (date);
}

/**
 * rk_meeting_format_time:
 *
 * Returns: (transfer full): "14:00–16:00", "14:00–", or "" when no time
 *   is set
 */
char *
rk_meeting_format_time (RkMeeting *self)
{
  const char *start = rk_entity_get_string (RK_ENTITY (self), "start-time");
  const char *end = rk_entity_get_string (RK_ENTITY (self), "end-time");

  if (start[0] == '\0' && end[0] == '\0')
    return g_strdup ("");

  /* Translators: a meeting's time, from start to end, e.g. 14:00〜16:00 */
  return g_strdup_printf (_("%s–%s"), start, end);
}

/**
 * rk_meeting_format_place:
 *
 * Returns: (transfer full): the place, "online", or both
 */
char *
rk_meeting_format_place (RkMeeting *self)
{
  const char *place = rk_entity_get_string (RK_ENTITY (self), "place");
  gboolean online = rk_entity_get_boolean (RK_ENTITY (self), "online");

  if (online && place[0] != '\0')
    /* Translators: a meeting held at a place and online at once */
    return g_strdup_printf (_("%s and online"), place);
  if (online)
    return g_strdup (_("Online"));
  return g_strdup (place);
}

/**
 * rk_meeting_get_fiscal_year:
 *
 * Returns: the fiscal year (April to March) of the meeting's date, or 0
 *   when it has none
 */
int
rk_meeting_get_fiscal_year (RkMeeting *self)
{
  g_return_val_if_fail (RK_IS_MEETING (self), 0);

  return rk_fiscal_year_for_iso_date (rk_entity_get_string (RK_ENTITY (self), "date"));
}

/**
 * rk_meeting_dup_reference_date:
 *
 * Returns: (transfer full): the date the register is read at for this
 *   meeting: its own date, or today for a meeting not yet dated
 */
char *
rk_meeting_dup_reference_date (RkMeeting *self)
{
  const char *date = rk_entity_get_string (RK_ENTITY (self), "date");

  return date[0] != '\0' ? g_strdup (date) : rk_today_iso_date ();
}

void
rk_attendance_free (RkAttendance *attendance)
{
  if (attendance == NULL)
    return;

  g_clear_pointer (&attendance->by_category, g_array_unref);
  g_free (attendance);
}

static void
category_count_clear (RkCategoryCount *count)
{
  g_free ((char *) count->category);
}

/**
 * rk_meeting_count_attendance:
 *
 * Counts the participants by the guidebook's categories: the "one click"
 * the prefecture's survey needs.
 *
 * Returns: (transfer full) (nullable): the counts
 */
RkAttendance *
rk_meeting_count_attendance (RkMeeting  *self,
                             GError    **error)
{
  RkDatabase *db;
  g_autoptr(RkAttendance) attendance = g_new0 (RkAttendance, 1);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) unordered = NULL;
  g_auto(RkStatement) stmt = NULL;
  const RkTerm *terms;
  guint n_terms;
  int rc;

  g_return_val_if_fail (RK_IS_MEETING (self), NULL);

  db = rk_entity_get_database (RK_ENTITY (self));
  stmt = rk_database_prepare (db,
                              "SELECT category, sum(invited), sum(attended) FROM participant"
                              " WHERE meeting_id = ? GROUP BY category",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));

  unordered = g_array_new (FALSE, TRUE, sizeof (RkCategoryCount));
  g_array_set_clear_func (unordered, (GDestroyNotify) category_count_clear);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RkCategoryCount count;
      RkAttendanceGroup group;

      count.category = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      count.invited = sqlite3_column_int (stmt, 1);
      count.attended = sqlite3_column_int (stmt, 2);
      group = rk_participant_category_get_group (count.category);

      attendance->invited[group] += count.invited;
      attendance->attended[group] += count.attended;
      attendance->total_invited += count.invited;
      attendance->total_attended += count.attended;
      g_array_append_val (unordered, count);
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("count the participants"));
      return NULL;
    }

  /* The guidebook's order first, then categories of the user's own. */
  attendance->by_category = g_array_new (FALSE, TRUE, sizeof (RkCategoryCount));
  g_array_set_clear_func (attendance->by_category, (GDestroyNotify) category_count_clear);
  terms = rk_meeting_terms_get (RK_MEETING_TERMS_CATEGORY, &n_terms);
  for (guint t = 0; t <= n_terms; t++)
    for (guint i = 0; i < unordered->len; i++)
      {
        RkCategoryCount *count = &g_array_index (unordered, RkCategoryCount, i);
        gboolean known = rk_meeting_terms_has_code (RK_MEETING_TERMS_CATEGORY, count->category);

        if (count->category == NULL ||
            (t < n_terms && g_strcmp0 (count->category, terms[t].code) != 0) ||
            (t == n_terms && known))
          continue;
        g_array_append_val (attendance->by_category, *count);
        count->category = NULL;
      }

  return g_steal_pointer (&attendance);
}

/**
 * rk_meeting_add_agenda_item:
 *
 * Adds an agenda item at the end of its step, inside the caller's
 * transaction or as an undoable edit of its own.
 *
 * Returns: the new item's id, or 0 on error
 */
gint64
rk_meeting_add_agenda_item (RkMeeting    *self,
                            const char   *step,
                            const char   *title,
                            RkFunctions   functions,
                            GError      **error)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  gint64 id = rk_entity_get_id (RK_ENTITY (self));
  g_autoptr(RkEntity) item = NULL;
  gint64 position;

  position = next_position (db, "SELECT coalesce(max(position) + 1, 0) FROM agenda_item"
                                " WHERE meeting_id = ?", id);
  item = rk_entity_create (db, RK_TYPE_AGENDA_ITEM, _("Add Agenda Item"), error,
                           "meeting-id", id,
                           "position", (int) position,
                           "step", step != NULL ? step : "situation",
                           "title", title != NULL ? title : "",
                           "functions", (int) functions,
                           NULL);
  return item != NULL ? rk_entity_get_id (item) : 0;
}

/**
 * rk_meeting_add_example_agenda:
 *
 * Adds the guidebook's example agenda (議題の例) to the meeting, as one
 * undoable edit, to start from.
 */
gboolean
rk_meeting_add_example_agenda (RkMeeting  *self,
                               GError    **error)
{
  g_autoptr(RkTransaction) tx = NULL;
  const RkAgendaTemplateItem *items;
  guint n_items;

  g_return_val_if_fail (RK_IS_MEETING (self), FALSE);

  tx = rk_database_begin (rk_entity_get_database (RK_ENTITY (self)),
                          _("Add Example Agenda"), error);
  if (tx == NULL)
    return FALSE;

  items = rk_agenda_template_get (&n_items);
  for (guint i = 0; i < n_items; i++)
    if (rk_meeting_add_agenda_item (self, items[i].step, _(items[i].title), items[i].functions,
                                    error) == 0)
      return FALSE;

  return rk_transaction_commit (tx, error);
}

/**
 * rk_meeting_add_participant:
 * @organization_id: an organisation, or -1 for a person on their own
 * @name: (nullable): the person's name
 * @category: (nullable): a category code, or %NULL to take it from the
 *   organisation
 *
 * Returns: the new participant's id, or 0 on error
 */
gint64
rk_meeting_add_participant (RkMeeting   *self,
                            gint64       organization_id,
                            const char  *name,
                            const char  *category,
                            GError     **error)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  gint64 id = rk_entity_get_id (RK_ENTITY (self));
  g_autoptr(RkEntity) participant = NULL;
  g_autofree char *guessed = NULL;
  gint64 position;

  if (category == NULL && organization_id > 0)
    {
      g_auto(RkStatement) stmt = rk_database_prepare (db, "SELECT kind, subkind, name FROM organization"
                                                          " WHERE id = ?", error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, organization_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        guessed = g_strdup (rk_participant_category_for_organization (
                              (const char *) sqlite3_column_text (stmt, 0),
                              (const char *) sqlite3_column_text (stmt, 1),
                              (const char *) sqlite3_column_text (stmt, 2)));
      category = guessed;
    }

  position = next_position (db, "SELECT coalesce(max(position) + 1, 0) FROM participant"
                                " WHERE meeting_id = ?", id);
  participant = rk_entity_create (db, RK_TYPE_PARTICIPANT, _("Add Participant"),
                                  error,
                                  "meeting-id", id,
                                  "position", (int) position,
                                  "organization-id", organization_id > 0 ? organization_id
                                                                         : (gint64) -1,
                                  "name", name != NULL ? name : "",
                                  "category", category != NULL ? category : "",
                                  "attended", g_strcmp0 (rk_entity_get_string (RK_ENTITY (self),
                                                                               "status"),
                                                         "held") == 0,
                                  NULL);
  return participant != NULL ? rk_entity_get_id (participant) : 0;
}
