/* test-database.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* setresuid(), setresgid() */
#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rk-database-private.h"
#include "rk-entity.h"
#include "rk-municipality.h"
#include "rk-organization.h"
#include "rk-profile.h"
#include "rk-sample-private.h"
#include "rk-test-core.h"

#define SAMPLE_NAME "さくら在宅医療連携拠点"

/*
 * Helpers
 */

static RkDatabase *
create_workspace (const char  *dir,
                  char       **out_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "workspace.renkei", NULL);
  RkDatabase *db;

  db = rk_database_create (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);

  return db;
}

static void
set_profile_name (RkDatabase *db,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = rk_profile_get (db, &error);

  g_assert_no_error (error);
  rk_entity_update (RK_ENTITY (profile), "Rename", &error, "name", name, NULL);
  g_assert_no_error (error);
}

static char *
get_profile_name (RkDatabase *db)
{
  return rk_test_query_text (rk_database_get_handle (db), "SELECT name FROM profile WHERE id = 1");
}

static void
assert_sample_rows (RkDatabase *db)
{
  sqlite3 *handle = rk_database_get_handle (db);
  g_autofree char *name = get_profile_name (db);
  g_autofree char *prefecture = NULL;
  g_autofree char *codes = NULL;

  g_assert_cmpstr (name, ==, SAMPLE_NAME);
  g_assert_cmpint (rk_test_query_int (handle, "SELECT count(*) FROM municipality"), ==, 3);
  prefecture = rk_test_query_text (handle,
                                   "SELECT group_concat(DISTINCT prefecture) FROM municipality");
  g_assert_cmpstr (prefecture, ==, RK_SAMPLE_PREFECTURE);
  codes = rk_test_query_text (handle,
                              "SELECT group_concat(code || ':' || name, ',') "
                              "FROM (SELECT code, name FROM municipality ORDER BY position)");
  g_assert_cmpstr (codes, ==, "992011:さくら市,993417:みなと町,993824:やまべ村");
  g_assert_cmpint (rk_test_query_int (handle, "SELECT sum(population) FROM municipality"),
                   ==, 152340 + 18420 + 4310);
}

/* A workspace whose organization table is large enough for its root page
 * to be an interior b-tree page.
 */
static char *
create_big_workspace (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autofree char *path = NULL;
  RkDatabase *db = create_workspace (dir, &path);

  tx = rk_database_begin (db, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("医療法人 さくら会 第%03u診療所 在宅医療部門 訪問診療担当", i);
      g_autoptr(RkEntity) org = rk_entity_create (db, RK_TYPE_ORGANIZATION, NULL, &error,
                                                  "name", name, NULL);
      g_assert_no_error (error);
    }
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);

  g_assert_finalize_object (db);
  rk_test_assert_no_sidecars (path);

  return g_steal_pointer (&path);
}

/*
 * Creating
 */

static void
test_create_file_modes (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  RkDatabase *db;
  mode_t old_umask;

  /* The mode must not depend on a permissive umask. */
  old_umask = umask (0);
  db = create_workspace (dir, &path);
  umask (old_umask);

  set_profile_name (db, "A");

  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  g_assert_cmpint (rk_test_file_mode (path), ==, 0600);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (rk_test_file_mode (wal), ==, 0600);
  g_assert_true (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_cmpint (rk_test_file_mode (shm), ==, 0600);

  g_assert_finalize_object (db);
  g_assert_cmpint (rk_test_file_mode (path), ==, 0600);
  rk_test_assert_no_sidecars (path);
}

static void
test_create_pragmas (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *journal_mode = NULL;
  RkDatabase *db = create_workspace (dir, NULL);
  sqlite3 *handle = rk_database_get_handle (db);

  g_assert_cmpint (rk_test_query_int (handle, "PRAGMA application_id"), ==, RK_APPLICATION_ID);
  g_assert_cmpint (rk_test_query_int (handle, "PRAGMA user_version"), ==, RK_SCHEMA_VERSION);
  g_assert_cmpint (rk_database_get_schema_version (db), ==, RK_SCHEMA_VERSION);
  journal_mode = rk_test_query_text (handle, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  /* FULL: in WAL mode the log is synced at every commit, so an edit that
   * was acknowledged survives a power cut, not only a crash.
   */
  g_assert_cmpint (rk_test_query_int (handle, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (rk_test_query_int (handle, "PRAGMA foreign_keys"), ==, 1);
  g_assert_false (rk_database_get_read_only (db));

  g_assert_finalize_object (db);
}

static void
test_create_refuses_existing (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "existing.renkei");
  g_autofree char *hash = rk_test_sha256 (path);
  g_autofree char *listing = rk_test_list_dir (dir);
  g_autofree char *hash_after = NULL;
  g_autofree char *listing_after = NULL;
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  db = rk_database_create (path, &error);
  g_assert_null (db);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "existing.renkei"));
  g_clear_error (&error);

  hash_after = rk_test_sha256 (path);
  g_assert_cmpstr (hash_after, ==, hash);
  listing_after = rk_test_list_dir (dir);
  g_assert_cmpstr (listing_after, ==, listing);

  /* Still the workspace it was. */
  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  assert_sample_rows (db);
  g_assert_finalize_object (db);
}

static void
test_reopen_keeps_data (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  RkDatabase *db = create_workspace (dir, &path);

  set_profile_name (db, "みどり在宅医療連携拠点");
  rk_database_close (db);
  g_assert_finalize_object (db);
  rk_test_assert_no_sidecars (path);

  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  name = get_profile_name (db);
  g_assert_cmpstr (name, ==, "みどり在宅医療連携拠点");
  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (profile), "name"), ==, "みどり在宅医療連携拠点");

  g_clear_object (&profile);
  g_assert_finalize_object (db);
}

/*
 * Refusals: each leaves the file byte for byte as it was and writes
 * nothing beside it.
 */

static void
test_refuses_text_file (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.renkei", NULL);
  const char text[] = "会議メモ: 次回は10月\nThis is not a workspace.\n";

  rk_test_write_file (path, text, sizeof text - 1, 0600);
  rk_test_assert_refused (path, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_NOT_SQLITE);
}

static void
test_refuses_empty_file (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.renkei", NULL);

  rk_test_write_file (path, "", 0, 0600);
  rk_test_assert_refused (path, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_NOT_SQLITE);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_refuses_zip_file (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "export.renkei", NULL);
  guint8 zip[4096];

  /* A local file header, as an .xlsx renamed by mistake starts. */
  memset (zip, 0, sizeof zip);
  memcpy (zip, "PK\x03\x04\x14\x00\x06\x00\x08\x00", 10);
  memcpy (zip + 30, "[Content_Types].xml", 19);
  for (guint i = 64; i < sizeof zip; i++)
    zip[i] = (guint8) (i * 31);

  rk_test_write_file (path, zip, sizeof zip, 0600);
  rk_test_assert_refused (path, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_NOT_SQLITE);
}

