/* rk-window-actions.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-window-actions"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rk-application.h"
#include "rk-sample.h"
#include "rk-submission-dialog.h"
#include "rk-ui-utils.h"
#include "rk-window-private.h"

/* The window's commands. Each is an action with its shortcut beside it,
 * so the menu, the buttons, the shortcuts window and the keyboard all
 * reach the same code.
 */

static const char *workspace_actions[] = {
  "win.save-copy", "win.close-workspace", "win.properties",
  "win.show-tab", "win.export-submission",
};

static RkApplication *
get_application (RkWindow *self)
{
  return RK_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

/* A window showing a workspace opens another in a new window, so nothing
 * the user is looking at disappears under them.
 */
static RkWindow *
target_window (RkWindow *self)
{
  RkWindow *window;

  if (self->db == NULL)
    return self;

  window = rk_window_new (ADW_APPLICATION (get_application (self)));
  return window;
}

void
_rk_window_open_or_present (RkWindow   *self,
                            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *canonical = rk_database_canonical_path (path);
  RkWindow *existing;
  RkWindow *window;

  existing = rk_application_find_window (get_application (self), canonical);
  if (existing != NULL)
    {
      gtk_window_present (GTK_WINDOW (existing));
      return;
    }

  window = target_window (self);
  if (!rk_window_open_workspace (window, canonical, &error))
    {
      if (window != self)
        gtk_window_destroy (GTK_WINDOW (window));
      rk_ui_show_error (GTK_WIDGET (self), _("Could not open the workspace"), error);
      return;
    }

  gtk_window_present (GTK_WINDOW (window));
}

void
_rk_window_update_actions (RkWindow *self)
{
  gboolean has_db = self->db != NULL;
  gboolean writable = has_db && !rk_database_get_read_only (self->db);

  for (guint i = 0; i < G_N_ELEMENTS (workspace_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), workspace_actions[i], has_db);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 writable && rk_database_can_undo (self->db));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 writable && rk_database_can_redo (self->db));
}

/*
 * Recent workspaces
 */

static char *
display_name (const char *path)
{
  char *name = g_path_get_basename (path);

  if (g_str_has_suffix (name, ".renkei"))
    name[strlen (name) - strlen (".renkei")] = '\0';
  return name;
}

void
_rk_window_update_recent (RkWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-workspaces");
  GtkWidget *child;
  guint shown = 0;

  g_menu_remove_all (self->recent_submenu);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *dir = NULL;
      g_autoptr(GMenuItem) item = NULL;
      GtkWidget *row;

      /* A file moved or deleted since is not offered. */
      if (!g_file_test (recent[i], G_FILE_TEST_IS_REGULAR))
        continue;

      name = display_name (recent[i]);
      dir = g_path_get_dirname (recent[i]);

      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_submenu, item);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dir);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (recent[i]));
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), shown > 0);
}

/*
 * Actions
 */

static void
new_workspace_chosen_cb (GFile    *file,
                         gpointer  user_data)
{
  RkWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *chosen = g_file_get_path (file);
  g_autofree char *path = rk_ui_ensure_extension (chosen, ".renkei");
  g_autoptr(GFile) target = g_file_new_for_path (path);
  RkWindow *window;

  if (rk_application_find_window (get_application (self), path) != NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_BUSY,
                   _("“%s” is open in a window. Close it there first, or choose another name."), path);
      rk_ui_show_error (GTK_WIDGET (self), _("Could not create the workspace"), error);
      return;
    }

  /* The file chooser has already asked whether to replace an existing
   * file; the old one goes to the trash, where it can still be recovered.
   */
  if (g_file_query_exists (target, NULL) && !g_file_trash (target, NULL, &error))
    {
      g_autoptr(GError) message = NULL;

      g_set_error (&message, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists and could not be moved to the trash (%s). "
                     "Choose another name."), path, error->message);
      rk_ui_show_error (GTK_WIDGET (self), _("Could not create the workspace"), message);
      return;
    }

  window = target_window (self);
  if (!rk_window_create_workspace (window, path, &error))
    {
      if (window != self)
        gtk_window_destroy (GTK_WINDOW (window));
      rk_ui_show_error (GTK_WIDGET (self), _("Could not create the workspace"), error);
      return;
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
new_workspace_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  rk_ui_choose_file (widget, GTK_FILE_CHOOSER_ACTION_SAVE,
                     _("New Workspace"), _("C_reate"),
                     /* Translators: the file name offered for a new workspace */
                     _("Workspace.renkei"),
                     _("Renkei workspaces"), "*.renkei",
                     new_workspace_chosen_cb, widget);
}

