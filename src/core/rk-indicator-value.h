/* rk-indicator-value.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-indicator.h"

G_BEGIN_DECLS

#define RK_TYPE_INDICATOR_VALUE (rk_indicator_value_get_type ())

G_DECLARE_FINAL_TYPE (RkIndicatorValue, rk_indicator_value, RK, INDICATOR_VALUE, RkEntity)

RkValueKind rk_indicator_value_get_kind (RkIndicatorValue *self);

G_END_DECLS
