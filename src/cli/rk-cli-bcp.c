/* rk-cli-bcp.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-cli-bcp"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rk-bcp-export.h"
#include "rk-bcp-report.h"
#include "rk-bcp-store.h"
#include "rk-bcp-vocabulary.h"
#include "rk-cli.h"
#include "rk-entity.h"

/* The disaster BCP tab's verbs. The register of people on medical devices
 * is personal data: nothing here prints a name, or writes one to a file,
 * unless the command line asks for it in so many words (--names,
 * --include-personal, or the number of one person for their plan).
 */

static char *as_of;
static gboolean include_personal;
static gboolean with_names;

static GOptionEntry date_entries[] = {
  { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of,
    N_("Judge overdue reviews as of DATE (YYYY-MM-DD) instead of today"), N_("DATE") },
  { NULL }
};

static GOptionEntry personal_entries[] = {
  { "include-personal", 0, 0, G_OPTION_ARG_NONE, &include_personal,
    N_("Include the names and details of the people in the register (marked as personal data)"), NULL },
  { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of,
    N_("Judge overdue reviews as of DATE (YYYY-MM-DD) instead of today"), N_("DATE") },
  { NULL }
};

static GOptionEntry register_entries[] = {
  { "names", 0, 0, G_OPTION_ARG_NONE, &with_names,
    N_("Show names (personal data); without it only numbers are shown"), NULL },
  { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of,
    N_("Judge overdue reviews as of DATE (YYYY-MM-DD) instead of today"), N_("DATE") },
  { NULL }
};

/* The date the board is judged on; FALSE (with the exit status) if
 * --as-of is not a date.
 */
static gboolean
check_as_of (const char *verb,
             char      **today,
             int        *status)
{
  g_autofree char *iso = NULL;

  if (as_of == NULL)
    {
      *today = rk_bcp_today ();
      return TRUE;
    }

  if (!rk_bcp_parse_date (as_of, &iso) || iso[0] == '\0')
    {
      *status = rk_cli_usage_error (verb, _("--as-of needs a date such as 2026-10-01."));
      return FALSE;
    }

  *today = g_steal_pointer (&iso);
  return TRUE;
}

static gboolean
parse_number (const char *verb,
              const char *text,
              const char *what,
              gint64     *number,
              int        *status)
{
  guint64 n;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &n, NULL))
    {
      /* Translators: %s is what the number is of, e.g. "PERSON" */
      g_autofree char *message = g_strdup_printf (_("%s must be a number from the list."), what);
      *status = rk_cli_usage_error (verb, message);
      return FALSE;
    }

  *number = (gint64) n;
  return TRUE;
}

static void
note_personal (void)
{
  /* Not an error: a reminder that the file now needs the care the
   * workspace gets.
   */
  g_printerr ("renkei-cli: %s\n",
              _("The file holds personal data and is readable by you only. "
                "Do not pass it on beyond those the people agreed to."));
}

static int
run_export_bcp (int    argc,
                char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autofree char *today = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("export-bcp", "WORKSPACE OUT.xlsx", personal_entries, &argc, &argv, 2, &status) ||
      !check_as_of ("export-bcp", &today, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL || !rk_bcp_export_xlsx (db, argv[2], include_personal, today, &error))
    return rk_cli_fail (error);

  if (include_personal)
    note_personal ();
  return 0;
}

static int
write_report (RkReport   *report,
              const char *path,
              GError     *error)
{
  if (report == NULL || !rk_report_write_pdf (report, path, &error))
    return rk_cli_fail (error);
  return 0;
}

static int
run_print_bcp (int    argc,
               char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(RkReport) report = NULL;
  g_autofree char *today = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("print-bcp", "WORKSPACE OUT.pdf", personal_entries, &argc, &argv, 2, &status) ||
      !check_as_of ("print-bcp", &today, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);

  report = rk_bcp_report_overview (db, include_personal, today, &error);
  status = write_report (report, argv[2], error);
  if (status == 0 && include_personal)
    note_personal ();
  return status;
}

