/* test-templates.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rk-bcp-view.h"
#include "rk-logic-models-view.h"
#include "rk-meetings-view.h"
#include "rk-profile-dialog.h"
#include "rk-resources.h"
#include "rk-resources-view.h"
#include "rk-sample.h"
#include "rk-window.h"

/* Every templated class is built from its .ui, shown with a workspace,
 * and freed without a leak: .ui mistakes only show at run time, and this
 * is where they show first.
 */

static RkDatabase *
make_sample (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  RkDatabase *db;

  *dir = g_dir_make_tmp ("rk-templates-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "sample.renkei", NULL);
  db = rk_sample_create (path, &error);
  g_assert_no_error (error);

  return db;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_views (void)
{
  GType types[] = {
    RK_TYPE_RESOURCES_VIEW, RK_TYPE_MEETINGS_VIEW, RK_TYPE_LOGIC_MODELS_VIEW, RK_TYPE_BCP_VIEW,
  };
  g_autofree char *dir = NULL;
  g_autoptr(RkDatabase) db = make_sample (&dir);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *view = g_object_new (types[i], NULL);

      g_object_ref (view);
      gtk_window_set_child (GTK_WINDOW (window), view);
      g_object_set (view, "database", db, NULL);
      gtk_window_present (GTK_WINDOW (window));
      flush ();
      g_object_set (view, "database", NULL, NULL);
      gtk_window_destroy (GTK_WINDOW (window));
      flush ();
      g_assert_finalize_object (view);
    }

  rk_database_close (db);
  remove_dir (dir);
}

static void
test_profile_dialog (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RkDatabase) db = make_sample (&dir);
  RkProfileDialog *dialog = rk_profile_dialog_new (db);

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  flush ();

  /* The buttons of the dialog reach the workspace. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "profile.add-staff", NULL);
  g_assert_cmpint (rk_database_count_rows (db, "staff", NULL), ==, 5);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "profile.undo", NULL);
  g_assert_cmpint (rk_database_count_rows (db, "staff", NULL), ==, 4);

  gtk_window_destroy (GTK_WINDOW (dialog));
  flush ();
  g_assert_finalize_object (dialog);

  rk_database_close (db);
  remove_dir (dir);
}

static void
test_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  RkDatabase *db = make_sample (&dir);
  RkWindow *window;

  path = g_strdup (rk_database_get_path (db));
  rk_database_close (db);
  g_object_unref (db);

  window = rk_window_new (NULL);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  flush ();
  g_assert_null (rk_window_get_database (window));

  g_assert_true (rk_window_open_workspace (window, path, &error));
  g_assert_no_error (error);
  flush ();
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "さくら在宅医療連携拠点"));

  /* A second window cannot take the same workspace. */
  {
    RkWindow *other = rk_window_new (NULL);

    g_assert_false (rk_window_open_workspace (other, path, &error));
    g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_IN_USE);
    g_clear_error (&error);
    gtk_window_destroy (GTK_WINDOW (other));
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-workspace", NULL);
  g_assert_null (rk_window_get_database (window));

  gtk_window_destroy (GTK_WINDOW (window));
  flush ();
  g_assert_finalize_object (window);

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Not G_TEST_OPTION_ISOLATE_DIRS: it points XDG_DATA_DIRS away from the
   * MIME database, and GdkPixbuf then cannot tell an SVG icon is one.
   * Settings are in memory (GSETTINGS_BACKEND), files in temporary dirs.
   */
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      /* meson reads a TAP test's skip from its plan. */
      if (g_strcmp0 (g_getenv ("RK_REQUIRE_DISPLAY"), "1") == 0)
        {
          g_printerr ("No display, and RK_REQUIRE_DISPLAY=1\n");
          return 1;
        }
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  adw_init ();
  g_resources_register (rk_get_resource ());

  g_test_add_func ("/ui/templates/views", test_views);
  g_test_add_func ("/ui/templates/profile-dialog", test_profile_dialog);
  g_test_add_func ("/ui/templates/window", test_window);

  return g_test_run ();
}
