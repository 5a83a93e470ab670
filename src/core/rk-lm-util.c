/* rk-lm-util.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-lm-util"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-database-private.h"
#include "rk-lm-private.h"

RkTransaction *
_rk_lm_begin_if_needed (RkDatabase  *db,
                        const char  *undo_label,
                        gboolean    *ok,
                        GError     **error)
{
  RkTransaction *tx = NULL;

  *ok = TRUE;
  if (!rk_database_in_transaction (db))
    {
      tx = rk_database_begin (db, undo_label, error);
      *ok = tx != NULL;
    }

  return tx;
}

gboolean
_rk_lm_commit_if_needed (RkTransaction  *tx,
                         GError        **error)
{
  return tx == NULL || rk_transaction_commit (tx, error);
}

static sqlite3_stmt *
prepare_bound (RkDatabase  *db,
               const char  *sql,
               GError     **error,
               const char  *format,
               va_list      args)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("prepare a change"));
      return NULL;
    }

  for (int i = 0; format != NULL && format[i] != '\0'; i++)
    {
      switch (format[i])
        {
        case 'i':
          sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
          break;
        case 's':
          sqlite3_bind_text (stmt, i + 1, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
          break;
        case 'd':
          sqlite3_bind_double (stmt, i + 1, va_arg (args, double));
          break;
        case 'n':
          sqlite3_bind_null (stmt, i + 1);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return stmt;
}

gboolean
_rk_lm_exec (RkDatabase  *db,
             const char  *sql,
             GError     **error,
             const char  *format,
             ...)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  va_list args;

  va_start (args, format);
  stmt = prepare_bound (db, sql, error, format, args);
  va_end (args);

  return stmt != NULL && rk_database_step_done (db, stmt, error);
}

gint64
_rk_lm_query_int (RkDatabase  *db,
                  const char  *sql,
                  gint64       fallback,
                  GError     **error,
                  const char  *format,
                  ...)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  va_list args;
  int rc;

  va_start (args, format);
  stmt = prepare_bound (db, sql, error, format, args);
  va_end (args);
  if (stmt == NULL)
    return fallback;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    rk_database_set_error (db, error, rc, _("read the workspace"));
  return fallback;
}
