/* rk-resource-export.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rk-directory.h"
#include "rk-report.h"

G_BEGIN_DECLS

gboolean  rk_resource_export_xlsx    (RkDatabase              *db,
                                      const RkResourceFilter  *filter,
                                      const char              *path,
                                      GCancellable            *cancellable,
                                      guint64                 *n_rows,
                                      GError                 **error);
RkReport *rk_resource_report_new     (RkDatabase              *db,
                                      const RkResourceFilter  *filter,
                                      const char              *subtitle,
                                      GError                 **error);

G_END_DECLS
