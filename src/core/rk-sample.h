/* rk-sample.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"

G_BEGIN_DECLS

RkDatabase *rk_sample_create (const char  *path,
                              GError     **error);
gboolean    rk_sample_fill   (RkDatabase  *db,
                              GError     **error);

G_END_DECLS
