/* rk-bcp-export.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"
#include "rk-xlsx.h"

G_BEGIN_DECLS

gboolean rk_bcp_export_xlsx (RkDatabase  *db,
                             const char  *path,
                             gboolean     include_personal,
                             const char  *today,
                             GError     **error);

gboolean rk_bcp_export_add_register (RkXlsxBook  *book,
                                     RkDatabase  *db,
                                     const char  *today,
                                     GError     **error);

G_END_DECLS
