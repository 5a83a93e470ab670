/* rk-indicator-import.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"

G_BEGIN_DECLS

gboolean rk_indicator_import_values (RkDatabase  *db,
                                     const char  *path,
                                     guint       *n_imported,
                                     GError     **error);

G_END_DECLS
