/* rk-undo.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-undo"

#include "config.h"

#include <string.h>

#include "rk-database-private.h"

/* How many edits can be undone. Older steps are forgotten. */
#define MAX_UNDO_STEPS 200

/* The approach is SQLite's own "Automatic Undo/Redo" recipe: for every
 * workspace table, temporary triggers write the statement that reverses
 * each row change into a log in the TEMP schema. The log lives only in
 * this connection's memory, never in the file. A step is the set of log
 * rows that one labelled transaction wrote; replaying it backwards inside a
 * new transaction undoes the edit, and the triggers record that replay as
 * the opposite step.
 */

typedef struct
{
  gint64  id;
  char   *label;
  char   *merge_key;
} UndoStep;

typedef enum
{
  PENDING_NONE,
  PENDING_PUSH,
  PENDING_MERGE,
  PENDING_CLEAR,
  PENDING_REPLAY,
} PendingKind;

struct _RkUndo
{
  sqlite3     *db;
  GPtrArray   *undo_stack;   /* UndoStep *, top last */
  GPtrArray   *redo_stack;
  gint64       next_id;
  gint64       current;

  PendingKind  pending;
  UndoStep    *pending_step;
  gboolean     pending_redo;
};

static void
undo_step_free (UndoStep *step)
{
  g_free (step->label);
  g_free (step->merge_key);
  g_free (step);
}

static UndoStep *
undo_step_new (gint64      id,
               const char *label,
               const char *merge_key)
{
  UndoStep *step = g_new0 (UndoStep, 1);

  step->id = id;
  step->label = g_strdup (label);
  step->merge_key = g_strdup (merge_key);

  return step;
}

static gboolean
exec (RkUndo      *undo,
      const char  *sql,
      GError     **error)
{
  char *errmsg = NULL;

  if (sqlite3_exec (undo->db, sql, NULL, NULL, &errmsg) != SQLITE_OK)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   "%s", errmsg != NULL ? errmsg : sqlite3_errmsg (undo->db));
      sqlite3_free (errmsg);
      return FALSE;
    }

  return TRUE;
}

/* Runs @sql with the step id bound to its one parameter. */
static gboolean
exec_step (RkUndo      *undo,
           const char  *sql,
           gint64       step_id,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (undo->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return exec (undo, sql, error);  /* reports the same failure */

  sqlite3_bind_int64 (stmt, 1, step_id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   "%s", sqlite3_errmsg (undo->db));
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_recording (RkUndo  *undo,
               gint64   step_id,
               GError **error)
{
  return exec_step (undo, "UPDATE temp.rk_undo_state SET step = ?", step_id, error);
}

static UndoStep *
top (GPtrArray *stack)
{
  return stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

static char *
build_triggers (sqlite3    *db,
                const char *table)
{
  g_autoptr(GString) update_set = g_string_new (NULL);
  g_autoptr(GString) insert_cols = g_string_new ("rowid");
  g_autoptr(GString) insert_vals = g_string_new ("old.rowid");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char *info_sql;
  char *sql;
  char *result;

  info_sql = sqlite3_mprintf ("PRAGMA main.table_info(%Q)", table);
  sqlite3_prepare_v2 (db, info_sql, -1, &stmt, NULL);
  sqlite3_free (info_sql);
  if (stmt == NULL)
    return NULL;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *column = (const char *) sqlite3_column_text (stmt, 1);
      char *part;

      part = sqlite3_mprintf ("%s'\"%w\"=' || quote(old.\"%w\")",
                              update_set->len > 0 ? " || ',' || " : "", column, column);
      g_string_append (update_set, part);
      sqlite3_free (part);

      part = sqlite3_mprintf (",\"%w\"", column);
      g_string_append (insert_cols, part);
      sqlite3_free (part);

      part = sqlite3_mprintf (" || ',' || quote(old.\"%w\")", column);
      g_string_append (insert_vals, part);
      sqlite3_free (part);
    }

  /* Only labelled transactions record (rk_undo_state.step is 0 otherwise),
   * so an import of many rows does not fill memory with a log that the
   * import is about to discard anyway.
   */
  /* (SQLite forbids a schema name on a trigger's INSERT; for a TEMP
   * trigger the bare name finds the TEMP table first.)
   */
#define WHEN " WHEN (SELECT step FROM rk_undo_state) <> 0 BEGIN " \
             "INSERT INTO rk_undo_log (step, sql) VALUES ((SELECT step FROM rk_undo_state), "
  sql = sqlite3_mprintf (
    "CREATE TEMP TRIGGER \"rk_undo_%w_insert\" AFTER INSERT ON main.\"%w\"" WHEN
    "'DELETE FROM main.\"%w\" WHERE rowid = ' || new.rowid); END;"
    "CREATE TEMP TRIGGER \"rk_undo_%w_update\" AFTER UPDATE ON main.\"%w\"" WHEN
    "'UPDATE main.\"%w\" SET ' || %s || ' WHERE rowid = ' || new.rowid); END;"
    "CREATE TEMP TRIGGER \"rk_undo_%w_delete\" AFTER DELETE ON main.\"%w\"" WHEN
    "'INSERT INTO main.\"%w\" (%s) VALUES (' || %s || ')'); END;",
    table, table, table,
    table, table, table, update_set->str,
    table, table, table, insert_cols->str, insert_vals->str);
#undef WHEN

  result = g_strdup (sql);
  sqlite3_free (sql);
  return result;
}

RkUndo *
_rk_undo_new (sqlite3  *db,
              GError  **error)
{
  RkUndo *undo = g_new0 (RkUndo, 1);

  undo->db = db;
  undo->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) undo_step_free);
  undo->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) undo_step_free);
  undo->next_id = 1;

  if (!exec (undo,
             "CREATE TEMP TABLE rk_undo_log ("
             "  seq INTEGER PRIMARY KEY, step INTEGER NOT NULL, sql TEXT NOT NULL);"
             "CREATE INDEX temp.rk_undo_log_step ON rk_undo_log (step);"
             "CREATE TEMP TABLE rk_undo_state (step INTEGER NOT NULL);"
             "INSERT INTO temp.rk_undo_state (step) VALUES (0);",
             error))
    {
      _rk_undo_free (undo);
      return NULL;
    }

  return undo;
}

