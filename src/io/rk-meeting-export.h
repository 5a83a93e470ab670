/* rk-meeting-export.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"

G_BEGIN_DECLS

gboolean rk_meeting_export_xlsx (RkDatabase  *db,
                                 int          fiscal_year,
                                 const char  *path,
                                 GError     **error);

G_END_DECLS
