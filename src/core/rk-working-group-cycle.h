/* rk-working-group-cycle.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_WORKING_GROUP_CYCLE (rk_working_group_cycle_get_type ())

G_DECLARE_FINAL_TYPE (RkWorkingGroupCycle, rk_working_group_cycle, RK, WORKING_GROUP_CYCLE, RkEntity)

G_END_DECLS
