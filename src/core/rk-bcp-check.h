/* rk-bcp-check.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_BCP_CHECK (rk_bcp_check_get_type ())

G_DECLARE_FINAL_TYPE (RkBcpCheck, rk_bcp_check, RK, BCP_CHECK, RkEntity)

G_END_DECLS
