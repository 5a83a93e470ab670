/* rk-database-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"

G_BEGIN_DECLS

typedef struct
{
  int         version;
  const char *sql;
} RkMigration;

/* rk-database-check.c */
int         _rk_database_open_read_only  (const char   *path,
                                          gboolean      exclusive,
                                          gboolean      without_log,
                                          int           extra_flags,
                                          sqlite3     **db);
gboolean    _rk_database_validate        (const char   *path,
                                          gboolean      exclusive,
                                          int           target_version,
                                          gboolean      quick_check,
                                          int          *version,
                                          GError      **error);
gboolean    _rk_database_can_check_later (const char   *path);
gboolean    _rk_database_check_integrity (const char   *path,
                                          GError      **error);

/* rk-database-migrations.c */
const RkMigration *_rk_database_get_migrations (guint *n_migrations);

/* Tests replace the migration list to prove that a failing step rolls
 * back. Pass NULL to restore the real one.
 */
void  _rk_database_set_migrations_for_testing (const RkMigration *migrations,
                                               guint              n_migrations);

/* rk-undo.c: the undo log lives in the connection's TEMP schema, filled by
 * temporary triggers, so it is never written to the workspace file. Every
 * edit made inside a labelled transaction becomes one undo step; undoing a
 * step replays the inverse statements, and the triggers record what that
 * replay did as the matching redo step.
 */
typedef struct _RkUndo RkUndo;

RkUndo     *_rk_undo_new              (sqlite3      *db,
                                       GError      **error);
void        _rk_undo_free             (RkUndo       *undo);
gboolean    _rk_undo_install_triggers (RkUndo       *undo,
                                       GHashTable   *tables,
                                       GError      **error);
/* Inside a transaction: the changes made from here on belong to a new step. */
gboolean    _rk_undo_begin            (RkUndo       *undo,
                                       GError      **error);
/* Still inside the transaction: file the step under @label (or, with a
 * %NULL label, forget the whole history, since the log cannot describe a
 * change it did not record). The stacks change only in
 * _rk_undo_end(), once the COMMIT is known to have succeeded.
 */
gboolean    _rk_undo_prepare_commit   (RkUndo       *undo,
                                       const char   *label,
                                       const char   *merge_key,
                                       GError      **error);
gboolean    _rk_undo_replay           (RkUndo       *undo,
                                       gboolean      redo,
                                       GError      **error);
void        _rk_undo_end              (RkUndo       *undo,
                                       gboolean      committed);
/* Outside any transaction: drop the history (after a change made on
 * another connection, such as an import).
 */
void        _rk_undo_forget           (RkUndo       *undo);
const char *_rk_undo_peek_label       (RkUndo       *undo,
                                       gboolean      redo);
/* The next edit starts a new step even if its merge key matches. */
void        _rk_undo_seal             (RkUndo       *undo);

/* rk-entity.c: the live entity objects of one workspace, one per row,
 * reloaded when their row changes.
 */
GHashTable *_rk_database_get_entities (RkDatabase   *self);
GHashTable *_rk_entity_map_new        (void);
void        _rk_entity_map_reload     (GHashTable   *map,
                                       RkDatabase   *db,
                                       const char   *table,
                                       gint64        rowid);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