static void
test_refuses_png_file (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "map.renkei", NULL);
  static const guint8 png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
    0x00, 0x00, 0x00, 0x0d, 'I', 'H', 'D', 'R',
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00,
    0x1f, 0x15, 0xc4, 0x89,
    0x00, 0x00, 0x00, 0x0d, 'I', 'D', 'A', 'T',
    0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4,
    0x00, 0x00, 0x00, 0x00, 'I', 'E', 'N', 'D', 0xae, 0x42, 0x60, 0x82,
  };

  rk_test_write_file (path, png, sizeof png, 0600);
  rk_test_assert_refused (path, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_NOT_SQLITE);
}

static void
make_foreign_database (const char *path,
                       const char *journal_mode)
{
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  sql = g_strdup_printf ("PRAGMA journal_mode = %s;"
                         "PRAGMA application_id = 1196444237;"  /* "GPKG", a GeoPackage */
                         "PRAGMA user_version = 1;"
                         "CREATE TABLE profile (id INTEGER PRIMARY KEY, name TEXT);"
                         "INSERT INTO profile (name) VALUES ('not ours');",
                         journal_mode);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  rk_test_assert_no_sidecars (path);
}

static void
test_refuses_other_sqlite (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *rollback = g_build_filename (dir, "geo.renkei", NULL);
  g_autofree char *wal = g_build_filename (dir, "geo-wal.renkei", NULL);

  make_foreign_database (rollback, "delete");
  rk_test_assert_refused (rollback, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_NOT_WORKSPACE);

  /* A WAL-mode file must not get a log and shared memory beside it. */
  make_foreign_database (wal, "wal");
  rk_test_assert_refused (wal, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_NOT_WORKSPACE);
  rk_test_assert_refused (wal, RK_DATABASE_OPEN_READ_ONLY | RK_DATABASE_OPEN_NO_LOCK,
                          RK_DATABASE_ERROR_NOT_WORKSPACE);
}

static void
test_refuses_truncated (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *sample = rk_test_create_sample (dir, "sample.renkei");
  g_autofree char *half = g_build_filename (dir, "half.renkei", NULL);
  g_autofree char *pages = g_build_filename (dir, "pages.renkei", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_file_get_contents (sample, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, 4 * 4096);

  /* Cut in the middle of a page, as an interrupted copy leaves it… */
  rk_test_write_file (half, contents, length / 2 + 100, 0600);
  rk_test_assert_refused (half, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_CORRUPT);

  /* …and on a page boundary, which only the header's page count gives away. */
  rk_test_write_file (pages, contents, 2 * 4096, 0600);
  rk_test_assert_refused (pages, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_CORRUPT);
}

/* Damages an interior b-tree page of a healthy workspace so that only
 * PRAGMA quick_check can tell: its header still reads as a workspace.
 * Returns what quick_check says.
 */
static char *
damage_interior_page (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *check;
  sqlite3 *inspect;
  gsize length = 0;
  gint64 root;
  gint64 page_size;
  gsize offset;

  inspect = rk_test_open_immutable (path);
  root = rk_test_query_int (inspect,
                            "SELECT rootpage FROM sqlite_schema WHERE name = 'organization'");
  page_size = rk_test_query_int (inspect, "PRAGMA page_size");
  sqlite3_close (inspect);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  offset = (root - 1) * page_size;
  g_assert_cmpuint (root, >, 1);
  g_assert_cmpuint (offset + page_size, <=, length);

  /* 0x05: an interior table b-tree page. Point its right-most child far
   * beyond the end of the file; the 100-byte header stays intact.
   */
  g_assert_cmphex ((guint8) contents[offset], ==, 0x05);
  contents[offset + 8] = 0x7f;
  contents[offset + 9] = 0xff;
  contents[offset + 10] = 0xff;
  contents[offset + 11] = 0x00;
  rk_test_write_file (path, contents, length, 0600);

  inspect = rk_test_open_immutable (path);
  g_assert_cmpint (rk_test_query_int (inspect, "PRAGMA application_id"), ==, RK_APPLICATION_ID);
  g_assert_cmpint (rk_test_query_int (inspect, "PRAGMA user_version"), ==, RK_SCHEMA_VERSION);
  check = rk_test_query_text (inspect, "PRAGMA quick_check");
  sqlite3_close (inspect);
  g_assert_cmpstr (check, !=, "ok");
  g_test_message ("quick_check: %s", check);

  return check;
}

static void
test_refuses_corrupt (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = create_big_workspace (dir);
  g_autofree char *check = damage_interior_page (path);
  g_autoptr(GError) error = NULL;

  /* The header still reads as a healthy workspace, so only quick_check
   * can catch it.
   */
  rk_test_assert_refused (path, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_CORRUPT);
  rk_test_assert_refused (path, RK_DATABASE_OPEN_READ_ONLY | RK_DATABASE_OPEN_NO_LOCK,
                          RK_DATABASE_ERROR_CORRUPT);

  /* The message quotes quick_check, which only that branch does. */
  rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, check));
  rk_test_assert_no_sidecars (path);
}

static void
test_refuses_newer_schema (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "future.renkei");
  g_autofree char *sql = NULL;
  g_autofree char *number = g_strdup_printf ("%d", RK_SCHEMA_VERSION + 5);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sql = g_strdup_printf ("PRAGMA user_version = %d", RK_SCHEMA_VERSION + 5);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  rk_test_assert_no_sidecars (path);

  rk_test_assert_refused (path, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_TOO_NEW);
  /* Read-only does not make a newer format readable; neither does
   * reading without the lock, as renkei-cli does.
   */
  rk_test_assert_refused (path, RK_DATABASE_OPEN_READ_ONLY, RK_DATABASE_ERROR_TOO_NEW);
  rk_test_assert_refused (path, RK_DATABASE_OPEN_READ_ONLY | RK_DATABASE_OPEN_NO_LOCK,
                          RK_DATABASE_ERROR_TOO_NEW);

  rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, number));
}

static void
test_refuses_open_in_process (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "busy.renkei");
  g_autofree char *other_name = g_build_filename (dir, "other-name.renkei", NULL);
  g_autofree char *hash = NULL;
  g_autofree char *hash_after = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *listing_after = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  RkDatabase *first;
  RkDatabase *second;

  first = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  set_profile_name (first, "one");
  listing = rk_test_list_dir (dir);
  hash = rk_test_sha256 (path);

  second = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "busy.renkei"));
  g_clear_error (&error);

  /* A third attempt is refused too: the refused second one must not have
   * released the first one's claim. Another name for the same file (a hard
   * link) and a reader that takes no lock are recognised as well; letting
   * them through would close descriptors of the open file, which drops
   * the POSIX locks SQLite holds on it.
   */
  second = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_cmpint (link (path, other_name), ==, 0);
  second = rk_database_open (other_name, RK_DATABASE_OPEN_READ_ONLY | RK_DATABASE_OPEN_NO_LOCK,
                             &error);
  g_assert_null (second);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_IN_USE);
  g_clear_error (&error);
  g_unlink (other_name);

  listing_after = rk_test_list_dir (dir);
  g_assert_cmpstr (listing_after, ==, listing);
  hash_after = rk_test_sha256 (path);
  g_assert_cmpstr (hash_after, ==, hash);

  /* The first window still works, and its edits are saved. */
  set_profile_name (first, "two");
  g_assert_finalize_object (first);
  rk_test_assert_no_sidecars (path);

  first = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  name = get_profile_name (first);
  g_assert_cmpstr (name, ==, "two");
  g_assert_finalize_object (first);
}

