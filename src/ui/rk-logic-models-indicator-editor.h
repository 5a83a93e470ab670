/* rk-logic-models-indicator-editor.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-indicator.h"

G_BEGIN_DECLS

#define RK_TYPE_LM_INDICATOR_EDITOR (rk_lm_indicator_editor_get_type ())

G_DECLARE_FINAL_TYPE (RkLmIndicatorEditor, rk_lm_indicator_editor, RK, LM_INDICATOR_EDITOR, AdwBin)

GtkWidget   *rk_lm_indicator_editor_new           (RkIndicator         *indicator);
RkIndicator *rk_lm_indicator_editor_get_indicator (RkLmIndicatorEditor *self);

G_END_DECLS
