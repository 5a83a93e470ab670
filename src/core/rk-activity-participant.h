/* rk-activity-participant.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_ACTIVITY_PARTICIPANT (rk_activity_participant_get_type ())

G_DECLARE_FINAL_TYPE (RkActivityParticipant, rk_activity_participant, RK, ACTIVITY_PARTICIPANT, RkEntity)

G_END_DECLS
