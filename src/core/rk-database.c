/* rk-database.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rk-database-private.h"
#include "rk-search.h"

/* Above this many rows of one table in one transaction, views are told to
 * reload instead of being told about every row (an import of 200,000 rows
 * must not emit 200,000 signals).
 */
#define MAX_ROW_CHANGES_PER_TABLE 256

typedef struct
{
  const char   *table;   /* interned */
  gint64        rowid;
  RkChangeKind  kind;
} PendingChange;

struct _RkDatabase
{
  GObject      parent_instance;

  sqlite3     *db;
  char        *path;
  dev_t        dev;
  ino_t        ino;
  int          lock_fd;
  int          schema_version;
  guint        read_only : 1;
  guint        in_transaction : 1;
  /* What can-undo and can-redo said when they last notified. */
  guint        could_undo : 1;
  guint        could_redo : 1;

  GHashTable  *statements;     /* const char *sql → sqlite3_stmt * */
  GHashTable  *tables;         /* interned names of the workspace's own tables */
  GArray      *pending;        /* PendingChange, flushed after COMMIT */
  RkUndo      *undo;
  GHashTable  *entities;       /* see rk-entity.c */
};

struct _RkTransaction
{
  RkDatabase *db;
  char       *undo_label;
  char       *merge_key;
  gboolean    finished;
};

G_DEFINE_FINAL_TYPE (RkDatabase, rk_database, G_TYPE_OBJECT)
G_DEFINE_QUARK (rk-database-error-quark, rk_database_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  COMMITTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Workspaces open in this process, by device and inode. A second open of
 * one of them must be refused before any file descriptor on it is opened
 * and closed again: closing any descriptor of a file drops every POSIX lock
 * this process holds on it, SQLite's included.
 */
static GMutex open_files_lock;
static GHashTable *open_files;

static const char sqlite_magic[16] = "SQLite format 3";

static void notify_undo_state (RkDatabase *self);

/*
 * Auxiliary methods
 */

static guint64
file_key (dev_t dev,
          ino_t ino)
{
  return ((guint64) dev << 40) ^ (guint64) ino;
}

static gboolean
register_open_file (RkDatabase  *self,
                    GError     **error)
{
  guint64 key = file_key (self->dev, self->ino);
  gboolean ok;

  g_mutex_lock (&open_files_lock);
  if (open_files == NULL)
    open_files = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  ok = !g_hash_table_contains (open_files, &key);
  if (ok)
    g_hash_table_add (open_files, g_memdup2 (&key, sizeof key));
  g_mutex_unlock (&open_files_lock);

  if (!ok)
    g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_IN_USE,
                 _("“%s” is already open in another Renkei window. "
                   "Switch to that window, or close the workspace there first."),
                 self->path);
  return ok;
}

static void
unregister_open_file (RkDatabase *self)
{
  guint64 key = file_key (self->dev, self->ino);

  g_mutex_lock (&open_files_lock);
  if (open_files != NULL)
    g_hash_table_remove (open_files, &key);
  g_mutex_unlock (&open_files_lock);
}

void
rk_database_set_error (RkDatabase  *self,
                       GError     **error,
                       int          rc,
                       const char  *what)
{
  int code = RK_DATABASE_ERROR_FAILED;
  int primary = rc & 0xff;

  if (primary == SQLITE_CONSTRAINT)
    code = RK_DATABASE_ERROR_CONSTRAINT;
  else if (primary == SQLITE_READONLY)
    code = RK_DATABASE_ERROR_READ_ONLY;
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    code = RK_DATABASE_ERROR_CORRUPT;

  /* Translators: the first %s says what was being done, the second is
   * SQLite's own message, the third the workspace file.
   */
  g_set_error (error, RK_DATABASE_ERROR, code,
               _("Could not %s: %s (workspace “%s”)"),
               what,
               self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc),
               self->path);
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  char *errmsg = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &errmsg) != SQLITE_OK)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   "%s", errmsg != NULL ? errmsg : sqlite3_errmsg (db));
      sqlite3_free (errmsg);
      return FALSE;
    }

  return TRUE;
}

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
static int
open_read_only (const char  *path,
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

/* Everything here only reads: a file that is refused is left byte for byte
 * as it was, with nothing added beside it. Write pragmas (journal_mode
 * among them, which rewrites header bytes 18–19) wait until the file has
 * passed.
 */
static gboolean
validate (const char  *path,
          gboolean     exclusive,
          int          target_version,
          int         *version,
          GError     **error)
{
  sqlite3 *db = NULL;
  gint64 app_id = 0;
  gint64 user_version = 0;
  g_autofree char *check = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  if (!check_header (path, error))
    return FALSE;

  rc = open_read_only (path, exclusive, TRUE, 0, &db);
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
      goto out;
    }

  *version = (int) user_version;
  ok = TRUE;

out:
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}

