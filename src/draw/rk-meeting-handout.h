/* rk-meeting-handout.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-meeting.h"
#include "rk-report.h"

G_BEGIN_DECLS

RkReport *rk_meeting_handout_new (RkMeeting  *meeting,
                                  GError    **error);

G_END_DECLS
