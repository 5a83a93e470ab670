/* lm-generate.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-logic-model-graph.h"

G_BEGIN_DECLS

/* Generated logic models for the layout tests and the benchmark: @n_nodes
 * boxes spread over the four levels as real models are (most of them
 * measures), Japanese texts of varied length, links from each box to one
 * to three boxes of the next level and now and then two levels up, and an
 * indicator with values on most boxes. The same seed gives the same model.
 */
RkLogicModelGraph *lm_generate (guint    n_nodes,
                                guint32  seed,
                                gboolean with_final);

G_END_DECLS
