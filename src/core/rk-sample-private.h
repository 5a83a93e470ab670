/* rk-sample-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"

G_BEGIN_DECLS

/* One filler per area of the workspace, each in its own file, run in this
 * order inside the sample's single transaction. A later filler may read
 * what an earlier one wrote (meetings invite the directory's
 * organisations).
 */
gboolean _rk_sample_fill_profile (RkDatabase  *db,
                                  GError     **error);

/* The fictional region: 青葉県 does not exist, and its prefecture code 99
 * is unused, so the sample can never be mistaken for real data.
 */
#define RK_SAMPLE_PREFECTURE "青葉県"

G_END_DECLS
