/* rk-resources-import-dialog.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resources-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-resource-import.h"
#include "rk-resources-import-dialog.h"
#include "rk-ui-utils.h"

/**
 * RkResourcesImportDialog:
 *
 * Imports open-data files into the directory, in three steps: the files
 * as recognised and the area to keep; the import, in a worker thread,
 * with a progress bar and Cancel while the window stays usable; and the
 * report — added, updated, unchanged, closed, skipped, and every finding
 * with its file and line — which can be saved as a text file.
 */
struct _RkResourcesImportDialog
{
  AdwWindow         parent_instance;

  RkDatabase       *db;
  GListModel       *files;
  RkResourceImport *import;
  GCancellable     *cancellable;
  gboolean          running;

  GtkWidget        *stack;
  GtkWidget        *area_check;
  GtkWidget        *everything_check;
  GtkWidget        *import_button;
  GtkWidget        *progress;
  GtkWidget        *progress_label;
  GtkWidget        *summary;
  GtkWidget        *report_view;
  GtkWidget        *error_label;
};

G_DEFINE_FINAL_TYPE (RkResourcesImportDialog, rk_resources_import_dialog, ADW_TYPE_WINDOW)

/* More findings than this are in the saved report only. */
#define MAX_SHOWN_NOTES 2000

static GtkWidget *
page_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  return box;
}

static GtkWidget *
wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static void
progress_cb (double      fraction,
             const char *what,
             gpointer    user_data)
{
  RkResourcesImportDialog *self = user_data;

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress), fraction);
  gtk_label_set_label (GTK_LABEL (self->progress_label), what);
}

static void
show_report (RkResourcesImportDialog *self)
{
  const RkImportReport *report = rk_resource_import_get_report (self->import);
  g_autofree char *text = rk_import_report_format (report, MAX_SHOWN_NOTES);
  g_autofree char *summary = NULL;

  /* Translators: the import's summary: added, updated, unchanged, marked
   * closed, skipped
   */
  summary = g_strdup_printf (_("Added %u, updated %u, unchanged %u, marked closed %u, skipped %u."),
                             report->added, report->updated, report->unchanged, report->closed,
                             report->skipped);
  gtk_label_set_label (GTK_LABEL (self->summary), summary);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->report_view)), text, -1);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "report");
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RkResourcesImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->running = FALSE;
  if (!rk_resource_import_run_finish (self->import, result, &error))
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_window_destroy (GTK_WINDOW (self));
          return;
        }

      /* Translators: the heading of a failed import; the error follows */
      text = g_strdup_printf ("%s\n\n%s", _("Nothing was imported; the workspace was not changed."),
                              error->message);
      gtk_label_set_label (GTK_LABEL (self->error_label), text);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "error");
      return;
    }

  show_report (self);
}

static void
import_clicked_cb (GtkButton               *button,
                   RkResourcesImportDialog *self)
{
  rk_resource_import_set_everything (self->import,
                                     gtk_check_button_get_active (GTK_CHECK_BUTTON (self->everything_check)));
  self->running = TRUE;
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "progress");
  rk_resource_import_run_async (self->import, self->db, self->cancellable, progress_cb, self,
                                import_done_cb, g_object_ref (self));
}

static void
cancel_clicked_cb (GtkButton               *button,
                   RkResourcesImportDialog *self)
{
  if (self->running)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
close_request_cb (RkResourcesImportDialog *self)
{
  /* Closing the window while importing cancels the import. */
  if (self->running)
    {
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }
  return FALSE;
}

static void
report_saved (GFile    *file,
              gpointer  user_data)
{
  RkResourcesImportDialog *self = user_data;
  g_autofree char *text = rk_import_report_format (rk_resource_import_get_report (self->import), 0);
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                NULL, &error))
    rk_ui_show_error (GTK_WIDGET (self), _("The report could not be saved"), error);
}

static void
save_clicked_cb (GtkButton               *button,
                 RkResourcesImportDialog *self)
{
  /* Translators: the suggested file name of the saved import report */
  rk_ui_choose_file (GTK_WIDGET (self), GTK_FILE_CHOOSER_ACTION_SAVE, _("Save the Import Report"),
                     _("_Save"), _("import-report.txt"), _("Text files"), "*.txt",
                     report_saved, self);
}

static void
close_clicked_cb (GtkButton               *button,
                  RkResourcesImportDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkWidget *
button_row (GtkWidget *first,
            GtkWidget *second)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  if (first != NULL)
    gtk_box_append (GTK_BOX (box), first);
  if (second != NULL)
    gtk_box_append (GTK_BOX (box), second);
  return box;
}

