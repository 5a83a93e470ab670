/* rk-meeting-export.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meeting-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rk-countermeasure.h"
#include "rk-issue.h"
#include "rk-meeting.h"
#include "rk-meeting-export.h"
#include "rk-profile.h"
#include "rk-working-group.h"
#include "rk-xlsx.h"

/* The workbook a base sends to its prefecture about its meetings, in the
 * shape the national survey of bases asks about them (FIELD-NOTES §6):
 *
 *  会議開催実績   one row per meeting: date, kind, whether it was held
 *                 jointly with the 在宅医療・介護連携推進事業, attendance
 *                 per profession category, the agenda's steps and
 *                 functions, and the agenda itself;
 *  課題・対応策一覧 the issue register, one row per countermeasure.
 *
 * Both print on A4 landscape, one page wide, headings repeated.
 */

#define MARK "○"

typedef struct
{
  RkDatabase *db;
  RkXlsxBook *book;
  char       *base;
  char       *period;
  char       *today;
} Export;

static const char *
term (RkMeetingTermList  list,
      const char        *code)
{
  return rk_meeting_terms_get_label (list, code);
}

/* libxlsxwriter writes no row heights, and neither Excel nor LibreOffice
 * grows a row for wrapped text when it opens a file: every row that wraps
 * gets a height from the number of lines its longest cell takes.
 */
#define LINE_HEIGHT 16.5

static double
count_lines (const char *text,
             double      width)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", "\n", -1);
  double lines = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    lines += MAX (1, ceil ((rk_xlsx_text_width (parts[i]) - 1) / MAX (width - 1, 1)));
  return lines;
}

typedef struct
{
  RkXlsxSheet *sheet;
  const double *widths;
  double        lines;
} RowFit;

static void
fit (RowFit     *row,
     guint       col,
     const char *text)
{
  row->lines = MAX (row->lines, count_lines (text, row->widths[col]));
}

