/* test-kill.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rk-database.h"
#include "rk-entity.h"
#include "rk-organization.h"
#include "rk-test-core.h"

/* The durability promise: an edit that Renkei acknowledged is in the file,
 * whatever happens to the process afterwards. A child process (this
 * program with --child) commits a stream of edits and prints the ids of
 * each one only after rk_transaction_commit() has returned; the test kills
 * it with SIGKILL at a random moment and then checks, with a fresh open of
 * the workspace, that every acknowledged row is there, that the file is
 * healthy, and that each transaction is there whole or not at all.
 */

#define N_ROUNDS 8
#define MIN_ACKED 20
#define MAX_ACKED 400
#define SILENCE_MS 20000

/*
 * The child
 */

static int
run_child (const char *path,
           const char *round)
{
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  /* Never outlive the test, whatever happens to it. */
  prctl (PR_SET_PDEATHSIG, SIGKILL);

  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  if (db == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 2;
    }

  for (guint edit = 0; edit < 100000; edit++)
    {
      g_autoptr(RkTransaction) tx = NULL;
      g_autoptr(GString) ids = g_string_new (NULL);
      guint n_rows = 1 + edit % 3;

      tx = rk_database_begin (db, "Add organizations", &error);
      if (tx == NULL)
        break;

      for (guint row = 0; row < n_rows && error == NULL; row++)
        {
          g_autofree char *name = g_strdup_printf ("r%s-e%u-%u/%u", round, edit, row, n_rows);
          g_autoptr(RkEntity) org = rk_entity_create (db, RK_TYPE_ORGANIZATION, NULL, &error,
                                                      "name", name,
                                                      "kind", "clinic",
                                                      "address", "青葉県さくら市中央一丁目2番3号",
                                                      "notes", "強制終了の試験で作られた機関",
                                                      NULL);
          if (org != NULL)
            g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, row > 0 ? " " : "",
                                    rk_entity_get_id (org));
        }

      if (error != NULL || !rk_transaction_commit (tx, &error))
        break;

      /* Only now is the edit acknowledged. */
      printf ("%s\n", ids->str);
      fflush (stdout);
    }

  g_printerr ("child: %s\n", error != NULL ? error->message : "ran out of edits");
  g_object_unref (db);
  return 3;
}

/*
 * The test
 */

typedef struct
{
  int      fd;
  GString *buffer;
} LineReader;

/* Returns the next complete line, or %NULL at the end of the stream. A
 * line the child did not finish (no newline) was never acknowledged.
 */
static char *
read_line (LineReader *reader)
{
  for (;;)
    {
      const char *newline = memchr (reader->buffer->str, '\n', reader->buffer->len);
      struct pollfd pfd = { reader->fd, POLLIN, 0 };
      char chunk[4096];
      ssize_t n;
      int rc;

      if (newline != NULL)
        {
          gsize length = newline - reader->buffer->str;
          char *line = g_strndup (reader->buffer->str, length);

          g_string_erase (reader->buffer, 0, length + 1);
          return line;
        }

      rc = poll (&pfd, 1, SILENCE_MS);
      if (rc < 0 && errno == EINTR)
        continue;
      if (rc == 0)
        g_error ("The child printed nothing for %d s", SILENCE_MS / 1000);
      g_assert_cmpint (rc, ==, 1);

      n = read (reader->fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >=, 0);
      if (n == 0)
        return NULL;
      g_string_append_len (reader->buffer, chunk, n);
    }
}

static void
add_ids (GArray     *acked,
         const char *line)
{
  g_auto(GStrv) fields = g_strsplit (line, " ", -1);

  g_assert_nonnull (fields[0]);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      gint64 id = 0;

      g_assert_true (g_ascii_string_to_signed (fields[i], 10, 1, G_MAXINT64, &id, NULL));
      if (acked->len > 0)
        g_assert_cmpint (id, >, g_array_index (acked, gint64, acked->len - 1));
      g_array_append_val (acked, id);
    }
}

/* Runs one child, kills it after @target acknowledged edits (and a random
 * moment more), and collects every id it acknowledged.
 */
