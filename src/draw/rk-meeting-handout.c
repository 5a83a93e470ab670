/* rk-meeting-handout.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meeting-handout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-agenda-item.h"
#include "rk-countermeasure.h"
#include "rk-issue.h"
#include "rk-meeting-handout.h"
#include "rk-organization.h"
#include "rk-participant.h"
#include "rk-profile.h"
#include "rk-query-model.h"

/* The handout of a coordination meeting (会議資料), built from the model as
 * one RkReport: the print dialog, the PDF of renkei-cli and the tests all
 * draw this same document. It reads; it never writes.
 *
 * Its order is that of a Japanese meeting's 次第: what, when and where;
 * the agenda in the guidebook's three steps, led by what is carried over
 * from earlier meetings; the open issues with their countermeasures; the
 * actions carried over; the participants by category; room for notes.
 */

typedef struct
{
  RkReport   *report;
  RkDatabase *db;
  RkMeeting  *meeting;
  char       *date;        /* the date the register is read at */
} Handout;

static const char *
label (RkMeetingTermList  list,
       const char        *code)
{
  return rk_meeting_terms_get_label (list, code);
}

static char *
functions_text (gint64 functions)
{
  char *text = rk_functions_to_string ((RkFunctions) functions);

  if (text[0] == '\0')
    {
      g_free (text);
      return g_strdup ("—");
    }
  return text;
}

static gpointer
lookup (Handout *h,
        GType    type,
        gint64   id)
{
  return rk_entity_lookup (h->db, type, id, NULL);
}

static void
add_header (Handout *h)
{
  RkEntity *m = RK_ENTITY (h->meeting);
  g_autoptr(RkProfile) profile = rk_profile_get (h->db, NULL);
  g_autofree char *title = rk_meeting_dup_display_title (h->meeting);
  g_autofree char *date = rk_meeting_format_date (h->meeting);
  g_autofree char *time = rk_meeting_format_time (h->meeting);
  g_autofree char *place = rk_meeting_format_place (h->meeting);
  g_autofree char *when = NULL;
  g_autofree char *header = NULL;
  const char *base = profile != NULL ? rk_entity_get_string (RK_ENTITY (profile), "name") : "";

  when = time[0] != '\0' ? g_strdup_printf ("%s %s", date, time) : g_strdup (date);

  /* Translators: the top right of every page of a handout: its date */
  header = g_strdup_printf (_("Meeting handout, %s"), date);
  rk_report_set_header (h->report, base, NULL, header);
  rk_report_set_footer_text (h->report, title);

  rk_report_add_heading (h->report, 1, title);
  rk_report_add_key_value (h->report, _("Date and time"), when);
  rk_report_add_key_value (h->report, _("Place"), place[0] != '\0' ? place : _("Not decided"));
  rk_report_add_key_value (h->report, _("Kind"),
                           label (RK_MEETING_TERMS_KIND, rk_entity_get_string (m, "kind")));
  if (rk_entity_get_boolean (m, "joint"))
    rk_report_add_key_value (h->report, _("Held jointly"),
                             _("With the meeting of the home medical and long-term care "
                               "coordination promotion project"));
  if (g_strcmp0 (rk_entity_get_string (m, "status"), "cancelled") == 0)
    rk_report_add_key_value (h->report, C_("meeting", "Status"),
                             label (RK_MEETING_TERMS_STATUS, "cancelled"));
  if (rk_entity_get_string (m, "notes")[0] != '\0')
    rk_report_add_key_value (h->report, _("Notes"), rk_entity_get_string (m, "notes"));
}

