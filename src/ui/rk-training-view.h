/* rk-training-view.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_TRAINING_VIEW (rk_training_view_get_type ())

G_DECLARE_FINAL_TYPE (RkTrainingView, rk_training_view, RK, TRAINING_VIEW, AdwBin)

RkDatabase *rk_training_view_get_database (RkTrainingView *self);
void        rk_training_view_set_database (RkTrainingView *self,
                                           RkDatabase     *db);

G_END_DECLS