void
_rk_undo_free (RkUndo *undo)
{
  if (undo == NULL)
    return;

  g_clear_pointer (&undo->pending_step, undo_step_free);
  g_ptr_array_unref (undo->undo_stack);
  g_ptr_array_unref (undo->redo_stack);
  g_free (undo);
}

gboolean
_rk_undo_install_triggers (RkUndo      *undo,
                           GHashTable  *tables,
                           GError     **error)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, tables);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *sql = build_triggers (undo->db, key);

      if (sql == NULL || !exec (undo, sql, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_rk_undo_begin (RkUndo  *undo,
                GError **error)
{
  undo->current = undo->next_id++;
  return set_recording (undo, undo->current, error);
}

static gboolean
has_rows (RkUndo *undo,
          gint64  step_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (undo->db, "SELECT 1 FROM temp.rk_undo_log WHERE step = ? LIMIT 1",
                          -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, step_id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

static gboolean
delete_steps (RkUndo     *undo,
              GPtrArray  *steps,
              guint       n,
              GError    **error)
{
  for (guint i = 0; i < n && i < steps->len; i++)
    {
      UndoStep *step = g_ptr_array_index (steps, i);

      if (!exec_step (undo, "DELETE FROM temp.rk_undo_log WHERE step = ?",
                      step->id, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_rk_undo_prepare_commit (RkUndo      *undo,
                         const char  *label,
                         const char  *merge_key,
                         GError     **error)
{
  UndoStep *last = top (undo->undo_stack);

  g_return_val_if_fail (undo->pending == PENDING_NONE, FALSE);

  if (label == NULL)
    {
      undo->pending = PENDING_CLEAR;
      return exec (undo, "DELETE FROM temp.rk_undo_log", error);
    }

  if (!has_rows (undo, undo->current))
    return set_recording (undo, 0, error);

  if (!delete_steps (undo, undo->redo_stack, undo->redo_stack->len, error))
    return FALSE;

  if (merge_key != NULL && last != NULL && undo->redo_stack->len == 0 &&
      g_strcmp0 (last->merge_key, merge_key) == 0)
    {
      undo->pending = PENDING_MERGE;
      if (!exec_step (undo, "UPDATE temp.rk_undo_log SET step = ? "
                      "WHERE step = (SELECT step FROM temp.rk_undo_state)", last->id, error))
        return FALSE;
    }
  else
    {
      undo->pending = PENDING_PUSH;
      undo->pending_step = undo_step_new (undo->current, label, merge_key);
      if (undo->undo_stack->len >= MAX_UNDO_STEPS &&
          !delete_steps (undo, undo->undo_stack, 1, error))
        return FALSE;
    }

  return set_recording (undo, 0, error);
}

gboolean
_rk_undo_replay (RkUndo   *undo,
                 gboolean  redo,
                 GError  **error)
{
  GPtrArray *stack = redo ? undo->redo_stack : undo->undo_stack;
  UndoStep *step = top (stack);
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 replay_id;

  g_return_val_if_fail (step != NULL, FALSE);
  g_return_val_if_fail (undo->pending == PENDING_NONE, FALSE);

  if (sqlite3_prepare_v2 (undo->db,
                          "SELECT sql FROM temp.rk_undo_log WHERE step = ? ORDER BY seq DESC",
                          -1, &stmt, NULL) != SQLITE_OK)
    return exec (undo, "SELECT RAISE(FAIL, 'undo log unreadable')", error);
  sqlite3_bind_int64 (stmt, 1, step->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (statements, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));

  /* The replay passes through the edit's intermediate states backwards;
   * foreign keys are checked once, at COMMIT.
   */
  replay_id = undo->next_id++;
  if (!exec (undo, "PRAGMA defer_foreign_keys = ON", error) ||
      !exec_step (undo, "DELETE FROM temp.rk_undo_log WHERE step = ?",
                  step->id, error) ||
      !set_recording (undo, replay_id, error))
    return FALSE;

  for (guint i = 0; i < statements->len; i++)
    if (!exec (undo, g_ptr_array_index (statements, i), error))
      return FALSE;

  undo->pending = PENDING_REPLAY;
  undo->pending_redo = redo;
  undo->pending_step = undo_step_new (replay_id, step->label, NULL);

  return set_recording (undo, 0, error);
}

void
_rk_undo_end (RkUndo   *undo,
              gboolean  committed)
{
  if (committed)
    {
      switch (undo->pending)
        {
        case PENDING_PUSH:
          g_ptr_array_set_size (undo->redo_stack, 0);
          if (undo->undo_stack->len >= MAX_UNDO_STEPS)
            g_ptr_array_remove_index (undo->undo_stack, 0);
          g_ptr_array_add (undo->undo_stack, g_steal_pointer (&undo->pending_step));
          break;

        case PENDING_MERGE:
          g_ptr_array_set_size (undo->redo_stack, 0);
          break;

        case PENDING_CLEAR:
          g_ptr_array_set_size (undo->undo_stack, 0);
          g_ptr_array_set_size (undo->redo_stack, 0);
          break;

        case PENDING_REPLAY:
          {
            GPtrArray *from = undo->pending_redo ? undo->redo_stack : undo->undo_stack;
            GPtrArray *to = undo->pending_redo ? undo->undo_stack : undo->redo_stack;

            g_ptr_array_remove_index (from, from->len - 1);
            g_ptr_array_add (to, g_steal_pointer (&undo->pending_step));
          }
          break;

        case PENDING_NONE:
        default:
          break;
        }
    }

  /* A rolled-back transaction took its log rows and the recording state
   * with it; only the memory side needs forgetting.
   */
  g_clear_pointer (&undo->pending_step, undo_step_free);
  undo->pending = PENDING_NONE;
  undo->current = 0;
}

void
_rk_undo_forget (RkUndo *undo)
{
  g_ptr_array_set_size (undo->undo_stack, 0);
  g_ptr_array_set_size (undo->redo_stack, 0);
  exec (undo, "DELETE FROM temp.rk_undo_log", NULL);
}

const char *
_rk_undo_peek_label (RkUndo   *undo,
                     gboolean  redo)
{
  UndoStep *step = top (redo ? undo->redo_stack : undo->undo_stack);

  return step != NULL ? step->label : NULL;
}

void
_rk_undo_seal (RkUndo *undo)
{
  UndoStep *step = top (undo->undo_stack);

  if (step != NULL)
    g_clear_pointer (&step->merge_key, g_free);
}
