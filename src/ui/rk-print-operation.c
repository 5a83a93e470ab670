/* rk-print-operation.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-print-operation.h"
#include "rk-ui-utils.h"

/**
 * RkPrintOperation:
 *
 * Prints an #RkReport: handouts, printed lists and plans. The report lays
 * itself out and draws on any cairo context (src/draw), so this is only
 * the adapter between it and GTK's print dialog, as Text Editor's
 * EditorPrintOperation is for its source views. The report keeps its own
 * margins, so the operation prints on the full page.
 */
struct _RkPrintOperation
{
  GtkPrintOperation  parent_instance;

  RkReport          *report;
};

G_DEFINE_FINAL_TYPE (RkPrintOperation, rk_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
rk_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  RkPrintOperation *self = RK_PRINT_OPERATION (operation);
  guint n_pages;

  /* The paper the user chose in the dialog, which may differ from the
   * report's own, decides the pages.
   */
  n_pages = rk_report_paginate (self->report,
                                gtk_print_context_get_cairo_context (context),
                                gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
rk_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  RkPrintOperation *self = RK_PRINT_OPERATION (operation);

  if ((guint) page_nr < rk_report_get_n_pages (self->report))
    rk_report_draw_page (self->report, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
rk_print_operation_finalize (GObject *object)
{
  RkPrintOperation *self = (RkPrintOperation *)object;

  g_clear_object (&self->report);

  G_OBJECT_CLASS (rk_print_operation_parent_class)->finalize (object);
}

static void
rk_print_operation_class_init (RkPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = rk_print_operation_finalize;
  operation_class->begin_print = rk_print_operation_begin_print;
  operation_class->draw_page = rk_print_operation_draw_page;
}

static void
rk_print_operation_init (RkPrintOperation *self)
{
}

/**
 * rk_print_operation_new:
 * @report: what to print
 *
 * Returns: (transfer full): an operation whose default page setup is the
 *   report's paper and orientation
 */
RkPrintOperation *
rk_print_operation_new (RkReport *report)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  RkPrintOperation *self;
  double width, height;

  g_return_val_if_fail (RK_IS_REPORT (report), NULL);

  self = g_object_new (RK_TYPE_PRINT_OPERATION, NULL);
  self->report = g_object_ref (report);

  rk_report_get_paper_size (report, &width, &height);
  paper = gtk_paper_size_new (width > 900 || height > 900 ? GTK_PAPER_NAME_A3 : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);

  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), rk_report_get_title (report));

  return self;
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWidget               *widget)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      rk_ui_show_error (widget, _("Could not print"), error);
    }
}

/**
 * rk_print_report:
 * @widget: a widget of the window the print dialog belongs to
 *
 * Shows the print dialog (with page setup and preview) for @report.
 */
void
rk_print_report (GtkWidget *widget,
                 RkReport  *report)
{
  g_autoptr(RkPrintOperation) operation = rk_print_operation_new (report);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkPrintOperationResult result;

  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), widget, 0);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    rk_ui_show_error (widget, _("Could not print"), error);
}

/**
 * rk_print_report_to_pdf:
 *
 * Prints @report to a PDF file through GTK's print machinery, without a
 * dialog: what "Print to File" does, and how the tests check the glue.
 */
gboolean
rk_print_report_to_pdf (RkReport    *report,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(RkPrintOperation) operation = rk_print_operation_new (report);
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
