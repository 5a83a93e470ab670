/* rk-database-check.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-database-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rk-database-private.h"

/* Everything here only reads: a workspace is checked before anything
 * writes to it, and a file that is refused is left byte for byte as it
 * was, with nothing added beside it. Write pragmas (journal_mode among
 * them, which rewrites header bytes 18–19) wait until the file has passed.
 */

static const char sqlite_magic[16] = "SQLite format 3";

static gboolean
query_int (sqlite3    *db,
           const char *sql,
           gint64     *value)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      ok = TRUE;
    }
  sqlite3_finalize (stmt);

  return ok;
}

/* Reads the 100-byte header without SQLite, so that a file which is not a
 * database, or which was cut short, is recognised before anything else
 * touches it.
 */
static gboolean
check_header (const char  *path,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *wal_path = NULL;
  guint8 header[100];
  gsize n_read = 0;
  guint32 page_size;
  guint32 n_pages;
  goffset size;

  in = g_file_read (file, NULL, &local_error);
  if (in == NULL)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   _("Could not read “%s”: %s. Check that the file exists and that you may read it."),
                   path, local_error->message);
      return FALSE;
    }

  info = g_file_input_stream_query_info (in, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  size = info != NULL ? g_file_info_get_size (info) : 0;

  if (!g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header, &n_read, NULL, NULL) ||
      n_read < sizeof header || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_NOT_SQLITE,
                   _("“%s” is not a Renkei workspace (it is not a database file). "
                     "The file was not changed. Open a file ending in .renkei, or create a new workspace."),
                   path);
      return FALSE;
    }

  page_size = (header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  n_pages = ((guint32) header[28] << 24) | (header[29] << 16) | (header[30] << 8) | header[31];

  /* With no write-ahead log beside it, the whole database is in the file,
   * and the header says how long the file must be.
   */
  wal_path = g_strconcat (path, "-wal", NULL);
  if (page_size < 512 || (size % page_size) != 0 ||
      (!g_file_test (wal_path, G_FILE_TEST_EXISTS) && (goffset) n_pages * page_size > size))
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged: the file is shorter than its contents say (it may have been "
                     "cut off while copying). The file was not changed. Restore it from a backup "
                     "or from a copy made with “Save a Copy”."),
                   path);
      return FALSE;
    }

  return TRUE;
}

/* Opens @path for reading only, without leaving anything beside it.
 *
 * A plain read-only connection to a WAL-mode database creates "-wal" and
 * "-shm" files next to it and, as it may not checkpoint, cannot remove
 * them when it closes; where the folder is not writable it cannot open
 * the file at all. When the file alone is the whole database and nobody
 * can be writing to it, it is opened "immutable" instead: SQLite then
 * takes no locks, uses no shared memory and creates no files.
 *
 * The file is the whole database when no write-ahead log with content
 * lies beside it; a log with content (left by a crash) holds committed
 * edits that only a WAL-aware connection sees. Nobody is writing while
 * Renkei's lock is held (@exclusive). Without the lock, a connection that
 * stays open must expect a window to start writing at any moment and
 * reads the plain way. It may still read alone when there is no log file
 * at all (no WAL-mode connection has the file open then) if @without_log
 * says so: for validation, which is brief, and where the folder is not
 * writable, where the plain way cannot open the file at all.
 */
int
_rk_database_open_read_only (const char  *path,
                             gboolean     exclusive,
                             gboolean     without_log,
                             int          extra_flags,
                             sqlite3    **db)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  gboolean alone;
  struct stat st;

  if (g_stat (wal_path, &st) != 0)
    alone = exclusive || without_log;
  else
    alone = exclusive && st.st_size == 0;

  if (!alone)
    return sqlite3_open_v2 (path, db, SQLITE_OPEN_READONLY | extra_flags, NULL);

  escaped = g_uri_escape_string (path, "/", TRUE);
  uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  return sqlite3_open_v2 (uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | extra_flags, NULL);
}

/* PRAGMA quick_check over a whole workspace: the part of the check that
 * grows with the file (about a second per gigabyte).
 */
