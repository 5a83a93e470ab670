/* rk-submission.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rk-submission-private.h"

/* The registry of sheet kinds and the rows they fill. Kinds are static
 * tables registered once, by the registrars below, before the first
 * lookup; nothing is registered or looked up from another thread.
 */

/* In the order of the workbook's sheets (the --fields listing follows
 * it); rules of the same work item are listed in this order too.
 */
static void (* const registrars[]) (void) = {
  _rk_submission_register_profile,
  _rk_submission_register_meetings,
  _rk_submission_register_activities,
  _rk_submission_register_resources,
  _rk_submission_register_logic_models,
  _rk_submission_register_disaster,
  _rk_submission_register_work_items,
};

typedef struct
{
  RkSubmissionValue *cells;   /* n_fields of them */
  gboolean           total;
  gint64             record;  /* 0: none */
} Row;

struct _RkSubmissionRows
{
  const RkSubmissionKind *kind;
  GArray                 *rows;   /* Row */
};

static GPtrArray *kinds;          /* const RkSubmissionKind * */
static gboolean registering;

static void
ensure_registered (void)
{
  static gsize done;

  if (registering)
    return;

  if (g_once_init_enter (&done))
    {
      registering = TRUE;
      if (kinds == NULL)
        kinds = g_ptr_array_new ();
      for (guint i = 0; i < G_N_ELEMENTS (registrars); i++)
        registrars[i] ();
      registering = FALSE;
      g_once_init_leave (&done, 1);
    }
}

static gboolean
field_id_is_valid (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

static void
value_clear (RkSubmissionValue *value)
{
  g_clear_pointer (&value->text, g_free);
  value->kind = RK_SUBMISSION_VALUE_EMPTY;
  value->number = 0;
}

static void
row_clear (Row  *row,
           guint n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    value_clear (&row->cells[i]);
  g_free (row->cells);
}

/* The cell of @field_id in the last row added. */
static RkSubmissionValue *
current_cell (RkSubmissionRows *rows,
              const char       *field_id)
{
  int field;
  Row *row;

  g_return_val_if_fail (rows != NULL, NULL);
  g_return_val_if_fail (rows->rows->len > 0, NULL);

  field = rk_submission_kind_find_field (rows->kind, field_id);
  if (field < 0)
    {
      g_critical ("The sheet kind “%s” has no field “%s”", rows->kind->id, field_id);
      return NULL;
    }

  row = &g_array_index (rows->rows, Row, rows->rows->len - 1);
  value_clear (&row->cells[field]);
  return &row->cells[field];
}

/*
 * Helpers for collectors
 */

char *
_rk_submission_format_count (gint64 count)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, count < 0 ? -count : count);
  GString *s = g_string_new (count < 0 ? "-" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }

  return g_string_free (s, FALSE);
}

/*
 * The registry
 */

/**
 * rk_submission_register_kind:
 * @kind: (transfer none): a static description of the kind; it must live
 *   as long as the program
 *
 * Adds a sheet kind. Call it from the area's registrar
 * (_rk_submission_register_<area>, listed in registrars[] of
 * rk-submission.c). A kind whose id is taken, or with an invalid or
 * repeated field id, is a programming error.
 */
void
rk_submission_register_kind (const RkSubmissionKind *kind)
{
  g_return_if_fail (kind != NULL);
  g_return_if_fail (field_id_is_valid (kind->id));
  g_return_if_fail (kind->collect != NULL);
  g_return_if_fail (kind->n_fields > 0);

  ensure_registered ();

  for (guint i = 0; i < kinds->len; i++)
    {
      const RkSubmissionKind *other = g_ptr_array_index (kinds, i);
      g_return_if_fail (strcmp (other->id, kind->id) != 0);
    }
  for (guint i = 0; i < kind->n_fields; i++)
    {
      g_return_if_fail (field_id_is_valid (kind->fields[i].id));
      g_return_if_fail (kind->fields[i].heading != NULL);
      for (guint j = 0; j < i; j++)
        g_return_if_fail (strcmp (kind->fields[i].id, kind->fields[j].id) != 0);
    }

  g_ptr_array_add (kinds, (gpointer) kind);
}

