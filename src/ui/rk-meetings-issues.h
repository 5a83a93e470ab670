/* rk-meetings-issues.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_MEETINGS_ISSUES (rk_meetings_issues_get_type ())

G_DECLARE_FINAL_TYPE (RkMeetingsIssues, rk_meetings_issues, RK, MEETINGS_ISSUES, AdwBin)

void  rk_meetings_issues_set_database (RkMeetingsIssues *self,
                                       RkDatabase       *db);
void  rk_meetings_issues_select       (RkMeetingsIssues *self,
                                       gint64            id);
void  rk_meetings_issues_reveal_countermeasure (RkMeetingsIssues *self,
                                                gint64            issue_id,
                                                gint64            countermeasure_id);

G_END_DECLS
