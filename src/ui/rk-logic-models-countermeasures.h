/* rk-logic-models-countermeasures.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-logic-model-node.h"

G_BEGIN_DECLS

char      *_rk_lm_countermeasure_title    (RkEntity         *countermeasure);
char      *_rk_lm_countermeasure_subtitle (RkEntity         *countermeasure);
GtkWidget *_rk_lm_countermeasure_row      (RkLogicModelNode *node,
                                           RkEntity         *countermeasure,
                                           gboolean          with_jump);
void       rk_lm_countermeasure_chooser_run (GtkWidget        *parent,
                                             RkLogicModelNode *node);

G_END_DECLS