static void
add_agenda (Handout  *h,
            GArray   *carried)
{
  static const double widths[] = { 0.6, 6, 2.2 };
  static const RkReportAlign aligns[] = {
    RK_REPORT_ALIGN_END, RK_REPORT_ALIGN_START, RK_REPORT_ALIGN_START,
  };
  const char *titles[] = { _("No."), _("Agenda item"), C_("meeting", "Functions") };
  g_autoptr(RkQueryModel) items = NULL;
  const RkTerm *steps;
  guint n_steps, n_items;
  guint number = 0;

  rk_report_add_heading (h->report, 2, _("Agenda"));

  items = rk_query_model_new (h->db, RK_TYPE_AGENDA_ITEM, "SELECT id FROM agenda_item");
  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                           rk_entity_get_id (RK_ENTITY (h->meeting)));
    const char *params[] = { id, NULL };

    rk_query_model_set_query (items,
                              "SELECT id FROM agenda_item WHERE meeting_id = ?"
                              " ORDER BY CASE step WHEN 'situation' THEN 0 WHEN 'issues' THEN 1"
                              "  ELSE 2 END, position, id",
                              params);
  }
  n_items = g_list_model_get_n_items (G_LIST_MODEL (items));

  if (n_items == 0 && carried->len == 0)
    {
      rk_report_add_paragraph (h->report, _("No agenda items yet."));
      return;
    }

  rk_report_begin_table (h->report, G_N_ELEMENTS (titles), titles, widths, aligns);

  if (carried->len > 0)
    {
      rk_report_add_group_row (h->report, _("Carried over from earlier meetings"));
      for (guint i = 0; i < carried->len; i++)
        {
          g_autoptr(RkIssue) issue = lookup (h, RK_TYPE_ISSUE, g_array_index (carried, gint64, i));
          g_autofree char *num = NULL;
          g_autofree char *issue_number = NULL;
          g_autofree char *text = NULL;
          g_autofree char *functions = NULL;

          if (issue == NULL)
            continue;
          num = g_strdup_printf ("%u", ++number);
          issue_number = rk_issue_dup_number (issue);
          /* Translators: an issue carried over on the agenda: number, title */
          text = g_strdup_printf (_("Issue %s: %s"), issue_number,
                                  rk_entity_get_string (RK_ENTITY (issue), "title"));
          functions = functions_text (rk_entity_get_int (RK_ENTITY (issue), "functions"));
          rk_report_add_row (h->report, (const char *[]) { num, text, functions });
        }
    }

  steps = rk_meeting_terms_get (RK_MEETING_TERMS_STEP, &n_steps);
  for (guint s = 0; s < n_steps; s++)
    {
      gboolean group_added = FALSE;

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(RkEntity) item = g_list_model_get_item (G_LIST_MODEL (items), i);
          g_autofree char *num = NULL;
          g_autofree char *functions = NULL;

          if (g_strcmp0 (rk_entity_get_string (item, "step"), steps[s].code) != 0)
            continue;
          if (!group_added)
            {
              g_autofree char *group = g_strdup_printf ("%u. %s", s + 1,
                                                        rk_meeting_terms_translate (RK_MEETING_TERMS_STEP,
                                                                                    &steps[s]));
              rk_report_add_group_row (h->report, group);
              group_added = TRUE;
            }
          num = g_strdup_printf ("%u", ++number);
          functions = functions_text (rk_entity_get_int (item, "functions"));
          rk_report_add_row (h->report,
                             (const char *[]) { num, rk_entity_get_string (item, "title"), functions });
        }
    }

  rk_report_end_table (h->report);

  /* Minutes and decisions, once there are any. */
  {
    gboolean any = FALSE;
    static const double mwidths[] = { 0.6, 3, 5, 3.4 };
    static const RkReportAlign maligns[] = {
      RK_REPORT_ALIGN_END, RK_REPORT_ALIGN_START, RK_REPORT_ALIGN_START, RK_REPORT_ALIGN_START,
    };
    const char *mtitles[] = { _("No."), _("Agenda item"), _("Minutes"), _("Decisions") };

    for (guint i = 0; i < n_items && !any; i++)
      {
        g_autoptr(RkEntity) item = g_list_model_get_item (G_LIST_MODEL (items), i);
        any = rk_entity_get_string (item, "minutes")[0] != '\0' ||
              rk_entity_get_string (item, "decisions")[0] != '\0';
      }
    if (!any)
      return;

    rk_report_add_heading (h->report, 2, _("Minutes and Decisions"));
    rk_report_begin_table (h->report, G_N_ELEMENTS (mtitles), mtitles, mwidths, maligns);
    number = carried->len;
    for (guint s = 0; s < n_steps; s++)
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(RkEntity) item = g_list_model_get_item (G_LIST_MODEL (items), i);
          g_autofree char *num = NULL;

          if (g_strcmp0 (rk_entity_get_string (item, "step"), steps[s].code) != 0)
            continue;
          num = g_strdup_printf ("%u", ++number);
          if (rk_entity_get_string (item, "minutes")[0] == '\0' &&
              rk_entity_get_string (item, "decisions")[0] == '\0')
            continue;
          rk_report_add_row (h->report, (const char *[]) {
                               num, rk_entity_get_string (item, "title"),
                               rk_entity_get_string (item, "minutes"),
                               rk_entity_get_string (item, "decisions") });
        }
    rk_report_end_table (h->report);
  }
}

