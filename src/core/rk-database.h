/* rk-database.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "rk-types.h"

G_BEGIN_DECLS

/* "RKEI": written to PRAGMA application_id so a workspace is recognised
 * (and so file managers can tell it by its magic at offset 68).
 */
#define RK_APPLICATION_ID 0x524B4549

/* The schema version this build writes. Each step up to it is one entry of
 * the migration table in rk-database-migrations.c.
 */
#define RK_SCHEMA_VERSION 7

#define RK_DATABASE_ERROR (rk_database_error_quark ())

typedef enum
{
  RK_DATABASE_ERROR_FAILED,
  RK_DATABASE_ERROR_NOT_FOUND,
  RK_DATABASE_ERROR_EXISTS,
  RK_DATABASE_ERROR_NOT_SQLITE,
  RK_DATABASE_ERROR_NOT_WORKSPACE,
  RK_DATABASE_ERROR_CORRUPT,
  RK_DATABASE_ERROR_TOO_NEW,
  RK_DATABASE_ERROR_IN_USE,
  RK_DATABASE_ERROR_READ_ONLY,
  RK_DATABASE_ERROR_MIGRATION,
  RK_DATABASE_ERROR_CONSTRAINT,
  RK_DATABASE_ERROR_CHECKING,
} RkDatabaseError;

typedef enum
{
  RK_DATABASE_OPEN_DEFAULT   = 0,
  /* Open without writing anything, even when the file is writable. */
  RK_DATABASE_OPEN_READ_ONLY = 1 << 0,
  /* Do not take the "open in a window" lock: for renkei-cli's readers. */
  RK_DATABASE_OPEN_NO_LOCK   = 1 << 1,
  /* Let the integrity check of a workspace that can be opened without
   * being written to run after opening, on a worker thread: call
   * rk_database_verify_async(). Edits are refused until it has passed.
   */
  RK_DATABASE_OPEN_CHECK_LATER = 1 << 2,
} RkDatabaseOpenFlags;

typedef enum
{
  RK_CHANGE_INSERT,
  RK_CHANGE_UPDATE,
  RK_CHANGE_DELETE,
  /* Too many rows changed in one transaction to name them one by one:
   * reload everything shown from this table. The row id is 0.
   */
  RK_CHANGE_RELOAD,
} RkChangeKind;

#define RK_TYPE_DATABASE (rk_database_get_type ())

G_DECLARE_FINAL_TYPE (RkDatabase, rk_database, RK, DATABASE, GObject)

GQuark          rk_database_error_quark        (void);
char           *rk_database_canonical_path     (const char           *path);

RkDatabase     *rk_database_create             (const char           *path,
                                                GError              **error);
RkDatabase     *rk_database_open               (const char           *path,
                                                RkDatabaseOpenFlags   flags,
                                                GError              **error);
void            rk_database_close              (RkDatabase           *self);

const char     *rk_database_get_path           (RkDatabase           *self);
gboolean        rk_database_get_read_only      (RkDatabase           *self);
int             rk_database_get_schema_version (RkDatabase           *self);
sqlite3        *rk_database_get_handle         (RkDatabase           *self);

gboolean        rk_database_save_copy          (RkDatabase           *self,
                                                const char           *dest_path,
                                                GError              **error);

gboolean        rk_database_exec               (RkDatabase           *self,
                                                const char           *sql,
                                                GError              **error);
sqlite3_stmt   *rk_database_prepare            (RkDatabase           *self,
                                                const char           *sql,
                                                GError              **error);
gboolean        rk_database_step_done          (RkDatabase           *self,
                                                sqlite3_stmt         *stmt,
                                                GError              **error);
void            rk_database_set_error          (RkDatabase           *self,
                                                GError              **error,
                                                int                   rc,
                                                const char           *what);

gint64          rk_database_count_rows         (RkDatabase           *self,
                                                const char           *table,
                                                GError              **error);
GStrv           rk_database_list_tables        (RkDatabase           *self);

sqlite3        *rk_database_open_worker        (RkDatabase           *self,
                                                GError              **error);

gboolean        rk_database_in_transaction     (RkDatabase           *self);
gboolean        rk_database_get_checking       (RkDatabase           *self);
void            rk_database_verify_async       (RkDatabase           *self,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean        rk_database_verify_finish      (RkDatabase           *self,
                                                GAsyncResult         *result,
                                                GError              **error);
void            rk_database_notify_external_change
                                               (RkDatabase           *self,
                                                const char * const   *tables);

RkTransaction  *rk_database_begin              (RkDatabase           *self,
                                                const char           *undo_label,
                                                GError              **error);
void            rk_transaction_set_merge_key   (RkTransaction        *tx,
                                                const char           *merge_key);
gboolean        rk_transaction_commit          (RkTransaction        *tx,
                                                GError              **error);
void            rk_transaction_free            (RkTransaction        *tx);

gboolean        rk_database_can_undo           (RkDatabase           *self);
gboolean        rk_database_can_redo           (RkDatabase           *self);
const char     *rk_database_get_undo_label     (RkDatabase           *self);
const char     *rk_database_get_redo_label     (RkDatabase           *self);
void            rk_database_seal_undo          (RkDatabase           *self);
gboolean        rk_database_undo               (RkDatabase           *self,
                                                GError              **error);
gboolean        rk_database_redo               (RkDatabase           *self,
                                                GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkTransaction, rk_transaction_free)

/* A prepared statement handed out by rk_database_prepare() is cached by the
 * database; this guard resets it when it goes out of scope.
 */
typedef sqlite3_stmt *RkStatement;
static inline void
rk_statement_reset (RkStatement stmt)
{
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
}
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (RkStatement, rk_statement_reset, NULL)

G_END_DECLS
