/* rk-cli-resources.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-cli-resources"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <unistd.h>

#include "rk-cli.h"
#include "rk-directory.h"
#include "rk-resource-import.h"
#include "rk-vocabulary.h"

/* The resource directory without a display: import the open data, export
 * or print the list, see what needs confirming and where the gaps are.
 */

/* Parses options, then wants at least @min_positional arguments. */
static gboolean
parse (const char    *verb,
       const char    *parameter_string,
       const char    *summary,
       GOptionEntry  *entries,
       int           *argc,
       char        ***argv,
       int            min_positional,
       int           *status)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *usage = g_strdup_printf ("%s %s", verb, parameter_string);

  context = g_option_context_new (usage);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(summary));
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = rk_cli_usage_error (verb, error->message);
      return FALSE;
    }
  if (*argc - 1 < min_positional)
    {
      *status = rk_cli_usage_error (verb, _("Missing argument."));
      return FALSE;
    }

  return TRUE;
}

static void
progress_cb (double      fraction,
             const char *what,
             gpointer    user_data)
{
  /* Only on a terminal: scripts read a clean report. */
  if (isatty (2))
    g_printerr ("\r%3.0f%% %s\033[K", fraction * 100.0, what);
}

static int
run_import (int    argc,
            char **argv)
{
  g_auto(GStrv) prefectures = NULL;
  g_auto(GStrv) municipalities = NULL;
  g_autofree char *date = NULL;
  g_autofree char *report_text = NULL;
  gboolean everything = FALSE;
  int max_notes = 0;
  GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &everything,
      N_("Keep every record of the files, whatever the workspace’s area"), NULL },
    { "prefecture", 0, 0, G_OPTION_ARG_STRING_ARRAY, &prefectures,
      N_("Keep the records of this prefecture (two-digit code; may be repeated)"), N_("CODE") },
    { "municipality", 0, 0, G_OPTION_ARG_STRING_ARRAY, &municipalities,
      N_("Keep the records of this municipality (code; may be repeated)"), N_("CODE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("The date of the open data, when the file names do not say"), N_("YYYY-MM-DD") },
    { "max-findings", 0, 0, G_OPTION_ARG_INT, &max_notes,
      N_("List at most this many findings (0: all)"), N_("N") },
    { NULL }
  };
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(RkResourceImport) import = NULL;
  GError *error = NULL;
  sqlite3 *conn;
  gboolean ok;
  int status;

  if (!parse ("import", _("WORKSPACE FILE…"),
              N_("Imports the open data of 医療情報ネット, 介護サービス情報公表 and WAM NET into the "
                 "resource directory. By default only the records of the workspace’s municipalities "
                 "are kept."),
              entries, &argc, &argv, 2, &status))
    return status;

  import = rk_resource_import_new ();
  for (int i = 2; i < argc; i++)
    rk_resource_import_add_file (import, argv[i]);
  rk_resource_import_set_everything (import, everything);
  rk_resource_import_set_area (import, (const char * const *) prefectures,
                               (const char * const *) municipalities);
  if (date != NULL)
    rk_resource_import_set_date (import, date);

  db = rk_cli_open (argv[1], TRUE, &error);
  if (db == NULL)
    return rk_cli_fail (error);

  conn = rk_database_open_worker (db, &error);
  if (conn == NULL)
    return rk_cli_fail (error);

  ok = rk_resource_import_run (import, conn, NULL, progress_cb, NULL, &error);
  sqlite3_close (conn);
  if (isatty (2))
    g_printerr ("\r\033[K");
  if (!ok)
    return rk_cli_fail (error);

  rk_database_notify_external_change (db, rk_resource_import_tables);

  report_text = rk_import_report_format (rk_resource_import_get_report (import),
                                         MAX (max_notes, 0));
  g_print ("%s", report_text);
  return 0;
}

const RkCliVerb rk_cli_resources_verbs[] = {
  { "import", "WORKSPACE FILE…", N_("Import open data into the resource directory"), run_import },
  { NULL }
};
