/* rk-logic-model-node.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-logic-model.h"

G_BEGIN_DECLS

#define RK_TYPE_LOGIC_MODEL_NODE (rk_logic_model_node_get_type ())

G_DECLARE_FINAL_TYPE (RkLogicModelNode, rk_logic_model_node, RK, LOGIC_MODEL_NODE, RkEntity)

RkLmLevel         rk_logic_model_node_get_level   (RkLogicModelNode  *self);
gint64            rk_logic_model_node_get_model_id (RkLogicModelNode *self);
gboolean          rk_logic_model_node_is_linked   (RkLogicModelNode  *source,
                                                   RkLogicModelNode  *target);
gboolean          rk_logic_model_node_set_linked  (RkLogicModelNode  *source,
                                                   RkLogicModelNode  *target,
                                                   gboolean           linked,
                                                   const char        *undo_label,
                                                   GError           **error);
gboolean          rk_logic_model_node_add_indicator (RkLogicModelNode *self,
                                                   gint64             indicator_id,
                                                   const char        *undo_label,
                                                   GError           **error);
gboolean          rk_logic_model_node_remove_indicator (RkLogicModelNode *self,
                                                   gint64             indicator_id,
                                                   const char        *undo_label,
                                                   GError           **error);
GArray           *rk_logic_model_node_list_indicators (RkLogicModelNode *self,
                                                   GError           **error);
gboolean          rk_logic_model_node_has_countermeasure (RkLogicModelNode *self,
                                                   gint64             countermeasure_id);
gboolean          rk_logic_model_node_set_countermeasure (RkLogicModelNode *self,
                                                   gint64             countermeasure_id,
                                                   gboolean           linked,
                                                   const char        *undo_label,
                                                   GError           **error);
GArray           *rk_logic_model_node_list_countermeasures (RkLogicModelNode *self,
                                                   GError           **error);

G_END_DECLS
