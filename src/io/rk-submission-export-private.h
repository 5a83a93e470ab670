/* rk-submission-export-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-submission-export.h"
#include "rk-submission-template-private.h"
#include "rk-xlsx.h"

G_BEGIN_DECLS

/* The layout of the sheets (rk-submission-measure.c). */

/* In Excel's character units. */
#define MIN_WIDTH           6.0
#define MAX_TEXT_WIDTH     40.0
#define MAX_HEADING_WIDTH  14.0
/* Numbers, dates, codes and marks are short: their headings wrap on two
 * lines, at most four kanji a line, rather than widen the column (a
 * meetings sheet has a dozen of them side by side).
 */
#define MAX_NARROW_HEADING 10.0
#define MAX_LABEL_WIDTH    30.0
#define MAX_FORM_WIDTH     70.0
/* What fits across A4 at a readable scale (fit-to-width shrinks the rest):
 * wider sheets go landscape, and text columns of a sheet wider still are
 * narrowed (their text wraps) down to MIN_TEXT_WIDTH.
 */
#define PORTRAIT_WIDTH    100.0
#define LANDSCAPE_WIDTH   150.0
#define MIN_TEXT_WIDTH     14.0
/* Points per line of 11-point text, with LibreOffice's taller CJK lines. */
#define LINE_HEIGHT        16.0

typedef struct
{
  RkXlsxSheet *sheet;
  guint        n_cols;
  double      *widths;
  gboolean    *shrinkable;     /* text columns, which may wrap */
  double       form_width;     /* what a form's values would like */
  guint        row;            /* the next row to write */
  int          heading_row;    /* the first table's heading row, or -1 */
  gboolean     first_block_is_table;
} RkSubmissionSheetState;

guint                    _rk_submission_count_lines     (const char              *text,
                                                         double                   width);
char                    *_rk_submission_value_text      (const RkSubmissionValue *value,
                                                         RkSubmissionType         type);
const RkSubmissionField *_rk_submission_column_field    (RkTemplateBlock         *block,
                                                         RkTemplateColumn        *column);
gboolean                 _rk_submission_column_is_input (RkTemplateBlock         *block,
                                                         RkTemplateColumn        *column);
void                     _rk_submission_measure_table   (RkSubmissionSheetState  *st,
                                                         RkTemplateBlock         *block,
                                                         RkSubmissionRows        *rows);
void                     _rk_submission_measure_form    (RkSubmissionSheetState  *st,
                                                         RkTemplateBlock         *block,
                                                         RkSubmissionRows        *rows);
double                   _rk_submission_span_width      (RkSubmissionSheetState  *st,
                                                         guint                    first,
                                                         guint                    last);
double                   _rk_submission_total_width     (RkSubmissionSheetState  *st);
void                     _rk_submission_fit_widths      (RkSubmissionSheetState  *st,
                                                         double                   target);

/**
 * RkSubmissionCustomWriter:
 * @kind_id: the kind of %RK_SUBMISSION_LAYOUT_CUSTOM it lays out
 * @prepare: reads what the block needs (the block's rows name the
 *   records), before the sheet's columns are measured; returns its state
 * @get_n_columns: how many columns the block takes
 * @get_width: the width it wants for column @col, in Excel's character
 *   units; the writer never narrows these
 * @write: writes the block from row *@row (the sheet has @n_cols columns)
 *   and sets *@row to the row after it
 * @free: frees the state
 *
 * A writer of its own for a kind no table can hold (the template's
 * caption, the sheet's title and its page setup stay the submission
 * writer's). Listed in rk-submission-custom.c.
 */
typedef struct
{
  const char *kind_id;
  gpointer  (*prepare)       (RkDatabase         *db,
                              int                 fiscal_year,
                              RkTemplateBlock    *block,
                              RkSubmissionRows   *rows,
                              GError            **error);
  guint     (*get_n_columns) (gpointer            state);
  double    (*get_width)     (gpointer            state,
                              guint               col);
  gboolean  (*write)         (gpointer            state,
                              RkXlsxSheet        *sheet,
                              guint               n_cols,
                              guint              *row,
                              GError            **error);
  void      (*free)          (gpointer            state);
} RkSubmissionCustomWriter;

const RkSubmissionCustomWriter *_rk_submission_find_custom_writer (const char *kind_id);

/* rk-submission-logic-models-xlsx.c */
extern const RkSubmissionCustomWriter _rk_submission_logic_models_writer;

G_END_DECLS
