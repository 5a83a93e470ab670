/* rk-ui-utils.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-ui-utils"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-ui-utils.h"
#include "rk-window.h"

/*
 * Small things every view needs: tell the user something, ask before
 * destroying, pick a file. Views call these with any widget of theirs.
 */

static RkWindow *
find_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (RK_IS_WINDOW (root))
    return RK_WINDOW (root);

  /* A dialog of the window (the properties, say): its parent is the window. */
  if (GTK_IS_WINDOW (root) && RK_IS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (root))))
    return RK_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (root)));

  return NULL;
}

void
rk_ui_show_toast (GtkWidget  *widget,
                  const char *title)
{
  RkWindow *window = find_window (widget);

  if (window != NULL)
    rk_window_add_toast (window, adw_toast_new (title));
}

/**
 * rk_ui_show_undo_toast:
 *
 * Says what just happened, with an Undo button: the way to make deleting
 * safe without asking first.
 */
void
rk_ui_show_undo_toast (GtkWidget  *widget,
                       const char *title)
{
  RkWindow *window = find_window (widget);
  AdwToast *toast;

  if (window == NULL)
    return;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  rk_window_add_toast (window, toast);
}

/**
 * rk_ui_show_error:
 * @heading: what failed, e.g. "Could not open the workspace"
 * @error: why, in words the user can act on
 *
 * Shows an error in a message dialog over the widget's window.
 */
void
rk_ui_show_error (GtkWidget    *widget,
                  const char   *heading,
                  const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  GCallback on_confirm;
  gpointer  user_data;
} ConfirmData;

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ConfirmData      *data)
{
  if (g_strcmp0 (response, "confirm") == 0)
    ((void (*) (gpointer)) data->on_confirm) (data->user_data);
}

/**
 * rk_ui_confirm:
 * @on_confirm: called as `void on_confirm (gpointer user_data)` if the
 *   user confirms
 *
 * Asks before something that cannot be undone. Cancel is the default.
 */
void
rk_ui_confirm (GtkWidget  *widget,
               const char *heading,
               const char *body,
               const char *destructive_label,
               GCallback   on_confirm,
               gpointer    user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  ConfirmData *data = g_new0 (ConfirmData, 1);
  GtkWidget *dialog;

  data->on_confirm = on_confirm;
  data->user_data = user_data;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "confirm", destructive_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (confirm_response_cb), data,
                         (GClosureNotify) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  RkFileChosenFunc callback;
  gpointer         user_data;
} ChooseData;

static void
chooser_response_cb (GtkNativeDialog *native,
                     int              response,
                     ChooseData      *data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        data->callback (file, data->user_data);
    }

  g_free (data);
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

/**
 * rk_ui_choose_file:
 * @action: open or save
 * @suggested_name: (nullable): the file name offered when saving
 * @filter_name: (nullable): e.g. "Renkei workspaces"
 * @filter_pattern: (nullable): e.g. "*.renkei"
 * @callback: called with the chosen file; not called on cancel
 *
 * Asks for a file with the platform's file chooser (a portal when there
 * is one). GtkFileDialog would be the modern way; it is GTK 4.10.
 */
void
rk_ui_choose_file (GtkWidget            *widget,
                   GtkFileChooserAction  action,
                   const char           *title,
                   const char           *accept_label,
                   const char           *suggested_name,
                   const char           *filter_name,
                   const char           *filter_pattern,
                   RkFileChosenFunc      callback,
                   gpointer              user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *native;
  ChooseData *data;

  native = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  if (filter_pattern != NULL)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, filter_name);
      gtk_file_filter_add_pattern (filter, filter_pattern);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
    }

  if (suggested_name != NULL && action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);

  data = g_new0 (ChooseData, 1);
  data->callback = callback;
  data->user_data = user_data;
  g_signal_connect (native, "response", G_CALLBACK (chooser_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * rk_ui_ensure_extension:
 * @extension: with its dot, e.g. ".renkei"
 *
 * Returns: (transfer full): @path, with @extension added unless it
 *   already ends with it (in any case)
 */
char *
rk_ui_ensure_extension (const char *path,
                        const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, extension))
    return g_strdup (path);

  return g_strconcat (path, extension, NULL);
}

/**
 * rk_ui_get_database:
 *
 * Returns: (transfer none) (nullable): the workspace of the widget's window
 */
RkDatabase *
rk_ui_get_database (GtkWidget *widget)
{
  RkWindow *window = find_window (widget);

  return window != NULL ? rk_window_get_database (window) : NULL;
}
