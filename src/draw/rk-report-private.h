/* rk-report-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>
#include <stdio.h>

#include "rk-report.h"

G_BEGIN_DECLS

/* The model is a list of blocks; rk_report_paginate() turns it into pages
 * of items, each placed at a y position with the slice of its content that
 * fits there; rk_report_draw_page() (rk-report-draw.c) draws the items of
 * one page. Every length is in points.
 */

typedef enum
{
  RK_BLOCK_HEADING,
  RK_BLOCK_PARAGRAPH,
  RK_BLOCK_KEY_VALUES,
  RK_BLOCK_TABLE,
  RK_BLOCK_NOTES,
  RK_BLOCK_PAGE_BREAK,
  RK_BLOCK_DRAWING,
} RkBlockKind;

typedef struct
{
  gboolean   group;
  char     **cells;      /* n_columns texts; a group row has one */
} RkReportRow;

typedef struct
{
  RkBlockKind     kind;
  guint           level;      /* headings: 1–3 */
  char           *text;       /* headings, paragraphs */
  guint           n_columns;  /* tables (2 for key–values) */
  char          **titles;
  double         *widths;     /* fractions of the body width, summing to 1 */
  RkReportAlign  *aligns;
  GPtrArray      *rows;       /* RkReportRow: tables, key–values */
  guint           lines;      /* notes: number of lines, 0 = rest of the page */
  double          width;      /* drawings: natural size, in points */
  double          height;
  RkReportDrawFunc draw;
  gpointer        draw_data;
  GDestroyNotify  draw_destroy;
} RkReportBlock;

typedef enum
{
  RK_ITEM_HEADING,
  RK_ITEM_PARAGRAPH,
  RK_ITEM_TABLE_HEAD,
  RK_ITEM_ROW,
  RK_ITEM_GROUP_ROW,
  RK_ITEM_KEY_VALUE,
  RK_ITEM_NOTES,
  RK_ITEM_DRAWING,
} RkItemKind;

typedef struct
{
  RkItemKind kind;
  guint      block;
  guint      row;          /* rows: index in the block's rows */
  double     y;            /* top, from the top of the page */
  double     height;
  /* The part of the content drawn here, in the content's own coordinates
   * (0 = its top): all of it unless it was split across pages.
   */
  double     slice_start;
  double     slice_end;
  guint      n_lines;      /* notes */
} RkReportItem;

typedef enum
{
  RK_TEXT_BODY,
  RK_TEXT_H1,
  RK_TEXT_H2,
  RK_TEXT_H3,
  RK_TEXT_TABLE,
  RK_TEXT_TABLE_HEAD,
  RK_TEXT_LABEL,
  RK_TEXT_FURNITURE,
  RK_TEXT_MARKING,
} RkTextStyle;

/* Inner padding of table cells, and the gap between label and value. */
#define RK_REPORT_CELL_PAD 3.0
#define RK_REPORT_LINE_WIDTH 0.5

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} RkReportRect;

struct _RkReport
{
  GObject        parent_instance;

  char          *title;
  RkPaper        paper;
  RkOrientation  orientation;
  double         margins[4];  /* top, right, bottom, left, in mm */
  char          *font_family;
  double         font_size;
  char          *header[3];
  char          *footer_text;
  char          *marking;

  GPtrArray     *blocks;      /* RkReportBlock */
  RkReportBlock *open_table;

  /* Set by rk_report_paginate(). */
  GPtrArray     *pages;       /* GArray of RkReportItem */
  double         page_width;
  double         page_height;
  RkReportRect   content;     /* inside the margins: header, body, footer */
  RkReportRect   body;
  double         header_height;
  double         footer_height;
  double         kv_label_width;
};

PangoContext *_rk_report_create_context  (RkReport      *self,
                                          cairo_t       *cr);
PangoLayout  *_rk_report_create_layout   (RkReport      *self,
                                          PangoContext  *context,
                                          const char    *text,
                                          RkTextStyle    style,
                                          double         width,
                                          RkReportAlign  align);
double        _rk_report_layout_height   (PangoLayout   *layout);
void          _rk_report_show_slice      (cairo_t       *cr,
                                          PangoLayout   *layout,
                                          double         x,
                                          double         y,
                                          double         slice_start,
                                          double         slice_end);
void          _rk_report_get_column_rect (RkReport      *self,
                                          RkReportBlock *block,
                                          guint          col,
                                          double        *x,
                                          double        *width);
double        _rk_report_notes_line_height (RkReport    *self);

/* Files written whole or not at all (rk-report-draw.c), for every
 * renderer's PNG, PDF and SVG output.
 */
cairo_status_t _rk_report_write_to_file  (void                *closure,
                                          const unsigned char *data,
                                          unsigned int         length);
FILE         *_rk_report_open_temp       (const char    *path,
                                          gboolean       private_file,
                                          char         **tmp_path,
                                          GError       **error);
gboolean      _rk_report_finish_file     (FILE          *f,
                                          char          *tmp_path,
                                          const char    *path,
                                          cairo_status_t status,
                                          GError       **error);

/* For tests: the items of @page, and the body rectangle. */
const RkReportItem *_rk_report_get_items (RkReport      *self,
                                          guint          page,
                                          guint         *n_items);
void          _rk_report_get_body        (RkReport      *self,
                                          RkReportRect  *body,
                                          RkReportRect  *content);

G_END_DECLS
