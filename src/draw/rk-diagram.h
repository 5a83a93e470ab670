/* rk-diagram.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "rk-report.h"

G_BEGIN_DECLS

/* What the diagram renderers share: the file formats they write, the
 * image files themselves (PDF goes through RkReport), and a few colours
 * and text helpers.
 */

#define RK_DIAGRAM_ERROR (rk_diagram_error_quark ())

typedef enum
{
  RK_DIAGRAM_ERROR_FAILED,
  /* The file name does not end in .png, .pdf or .svg. */
  RK_DIAGRAM_ERROR_FORMAT,
} RkDiagramError;

typedef enum
{
  RK_DIAGRAM_PNG,
  RK_DIAGRAM_PDF,
  RK_DIAGRAM_SVG,
} RkDiagramFormat;

/* PNG pixels per point: 144 dpi, sharp on screens and in documents. */
#define RK_DIAGRAM_PNG_SCALE 2.0

GQuark        rk_diagram_error_quark    (void);
gboolean      rk_diagram_format_for_path (const char        *path,
                                          RkDiagramFormat   *format,
                                          GError           **error);
gboolean      rk_diagram_write_image    (const char        *path,
                                         RkDiagramFormat    format,
                                         const char        *title,
                                         double             width,
                                         double             height,
                                         RkReportDrawFunc   draw,
                                         gpointer           user_data,
                                         GError           **error);
PangoLayout  *rk_diagram_text           (PangoContext      *context,
                                         const char        *text,
                                         double             size,
                                         gboolean           bold,
                                         double             width);
double        rk_diagram_text_height    (PangoLayout       *layout);
double        rk_diagram_text_width     (PangoLayout       *layout);
void          rk_diagram_show           (cairo_t           *cr,
                                         PangoLayout       *layout,
                                         double             x,
                                         double             y);
void          rk_diagram_rounded_rect   (cairo_t           *cr,
                                         double             x,
                                         double             y,
                                         double             width,
                                         double             height,
                                         double             radius);
void          rk_diagram_arrow_head     (cairo_t           *cr,
                                         double             x,
                                         double             y,
                                         double             dx,
                                         double             dy,
                                         double             size);

G_END_DECLS