static void
update_hook_cb (void          *user_data,
                int            op,
                const char    *db_name,
                const char    *table,
                sqlite3_int64  rowid)
{
  RkDatabase *self = user_data;
  PendingChange change;

  /* The undo log lives in "temp", and FTS indexes keep shadow tables of
   * their own; views only care about the workspace's tables.
   */
  if (strcmp (db_name, "main") != 0)
    return;

  change.table = g_intern_string (table);
  if (!g_hash_table_contains (self->tables, change.table))
    return;
  change.rowid = rowid;
  change.kind = op == SQLITE_INSERT ? RK_CHANGE_INSERT
              : op == SQLITE_DELETE ? RK_CHANGE_DELETE
              : RK_CHANGE_UPDATE;
  g_array_append_val (self->pending, change);
}

static void
emit_change (RkDatabase   *self,
             const char   *table,
             gint64        rowid,
             RkChangeKind  kind)
{
  /* Live entities first, so that a view reacting to the signal already
   * reads the new values.
   */
  if (kind != RK_CHANGE_DELETE)
    _rk_entity_map_reload (self->entities, self, table, rowid);

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (table), table, rowid, kind);
}

static void
flush_changes (RkDatabase *self)
{
  g_autoptr(GArray) pending = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) tables = NULL;

  if (self->pending->len == 0)
    return;

  pending = g_steal_pointer (&self->pending);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));

  counts = g_hash_table_new (NULL, NULL);
  tables = g_ptr_array_new_null_terminated (4, NULL, TRUE);
  for (guint i = 0; i < pending->len; i++)
    {
      const PendingChange *c = &g_array_index (pending, PendingChange, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, c->table));

      if (n == 0)
        g_ptr_array_add (tables, (gpointer) c->table);
      g_hash_table_insert (counts, (gpointer) c->table, GUINT_TO_POINTER (n + 1));
    }

  for (guint i = 0; i < pending->len; i++)
    {
      const PendingChange *c = &g_array_index (pending, PendingChange, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, c->table));

      if (n == 0)
        continue;

      if (n > MAX_ROW_CHANGES_PER_TABLE)
        {
          g_hash_table_insert (counts, (gpointer) c->table, GUINT_TO_POINTER (0));
          emit_change (self, c->table, 0, RK_CHANGE_RELOAD);
        }
      else
        emit_change (self, c->table, c->rowid, c->kind);
    }

  g_signal_emit (self, signals[COMMITTED], 0, (const char * const *) tables->pdata);
}

/* Outside a transaction (autocommit), a change cannot be undone and makes
 * the recorded history unsafe to replay.
 */
static void
flush_autocommit (RkDatabase *self)
{
  if (self->in_transaction || self->pending->len == 0)
    return;

  if (self->undo != NULL && (rk_database_can_undo (self) || rk_database_can_redo (self)))
    {
      _rk_undo_forget (self->undo);
      notify_undo_state (self);
    }

  flush_changes (self);
}

/* Every edit passes through here; only a real change notifies, so that
 * whatever is bound to the properties (the Undo and Redo actions) hears
 * about the moments it must change, not about every keystroke.
 */
static void
notify_undo_state (RkDatabase *self)
{
  gboolean can_undo = rk_database_can_undo (self);
  gboolean can_redo = rk_database_can_redo (self);

  if (can_undo != self->could_undo)
    {
      self->could_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->could_redo)
    {
      self->could_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}

static gboolean
migrate (RkDatabase  *self,
         GError     **error)
{
  const RkMigration *list;
  guint n_list;

  list = _rk_database_get_migrations (&n_list);

  for (guint i = 0; i < n_list; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *set_version = NULL;

      if (list[i].version <= self->schema_version)
        continue;

      set_version = g_strdup_printf ("PRAGMA user_version = %d", list[i].version);
      if (!exec_sql (self->db, "BEGIN IMMEDIATE", &local_error) ||
          !exec_sql (self->db, list[i].sql, &local_error) ||
          !exec_sql (self->db, set_version, &local_error) ||
          !exec_sql (self->db, "COMMIT", &local_error))
        {
          if (!sqlite3_get_autocommit (self->db))
            exec_sql (self->db, "ROLLBACK", NULL);
          g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_MIGRATION,
                       _("Could not update “%s” to workspace format %d: %s. "
                         "The workspace was left at format %d; nothing in it was changed."),
                       self->path, list[i].version, local_error->message, self->schema_version);
          return FALSE;
        }

      self->schema_version = list[i].version;
    }

  return TRUE;
}