static gboolean
set_row_lines (RkXlsxSheet  *sheet,
               guint         row,
               double        lines,
               GError      **error)
{
  lxw_error err;

  if (lines <= 1)
    return TRUE;
  err = worksheet_set_row (rk_xlsx_sheet_get_worksheet (sheet), row, LINE_HEIGHT * lines + 3, NULL);
  if (err != LXW_NO_ERROR)
    {
      g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_INVALID,
                   _("Sheet “%s”, row %u: %s"), rk_xlsx_sheet_get_name (sheet), row + 1,
                   lxw_strerror (err));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_title (Export       *e,
             RkXlsxSheet  *sheet,
             const char   *title,
             guint         last_col,
             GError      **error)
{
  g_autofree char *full = g_strdup_printf ("%s %s", title, e->period);
  /* Translators: second line of an exported sheet: the base and the date */
  g_autofree char *sub = g_strdup_printf (_("%s (as of %s)"), e->base, e->today);

  return rk_xlsx_sheet_merge (sheet, 0, 0, 0, last_col, full, RK_XLSX_STYLE_TITLE, error) &&
         rk_xlsx_sheet_write_text (sheet, 1, 0, sub, RK_XLSX_STYLE_PLAIN, error);
}

/*
 * 会議開催実績
 */

enum {
  COL_NUMBER,
  COL_DATE,
  COL_TIME,
  COL_TITLE,
  COL_KIND,
  COL_PLACE,
  COL_JOINT,
  COL_STATUS,
  COL_ATTENDANCE,                                       /* RK_N_ATTENDANCE_GROUPS + 1 */
  COL_STEPS = COL_ATTENDANCE + RK_N_ATTENDANCE_GROUPS + 1,  /* 3 */
  COL_FUNCTIONS = COL_STEPS + 3,                        /* RK_N_FUNCTIONS */
  COL_AGENDA = COL_FUNCTIONS + RK_N_FUNCTIONS,
  N_MEETING_COLS
};

/* The meetings sheet's column widths, in Excel character units. */
static double meeting_widths[N_MEETING_COLS];

static void
init_meeting_widths (void)
{
  for (guint c = 0; c < N_MEETING_COLS; c++)
    meeting_widths[c] = 5.5;
  meeting_widths[COL_NUMBER] = 4;
  meeting_widths[COL_DATE] = 11;
  meeting_widths[COL_TIME] = 12;
  meeting_widths[COL_TITLE] = 26;
  meeting_widths[COL_KIND] = 14;
  meeting_widths[COL_PLACE] = 16;
  meeting_widths[COL_JOINT] = 8;
  meeting_widths[COL_STATUS] = 7;
  meeting_widths[COL_AGENDA] = 36;
}

static gboolean
write_meeting_headings (Export       *e,
                        RkXlsxSheet  *sheet,
                        GError      **error)
{
  RowFit top = { sheet, meeting_widths, 1 };
  RowFit bottom = { sheet, meeting_widths, 1 };
  double merged_lines = 1;
  const char *single[] = {
    [COL_NUMBER] = _("No."),
    [COL_DATE] = C_("meeting", "Date"),
    [COL_TIME] = _("Time"),
    [COL_TITLE] = _("Meeting"),
    [COL_KIND] = _("Kind"),
    [COL_PLACE] = _("Place"),
    [COL_JOINT] = _("Held jointly with the promotion project"),
    [COL_STATUS] = C_("meeting", "Status"),
  };
  const RkTerm *steps;
  guint n_steps;

  for (guint c = 0; c < G_N_ELEMENTS (single); c++)
    {
      if (!rk_xlsx_sheet_merge (sheet, 2, c, 3, c, single[c], RK_XLSX_STYLE_HEADING, error))
        return FALSE;
      merged_lines = MAX (merged_lines, count_lines (single[c], meeting_widths[c]));
    }

  if (!rk_xlsx_sheet_merge (sheet, 2, COL_ATTENDANCE, 2, COL_STEPS - 1,
                            _("Participants present, by category"), RK_XLSX_STYLE_HEADING, error))
    return FALSE;
  fit (&top, COL_STEPS - 1, _("Participants present, by category"));
  for (guint g = 0; g < RK_N_ATTENDANCE_GROUPS; g++)
    {
      if (!rk_xlsx_sheet_write_text (sheet, 3, COL_ATTENDANCE + g,
                                     rk_attendance_group_get_label (g),
                                     RK_XLSX_STYLE_HEADING, error))
        return FALSE;
      fit (&bottom, COL_ATTENDANCE + g, rk_attendance_group_get_label (g));
    }
  if (!rk_xlsx_sheet_write_text (sheet, 3, COL_STEPS - 1, _("Total"), RK_XLSX_STYLE_HEADING, error))
    return FALSE;

  if (!rk_xlsx_sheet_merge (sheet, 2, COL_STEPS, 2, COL_AGENDA - 1,
                            _("Agenda: items per step, and functions"), RK_XLSX_STYLE_HEADING,
                            error))
    return FALSE;
  steps = rk_meeting_terms_get (RK_MEETING_TERMS_STEP, &n_steps);
  for (guint s = 0; s < n_steps; s++)
    {
      const char *label = rk_meeting_terms_translate (RK_MEETING_TERMS_STEP, &steps[s]);

      if (!rk_xlsx_sheet_write_text (sheet, 3, COL_STEPS + s, label, RK_XLSX_STYLE_HEADING, error))
        return FALSE;
      fit (&bottom, COL_STEPS + s, label);
    }
  for (guint f = 0; f < RK_N_FUNCTIONS; f++)
    {
      if (!rk_xlsx_sheet_write_text (sheet, 3, COL_FUNCTIONS + f, rk_function_get_label (1u << f),
                                     RK_XLSX_STYLE_HEADING, error))
        return FALSE;
      fit (&bottom, COL_FUNCTIONS + f, rk_function_get_label (1u << f));
    }

  if (!rk_xlsx_sheet_merge (sheet, 2, COL_AGENDA, 3, COL_AGENDA, _("Agenda items"),
                            RK_XLSX_STYLE_HEADING, error))
    return FALSE;

  /* Narrow count columns: the headings wrap instead of widening them,
   * so that the table still prints legibly one page wide.
   */
  for (guint c = 0; c < N_MEETING_COLS; c++)
    rk_xlsx_sheet_set_column_width (sheet, c, meeting_widths[c]);

  /* The group headings take the top row; the columns merged over both
   * rows share them.
   */
  return set_row_lines (sheet, 2, MAX (top.lines, merged_lines - bottom.lines), error) &&
         set_row_lines (sheet, 3, bottom.lines, error);
}

static gboolean
write_meeting_row (Export      *e,
                   RkXlsxSheet *sheet,
                   guint        row,
                   RkMeeting   *meeting,
                   guint        totals[RK_N_ATTENDANCE_GROUPS + 1],
                   GError     **error)
{
  RkEntity *m = RK_ENTITY (meeting);
  g_autoptr(RkAttendance) attendance = NULL;
  g_autofree char *title = rk_meeting_dup_display_title (meeting);
  g_autofree char *time = rk_meeting_format_time (meeting);
  g_autofree char *place = rk_meeting_format_place (meeting);
  g_autofree char *agenda = NULL;
  guint per_step[3];
  RkFunctions functions = 0;
  gboolean held = g_strcmp0 (rk_entity_get_string (m, "status"), "held") == 0;
  const char *kind = term (RK_MEETING_TERMS_KIND, rk_entity_get_string (m, "kind"));
  RowFit fitting = { sheet, meeting_widths, 1 };

  attendance = rk_meeting_count_attendance (meeting, error);
  if (attendance == NULL ||
      !rk_meeting_summarize_agenda (meeting, per_step, &functions, &agenda, error))
    return FALSE;

  fit (&fitting, COL_TITLE, title);
  fit (&fitting, COL_KIND, kind);
  fit (&fitting, COL_PLACE, place);
  fit (&fitting, COL_TIME, time);
  fit (&fitting, COL_AGENDA, agenda);
  if (!set_row_lines (sheet, row, fitting.lines, error))
    return FALSE;

  if (!rk_xlsx_sheet_write_number (sheet, row, COL_NUMBER, rk_entity_get_id (m),
                                   RK_XLSX_STYLE_INTEGER, error) ||
      !rk_xlsx_sheet_write_date (sheet, row, COL_DATE, rk_entity_get_string (m, "date"),
                                 RK_XLSX_STYLE_DATE, error) ||
      !rk_xlsx_sheet_write_text (sheet, row, COL_TIME, time, RK_XLSX_STYLE_TEXT, error) ||
      !rk_xlsx_sheet_write_text (sheet, row, COL_TITLE, title, RK_XLSX_STYLE_TEXT, error) ||
      !rk_xlsx_sheet_write_text (sheet, row, COL_KIND, kind, RK_XLSX_STYLE_TEXT, error) ||
      !rk_xlsx_sheet_write_text (sheet, row, COL_PLACE, place, RK_XLSX_STYLE_TEXT, error) ||
      !rk_xlsx_sheet_write_text (sheet, row, COL_JOINT,
                                 rk_entity_get_boolean (m, "joint") ? MARK : "",
                                 RK_XLSX_STYLE_TEXT, error) ||
      !rk_xlsx_sheet_write_text (sheet, row, COL_STATUS,
                                 term (RK_MEETING_TERMS_STATUS, rk_entity_get_string (m, "status")),
                                 RK_XLSX_STYLE_TEXT, error))
    return FALSE;

  /* Attendance is known only for meetings held. */
  for (guint g = 0; g <= RK_N_ATTENDANCE_GROUPS; g++)
    {
      guint n = g < RK_N_ATTENDANCE_GROUPS ? attendance->attended[g] : attendance->total_attended;

      if (held)
        {
          totals[g] += n;
          if (!rk_xlsx_sheet_write_number (sheet, row, COL_ATTENDANCE + g, n,
                                           RK_XLSX_STYLE_INTEGER, error))
            return FALSE;
        }
      else if (!rk_xlsx_sheet_write_blank (sheet, row, COL_ATTENDANCE + g, RK_XLSX_STYLE_TEXT,
                                           error))
        return FALSE;
    }

  for (guint s = 0; s < 3; s++)
    if (!rk_xlsx_sheet_write_number (sheet, row, COL_STEPS + s, per_step[s],
                                     RK_XLSX_STYLE_INTEGER, error))
      return FALSE;
  for (guint f = 0; f < RK_N_FUNCTIONS; f++)
    if (!rk_xlsx_sheet_write_text (sheet, row, COL_FUNCTIONS + f,
                                   (functions & (1u << f)) ? MARK : "", RK_XLSX_STYLE_TEXT, error))
      return FALSE;

  return rk_xlsx_sheet_write_text (sheet, row, COL_AGENDA, agenda, RK_XLSX_STYLE_TEXT, error);
}

static gboolean
write_meetings (Export  *e,
                int      fiscal_year,
                GError **error)
{
  g_autoptr(GArray) ids = rk_meetings_list (e->db, fiscal_year, error);
  guint totals[RK_N_ATTENDANCE_GROUPS + 1] = { 0 };
  guint n_held = 0;
  RkXlsxSheet *sheet;
  RkXlsxPageSetup setup = {
    .landscape = TRUE,
    .heading_row = 2,
    .n_heading_rows = 2,
    /* No filter: it would take in the totals row and sort it away. */
    .autofilter = FALSE,
    .header_left = e->base,
    .header_right = e->period,
    .footer_left = e->today,
  };
  guint row = 4;

  if (ids == NULL)
    return FALSE;

  init_meeting_widths ();
  /* Translators: an Excel sheet name (at most 31 characters) */
  sheet = rk_xlsx_book_add_sheet (e->book, _("Meetings held"), error);
  setup.header_center = _("Meetings held");
  if (sheet == NULL || !write_title (e, sheet, _("Meetings held"), N_MEETING_COLS - 1, error) ||
      !write_meeting_headings (e, sheet, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++, row++)
    {
      g_autoptr(RkMeeting) meeting = rk_entity_lookup (e->db, RK_TYPE_MEETING,
                                                       g_array_index (ids, gint64, i), error);

      if (meeting == NULL || !write_meeting_row (e, sheet, row, meeting, totals, error))
        return FALSE;
      n_held += g_strcmp0 (rk_entity_get_string (RK_ENTITY (meeting), "status"), "held") == 0;
    }

  /* A totals row under the table: meetings held and people present. */
  {
    /* Translators: the totals row of the meetings sheet, e.g. 「開催 6回」 */
    g_autofree char *held = g_strdup_printf (_("%u held"), n_held);

    if (!rk_xlsx_sheet_write_text (sheet, row, COL_TITLE, _("Total"), RK_XLSX_STYLE_GROUP, error) ||
        !rk_xlsx_sheet_write_text (sheet, row, COL_STATUS, held, RK_XLSX_STYLE_GROUP, error))
      return FALSE;
    for (guint g = 0; g <= RK_N_ATTENDANCE_GROUPS; g++)
      if (!rk_xlsx_sheet_write_number (sheet, row, COL_ATTENDANCE + g, totals[g],
                                       RK_XLSX_STYLE_INTEGER, error))
        return FALSE;
  }

  if (!rk_xlsx_sheet_set_page_setup (sheet, &setup, error))
    return FALSE;

  /* Twenty-six columns: A3 landscape, as prefectures print such tables
   * (A3横), rather than A4 shrunk past reading.
   */
  worksheet_set_paper (rk_xlsx_sheet_get_worksheet (sheet), 8);
  return TRUE;
}

/*
 * 課題・対応策一覧
 */

enum {
  ICOL_NUMBER,
  ICOL_TITLE,
  ICOL_DESCRIPTION,
  ICOL_FUNCTIONS,
  ICOL_PRIORITY,
  ICOL_STATUS,
  ICOL_GROUP,
  ICOL_RAISED_AT,
  ICOL_RAISED_ON,
  ICOL_CLOSED_ON,
  ICOL_PROGRESS,
  ICOL_EVALUATION,
  ICOL_ACTION_NUMBER,
  ICOL_ACTION,
  ICOL_OWNER,
  ICOL_DUE,
  ICOL_ACTION_STATUS,
  ICOL_COMPLETED_ON,
  ICOL_ACTION_EVALUATION,
  N_ISSUE_COLS
};

static const double issue_widths[N_ISSUE_COLS] = {
  [ICOL_NUMBER] = 6, [ICOL_TITLE] = 26, [ICOL_DESCRIPTION] = 26, [ICOL_FUNCTIONS] = 14,
  [ICOL_PRIORITY] = 6, [ICOL_STATUS] = 7, [ICOL_GROUP] = 14, [ICOL_RAISED_AT] = 18,
  [ICOL_RAISED_ON] = 11, [ICOL_CLOSED_ON] = 11, [ICOL_PROGRESS] = 32, [ICOL_EVALUATION] = 22,
  [ICOL_ACTION_NUMBER] = 7, [ICOL_ACTION] = 26, [ICOL_OWNER] = 16, [ICOL_DUE] = 11,
  [ICOL_ACTION_STATUS] = 11, [ICOL_COMPLETED_ON] = 11, [ICOL_ACTION_EVALUATION] = 22,
};

static gboolean
write_issue_columns (Export      *e,
                     RkXlsxSheet *sheet,
                     guint        row,
                     RkIssue     *issue,
                     RowFit      *fitting,
                     GError     **error)
{
  RkEntity *i = RK_ENTITY (issue);
  g_autofree char *functions = rk_functions_to_string (rk_entity_get_int (i, "functions"));
  g_autofree char *raised_at = rk_issue_dup_raised_at (issue);
  g_autofree char *progress = rk_issue_dup_progress_text (issue);
  g_autoptr(RkWorkingGroup) group = NULL;
  gint64 group_id = rk_entity_get_int (i, "working-group-id");

  if (group_id > 0)
    group = rk_entity_lookup (e->db, RK_TYPE_WORKING_GROUP, group_id, NULL);

  fit (fitting, ICOL_TITLE, rk_entity_get_string (i, "title"));
  fit (fitting, ICOL_DESCRIPTION, rk_entity_get_string (i, "description"));
  fit (fitting, ICOL_FUNCTIONS, functions);
  fit (fitting, ICOL_RAISED_AT, raised_at);
  fit (fitting, ICOL_PROGRESS, progress);
  fit (fitting, ICOL_EVALUATION, rk_entity_get_string (i, "evaluation"));
  if (group != NULL)
    fit (fitting, ICOL_GROUP, rk_entity_get_string (RK_ENTITY (group), "name"));

  return rk_xlsx_sheet_write_number (sheet, row, ICOL_NUMBER, rk_entity_get_id (i),
                                     RK_XLSX_STYLE_INTEGER, error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_TITLE, rk_entity_get_string (i, "title"),
                                   RK_XLSX_STYLE_TEXT, error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_DESCRIPTION,
                                   rk_entity_get_string (i, "description"), RK_XLSX_STYLE_TEXT,
                                   error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_FUNCTIONS, functions, RK_XLSX_STYLE_TEXT,
                                   error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_PRIORITY,
                                   term (RK_MEETING_TERMS_PRIORITY, rk_entity_get_string (i, "priority")),
                                   RK_XLSX_STYLE_TEXT, error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_STATUS,
                                   term (RK_MEETING_TERMS_ISSUE_STATUS, rk_entity_get_string (i, "status")),
                                   RK_XLSX_STYLE_TEXT, error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_GROUP,
                                   group != NULL ? rk_entity_get_string (RK_ENTITY (group),
                                                                         "name") : "",
                                   RK_XLSX_STYLE_TEXT, error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_RAISED_AT, raised_at, RK_XLSX_STYLE_TEXT,
                                   error) &&
         rk_xlsx_sheet_write_date (sheet, row, ICOL_RAISED_ON, rk_entity_get_string (i, "raised-on"),
                                   RK_XLSX_STYLE_DATE, error) &&
         rk_xlsx_sheet_write_date (sheet, row, ICOL_CLOSED_ON, rk_entity_get_string (i, "closed-on"),
                                   RK_XLSX_STYLE_DATE, error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_PROGRESS, progress, RK_XLSX_STYLE_TEXT,
                                   error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_EVALUATION, rk_entity_get_string (i, "evaluation"),
                                   RK_XLSX_STYLE_TEXT, error);
}

static gboolean
write_action_columns (Export            *e,
                      RkXlsxSheet       *sheet,
                      guint              row,
                      RkCountermeasure  *action,
                      RowFit            *fitting,
                      GError           **error)
{
  RkEntity *a = RK_ENTITY (action);
  const char *status = term (RK_MEETING_TERMS_ACTION_STATUS, rk_entity_get_string (a, "status"));
  g_autofree char *shown = NULL;

  if (rk_countermeasure_is_overdue (action, e->today))
    shown = g_strdup_printf (_("%s (overdue)"), status);
  else
    shown = g_strdup (status);

  fit (fitting, ICOL_ACTION, rk_entity_get_string (a, "what"));
  fit (fitting, ICOL_OWNER, rk_entity_get_string (a, "owner"));
  fit (fitting, ICOL_ACTION_STATUS, shown);
  fit (fitting, ICOL_ACTION_EVALUATION, rk_entity_get_string (a, "evaluation"));

  return rk_xlsx_sheet_write_number (sheet, row, ICOL_ACTION_NUMBER, rk_entity_get_id (a),
                                     RK_XLSX_STYLE_INTEGER, error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_ACTION, rk_entity_get_string (a, "what"),
                                   RK_XLSX_STYLE_TEXT, error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_OWNER, rk_entity_get_string (a, "owner"),
                                   RK_XLSX_STYLE_TEXT, error) &&
         rk_xlsx_sheet_write_date (sheet, row, ICOL_DUE, rk_entity_get_string (a, "due-date"),
                                   RK_XLSX_STYLE_DATE, error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_ACTION_STATUS, shown, RK_XLSX_STYLE_TEXT,
                                   error) &&
         rk_xlsx_sheet_write_date (sheet, row, ICOL_COMPLETED_ON,
                                   rk_entity_get_string (a, "completed-on"), RK_XLSX_STYLE_DATE, error) &&
         rk_xlsx_sheet_write_text (sheet, row, ICOL_ACTION_EVALUATION,
                                   rk_entity_get_string (a, "evaluation"), RK_XLSX_STYLE_TEXT, error);
}

static gboolean
write_issues (Export  *e,
              int      fiscal_year,
              GError **error)
{
  const char *headings[] = {
    [ICOL_NUMBER] = _("Issue No."),
    [ICOL_TITLE] = _("Issue"),
    [ICOL_DESCRIPTION] = _("Description"),
    [ICOL_FUNCTIONS] = C_("meeting", "Functions"),
    [ICOL_PRIORITY] = _("Priority"),
    [ICOL_STATUS] = C_("meeting", "Status"),
    [ICOL_GROUP] = _("Working group"),
    [ICOL_RAISED_AT] = _("Raised at"),
    [ICOL_RAISED_ON] = _("Raised on"),
    [ICOL_CLOSED_ON] = _("Closed on"),
    [ICOL_PROGRESS] = _("Progress"),
    [ICOL_EVALUATION] = _("Evaluation"),
    [ICOL_ACTION_NUMBER] = _("Countermeasure No."),
    [ICOL_ACTION] = _("Countermeasure"),
    [ICOL_OWNER] = _("Owner"),
    [ICOL_DUE] = _("Due"),
    [ICOL_ACTION_STATUS] = _("Countermeasure status"),
    [ICOL_COMPLETED_ON] = _("Done on"),
    [ICOL_ACTION_EVALUATION] = _("Evaluation of the countermeasure"),
    NULL
  };
  g_autoptr(GArray) ids = rk_issues_list (e->db, fiscal_year, error);
  RkXlsxSheet *sheet;
  RkXlsxPageSetup setup = {
    .landscape = TRUE,
    .heading_row = 2,
    .n_heading_rows = 1,
    .autofilter = TRUE,
    .header_left = e->base,
    .header_right = e->period,
    .footer_left = e->today,
  };
  guint row = 3;

  if (ids == NULL)
    return FALSE;

  /* Translators: an Excel sheet name (at most 31 characters) */
  sheet = rk_xlsx_book_add_sheet (e->book, _("Issues and countermeasures"), error);
  setup.header_center = _("Issues and countermeasures");
  if (sheet == NULL ||
      !write_title (e, sheet, _("Issues and countermeasures"), N_ISSUE_COLS - 1, error) ||
      !rk_xlsx_sheet_write_row (sheet, 2, headings, RK_XLSX_STYLE_HEADING, error))
    return FALSE;

  {
    RowFit heading = { sheet, issue_widths, 1 };

    for (guint c = 0; c < N_ISSUE_COLS; c++)
      {
        rk_xlsx_sheet_set_column_width (sheet, c, issue_widths[c]);
        fit (&heading, c, headings[c]);
      }
    if (!set_row_lines (sheet, 2, heading.lines, error))
      return FALSE;
  }

  for (guint n = 0; n < ids->len; n++)
    {
      g_autoptr(RkIssue) issue = rk_entity_lookup (e->db, RK_TYPE_ISSUE,
                                                   g_array_index (ids, gint64, n), error);
      g_autoptr(GArray) actions = NULL;

      if (issue == NULL)
        return FALSE;
      actions = rk_issue_list_countermeasures (issue, error);
      if (actions == NULL)
        return FALSE;

      /* One row per countermeasure, the issue repeated so that the
       * autofilter can pick any of them; an issue without one gets a row.
       */
      if (actions->len == 0)
        {
          RowFit fitting = { sheet, issue_widths, 1 };

          if (!write_issue_columns (e, sheet, row, issue, &fitting, error) ||
              !set_row_lines (sheet, row, fitting.lines, error))
            return FALSE;
          for (guint c = ICOL_ACTION_NUMBER; c < N_ISSUE_COLS; c++)
            if (!rk_xlsx_sheet_write_blank (sheet, row, c, RK_XLSX_STYLE_TEXT, error))
              return FALSE;
          row++;
        }
      for (guint a = 0; a < actions->len; a++, row++)
        {
          g_autoptr(RkCountermeasure) action = rk_entity_lookup (e->db, RK_TYPE_COUNTERMEASURE,
                                                                 g_array_index (actions, gint64, a),
                                                                 error);
          RowFit fitting = { sheet, issue_widths, 1 };

          if (action == NULL || !write_issue_columns (e, sheet, row, issue, &fitting, error) ||
              !write_action_columns (e, sheet, row, action, &fitting, error) ||
              !set_row_lines (sheet, row, fitting.lines, error))
            return FALSE;
        }
    }

  if (!rk_xlsx_sheet_set_page_setup (sheet, &setup, error))
    return FALSE;

  /* Nineteen columns: A3 landscape too. */
  worksheet_set_paper (rk_xlsx_sheet_get_worksheet (sheet), 8);
  return TRUE;
}

/**
 * rk_meeting_export_xlsx:
 * @fiscal_year: a fiscal year, or 0 for everything
 * @path: the workbook to write; replaced only once it is complete
 *
 * Writes the 会議開催実績 and 課題・対応策一覧 sheets.
 */
gboolean
rk_meeting_export_xlsx (RkDatabase  *db,
                        int          fiscal_year,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(RkXlsxBook) book = NULL;
  g_autoptr(RkProfile) profile = NULL;
  g_autofree char *title = NULL;
  Export e = { db };
  gboolean ok;

  g_return_val_if_fail (RK_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  profile = rk_profile_get (db, error);
  if (profile == NULL)
    return FALSE;

  book = rk_xlsx_book_new (path, RK_XLSX_BOOK_DEFAULT, error);
  if (book == NULL)
    return FALSE;

  e.book = book;
  e.base = g_strdup (rk_entity_get_string (RK_ENTITY (profile), "name"));
  e.period = fiscal_year > 0 ? rk_fiscal_year_to_string (fiscal_year) : g_strdup (_("All years"));
  e.today = rk_today_iso_date ();

  /* Translators: the workbook's title property */
  title = g_strdup_printf (_("Meetings and issue register, %s"), e.period);
  rk_xlsx_book_set_properties (book, title, e.base, NULL);

  ok = write_meetings (&e, fiscal_year, error) && write_issues (&e, fiscal_year, error);

  g_free (e.base);
  g_free (e.period);
  g_free (e.today);

  if (!ok)
    return FALSE;

  return rk_xlsx_book_close (g_steal_pointer (&book), error);
}