static void
test_refuses_locked_by_other_process (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "elsewhere.renkei");
  g_autoptr(GError) error = NULL;
  RkDatabase *db;
  int fd;

  /* What another Renkei process holds while it has the file open: flock
   * locks belong to the open file description, so a descriptor of our own
   * stands in for the other process.
   */
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX | LOCK_NB), ==, 0);

  rk_test_assert_refused (path, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_IN_USE);
  rk_test_assert_refused (path, RK_DATABASE_OPEN_READ_ONLY, RK_DATABASE_ERROR_IN_USE);

  g_assert_cmpint (close (fd), ==, 0);

  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  assert_sample_rows (db);
  g_assert_finalize_object (db);
}

static void
test_refuses_missing (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "nowhere.renkei", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "nowhere.renkei"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  rk_test_assert_no_sidecars (path);
}

/*
 * Read-only
 */

static void
assert_opens_read_only (const char          *path,
                        RkDatabaseOpenFlags  flags)
{
  g_autofree char *hash = rk_test_sha256 (path);
  g_autofree char *hash_after = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  g_autoptr(RkEntity) org = NULL;
  RkDatabase *db;

  db = rk_database_open (path, flags, &error);
  g_assert_no_error (error);
  g_assert_true (rk_database_get_read_only (db));
  g_assert_cmpint (rk_database_get_schema_version (db), ==, RK_SCHEMA_VERSION);

  /* Reading works… */
  assert_sample_rows (db);
  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (profile), "name"), ==, SAMPLE_NAME);

  /* …writing is refused, and says why. */
  g_assert_false (rk_entity_update (RK_ENTITY (profile), "Rename", &error,
                                    "name", "changed", NULL));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "x", NULL);
  g_assert_null (org);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_null (rk_database_begin (db, NULL, &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (rk_database_exec (db, "UPDATE profile SET name = 'sneaky'", &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);

  name = get_profile_name (db);
  g_assert_cmpstr (name, ==, SAMPLE_NAME);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (profile), "name"), ==, SAMPLE_NAME);

  /* Nothing is written beside the file either: it may sit on a share or
   * a stick the user can read but not write. (A reader without the lock
   * must expect a window to be writing, so it reads the way SQLite
   * shares a WAL-mode file, which needs its side files.)
   */
  if (!(flags & RK_DATABASE_OPEN_NO_LOCK))
    rk_test_assert_no_sidecars (path);

  g_clear_object (&profile);
  g_assert_finalize_object (db);

  hash_after = rk_test_sha256 (path);
  g_assert_cmpstr (hash_after, ==, hash);
  if (!(flags & RK_DATABASE_OPEN_NO_LOCK))
    rk_test_assert_no_sidecars (path);
}

static void
test_read_only_permissions (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "locked.renkei");

  /* Tests may run as root, whom access() lets write anything: the core
   * goes by the permission bits.
   */
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  assert_opens_read_only (path, RK_DATABASE_OPEN_DEFAULT);
  /* A second time, in case the first left something behind. */
  assert_opens_read_only (path, RK_DATABASE_OPEN_DEFAULT);
  g_assert_cmpint (rk_test_file_mode (path), ==, 0400);
}

static void
test_read_only_flag (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "writable.renkei");
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  assert_opens_read_only (path, RK_DATABASE_OPEN_READ_ONLY);
  rk_test_assert_no_sidecars (path);
  assert_opens_read_only (path, RK_DATABASE_OPEN_READ_ONLY | RK_DATABASE_OPEN_NO_LOCK);
  g_assert_cmpint (rk_test_file_mode (path), ==, 0600);

  /* The same file still opens for writing. */
  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (rk_database_get_read_only (db));
  set_profile_name (db, "writable again");
  g_assert_finalize_object (db);
}

/* The checks run in a subprocess that drops root privileges when it has
 * them, so that the kernel, not only the core, refuses the writes.
 */
#define UNPRIVILEGED_DIR_VAR "RK_TEST_UNPRIVILEGED_DIR"

static void
read_only_unprivileged_child (void)
{
  const char *base = g_getenv (UNPRIVILEGED_DIR_VAR);
  g_autofree char *in_ro_folder = g_build_filename (base, "ro-folder", "w.renkei", NULL);
  g_autofree char *ro_file = g_build_filename (base, "rw-folder", "w.renkei", NULL);

  if (getuid () == 0)
    {
      struct passwd *nobody = getpwnam ("nobody");
      g_autofree char *suffix = g_strconcat (g_test_get_path (), "/.dirs/runtime", NULL);
      const char *runtime = g_get_user_runtime_dir ();
      g_autofree char *isolated = NULL;
      g_autofree char *owner = NULL;
      g_autofree char *chown_path = g_find_program_in_path ("chown");
      const char *argv[] = { chown_path, "-R", NULL, NULL, NULL };
      int status = -1;

      g_assert_nonnull (nobody);

      /* This process's G_TEST_OPTION_ISOLATE_DIRS folder was made by root;
       * hand it over, or it could not be removed at the end.
       */
      g_assert_true (g_str_has_suffix (runtime, suffix));
      isolated = g_strndup (runtime, strlen (runtime) - strlen (suffix));
      owner = g_strdup_printf ("%u:%u", (guint) nobody->pw_uid, (guint) nobody->pw_gid);
      argv[2] = owner;
      argv[3] = isolated;
      g_assert_nonnull (chown_path);
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL);
      g_assert_cmpint (status, ==, 0);

      g_assert_cmpint (setgroups (0, NULL), ==, 0);
      g_assert_cmpint (setresgid (nobody->pw_gid, nobody->pw_gid, nobody->pw_gid), ==, 0);
      g_assert_cmpint (setresuid (nobody->pw_uid, nobody->pw_uid, nobody->pw_uid), ==, 0);
      g_assert_cmpint (geteuid (), !=, 0);
    }

  /* A writable file in a folder the user may not write to: SQLite could
   * not create its log there.
   */
  g_assert_cmpint (access (in_ro_folder, W_OK), ==, 0);
  assert_opens_read_only (in_ro_folder, RK_DATABASE_OPEN_DEFAULT);
  /* renkei-cli's readers too, which take no lock. */
  assert_opens_read_only (in_ro_folder, RK_DATABASE_OPEN_READ_ONLY | RK_DATABASE_OPEN_NO_LOCK);

  /* A read-only file in a writable folder. */
  g_assert_cmpint (access (ro_file, W_OK), !=, 0);
  assert_opens_read_only (ro_file, RK_DATABASE_OPEN_DEFAULT);
  assert_opens_read_only (ro_file, RK_DATABASE_OPEN_DEFAULT);
}

