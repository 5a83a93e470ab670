/* rk-staff.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_STAFF (rk_staff_get_type ())

G_DECLARE_FINAL_TYPE (RkStaff, rk_staff, RK, STAFF, RkEntity)

G_END_DECLS
