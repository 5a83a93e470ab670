/* rk-lm-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database-private.h"

G_BEGIN_DECLS

/* Helpers shared by the indicator and logic-model files of src/core. */

/* Starts a transaction labelled @undo_label unless one is open already, in
 * which case the caller's changes join it and this returns %NULL with
 * *@ok set. Commit the result (when not %NULL) with rk_transaction_commit().
 */
RkTransaction *_rk_lm_begin_if_needed (RkDatabase   *db,
                                       const char   *undo_label,
                                       gboolean     *ok,
                                       GError      **error);
gboolean       _rk_lm_commit_if_needed (RkTransaction *tx,
                                        GError       **error);

/* Runs one statement with integer/text parameters given as a format: 'i'
 * gint64, 's' const char *, 'd' double, 'n' NULL.
 */
gboolean       _rk_lm_exec            (RkDatabase   *db,
                                       const char   *sql,
                                       GError      **error,
                                       const char   *format,
                                       ...);
/* The first column of the first row as an integer, or @fallback. */
gint64         _rk_lm_query_int       (RkDatabase   *db,
                                       const char   *sql,
                                       gint64        fallback,
                                       GError      **error,
                                       const char   *format,
                                       ...);

G_END_DECLS
