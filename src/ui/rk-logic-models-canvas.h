/* rk-logic-models-canvas.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rk-logic-model-graph.h"

G_BEGIN_DECLS

#define RK_TYPE_LM_CANVAS (rk_lm_canvas_get_type ())

G_DECLARE_FINAL_TYPE (RkLmCanvas, rk_lm_canvas, RK, LM_CANVAS, GtkWidget)

GtkWidget               *rk_lm_canvas_new          (void);
void                     rk_lm_canvas_set_graph    (RkLmCanvas         *self,
                                                    RkLogicModelGraph  *graph);
const RkLogicModelGraph *rk_lm_canvas_get_graph    (RkLmCanvas         *self);
gint64                   rk_lm_canvas_get_selected (RkLmCanvas         *self);
void                     rk_lm_canvas_select       (RkLmCanvas         *self,
                                                    gint64              node_id);
double                   rk_lm_canvas_get_zoom     (RkLmCanvas         *self);
void                     rk_lm_canvas_set_zoom     (RkLmCanvas         *self,
                                                    double              zoom);
void                     rk_lm_canvas_zoom_to_fit  (RkLmCanvas         *self);

G_END_DECLS
