/* rk-lm-draw.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "rk-lm-layout.h"
#include "rk-report.h"

G_BEGIN_DECLS

typedef struct
{
  int             selected;    /* node shown as selected, or -1 */
  int             focused;     /* node with the keyboard focus ring, or -1 */
  const RkLmRect *clip;        /* (nullable): only what meets this needs drawing */
  gboolean        print;       /* paper: no selection, no focus */
} RkLmDrawOptions;

void      rk_lm_draw_options_init  (RkLmDrawOptions          *options);
void      rk_lm_draw               (cairo_t                  *cr,
                                    const RkLogicModelGraph  *graph,
                                    RkLmLayout               *layout,
                                    const RkLmDrawOptions    *options);
double    rk_lm_draw_legend        (cairo_t                  *cr,
                                    PangoContext             *context,
                                    double                    x,
                                    double                    y,
                                    double                    width,
                                    gboolean                  with_actions,
                                    gboolean                  draw);
char     *rk_lm_get_title          (const RkLogicModelGraph  *graph);
RkReport *rk_lm_create_report      (const RkLogicModelGraph  *graph);
gboolean  rk_lm_write              (const RkLogicModelGraph  *graph,
                                    const char               *path,
                                    GError                  **error);

G_END_DECLS
