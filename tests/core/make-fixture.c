/* make-fixture.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <stdlib.h>

#include "rk-database-private.h"
#include "rk-sample.h"

/* Writes tests/data/workspace-vN.renkei: the sample workspace as a release
 * with schema version N would have written it. Run it once when a version
 * is released; a released fixture is never made again.
 *
 *   build/tests/core/make-fixture N tests/data/workspace-vN.renkei
 */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = NULL;
  const RkMigration *list;
  guint n_list;
  guint n_keep = 0;
  int version;

  if (argc != 3)
    {
      g_printerr ("usage: make-fixture VERSION OUT.renkei\n");
      return 2;
    }

  version = atoi (argv[1]);
  list = _rk_database_get_migrations (&n_list);
  while (n_keep < n_list && list[n_keep].version <= version)
    n_keep++;
  if (n_keep == 0 || list[n_keep - 1].version != version)
    {
      g_printerr ("make-fixture: there is no schema version %d\n", version);
      return 1;
    }
  _rk_database_set_migrations_for_testing (list, n_keep);

  db = rk_sample_create (argv[2], &error);
  if (db == NULL)
    {
      g_printerr ("make-fixture: %s\n", error->message);
      return 1;
    }

  /* Closing checkpoints the log into the file: one stand-alone file. */
  rk_database_close (db);
  return 0;
}
