/* rk-bcp-export-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-bcp-export.h"
#include "rk-xlsx.h"

G_BEGIN_DECLS

/* Every sheet: a title, a note, the headings, then the data. */
#define FIRST_ROW 3

typedef struct
{
  RkDatabase  *db;
  RkXlsxBook  *book;
  const char  *today;
  const char  *base_name;
  const char  *printed;
} Export;

RkXlsxSheet *_rk_bcp_export_begin_sheet  (Export              *ex,
                                          const char          *name,
                                          const char          *title,
                                          const char          *note,
                                          const char * const  *headings,
                                          GError             **error);
gboolean     _rk_bcp_export_finish_sheet (Export              *ex,
                                          RkXlsxSheet         *sheet,
                                          const char          *title,
                                          gboolean             landscape,
                                          gboolean             personal,
                                          GError             **error);

/* rk-bcp-export-register.c */
gboolean     _rk_bcp_export_register     (Export              *ex,
                                          GError             **error);

G_END_DECLS
