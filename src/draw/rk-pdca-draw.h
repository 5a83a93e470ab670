/* rk-pdca-draw.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "rk-pdca-summary.h"
#include "rk-report.h"

G_BEGIN_DECLS

/* The PDCA diagram of one fiscal year of a logic model: the four stages
 * around the cycle (計画 → 実行 → 評価 → 改善), the current one highlighted,
 * each listing what belongs to it, and the yearly history below.
 */

void      rk_pdca_measure        (PangoContext         *context,
                                  const RkPdcaSummary  *summary,
                                  double               *width,
                                  double               *height);
void      rk_pdca_draw           (cairo_t              *cr,
                                  PangoContext         *context,
                                  const RkPdcaSummary  *summary,
                                  gboolean              print);
int       rk_pdca_hit_year       (PangoContext         *context,
                                  const RkPdcaSummary  *summary,
                                  double                x,
                                  double                y);
char     *rk_pdca_get_title      (const RkPdcaSummary  *summary);
RkReport *rk_pdca_create_report  (const RkPdcaSummary  *summary);
gboolean  rk_pdca_write          (const RkPdcaSummary  *summary,
                                  const char           *path,
                                  GError              **error);

G_END_DECLS
