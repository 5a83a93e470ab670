/* rk-trend-chart.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "rk-logic-model-graph.h"

G_BEGIN_DECLS

void rk_trend_chart_draw (cairo_t             *cr,
                          PangoContext        *context,
                          const RkLmIndicator *indicator,
                          double               width,
                          double               height);

G_END_DECLS