static void
remove_tree (const char *dir)
{
  g_autofree char *argv0 = g_find_program_in_path ("rm");
  const char *argv[] = { argv0, "-rf", dir, NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, NULL, NULL);
}

static void
test_read_only_unprivileged (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *ro_folder = NULL;
  g_autofree char *rw_folder = NULL;
  g_autofree char *in_ro_folder = NULL;
  g_autofree char *ro_file = NULL;
  g_autofree char *hash_a = NULL;
  g_autofree char *hash_b = NULL;
  g_autofree char *after = NULL;
  struct passwd *nobody = NULL;

  if (g_test_subprocess ())
    {
      read_only_unprivileged_child ();
      return;
    }

  if (getuid () == 0 && (nobody = getpwnam ("nobody")) == NULL)
    {
      g_test_skip ("No unprivileged user “nobody” to run as");
      return;
    }

  /* Outside the per-test folder, which only its owner may enter. */
  base = g_dir_make_tmp ("renkei-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (base, 0755), ==, 0);
  ro_folder = g_build_filename (base, "ro-folder", NULL);
  rw_folder = g_build_filename (base, "rw-folder", NULL);
  g_assert_cmpint (g_mkdir (ro_folder, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (rw_folder, 0755), ==, 0);
  g_free (rk_test_create_sample (ro_folder, "w.renkei"));
  g_free (rk_test_create_sample (rw_folder, "w.renkei"));
  in_ro_folder = g_build_filename (ro_folder, "w.renkei", NULL);
  ro_file = g_build_filename (rw_folder, "w.renkei", NULL);
  g_assert_cmpint (g_chmod (ro_file, 0400), ==, 0);

  if (nobody != NULL)
    {
      g_assert_cmpint (chown (ro_folder, nobody->pw_uid, nobody->pw_gid), ==, 0);
      g_assert_cmpint (chown (rw_folder, nobody->pw_uid, nobody->pw_gid), ==, 0);
      g_assert_cmpint (chown (in_ro_folder, nobody->pw_uid, nobody->pw_gid), ==, 0);
      g_assert_cmpint (chown (ro_file, nobody->pw_uid, nobody->pw_gid), ==, 0);
    }
  g_assert_cmpint (g_chmod (ro_folder, 0555), ==, 0);

  hash_a = rk_test_sha256 (in_ro_folder);
  hash_b = rk_test_sha256 (ro_file);

  g_setenv (UNPRIVILEGED_DIR_VAR, base, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv (UNPRIVILEGED_DIR_VAR);

  after = rk_test_sha256 (in_ro_folder);
  g_assert_cmpstr (after, ==, hash_a);
  g_free (after);
  after = rk_test_sha256 (ro_file);
  g_assert_cmpstr (after, ==, hash_b);
  rk_test_assert_no_sidecars (in_ro_folder);
  rk_test_assert_no_sidecars (ro_file);

  g_chmod (ro_folder, 0755);
  remove_tree (base);

  g_test_trap_assert_passed ();
}

/*
 * Save a copy
 */

static void
test_save_copy (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "live.renkei");
  g_autofree char *copy = g_build_filename (dir, "copy.renkei", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *name = NULL;
  g_autofree char *header = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) org = NULL;
  gsize length = 0;
  RkDatabase *db;
  RkDatabase *copy_db;
  gint64 org_id;

  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  set_profile_name (db, "latest name");
  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "新しい薬局", NULL);
  g_assert_no_error (error);
  org_id = rk_entity_get_id (org);

  /* The edits are committed but still only in the write-ahead log. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_true (rk_database_save_copy (db, copy, &error));
  g_assert_no_error (error);

  g_assert_cmpint (rk_test_file_mode (copy), ==, 0600);
  rk_test_assert_no_sidecars (copy);
  /* Header bytes 18–19 are 1 for a rollback-journal file, 2 for WAL. */
  g_file_get_contents (copy, &header, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, 100);
  g_assert_cmpint (header[18], ==, 1);
  g_assert_cmpint (header[19], ==, 1);
  g_assert_cmpint (rk_test_file_query_int (copy, "PRAGMA application_id"), ==, RK_APPLICATION_ID);

  /* No temporary file is left in the folder. */
  {
    g_autofree char *listing = rk_test_list_dir (dir);
    g_auto(GStrv) lines = g_strsplit (listing, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      g_assert_false (g_str_has_prefix (lines[i], ".renkei-copy"));
  }

  /* The workspace keeps working after the copy. */
  set_profile_name (db, "after the copy");

  copy_db = rk_database_open (copy, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  name = get_profile_name (copy_db);
  g_assert_cmpstr (name, ==, "latest name");
  g_clear_pointer (&name, g_free);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT name FROM organization "
                                            "WHERE id = %" G_GINT64_FORMAT, org_id);
    name = rk_test_query_text (rk_database_get_handle (copy_db), sql);
  }
  g_assert_cmpstr (name, ==, "新しい薬局");
  g_clear_pointer (&name, g_free);
  name = rk_test_query_text (rk_database_get_handle (copy_db), "PRAGMA integrity_check");
  g_assert_cmpstr (name, ==, "ok");
  g_assert_finalize_object (copy_db);

  g_clear_object (&org);
  g_assert_finalize_object (db);
}

static void
test_save_copy_refuses_self (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "self.renkei");
  g_autofree char *link = g_build_filename (dir, "alias.renkei", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *listing_after = NULL;
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  set_profile_name (db, "unsaved? no, committed");
  g_assert_cmpint (symlink (path, link), ==, 0);
  listing = rk_test_list_dir (dir);

  g_assert_false (rk_database_save_copy (db, path, &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "self.renkei"));
  g_clear_error (&error);

  g_assert_false (rk_database_save_copy (db, link, &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_IN_USE);
  g_clear_error (&error);

  listing_after = rk_test_list_dir (dir);
  g_assert_cmpstr (listing_after, ==, listing);

  g_assert_finalize_object (db);
  g_assert_cmpint (rk_test_file_query_int (path, "SELECT count(*) FROM pragma_integrity_check "
                                                 "WHERE integrity_check <> 'ok'"), ==, 0);
}

static void
test_save_copy_of_read_only (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "readonly.renkei");
  g_autofree char *copy = g_build_filename (dir, "editable.renkei", NULL);
  g_autofree char *hash = NULL;
  g_autofree char *hash_after = NULL;
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  /* What the read-only message tells the user to do. */
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  hash = rk_test_sha256 (path);
  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (rk_database_get_read_only (db));
  g_assert_true (rk_database_save_copy (db, copy, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  hash_after = rk_test_sha256 (path);
  g_assert_cmpstr (hash_after, ==, hash);
  rk_test_assert_no_sidecars (path);
  g_assert_cmpint (rk_test_file_mode (copy), ==, 0600);
  rk_test_assert_no_sidecars (copy);

  db = rk_database_open (copy, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (rk_database_get_read_only (db));
  assert_sample_rows (db);
  set_profile_name (db, "now editable");
  g_assert_finalize_object (db);
}

/*
 * Migrations
 */

static void
open_fixture (const char *fixture,
              int         version)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *base = g_path_get_basename (fixture);
  g_autofree char *path = g_build_filename (dir, base, NULL);
  g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", path, version);
  g_autofree char *check = NULL;
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  g_test_message ("Opening %s (format %d)", fixture, version);
  rk_test_copy_file (fixture, path, 0600);
  g_assert_cmpint (rk_test_file_query_int (path, "PRAGMA user_version"), ==, version);

  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rk_database_get_schema_version (db), ==, RK_SCHEMA_VERSION);
  g_assert_cmpint (rk_test_query_int (rk_database_get_handle (db), "PRAGMA user_version"),
                   ==, RK_SCHEMA_VERSION);
  check = rk_test_query_text (rk_database_get_handle (db), "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  assert_sample_rows (db);

  if (version < RK_SCHEMA_VERSION)
    {
      g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpint (rk_test_file_mode (backup), ==, 0600);
      g_assert_cmpint (rk_test_file_query_int (backup, "PRAGMA user_version"), ==, version);
    }
  else
    {
      g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
    }

  g_assert_finalize_object (db);
}

static void
test_migrations_fixtures (void)
{
  const char *data_dir = g_test_get_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = g_dir_open (data_dir, 0, &error);
  g_autofree gboolean *seen = g_new0 (gboolean, RK_SCHEMA_VERSION + 1);
  const char *name;
  guint n_fixtures = 0;

  g_assert_no_error (error);

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *fixture = NULL;
      int version = 0;
      char end = 0;

      if (!g_str_has_prefix (name, "workspace-v") || !g_str_has_suffix (name, ".renkei"))
        continue;
      g_assert_cmpint (sscanf (name, "workspace-v%d.renke%c", &version, &end), ==, 2);
      g_assert_cmpint (version, >=, 1);
      g_assert_cmpint (version, <=, RK_SCHEMA_VERSION);

      fixture = g_build_filename (data_dir, name, NULL);
      open_fixture (fixture, version);
      seen[version] = TRUE;
      n_fixtures++;
    }

  /* Every schema step keeps its fixture: a step without one has never
   * been tested against a file the release before it wrote.
   */
  {
    const RkMigration *list;
    guint n_list;

    _rk_database_set_migrations_for_testing (NULL, 0);
    list = _rk_database_get_migrations (&n_list);
    for (guint i = 0; i < n_list; i++)
      if (!seen[list[i].version])
        g_error ("tests/data/workspace-v%d.renkei is missing", list[i].version);
    g_assert_cmpuint (n_fixtures, ==, n_list);
    g_assert_cmpint (list[n_list - 1].version, ==, RK_SCHEMA_VERSION);
  }
}

/* A workspace opened through a symbolic link is the file it points to:
 * its path is the real one, and opening it again under either name is
 * refused as already open.
 */
static void
test_open_symlink (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "real.renkei");
  g_autofree char *link = g_build_filename (dir, "link.renkei", NULL);
  g_autofree char *real = rk_database_canonical_path (path);
  g_autoptr(GError) error = NULL;
  RkDatabase *db;
  RkDatabase *again;

  g_assert_cmpint (symlink (path, link), ==, 0);

  db = rk_database_open (link, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_database_get_path (db), ==, real);
  assert_sample_rows (db);

  again = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_null (again);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_IN_USE);

  g_assert_finalize_object (db);
}