static guint
run_round (const char *self,
           const char *path,
           guint       round,
           guint       target,
           GArray     *acked)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *round_text = g_strdup_printf ("%u", round);
  const char *argv[] = { self, "--child", path, round_text, NULL };
  LineReader reader = { -1, NULL };
  guint n_edits = 0;
  gboolean killed = FALSE;
  GPid pid;
  int status = 0;
  char *line;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                            NULL, NULL, &pid, NULL, &reader.fd, NULL, &error);
  g_assert_no_error (error);
  reader.buffer = g_string_new (NULL);

  while ((line = read_line (&reader)) != NULL)
    {
      add_ids (acked, line);
      g_free (line);
      n_edits++;

      if (!killed && n_edits >= target)
        {
          /* Somewhere in the next edit: building it, writing the log,
           * syncing it, or checkpointing.
           */
          g_usleep (g_test_rand_int_range (0, 3000));
          g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
          killed = TRUE;
        }
    }

  /* The edits printed before the kill landed were read above too: they
   * were acknowledged.
   */
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (killed);
  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    g_error ("The child ended by itself (status %d) instead of being killed", status);

  close (reader.fd);
  g_string_free (reader.buffer, TRUE);
  g_spawn_close_pid (pid);

  return n_edits;
}

/* Every transaction wrote "rR-eE-J/K" for J in 0..K-1: all K rows or none. */
static void
assert_transactions_whole (sqlite3 *db)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM organization", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      const char *slash = strrchr (name, '/');
      const char *dash = strrchr (name, '-');
      g_autofree char *tx = NULL;
      guint n;

      g_assert_nonnull (slash);
      g_assert_nonnull (dash);
      /* key: "rR-eE/K" */
      tx = g_strdup_printf ("%.*s%s", (int) (dash - name), name, slash);
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, tx));
      g_hash_table_insert (counts, g_steal_pointer (&tx), GUINT_TO_POINTER (n + 1));
    }
  sqlite3_finalize (stmt);

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint expected = (guint) g_ascii_strtoull (strrchr (key, '/') + 1, NULL, 10);

      if (GPOINTER_TO_UINT (value) != expected)
        g_error ("Transaction %s is in the file with %u of its %u rows",
                 (const char *) key, GPOINTER_TO_UINT (value), expected);
    }
}

static void
assert_acknowledged_present (RkDatabase *db,
                             GArray     *acked,
                             guint       n_rounds)
{
  sqlite3 *handle = rk_database_get_handle (db);
  g_autofree char *check = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n_rows;

  check = rk_test_query_text (handle, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (rk_test_query_int (handle, "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);

  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT count(*) FROM organization WHERE id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < acked->len; i++)
    {
      gint64 id = g_array_index (acked, gint64, i);

      sqlite3_bind_int64 (stmt, 1, id);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      if (sqlite3_column_int64 (stmt, 0) != 1)
        g_error ("Acknowledged row %" G_GINT64_FORMAT " is missing after the kill", id);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);

  /* Nothing but acknowledged rows, and at most the one transaction per
   * round that was committed when the kill came before its ids were
   * printed (at most three rows).
   */
  n_rows = rk_test_query_int (handle, "SELECT count(*) FROM organization");
  g_assert_cmpint (n_rows, >=, acked->len);
  g_assert_cmpint (n_rows - acked->len, <=, 3 * n_rounds);

  assert_transactions_whole (handle);
}

static void
test_kill_keeps_acknowledged_edits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) acked = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *self = g_file_read_link ("/proc/self/exe", &error);
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "durable.renkei", NULL);
  RkDatabase *db;

  g_assert_no_error (error);

  db = rk_database_create (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  for (guint round = 1; round <= N_ROUNDS; round++)
    {
      guint target = g_test_rand_int_range (MIN_ACKED, MAX_ACKED + 1);
      guint before = acked->len;
      guint n_edits;
      gint64 start = g_get_monotonic_time ();

      n_edits = run_round (self, path, round, target, acked);
      g_test_message ("Round %u: killed after %u acknowledged edits (%u rows), %.0f ms",
                      round, n_edits, acked->len - before,
                      (g_get_monotonic_time () - start) / 1000.0);
      g_assert_cmpuint (n_edits, >=, target);

      /* The killed child left its write-ahead log behind. A read-only
       * open must see the edits that are only in the log…
       */
      db = rk_database_open (path, RK_DATABASE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      g_assert_true (rk_database_get_read_only (db));
      assert_acknowledged_present (db, acked, round);
      g_assert_finalize_object (db);

      /* …and opening it for writing takes them in. */
      db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_false (rk_database_get_read_only (db));
      assert_acknowledged_present (db, acked, round);
      g_assert_finalize_object (db);
      rk_test_assert_no_sidecars (path);
    }

  /* What the file alone holds, read without the log or any lock. */
  g_assert_cmpint (rk_test_file_query_int (path, "SELECT count(*) FROM organization"),
                   >=, acked->len);
}

int
main (int   argc,
      char *argv[])
{
  /* test-kill --child PATH ROUND */
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], argv[3]);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/kill/acknowledged-edits-survive", test_kill_keeps_acknowledged_edits);

  return g_test_run ();
}
