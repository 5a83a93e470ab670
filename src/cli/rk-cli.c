/* rk-cli.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "rk-cli.h"

/* Every area's verbs, in the order --help lists them. */
static const RkCliVerb *verb_tables[] = {
  rk_cli_workspace_verbs,
  rk_cli_resources_verbs,
  rk_cli_meetings_verbs,
  rk_cli_logic_models_verbs,
  rk_cli_bcp_verbs,
  rk_cli_submission_verbs,
};

/*
 * Shared helpers for the verbs
 */

/**
 * rk_cli_fail:
 * @error: (transfer full): what went wrong
 *
 * Prints one line and returns the failure status.
 */
int
rk_cli_fail (GError *error)
{
  g_autofree char *line = g_strdup (error->message);

  /* One line: scripts read the first line of stderr. */
  g_strdelimit (line, "\n", ' ');
  g_printerr ("renkei-cli: %s\n", line);
  g_error_free (error);

  return RK_CLI_EXIT_FAILURE;
}

int
rk_cli_usage_error (const char *verb,
                    const char *message)
{
  /* Translators: %s is a renkei-cli command such as "info" */
  g_autofree char *hint = g_strdup_printf (_("Try “renkei-cli %s --help”."), verb);

  g_printerr ("renkei-cli: %s %s\n", message, hint);
  return RK_CLI_EXIT_USAGE;
}

/**
 * rk_cli_open:
 * @writable: whether the verb changes the workspace
 *
 * Opens a workspace for a verb. Readers do not take the "open in a window"
 * lock, so `renkei-cli info` works while the workspace is open in Renkei.
 */
RkDatabase *
rk_cli_open (const char  *path,
             gboolean     writable,
             GError     **error)
{
  return rk_database_open (path,
                           writable ? RK_DATABASE_OPEN_DEFAULT
                                    : RK_DATABASE_OPEN_READ_ONLY | RK_DATABASE_OPEN_NO_LOCK,
                           error);
}

/**
 * rk_cli_parse:
 * @verb: the verb, for messages
 * @parameter_string: what follows the verb in --help, e.g. "WORKSPACE"
 * @entries: (nullable): the verb's options
 * @n_positional: how many arguments must remain after the options
 * @status: (out): the exit status when this returns %FALSE (0 after --help)
 *
 * Parses a verb's options. On return argv[1…] are the positional arguments.
 */
gboolean
rk_cli_parse (const char     *verb,
              const char     *parameter_string,
              GOptionEntry   *entries,
              int            *argc,
              char         ***argv,
              int             n_positional,
              int            *status)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *usage = g_strdup_printf ("%s %s", verb, parameter_string);

  context = g_option_context_new (usage);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = rk_cli_usage_error (verb, error->message);
      return FALSE;
    }

  if (*argc - 1 != n_positional)
    {
      *status = rk_cli_usage_error (verb, *argc - 1 < n_positional ? _("Missing argument.")
                                                                  : _("Too many arguments."));
      return FALSE;
    }

  return TRUE;
}

/*
 * main
 */

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n  renkei-cli %s\n\n%s\n",
           _("Usage:"), _("COMMAND [OPTION…] ARGUMENTS"),
           _("Work with Renkei workspaces without a display."));
  fprintf (out, "\n%s\n", _("Commands:"));

  for (guint t = 0; t < G_N_ELEMENTS (verb_tables); t++)
    for (const RkCliVerb *v = verb_tables[t]; v->name != NULL; v++)
      {
        g_autofree char *synopsis = g_strdup_printf ("%s %s", v->name, v->args);
        /* Padded by characters, not bytes: "FILE…" is five wide. */
        int width = 44 + (int) (strlen (synopsis) - g_utf8_strlen (synopsis, -1));

        fprintf (out, "  %-*s %s\n", width, synopsis, _(v->summary));
      }

  fprintf (out, "\n%s\n", _("Run “renkei-cli COMMAND --help” for a command’s options."));
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("RENKEI_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("renkei-cli");

  if (argc < 2)
    {
      print_help (stderr);
      return RK_CLI_EXIT_USAGE;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_help (stdout);
      return 0;
    }

  if (strcmp (argv[1], "--version") == 0)
    {
      g_print ("renkei-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (guint t = 0; t < G_N_ELEMENTS (verb_tables); t++)
    for (const RkCliVerb *v = verb_tables[t]; v->name != NULL; v++)
      if (strcmp (v->name, argv[1]) == 0)
        return v->run (argc - 1, argv + 1);

  {
    /* Translators: %s is what the user typed as a command */
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), argv[1]);
    g_printerr ("renkei-cli: %s %s\n", message, _("Run “renkei-cli --help” for the list of commands."));
  }
  return RK_CLI_EXIT_USAGE;
}