/* Before a format update, the old file is kept beside the new one
 * ("name.renkei.v1.bak"), so that a coordinator who needs the old version
 * of Renkei back still has a workspace it can open. VACUUM INTO writes a
 * consistent copy; it needs an empty target, which is created first with
 * mode 0600 (the workspace may hold personal data).
 */
static gboolean
back_up_before_migration (RkDatabase  *self,
                          GError     **error)
{
  g_autofree char *backup = NULL;
  char *sql;
  int fd;
  int rc;

  if (self->schema_version == 0)
    return TRUE;

  backup = g_strdup_printf ("%s.v%d.bak", self->path, self->schema_version);
  g_unlink (backup);
  fd = g_open (backup, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_MIGRATION,
                   _("Could not keep a copy of “%s” before updating its format: %s. "
                     "The workspace was not changed. Check that its folder may be written to."),
                   self->path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  sql = sqlite3_mprintf ("VACUUM main INTO %Q", backup);
  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  sqlite3_free (sql);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (self, error, rc, _("keep a copy of the workspace before updating it"));
      g_unlink (backup);
      return FALSE;
    }

  return TRUE;
}

static int
target_version (void)
{
  const RkMigration *list;
  guint n_list;

  list = _rk_database_get_migrations (&n_list);
  return n_list > 0 ? list[n_list - 1].version : 0;
}