static gboolean
run_quick_check (sqlite3     *db,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *check = NULL;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    check = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (check == NULL)
    check = g_strdup (sqlite3_errmsg (db));

  if (g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s) and cannot be opened safely. The file was not changed. "
                     "Restore it from a backup or from a copy made with “Save a Copy”."),
                   path, check);
      return FALSE;
    }

  return TRUE;
}

/**
 * _rk_database_validate:
 * @exclusive: whether this process holds Renkei's lock on the file
 * @quick_check: whether to run the integrity check now (otherwise the
 *   caller runs _rk_database_check_integrity() before any write)
 * @version: (out): the file's schema version
 *
 * Refuses what is not a healthy workspace this build can read: not a
 * database, another program's database, cut short, from a newer Renkei,
 * or damaged. A refused file is left byte for byte as it was, with nothing
 * added beside it.
 */
gboolean
_rk_database_validate (const char  *path,
                       gboolean     exclusive,
                       int          target_version,
                       gboolean     quick_check,
                       int         *version,
                       GError     **error)
{
  sqlite3 *db = NULL;
  gint64 app_id = 0;
  gint64 user_version = 0;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  if (!check_header (path, error))
    return FALSE;

  rc = _rk_database_open_read_only (path, exclusive, TRUE, 0, &db);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   _("Could not open “%s”: %s."), path, sqlite3_errstr (rc));
      goto out;
    }

  if (!query_int (db, "PRAGMA application_id", &app_id) ||
      !query_int (db, "PRAGMA user_version", &user_version))
    {
      rc = sqlite3_errcode (db);
      g_set_error (error, RK_DATABASE_ERROR,
                   rc == SQLITE_NOTADB ? RK_DATABASE_ERROR_NOT_SQLITE : RK_DATABASE_ERROR_CORRUPT,
                   _("“%s” cannot be read as a workspace (%s). The file was not changed. "
                     "Restore it from a backup or from a copy made with “Save a Copy”."),
                   path, sqlite3_errmsg (db));
      goto out;
    }

  if (app_id != RK_APPLICATION_ID)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_NOT_WORKSPACE,
                   _("“%s” is a database, but not a Renkei workspace. The file was not changed. "
                     "Open a workspace created by Renkei, or create a new one."),
                   path);
      goto out;
    }

  if (user_version > target_version)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Renkei (workspace format %d; this "
                     "version reads formats up to %d). The file was not changed. Update Renkei "
                     "to open it."),
                   path, (int) user_version, target_version);
      goto out;
    }

  if (quick_check && !run_quick_check (db, path, error))
    goto out;

  *version = (int) user_version;
  ok = TRUE;

out:
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}

/**
 * _rk_database_can_check_later:
 *
 * Whether a workspace can be opened for writing without writing to it, so
 * that its integrity check may run while the window is built: it is
 * already in WAL mode (setting the mode would rewrite its header) and has
 * no write-ahead log with content (recovering one would write).
 */
gboolean
_rk_database_can_check_later (const char *path)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  guint8 header[20];
  struct stat st;
  FILE *f;
  gboolean wal_mode;

  f = g_fopen (path, "rb");
  if (f == NULL)
    return FALSE;
  wal_mode = fread (header, 1, sizeof header, f) == sizeof header &&
             header[18] == 2 && header[19] == 2;
  fclose (f);

  return wal_mode && (g_stat (wal_path, &st) != 0 || st.st_size == 0);
}

/**
 * _rk_database_check_integrity:
 *
 * Runs the integrity check on a connection of its own, opened read-only:
 * safe on a worker thread while the workspace is open.
 */
gboolean
_rk_database_check_integrity (const char  *path,
                              GError     **error)
{
  sqlite3 *db = NULL;
  gboolean ok;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   _("Could not open “%s”: %s."), path, sqlite3_errstr (rc));
      sqlite3_close (db);
      return FALSE;
    }

  ok = run_quick_check (db, path, error);
  sqlite3_close (db);
  return ok;
}
