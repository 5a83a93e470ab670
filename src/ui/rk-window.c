/* rk-window.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-application.h"
#include "rk-entity.h"
#include "rk-profile-dialog.h"
#include "rk-ui-utils.h"
#include "rk-window-private.h"

/**
 * RkWindow:
 *
 * One window shows one workspace in five tabs, or, with none open, the
 * welcome page. Edits are saved as they are made, so closing a window
 * never asks to save.
 */

G_DEFINE_FINAL_TYPE (RkWindow, rk_window, ADW_TYPE_APPLICATION_WINDOW)

/*
 * Auxiliary methods
 */

static void
update_title (RkWindow *self)
{
  g_autofree char *basename = NULL;
  g_autofree char *window_title = NULL;
  const char *name = NULL;
  const char *title;

  if (self->db == NULL)
    {
      adw_view_switcher_title_set_title (self->switcher_title, _("Renkei"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Renkei"));
      return;
    }

  /* The base's name, or the file's when the profile has none yet. Neither
   * is personal data, which never goes into a window title.
   */
  basename = g_path_get_basename (rk_database_get_path (self->db));
  if (g_str_has_suffix (basename, ".renkei"))
    basename[strlen (basename) - strlen (".renkei")] = '\0';
  if (self->profile != NULL)
    name = rk_entity_get_string (RK_ENTITY (self->profile), "name");
  title = name != NULL && name[0] != '\0' ? name : basename;

  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, title != basename ? basename : NULL);

  /* Translators: the window title, e.g. "さくら在宅医療連携拠点 — Renkei" */
  window_title = g_strdup_printf (_("%s — Renkei"), title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

/* "Checking…" while the integrity check of a newly opened workspace runs,
 * "Read-only" for a workspace that cannot be changed.
 */
static void
update_badge (RkWindow *self)
{
  gboolean checking = self->db != NULL && rk_database_get_checking (self->db);
  gboolean read_only = self->db != NULL && rk_database_get_read_only (self->db);

  gtk_widget_set_visible (GTK_WIDGET (self->read_only_badge), checking || read_only);
  if (checking)
    {
      gtk_label_set_label (self->read_only_badge, _("Checking…"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->read_only_badge),
                                   _("Renkei is checking the workspace file. Changes can be made "
                                     "as soon as it is done."));
    }
  else if (read_only)
    {
      gtk_label_set_label (self->read_only_badge, _("Read-only"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->read_only_badge),
                                   _("This workspace file cannot be changed. Use “Save a Copy” to "
                                     "edit a copy of it."));
    }
}

static void
profile_name_changed_cb (RkWindow *self)
{
  update_title (self);
}

static void
undo_state_changed_cb (RkWindow *self)
{
  _rk_window_update_actions (self);
}

static void
set_database (RkWindow   *self,
              RkDatabase *db)
{
  g_autoptr(RkDatabase) old = NULL;

  if (self->db == db)
    return;

  old = g_steal_pointer (&self->db);
  g_clear_object (&self->profile);
  self->db = db != NULL ? g_object_ref (db) : NULL;

  if (db != NULL)
    {
      g_autoptr(GError) error = NULL;

      self->profile = rk_profile_get (db, &error);
      if (self->profile == NULL)
        g_warning ("Workspace has no profile: %s", error->message);
    }

  g_signal_group_set_target (self->db_signals, self->db);
  g_signal_group_set_target (self->profile_signals, self->profile);

  rk_resources_view_set_database (self->resources_view, db);
  rk_meetings_view_set_database (self->meetings_view, db);
  rk_logic_models_view_set_database (self->logic_models_view, db);
  rk_bcp_view_set_database (self->bcp_view, db);
  rk_training_view_set_database (self->training_view, db);

  gtk_stack_set_visible_child_name (self->main_stack, db != NULL ? "workspace" : "welcome");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, db != NULL);
  update_badge (self);
  update_title (self);
  _rk_window_update_actions (self);

  /* The old workspace closes (and checkpoints its log into the file) now,
   * not whenever the last reference happens to go.
   */
  if (old != NULL)
    rk_database_close (old);
}

static void
remember_workspace (RkWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (RK_IS_APPLICATION (app))
    rk_application_remember_workspace (RK_APPLICATION (app), rk_database_get_path (self->db));
}

static void
save_window_state (RkWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
recent_changed_cb (RkWindow *self)
{
  _rk_window_update_recent (self);
}

static void
verified_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RkWindow) self = user_data;
  RkDatabase *db = RK_DATABASE (source);
  g_autoptr(GError) error = NULL;

  if (rk_database_verify_finish (db, result, &error))
    {
      if (self->db == db)
        update_badge (self);
      return;
    }

  /* Damaged: nothing was written to it; close it and say why, as opening
   * would have.
   */
  if (self->db == db)
    {
      g_settings_set_string (self->settings, "last-workspace", "");
      set_database (self, NULL);
    }
  rk_ui_show_error (GTK_WIDGET (self), _("Could not open the workspace"), error);
}

/*
 * GtkWidget overrides
 */

static void
rk_window_unmap (GtkWidget *widget)
{
  save_window_state (RK_WINDOW (widget));

  GTK_WIDGET_CLASS (rk_window_parent_class)->unmap (widget);
}

/*
 * GObject overrides
 */

static void
rk_window_dispose (GObject *object)
{
  RkWindow *self = (RkWindow *)object;

  if (self->db != NULL)
    set_database (self, NULL);

  g_clear_object (&self->db_signals);
  g_clear_object (&self->profile_signals);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rk_window_parent_class)->dispose (object);
}

