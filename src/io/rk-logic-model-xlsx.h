/* rk-logic-model-xlsx.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-logic-model-graph.h"

G_BEGIN_DECLS

gboolean rk_logic_model_write_xlsx (const RkLogicModelGraph  *graph,
                                    const char               *path,
                                    GError                  **error);

G_END_DECLS