static int
run_support_plan (int    argc,
                  char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(RkReport) report = NULL;
  g_autofree char *today = NULL;
  GError *error = NULL;
  gint64 person;
  int status;

  if (!rk_cli_parse ("support-plan", "WORKSPACE PERSON OUT.pdf", date_entries, &argc, &argv, 3, &status) ||
      !check_as_of ("support-plan", &today, &status) ||
      !parse_number ("support-plan", argv[2], "PERSON", &person, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);

  report = rk_bcp_report_support_plan (db, person, today, &error);
  status = write_report (report, argv[3], error);
  if (status == 0)
    note_personal ();
  return status;
}

static int
run_drill_sheet (int    argc,
                 char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(RkReport) report = NULL;
  g_autofree char *today = NULL;
  GError *error = NULL;
  gint64 drill;
  int status;

  if (!rk_cli_parse ("drill-sheet", "WORKSPACE DRILL OUT.pdf", personal_entries, &argc, &argv, 3, &status) ||
      !check_as_of ("drill-sheet", &today, &status) ||
      !parse_number ("drill-sheet", argv[2], "DRILL", &drill, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);

  report = rk_bcp_report_drill_sheet (db, drill, include_personal, today, &error);
  status = write_report (report, argv[3], error);
  if (status == 0 && include_personal)
    note_personal ();
  return status;
}

static int
run_drills (int    argc,
            char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(GPtrArray) drills = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("drills", "WORKSPACE", NULL, &argc, &argv, 1, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);
  drills = rk_bcp_list_entities (db, RK_BCP_LIST_DRILLS, 0, &error);
  if (drills == NULL)
    return rk_cli_fail (error);

  for (guint i = 0; i < drills->len; i++)
    {
      RkEntity *d = g_ptr_array_index (drills, i);
      g_autofree char *date = rk_bcp_format_date (rk_entity_get_string (d, "drill-date"));

      g_print ("%4" G_GINT64_FORMAT "  %s  %s\n", rk_entity_get_id (d), date,
               rk_entity_get_string (d, "title"));
    }
  if (drills->len == 0)
    g_print ("%s\n", _("No drill recorded yet."));

  return 0;
}

static int
run_register (int    argc,
              char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(GArray) board = NULL;
  g_autofree char *today = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("register", "WORKSPACE", register_entries, &argc, &argv, 1, &status) ||
      !check_as_of ("register", &today, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);
  board = rk_care_get_board (db, today, &error);
  if (board == NULL)
    return rk_cli_fail (error);

  for (guint i = 0; i < board->len; i++)
    {
      const RkCareStatus *s = &g_array_index (board, RkCareStatus, i);
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_printf (line, "%4" G_GINT64_FORMAT, s->id);
      if (with_names)
        {
          g_autoptr(RkEntity) p = rk_entity_lookup (db, rk_bcp_list_get_item_type (RK_CARE_LIST_PEOPLE),
                                                    s->id, &error);
          if (p == NULL)
            return rk_cli_fail (error);
          g_string_append_printf (line, "  %s", rk_entity_get_string (p, "name"));
        }

      g_string_append (line, "  ");
      if (s->issues == 0)
        g_string_append (line, _("ready"));
      for (guint bit = 0, n = 0; bit < RK_CARE_N_ISSUES; bit++)
        if (s->issues & (1u << bit))
          {
            if (n++ > 0)
              g_string_append (line, C_("list separator", ", "));
            g_string_append (line, rk_care_issue_get_label (1u << bit));
          }
      g_print ("%s\n", line->str);
    }

  /* Translators: the last line of `renkei-cli register` */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u person in the register\n",
                        "%u people in the register\n", board->len), board->len);
  return 0;
}

static int
run_readiness (int    argc,
               char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(GPtrArray) readiness = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("readiness", "WORKSPACE", NULL, &argc, &argv, 1, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);
  readiness = rk_bcp_get_readiness (db, &error);
  if (readiness == NULL)
    return rk_cli_fail (error);

  for (guint i = 0; i < readiness->len; i++)
    {
      RkBcpReadiness *r = g_ptr_array_index (readiness, i);

      /* Translators: one line of `renkei-cli readiness`: the kind of
       * organisation, then how many of them have their own BCP, take part
       * in a cooperative BCP and joined the regional BCP, of how many
       */
      g_print (_("%s: own BCP %u/%u, cooperative %u/%u, regional %u/%u\n"),
               rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND, r->kind),
               r->n_own, r->n_organizations, r->n_cooperative, r->n_organizations,
               r->n_regional, r->n_organizations);
    }

  return 0;
}

const RkCliVerb rk_cli_bcp_verbs[] = {
  { "readiness", "WORKSPACE",
    N_("Show how many organizations of each kind have a BCP, a cooperative and the regional BCP"),
    run_readiness },
  { "drills", "WORKSPACE", N_("List the drills with their numbers"), run_drills },
  { "register", "WORKSPACE",
    N_("List the register of people on medical devices by number; --names adds names"),
    run_register },
  { "export-bcp", "WORKSPACE OUT.xlsx",
    N_("Write the disaster preparedness workbook: counts only; --include-personal adds the register"),
    run_export_bcp },
  { "print-bcp", "WORKSPACE OUT.pdf",
    N_("Print the disaster preparedness overview to PDF: counts only; --include-personal adds names"),
    run_print_bcp },
  { "support-plan", "WORKSPACE PERSON OUT.pdf",
    N_("Print a person’s individual disaster support plan (PERSON from “register”)"),
    run_support_plan },
  { "drill-sheet", "WORKSPACE DRILL OUT.pdf",
    N_("Print a drill’s contact sheet (DRILL from “drills”); --include-personal adds the call list"),
    run_drill_sheet },
  { NULL }
};
