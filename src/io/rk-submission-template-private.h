/* rk-submission-template-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-submission.h"
#include "rk-submission-template.h"

G_BEGIN_DECLS

/* A parsed template, as the writer (rk-submission-export.c) reads it. */

typedef enum
{
  RK_TEMPLATE_ORIENTATION_AUTO,
  RK_TEMPLATE_ORIENTATION_PORTRAIT,
  RK_TEMPLATE_ORIENTATION_LANDSCAPE,
} RkTemplateOrientation;

typedef struct
{
  int    field;      /* index into the kind's fields, or -1: an @input column */
  char  *heading;
  GStrv  choices;    /* an @input column's drop-down, or NULL */
} RkTemplateColumn;

typedef struct
{
  const RkSubmissionKind *kind;
  char                   *heading;   /* nullable; may hold placeholders */
  GArray                 *columns;   /* RkTemplateColumn */
} RkTemplateBlock;

typedef struct
{
  char                  *name;
  char                  *title;       /* may hold placeholders */
  RkTemplateOrientation  orientation;
  GPtrArray             *blocks;      /* RkTemplateBlock */
} RkTemplateSheet;

struct _RkSubmissionTemplate
{
  char      *display_name;
  GPtrArray *sheets;                  /* RkTemplateSheet */
};

/* What the placeholders of titles and headings stand for. */
typedef enum
{
  RK_TEMPLATE_VALUE_FISCAL_YEAR,          /* {年度}: 令和8年度 */
  RK_TEMPLATE_VALUE_FISCAL_YEAR_WESTERN,  /* {西暦年度}: 2026年度 */
  RK_TEMPLATE_VALUE_BASE,                 /* {拠点名} */
  RK_TEMPLATE_VALUE_PREFECTURE,           /* {都道府県} */
  RK_TEMPLATE_VALUE_AREA,                 /* {対象圏域} */
  RK_TEMPLATE_VALUE_DATE,                 /* {作成日} */
  RK_TEMPLATE_N_VALUES
} RkTemplateValue;

char *_rk_submission_template_expand (const char         *text,
                                      const char * const  values[RK_TEMPLATE_N_VALUES]);

G_END_DECLS
