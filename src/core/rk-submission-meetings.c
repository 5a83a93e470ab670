/* rk-submission-meetings.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-meetings"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rk-countermeasure.h"
#include "rk-issue.h"
#include "rk-meeting.h"
#include "rk-submission-private.h"
#include "rk-work-items.h"
#include "rk-working-group.h"

/* 会議開催実績 and 課題・対応策一覧, as the national survey of bases asks
 * about meetings (FIELD-NOTES §6): the same rows and the same counts as
 * the meetings tab's own workbook (src/io/rk-meeting-export.c), because
 * both read the meetings' core functions — rk_meetings_list(),
 * rk_meeting_count_attendance(), rk_meeting_summarize_agenda(),
 * rk_issues_list(), rk_issue_list_countermeasures() — and nothing else.
 */

#define MARK "○"

/* The attendance columns of RkAttendanceGroup, as field ids. */
static const char * const group_ids[RK_N_ATTENDANCE_GROUPS] = {
  [RK_ATTENDANCE_PREFECTURE]           = "attendance.prefecture",
  [RK_ATTENDANCE_MUNICIPALITY]         = "attendance.municipality",
  [RK_ATTENDANCE_PUBLIC_HEALTH_CENTER] = "attendance.public_health_center",
  [RK_ATTENDANCE_FIRE]                 = "attendance.fire",
  [RK_ATTENDANCE_MEDICAL_BODY]         = "attendance.medical_body",
  [RK_ATTENDANCE_MEDICAL_INSTITUTION]  = "attendance.medical_institution",
  [RK_ATTENDANCE_CARE_WELFARE]         = "attendance.care_welfare",
  [RK_ATTENDANCE_OTHER]                = "attendance.other",
};

/* The agenda's three steps (RK_MEETING_TERMS_STEP, in its order). */
static const char * const step_ids[3] = {
  "agenda.situation", "agenda.issues", "agenda.measures",
};

/* RkFunctions bits, in order. */
static const char * const function_ids[RK_N_FUNCTIONS] = {
  "function.discharge", "function.daily_care", "function.emergency",
  "function.end_of_life", "function.disaster",
};

