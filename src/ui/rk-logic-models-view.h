/* rk-logic-models-view.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_LOGIC_MODELS_VIEW (rk_logic_models_view_get_type ())

G_DECLARE_FINAL_TYPE (RkLogicModelsView, rk_logic_models_view, RK, LOGIC_MODELS_VIEW, AdwBin)

RkDatabase *rk_logic_models_view_get_database (RkLogicModelsView *self);
void        rk_logic_models_view_set_database (RkLogicModelsView *self,
                                               RkDatabase      *db);
gboolean    rk_logic_models_view_show_box     (RkLogicModelsView *self,
                                               gint64             node_id);

G_END_DECLS