static gboolean
take_lock (RkDatabase  *self,
           GError     **error)
{
  self->lock_fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);
  if (self->lock_fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   _("Could not open “%s”: %s."), self->path, g_strerror (saved_errno));
      return FALSE;
    }

  /* flock() locks are separate from the POSIX locks SQLite takes, so they
   * mark "open in a Renkei window" without getting in SQLite's way.
   */
  if (flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_IN_USE,
                   _("“%s” is already open in another Renkei window. "
                     "Switch to that window, or close the workspace there first."),
                   self->path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
connect (RkDatabase  *self,
         gboolean     is_new,
         GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (self->path);
  int rc;

  if (self->read_only)
    rc = open_read_only (self->path, self->lock_fd >= 0, g_access (folder, W_OK) != 0,
                         SQLITE_OPEN_NOFOLLOW, &self->db);
  else
    rc = sqlite3_open_v2 (self->path, &self->db,
                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (self, error, rc, _("open the workspace"));
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);

  /* The directory's full-text index uses a tokenizer of ours. */
  if (!_rk_search_register (self->db, error))
    return FALSE;

  /* synchronous=FULL in WAL mode syncs the log on every commit, so an edit
   * that was acknowledged survives a power cut as well as a killed
   * process. secure_delete zeroes deleted content (the register of people
   * on medical devices will live here); the undo log stays in memory.
   */
  if (!exec_sql (self->db,
                 "PRAGMA foreign_keys = ON;"
                 "PRAGMA secure_delete = ON;"
                 "PRAGMA temp_store = MEMORY;",
                 error))
    return FALSE;

  if (!self->read_only)
    {
      if (is_new)
        {
          g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d", RK_APPLICATION_ID);
          if (!exec_sql (self->db, sql, error))
            return FALSE;
        }
      if (!exec_sql (self->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", error))
        return FALSE;
    }

  sqlite3_update_hook (self->db, update_hook_cb, self);

  return TRUE;
}

/* The tables that views care about and that undo covers: ordinary tables,
 * not SQLite's own, not the shadow tables behind full-text indexes.
 */
static gboolean
list_user_tables (RkDatabase  *self,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT name FROM pragma_table_list "
                          "WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      rk_database_set_error (self, error, sqlite3_errcode (self->db), _("read the workspace’s tables"));
      return FALSE;
    }

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (self->tables,
                      (gpointer) g_intern_string ((const char *) sqlite3_column_text (stmt, 0)));

  return TRUE;
}

static RkDatabase *
open_internal (const char           *path,
               gboolean              is_new,
               RkDatabaseOpenFlags   flags,
               GError              **error)
{
  g_autoptr(RkDatabase) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *folder = NULL;
  struct stat st;
  int version = 0;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (RK_TYPE_DATABASE, NULL);
  self->path = rk_database_canonical_path (path);

  if (g_stat (self->path, &st) != 0)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_NOT_FOUND,
                   _("“%s” does not exist. Check the name and folder, or create a new workspace."),
                   self->path);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_NOT_SQLITE,
                   _("“%s” is not a file. Choose a workspace file ending in .renkei."),
                   self->path);
      return NULL;
    }

  self->dev = st.st_dev;
  self->ino = st.st_ino;
  if (!register_open_file (self, error))
    {
      /* The entry belongs to the workspace that is already open: this
       * refused object must not remove it when it is finalized.
       */
      self->ino = 0;
      return NULL;
    }

  /* A file without write permission bits opens read-only even for root,
   * whom access() would let write: the user marked it read-only. So does
   * a file in a folder the user may not write to, since a workspace in
   * WAL mode keeps its log beside the file.
   */
  folder = g_path_get_dirname (self->path);
  self->read_only = (flags & RK_DATABASE_OPEN_READ_ONLY) != 0 ||
                    (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 ||
                    g_access (self->path, W_OK) != 0 ||
                    g_access (folder, W_OK) != 0;

  if (!(flags & RK_DATABASE_OPEN_NO_LOCK) && !take_lock (self, error))
    return NULL;

  if (!is_new && !validate (self->path, self->lock_fd >= 0, target_version (), &version, error))
    return NULL;
  self->schema_version = version;

  if (!connect (self, is_new, error))
    return NULL;

  if (self->schema_version < target_version ())
    {
      if (self->read_only)
        {
          g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY,
                       _("“%s” uses an older workspace format that must be updated, but the file "
                         "is read-only. The file was not changed. Copy it somewhere you may write "
                         "to, and open the copy."),
                       self->path);
          return NULL;
        }
      if (!back_up_before_migration (self, error) || !migrate (self, error))
        return NULL;
    }

  if (!list_user_tables (self, error))
    return NULL;

  self->undo = _rk_undo_new (self->db, &local_error);
  if (self->undo == NULL || !_rk_undo_install_triggers (self->undo, self->tables, &local_error))
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   _("Could not prepare undo for “%s”: %s."), self->path, local_error->message);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/*
 * GObject overrides
 */

static void
rk_database_finalize (GObject *object)
{
  RkDatabase *self = (RkDatabase *)object;

  rk_database_close (self);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->tables, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->entities, g_hash_table_unref);

  G_OBJECT_CLASS (rk_database_parent_class)->finalize (object);
}

static void
rk_database_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RkDatabase *self = RK_DATABASE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, rk_database_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, rk_database_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_database_class_init (RkDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rk_database_finalize;
  object_class->get_property = rk_database_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RkDatabase::changed:
   * @table: the table that changed
   * @rowid: the row, or 0 with %RK_CHANGE_RELOAD
   * @kind: an #RkChangeKind
   *
   * Emitted after a transaction commits, once per changed row (or once per
   * table with %RK_CHANGE_RELOAD for large changes). The signal detail is
   * the table name, so a view connects to "changed::profile".
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_INT64, G_TYPE_INT);

  /**
   * RkDatabase::committed:
   * @tables: (array zero-terminated=1): the tables the transaction changed
   *
   * Emitted once per committed change, after the #RkDatabase::changed
   * emissions for its rows: the moment for a list to re-run its query.
   */
  signals[COMMITTED] =
    g_signal_new ("committed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRV | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
rk_database_init (RkDatabase *self)
{
  self->lock_fd = -1;
  self->statements = g_hash_table_new_full (NULL, NULL, NULL,
                                            (GDestroyNotify) sqlite3_finalize);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  self->tables = g_hash_table_new (NULL, NULL);
  self->entities = _rk_entity_map_new ();
}

/*
 * Public API
 */

/**
 * rk_database_canonical_path:
 * @path: a file name, relative or absolute
 *
 * The one name of a workspace file: absolute, with symbolic links
 * resolved, so that a workspace opened through a link is recognised as the
 * one already open under its own name.
 *
 * Returns: (transfer full): the canonical path
 */
char *
rk_database_canonical_path (const char *path)
{
  char *resolved;

  g_return_val_if_fail (path != NULL, NULL);

  resolved = realpath (path, NULL);
  if (resolved != NULL)
    {
      char *copy = g_strdup (resolved);
      free (resolved);
      return copy;
    }

  /* Not there (yet): at least absolute and without "..". */
  return g_canonicalize_filename (path, NULL);
}

/**
 * rk_database_create:
 * @path: where the new workspace goes; must not exist yet
 * @error: return location for an error
 *
 * Creates a new, empty workspace with mode 0600 (it will hold personal
 * data) and the current schema.
 *
 * Returns: (transfer full) (nullable): the open workspace
 */
RkDatabase *
rk_database_create (const char  *path,
                    GError     **error)
{
  RkDatabase *self;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      if (saved_errno == EEXIST)
        g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_EXISTS,
                     _("“%s” already exists. Choose another name, or open the existing workspace."),
                     path);
      else
        g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                     _("Could not create “%s”: %s. Choose a folder you may write to."),
                     path, g_strerror (saved_errno));
      return NULL;
    }
  close (fd);

  self = open_internal (path, TRUE, RK_DATABASE_OPEN_DEFAULT, error);
  if (self == NULL)
    g_unlink (path);

  return self;
}

