/* rk-meetings-editor.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-meeting.h"

G_BEGIN_DECLS

#define RK_TYPE_MEETINGS_EDITOR (rk_meetings_editor_get_type ())

G_DECLARE_FINAL_TYPE (RkMeetingsEditor, rk_meetings_editor, RK, MEETINGS_EDITOR, AdwBin)

RkMeeting *rk_meetings_editor_get_meeting (RkMeetingsEditor *self);
void       rk_meetings_editor_set_meeting (RkMeetingsEditor *self,
                                           RkMeeting        *meeting);
void       rk_meetings_editor_focus_title (RkMeetingsEditor *self);

G_END_DECLS
