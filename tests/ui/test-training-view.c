/* test-training-view.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rk-activity.h"
#include "rk-resources.h"
#include "rk-sample.h"
#include "rk-submission-dialog.h"
#include "rk-training-form.h"
#include "rk-training-view.h"
#include "rk-window.h"

/* The training tab's widgets, without the accessibility bus: built from
 * their templates, driven through their actions, freed without a leak;
 * and the dates a coordinator types.
 */

static RkDatabase *
make_sample (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  RkDatabase *db;

  *dir = g_dir_make_tmp ("rk-training-XXXXXX", &error);
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
test_parse_date (void)
{
  static const struct {
    const char *typed;
    const char *stored;
  } good[] = {
    { "2026-06-18", "2026-06-18" },
    { "2026/6/18", "2026-06-18" },
    { "２０２６／６／１８", "2026-06-18" },
    { "2026.06.18", "2026-06-18" },
    { "2026年6月18日", "2026-06-18" },
    { "令和8年6月18日", "2026-06-18" },
    { "R8.6.18", "2026-06-18" },
    { "令和元年5月1日", "2019-05-01" },
    { "平成31年4月30日", "2019-04-30" },
    { " 2027-03-31 ", "2027-03-31" },
    { "", "" },
  };
  static const char *bad[] = { "2026-02-30", "2026/13/01", "6月18日", "2026-06", "来週", "R8" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, G_TYPE_STRING);
      g_test_message ("%s", good[i].typed);
      g_assert_true (rk_training_parse_date (good[i].typed, &value, NULL));
      g_assert_cmpstr (g_value_get_string (&value), ==, good[i].stored);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *message = NULL;

      g_value_init (&value, G_TYPE_STRING);
      g_test_message ("%s", bad[i]);
      g_assert_false (rk_training_parse_date (bad[i], &value, &message));
      g_assert_nonnull (message);
    }
}

static void
test_view_actions (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RkDatabase) db = make_sample (&dir);
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = g_object_new (RK_TYPE_TRAINING_VIEW, NULL);
  gint64 before = rk_database_count_rows (db, "activity", NULL);

  g_object_ref (view);
  gtk_window_set_child (GTK_WINDOW (window), view);
  rk_training_view_set_database (RK_TRAINING_VIEW (view), db);
  gtk_window_present (GTK_WINDOW (window));
  flush ();

  /* Add: one record of the category asked for, dated today, selected. */
  gtk_widget_activate_action (view, "training.add", "s", RK_ACTIVITY_OUTREACH);
  flush ();
  g_assert_cmpint (rk_database_count_rows (db, "activity", NULL), ==, before + 1);
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Add Awareness Activity");

  /* Delete the selected one (the new record), then undo. */
  gtk_widget_activate_action (view, "training.delete", NULL);
  flush ();
  g_assert_cmpint (rk_database_count_rows (db, "activity", NULL), ==, before);
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  flush ();
  g_assert_cmpint (rk_database_count_rows (db, "activity", NULL), ==, before + 1);

  rk_training_view_set_database (RK_TRAINING_VIEW (view), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  flush ();
  g_assert_finalize_object (view);

  rk_database_close (db);
  remove_dir (dir);
}

static void
test_form (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RkDatabase) db = make_sample (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkActivity) training = rk_activity_new (db, RK_ACTIVITY_TRAINING, "2026-07-01", "Add", &error);
  GtkWidget *window = gtk_window_new ();
  RkTrainingForm *form;

  g_assert_no_error (error);
  form = rk_training_form_new (training);
  g_object_ref (form);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (form));
  gtk_window_present (GTK_WINDOW (window));
  flush ();

  gtk_widget_activate_action (GTK_WIDGET (form), "form.add-participants", NULL);
  flush ();
  g_assert_cmpint (rk_database_count_rows (db, "activity_participant", NULL), ==, 25);
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Add Participants");

  gtk_window_destroy (GTK_WINDOW (window));
  flush ();
  g_assert_finalize_object (form);
  g_clear_object (&training);

  rk_database_close (db);
  remove_dir (dir);
}

/* The warning about personal data, over @parent, or NULL. */
static AdwMessageDialog *
find_warning (GtkWindow *parent)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_window_get_transient_for (w) == parent &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (w)), "Include Personal Data?") == 0)
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static void
test_submission_dialog (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RkDatabase) db = make_sample (&dir);
  GtkWidget *window = gtk_window_new ();
  RkSubmissionDialog *dialog = rk_submission_dialog_new (GTK_WINDOW (window), db);
  GtkCheckButton *personal;
  AdwMessageDialog *warning;

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  flush ();

  /* Personal data is left out unless the user ticks it and confirms the
   * disaster BCP tab's warning.
   */
  personal = GTK_CHECK_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (dialog), RK_TYPE_SUBMISSION_DIALOG,
                                                              "personal_check"));
  g_assert_false (gtk_check_button_get_active (personal));
  g_assert_null (find_warning (GTK_WINDOW (dialog)));
  gtk_check_button_set_active (personal, TRUE);
  flush ();
  warning = find_warning (GTK_WINDOW (dialog));
  g_assert_nonnull (warning);
  g_assert_cmpstr (adw_message_dialog_get_default_response (warning), ==, "cancel");
  adw_message_dialog_response (warning, "cancel");
  gtk_window_destroy (GTK_WINDOW (warning));
  flush ();
  g_assert_false (gtk_check_button_get_active (personal));

  gtk_check_button_set_active (personal, TRUE);
  flush ();
  warning = find_warning (GTK_WINDOW (dialog));
  g_assert_nonnull (warning);
  adw_message_dialog_response (warning, "include");
  gtk_window_destroy (GTK_WINDOW (warning));
  flush ();
  g_assert_true (gtk_check_button_get_active (personal));

  gtk_window_destroy (GTK_WINDOW (dialog));
  flush ();
  g_assert_finalize_object (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  flush ();

  rk_database_close (db);
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
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

  g_test_add_func ("/ui/training/parse-date", test_parse_date);
  g_test_add_func ("/ui/training/view-actions", test_view_actions);
  g_test_add_func ("/ui/training/form", test_form);
  g_test_add_func ("/ui/training/submission-dialog", test_submission_dialog);

  return g_test_run ();
}