/**
 * rk_database_open:
 * @path: a workspace file
 * @flags: #RkDatabaseOpenFlags
 * @error: return location for an error
 *
 * Opens a workspace, refusing (and leaving untouched) anything that is not
 * a healthy workspace this version can read, and updating an older one.
 * A file the user may not write to opens read-only.
 *
 * Returns: (transfer full) (nullable): the open workspace
 */
RkDatabase *
rk_database_open (const char           *path,
                  RkDatabaseOpenFlags   flags,
                  GError              **error)
{
  return open_internal (path, FALSE, flags, error);
}

/**
 * rk_database_close:
 * @self: a #RkDatabase
 *
 * Closes the connection (checkpointing the write-ahead log into the file)
 * and releases the lock. Further calls fail. Safe to call twice.
 */
void
rk_database_close (RkDatabase *self)
{
  g_return_if_fail (RK_IS_DATABASE (self));

  g_clear_pointer (&self->undo, _rk_undo_free);
  g_hash_table_remove_all (self->statements);

  if (self->db != NULL)
    {
      sqlite3_update_hook (self->db, NULL, NULL);
      if (sqlite3_close (self->db) != SQLITE_OK)
        g_warning ("Workspace closed with statements still open");
      self->db = NULL;
    }

  /* Only after SQLite has closed its own descriptors (see open_files). */
  if (self->lock_fd >= 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
    }

  if (self->ino != 0)
    {
      unregister_open_file (self);
      self->ino = 0;
    }
}

const char *
rk_database_get_path (RkDatabase *self)
{
  g_return_val_if_fail (RK_IS_DATABASE (self), NULL);
  return self->path;
}

gboolean
rk_database_get_read_only (RkDatabase *self)
{
  g_return_val_if_fail (RK_IS_DATABASE (self), TRUE);
  return self->read_only;
}

int
rk_database_get_schema_version (RkDatabase *self)
{
  g_return_val_if_fail (RK_IS_DATABASE (self), 0);
  return self->schema_version;
}

/**
 * rk_database_get_handle:
 *
 * For stores in src/core only: everything above the core goes through
 * entities and stores.
 */
sqlite3 *
rk_database_get_handle (RkDatabase *self)
{
  g_return_val_if_fail (RK_IS_DATABASE (self), NULL);
  return self->db;
}

/**
 * rk_database_save_copy:
 * @self: a #RkDatabase
 * @dest_path: where the copy goes (replaced if it exists)
 * @error: return location for an error
 *
 * Writes a consistent copy of the open workspace with SQLite's online
 * backup, into a temporary file that replaces @dest_path only once the
 * copy is complete.
 */
