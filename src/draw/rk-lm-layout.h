/* rk-lm-layout.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "rk-logic-model-graph.h"

G_BEGIN_DECLS

/* The geometry of a logic-model diagram, worked out from the model alone
 * (and the fonts): boxes in one column per level, ordered to keep arrows
 * from crossing, their Japanese text wrapped to fit, and arrows routed
 * through the gaps between columns so that they never pass through a box.
 * Every length is in points; y grows downwards.
 */

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} RkLmRect;

typedef struct
{
  double x;
  double y;
} RkLmPoint;

typedef struct
{
  const char *font_family;
  double      font_size;
  double      box_width;     /* every column */
  double      column_gap;    /* the least room between columns for arrows */
  double      row_gap;       /* between boxes of a column */
  double      padding;       /* inside a box */
  double      margin;        /* around the diagram */
  guint       max_badges;    /* indicator lines shown in a box */
  guint       sweeps;        /* rounds of barycentre ordering */
  gboolean    keep_order;    /* keep the model's own order (for tests) */
} RkLmLayoutOptions;

typedef struct
{
  guint        node;         /* index into the graph's nodes */
  guint        column;       /* among the columns shown */
  guint        order;        /* from the top of its column */
  RkLmRect     rect;
  RkLmRect     text_rect;    /* the number and text, inside the box */
  char        *text;         /* the number, then the text, with its line breaks */
  gsize        bold_length;  /* of the number, in bytes */
  guint        n_lines;
  PangoLayout *text_layout;  /* made when first drawn: rk_lm_layout_ensure_text() */
  guint        n_badges;     /* indicator lines below the text */
  double       badge_top;
  double       badge_height; /* of one line */
  guint        n_more;       /* indicators not shown ("+2") */
  GPtrArray   *badge_layouts; /* PangoLayout: name, value, for each badge line,
                               * then the countermeasures' line; made when
                               * first drawn */
  guint        n_actions;    /* countermeasures of the issue register linked to
                              * the box, cancelled ones left out: a line below
                              * the indicators when there are any */
  guint        n_actions_done;
  double       actions_top;
} RkLmBox;

typedef struct
{
  guint   link;              /* index into the graph's links */
  guint   source;            /* node indexes */
  guint   target;
  GArray *points;            /* RkLmPoint: a path of horizontal and vertical runs */
} RkLmEdge;

typedef struct
{
  double       width;
  double       height;
  guint        n_columns;
  RkLmLevel    column_level[RK_LM_N_LEVELS];
  RkLmRect     column_rect[RK_LM_N_LEVELS];  /* the column band, heading included */
  double       heading_height;
  double       arrow_size;
  GArray      *boxes;        /* RkLmBox, one per node, in the graph's order */
  GArray      *edges;        /* RkLmEdge, one per link */
  guint        crossings;            /* of the order chosen */
  guint        initial_crossings;    /* of the model's own order */
  RkLmLayoutOptions options;
  PangoContext *context;
} RkLmLayout;

void            rk_lm_layout_options_init (RkLmLayoutOptions        *options);
PangoContext   *rk_lm_create_context      (void);
RkLmLayout     *rk_lm_layout_new          (const RkLogicModelGraph  *graph,
                                           PangoContext             *context,
                                           const RkLmLayoutOptions  *options);
void            rk_lm_layout_free         (RkLmLayout               *layout);
PangoLayout    *rk_lm_layout_ensure_text  (RkLmLayout               *layout,
                                           RkLmBox                  *box);
void            rk_lm_layout_ensure_badges (RkLmLayout              *layout,
                                           const RkLogicModelGraph  *graph,
                                           RkLmBox                  *box);
int             rk_lm_layout_hit          (const RkLmLayout         *layout,
                                           double                    x,
                                           double                    y);
int             rk_lm_layout_neighbour    (const RkLmLayout         *layout,
                                           const RkLogicModelGraph  *graph,
                                           int                       node,
                                           int                       dx,
                                           int                       dy);
guint           rk_lm_layout_count_crossings (const RkLmLayout      *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkLmLayout, rk_lm_layout_free)

G_END_DECLS
