/* rk-report.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

#define RK_REPORT_ERROR (rk_report_error_quark ())

typedef enum
{
  RK_REPORT_ERROR_FAILED,
  /* The output file could not be written. */
  RK_REPORT_ERROR_WRITE,
} RkReportError;

typedef enum
{
  RK_PAPER_A4,
  RK_PAPER_A3,
} RkPaper;

typedef enum
{
  RK_ORIENTATION_PORTRAIT,
  RK_ORIENTATION_LANDSCAPE,
} RkOrientation;

typedef enum
{
  RK_REPORT_ALIGN_START,
  RK_REPORT_ALIGN_CENTER,
  RK_REPORT_ALIGN_END,
} RkReportAlign;

/* Points per millimetre. */
#define RK_REPORT_PT_PER_MM (72.0 / 25.4)

#define RK_REPORT_DEFAULT_FONT "Noto Sans CJK JP, Sans"
#define RK_REPORT_DEFAULT_FONT_SIZE 10.5

/**
 * RkReportDrawFunc:
 * @cr: where to draw, with the drawing's own units: (0, 0) to
 *   (@width, @height), already scaled to fit the page
 * @width: the width the drawing was added with
 * @height: the height it was added with
 *
 * Draws a figure (a diagram, a chart) placed in a report.
 */
typedef void (*RkReportDrawFunc) (cairo_t  *cr,
                                  double    width,
                                  double    height,
                                  gpointer  user_data);

#define RK_TYPE_REPORT (rk_report_get_type ())

G_DECLARE_FINAL_TYPE (RkReport, rk_report, RK, REPORT, GObject)

GQuark          rk_report_error_quark      (void);

RkReport       *rk_report_new              (const char           *title);
const char     *rk_report_get_title        (RkReport             *self);

void            rk_report_set_paper        (RkReport             *self,
                                            RkPaper               paper,
                                            RkOrientation         orientation);
void            rk_report_get_paper_size   (RkReport             *self,
                                            double               *width_pt,
                                            double               *height_pt);
void            rk_report_set_margins      (RkReport             *self,
                                            double                top_mm,
                                            double                right_mm,
                                            double                bottom_mm,
                                            double                left_mm);
void            rk_report_set_font         (RkReport             *self,
                                            const char           *family,
                                            double                size_pt);
void            rk_report_set_header       (RkReport             *self,
                                            const char           *left,
                                            const char           *center,
                                            const char           *right);
void            rk_report_set_footer_text  (RkReport             *self,
                                            const char           *text);
void            rk_report_set_marking      (RkReport             *self,
                                            const char           *marking);

void            rk_report_add_heading      (RkReport             *self,
                                            guint                 level,
                                            const char           *text);
void            rk_report_add_paragraph    (RkReport             *self,
                                            const char           *text);
void            rk_report_add_key_value    (RkReport             *self,
                                            const char           *label,
                                            const char           *value);
void            rk_report_add_key_values   (RkReport             *self,
                                            const char * const   *pairs);
void            rk_report_begin_table      (RkReport             *self,
                                            guint                 n_columns,
                                            const char * const   *titles,
                                            const double         *widths,
                                            const RkReportAlign  *aligns);
void            rk_report_add_row          (RkReport             *self,
                                            const char * const   *cells);
void            rk_report_add_group_row    (RkReport             *self,
                                            const char           *text);
void            rk_report_end_table        (RkReport             *self);
void            rk_report_add_notes_space  (RkReport             *self,
                                            guint                 lines);
void            rk_report_add_page_break   (RkReport             *self);
void            rk_report_add_drawing      (RkReport             *self,
                                            double                width_pt,
                                            double                height_pt,
                                            RkReportDrawFunc      draw,
                                            gpointer              user_data,
                                            GDestroyNotify        destroy);

guint           rk_report_paginate         (RkReport             *self,
                                            cairo_t              *measure_cr,
                                            double                page_width_pt,
                                            double                page_height_pt);
guint           rk_report_get_n_pages      (RkReport             *self);
void            rk_report_draw_page        (RkReport             *self,
                                            cairo_t              *cr,
                                            guint                 page);

gboolean        rk_report_write_pdf        (RkReport             *self,
                                            const char           *path,
                                            GError              **error);
gboolean        rk_report_write_png        (RkReport             *self,
                                            guint                 page,
                                            const char           *path,
                                            double                dpi,
                                            GError              **error);

G_END_DECLS
