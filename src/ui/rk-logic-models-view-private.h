/* rk-logic-models-view-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-logic-model.h"
#include "rk-logic-models-canvas.h"
#include "rk-logic-models-indicators.h"
#include "rk-logic-models-pdca.h"
#include "rk-logic-models-view.h"
#include "rk-query-model.h"

G_BEGIN_DECLS

struct _RkLogicModelsView
{
  AdwBin             parent_instance;

  RkDatabase        *db;
  RkQueryModel      *models;
  RkLogicModel      *model;        /* the one shown, or NULL */
  guint              reload_id;
  gboolean           selecting;

  /* Template widgets */
  GtkWidget         *toolbar;
  GtkWidget         *model_tools;
  GtkWidget         *zoom_button;
  GtkWidget         *sidebar;
  GtkListBox        *model_list;
  GtkStack          *content_stack;
  GtkStack          *diagram_stack;
  RkLmCanvas        *canvas;
  RkLmPdcaPage      *pdca_page;
  RkLmIndicatorsPage *indicators_page;
  AdwBin            *inspector;
};

/* rk-logic-models-actions.c */
void _rk_logic_models_view_class_actions_init (GtkWidgetClass    *widget_class);
void _rk_logic_models_view_update_actions     (RkLogicModelsView *self);
void _rk_logic_models_view_show_model         (RkLogicModelsView *self,
                                               RkLogicModel      *model);
void _rk_logic_models_view_show_inspector     (RkLogicModelsView *self);

G_END_DECLS