typedef struct {
  GAsyncResult *result;
  GError *error;
} Verify;

static void
verify_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Verify *verify = user_data;
  gboolean ok = rk_database_verify_finish (RK_DATABASE (source), result, &verify->error);

  g_assert_true (ok == (verify->error == NULL));
  verify->result = g_object_ref (result);
}

static gboolean
verify (RkDatabase  *db,
        GError     **error)
{
  Verify verify = { NULL, NULL };
  gint64 deadline;

  rk_database_verify_async (db, NULL, verify_done_cb, &verify);
  /* The callback runs on this thread's main context once the check ends. */
  while (verify.result == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* The worker thread lets go of the task (and with it of the database)
   * a moment after the callback: wait for that, so that the tests can
   * assert that closing finalizes the database.
   */
  g_object_add_weak_pointer (G_OBJECT (verify.result), (gpointer *) &verify.result);
  g_object_unref (verify.result);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (verify.result != NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (verify.result);

  if (verify.error != NULL)
    {
      g_propagate_error (error, verify.error);
      return FALSE;
    }
  return TRUE;
}

/* CHECK_LATER: a workspace that opening does not write to is shown at once
 * and checked on a worker thread; until the check passes, nothing may be
 * written to it.
 */
static void
test_check_later (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "later.renkei");
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  RkDatabase *db;

  db = rk_database_open (path, RK_DATABASE_OPEN_CHECK_LATER, &error);
  g_assert_no_error (error);
  g_assert_true (rk_database_get_checking (db));

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  g_assert_false (rk_entity_update (RK_ENTITY (profile), "Edit", &error, "name", "x", NULL));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CHECKING);
  g_assert_nonnull (strstr (error->message, "later.renkei"));
  g_clear_error (&error);

  g_assert_true (verify (db, &error));
  g_assert_no_error (error);
  g_assert_false (rk_database_get_checking (db));
  g_assert_true (rk_entity_update (RK_ENTITY (profile), "Edit", &error, "name", "x", NULL));
  g_assert_no_error (error);

  g_clear_object (&profile);
  g_assert_finalize_object (db);

  /* A file whose opening writes (an older format is updated) is checked
   * first, as without the flag.
   */
  rk_test_use_extra_migration ("CREATE TABLE test_later (id INTEGER PRIMARY KEY);");
  db = rk_database_open (path, RK_DATABASE_OPEN_CHECK_LATER, &error);
  _rk_database_set_migrations_for_testing (NULL, 0);
  g_assert_no_error (error);
  g_assert_false (rk_database_get_checking (db));
  g_assert_finalize_object (db);
}

/* A damaged workspace opened with CHECK_LATER opens, fails its check, and
 * is left byte for byte as it was, with nothing beside it.
 */
