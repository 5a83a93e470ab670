/* rk-working-group.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"
#include "rk-working-group-cycle.h"

G_BEGIN_DECLS

#define RK_TYPE_WORKING_GROUP (rk_working_group_get_type ())

G_DECLARE_FINAL_TYPE (RkWorkingGroup, rk_working_group, RK, WORKING_GROUP, RkEntity)

RkWorkingGroup      *rk_working_group_new             (RkDatabase      *db,
                                                       const char      *name,
                                                       GError         **error);
RkWorkingGroupCycle *rk_working_group_get_cycle       (RkWorkingGroup  *self,
                                                       int              fiscal_year,
                                                       gboolean         create,
                                                       GError         **error);
gint64               rk_working_group_count_meetings  (RkWorkingGroup  *self,
                                                       int              fiscal_year,
                                                       gboolean         held_only);
gint64               rk_working_group_count_issues    (RkWorkingGroup  *self);
gint64               rk_working_group_add_member      (RkWorkingGroup  *self,
                                                       gint64           organization_id,
                                                       const char      *name,
                                                       GError         **error);

G_END_DECLS
