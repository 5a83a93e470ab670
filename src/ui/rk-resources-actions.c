/* rk-resources-actions.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resources-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-print-operation.h"
#include "rk-resource-export.h"
#include "rk-resources-import-dialog.h"
#include "rk-resources-private.h"
#include "rk-ui-utils.h"

/* The tab's commands, each an action with its shortcut: add, delete,
 * import the open data, export to Excel, print, search.
 */

RkOrganization *
_rk_resources_view_get_selected (RkResourcesView *self)
{
  gpointer item;

  if (self->selection == NULL)
    return NULL;
  item = gtk_single_selection_get_selected_item (self->selection);
  return item != NULL ? g_object_ref (item) : NULL;
}

/**
 * _rk_resources_view_select_id:
 *
 * Selects a resource of the list and shows it (from the map, or after
 * adding one).
 */
void
_rk_resources_view_select_id (RkResourcesView *self,
                              gint64           id)
{
  guint position;

  if (self->model == NULL || !rk_query_model_find (self->model, id, &position))
    return;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u",
                              position);
}

void
_rk_resources_view_update_actions (RkResourcesView *self)
{
  gboolean open = self->db != NULL;
  gboolean writable = open && !rk_database_get_read_only (self->db);
  gboolean selected = self->selection != NULL &&
                      gtk_single_selection_get_selected_item (self->selection) != NULL;
  gboolean any = self->model != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resources.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resources.delete", writable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resources.import", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resources.export", open && any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resources.print", open && any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resources.search", open);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RkResourcesView *self = RK_RESOURCES_VIEW (widget);
  g_autoptr(RkOrganization) resource = NULL;
  g_autoptr(GError) error = NULL;

  /* Shown even if a filter would hide it: clear the search first. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  resource = rk_directory_create (self->db, "other", _("New resource"), _("Add Resource"), &error);
  if (resource == NULL)
    {
      rk_ui_show_error (widget, _("The resource could not be added"), error);
      return;
    }

  /* No toast: the new resource in the pane, its name ready to be typed,
   * says it; Ctrl+Z takes it back. */
  _rk_resources_view_select_id (self, rk_entity_get_id (RK_ENTITY (resource)));
  rk_resources_detail_focus (self->detail);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RkResourcesView *self = RK_RESOURCES_VIEW (widget);
  g_autoptr(RkOrganization) resource = _rk_resources_view_get_selected (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (resource == NULL)
    return;

  name = g_strdup (rk_entity_get_string (RK_ENTITY (resource), "name"));
  g_strdelimit (name, "\r\n", ' ');
  if (!rk_entity_delete (RK_ENTITY (resource), _("Delete Resource"), &error))
    {
      /* Another tab may still refer to it (a meeting's participant). */
      rk_ui_show_error (widget, _("The resource could not be deleted"), error);
      return;
    }

  /* Translators: %s is the resource's name; the toast has Undo */
  title = g_strdup_printf (_("“%s” deleted"), name);
  rk_ui_show_undo_toast (widget, title);
}

static void
import_files_chosen (GListModel *files,
                     gpointer    user_data)
{
  RkResourcesView *self = user_data;
  RkResourcesImportDialog *dialog;

  if (self->db == NULL || g_list_model_get_n_items (files) == 0)
    return;

  dialog = rk_resources_import_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                           self->db, files);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_response_cb (GtkNativeDialog *native,
                    int              response,
                    RkResourcesView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      import_files_chosen (files, self);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  /* Several files at once: a facility file with its hours file. */
  native = gtk_file_chooser_native_new (_("Import Open Data"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, C_("open data", "_Import"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  gtk_file_filter_set_name (filter, _("CSV files of the open data"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  g_signal_connect (native, "response", G_CALLBACK (import_response_cb), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
export_chosen (GFile    *file,
               gpointer  user_data)
{
  RkResourcesView *self = user_data;
  g_autofree char *path = rk_ui_ensure_extension (g_file_peek_path (file), ".xlsx");
  g_auto(RkResourceFilter) filter;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint64 n = 0;

  if (self->db == NULL)
    return;

  _rk_resources_view_full_filter (self, &filter);
  if (!rk_resource_export_xlsx (self->db, &filter, path, NULL, &n, &error))
    {
      rk_ui_show_error (GTK_WIDGET (self), _("The list could not be exported"), error);
      return;
    }

  /* Translators: a toast after the export */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u resource exported",
                                          "%u resources exported", (gulong) n), (guint) n);
  rk_ui_show_toast (GTK_WIDGET (self), message);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  /* Translators: the suggested file name of the exported list */
  rk_ui_choose_file (widget, GTK_FILE_CHOOSER_ACTION_SAVE, _("Export the List to Excel"),
                     _("_Export"), _("resources.xlsx"), _("Excel workbooks"), "*.xlsx",
                     export_chosen, widget);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RkResourcesView *self = RK_RESOURCES_VIEW (widget);
  g_auto(RkResourceFilter) filter;
  g_autoptr(RkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = _rk_resources_view_describe_filter (self);

  _rk_resources_view_full_filter (self, &filter);
  report = rk_resource_report_new (self->db, &filter, subtitle, &error);
  if (report == NULL)
    {
      rk_ui_show_error (widget, _("The list could not be printed"), error);
      return;
    }
  rk_print_report (widget, report);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RkResourcesView *self = RK_RESOURCES_VIEW (widget);

  gtk_stack_set_visible_child_name (self->view_stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
_rk_resources_view_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "resources.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "resources.add", NULL);
  gtk_widget_class_install_action (widget_class, "resources.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "resources.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "resources.import", NULL);
  gtk_widget_class_install_action (widget_class, "resources.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "resources.export", NULL);
  gtk_widget_class_install_action (widget_class, "resources.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "resources.print", NULL);
  gtk_widget_class_install_action (widget_class, "resources.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "resources.search", NULL);
}