static void
test_check_later_damaged (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = create_big_workspace (dir);
  g_autofree char *check = damage_interior_page (path);
  g_autofree char *before = rk_test_sha256 (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  db = rk_database_open (path, RK_DATABASE_OPEN_CHECK_LATER, &error);
  g_assert_no_error (error);
  g_assert_true (rk_database_get_checking (db));

  g_assert_false (verify (db, &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, check));
  g_assert_true (rk_database_get_checking (db));
  g_assert_false (rk_database_exec (db, "UPDATE profile SET name = 'x'", NULL));

  rk_database_close (db);
  g_assert_finalize_object (db);

  after = rk_test_sha256 (path);
  g_assert_cmpstr (after, ==, before);
  rk_test_assert_no_sidecars (path);
}

static void
test_migrations_backup (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "old.renkei");
  g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", path, RK_SCHEMA_VERSION);
  g_autoptr(GError) error = NULL;
  RkDatabase *db;
  int next;

  next = rk_test_use_extra_migration (
    "CREATE TABLE test_meeting (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '');"
    "INSERT INTO test_meeting (title) VALUES ('第1回 連携会議');");

  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rk_database_get_schema_version (db), ==, next);
  g_assert_cmpint (rk_test_query_int (rk_database_get_handle (db), "PRAGMA user_version"), ==, next);
  g_assert_cmpint (rk_test_query_int (rk_database_get_handle (db), "SELECT count(*) FROM test_meeting"),
                   ==, 1);
  assert_sample_rows (db);
  g_assert_finalize_object (db);

  _rk_database_set_migrations_for_testing (NULL, 0);

  /* The backup is the file as it was before the update, private, and
   * stand-alone.
   */
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (rk_test_file_mode (backup), ==, 0600);
  rk_test_assert_no_sidecars (backup);
  g_assert_cmpint (rk_test_file_query_int (backup, "PRAGMA user_version"), ==, RK_SCHEMA_VERSION);
  g_assert_cmpint (rk_test_file_query_int (backup, "PRAGMA application_id"), ==, RK_APPLICATION_ID);
  g_assert_cmpint (rk_test_file_query_int (backup, "SELECT count(*) FROM sqlite_schema "
                                                   "WHERE name = 'test_meeting'"), ==, 0);
  g_assert_cmpint (rk_test_file_query_int (backup, "SELECT count(*) FROM profile"), ==, 1);

  /* This build opens the backup as the workspace it is. */
  db = rk_database_open (backup, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  assert_sample_rows (db);
  g_assert_finalize_object (db);
}

static void
test_migrations_rollback (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "stuck.renkei");
  g_autofree char *hash = rk_test_sha256 (path);
  g_autofree char *hash_after = NULL;
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  rk_test_use_extra_migration ("CREATE TABLE test_half_done (id INTEGER PRIMARY KEY);"
                               "INSERT INTO test_half_done (id) VALUES (1);"
                               "INSERT INTO no_such_table (id) VALUES (1);");

  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  _rk_database_set_migrations_for_testing (NULL, 0);
  g_assert_null (db);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_MIGRATION);
  g_assert_nonnull (strstr (error->message, "stuck.renkei"));
  g_assert_nonnull (strstr (error->message, "no_such_table"));
  g_clear_error (&error);
  rk_test_assert_no_sidecars (path);

  hash_after = rk_test_sha256 (path);
  g_assert_cmpstr (hash_after, ==, hash);

  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rk_database_get_schema_version (db), ==, RK_SCHEMA_VERSION);
  g_assert_cmpint (rk_test_query_int (rk_database_get_handle (db), "PRAGMA user_version"), ==,
                   RK_SCHEMA_VERSION);
  g_assert_cmpint (rk_test_query_int (rk_database_get_handle (db),
                                      "SELECT count(*) FROM sqlite_schema "
                                      "WHERE name = 'test_half_done'"), ==, 0);
  assert_sample_rows (db);
  g_assert_finalize_object (db);
}

static void
test_migrations_read_only (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "old-locked.renkei");
  g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", path, RK_SCHEMA_VERSION);

  g_assert_cmpint (g_chmod (path, 0400), ==, 0);

  /* An older format must be updated before it can be read, which a
   * read-only file does not allow: refused, and nothing written, not
   * even the backup.
   */
  rk_test_use_extra_migration ("CREATE TABLE test_meeting (id INTEGER PRIMARY KEY);");
  rk_test_assert_refused (path, RK_DATABASE_OPEN_DEFAULT, RK_DATABASE_ERROR_READ_ONLY);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  rk_test_assert_refused (path, RK_DATABASE_OPEN_READ_ONLY, RK_DATABASE_ERROR_READ_ONLY);
  _rk_database_set_migrations_for_testing (NULL, 0);

  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (rk_test_file_query_int (path, "PRAGMA user_version"), ==, RK_SCHEMA_VERSION);
}

/*
 * Change announcements
 */

typedef struct
{
  const char   *table;   /* interned */
  gint64        rowid;
  RkChangeKind  kind;
  gboolean      in_transaction;
  gint64        visible; /* whether the row could be read at that moment */
} Change;

typedef struct
{
  GArray    *changes;
  GPtrArray *committed;  /* "table,table" sorted */
} Recorder;

static void
changed_cb (RkDatabase   *db,
            const char   *table,
            gint64        rowid,
            RkChangeKind  kind,
            Recorder     *rec)
{
  Change change = { g_intern_string (table), rowid, kind, rk_database_in_transaction (db), -1 };

  if (rowid > 0)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" "
                                              "WHERE id = %" G_GINT64_FORMAT, table, rowid);
      change.visible = rk_test_query_int (rk_database_get_handle (db), sql);
    }
  g_array_append_val (rec->changes, change);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
committed_cb (RkDatabase         *db,
              const char * const *tables,
              Recorder           *rec)
{
  g_auto(GStrv) copy = g_strdupv ((char **) tables);

  g_assert_false (rk_database_in_transaction (db));
  qsort (copy, g_strv_length (copy), sizeof (char *), compare_names);
  g_ptr_array_add (rec->committed, g_strjoinv (",", copy));
}

static void
recorder_clear (Recorder *rec)
{
  g_array_set_size (rec->changes, 0);
  g_ptr_array_set_size (rec->committed, 0);
}

static void
assert_change (Recorder     *rec,
               guint         i,
               const char   *table,
               gint64        rowid,
               RkChangeKind  kind)
{
  const Change *c;

  g_assert_cmpuint (i, <, rec->changes->len);
  c = &g_array_index (rec->changes, Change, i);
  g_assert_cmpstr (c->table, ==, table);
  g_assert_cmpint (c->rowid, ==, rowid);
  g_assert_cmpint (c->kind, ==, kind);
  /* Announced after the commit: the row is there (or gone) for good. */
  g_assert_false (c->in_transaction);
  if (rowid > 0)
    g_assert_cmpint (c->visible, ==, kind == RK_CHANGE_DELETE ? 0 : 1);
}

static void
recorder_init (Recorder   *rec,
               RkDatabase *db,
               const char *detail)
{
  g_autofree char *signal = detail != NULL ? g_strdup_printf ("changed::%s", detail)
                                           : g_strdup ("changed");

  rec->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  rec->committed = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (db, signal, G_CALLBACK (changed_cb), rec);
  g_signal_connect (db, "committed", G_CALLBACK (committed_cb), rec);
}

static void
recorder_finish (Recorder   *rec,
                 RkDatabase *db)
{
  g_signal_handlers_disconnect_by_data (db, rec);
  g_array_unref (rec->changes);
  g_ptr_array_unref (rec->committed);
}

