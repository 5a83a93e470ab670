/* rk-submission.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"

G_BEGIN_DECLS

/* The data behind the prefectural submission workbook (県提出用 Excel):
 * a registry of sheet kinds. Each kind names its fields (the columns, or
 * the lines of a form) and fills rows of values for a fiscal year from the
 * workspace. A template file (src/io/rk-submission-template.h) picks kinds
 * and fields, names and orders them; the writer (rk-submission-export.h)
 * lays them out. An area adds a sheet by registering a kind: see
 * rk_submission_register_kind() and docs/ARCHITECTURE.md.
 */

typedef enum
{
  RK_SUBMISSION_TEXT,      /* text, wrapped in its cell */
  RK_SUBMISSION_CODE,      /* short text kept as written (codes, 令和8年度) */
  RK_SUBMISSION_INTEGER,   /* a whole number: #,##0 */
  RK_SUBMISSION_DECIMAL,   /* #,##0.00 */
  RK_SUBMISSION_PERCENT,   /* a fraction, shown as 0.0% */
  RK_SUBMISSION_DATE,      /* an ISO date "YYYY-MM-DD", written as a date */
  RK_SUBMISSION_NUMBER,    /* #,##0 when whole, else #,##0.00: values as measured */
} RkSubmissionType;

typedef enum
{
  /* One row per record, the fields as columns under a heading row. */
  RK_SUBMISSION_LAYOUT_TABLE,
  /* One record, each field a line: heading on the left, value beside it. */
  RK_SUBMISSION_LAYOUT_FORM,
  /* Laid out by a writer of its own in src/io (rk-submission-export-
   * private.h), for a layout no table can hold, such as MHLW's logic
   * model grid with its merged cells. Each row names one record by
   * rk_submission_rows_set_record(); the fields are the writer's columns,
   * which a template picks, orders and renames as for a table.
   */
  RK_SUBMISSION_LAYOUT_CUSTOM,
} RkSubmissionLayout;

/**
 * RkSubmissionField:
 * @id: what a template writes, e.g. "held_on": ASCII letters, digits, "_"
 *   and "."; stable once released
 * @heading: the default heading, marked with N_()
 * @type: how values are written
 * @choices: (nullable) (array zero-terminated=1): marked with N_(); when
 *   set, the column is for the prefecture or the base to fill in by hand:
 *   its cells are input cells with a drop-down of these choices (a value
 *   the kind fills in is a suggestion the user may change)
 * @extra: left out when a template names the kind without listing fields
 */
typedef struct
{
  const char         *id;
  const char         *heading;
  RkSubmissionType    type;
  const char * const *choices;
  gboolean            extra;
} RkSubmissionField;

typedef struct _RkSubmissionRows RkSubmissionRows;

/**
 * RkSubmissionCollectFunc:
 * @db: the workspace (read only: a collector never writes)
 * @fiscal_year: the year reported, e.g. 2026 for 令和8年度 (April 2026 to
 *   March 2027)
 * @rows: where the rows go: rk_submission_rows_add(), then the setters
 * @user_data: the kind's @user_data
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
typedef gboolean (*RkSubmissionCollectFunc) (RkDatabase        *db,
                                             int                fiscal_year,
                                             RkSubmissionRows  *rows,
                                             gpointer           user_data,
                                             GError           **error);

/**
 * RkSubmissionKind:
 * @id: what a template's "@data = …" names, e.g. "activities"
 * @title: the kind's name for people, marked with N_()
 * @description: one sentence on what it holds, marked with N_()
 * @layout: table or form
 * @fields: (array length=n_fields): its fields
 * @n_fields: how many
 * @collect: fills the rows for a fiscal year
 * @user_data: for @collect
 */
typedef struct
{
  const char              *id;
  const char              *title;
  const char              *description;
  RkSubmissionLayout       layout;
  const RkSubmissionField *fields;
  guint                    n_fields;
  RkSubmissionCollectFunc  collect;
  gpointer                 user_data;
} RkSubmissionKind;

typedef enum
{
  RK_SUBMISSION_VALUE_EMPTY,
  RK_SUBMISSION_VALUE_TEXT,
  RK_SUBMISSION_VALUE_NUMBER,
  RK_SUBMISSION_VALUE_DATE,
} RkSubmissionValueKind;

typedef struct
{
  RkSubmissionValueKind  kind;
  char                  *text;     /* TEXT, and the ISO date of DATE */
  double                 number;   /* NUMBER */
} RkSubmissionValue;

void                     rk_submission_register_kind   (const RkSubmissionKind  *kind);
const RkSubmissionKind  *rk_submission_find_kind       (const char              *id);
GPtrArray               *rk_submission_list_kinds      (void);
int                      rk_submission_kind_find_field (const RkSubmissionKind  *kind,
                                                        const char              *field_id);
RkSubmissionRows        *rk_submission_collect         (const RkSubmissionKind  *kind,
                                                        RkDatabase              *db,
                                                        int                      fiscal_year,
                                                        GError                 **error);

RkSubmissionRows        *rk_submission_rows_new        (const RkSubmissionKind  *kind);
void                     rk_submission_rows_free       (RkSubmissionRows        *rows);
const RkSubmissionKind  *rk_submission_rows_get_kind   (RkSubmissionRows        *rows);
guint                    rk_submission_rows_get_n_rows (RkSubmissionRows        *rows);
guint                    rk_submission_rows_add        (RkSubmissionRows        *rows);
void                     rk_submission_rows_set_total  (RkSubmissionRows        *rows);
void                     rk_submission_rows_set_record (RkSubmissionRows        *rows,
                                                        gint64                   id);
gint64                   rk_submission_rows_get_record (RkSubmissionRows        *rows,
                                                        guint                    row);
gboolean                 rk_submission_rows_is_total   (RkSubmissionRows        *rows,
                                                        guint                    row);
void                     rk_submission_rows_set_text   (RkSubmissionRows        *rows,
                                                        const char              *field_id,
                                                        const char              *text);
void                     rk_submission_rows_take_text  (RkSubmissionRows        *rows,
                                                        const char              *field_id,
                                                        char                    *text);
void                     rk_submission_rows_set_number (RkSubmissionRows        *rows,
                                                        const char              *field_id,
                                                        double                   value);
void                     rk_submission_rows_set_date   (RkSubmissionRows        *rows,
                                                        const char              *field_id,
                                                        const char              *iso_date);
const RkSubmissionValue *rk_submission_rows_get        (RkSubmissionRows        *rows,
                                                        guint                    row,
                                                        guint                    field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkSubmissionRows, rk_submission_rows_free)

G_END_DECLS