static char *
action_status (Handout          *h,
               RkCountermeasure *action)
{
  const char *status = label (RK_MEETING_TERMS_ACTION_STATUS,
                              rk_entity_get_string (RK_ENTITY (action), "status"));

  if (rk_countermeasure_is_overdue (action, h->date))
    /* Translators: a countermeasure's status, and that it is past its due date */
    return g_strdup_printf (_("%s (overdue)"), status);
  return g_strdup (status);
}

static void
add_open_issues (Handout *h,
                 GArray  *open_issues)
{
  static const double widths[] = { 4.4, 2.4, 1.8, 2.2 };
  const char *titles[] = { _("Countermeasure"), _("Owner"), _("Due"), C_("meeting", "Status") };

  rk_report_add_heading (h->report, 2, _("Open Issues and Countermeasures"));
  if (open_issues->len == 0)
    {
      rk_report_add_paragraph (h->report, _("There are no open issues."));
      return;
    }

  rk_report_begin_table (h->report, G_N_ELEMENTS (titles), titles, widths, NULL);
  for (guint i = 0; i < open_issues->len; i++)
    {
      g_autoptr(RkIssue) issue = lookup (h, RK_TYPE_ISSUE, g_array_index (open_issues, gint64, i));
      g_autoptr(RkQueryModel) actions = NULL;
      g_autofree char *number = NULL;
      g_autofree char *functions = NULL;
      g_autofree char *group = NULL;
      g_autofree char *id = NULL;
      RkEntity *e;
      guint n;

      if (issue == NULL)
        continue;
      e = RK_ENTITY (issue);
      number = rk_issue_dup_number (issue);
      functions = functions_text (rk_entity_get_int (e, "functions"));
      /* Translators: a row heading an issue in the handout: number, title,
       * status, priority, functions, e.g. 「課題3：… （対応中・優先度 高・急変時の対応）」
       */
      group = g_strdup_printf (_("Issue %s: %s (%s, priority %s, %s)"), number,
                               rk_entity_get_string (e, "title"),
                               label (RK_MEETING_TERMS_ISSUE_STATUS, rk_entity_get_string (e, "status")),
                               label (RK_MEETING_TERMS_PRIORITY, rk_entity_get_string (e, "priority")),
                               functions);
      rk_report_add_group_row (h->report, group);

      id = g_strdup_printf ("%" G_GINT64_FORMAT, rk_entity_get_id (e));
      actions = rk_query_model_new (h->db, RK_TYPE_COUNTERMEASURE, "SELECT id FROM countermeasure");
      rk_query_model_set_query (actions, "SELECT id FROM countermeasure WHERE issue_id = ?"
                                         " ORDER BY position, id",
                                (const char *[]) { id, NULL });
      n = g_list_model_get_n_items (G_LIST_MODEL (actions));
      if (n == 0)
        rk_report_add_row (h->report, (const char *[]) { _("No countermeasure decided yet"), "", "",
                           "" });
      for (guint a = 0; a < n; a++)
        {
          g_autoptr(RkCountermeasure) action = g_list_model_get_item (G_LIST_MODEL (actions), a);
          g_autofree char *status = action_status (h, action);
          g_autofree char *due = rk_format_iso_date (rk_entity_get_string (RK_ENTITY (action),
                                                                           "due-date"));

          rk_report_add_row (h->report, (const char *[]) {
                               rk_entity_get_string (RK_ENTITY (action), "what"),
                               rk_entity_get_string (RK_ENTITY (action), "owner"),
                               due, status });
        }
    }
  rk_report_end_table (h->report);
}