static void
test_changes_row_kinds (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(RkEntity) org = NULL;
  g_autoptr(RkEntity) town = NULL;
  RkDatabase *db = create_workspace (dir, NULL);
  Recorder orgs;
  Recorder towns;
  gint64 id;

  recorder_init (&orgs, db, "organization");
  recorder_init (&towns, db, "municipality");

  /* Insert */
  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "さくら薬局", NULL);
  g_assert_no_error (error);
  id = rk_entity_get_id (org);
  g_assert_cmpuint (orgs.changes->len, ==, 1);
  assert_change (&orgs, 0, "organization", id, RK_CHANGE_INSERT);
  g_assert_cmpuint (orgs.committed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (orgs.committed, 0), ==, "organization");
  /* The detail filters: the municipality handler heard nothing. */
  g_assert_cmpuint (towns.changes->len, ==, 0);
  recorder_clear (&orgs);
  recorder_clear (&towns);

  /* Update, inside an explicit transaction: nothing until COMMIT. */
  tx = rk_database_begin (db, "Edit", &error);
  g_assert_no_error (error);
  rk_entity_update (org, NULL, &error, "phone", "099-000-0000", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (orgs.changes->len, ==, 0);
  g_assert_cmpuint (orgs.committed->len, ==, 0);
  /* The live object changes only with the commit, too. */
  g_assert_cmpstr (rk_entity_get_string (org, "phone"), ==, "");
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);
  g_assert_cmpuint (orgs.changes->len, ==, 1);
  assert_change (&orgs, 0, "organization", id, RK_CHANGE_UPDATE);
  g_assert_cmpuint (orgs.committed->len, ==, 1);
  g_assert_cmpstr (rk_entity_get_string (org, "phone"), ==, "099-000-0000");
  recorder_clear (&orgs);

  /* Another table's row reaches only its own handler. */
  town = rk_entity_create (db, RK_TYPE_MUNICIPALITY, "Add", &error, "name", "みなと町", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (orgs.changes->len, ==, 0);
  g_assert_cmpuint (towns.changes->len, ==, 1);
  assert_change (&towns, 0, "municipality", rk_entity_get_id (town), RK_CHANGE_INSERT);
  /* "committed" is not detailed: both recorders heard it, once. */
  g_assert_cmpuint (orgs.committed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (orgs.committed, 0), ==, "municipality");
  recorder_clear (&orgs);
  recorder_clear (&towns);

  /* Delete */
  tx = rk_database_begin (db, "Delete", &error);
  g_assert_no_error (error);
  rk_entity_delete (org, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (orgs.changes->len, ==, 0);
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);
  g_assert_cmpuint (orgs.changes->len, ==, 1);
  assert_change (&orgs, 0, "organization", id, RK_CHANGE_DELETE);
  g_assert_cmpuint (orgs.committed->len, ==, 1);
  recorder_clear (&orgs);

  /* A transaction that changed nothing announces nothing. */
  tx = rk_database_begin (db, "Nothing", &error);
  g_assert_no_error (error);
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);
  g_assert_cmpuint (orgs.changes->len, ==, 0);
  g_assert_cmpuint (orgs.committed->len, ==, 0);

  recorder_finish (&orgs, db);
  recorder_finish (&towns, db);
  g_clear_object (&org);
  g_clear_object (&town);
  g_assert_finalize_object (db);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *counter)
{
  (*counter)++;
}

static void
test_changes_rollback (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(RkProfile) profile = NULL;
  g_autoptr(RkEntity) ghost = NULL;
  g_autoptr(RkEntity) real = NULL;
  g_autofree char *name = NULL;
  g_autofree char *sql = NULL;
  RkDatabase *db = create_workspace (dir, NULL);
  sqlite3 *handle = rk_database_get_handle (db);
  Recorder rec;
  guint n_notify = 0;
  gint64 ghost_id;

  set_profile_name (db, "before");
  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  g_signal_connect (profile, "notify", G_CALLBACK (count_notify_cb), &n_notify);
  recorder_init (&rec, db, NULL);
  g_assert_true (rk_database_can_undo (db));

  tx = rk_database_begin (db, "Add and rename", &error);
  g_assert_no_error (error);
  ghost = rk_entity_create (db, RK_TYPE_ORGANIZATION, NULL, &error, "name", "幻の病院", NULL);
  g_assert_no_error (error);
  ghost_id = rk_entity_get_id (ghost);
  rk_entity_update (RK_ENTITY (profile), NULL, &error, "name", "during", NULL);
  g_assert_no_error (error);
  g_assert_true (rk_database_in_transaction (db));

  /* Dropped without commit: rolled back. */
  g_clear_pointer (&tx, rk_transaction_free);
  g_assert_false (rk_database_in_transaction (db));

  g_assert_cmpuint (rec.changes->len, ==, 0);
  g_assert_cmpuint (rec.committed->len, ==, 0);
  g_assert_cmpuint (n_notify, ==, 0);
  g_assert_cmpint (rk_test_query_int (handle, "SELECT count(*) FROM organization"), ==, 0);
  name = get_profile_name (db);
  g_assert_cmpstr (name, ==, "before");
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (profile), "name"), ==, "before");
  /* The undo history is as it was: one step, "Rename", nothing to redo,
   * and no log rows of the rolled-back edit.
   */
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Rename");
  g_assert_false (rk_database_can_redo (db));
  g_assert_cmpint (rk_test_query_int (handle, "SELECT count(*) FROM temp.rk_undo_log"), ==, 1);

  /* The row is gone for lookups too. */
  g_clear_object (&ghost);
  ghost = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, ghost_id, &error);
  g_assert_null (ghost);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The next edit announces exactly itself. */
  real = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "本物の病院", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (rec.changes->len, ==, 1);
  assert_change (&rec, 0, "organization", rk_entity_get_id (real), RK_CHANGE_INSERT);
  g_assert_cmpuint (rec.committed->len, ==, 1);
  sql = g_strdup_printf ("SELECT name FROM organization WHERE id = %" G_GINT64_FORMAT,
                         rk_entity_get_id (real));
  g_free (name);
  name = rk_test_query_text (handle, sql);
  g_assert_cmpstr (name, ==, "本物の病院");

  /* Undo takes back that edit, then the rename: the rolled-back one was
   * never a step.
   */
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rk_test_query_int (handle, "SELECT count(*) FROM organization"), ==, 0);
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Rename");

  recorder_finish (&rec, db);
  g_clear_object (&real);
  g_clear_object (&profile);
  g_assert_finalize_object (db);
}

static void
create_organizations (RkDatabase *db,
                      guint       n)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Org %u", i);
      g_autoptr(RkEntity) org = rk_entity_create (db, RK_TYPE_ORGANIZATION, NULL, &error,
                                                  "name", name, NULL);
      g_assert_no_error (error);
    }
}