gboolean
rk_database_save_copy (RkDatabase  *self,
                       const char  *dest_path,
                       GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  struct stat st;
  int fd;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  if (g_stat (dest_path, &st) == 0 && st.st_dev == self->dev && st.st_ino == self->ino)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_IN_USE,
                   _("“%s” is the workspace that is open. Choose another name for the copy."),
                   dest_path);
      return FALSE;
    }

  dir = g_path_get_dirname (dest_path);
  tmp_path = g_build_filename (dir, ".renkei-copy-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   _("Could not write a copy in “%s”: %s. Choose a folder you may write to."),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = sqlite3_errcode (dest);
        }
      else
        rc = sqlite3_errcode (dest);
    }

  if (rc == SQLITE_OK)
    {
      /* The copy is a stand-alone file: fold its log back in. */
      if (!exec_sql (dest, "PRAGMA journal_mode = DELETE", NULL))
        rc = SQLITE_ERROR;
    }

  if (rc != SQLITE_OK)
    g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                 _("Could not write a copy to “%s”: %s. The workspace itself was not changed."),
                 dest_path, dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));

  sqlite3_close (dest);

  if (rc == SQLITE_OK && g_rename (tmp_path, dest_path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   _("Could not write a copy to “%s”: %s."), dest_path, g_strerror (saved_errno));
      rc = SQLITE_ERROR;
    }

  if (rc != SQLITE_OK)
    g_unlink (tmp_path);

  return rc == SQLITE_OK;
}

gboolean
rk_database_exec (RkDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  char *errmsg = NULL;

  g_return_val_if_fail (RK_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  if (sqlite3_exec (self->db, sql, NULL, NULL, &errmsg) != SQLITE_OK)
    {
      rk_database_set_error (self, error, sqlite3_extended_errcode (self->db), _("change the workspace"));
      sqlite3_free (errmsg);
      return FALSE;
    }

  flush_autocommit (self);

  return TRUE;
}

/**
 * rk_database_prepare:
 * @self: a #RkDatabase
 * @sql: a statement with static storage (it is the cache key)
 * @error: return location for an error
 *
 * Returns a cached prepared statement. Hold it in a g_auto(RkStatement)
 * so it is reset when it goes out of scope.
 *
 * Returns: (transfer none) (nullable): the statement
 */
sqlite3_stmt *
rk_database_prepare (RkDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (self), NULL);
  g_return_val_if_fail (self->db != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (self, error, rc, _("prepare a query"));
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/**
 * rk_database_step_done:
 *
 * Steps a statement that returns no rows, and announces its changes when
 * it ran outside a transaction.
 */
gboolean
rk_database_step_done (RkDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      rk_database_set_error (self, error, sqlite3_extended_errcode (self->db), _("change the workspace"));
      return FALSE;
    }

  flush_autocommit (self);

  return TRUE;
}

gint64
rk_database_count_rows (RkDatabase  *self,
                        const char  *table,
                        GError     **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char *quoted;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (self), -1);

  quoted = sqlite3_mprintf ("SELECT count(*) FROM main.\"%w\"", table);
  sql = g_strdup (quoted);
  sqlite3_free (quoted);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK || sqlite3_step (stmt) != SQLITE_ROW)
    {
      rk_database_set_error (self, error, sqlite3_errcode (self->db), _("count rows"));
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/**
 * rk_database_list_tables:
 *
 * Returns: (transfer full): the workspace's own tables, sorted by name
 */
GStrv
rk_database_list_tables (RkDatabase *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (RK_IS_DATABASE (self), NULL);

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT name FROM main.sqlite_schema "
                          "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                          -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  return g_strv_builder_end (builder);
}

/**
 * rk_database_open_worker:
 * @self: an open, writable #RkDatabase
 * @error: return location for an error
 *
 * Opens a second connection to the same workspace for a worker thread (an
 * import), configured as the main one is. A worker writes in one
 * transaction of its own while the window goes on reading; once it has
 * committed, the main thread calls rk_database_notify_external_change().
 * (SQLite shares its locks between connections of one process, so this
 * does not disturb the "open in a window" lock.) Close it with
 * sqlite3_close() in the thread that used it.
 *
 * Returns: (transfer full) (nullable): the connection
 */
sqlite3 *
rk_database_open_worker (RkDatabase  *self,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (self), NULL);
  g_return_val_if_fail (self->db != NULL, NULL);

  if (self->read_only)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is open read-only, so nothing can be imported into it. To change it, "
                     "use “Save a Copy” and open the copy, or ask for write permission on the file."),
                   self->path);
      return NULL;
    }

  rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (db, 1);
      sqlite3_busy_timeout (db, 5000);
      sqlite3_db_config (db, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
      sqlite3_db_config (db, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);
      if (!_rk_search_register (db, &local_error) ||
          !exec_sql (db,
                     "PRAGMA foreign_keys = ON;"
                     "PRAGMA secure_delete = ON;"
                     "PRAGMA temp_store = MEMORY;"
                     "PRAGMA synchronous = FULL;",
                     &local_error))
        rc = SQLITE_ERROR;
    }

  if (rc != SQLITE_OK)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   _("Could not open “%s” for an import: %s."), self->path,
                   local_error != NULL ? local_error->message
                                       : db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

