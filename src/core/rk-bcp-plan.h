/* rk-bcp-plan.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_BCP_PLAN (rk_bcp_plan_get_type ())

G_DECLARE_FINAL_TYPE (RkBcpPlan, rk_bcp_plan, RK, BCP_PLAN, RkEntity)

G_END_DECLS
