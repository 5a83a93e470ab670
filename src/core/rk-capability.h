/* rk-capability.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_CAPABILITY (rk_capability_get_type ())

G_DECLARE_FINAL_TYPE (RkCapability, rk_capability, RK, CAPABILITY, RkEntity)

G_END_DECLS