gboolean
rk_database_in_transaction (RkDatabase *self)
{
  g_return_val_if_fail (RK_IS_DATABASE (self), FALSE);
  return self->in_transaction;
}

/**
 * rk_database_notify_external_change:
 * @self: a #RkDatabase
 * @tables: (array zero-terminated=1): the tables another connection changed
 *
 * Tells open views that another connection (an import on a worker thread)
 * rewrote @tables. The undo history is dropped: it cannot describe what it
 * did not record.
 */
void
rk_database_notify_external_change (RkDatabase         *self,
                                    const char * const *tables)
{
  g_return_if_fail (RK_IS_DATABASE (self));
  g_return_if_fail (!self->in_transaction);

  if (self->undo != NULL && (rk_database_can_undo (self) || rk_database_can_redo (self)))
    {
      _rk_undo_forget (self->undo);
      notify_undo_state (self);
    }

  for (guint i = 0; tables[i] != NULL; i++)
    emit_change (self, g_intern_string (tables[i]), 0, RK_CHANGE_RELOAD);
  g_signal_emit (self, signals[COMMITTED], 0, tables);
}

GHashTable *
_rk_database_get_entities (RkDatabase *self)
{
  return self->entities;
}

/**
 * rk_database_begin:
 * @self: a #RkDatabase
 * @undo_label: (nullable): what the user did, shown as "Undo @undo_label";
 *   %NULL for a change that cannot be undone (which forgets the undo history)
 * @error: return location for an error
 *
 * Starts one user edit: `BEGIN IMMEDIATE`. Hold the result in a
 * g_autoptr(RkTransaction); unless rk_transaction_commit() succeeds, it is
 * rolled back when it goes out of scope.
 *
 * Returns: (transfer full) (nullable): the transaction
 */
RkTransaction *
rk_database_begin (RkDatabase  *self,
                   const char  *undo_label,
                   GError     **error)
{
  RkTransaction *tx;

  g_return_val_if_fail (RK_IS_DATABASE (self), NULL);
  g_return_val_if_fail (self->db != NULL, NULL);
  g_return_val_if_fail (!self->in_transaction, NULL);

  if (self->read_only)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is open read-only, so the change was not saved. To edit it, use "
                     "“Save a Copy” and open the copy, or ask for write permission on the file."),
                   self->path);
      return NULL;
    }

  if (!exec_sql (self->db, "BEGIN IMMEDIATE", NULL))
    {
      rk_database_set_error (self, error, sqlite3_extended_errcode (self->db), _("start a change"));
      return NULL;
    }

  self->in_transaction = TRUE;

  tx = g_new0 (RkTransaction, 1);
  tx->db = g_object_ref (self);
  tx->undo_label = g_strdup (undo_label);

  if (undo_label != NULL && !_rk_undo_begin (self->undo, error))
    {
      rk_transaction_free (tx);
      return NULL;
    }

  return tx;
}

/**
 * rk_transaction_set_merge_key:
 *
 * Successive edits with the same key (typing into one field) become one
 * undo step.
 */
void
rk_transaction_set_merge_key (RkTransaction *tx,
                              const char    *merge_key)
{
  g_return_if_fail (tx != NULL);

  g_free (tx->merge_key);
  tx->merge_key = g_strdup (merge_key);
}

/**
 * rk_transaction_commit:
 * @tx: a transaction from rk_database_begin()
 * @error: return location for an error
 *
 * Commits the edit; from then on it survives a crash or a power cut.
 * Announces the changed rows. On failure the transaction stays open, and
 * freeing @tx rolls it back.
 */
