/* rk-cli-meetings.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-cli-meetings"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "rk-cli.h"
#include "rk-meeting.h"
#include "rk-meeting-export.h"
#include "rk-meeting-handout.h"

/* The meetings area without a display: list the meetings, print one's
 * handout to PDF (the same RkReport the print dialog shows), and export
 * the 会議開催実績 and 課題・対応策一覧 workbook.
 */

static gboolean
parse_number (const char  *text,
              gint64      *number)
{
  guint64 n;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &n, NULL))
    return FALSE;
  *number = (gint64) n;
  return TRUE;
}

static int
run_meetings (int    argc,
              char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(GArray) ids = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("meetings", "WORKSPACE", NULL, &argc, &argv, 1, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);

  ids = rk_meetings_list (db, 0, &error);
  if (ids == NULL)
    return rk_cli_fail (error);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(RkMeeting) meeting = rk_entity_lookup (db, RK_TYPE_MEETING,
                                                       g_array_index (ids, gint64, i), &error);
      g_autofree char *title = NULL;
      const char *date;

      if (meeting == NULL)
        return rk_cli_fail (error);
      title = rk_meeting_dup_display_title (meeting);
      date = rk_entity_get_string (RK_ENTITY (meeting), "date");

      /* number, date, kind, title: tab-separated for scripts */
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n",
               rk_entity_get_id (RK_ENTITY (meeting)),
               date[0] != '\0' ? date : "-",
               rk_meeting_terms_get_label (RK_MEETING_TERMS_KIND,
                                           rk_entity_get_string (RK_ENTITY (meeting), "kind")),
               title);
    }

  return 0;
}

static int
run_handout (int    argc,
             char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(RkMeeting) meeting = NULL;
  g_autoptr(RkReport) report = NULL;
  GError *error = NULL;
  gint64 number;
  int status;

  if (!rk_cli_parse ("handout", "WORKSPACE MEETING OUT.pdf", NULL, &argc, &argv, 3, &status))
    return status;

  if (!parse_number (argv[2], &number))
    {
      /* Translators: %s is what was typed where a meeting's number belongs */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a meeting number; "
                                                    "“renkei-cli meetings WORKSPACE” lists them."),
                                                  argv[2]);
      return rk_cli_usage_error ("handout", message);
    }

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);

  meeting = rk_entity_lookup (db, RK_TYPE_MEETING, number, NULL);
  if (meeting == NULL)
    /* Translators: the first %s is a meeting number, the second the workspace */
    return rk_cli_fail (g_error_new (RK_DATABASE_ERROR, RK_DATABASE_ERROR_NOT_FOUND,
                                     _("There is no meeting number %s in “%s”; "
                                       "“renkei-cli meetings WORKSPACE” lists them."),
                                     argv[2], argv[1]));

  report = rk_meeting_handout_new (meeting, &error);
  if (report == NULL || !rk_report_write_pdf (report, argv[3], &error))
    return rk_cli_fail (error);

  return 0;
}

static int
run_export (int    argc,
            char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  GError *error = NULL;
  int fiscal_year = 0;
  int status;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &fiscal_year,
      N_("Only this fiscal year (April to March), e.g. 2026"), N_("FY") },
    { NULL }
  };

  if (!rk_cli_parse ("export-meetings", "WORKSPACE OUT.xlsx", entries, &argc, &argv, 2, &status))
    return status;

  if (fiscal_year != 0 && (fiscal_year < 1900 || fiscal_year > 9998))
    return rk_cli_usage_error ("export-meetings",
                               _("--year takes a fiscal year such as 2026."));

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);

  if (!rk_meeting_export_xlsx (db, fiscal_year, argv[2], &error))
    return rk_cli_fail (error);

  return 0;
}

const RkCliVerb rk_cli_meetings_verbs[] = {
  { "meetings", "WORKSPACE", N_("List the meetings: number, date, kind and title"), run_meetings },
  { "handout", "WORKSPACE MEETING OUT.pdf", N_("Print a meeting’s handout to a PDF file"),
    run_handout },
  { "export-meetings", "WORKSPACE OUT.xlsx [--year FY]",
    N_("Export the meetings held and the issue register to Excel"), run_export },
  { NULL }
};
