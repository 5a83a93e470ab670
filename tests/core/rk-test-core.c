/* rk-test-core.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "rk-sample.h"
#include "rk-database-private.h"
#include "rk-test-core.h"

static const char * const sidecar_suffixes[] = { "-wal", "-shm", "-journal" };

/**
 * rk_test_make_dir:
 *
 * Returns: (transfer full): a new, empty folder for this test
 */
char *
rk_test_make_dir (void)
{
  static guint counter;
  char *dir;

  dir = g_strdup_printf ("%s/ws-%u", g_get_user_data_dir (), ++counter);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  return dir;
}

char *
rk_test_sha256 (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
rk_test_write_file (const char *path,
                    const void *data,
                    gsize       length,
                    int         mode)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_NONE, mode, &error);
  g_assert_no_error (error);
  /* g_file_set_contents_full() honours the umask; tests want the mode. */
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

void
rk_test_copy_file (const char *src,
                   const char *dest,
                   int         mode)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (src, &contents, &length, &error);
  g_assert_no_error (error);
  rk_test_write_file (dest, contents, length, mode);
}

/**
 * rk_test_create_sample:
 *
 * Creates the sample workspace in @dir and closes it again, so that the
 * file holds everything (no write-ahead log beside it).
 *
 * Returns: (transfer full): its path
 */
char *
rk_test_create_sample (const char *dir,
                       const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  RkDatabase *db;

  db = rk_sample_create (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_finalize_object (db);

  rk_test_assert_no_sidecars (path);

  return g_steal_pointer (&path);
}

/**
 * rk_test_sidecars:
 *
 * Returns: (transfer full): the names of SQLite's side files that exist
 *   beside @path, or "" when there are none
 */
char *
rk_test_sidecars (const char *path)
{
  g_autoptr(GString) found = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sidecar_suffixes); i++)
    {
      g_autofree char *sidecar = g_strconcat (path, sidecar_suffixes[i], NULL);

      if (g_file_test (sidecar, G_FILE_TEST_EXISTS))
        g_string_append_printf (found, "%s%s", found->len > 0 ? " " : "", sidecar);
    }

  return g_string_free (g_steal_pointer (&found), FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * rk_test_list_dir:
 *
 * Returns: (transfer full): every entry of @dir with its size, mode and
 *   modification time, one a line, sorted; equal strings mean that nothing
 *   in the folder was added, removed or written
 */
char *
rk_test_list_dir (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = g_dir_open (dir, 0, &error);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) listing = g_string_new (NULL);
  const char *name;

  g_assert_no_error (error);

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      struct stat st;

      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_ptr_array_add (lines, g_strdup_printf ("%s %" G_GINT64_FORMAT " %o %ld.%09ld",
                                               name, (gint64) st.st_size, st.st_mode & 07777,
                                               (long) st.st_mtim.tv_sec,
                                               (long) st.st_mtim.tv_nsec));
    }

  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (listing, "%s\n", (const char *) g_ptr_array_index (lines, i));

  return g_string_free (g_steal_pointer (&listing), FALSE);
}

int
rk_test_file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/**
 * rk_test_open_immutable:
 *
 * Opens a database file the way a test inspects it: read-only and
 * immutable, so that not even a lock or a side file is written.
 */
sqlite3 *
rk_test_open_immutable (const char *path)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", TRUE);
  g_autofree char *uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    g_error ("Could not inspect %s: %s", path, sqlite3_errstr (rc));

  return db;
}

gint64
rk_test_query_int (sqlite3    *db,
                   const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("%s returned no row: %s", sql, sqlite3_errmsg (db));
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/**
 * rk_test_query_text:
 *
 * Returns: (transfer full) (nullable): the first column of the first row,
 *   %NULL for SQL NULL
 */
char *
rk_test_query_text (sqlite3    *db,
                    const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("%s returned no row: %s", sql, sqlite3_errmsg (db));
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

gint64
rk_test_file_query_int (const char *path,
                        const char *sql)
{
  sqlite3 *db = rk_test_open_immutable (path);
  gint64 value = rk_test_query_int (db, sql);

  sqlite3_close (db);
  return value;
}

/**
 * rk_test_dump_table:
 *
 * Returns: (transfer full): every row of @table in id order, one a line,
 *   with NULL told apart from text, to compare states of a table
 */
char *
rk_test_dump_table (sqlite3    *db,
                    const char *table)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM main.\"%s\" ORDER BY id", table);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
            g_string_append (dump, "NULL");
          else
            g_string_append_printf (dump, "'%s'", (const char *) sqlite3_column_text (stmt, i));
          g_string_append_c (dump, i + 1 < sqlite3_column_count (stmt) ? '|' : '\n');
        }
    }
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&dump), FALSE);
}

void
rk_test_assert_refused_full (const char          *file,
                             int                  line,
                             const char          *path,
                             RkDatabaseOpenFlags  flags,
                             int                  code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *hash_before = rk_test_sha256 (path);
  g_autofree char *listing_before = rk_test_list_dir (dir);
  g_autofree char *hash_after = NULL;
  g_autofree char *listing_after = NULL;
  RkDatabase *db;

  g_test_message ("%s:%d: opening %s must be refused with code %d", file, line, path, code);

  db = rk_database_open (path, flags, &error);
  g_assert_null (db);
  g_assert_error (error, RK_DATABASE_ERROR, code);
  g_assert_nonnull (strstr (error->message, basename));

  hash_after = rk_test_sha256 (path);
  g_assert_cmpstr (hash_after, ==, hash_before);
  listing_after = rk_test_list_dir (dir);
  g_assert_cmpstr (listing_after, ==, listing_before);
  rk_test_assert_no_sidecars (path);
}

/**
 * rk_test_use_extra_migration:
 * @sql: a test-only schema step
 *
 * Makes the database use every real migration plus @sql as one more step
 * after the last, as the next release would. Tables of test steps are
 * prefixed test_ so that they never meet a real table. Restore the real
 * list with _rk_database_set_migrations_for_testing (NULL, 0).
 *
 * Returns: the version of the test step
 */
int
rk_test_use_extra_migration (const char *sql)
{
  static RkMigration *list;
  const RkMigration *real;
  guint n_real;

  _rk_database_set_migrations_for_testing (NULL, 0);
  real = _rk_database_get_migrations (&n_real);
  g_assert_cmpuint (n_real, >, 0);

  g_free (list);
  list = g_new0 (RkMigration, n_real + 1);
  memcpy (list, real, n_real * sizeof (RkMigration));
  list[n_real].version = real[n_real - 1].version + 1;
  list[n_real].sql = sql;
  _rk_database_set_migrations_for_testing (list, n_real + 1);

  return list[n_real].version;
}
