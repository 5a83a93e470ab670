/* rk-care-device.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_CARE_DEVICE (rk_care_device_get_type ())

G_DECLARE_FINAL_TYPE (RkCareDevice, rk_care_device, RK, CARE_DEVICE, RkEntity)

G_END_DECLS
