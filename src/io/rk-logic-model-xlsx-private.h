/* rk-logic-model-xlsx-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-logic-model-xlsx.h"
#include "rk-xlsx.h"

G_BEGIN_DECLS

/* MHLW's logic model grid, for the logic model's own workbook and for the
 * submission workbook's ロジックモデル sheet.
 */

/* The columns of one level's block. */
typedef enum
{
  RK_LM_GRID_NUMBER,      /* # */
  RK_LM_GRID_TEXT,        /* the box: 個別施策, 中間アウトカム … */
  RK_LM_GRID_INDICATOR,   /* its indicators, one a row, ※ when not checked */
  RK_LM_GRID_SOURCE,      /* データソース */
  RK_LM_GRID_CURRENT,     /* 現状値: the latest actual value, else the baseline */
  RK_LM_GRID_TARGET,      /* 目標値: the latest target */
  RK_LM_GRID_N_COLUMNS
} RkLmGridColumn;

typedef struct
{
  /* The columns of each block, in order: n_columns of them. */
  guint           n_columns;
  RkLmGridColumn  columns[RK_LM_GRID_N_COLUMNS];
  /* Their headings, in the same order; NULL for MHLW's (the level's name
   * over its boxes, アウトプット指標 over the measures' indicators …).
   */
  const char     *headings[RK_LM_GRID_N_COLUMNS];
  /* Each column's width (indexed by RkLmGridColumn), which the row
   * heights are worked out for.
   */
  double          widths[RK_LM_GRID_N_COLUMNS];
  /* Set the heading row's height for headings that wrap in their width. */
  gboolean        fit_headings;
  /* The measures' block ends with one more column, actions_width wide:
   * the countermeasures (対応策) of the meetings' issue register that
   * carry each measure out, one a line with its number and status.
   */
  gboolean        measure_actions;
  double          actions_width;
} RkLmGridLayout;

void     _rk_logic_model_grid_layout_init_default (RkLmGridLayout           *layout);
guint    _rk_logic_model_grid_get_n_levels        (const RkLogicModelGraph  *graph);
gboolean _rk_logic_model_grid_write               (RkXlsxSheet              *sheet,
                                                   const RkLogicModelGraph  *graph,
                                                   const RkLmGridLayout     *layout,
                                                   guint                     first_row,
                                                   guint                    *next_row,
                                                   GError                  **error);

G_END_DECLS
