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
#include "rk-resource-export.h"
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

/*
 * The list: the same filter as the tab's
 */

typedef struct
{
  char    *search;
  GStrv    kinds;
  GStrv    capabilities;
  int      stale_months;
  gboolean area;
  gboolean closed;
} FilterOptions;

static void
filter_options_clear (FilterOptions *o)
{
  g_clear_pointer (&o->search, g_free);
  g_clear_pointer (&o->kinds, g_strfreev);
  g_clear_pointer (&o->capabilities, g_strfreev);
}

static GOptionEntry *
filter_entries (FilterOptions *o)
{
  GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &o->search,
      N_("Only resources whose name, reading, address or notes hold these words"), N_("TEXT") },
    { "kind", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->kinds,
      N_("Only resources of this kind (hospital, clinic, pharmacy, home_nursing …; may be repeated)"),
      N_("KIND") },
    { "capability", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->capabilities,
      N_("Only resources with this capability (ventilator, around_clock …; may be repeated, all must hold)"),
      N_("CODE") },
    { "stale", 0, 0, G_OPTION_ARG_INT, &o->stale_months,
      N_("Only resources with a fact confirmed longer ago than this many months (要確認)"),
      N_("MONTHS") },
    { "area", 0, 0, G_OPTION_ARG_NONE, &o->area,
      N_("Only resources in the workspace’s municipalities"), NULL },
    { "closed", 0, 0, G_OPTION_ARG_NONE, &o->closed,
      N_("Include resources marked closed"), NULL },
    { NULL }
  };

  return g_memdup2 (entries, sizeof entries);
}

static gboolean
build_filter (RkDatabase        *db,
              FilterOptions     *o,
              RkResourceFilter  *filter,
              GError           **error)
{
  rk_resource_filter_init (filter);
  filter->text = g_strdup (o->search);
  filter->kinds = g_strdupv (o->kinds);
  filter->area_only = o->area;
  filter->include_closed = o->closed;
  if (o->stale_months > 0)
    filter->stale_before = rk_directory_stale_cutoff (o->stale_months);

  for (guint i = 0; o->capabilities != NULL && o->capabilities[i] != NULL; i++)
    {
      g_autoptr(RkCapability) c = rk_directory_find_capability (db, o->capabilities[i]);

      if (c == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("There is no capability “%s”. Run “renkei-cli capabilities WORKSPACE” "
                         "for the list."), o->capabilities[i]);
          return FALSE;
        }
      rk_resource_filter_add_capability (filter, rk_entity_get_id (RK_ENTITY (c)));
    }

  return TRUE;
}

static int
run_export (int    argc,
            char **argv)
{
  FilterOptions o = { 0, };
  g_autofree GOptionEntry *entries = filter_entries (&o);
  g_auto(RkResourceFilter) filter;
  g_autoptr(RkDatabase) db = NULL;
  GError *error = NULL;
  guint64 n = 0;
  int status;

  if (!parse ("export-resources", "WORKSPACE OUT.xlsx",
              N_("Writes the resource directory (or the part the options choose) to an Excel "
                 "workbook."),
              entries, &argc, &argv, 2, &status))
    return status;
  if (argc > 3)
    return rk_cli_usage_error ("export-resources", _("Too many arguments."));

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL || !build_filter (db, &o, &filter, &error) ||
      !rk_resource_export_xlsx (db, &filter, argv[2], NULL, &n, &error))
    {
      filter_options_clear (&o);
      return rk_cli_fail (error);
    }

  filter_options_clear (&o);
  /* Translators: after export-resources: how many, and where */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u resource written to %s\n",
                        "%u resources written to %s\n", (gulong) n), (guint) n, argv[2]);
  return 0;
}

static int
run_print (int    argc,
           char **argv)
{
  FilterOptions o = { 0, };
  g_autofree GOptionEntry *entries = filter_entries (&o);
  g_auto(RkResourceFilter) filter;
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(RkReport) report = NULL;
  GError *error = NULL;
  int status;

  if (!parse ("print-resources", "WORKSPACE OUT.pdf",
              N_("Writes the printable list of the resource directory to a PDF file."),
              entries, &argc, &argv, 2, &status))
    return status;
  if (argc > 3)
    return rk_cli_usage_error ("print-resources", _("Too many arguments."));

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL || !build_filter (db, &o, &filter, &error))
    {
      filter_options_clear (&o);
      return rk_cli_fail (error);
    }
  filter_options_clear (&o);

  report = rk_resource_report_new (db, &filter, NULL, &error);
  if (report == NULL || !rk_report_write_pdf (report, argv[2], &error))
    return rk_cli_fail (error);
  return 0;
}

static int
run_capabilities (int    argc,
                  char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("capabilities", "WORKSPACE", NULL, &argc, &argv, 1, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL || (list = rk_directory_list_capabilities (db, NULL, &error)) == NULL)
    return rk_cli_fail (error);

  for (guint i = 0; i < list->len; i++)
    {
      RkEntity *c = g_ptr_array_index (list, i);
      g_autofree char *functions = rk_functions_to_string (rk_entity_get_int (c, "functions"));

      g_print ("%-26s %s (%s)  [%s]\n", rk_entity_get_string (c, "code"),
               rk_entity_get_string (c, "label"), rk_entity_get_string (c, "grouping"), functions);
    }
  return 0;
}

static int
run_coverage (int    argc,
              char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(RkCoverage) coverage = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("coverage", "WORKSPACE", NULL, &argc, &argv, 1, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL || (coverage = rk_coverage_compute (db, &error)) == NULL)
    return rk_cli_fail (error);

  /* Translators: heading of `renkei-cli coverage` */
  g_print ("%s\n", _("Resources per 10,000 residents aged 65+ (count in brackets); — is a gap"));
  for (guint m = 0; m < coverage->n_municipalities; m++)
    {
      g_print ("%s\n", coverage->municipality_names[m]);
      for (guint c = 0; c < coverage->n_capabilities; c++)
        {
          double rate = rk_coverage_get_rate (coverage, m, c);
          guint count = rk_coverage_get_count (coverage, m, c);

          if (count == 0)
            g_print ("  %s: —\n", coverage->capability_labels[c]);
          else if (isnan (rate))
            g_print ("  %s: ? (%u)\n", coverage->capability_labels[c], count);
          else
            g_print ("  %s: %.1f (%u)\n", coverage->capability_labels[c], rate, count);
        }
    }
  return 0;
}

const RkCliVerb rk_cli_resources_verbs[] = {
  { "import", "WORKSPACE FILE…", N_("Import open data into the resource directory"), run_import },
  { "export-resources", "WORKSPACE OUT.xlsx", N_("Export the resource directory to Excel"),
    run_export },
  { "print-resources", "WORKSPACE OUT.pdf", N_("Print the resource directory to PDF"), run_print },
  { "capabilities", "WORKSPACE", N_("List the capabilities the directory records"),
    run_capabilities },
  { "coverage", "WORKSPACE", N_("Show the coverage gaps of the area"), run_coverage },
  { NULL }
};