static void
open_chosen_cb (GFile    *file,
                gpointer  user_data)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    _rk_window_open_or_present (RK_WINDOW (user_data), path);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  rk_ui_choose_file (widget, GTK_FILE_CHOOSER_ACTION_OPEN,
                     _("Open Workspace"), _("_Open"), NULL,
                     _("Renkei workspaces"), "*.renkei",
                     open_chosen_cb, widget);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _rk_window_open_or_present (RK_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  RkWindow *self = RK_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "renkei", NULL);
  g_autofree char *path = g_build_filename (dir, "sample.renkei", NULL);

  /* The sample is made once; the user's changes to it are theirs to keep. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(RkDatabase) db = NULL;

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;
          g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not create the folder “%s”: %s."), dir, g_strerror (saved_errno));
          rk_ui_show_error (widget, _("Could not open the sample"), error);
          return;
        }

      db = rk_sample_create (path, &error);
      if (db == NULL)
        {
          rk_ui_show_error (widget, _("Could not open the sample"), error);
          return;
        }
      rk_database_close (db);
    }

  _rk_window_open_or_present (self, path);
}

static void
save_copy_chosen_cb (GFile    *file,
                     gpointer  user_data)
{
  RkWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *chosen = g_file_get_path (file);
  g_autofree char *path = rk_ui_ensure_extension (chosen, ".renkei");
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (self->db == NULL)
    return;

  if (!rk_database_save_copy (self->db, path, &error))
    {
      rk_ui_show_error (GTK_WIDGET (self), _("Could not save a copy"), error);
      return;
    }

  name = g_path_get_basename (path);
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Copy saved as “%s”"), name);
  rk_window_add_toast (self, adw_toast_new (message));
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  RkWindow *self = RK_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autofree char *suggested = NULL;

  if (self->db == NULL)
    return;

  name = display_name (rk_database_get_path (self->db));
  /* Translators: the file name offered for a copy; %s is the workspace's */
  suggested = g_strdup_printf (_("%s (copy).renkei"), name);
  rk_ui_choose_file (widget, GTK_FILE_CHOOSER_ACTION_SAVE,
                     _("Save a Copy"), _("_Save"), suggested,
                     _("Renkei workspaces"), "*.renkei",
                     save_copy_chosen_cb, widget);
}

static void
close_workspace_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  RkWindow *self = RK_WINDOW (widget);

  /* Closed on purpose: not reopened at the next start. */
  g_settings_set_string (self->settings, "last-workspace", "");
  rk_window_close_workspace (self);
}

static void
properties_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  rk_window_show_properties (RK_WINDOW (widget));
}

static void
replay (RkWindow *self,
        gboolean  redo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (self->db == NULL)
    return;

  label = g_strdup (redo ? rk_database_get_redo_label (self->db)
                         : rk_database_get_undo_label (self->db));
  if (label == NULL)
    return;

  ok = redo ? rk_database_redo (self->db, &error) : rk_database_undo (self->db, &error);
  if (!ok)
    {
      rk_ui_show_error (GTK_WIDGET (self), redo ? _("Could not redo") : _("Could not undo"), error);
      return;
    }

  /* Translators: %s is what was undone, e.g. "Change Operator" */
  message = g_strdup_printf (redo ? _("Redone: %s") : _("Undone: %s"), label);
  rk_window_add_toast (self, adw_toast_new (message));
}

static void
export_submission_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  RkWindow *self = RK_WINDOW (widget);

  if (self->db == NULL)
    return;

  gtk_window_present (GTK_WINDOW (rk_submission_dialog_new (GTK_WINDOW (self), self->db)));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  replay (RK_WINDOW (widget), FALSE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  replay (RK_WINDOW (widget), TRUE);
}

static void
show_tab_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  RkWindow *self = RK_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (param, NULL));
}

/* The tabs link to each other: a countermeasure of the meetings' issue
 * register carries out a measure of a logic model. These open one tab on
 * the other's record.
 */
static void
show_logic_model_box_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  RkWindow *self = RK_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "logic-models");
  if (!rk_logic_models_view_show_box (self->logic_models_view, g_variant_get_int64 (param)))
    rk_ui_show_toast (widget, _("That measure is no longer in the logic model"));
}

static void
show_countermeasure_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  RkWindow *self = RK_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "meetings");
  if (!rk_meetings_view_show_countermeasure (self->meetings_view, g_variant_get_int64 (param)))
    rk_ui_show_toast (widget, _("That countermeasure is no longer in the issue register"));
}

void
_rk_window_class_actions_init (GtkWidgetClass *widget_class)
{
  static const char *tabs[] = { "resources", "meetings", "logic-models", "bcp", "training" };

  gtk_widget_class_install_action (widget_class, "win.new-workspace", NULL, new_workspace_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-workspace", NULL);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);

  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);

  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-copy", NULL);

  gtk_widget_class_install_action (widget_class, "win.close-workspace", NULL, close_workspace_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "win.close-workspace", NULL);

  gtk_widget_class_install_action (widget_class, "win.export-submission", NULL, export_submission_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-submission", NULL);

  gtk_widget_class_install_action (widget_class, "win.properties", NULL, properties_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK,
                                       "win.properties", NULL);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);

  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);

  gtk_widget_class_install_action (widget_class, "win.show-tab", "s", show_tab_action);
  gtk_widget_class_install_action (widget_class, "win.show-logic-model-box", "x",
                                   show_logic_model_box_action);
  gtk_widget_class_install_action (widget_class, "win.show-countermeasure", "x",
                                   show_countermeasure_action);
  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-tab", "s", tabs[i]);
}
