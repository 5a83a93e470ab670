/* rk-bcp-member.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_BCP_MEMBER (rk_bcp_member_get_type ())

G_DECLARE_FINAL_TYPE (RkBcpMember, rk_bcp_member, RK, BCP_MEMBER, RkEntity)

G_END_DECLS
