/* rk-training-form.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-activity.h"

G_BEGIN_DECLS

#define RK_TYPE_TRAINING_FORM (rk_training_form_get_type ())

G_DECLARE_FINAL_TYPE (RkTrainingForm, rk_training_form, RK, TRAINING_FORM, AdwBin)

RkTrainingForm *rk_training_form_new          (RkActivity      *activity);
RkActivity     *rk_training_form_get_activity (RkTrainingForm  *self);
void            rk_training_form_focus_title  (RkTrainingForm  *self);

gboolean        rk_training_parse_date        (const char      *text,
                                               GValue          *value,
                                               char           **message);

G_END_DECLS
