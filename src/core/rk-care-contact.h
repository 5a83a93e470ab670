/* rk-care-contact.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_CARE_CONTACT (rk_care_contact_get_type ())

G_DECLARE_FINAL_TYPE (RkCareContact, rk_care_contact, RK, CARE_CONTACT, RkEntity)

G_END_DECLS
