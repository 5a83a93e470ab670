/* rk-application.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-application.h"
#include "rk-resources.h"

/* How many workspaces Open Recent offers. */
#define MAX_RECENT 10

/**
 * RkApplication:
 *
 * One instance per user session: running `renkei FILE` again, or opening
 * a workspace from the file manager, hands the file to the running
 * instance, which shows it in a window of its own.
 */
struct _RkApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (RkApplication, rk_application, ADW_TYPE_APPLICATION)

/*
 * Auxiliary methods
 */

static RkWindow *
window_for_opening (RkApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (RK_IS_WINDOW (active) && rk_window_get_database (RK_WINDOW (active)) == NULL)
    return RK_WINDOW (active);

  return rk_window_new (ADW_APPLICATION (self));
}

static void
show_open_error (RkWindow     *window,
                 const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Could not open the workspace"),
                                   error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Actions
 */

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows;

  /* Closing the windows closes their workspaces cleanly. */
  while ((windows = gtk_application_get_windows (app)) != NULL)
    gtk_window_destroy (windows->data);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Renkei"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Renkei authors"),
                         "comments", _("A workbench for the bases that coordinate home medical care in a region"),
                         "website", "https://github.com/renkei/renkei",
                         "issue-url", "https://github.com/renkei/renkei/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Renkei authors",
                         /* Translators: your name(s), one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
};

/*
 * GApplication overrides
 */

static void
rk_application_startup (GApplication *application)
{
  RkApplication *self = RK_APPLICATION (application);

  /* The resources live in a static library, whose constructor the linker
   * drops unless something refers to it: register them by hand, before
   * AdwApplication looks for style.css.
   */
  g_resources_register (rk_get_resource ());

  G_APPLICATION_CLASS (rk_application_parent_class)->startup (application);

  g_set_application_name (_("Renkei"));
  gtk_window_set_default_icon_name (APP_ID);

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Primary>q", NULL });
}

static void
rk_application_activate (GApplication *application)
{
  RkApplication *self = RK_APPLICATION (application);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *last = NULL;
  RkWindow *window;

  if (active != NULL)
    {
      gtk_window_present (active);
      return;
    }

  window = rk_window_new (ADW_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));

  last = g_settings_get_string (self->settings, "last-workspace");
  if (g_settings_get_boolean (self->settings, "reopen-last-workspace") &&
      last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GError) error = NULL;

      if (!rk_window_open_workspace (window, last, &error))
        show_open_error (window, error);
    }
}

static void
rk_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  RkApplication *self = RK_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_file_get_path (files[i]);
      RkWindow *window;

      if (path == NULL)
        continue;

      window = rk_application_find_window (self, path);
      if (window == NULL)
        {
          window = window_for_opening (self);
          if (!rk_window_open_workspace (window, path, &error))
            show_open_error (window, error);
        }

      gtk_window_present (GTK_WINDOW (window));
    }
}

/*
 * GObject overrides
 */

static void
rk_application_dispose (GObject *object)
{
  RkApplication *self = (RkApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rk_application_parent_class)->dispose (object);
}

static void
rk_application_class_init (RkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rk_application_dispose;

  app_class->startup = rk_application_startup;
  app_class->activate = rk_application_activate;
  app_class->open = rk_application_open;
}

static void
rk_application_init (RkApplication *self)
{
}

/*
 * Public API
 */

RkApplication *
rk_application_new (void)
{
  return g_object_new (RK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * rk_application_find_window:
 * @path: a workspace file
 *
 * Returns: (transfer none) (nullable): the window showing @path
 */
RkWindow *
rk_application_find_window (RkApplication *self,
                            const char    *path)
{
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (RK_IS_APPLICATION (self), NULL);

  canonical = rk_database_canonical_path (path);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RK_IS_WINDOW (l->data) &&
        g_strcmp0 (rk_window_get_workspace_path (l->data), canonical) == 0)
      return l->data;

  return NULL;
}

/**
 * rk_application_remember_workspace:
 *
 * Puts @path first in Open Recent and makes it the workspace reopened at
 * the next start.
 */
void
rk_application_remember_workspace (RkApplication *self,
                                   const char    *path)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_return_if_fail (RK_IS_APPLICATION (self));

  if (self->settings == NULL)
    return;

  old = g_settings_get_strv (self->settings, "recent-workspaces");
  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (old[i], path) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, "recent-workspaces", (const char * const *) recent);
  g_settings_set_string (self->settings, "last-workspace", path);
}
