/* rk-test-core.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rk-database.h"

G_BEGIN_DECLS

/* Helpers shared by the core tests. Everything a test writes goes below
 * the per-test directory that G_TEST_OPTION_ISOLATE_DIRS sets up, so it
 * is removed with it.
 */

int       rk_test_use_extra_migration (const char *sql);
char     *rk_test_make_dir        (void);
char     *rk_test_sha256          (const char   *path);
void      rk_test_write_file      (const char   *path,
                                   const void   *data,
                                   gsize         length,
                                   int           mode);
void      rk_test_copy_file       (const char   *src,
                                   const char   *dest,
                                   int           mode);
char     *rk_test_create_sample   (const char   *dir,
                                   const char   *name);
char     *rk_test_sidecars        (const char   *path);
char     *rk_test_list_dir        (const char   *dir);
int       rk_test_file_mode       (const char   *path);

sqlite3  *rk_test_open_immutable  (const char   *path);
gint64    rk_test_query_int       (sqlite3      *db,
                                   const char   *sql);
char     *rk_test_query_text      (sqlite3      *db,
                                   const char   *sql);
gint64    rk_test_file_query_int  (const char   *path,
                                   const char   *sql);
char     *rk_test_dump_table      (sqlite3      *db,
                                   const char   *table);

/* Asserts that nothing SQLite keeps beside a database is left next to
 * @path (it names what it found when it fails).
 */
#define rk_test_assert_no_sidecars(path) \
  G_STMT_START { \
    g_autofree char *rk_found_ = rk_test_sidecars (path); \
    g_assert_cmpstr (rk_found_, ==, ""); \
  } G_STMT_END

/* Asserts that opening @path is refused with @code, that the message names
 * the file, and that neither the file nor its folder changed.
 */
#define rk_test_assert_refused(path, flags, code) \
  rk_test_assert_refused_full (__FILE__, __LINE__, (path), (flags), (code))

void      rk_test_assert_refused_full (const char          *file,
                                       int                  line,
                                       const char          *path,
                                       RkDatabaseOpenFlags  flags,
                                       int                  code);

G_END_DECLS