static GtkWidget *
build_files_page (RkResourcesImportDialog *self)
{
  GtkWidget *box = page_box ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_autofree char *area = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  gboolean all_known = TRUE;

  gtk_box_append (GTK_BOX (box), wrapped_label (_("The files, as recognised from their first line:")));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Files to import"), -1);
  for (guint i = 0; i < g_list_model_get_n_items (self->files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (self->files, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *base = g_file_get_basename (file);
      RkImportLayout layout = rk_resource_import_detect_layout (g_file_peek_path (file), &error);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), base);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   layout != RK_IMPORT_LAYOUT_UNKNOWN
                                   ? rk_import_layout_get_label (layout) : error->message);
      if (layout == RK_IMPORT_LAYOUT_UNKNOWN)
        {
          gtk_widget_add_css_class (row, "error");
          all_known = FALSE;
        }
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      rk_resource_import_add_file (self->import, g_file_peek_path (file));
    }
  gtk_box_append (GTK_BOX (box), list);

  if (sqlite3_prepare_v2 (rk_database_get_handle (self->db),
                          "SELECT name FROM municipality ORDER BY position, id", -1, &stmt,
                          NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_string_append_printf (names, "%s%s", names->len > 0 ? C_("list separator", ", ") : "",
                              (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  if (names->len > 0)
    /* Translators: %s lists the workspace's municipalities */
    area = g_strdup_printf (_("Only the records of the area (%s)"), names->str);
  else
    area = g_strdup (_("Only the records of the area (the workspace has no municipalities yet: "
                       "everything)"));
  self->area_check = gtk_check_button_new_with_label (area);
  self->everything_check = gtk_check_button_new_with_label (_("Every record of the files (for a "
                                                              "prefecture)"));
  gtk_check_button_set_group (GTK_CHECK_BUTTON (self->everything_check),
                              GTK_CHECK_BUTTON (self->area_check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->area_check), TRUE);
  gtk_box_append (GTK_BOX (box), self->area_check);
  gtk_box_append (GTK_BOX (box), self->everything_check);

  gtk_box_append (GTK_BOX (box),
                  wrapped_label (_("Records already in the directory are updated, except what was "
                                   "changed or confirmed here; records gone from the data are "
                                   "marked closed, not deleted. The import cannot be undone.")));

  self->import_button = gtk_button_new_with_mnemonic (C_("open data", "_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  gtk_widget_set_sensitive (self->import_button, all_known);
  g_signal_connect (self->import_button, "clicked", G_CALLBACK (import_clicked_cb), self);
  g_signal_connect (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), button_row (cancel, self->import_button));

  return box;
}

static GtkWidget *
build_progress_page (RkResourcesImportDialog *self)
{
  GtkWidget *box = page_box ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  self->progress_label = wrapped_label (_("Reading…"));
  self->progress = gtk_progress_bar_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Import progress"), -1);
  g_signal_connect (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), self->progress_label);
  gtk_box_append (GTK_BOX (box), self->progress);
  gtk_box_append (GTK_BOX (box), button_row (cancel, NULL));
  return box;
}

static GtkWidget *
build_report_page (RkResourcesImportDialog *self)
{
  GtkWidget *box = page_box ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save Report…"));
  GtkWidget *close = gtk_button_new_with_mnemonic (_("_Close"));

  self->summary = wrapped_label ("");
  gtk_widget_add_css_class (self->summary, "title-4");
  self->report_view = gtk_text_view_new ();
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->report_view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->report_view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->report_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (self->report_view), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->report_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->report_view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->report_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->report_view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->report_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Import report"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->report_view);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_add_css_class (scroller, "card");

  g_signal_connect (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  g_signal_connect (close, "clicked", G_CALLBACK (close_clicked_cb), self);
  gtk_widget_add_css_class (close, "suggested-action");
  gtk_box_append (GTK_BOX (box), self->summary);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), button_row (save, close));
  return box;
}

static GtkWidget *
build_error_page (RkResourcesImportDialog *self)
{
  GtkWidget *box = page_box ();
  GtkWidget *close = gtk_button_new_with_mnemonic (_("_Close"));

  self->error_label = wrapped_label ("");
  /* The error names a file and a line: one may want to copy it. */
  gtk_label_set_selectable (GTK_LABEL (self->error_label), TRUE);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_vexpand (self->error_label, TRUE);
  gtk_widget_set_valign (self->error_label, GTK_ALIGN_START);
  g_signal_connect (close, "clicked", G_CALLBACK (close_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), self->error_label);
  gtk_box_append (GTK_BOX (box), button_row (close, NULL));
  return box;
}

static void
rk_resources_import_dialog_dispose (GObject *object)
{
  RkResourcesImportDialog *self = (RkResourcesImportDialog *)object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->files);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (rk_resources_import_dialog_parent_class)->dispose (object);
}

static void
rk_resources_import_dialog_finalize (GObject *object)
{
  RkResourcesImportDialog *self = (RkResourcesImportDialog *)object;

  g_clear_pointer (&self->import, rk_resource_import_free);

  G_OBJECT_CLASS (rk_resources_import_dialog_parent_class)->finalize (object);
}

static void
rk_resources_import_dialog_class_init (RkResourcesImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_resources_import_dialog_dispose;
  object_class->finalize = rk_resources_import_dialog_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rk_resources_import_dialog_init (RkResourcesImportDialog *self)
{
  self->import = rk_resource_import_new ();
  self->cancellable = g_cancellable_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Import Open Data"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 520);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

/**
 * rk_resources_import_dialog_new:
 * @files: (element-type GFile): the chosen files
 *
 * Returns: (transfer none): the dialog, to present
 */
RkResourcesImportDialog *
rk_resources_import_dialog_new (GtkWindow  *parent,
                                RkDatabase *db,
                                GListModel *files)
{
  RkResourcesImportDialog *self = g_object_new (RK_TYPE_RESOURCES_IMPORT_DIALOG,
                                                "transient-for", parent, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  self->db = g_object_ref (db);
  self->files = g_object_ref (files);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Import Open Data"), NULL));
  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), build_files_page (self), "files");
  gtk_stack_add_named (GTK_STACK (self->stack), build_progress_page (self), "progress");
  gtk_stack_add_named (GTK_STACK (self->stack), build_report_page (self), "report");
  gtk_stack_add_named (GTK_STACK (self->stack), build_error_page (self), "error");
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "files");

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->stack);
  adw_window_set_content (ADW_WINDOW (self), box);

  return self;
}
