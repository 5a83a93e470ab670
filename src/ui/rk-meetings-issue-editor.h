/* rk-meetings-issue-editor.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-issue.h"

G_BEGIN_DECLS

#define RK_TYPE_MEETINGS_ISSUE_EDITOR (rk_meetings_issue_editor_get_type ())

G_DECLARE_FINAL_TYPE (RkMeetingsIssueEditor, rk_meetings_issue_editor, RK, MEETINGS_ISSUE_EDITOR,
                      AdwBin)

void  rk_meetings_issue_editor_set_issue   (RkMeetingsIssueEditor *self,
                                            RkIssue               *issue);
void  rk_meetings_issue_editor_focus_title (RkMeetingsIssueEditor *self);
void  rk_meetings_issue_editor_reveal_countermeasure (RkMeetingsIssueEditor *self,
                                                      gint64                 countermeasure_id);

G_END_DECLS
