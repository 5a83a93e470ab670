/* rk-issue-progress.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_ISSUE_PROGRESS (rk_issue_progress_get_type ())

G_DECLARE_FINAL_TYPE (RkIssueProgress, rk_issue_progress, RK, ISSUE_PROGRESS, RkEntity)

G_END_DECLS
