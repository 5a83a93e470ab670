/* rk-submission-measure.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rk-submission-export-private.h"

/* The submission writer's measures (rk-submission-export.c): how wide a
 * column must be for its text, how many lines a cell takes, and how a
 * sheet's columns are fitted to the page. Excel fits neither widths nor
 * heights by itself, and LibreOffice fits heights only for unmerged cells.
 */

/*
 * Measuring
 */

static double
text_width (const char *text)
{
  return text != NULL && *text != '\0' ? rk_xlsx_text_width (text) : 0;
}

/* How many lines @text takes in a column @width wide. */
guint
_rk_submission_count_lines (const char *text,
                            double      width)
{
  g_auto(GStrv) lines = NULL;
  double per_line = MAX (1.0, width - 1.0);
  guint n = 0;

  if (text == NULL || *text == '\0')
    return 1;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      double w = MAX (0.0, text_width (lines[i]) - 2);
      n += MAX (1, (guint) ceil (w / per_line));
    }
  return MAX (n, 1);
}

char *
_rk_submission_value_text (const RkSubmissionValue *value,
                           RkSubmissionType         type)
{
  switch (value->kind)
    {
    case RK_SUBMISSION_VALUE_TEXT:
      return g_strdup (value->text);
    case RK_SUBMISSION_VALUE_DATE:
      return g_strdup ("2026/06/01");
    case RK_SUBMISSION_VALUE_NUMBER:
      if (type == RK_SUBMISSION_PERCENT)
        return g_strdup_printf ("%.1f%%", value->number * 100);
      if (type == RK_SUBMISSION_DECIMAL ||
          (type == RK_SUBMISSION_NUMBER && fabs (value->number - round (value->number)) >= 1e-9))
        return g_strdup_printf ("%.2f,", value->number);
      {
        /* As shown with #,##0: the digits and a comma per thousand. */
        g_autofree char *digits = g_strdup_printf ("%.0f", fabs (value->number));
        gsize len = strlen (digits);

        return g_strdup_printf ("%s%s%s", value->number < 0 ? "-" : "", digits,
                                &",,,,,,"[6 - MIN ((len - 1) / 3, 6)]);
      }
    case RK_SUBMISSION_VALUE_EMPTY:
    default:
      return NULL;
    }
}

const RkSubmissionField *
_rk_submission_column_field (RkTemplateBlock  *block,
                             RkTemplateColumn *column)
{
  return column->field >= 0 ? &block->kind->fields[column->field] : NULL;
}

gboolean
_rk_submission_column_is_input (RkTemplateBlock  *block,
                                RkTemplateColumn *column)
{
  const RkSubmissionField *field = _rk_submission_column_field (block, column);

  return field == NULL || field->choices != NULL;
}

static double
cap_for (const RkSubmissionField *field)
{
  return field == NULL || field->type == RK_SUBMISSION_TEXT ? MAX_TEXT_WIDTH : 255;
}

/*
 * Measuring a sheet before writing it
 */

void
_rk_submission_measure_table (RkSubmissionSheetState       *st,
                              RkTemplateBlock  *block,
                              RkSubmissionRows *rows)
{
  for (guint c = 0; c < block->columns->len; c++)
    {
      RkTemplateColumn *column = &g_array_index (block->columns, RkTemplateColumn, c);
      const RkSubmissionField *field = _rk_submission_column_field (block, column);
      double width = MIN (text_width (column->heading), MAX_HEADING_WIDTH);

      /* A short value's heading takes two lines rather than the room of one. */
      if (field != NULL && field->type != RK_SUBMISSION_TEXT && field->choices == NULL)
        width = MIN (width, MIN (ceil ((text_width (column->heading) - 2) / 2) + 3, MAX_NARROW_HEADING));

      for (guint r = 0; column->field >= 0 && r < rk_submission_rows_get_n_rows (rows); r++)
        {
          g_autofree char *text = _rk_submission_value_text (rk_submission_rows_get (rows, r, column->field),
                                                             field->type);
          width = MAX (width, MIN (text_width (text), cap_for (field)));
        }
      for (guint i = 0; column->choices != NULL && column->choices[i] != NULL; i++)
        width = MAX (width, text_width (column->choices[i]) + 2);
      if (field != NULL && field->choices != NULL)
        for (guint i = 0; field->choices[i] != NULL; i++)
          width = MAX (width, text_width (_(field->choices[i])) + 2);

      st->widths[c] = MAX (st->widths[c], width);
      if (field == NULL ? column->choices == NULL : field->type == RK_SUBMISSION_TEXT)
        st->shrinkable[c] = TRUE;
    }
}

void
_rk_submission_measure_form (RkSubmissionSheetState       *st,
                             RkTemplateBlock  *block,
                             RkSubmissionRows *rows)
{
  for (guint c = 0; c < block->columns->len; c++)
    {
      RkTemplateColumn *column = &g_array_index (block->columns, RkTemplateColumn, c);

      st->widths[0] = MAX (st->widths[0], MIN (text_width (column->heading), MAX_LABEL_WIDTH));

      /* Values span the other columns, which are widened for them once
       * every table has been measured (fit_widths()).
       */
      if (column->field >= 0 && rk_submission_rows_get_n_rows (rows) > 0)
        {
          g_autofree char *text = _rk_submission_value_text (rk_submission_rows_get (rows, 0, column->field),
                                                             block->kind->fields[column->field].type);
          g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

          for (guint i = 0; lines[i] != NULL; i++)
            st->form_width = MAX (st->form_width, MIN (text_width (lines[i]), MAX_FORM_WIDTH));
        }
    }
}

double
_rk_submission_span_width (RkSubmissionSheetState *st,
                           guint       first,
                           guint       last)
{
  double width = 0;

  for (guint c = first; c <= last; c++)
    width += st->widths[c];
  return width;
}

double
_rk_submission_total_width (RkSubmissionSheetState *st)
{
  return _rk_submission_span_width (st, 0, st->n_cols - 1);
}

/* Makes the columns fit @target: forms' values get room up to it, and if
 * the tables are wider, their text columns are narrowed, widest first
 * (water-filling: one cap for all of them), never below MIN_TEXT_WIDTH.
 */
void
_rk_submission_fit_widths (RkSubmissionSheetState *st,
                           double      target)
{
  double low = MIN_TEXT_WIDTH;
  double high = 0;
  double fixed = 0;

  if (st->form_width > 0 && st->n_cols > 1)
    {
      double span = _rk_submission_span_width (st, 1, st->n_cols - 1);
      double want = MIN (st->form_width, target - st->widths[0]);

      for (guint c = 1; want > span && c < st->n_cols; c++)
        st->widths[c] *= want / span;
    }

  if (_rk_submission_total_width (st) <= target)
    return;

  for (guint c = 0; c < st->n_cols; c++)
    {
      if (st->shrinkable[c])
        high = MAX (high, st->widths[c]);
      else
        fixed += st->widths[c];
    }

  /* The cap that makes the text columns fill what the others leave. */
  for (guint i = 0; i < 30 && high - low > 0.25; i++)
    {
      double cap = (low + high) / 2;
      double sum = fixed;

      for (guint c = 0; c < st->n_cols; c++)
        if (st->shrinkable[c])
          sum += MIN (st->widths[c], cap);
      if (sum > target)
        high = cap;
      else
        low = cap;
    }

  for (guint c = 0; c < st->n_cols; c++)
    if (st->shrinkable[c])
      st->widths[c] = MIN (st->widths[c], MAX (low, MIN_TEXT_WIDTH));
}
