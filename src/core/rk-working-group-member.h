/* rk-working-group-member.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_WORKING_GROUP_MEMBER (rk_working_group_member_get_type ())

G_DECLARE_FINAL_TYPE (RkWorkingGroupMember, rk_working_group_member, RK, WORKING_GROUP_MEMBER, RkEntity)

G_END_DECLS
