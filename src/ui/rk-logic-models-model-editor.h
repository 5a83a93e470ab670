/* rk-logic-models-model-editor.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-logic-model.h"

G_BEGIN_DECLS

#define RK_TYPE_LM_MODEL_EDITOR (rk_lm_model_editor_get_type ())

G_DECLARE_FINAL_TYPE (RkLmModelEditor, rk_lm_model_editor, RK, LM_MODEL_EDITOR, AdwBin)

GtkWidget *rk_lm_model_editor_new (RkLogicModel *model);

G_END_DECLS
