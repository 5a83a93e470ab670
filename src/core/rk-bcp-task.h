/* rk-bcp-task.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_BCP_TASK (rk_bcp_task_get_type ())

G_DECLARE_FINAL_TYPE (RkBcpTask, rk_bcp_task, RK, BCP_TASK, RkEntity)

G_END_DECLS
