/* rk-print-operation.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rk-report.h"

G_BEGIN_DECLS

#define RK_TYPE_PRINT_OPERATION (rk_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (RkPrintOperation, rk_print_operation, RK, PRINT_OPERATION, GtkPrintOperation)

RkPrintOperation *rk_print_operation_new    (RkReport    *report);
void              rk_print_report           (GtkWidget   *widget,
                                             RkReport    *report);
gboolean          rk_print_report_to_pdf    (RkReport    *report,
                                             const char  *path,
                                             GError     **error);

G_END_DECLS
