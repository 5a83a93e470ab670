/* rk-lm-layout-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-lm-layout.h"

G_BEGIN_DECLS

gboolean _rk_lm_segments_cross     (const RkLmPoint  *a1,
                                    const RkLmPoint  *a2,
                                    const RkLmPoint  *b1,
                                    const RkLmPoint  *b2);

G_END_DECLS
