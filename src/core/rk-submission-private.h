/* rk-submission-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-submission.h"

G_BEGIN_DECLS

/* One registrar per area, each in its own rk-submission-<area>.c, run once
 * in the order of registrars[] in rk-submission.c. A registrar calls
 * rk_submission_register_kind() for its sheet kinds and
 * rk_work_items_add_rule() for what its records tell about the items
 * ア〜ク of the 在宅医療・介護連携推進事業.
 */
void _rk_submission_register_profile      (void);
void _rk_submission_register_meetings     (void);
void _rk_submission_register_activities   (void);
void _rk_submission_register_resources    (void);
void _rk_submission_register_logic_models (void);
void _rk_submission_register_disaster     (void);
void _rk_submission_register_work_items   (void);

/* Helpers for collectors. */
char *_rk_submission_format_count       (gint64       count);

G_END_DECLS
