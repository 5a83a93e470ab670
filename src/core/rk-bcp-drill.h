/* rk-bcp-drill.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_BCP_DRILL (rk_bcp_drill_get_type ())

G_DECLARE_FINAL_TYPE (RkBcpDrill, rk_bcp_drill, RK, BCP_DRILL, RkEntity)

G_END_DECLS
