/* rk-profile.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_PROFILE (rk_profile_get_type ())

G_DECLARE_FINAL_TYPE (RkProfile, rk_profile, RK, PROFILE, RkEntity)

RkProfile *rk_profile_get (RkDatabase  *db,
                          GError     **error);

G_END_DECLS
