/* rk-bcp-review.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_BCP_REVIEW (rk_bcp_review_get_type ())

G_DECLARE_FINAL_TYPE (RkBcpReview, rk_bcp_review, RK, BCP_REVIEW, RkEntity)

G_END_DECLS
