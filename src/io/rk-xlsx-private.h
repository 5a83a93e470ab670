/* rk-xlsx-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-xlsx.h"

G_BEGIN_DECLS

typedef struct
{
  char  *name;
  GStrv  values;
} RkXlsxPendingList;

struct _RkXlsxBook
{
  lxw_workbook  *wb;
  char          *path;
  char          *tmp_path;
  char          *dir;
  char          *display_name;
  lxw_format    *formats[RK_XLSX_N_STYLES];
  GPtrArray     *sheets;          /* RkXlsxSheet, owned */
  GPtrArray     *pending_lists;   /* RkXlsxPendingList, see add_list_sheet() */
  guint          constant_memory : 1;
  /* A helper reported an error: the book is never published. */
  guint          failed : 1;
};

typedef struct
{
  double measured;   /* 0: nothing measured */
  double fixed;      /* 0: computed from measured */
} RkXlsxColumn;

struct _RkXlsxSheet
{
  RkXlsxBook    *book;
  lxw_worksheet *ws;
  char          *name;
  GArray        *columns;         /* RkXlsxColumn */
  double         max_width;
  int            last_row;        /* -1: nothing written */
  int            last_col;
  int            filter_row;      /* -1: no autofilter */
};

void      _rk_xlsx_sheet_free   (RkXlsxSheet  *sheet);
gboolean  _rk_xlsx_sheet_finish (RkXlsxSheet  *sheet,
                                 GError      **error);
gboolean  _rk_xlsx_sheet_check  (RkXlsxSheet  *sheet,
                                 lxw_error     err,
                                 guint         row,
                                 guint         col,
                                 GError      **error);

char     *_rk_xlsx_book_make_sheet_name   (RkXlsxBook   *book,
                                          const char   *wanted);
gboolean  _rk_xlsx_book_write_list_sheets (RkXlsxBook   *book,
                                          GError      **error);

/* For tests: the temporary file the book is written to. */
const char *_rk_xlsx_book_get_temp_path (RkXlsxBook *book);

G_END_DECLS
