/* rk-cli.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rk-database.h"

G_BEGIN_DECLS

/* Exit statuses: 0 success, 1 the command failed (one line on stderr
 * says why), 2 the command line was wrong.
 */
#define RK_CLI_EXIT_FAILURE 1
#define RK_CLI_EXIT_USAGE   2

/**
 * RkCliVerb:
 * @name: the verb, e.g. "info"
 * @args: its arguments for --help, e.g. "WORKSPACE"
 * @summary: one line for --help (marked with N_())
 * @run: runs the verb with argv[0] = the verb; returns the exit status
 *
 * One command of renkei-cli. Each area of the program lists its verbs in
 * its own rk-cli-<area>.c; rk-cli.c strings them together.
 */
typedef struct
{
  const char *name;
  const char *args;
  const char *summary;
  int       (*run) (int    argc,
                    char **argv);
} RkCliVerb;

int          rk_cli_fail          (GError      *error);
int          rk_cli_usage_error   (const char  *verb,
                                   const char  *message);
RkDatabase  *rk_cli_open          (const char  *path,
                                   gboolean     writable,
                                   GError     **error);
gboolean     rk_cli_parse         (const char  *verb,
                                   const char  *parameter_string,
                                   GOptionEntry *entries,
                                   int         *argc,
                                   char      ***argv,
                                   int          n_positional,
                                   int         *status);

/* rk-cli-workspace.c */
extern const RkCliVerb rk_cli_workspace_verbs[];

/* rk-cli-logic-models.c */
extern const RkCliVerb rk_cli_logic_models_verbs[];
/* rk-cli-submission.c */
extern const RkCliVerb rk_cli_submission_verbs[];
/* rk-cli-bcp.c */
extern const RkCliVerb rk_cli_bcp_verbs[];
/* rk-cli-resources.c */
extern const RkCliVerb rk_cli_resources_verbs[];
/* rk-cli-meetings.c */
extern const RkCliVerb rk_cli_meetings_verbs[];

G_END_DECLS
