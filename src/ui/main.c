/* main.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rk-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RkApplication) app = NULL;
  const char *localedir = g_getenv ("RENKEI_LOCALEDIR");

  /* RENKEI_LOCALEDIR lets a build run from its build directory (meson
   * devenv, the tests) find the translations it just compiled.
   */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