static void
rk_window_class_init (RkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_window_dispose;
  widget_class->unmap = rk_window_unmap;

  g_type_ensure (RK_TYPE_RESOURCES_VIEW);
  g_type_ensure (RK_TYPE_MEETINGS_VIEW);
  g_type_ensure (RK_TYPE_LOGIC_MODELS_VIEW);
  g_type_ensure (RK_TYPE_BCP_VIEW);
  g_type_ensure (RK_TYPE_TRAINING_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/renkei/Renkei/ui/rk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, read_only_badge);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, resources_view);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, meetings_view);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, logic_models_view);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, bcp_view);
  gtk_widget_class_bind_template_child (widget_class, RkWindow, training_view);

  _rk_window_class_actions_init (widget_class);
}

static void
rk_window_init (RkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->db_signals = g_signal_group_new (RK_TYPE_DATABASE);
  g_signal_group_connect_swapped (self->db_signals, "notify::can-undo",
                                  G_CALLBACK (undo_state_changed_cb), self);
  g_signal_group_connect_swapped (self->db_signals, "notify::can-redo",
                                  G_CALLBACK (undo_state_changed_cb), self);

  self->profile_signals = g_signal_group_new (RK_TYPE_PROFILE);
  g_signal_group_connect_swapped (self->profile_signals, "notify::name",
                                  G_CALLBACK (profile_name_changed_cb), self);

  g_signal_connect_object (self->settings, "changed::recent-workspaces",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);

  _rk_window_update_recent (self);
  set_database (self, NULL);
  _rk_window_update_actions (self);
}

/*
 * Public API
 */

RkWindow *
rk_window_new (AdwApplication *application)
{
  return g_object_new (RK_TYPE_WINDOW, "application", application, NULL);
}

/**
 * rk_window_open_workspace:
 * @path: a workspace file
 *
 * Shows the workspace in this window, closing the one shown before. A file
 * that cannot be opened is left untouched, and the window as it was.
 */
gboolean
rk_window_open_workspace (RkWindow    *self,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(RkDatabase) db = NULL;

  g_return_val_if_fail (RK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* The integrity check runs while the window is built (a large directory
   * takes a few hundred milliseconds to check); a file that fails it is
   * closed again, untouched.
   */
  db = rk_database_open (path, RK_DATABASE_OPEN_CHECK_LATER, error);
  if (db == NULL)
    return FALSE;

  set_database (self, db);
  remember_workspace (self);
  rk_database_verify_async (db, NULL, verified_cb, g_object_ref (self));

  if (rk_database_get_read_only (db))
    rk_window_add_toast (self, adw_toast_new (_("This workspace is read-only: changes cannot be saved")));

  return TRUE;
}

/**
 * rk_window_create_workspace:
 * @path: where the new workspace goes; must not exist
 *
 * Creates an empty workspace, shows it and opens its properties, which is
 * where a new workspace starts.
 */
gboolean
rk_window_create_workspace (RkWindow    *self,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(RkDatabase) db = NULL;

  g_return_val_if_fail (RK_IS_WINDOW (self), FALSE);

  db = rk_database_create (path, error);
  if (db == NULL)
    return FALSE;

  set_database (self, db);
  remember_workspace (self);
  rk_window_show_properties (self);

  return TRUE;
}

/**
 * rk_window_close_workspace:
 *
 * Closes the workspace and shows the welcome page. Nothing is lost: every
 * edit was saved when it was made.
 */
void
rk_window_close_workspace (RkWindow *self)
{
  g_return_if_fail (RK_IS_WINDOW (self));

  set_database (self, NULL);
}

/**
 * rk_window_get_database:
 *
 * Returns: (transfer none) (nullable): the open workspace
 */
RkDatabase *
rk_window_get_database (RkWindow *self)
{
  g_return_val_if_fail (RK_IS_WINDOW (self), NULL);

  return self->db;
}

/**
 * rk_window_get_workspace_path:
 *
 * Returns: (nullable): the open workspace's file
 */
const char *
rk_window_get_workspace_path (RkWindow *self)
{
  g_return_val_if_fail (RK_IS_WINDOW (self), NULL);

  return self->db != NULL ? rk_database_get_path (self->db) : NULL;
}

/**
 * rk_window_add_toast:
 * @toast: (transfer full): the toast
 */
void
rk_window_add_toast (RkWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (RK_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
rk_window_show_properties (RkWindow *self)
{
  RkProfileDialog *dialog;

  g_return_if_fail (RK_IS_WINDOW (self));

  if (self->db == NULL)
    return;

  dialog = rk_profile_dialog_new (self->db);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}