static void
add_carried_actions (Handout *h)
{
  static const double widths[] = { 2.8, 3.6, 2.0, 1.8, 2.2 };
  const char *titles[] = { _("Issue"), _("Countermeasure"), _("Owner"), _("Due"), C_("meeting", "Status") };
  g_autoptr(GArray) ids = rk_meeting_list_carried_actions (h->meeting, NULL);

  rk_report_add_heading (h->report, 2, _("Actions Carried Over"));
  if (ids == NULL || ids->len == 0)
    {
      rk_report_add_paragraph (h->report, _("No actions are carried over from earlier meetings."));
      return;
    }

  rk_report_begin_table (h->report, G_N_ELEMENTS (titles), titles, widths, NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(RkCountermeasure) action = lookup (h, RK_TYPE_COUNTERMEASURE,
                                                   g_array_index (ids, gint64, i));
      g_autoptr(RkIssue) issue = NULL;
      g_autofree char *status = NULL;
      g_autofree char *due = NULL;
      g_autofree char *issue_text = NULL;
      g_autofree char *issue_number = NULL;

      if (action == NULL)
        continue;
      issue = lookup (h, RK_TYPE_ISSUE, rk_entity_get_int (RK_ENTITY (action), "issue-id"));
      status = action_status (h, action);
      due = rk_format_iso_date (rk_entity_get_string (RK_ENTITY (action), "due-date"));
      if (issue != NULL)
        {
          issue_number = rk_issue_dup_number (issue);
          issue_text = g_strdup_printf (_("Issue %s: %s"), issue_number,
                                        rk_entity_get_string (RK_ENTITY (issue), "title"));
        }
      rk_report_add_row (h->report, (const char *[]) {
                           issue_text != NULL ? issue_text : "",
                           rk_entity_get_string (RK_ENTITY (action), "what"),
                           rk_entity_get_string (RK_ENTITY (action), "owner"), due, status });
    }
  rk_report_end_table (h->report);
}

