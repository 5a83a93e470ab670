/* rk-search.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The name of the full-text tokenizer every workspace connection knows:
 * trigrams over text folded with rk_search_fold(), so that 「さくら」 finds
 * 「サクラ」 and 「ｻｸﾗ」, and 1–2 character words still find their rows.
 */
#define RK_SEARCH_TOKENIZER "rk"

void      rk_search_fold           (const char  *text,
                                    gssize       length,
                                    GString     *out);
char     *rk_search_fold_string    (const char  *text);
char     *rk_search_build_match    (const char  *query);

gboolean  _rk_search_register      (sqlite3     *db,
                                    GError     **error);

G_END_DECLS
