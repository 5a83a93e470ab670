/* rk-cli-submission.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-cli-submission"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "rk-cli.h"
#include "rk-submission.h"
#include "rk-submission-export.h"
#include "rk-submission-template.h"
#include "rk-vocabulary.h"

/* The prefectural submission workbook from the command line:
 *
 *   renkei-cli export-submission WORKSPACE OUT.xlsx [--year FY] [--template FILE]
 *                                [--include-personal]
 *   renkei-cli submission-template [--fields] [--check FILE]
 */

static int
current_fiscal_year (void)
{
  g_autoptr(GDate) today = g_date_new ();

  g_date_set_time_t (today, time (NULL));
  return rk_fiscal_year_for_date (today);
}

/* "2026", "2026年度", "R8", "令和8", "令和8年度", "令和元年度", in either
 * digit width.
 */
static int
parse_fiscal_year (const char *text)
{
  g_autofree char *s = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  const char *digits = s;
  int offset = 0;
  guint64 n;
  char *end = NULL;

  if (s == NULL)
    return 0;
  g_strstrip (s);
  if (g_str_has_suffix (s, "年度"))
    s[strlen (s) - strlen ("年度")] = '\0';

  if (g_str_has_prefix (s, "令和"))
    digits = s + strlen ("令和"), offset = 2018;
  else if (s[0] == 'R' || s[0] == 'r')
    digits = s + 1, offset = 2018;

  if (offset != 0 && strcmp (digits, "元") == 0)
    return 2019;

  n = g_ascii_strtoull (digits, &end, 10);
  if (end == digits || *end != '\0')
    return 0;
  if (offset != 0)
    return n >= 1 && n < 100 ? (int) n + offset : 0;
  return n >= 1989 && n <= 2200 ? (int) n : 0;
}

static int
run_export_submission (int    argc,
                       char **argv)
{
  g_autofree char *year = NULL;
  g_autofree char *template_path = NULL;
  g_autoptr(RkSubmissionTemplate) tmpl = NULL;
  g_autoptr(RkDatabase) db = NULL;
  gboolean include_personal = FALSE;
  GError *error = NULL;
  int fiscal_year;
  int status;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year,
      N_("The fiscal year to report, such as 2026 or 令和8 (default: the current one)"), N_("YEAR") },
    { "template", 't', 0, G_OPTION_ARG_FILENAME, &template_path,
      N_("The template that names the sheets and columns (default: Renkei's own)"), N_("FILE") },
    { "include-personal", 0, 0, G_OPTION_ARG_NONE, &include_personal,
      N_("Add the register of people on medical devices with their names (personal data; the file "
         "is readable by you only)"), NULL },
    { NULL }
  };

  if (!rk_cli_parse ("export-submission", "WORKSPACE OUT.xlsx", entries, &argc, &argv, 2, &status))
    return status;

  fiscal_year = year != NULL ? parse_fiscal_year (year) : current_fiscal_year ();
  if (fiscal_year == 0)
    {
      /* Translators: %s is what the user gave as --year */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a fiscal year. Write it as 2026 or 令和8."),
                                                  year);
      return rk_cli_usage_error ("export-submission", message);
    }

  /* The template first: its mistakes are the user's to fix, and cheap to find. */
  tmpl = template_path != NULL ? rk_submission_template_new_from_file (template_path, &error)
                               : rk_submission_template_new_default (&error);
  if (tmpl == NULL)
    return rk_cli_fail (error);

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);

  if (!rk_submission_export_full (db, tmpl, fiscal_year,
                                  include_personal ? RK_SUBMISSION_EXPORT_PERSONAL
                                                   : RK_SUBMISSION_EXPORT_DEFAULT,
                                  argv[2], &error))
    return rk_cli_fail (error);

  /* Not an error: a reminder, as export-bcp gives it. */
  if (include_personal)
    g_printerr ("renkei-cli: %s\n",
                _("The file holds personal data and is readable by you only. "
                  "Do not pass it on beyond those the people agreed to."));
  return 0;
}

static void
print_fields (void)
{
  g_autoptr(GPtrArray) kinds = rk_submission_list_kinds ();

  for (guint k = 0; k < kinds->len; k++)
    {
      const RkSubmissionKind *kind = g_ptr_array_index (kinds, k);

      g_print ("%s%s — %s\n  %s\n", k > 0 ? "\n" : "", kind->id, _(kind->title), _(kind->description));
      if (kind->layout == RK_SUBMISSION_LAYOUT_CUSTOM)
        g_print ("  %s\n", _("Laid out in a grid of its own: the fields are the columns of each "
                             "level; no @input columns."));
      for (guint i = 0; i < kind->n_fields; i++)
        g_print ("    %-32s %s%s%s\n", kind->fields[i].id, _(kind->fields[i].heading),
                 kind->fields[i].choices != NULL ? _(" (filled in by hand)") : "",
                 /* Translators: after a field that a template without a
                  * list of fields leaves out
                  */
                 kind->fields[i].extra ? _(" (only when listed)") : "");
    }
}

static int
run_submission_template (int    argc,
                         char **argv)
{
  gboolean fields = FALSE;
  g_autofree char *check = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  GError *error = NULL;
  int status;
  GOptionEntry entries[] = {
    { "fields", 'f', 0, G_OPTION_ARG_NONE, &fields,
      N_("List the data a template can show and their fields"), NULL },
    { "check", 'c', 0, G_OPTION_ARG_FILENAME, &check,
      N_("Check a template and list its sheets"), N_("FILE") },
    { NULL }
  };

  if (!rk_cli_parse ("submission-template", "", entries, &argc, &argv, 0, &status))
    return status;

  if (fields)
    {
      print_fields ();
      return 0;
    }

  if (check != NULL)
    {
      g_autoptr(RkSubmissionTemplate) tmpl = rk_submission_template_new_from_file (check, &error);

      if (tmpl == NULL)
        return rk_cli_fail (error);
      for (guint i = 0; i < rk_submission_template_get_n_sheets (tmpl); i++)
        g_print ("%s\n", rk_submission_template_get_sheet_name (tmpl, i));
      return 0;
    }

  /* The default template, to copy and edit: renkei-cli submission-template > mine.txt */
  path = rk_submission_template_get_default_path ();
  if (!g_file_get_contents (path, &contents, NULL, &error))
    return rk_cli_fail (error);
  g_print ("%s", contents);
  return 0;
}

const RkCliVerb rk_cli_submission_verbs[] = {
  { "export-submission", "WORKSPACE OUT.xlsx",
    N_("Write a fiscal year's workbook for the prefecture (--year, --template; --include-personal adds "
       "the register with names)"), run_export_submission },
  { "submission-template", "",
    N_("Print the default workbook template, its fields (--fields), or check one (--check)"),
    run_submission_template },
  { NULL }
};
