/* rk-submission-logic-models-xlsx.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rk-logic-model-graph.h"
#include "rk-logic-model-xlsx-private.h"
#include "rk-submission-export-private.h"
#include "rk-vocabulary.h"

/* The submission workbook's ロジックモデル sheet: each model of the year
 * (rk-submission-logic-models.c lists them) in MHLW's grid, drawn by the
 * logic models tab's own export code (_rk_logic_model_grid_write()), one
 * under the other, each under a caption. Values are what was known at
 * the year's end (rk_logic_model_graph_as_of()).
 *
 * The grid merges cells, which a book in constant-memory mode refuses:
 * the submission book is written in the default mode (rk-submission-
 * export.c), and a test reads the merged ranges back.
 */

/* Narrower than the model's own workbook (which prints on A3): four
 * blocks still print legibly across A4 landscape, text wrapping inside.
 */
static const double widths[RK_LM_GRID_N_COLUMNS] = { 4, 16, 14, 9, 7, 7 };

#define LINE_HEIGHT 16.0

typedef struct
{
  GPtrArray      *graphs;     /* RkLogicModelGraph, as of the year */
  RkLmGridLayout  layout;
  guint           n_levels;   /* the most level blocks of any model */
  char           *note;
} State;

static void
state_free (gpointer data)
{
  State *state = data;

  g_ptr_array_unref (state->graphs);
  g_free (state->note);
  g_free (state);
}

static gpointer
prepare (RkDatabase        *db,
         int                fiscal_year,
         RkTemplateBlock   *block,
         RkSubmissionRows  *rows,
         GError           **error)
{
  State *state = g_new0 (State, 1);
  g_autofree char *era = rk_fiscal_year_to_era_string (fiscal_year);

  state->graphs = g_ptr_array_new_with_free_func ((GDestroyNotify) rk_logic_model_graph_free);
  /* Translators: the note above the logic models of the submission
   * workbook; %s is the fiscal year, 令和8年度
   */
  state->note = g_strdup_printf (_("Current value: the latest actual value up to the end of %s (or, "
                                   "without one, the baseline). Target value: the latest target. "
                                   "※ An indicator example not yet checked against its source."), era);

  /* The template's columns, in its order; a heading it left as the field's
   * own gives way to MHLW's for each level (個別施策, アウトプット指標 …).
   */
  for (guint c = 0; c < block->columns->len; c++)
    {
      RkTemplateColumn *column = &g_array_index (block->columns, RkTemplateColumn, c);
      const RkSubmissionField *field;

      /* The template refuses @input columns for this kind. */
      g_return_val_if_fail (column->field >= 0 && column->field < RK_LM_GRID_N_COLUMNS,
                            (state_free (state), NULL));
      field = &block->kind->fields[column->field];
      state->layout.columns[state->layout.n_columns] = column->field;
      state->layout.headings[state->layout.n_columns] =
        g_strcmp0 (column->heading, _(field->heading)) == 0 ? NULL : column->heading;
      state->layout.n_columns++;
    }
  for (guint c = 0; c < RK_LM_GRID_N_COLUMNS; c++)
    state->layout.widths[c] = widths[c];
  /* Headings wrap in these narrow columns. */
  state->layout.fit_headings = TRUE;

  for (guint r = 0; r < rk_submission_rows_get_n_rows (rows); r++)
    {
      RkLogicModelGraph *graph = rk_logic_model_graph_load (db, rk_submission_rows_get_record (rows, r),
                                                            error);

      if (graph == NULL)
        {
          state_free (state);
          return NULL;
        }
      rk_logic_model_graph_as_of (graph, fiscal_year);
      state->n_levels = MAX (state->n_levels, _rk_logic_model_grid_get_n_levels (graph));
      g_ptr_array_add (state->graphs, graph);
    }

  return state;
}

static guint
get_n_columns (gpointer data)
{
  State *state = data;

  return MAX (state->n_levels, 1) * state->layout.n_columns;
}

static double
get_width (gpointer data,
           guint    col)
{
  State *state = data;

  return state->layout.widths[state->layout.columns[col % state->layout.n_columns]];
}

static gboolean
across (RkXlsxSheet  *sheet,
        guint         row,
        guint         n_cols,
        const char   *text,
        RkXlsxStyle   style,
        GError      **error)
{
  if (n_cols > 1)
    return rk_xlsx_sheet_merge (sheet, row, 0, row, n_cols - 1, text, style, error);
  return rk_xlsx_sheet_write_text (sheet, row, 0, text, style, error);
}

static gboolean
write_block (gpointer      data,
             RkXlsxSheet  *sheet,
             guint         n_cols,
             guint        *row,
             GError      **error)
{
  State *state = data;
  double width = 0;

  for (guint c = 0; c < get_n_columns (state); c++)
    width += get_width (state, c);

  if (state->graphs->len == 0)
    {
      gboolean ok = across (sheet, *row, get_n_columns (state), _("(None)"), RK_XLSX_STYLE_TEXT, error);
      (*row)++;
      return ok;
    }

  if (!across (sheet, *row, get_n_columns (state), state->note, RK_XLSX_STYLE_PLAIN, error))
    return FALSE;
  worksheet_set_row (rk_xlsx_sheet_get_worksheet (sheet), *row,
                     ceil ((rk_xlsx_text_width (state->note) - 2) / MAX (width - 2, 1)) * LINE_HEIGHT + 2,
                     NULL);
  (*row)++;

  for (guint i = 0; i < state->graphs->len; i++)
    {
      RkLogicModelGraph *graph = g_ptr_array_index (state->graphs, i);
      guint blocks = _rk_logic_model_grid_get_n_levels (graph) * state->layout.n_columns;
      g_autofree char *caption = g_strdup_printf (_("Logic model %d: %s (%s)"), graph->number,
                                                  graph->title, graph->area_name);

      (*row)++;
      if (!across (sheet, *row, blocks, caption, RK_XLSX_STYLE_GROUP, error))
        return FALSE;
      worksheet_set_row (rk_xlsx_sheet_get_worksheet (sheet), *row, 20, NULL);
      (*row)++;

      if (!_rk_logic_model_grid_write (sheet, graph, &state->layout, *row, row, error))
        return FALSE;
    }

  return TRUE;
}

const RkSubmissionCustomWriter _rk_submission_logic_models_writer = {
  "logic_models", prepare, get_n_columns, get_width, write_block, state_free,
};