/**
 * rk_submission_find_kind:
 *
 * Returns: (nullable): the kind registered as @id
 */
const RkSubmissionKind *
rk_submission_find_kind (const char *id)
{
  ensure_registered ();

  for (guint i = 0; id != NULL && i < kinds->len; i++)
    {
      const RkSubmissionKind *kind = g_ptr_array_index (kinds, i);

      if (strcmp (kind->id, id) == 0)
        return kind;
    }
  return NULL;
}

/**
 * rk_submission_list_kinds:
 *
 * Returns: (transfer container) (element-type RkSubmissionKind): every
 *   registered kind, in the order of registration
 */
GPtrArray *
rk_submission_list_kinds (void)
{
  GPtrArray *list = g_ptr_array_new ();

  ensure_registered ();

  for (guint i = 0; i < kinds->len; i++)
    g_ptr_array_add (list, g_ptr_array_index (kinds, i));
  return list;
}

/**
 * rk_submission_kind_find_field:
 *
 * Returns: the index of the field called @field_id, or -1
 */
int
rk_submission_kind_find_field (const RkSubmissionKind *kind,
                               const char             *field_id)
{
  g_return_val_if_fail (kind != NULL, -1);

  for (guint i = 0; field_id != NULL && i < kind->n_fields; i++)
    if (strcmp (kind->fields[i].id, field_id) == 0)
      return i;
  return -1;
}

/**
 * rk_submission_collect:
 * @kind: a registered kind
 * @db: the workspace
 * @fiscal_year: the year, e.g. 2026
 * @error: return location for an error
 *
 * Runs the kind's collector.
 *
 * Returns: (transfer full) (nullable): the rows
 */
