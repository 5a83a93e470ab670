/* rk-resource-export-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>

#include "rk-resource-export.h"

G_BEGIN_DECLS

/* rk_resource_export_xlsx(), also writing every cell to @cells (for the
 * benchmark against python3-xlsxwriter).
 */
gboolean  _rk_resource_export_xlsx_full (RkDatabase              *db,
                                         const RkResourceFilter  *filter,
                                         const char              *path,
                                         GCancellable            *cancellable,
                                         guint64                 *n_rows,
                                         FILE                    *cells,
                                         GError                 **error);

G_END_DECLS
