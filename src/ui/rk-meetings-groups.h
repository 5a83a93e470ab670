/* rk-meetings-groups.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_MEETINGS_GROUPS (rk_meetings_groups_get_type ())

G_DECLARE_FINAL_TYPE (RkMeetingsGroups, rk_meetings_groups, RK, MEETINGS_GROUPS, AdwBin)

void  rk_meetings_groups_set_database (RkMeetingsGroups *self,
                                       RkDatabase       *db);

G_END_DECLS
