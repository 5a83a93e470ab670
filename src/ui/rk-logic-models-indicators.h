/* rk-logic-models-indicators.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_LM_INDICATORS_PAGE (rk_lm_indicators_page_get_type ())

G_DECLARE_FINAL_TYPE (RkLmIndicatorsPage, rk_lm_indicators_page, RK, LM_INDICATORS_PAGE, GtkBox)

void rk_lm_indicators_page_set_database (RkLmIndicatorsPage *self,
                                         RkDatabase         *db);

G_END_DECLS
