/* rk-logic-models-node-editor.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-logic-model-node.h"

G_BEGIN_DECLS

#define RK_TYPE_LM_NODE_EDITOR (rk_lm_node_editor_get_type ())

G_DECLARE_FINAL_TYPE (RkLmNodeEditor, rk_lm_node_editor, RK, LM_NODE_EDITOR, AdwBin)

GtkWidget        *rk_lm_node_editor_new        (RkLogicModelNode *node);
RkLogicModelNode *rk_lm_node_editor_get_node   (RkLmNodeEditor   *self);
void              rk_lm_node_editor_focus_text (RkLmNodeEditor   *self);

G_END_DECLS