static const RkSubmissionField fixed_meeting_fields[] = {
  { "no",            N_("No."), RK_SUBMISSION_INTEGER },
  { "date",          N_("Date held"), RK_SUBMISSION_DATE },
  { "time",          N_("Time"), RK_SUBMISSION_CODE, NULL, TRUE },
  { "title",         N_("Meeting"), RK_SUBMISSION_TEXT },
  { "kind",          N_("Kind of meeting"), RK_SUBMISSION_TEXT },
  { "place",         N_("Place"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "joint",         N_("Held jointly with the promotion project"), RK_SUBMISSION_CODE },
  { "status",        N_("Meeting status"), RK_SUBMISSION_CODE },
  { "working_group", N_("Working group"), RK_SUBMISSION_TEXT, NULL, TRUE },
};

static const RkSubmissionField tail_meeting_fields[] = {
  { "attendance.total",          N_("Participants present"), RK_SUBMISSION_INTEGER },
  { "invited.total",             N_("Participants invited"), RK_SUBMISSION_INTEGER, NULL, TRUE },
  { "participants_by_category",  N_("Participants present by category"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "agenda_steps",              N_("Agenda by step"), RK_SUBMISSION_TEXT },
  { "functions",                 N_("Functions discussed"), RK_SUBMISSION_TEXT },
  { "agenda",                    N_("Agenda items"), RK_SUBMISSION_TEXT },
};

/* The fixed fields, one per attendance column, the tail, then one count
 * per agenda step and a mark per function: built once, when registered.
 */
static RkSubmissionField *meeting_fields;
static RkSubmissionKind meetings_kind;

static const RkSubmissionField issue_fields[] = {
  { "issue_no",          N_("Issue No."), RK_SUBMISSION_INTEGER },
  { "title",             N_("Issue"), RK_SUBMISSION_TEXT },
  { "description",       N_("Description"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "functions",         N_("Functions"), RK_SUBMISSION_TEXT },
  { "priority",          N_("Priority"), RK_SUBMISSION_CODE },
  { "status",            N_("Status of the issue"), RK_SUBMISSION_CODE },
  { "working_group",     N_("Working group"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "raised_at",         N_("Raised at"), RK_SUBMISSION_TEXT },
  { "raised_on",         N_("Raised on"), RK_SUBMISSION_DATE, NULL, TRUE },
  { "closed_on",         N_("Closed on"), RK_SUBMISSION_DATE, NULL, TRUE },
  { "progress",          N_("Progress"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "evaluation",        N_("Evaluation of the issue"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "action_no",         N_("Countermeasure No."), RK_SUBMISSION_INTEGER, NULL, TRUE },
  { "action",            N_("Countermeasure"), RK_SUBMISSION_TEXT },
  { "owner",             N_("Owner"), RK_SUBMISSION_TEXT },
  { "due",               N_("Due"), RK_SUBMISSION_DATE },
  { "action_status",     N_("Status of the countermeasure"), RK_SUBMISSION_CODE },
  { "completed_on",      N_("Done on"), RK_SUBMISSION_DATE },
  { "action_evaluation", N_("Evaluation"), RK_SUBMISSION_TEXT },
};

/*
 * 会議開催実績
 */

static const char *
term (RkMeetingTermList  list,
      const char        *code)
{
  return code != NULL && *code != '\0' ? rk_meeting_terms_get_label (list, code) : NULL;
}

/* "現状把握 3、課題整理 2、対応策の検討 2": the steps with items. */
static char *
describe_steps (const guint per_step[3])
{
  g_autoptr(GString) s = g_string_new (NULL);
  const RkTerm *steps;
  guint n_steps;

  steps = rk_meeting_terms_get (RK_MEETING_TERMS_STEP, &n_steps);
  for (guint i = 0; i < MIN (n_steps, 3); i++)
    {
      if (per_step[i] == 0)
        continue;
      if (s->len > 0)
        g_string_append (s, C_("list separator", ", "));
      /* Translators: an agenda step and its number of items: "課題整理 2" */
      g_string_append_printf (s, C_("agenda step count", "%s %u"),
                              rk_meeting_terms_translate (RK_MEETING_TERMS_STEP, &steps[i]),
                              per_step[i]);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* "市町村 3、保健所 1、…": who was present, in the guidebook's categories. */
static char *
describe_categories (RkAttendance *attendance)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < attendance->by_category->len; i++)
    {
      RkCategoryCount *c = &g_array_index (attendance->by_category, RkCategoryCount, i);
      g_autofree char *count = NULL;
      const char *label;

      if (c->attended == 0)
        continue;
      label = c->category[0] == '\0' ? _("Category not recorded")
              : rk_meeting_terms_has_code (RK_MEETING_TERMS_CATEGORY, c->category)
              ? rk_meeting_terms_get_label (RK_MEETING_TERMS_CATEGORY, c->category)
              : c->category;
      if (s->len > 0)
        g_string_append (s, C_("list separator", ", "));
      /* Translators: a category and the participants present in it: "市町村 3" */
      count = _rk_submission_format_count (c->attended);
      g_string_append_printf (s, C_("participants", "%s %s"), label, count);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
add_meeting (RkDatabase        *db,
             RkMeeting         *meeting,
             RkSubmissionRows  *rows,
             guint              totals[RK_N_ATTENDANCE_GROUPS + 1],
             GError           **error)
{
  RkEntity *m = RK_ENTITY (meeting);
  g_autoptr(RkAttendance) attendance = rk_meeting_count_attendance (meeting, error);
  g_autofree char *agenda = NULL;
  g_autoptr(RkWorkingGroup) group = NULL;
  gint64 group_id = rk_entity_get_int (m, "working-group-id");
  RkFunctions functions = 0;
  guint per_step[3];
  gboolean held = g_strcmp0 (rk_entity_get_string (m, "status"), "held") == 0;

  if (attendance == NULL ||
      !rk_meeting_summarize_agenda (meeting, per_step, &functions, &agenda, error))
    return FALSE;
  if (group_id > 0)
    group = rk_entity_lookup (db, RK_TYPE_WORKING_GROUP, group_id, NULL);

  rk_submission_rows_add (rows);
  /* The meeting's number, as the meetings tab and its workbook show it. */
  rk_submission_rows_set_number (rows, "no", rk_entity_get_id (m));
  rk_submission_rows_set_date (rows, "date", rk_entity_get_string (m, "date"));
  rk_submission_rows_take_text (rows, "time", rk_meeting_format_time (meeting));
  rk_submission_rows_take_text (rows, "title", rk_meeting_dup_display_title (meeting));
  rk_submission_rows_set_text (rows, "kind", term (RK_MEETING_TERMS_KIND, rk_entity_get_string (m, "kind")));
  rk_submission_rows_take_text (rows, "place", rk_meeting_format_place (meeting));
  rk_submission_rows_set_text (rows, "joint", rk_entity_get_boolean (m, "joint") ? MARK : NULL);
  rk_submission_rows_set_text (rows, "status",
                               term (RK_MEETING_TERMS_STATUS, rk_entity_get_string (m, "status")));
  if (group != NULL)
    rk_submission_rows_set_text (rows, "working_group", rk_entity_get_string (RK_ENTITY (group), "name"));

  /* Attendance is known only for meetings held, as in the meetings tab's
   * workbook; a meeting still planned has its invitations only.
   */
  if (held)
    {
      for (guint g = 0; g < RK_N_ATTENDANCE_GROUPS; g++)
        {
          rk_submission_rows_set_number (rows, group_ids[g], attendance->attended[g]);
          totals[g] += attendance->attended[g];
        }
      rk_submission_rows_set_number (rows, "attendance.total", attendance->total_attended);
      totals[RK_N_ATTENDANCE_GROUPS] += attendance->total_attended;
      rk_submission_rows_take_text (rows, "participants_by_category", describe_categories (attendance));
    }
  rk_submission_rows_set_number (rows, "invited.total", attendance->total_invited);

  for (guint s = 0; s < 3; s++)
    rk_submission_rows_set_number (rows, step_ids[s], per_step[s]);
  rk_submission_rows_take_text (rows, "agenda_steps", describe_steps (per_step));
  if (functions != 0)
    rk_submission_rows_take_text (rows, "functions", rk_functions_to_string (functions));
  for (guint f = 0; f < RK_N_FUNCTIONS; f++)
    rk_submission_rows_set_text (rows, function_ids[f], (functions & (1u << f)) ? MARK : NULL);
  rk_submission_rows_set_text (rows, "agenda", agenda);

  return TRUE;
}

static gboolean
collect_meetings (RkDatabase        *db,
                  int                fiscal_year,
                  RkSubmissionRows  *rows,
                  gpointer           user_data,
                  GError           **error)
{
  g_autoptr(GArray) ids = rk_meetings_list (db, fiscal_year, error);
  guint totals[RK_N_ATTENDANCE_GROUPS + 1] = { 0 };
  guint n_held = 0;

  if (ids == NULL)
    return FALSE;
  if (ids->len == 0)
    return TRUE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(RkMeeting) meeting = rk_entity_lookup (db, RK_TYPE_MEETING,
                                                       g_array_index (ids, gint64, i), error);

      if (meeting == NULL || !add_meeting (db, meeting, rows, totals, error))
        return FALSE;
      n_held += g_strcmp0 (rk_entity_get_string (RK_ENTITY (meeting), "status"), "held") == 0;
    }

  /* The totals row of the meetings tab's workbook: meetings held and the
   * people present at them.
   */
  rk_submission_rows_add (rows);
  rk_submission_rows_set_total (rows);
  rk_submission_rows_set_text (rows, "title", _("Total"));
  /* Translators: the totals row of the meetings sheet, e.g. 「開催 6回」 */
  rk_submission_rows_take_text (rows, "status", g_strdup_printf (_("%u held"), n_held));
  for (guint g = 0; g < RK_N_ATTENDANCE_GROUPS; g++)
    rk_submission_rows_set_number (rows, group_ids[g], totals[g]);
  rk_submission_rows_set_number (rows, "attendance.total", totals[RK_N_ATTENDANCE_GROUPS]);

  return TRUE;
}

/*
 * 課題・対応策一覧
 */

static void
set_issue (RkDatabase       *db,
           RkIssue          *issue,
           RkSubmissionRows *rows)
{
  RkEntity *i = RK_ENTITY (issue);
  RkFunctions functions = rk_entity_get_int (i, "functions");
  gint64 group_id = rk_entity_get_int (i, "working-group-id");

  rk_submission_rows_set_number (rows, "issue_no", rk_entity_get_id (i));
  rk_submission_rows_set_text (rows, "title", rk_entity_get_string (i, "title"));
  rk_submission_rows_set_text (rows, "description", rk_entity_get_string (i, "description"));
  if (functions != 0)
    rk_submission_rows_take_text (rows, "functions", rk_functions_to_string (functions));
  rk_submission_rows_set_text (rows, "priority",
                               term (RK_MEETING_TERMS_PRIORITY, rk_entity_get_string (i, "priority")));
  rk_submission_rows_set_text (rows, "status",
                               term (RK_MEETING_TERMS_ISSUE_STATUS, rk_entity_get_string (i, "status")));
  if (group_id > 0)
    {
      g_autoptr(RkWorkingGroup) group = rk_entity_lookup (db, RK_TYPE_WORKING_GROUP, group_id, NULL);

      if (group != NULL)
        rk_submission_rows_set_text (rows, "working_group", rk_entity_get_string (RK_ENTITY (group), "name"));
    }
  rk_submission_rows_take_text (rows, "raised_at", rk_issue_dup_raised_at (issue));
  rk_submission_rows_set_date (rows, "raised_on", rk_entity_get_string (i, "raised-on"));
  rk_submission_rows_set_date (rows, "closed_on", rk_entity_get_string (i, "closed-on"));
  rk_submission_rows_take_text (rows, "progress", rk_issue_dup_progress_text (issue));
  rk_submission_rows_set_text (rows, "evaluation", rk_entity_get_string (i, "evaluation"));
}

static void
set_action (RkCountermeasure *action,
            const char       *today,
            RkSubmissionRows *rows)
{
  RkEntity *a = RK_ENTITY (action);
  const char *status = term (RK_MEETING_TERMS_ACTION_STATUS, rk_entity_get_string (a, "status"));

  rk_submission_rows_set_number (rows, "action_no", rk_entity_get_id (a));
  rk_submission_rows_set_text (rows, "action", rk_entity_get_string (a, "what"));
  rk_submission_rows_set_text (rows, "owner", rk_entity_get_string (a, "owner"));
  rk_submission_rows_set_date (rows, "due", rk_entity_get_string (a, "due-date"));
  /* Overdue as the meetings tab's workbook judges it: today. */
  if (status != NULL && rk_countermeasure_is_overdue (action, today))
    rk_submission_rows_take_text (rows, "action_status", g_strdup_printf (_("%s (overdue)"), status));
  else
    rk_submission_rows_set_text (rows, "action_status", status);
  rk_submission_rows_set_date (rows, "completed_on", rk_entity_get_string (a, "completed-on"));
  rk_submission_rows_set_text (rows, "action_evaluation", rk_entity_get_string (a, "evaluation"));
}

static gboolean
collect_issues (RkDatabase        *db,
                int                fiscal_year,
                RkSubmissionRows  *rows,
                gpointer           user_data,
                GError           **error)
{
  g_autoptr(GArray) ids = rk_issues_list (db, fiscal_year, error);
  g_autofree char *today = rk_today_iso_date ();

  if (ids == NULL)
    return FALSE;

  for (guint n = 0; n < ids->len; n++)
    {
      g_autoptr(RkIssue) issue = rk_entity_lookup (db, RK_TYPE_ISSUE, g_array_index (ids, gint64, n), error);
      g_autoptr(GArray) actions = NULL;

      if (issue == NULL)
        return FALSE;
      actions = rk_issue_list_countermeasures (issue, error);
      if (actions == NULL)
        return FALSE;

      /* One row per countermeasure, the issue repeated on each (so that a
       * filter can pick any); an issue without one gets a row of its own.
       */
      if (actions->len == 0)
        {
          rk_submission_rows_add (rows);
          set_issue (db, issue, rows);
        }
      for (guint a = 0; a < actions->len; a++)
        {
          g_autoptr(RkCountermeasure) action = rk_entity_lookup (db, RK_TYPE_COUNTERMEASURE,
                                                                 g_array_index (actions, gint64, a),
                                                                 error);
          if (action == NULL)
            return FALSE;
          rk_submission_rows_add (rows);
          set_issue (db, issue, rows);
          set_action (action, today, rows);
        }
    }

  return TRUE;
}

static const RkSubmissionKind issues_kind = {
  "issues", N_("Issues and countermeasures"),
  N_("The issue register of the year as the meetings tab exports it: the issues open during the "
     "year, one row per countermeasure."),
  RK_SUBMISSION_LAYOUT_TABLE, issue_fields, G_N_ELEMENTS (issue_fields), collect_issues, NULL,
};

/*
 * What the meetings tell about the items ア〜ク
 */

/* A meeting held in the year: dated in it and held. */
#define HELD_IN_YEAR "m.status = 'held' AND m.date >= ?1 AND m.date < ?2"
#define RAISED_ON \
  "coalesce(nullif(i.raised_on, ''), (SELECT date FROM meeting WHERE id = i.raised_meeting_id), '')"
#define DECIDED_ON \
  "coalesce(nullif(c.decided_on, ''), (SELECT date FROM meeting WHERE id = c.meeting_id), '')"

static RkWorkItemRule meeting_rules[] = {
  /* (イ) The guidebook's steps 課題整理 and 対応策の検討 on a meeting's
   * agenda, the issues it raised and the countermeasures it decided.
   */
  { RK_WORK_ITEM_ISSUES, N_("Meetings that sorted out issues or considered countermeasures"),
    "SELECT m.title FROM meeting AS m WHERE " HELD_IN_YEAR
    " AND EXISTS (SELECT 1 FROM agenda_item WHERE meeting_id = m.id AND step IN ('issues', 'measures'))"
    " ORDER BY " RK_MEETING_ORDER, TRUE, 4 },
  /* Issues and countermeasures are sentences: the first few name them. */
  { RK_WORK_ITEM_ISSUES, N_("Issues raised"),
    "SELECT i.title FROM issue AS i WHERE " RAISED_ON " >= ?1 AND " RAISED_ON " < ?2"
    " ORDER BY " RAISED_ON ", i.id", TRUE, 3 },
  { RK_WORK_ITEM_ISSUES, N_("Countermeasures decided"),
    "SELECT c.what FROM countermeasure AS c WHERE " DECIDED_ON " >= ?1 AND " DECIDED_ON " < ?2"
    " ORDER BY " DECIDED_ON ", c.issue_id, c.position, c.id", TRUE, 3 },
  /* (ウ) Working groups are where a base builds its round-the-clock,
   * discharge and end-of-life arrangements.
   */
  { RK_WORK_ITEM_SEAMLESS_CARE, N_("Working group meetings"),
    "SELECT m.title FROM meeting AS m WHERE " HELD_IN_YEAR " AND m.kind = 'working_group'"
    " ORDER BY " RK_MEETING_ORDER, TRUE },
  /* (カ) A meeting held as training too. */
  { RK_WORK_ITEM_TRAINING, N_("Meetings combined with training"),
    "SELECT m.title FROM meeting AS m WHERE " HELD_IN_YEAR " AND m.kind = 'training'"
    " ORDER BY " RK_MEETING_ORDER, TRUE },
  /* (ク) Held jointly with the municipalities' 推進事業, with municipal
   * staff present. The SQL is completed at registration with the
   * participant categories counted as municipalities.
   */
  { RK_WORK_ITEM_MUNICIPALITIES, N_("Meetings held jointly with the municipalities' promotion project"),
    NULL, TRUE },
};

/* The categories rk_participant_category_get_group() counts in the
 * municipality column, as an SQL list: ('municipality').
 */
static char *
municipal_categories_sql (void)
{
  g_autoptr(GString) s = g_string_new ("(");
  const RkTerm *terms;
  guint n;

  terms = rk_meeting_terms_get (RK_MEETING_TERMS_CATEGORY, &n);
  for (guint i = 0; i < n; i++)
    if (rk_participant_category_get_group (terms[i].code) == RK_ATTENDANCE_MUNICIPALITY)
      {
        /* Codes are ASCII words: no quoting needed beyond the quotes. */
        g_return_val_if_fail (strspn (terms[i].code, "abcdefghijklmnopqrstuvwxyz_") ==
                              strlen (terms[i].code), NULL);
        g_string_append_printf (s, "%s'%s'", s->len > 1 ? ", " : "", terms[i].code);
      }
  g_string_append (s, s->len > 1 ? ")" : "'')");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

void
_rk_submission_register_meetings (void)
{
  g_autoptr(GArray) all = g_array_new (FALSE, TRUE, sizeof (RkSubmissionField));
  g_autofree char *municipal = municipal_categories_sql ();
  g_autofree char *joint_sql = NULL;
  const RkTerm *steps;
  guint n_steps;

  g_array_append_vals (all, fixed_meeting_fields, G_N_ELEMENTS (fixed_meeting_fields));
  for (guint g = 0; g < RK_N_ATTENDANCE_GROUPS; g++)
    {
      /* The meetings tab's own words, translated here (in their context,
       * which _() on a heading cannot give): the kinds are registered on
       * first use, after the locale is set.
       */
      RkSubmissionField field = { group_ids[g], NULL, RK_SUBMISSION_INTEGER };

      field.heading = rk_attendance_group_get_label (g);
      g_array_append_val (all, field);
    }
  g_array_append_vals (all, tail_meeting_fields, G_N_ELEMENTS (tail_meeting_fields));
  steps = rk_meeting_terms_get (RK_MEETING_TERMS_STEP, &n_steps);
  g_assert (n_steps == G_N_ELEMENTS (step_ids));
  for (guint s = 0; s < n_steps; s++)
    {
      RkSubmissionField field = { step_ids[s], NULL, RK_SUBMISSION_INTEGER, NULL, TRUE };

      field.heading = rk_meeting_terms_translate (RK_MEETING_TERMS_STEP, &steps[s]);
      g_array_append_val (all, field);
    }
  for (guint f = 0; f < RK_N_FUNCTIONS; f++)
    {
      RkSubmissionField field = { function_ids[f], NULL, RK_SUBMISSION_CODE, NULL, TRUE };

      field.heading = rk_function_get_label (1u << f);
      g_array_append_val (all, field);
    }

  meetings_kind = (RkSubmissionKind) {
    "meetings", N_("Meetings held"),
    N_("The year's meetings as the meetings tab exports them: date, kind, joint holding with the "
       "promotion project, participants present by category, the agenda's steps and functions; "
       "a totals row."),
    RK_SUBMISSION_LAYOUT_TABLE, NULL, all->len, collect_meetings, NULL,
  };
  meeting_fields = (RkSubmissionField *) g_array_free (g_steal_pointer (&all), FALSE);
  meetings_kind.fields = meeting_fields;

  rk_submission_register_kind (&meetings_kind);
  rk_submission_register_kind (&issues_kind);

  /* Interned: rules live as long as the program. */
  joint_sql = g_strdup_printf ("SELECT m.title FROM meeting AS m WHERE " HELD_IN_YEAR " AND m.joint = 1"
                               " AND EXISTS (SELECT 1 FROM participant WHERE meeting_id = m.id"
                               "  AND attended = 1 AND category IN %s)"
                               " ORDER BY " RK_MEETING_ORDER, municipal);
  for (guint i = 0; i < G_N_ELEMENTS (meeting_rules); i++)
    {
      if (meeting_rules[i].sql == NULL)
        meeting_rules[i].sql = g_intern_string (joint_sql);
      rk_work_items_add_rule (&meeting_rules[i]);
    }
}