gboolean
rk_transaction_commit (RkTransaction  *tx,
                       GError        **error)
{
  RkDatabase *self;
  gboolean had_history;

  g_return_val_if_fail (tx != NULL, FALSE);
  g_return_val_if_fail (!tx->finished, FALSE);

  self = tx->db;
  had_history = rk_database_can_undo (self) || rk_database_can_redo (self);

  if (tx->undo_label != NULL || self->pending->len > 0)
    {
      g_autoptr(GError) local_error = NULL;

      if (!_rk_undo_prepare_commit (self->undo, tx->undo_label, tx->merge_key, &local_error))
        {
          g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                       _("Could not save the change to “%s”: %s"), self->path, local_error->message);
          return FALSE;
        }
    }

  if (!exec_sql (self->db, "COMMIT", NULL))
    {
      rk_database_set_error (self, error, sqlite3_extended_errcode (self->db), _("save the change"));
      return FALSE;
    }

  tx->finished = TRUE;
  self->in_transaction = FALSE;
  _rk_undo_end (self->undo, TRUE);

  flush_changes (self);

  if (had_history || rk_database_can_undo (self) || rk_database_can_redo (self))
    notify_undo_state (self);

  return TRUE;
}

void
rk_transaction_free (RkTransaction *tx)
{
  if (tx == NULL)
    return;

  if (!tx->finished)
    {
      RkDatabase *self = tx->db;

      if (self->db != NULL && !sqlite3_get_autocommit (self->db))
        exec_sql (self->db, "ROLLBACK", NULL);
      if (self->undo != NULL)
        _rk_undo_end (self->undo, FALSE);
      g_array_set_size (self->pending, 0);
      self->in_transaction = FALSE;
    }

  g_object_unref (tx->db);
  g_free (tx->undo_label);
  g_free (tx->merge_key);
  g_free (tx);
}

gboolean
rk_database_can_undo (RkDatabase *self)
{
  g_return_val_if_fail (RK_IS_DATABASE (self), FALSE);
  return self->undo != NULL && _rk_undo_peek_label (self->undo, FALSE) != NULL;
}

gboolean
rk_database_can_redo (RkDatabase *self)
{
  g_return_val_if_fail (RK_IS_DATABASE (self), FALSE);
  return self->undo != NULL && _rk_undo_peek_label (self->undo, TRUE) != NULL;
}

const char *
rk_database_get_undo_label (RkDatabase *self)
{
  g_return_val_if_fail (RK_IS_DATABASE (self), NULL);
  return self->undo != NULL ? _rk_undo_peek_label (self->undo, FALSE) : NULL;
}

const char *
rk_database_get_redo_label (RkDatabase *self)
{
  g_return_val_if_fail (RK_IS_DATABASE (self), NULL);
  return self->undo != NULL ? _rk_undo_peek_label (self->undo, TRUE) : NULL;
}

/**
 * rk_database_seal_undo:
 *
 * Ends the current run of merged edits: after the user leaves a field,
 * the next typing there is a separate undo step.
 */
void
rk_database_seal_undo (RkDatabase *self)
{
  g_return_if_fail (RK_IS_DATABASE (self));

  if (self->undo != NULL)
    _rk_undo_seal (self->undo);
}

static gboolean
replay (RkDatabase  *self,
        gboolean     redo,
        GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (RK_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (!self->in_transaction, FALSE);

  /* First: a read-only workspace never has history, so below this the
   * refusal could not be reached, and undo would report success.
   */
  if (self->read_only)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is open read-only, so nothing can be undone or redone."), self->path);
      return FALSE;
    }

  if (self->undo == NULL || _rk_undo_peek_label (self->undo, redo) == NULL)
    return TRUE;

  if (!exec_sql (self->db, "BEGIN IMMEDIATE", NULL))
    {
      rk_database_set_error (self, error, sqlite3_extended_errcode (self->db), _("start a change"));
      return FALSE;
    }

  ok = _rk_undo_replay (self->undo, redo, &local_error) &&
       exec_sql (self->db, "COMMIT", &local_error);
  if (!ok)
    {
      /* Translators: %s is SQLite's reason */
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   redo ? _("Could not redo the change: %s. The workspace was left as it was.")
                        : _("Could not undo the change: %s. The workspace was left as it was."),
                   local_error->message);
      if (!sqlite3_get_autocommit (self->db))
        exec_sql (self->db, "ROLLBACK", NULL);
      g_array_set_size (self->pending, 0);
    }

  _rk_undo_end (self->undo, ok);

  if (ok)
    flush_changes (self);
  notify_undo_state (self);

  return ok;
}

gboolean
rk_database_undo (RkDatabase  *self,
                  GError     **error)
{
  return replay (self, FALSE, error);
}

gboolean
rk_database_redo (RkDatabase  *self,
                  GError     **error)
{
  return replay (self, TRUE, error);
}