static void
add_participants (Handout *h)
{
  static const double widths[] = { 4.2, 2, 3.2, 1.2 };
  const char *titles[] = { C_("participant", "Organization"), C_("person", "Name"), C_("participant", "Role"), _("Attendance") };
  g_autoptr(RkQueryModel) people = NULL;
  g_autoptr(RkAttendance) attendance = NULL;
  g_autofree char *id = NULL;
  gboolean held = g_strcmp0 (rk_entity_get_string (RK_ENTITY (h->meeting), "status"), "held") == 0;
  guint n;

  rk_report_add_heading (h->report, 2, _("Participants"));

  id = g_strdup_printf ("%" G_GINT64_FORMAT, rk_entity_get_id (RK_ENTITY (h->meeting)));
  people = rk_query_model_new (h->db, RK_TYPE_PARTICIPANT, "SELECT id FROM participant");
  rk_query_model_set_query (people, "SELECT id FROM participant WHERE meeting_id = ?"
                                    " ORDER BY position, id", (const char *[]) { id, NULL });
  n = g_list_model_get_n_items (G_LIST_MODEL (people));
  if (n == 0)
    {
      rk_report_add_paragraph (h->report, _("No participants yet."));
      return;
    }

  attendance = rk_meeting_count_attendance (h->meeting, NULL);
  if (attendance != NULL)
    {
      g_autofree char *summary = NULL;

      if (held)
        /* Translators: e.g. 「出席 15名（案内 18名）」 */
        summary = g_strdup_printf (_("%u attended (%u invited)"),
                                   attendance->total_attended, attendance->total_invited);
      else
        summary = g_strdup_printf (_("%u invited"), attendance->total_invited);
      rk_report_add_paragraph (h->report, summary);
    }

  rk_report_begin_table (h->report, G_N_ELEMENTS (titles), titles, widths, NULL);
  for (guint g = 0; g < RK_N_ATTENDANCE_GROUPS; g++)
    {
      gboolean group_added = FALSE;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RkEntity) p = g_list_model_get_item (G_LIST_MODEL (people), i);
          g_autoptr(RkEntity) org = NULL;
          const char *category = rk_entity_get_string (p, "category");
          gint64 org_id = rk_entity_get_int (p, "organization-id");
          const char *presence;
          g_autofree char *org_text = NULL;

          if (rk_participant_category_get_group (category) != g)
            continue;
          if (!group_added)
            {
              rk_report_add_group_row (h->report, rk_attendance_group_get_label (g));
              group_added = TRUE;
            }

          if (org_id > 0)
            org = lookup (h, RK_TYPE_ORGANIZATION, org_id);
          org_text = g_strdup (org != NULL ? rk_entity_get_string (org, "name") : "");

          if (held)
            presence = rk_entity_get_boolean (p, "attended") ? C_("attendance", "Present")
                                                            : C_("attendance", "Absent");
          else
            presence = rk_entity_get_boolean (p, "invited") ? C_("attendance", "Invited") : "";

          rk_report_add_row (h->report, (const char *[]) {
                               org_text, rk_entity_get_string (p, "name"),
                               rk_entity_get_string (p, "role"), presence });
        }
    }
  rk_report_end_table (h->report);
}

/**
 * rk_meeting_handout_new:
 * @meeting: the meeting
 *
 * Builds the meeting's handout: A4 portrait, with the base's name in the
 * header and the meeting's title and page numbers in the footer of every
 * page.
 *
 * Returns: (transfer full) (nullable): the handout, ready to paginate or
 *   write as a PDF
 */
RkReport *
rk_meeting_handout_new (RkMeeting  *meeting,
                        GError    **error)
{
  g_autofree char *title = NULL;
  g_autofree char *report_title = NULL;
  g_autoptr(GArray) carried = NULL;
  g_autoptr(GArray) open_issues = NULL;
  Handout h = { 0 };

  g_return_val_if_fail (RK_IS_MEETING (meeting), NULL);

  carried = rk_meeting_list_carried_issues (meeting, error);
  if (carried == NULL)
    return NULL;
  open_issues = rk_meeting_list_open_issues (meeting, error);
  if (open_issues == NULL)
    return NULL;

  title = rk_meeting_dup_display_title (meeting);
  /* Translators: the document title of a meeting's handout */
  report_title = g_strdup_printf (_("%s — Handout"), title);

  h.report = rk_report_new (report_title);
  h.db = rk_entity_get_database (RK_ENTITY (meeting));
  h.meeting = meeting;
  h.date = rk_meeting_dup_reference_date (meeting);
  rk_report_set_paper (h.report, RK_PAPER_A4, RK_ORIENTATION_PORTRAIT);

  add_header (&h);
  add_agenda (&h, carried);
  add_open_issues (&h, open_issues);
  add_carried_actions (&h);
  add_participants (&h);

  /* The rest of the last page, or a page of its own when little is left. */
  rk_report_add_heading (h.report, 2, C_("handout", "Notes"));
  rk_report_add_notes_space (h.report, 0);

  g_free (h.date);
  return h.report;
}
