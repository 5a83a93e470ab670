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