static void
test_changes_reload (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(RkEntity) town = NULL;
  RkDatabase *db = create_workspace (dir, NULL);
  Recorder rec;

  recorder_init (&rec, db, NULL);

  /* 256 rows are still announced one by one… */
  tx = rk_database_begin (db, "Import", &error);
  g_assert_no_error (error);
  create_organizations (db, 256);
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);
  g_assert_cmpuint (rec.changes->len, ==, 256);
  for (guint i = 0; i < 256; i++)
    assert_change (&rec, i, "organization", i + 1, RK_CHANGE_INSERT);
  g_assert_cmpuint (rec.committed->len, ==, 1);
  recorder_clear (&rec);

  /* …one more, and the table is reloaded as a whole, once; a table with a
   * few rows in the same transaction is still told row by row.
   */
  tx = rk_database_begin (db, NULL, &error);
  g_assert_no_error (error);
  create_organizations (db, 300);
  town = rk_entity_create (db, RK_TYPE_MUNICIPALITY, NULL, &error, "name", "やまべ村", NULL);
  g_assert_no_error (error);
  g_assert_true (rk_database_exec (db, "UPDATE organization SET kind = 'clinic' WHERE id <= 10",
                                   &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rec.changes->len, ==, 0);
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);

  g_assert_cmpuint (rec.changes->len, ==, 2);
  assert_change (&rec, 0, "organization", 0, RK_CHANGE_RELOAD);
  assert_change (&rec, 1, "municipality", rk_entity_get_id (town), RK_CHANGE_INSERT);
  g_assert_cmpuint (rec.committed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rec.committed, 0), ==, "municipality,organization");
  g_assert_cmpint (rk_database_count_rows (db, "organization", NULL), ==, 556);

  recorder_finish (&rec, db);
  g_clear_object (&town);
  g_assert_finalize_object (db);
}

static void
test_changes_committed (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(RkProfile) profile = NULL;
  g_autoptr(RkEntity) org = NULL;
  g_autoptr(RkEntity) town = NULL;
  RkDatabase *db = create_workspace (dir, NULL);
  Recorder rec;

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  recorder_init (&rec, db, NULL);

  /* One transaction over three tables: one "committed" naming all three,
   * after every "changed".
   */
  tx = rk_database_begin (db, "Set up", &error);
  g_assert_no_error (error);
  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, NULL, &error, "name", "a", NULL);
  g_assert_no_error (error);
  town = rk_entity_create (db, RK_TYPE_MUNICIPALITY, NULL, &error, "name", "b", NULL);
  g_assert_no_error (error);
  rk_entity_update (RK_ENTITY (profile), NULL, &error, "name", "c", NULL);
  g_assert_no_error (error);
  rk_entity_update (org, NULL, &error, "name", "a2", NULL);
  g_assert_no_error (error);
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);

  g_assert_cmpuint (rec.committed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rec.committed, 0), ==, "municipality,organization,profile");
  g_assert_cmpuint (rec.changes->len, ==, 4);
  assert_change (&rec, 0, "organization", rk_entity_get_id (org), RK_CHANGE_INSERT);
  assert_change (&rec, 1, "municipality", rk_entity_get_id (town), RK_CHANGE_INSERT);
  assert_change (&rec, 2, "profile", 1, RK_CHANGE_UPDATE);
  assert_change (&rec, 3, "organization", rk_entity_get_id (org), RK_CHANGE_UPDATE);
  recorder_clear (&rec);

  /* Undo is a transaction too. */
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rec.committed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rec.committed, 0), ==, "municipality,organization,profile");
  g_assert_cmpuint (rec.changes->len, ==, 4);

  recorder_finish (&rec, db);
  g_clear_object (&org);
  g_clear_object (&town);
  g_clear_object (&profile);
  g_assert_finalize_object (db);
}

static void
test_changes_external (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  RkDatabase *db = create_workspace (dir, NULL);
  const char * const tables[] = { "organization", "municipality", NULL };
  Recorder rec;

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  set_profile_name (db, "before the import");
  g_assert_true (rk_database_can_undo (db));
  recorder_init (&rec, db, NULL);

  /* Another connection (an import on a worker thread) rewrote two
   * tables: each is reloaded once, "committed" names both, and the undo
   * history, which cannot describe that, is gone.
   */
  rk_database_notify_external_change (db, tables);
  g_assert_cmpuint (rec.changes->len, ==, 2);
  assert_change (&rec, 0, "organization", 0, RK_CHANGE_RELOAD);
  assert_change (&rec, 1, "municipality", 0, RK_CHANGE_RELOAD);
  g_assert_cmpuint (rec.committed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rec.committed, 0), ==, "municipality,organization");
  g_assert_false (rk_database_can_undo (db));
  g_assert_false (rk_database_can_redo (db));

  recorder_finish (&rec, db);
  g_clear_object (&profile);
  g_assert_finalize_object (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/database/create/file-modes", test_create_file_modes);
  g_test_add_func ("/core/database/create/pragmas", test_create_pragmas);
  g_test_add_func ("/core/database/create/refuses-existing", test_create_refuses_existing);
  g_test_add_func ("/core/database/reopen-keeps-data", test_reopen_keeps_data);

  g_test_add_func ("/core/database/refuses/text-file", test_refuses_text_file);
  g_test_add_func ("/core/database/refuses/empty-file", test_refuses_empty_file);
  g_test_add_func ("/core/database/refuses/zip-file", test_refuses_zip_file);
  g_test_add_func ("/core/database/refuses/png-file", test_refuses_png_file);
  g_test_add_func ("/core/database/refuses/other-sqlite", test_refuses_other_sqlite);
  g_test_add_func ("/core/database/refuses/truncated", test_refuses_truncated);
  g_test_add_func ("/core/database/refuses/corrupt", test_refuses_corrupt);
  g_test_add_func ("/core/database/refuses/newer-schema", test_refuses_newer_schema);
  g_test_add_func ("/core/database/refuses/open-in-process", test_refuses_open_in_process);
  g_test_add_func ("/core/database/refuses/locked-by-other-process",
                   test_refuses_locked_by_other_process);
  g_test_add_func ("/core/database/refuses/missing", test_refuses_missing);

  g_test_add_func ("/core/database/read-only/permissions", test_read_only_permissions);
  g_test_add_func ("/core/database/read-only/flag", test_read_only_flag);
  g_test_add_func ("/core/database/read-only/unprivileged", test_read_only_unprivileged);

  g_test_add_func ("/core/database/save-copy/latest-committed", test_save_copy);
  g_test_add_func ("/core/database/save-copy/refuses-self", test_save_copy_refuses_self);
  g_test_add_func ("/core/database/save-copy/of-read-only", test_save_copy_of_read_only);

  g_test_add_func ("/core/database/migrations/fixtures", test_migrations_fixtures);
  g_test_add_func ("/core/database/migrations/backup", test_migrations_backup);
  g_test_add_func ("/core/database/migrations/rollback", test_migrations_rollback);
  g_test_add_func ("/core/database/migrations/read-only", test_migrations_read_only);

  g_test_add_func ("/core/database/open-symlink", test_open_symlink);
  g_test_add_func ("/core/database/check-later", test_check_later);
  g_test_add_func ("/core/database/check-later-damaged", test_check_later_damaged);
  g_test_add_func ("/core/database/changes/row-kinds", test_changes_row_kinds);
  g_test_add_func ("/core/database/changes/rollback", test_changes_rollback);
  g_test_add_func ("/core/database/changes/reload", test_changes_reload);
  g_test_add_func ("/core/database/changes/committed", test_changes_committed);
  g_test_add_func ("/core/database/changes/external", test_changes_external);

  return g_test_run ();
}