RkSubmissionRows *
rk_submission_collect (const RkSubmissionKind  *kind,
                       RkDatabase              *db,
                       int                      fiscal_year,
                       GError                 **error)
{
  g_autoptr(RkSubmissionRows) rows = NULL;

  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);
  g_return_val_if_fail (fiscal_year >= 1000 && fiscal_year < 9999, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rows = rk_submission_rows_new (kind);
  if (!kind->collect (db, fiscal_year, rows, kind->user_data, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/*
 * Rows
 */

RkSubmissionRows *
rk_submission_rows_new (const RkSubmissionKind *kind)
{
  RkSubmissionRows *rows;

  g_return_val_if_fail (kind != NULL, NULL);

  rows = g_new0 (RkSubmissionRows, 1);
  rows->kind = kind;
  rows->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  return rows;
}

void
rk_submission_rows_free (RkSubmissionRows *rows)
{
  if (rows == NULL)
    return;

  for (guint i = 0; i < rows->rows->len; i++)
    row_clear (&g_array_index (rows->rows, Row, i), rows->kind->n_fields);
  g_array_unref (rows->rows);
  g_free (rows);
}

const RkSubmissionKind *
rk_submission_rows_get_kind (RkSubmissionRows *rows)
{
  g_return_val_if_fail (rows != NULL, NULL);
  return rows->kind;
}

guint
rk_submission_rows_get_n_rows (RkSubmissionRows *rows)
{
  g_return_val_if_fail (rows != NULL, 0);
  return rows->rows->len;
}

/**
 * rk_submission_rows_add:
 *
 * Starts a row with every field empty; the setters fill the last row
 * started. A form kind adds exactly one.
 *
 * Returns: the row's index
 */
guint
rk_submission_rows_add (RkSubmissionRows *rows)
{
  Row row = { 0 };

  g_return_val_if_fail (rows != NULL, 0);

  row.cells = g_new0 (RkSubmissionValue, rows->kind->n_fields);
  g_array_append_val (rows->rows, row);
  return rows->rows->len - 1;
}

/**
 * rk_submission_rows_set_total:
 *
 * Marks the last row as a total (合計) line, which a table shows in bold
 * and a reader of the workbook does not count as a record.
 */
void
rk_submission_rows_set_total (RkSubmissionRows *rows)
{
  g_return_if_fail (rows != NULL && rows->rows->len > 0);

  g_array_index (rows->rows, Row, rows->rows->len - 1).total = TRUE;
}

gboolean
rk_submission_rows_is_total (RkSubmissionRows *rows,
                             guint             row)
{
  g_return_val_if_fail (rows != NULL && row < rows->rows->len, FALSE);

  return g_array_index (rows->rows, Row, row).total;
}

/**
 * rk_submission_rows_set_record:
 * @id: the id of the record the last row stands for (a logic model's)
 *
 * For kinds of %RK_SUBMISSION_LAYOUT_CUSTOM: tells their writer which
 * record to lay out.
 */
void
rk_submission_rows_set_record (RkSubmissionRows *rows,
                               gint64            id)
{
  g_return_if_fail (rows != NULL && rows->rows->len > 0);

  g_array_index (rows->rows, Row, rows->rows->len - 1).record = id;
}

/**
 * rk_submission_rows_get_record:
 *
 * Returns: the id set by rk_submission_rows_set_record(), or 0
 */
gint64
rk_submission_rows_get_record (RkSubmissionRows *rows,
                               guint             row)
{
  g_return_val_if_fail (rows != NULL && row < rows->rows->len, 0);

  return g_array_index (rows->rows, Row, row).record;
}

/**
 * rk_submission_rows_set_text:
 * @text: (nullable): the text; %NULL or "" leaves the cell empty
 */
void
rk_submission_rows_set_text (RkSubmissionRows *rows,
                             const char       *field_id,
                             const char       *text)
{
  rk_submission_rows_take_text (rows, field_id, g_strdup (text));
}

/**
 * rk_submission_rows_take_text:
 * @text: (transfer full) (nullable): the text
 */
void
rk_submission_rows_take_text (RkSubmissionRows *rows,
                              const char       *field_id,
                              char             *text)
{
  RkSubmissionValue *cell = current_cell (rows, field_id);

  if (cell == NULL || text == NULL || *text == '\0')
    {
      g_free (text);
      return;
    }
  cell->kind = RK_SUBMISSION_VALUE_TEXT;
  cell->text = text;
}

/**
 * rk_submission_rows_set_number:
 * @value: the number; NaN leaves the cell empty (not known)
 */
void
rk_submission_rows_set_number (RkSubmissionRows *rows,
                               const char       *field_id,
                               double            value)
{
  RkSubmissionValue *cell = current_cell (rows, field_id);

  if (cell == NULL || isnan (value))
    return;
  cell->kind = RK_SUBMISSION_VALUE_NUMBER;
  cell->number = value;
}

/**
 * rk_submission_rows_set_date:
 * @iso_date: (nullable): "YYYY-MM-DD"; %NULL or "" leaves the cell empty
 */
void
rk_submission_rows_set_date (RkSubmissionRows *rows,
                             const char       *field_id,
                             const char       *iso_date)
{
  RkSubmissionValue *cell = current_cell (rows, field_id);

  if (cell == NULL || iso_date == NULL || *iso_date == '\0')
    return;
  cell->kind = RK_SUBMISSION_VALUE_DATE;
  cell->text = g_strdup (iso_date);
}

/**
 * rk_submission_rows_get:
 * @row: a row index
 * @field: a field index of the kind
 *
 * Returns: (transfer none): the value
 */
const RkSubmissionValue *
rk_submission_rows_get (RkSubmissionRows *rows,
                        guint             row,
                        guint             field)
{
  g_return_val_if_fail (rows != NULL, NULL);
  g_return_val_if_fail (row < rows->rows->len, NULL);
  g_return_val_if_fail (field < rows->kind->n_fields, NULL);

  return &g_array_index (rows->rows, Row, row).cells[field];
}
