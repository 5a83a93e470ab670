/* rk-submission-dialog.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-activity.h"
#include "rk-bcp-widgets.h"
#include "rk-submission-dialog.h"
#include "rk-submission-export.h"
#include "rk-submission-template.h"
#include "rk-ui-utils.h"
#include "rk-vocabulary.h"

/**
 * RkSubmissionDialog:
 *
 * "県提出用 Excel を書き出す": asks for the fiscal year (the current one
 * unless the user picks another) and the template (Renkei's own, or a
 * copy the coordinator edited to their prefecture's form, remembered for
 * next time), then for the file, and writes the workbook. A template
 * with a mistake is reported, with its line, before anything is written.
 * The register of people on medical devices is counted only, unless the
 * user ticks "個人情報を含める" and confirms the disaster BCP tab's warning.
 */
struct _RkSubmissionDialog
{
  AdwMessageDialog  parent_instance;

  RkDatabase       *db;
  GtkWindow        *parent;
  GSettings        *settings;
  GArray           *years;       /* int, parallel to year_row's items */

  /* Template widgets */
  AdwComboRow      *year_row;
  AdwActionRow     *template_row;
  GtkButton        *reset_button;
  GtkButton        *choose_button;
  GtkCheckButton   *personal_check;
  AdwActionRow     *copy_row;
};

G_DEFINE_FINAL_TYPE (RkSubmissionDialog, rk_submission_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* What an export needs once the dialog is gone: it waits for the file
 * chooser, kept on the parent window (a later export replaces it).
 */
typedef struct
{
  GtkWindow            *parent;    /* weak: the job is the window's data */
  RkDatabase           *db;
  RkSubmissionTemplate *tmpl;
  int                   fiscal_year;
  gboolean              include_personal;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->db);
  g_clear_pointer (&job->tmpl, rk_submission_template_free);
  g_free (job);
}

static int
current_fiscal_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now),
                                           g_date_time_get_year (now));

  return rk_fiscal_year_for_date (today);
}

static char *
get_template_path (RkSubmissionDialog *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "submission-template");

  return path[0] != '\0' ? g_steal_pointer (&path) : NULL;
}

static void
update_template_row (RkSubmissionDialog *self)
{
  g_autofree char *path = get_template_path (self);

  if (path != NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *subtitle = g_strdup_printf ("%s — %s", name, dir);

      adw_action_row_set_subtitle (self->template_row, subtitle);
    }
  else
    adw_action_row_set_subtitle (self->template_row, _("Renkei’s default (the layout of the guidebook)"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_button), path != NULL);
}

static void
fill_years (RkSubmissionDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GArray) found = rk_activity_list_fiscal_years (self->db, NULL);
  int current = current_fiscal_year ();
  int oldest = current - 5;

  for (guint i = 0; found != NULL && i < found->len; i++)
    oldest = MIN (oldest, g_array_index (found, int, i));

  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  for (int fy = current; fy >= oldest; fy--)
    {
      g_autofree char *era = rk_fiscal_year_to_era_string (fy);
      g_autofree char *western = rk_fiscal_year_to_string (fy);
      /* Translators: a fiscal year to choose: "令和8年度（2026年度）" */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), era, western);

      g_array_append_val (self->years, fy);
      gtk_string_list_append (labels, label);
    }

  adw_combo_row_set_model (self->year_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->year_row, 0);
}

/*
 * Exporting
 */

static void
export_chosen_cb (GFile    *file,
                  gpointer  user_data)
{
  ExportJob *job = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *chosen = g_file_get_path (file);
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (chosen == NULL)
    return;
  path = rk_ui_ensure_extension (chosen, ".xlsx");

  if (!rk_submission_export_full (job->db, job->tmpl, job->fiscal_year,
                                  job->include_personal ? RK_SUBMISSION_EXPORT_PERSONAL
                                                        : RK_SUBMISSION_EXPORT_DEFAULT,
                                  path, &error))
    {
      rk_ui_show_error (GTK_WIDGET (job->parent), _("Could not export the workbook"), error);
      return;
    }

  name = g_filename_display_basename (path);
  if (job->include_personal)
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Workbook exported as “%s”, with personal data (readable by you only)"),
                               name);
  else
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Workbook exported as “%s”"), name);
  rk_ui_show_toast (GTK_WIDGET (job->parent), message);
}

static void
start_export (RkSubmissionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template_path = get_template_path (self);
  g_autofree char *suggested = NULL;
  ExportJob *job;
  guint selected = adw_combo_row_get_selected (self->year_row);

  job = g_new0 (ExportJob, 1);
  job->parent = self->parent;
  job->db = g_object_ref (self->db);
  job->fiscal_year = selected < self->years->len ? g_array_index (self->years, int, selected)
                                                 : current_fiscal_year ();
  /* Ticked only after the warning was confirmed. */
  job->include_personal = gtk_check_button_get_active (self->personal_check);

  /* The template's mistakes first, before the user picks a file. */
  job->tmpl = template_path != NULL ? rk_submission_template_new_from_file (template_path, &error)
                                    : rk_submission_template_new_default (&error);
  if (job->tmpl == NULL)
    {
      rk_ui_show_error (GTK_WIDGET (self->parent), _("The template cannot be used"), error);
      export_job_free (job);
      return;
    }

  g_object_set_data_full (G_OBJECT (self->parent), "rk-submission-export", job,
                          (GDestroyNotify) export_job_free);
  suggested = rk_submission_suggest_file_name (self->db, job->fiscal_year);
  rk_ui_choose_file (GTK_WIDGET (self->parent), GTK_FILE_CHOOSER_ACTION_SAVE,
                     _("Export the Workbook for the Prefecture"), _("_Export"), suggested,
                     _("Excel workbooks"), "*.xlsx", export_chosen_cb, job);
}

static void
response_cb (RkSubmissionDialog *self,
             const char         *response)
{
  if (g_strcmp0 (response, "export") == 0)
    start_export (self);
}

/*
 * Templates
 */

static void
template_chosen_cb (GFile    *file,
                    gpointer  user_data)
{
  RkSubmissionDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RkSubmissionTemplate) tmpl = NULL;
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    return;

  tmpl = rk_submission_template_new_from_file (path, &error);
  if (tmpl == NULL)
    {
      rk_ui_show_error (GTK_WIDGET (self), _("The template cannot be used"), error);
      return;
    }

  g_settings_set_string (self->settings, "submission-template", path);
  update_template_row (self);
}

static void
choose_clicked_cb (RkSubmissionDialog *self)
{
  rk_ui_choose_file (GTK_WIDGET (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                     _("Choose a Template"), _("_Choose"), NULL,
                     _("Templates (text)"), "*.txt", template_chosen_cb, self);
}

static void
reset_clicked_cb (RkSubmissionDialog *self)
{
  g_settings_set_string (self->settings, "submission-template", "");
  update_template_row (self);
}

static void
copy_chosen_cb (GFile    *file,
                gpointer  user_data)
{
  RkSubmissionDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = rk_submission_template_get_default_path ();
  g_autoptr(GFile) source = g_file_new_for_path (default_path);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  /* The file chooser has asked before replacing a file. */
  if (!g_file_copy (source, file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    {
      rk_ui_show_error (GTK_WIDGET (self), _("Could not save the template"), error);
      return;
    }

  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Template saved as “%s”. Edit it, then choose it here."), name);
  rk_ui_show_toast (GTK_WIDGET (self->parent), message);
}

static void
copy_activated_cb (RkSubmissionDialog *self)
{
  /* Translators: the file name offered for a copy of the default template */
  rk_ui_choose_file (GTK_WIDGET (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                     _("Save a Copy of the Default Template"), _("_Save"),
                     _("submission-template.txt"), _("Templates (text)"), "*.txt",
                     copy_chosen_cb, self);
}

/*
 * GObject overrides
 */

static void
rk_submission_dialog_dispose (GObject *object)
{
  RkSubmissionDialog *self = (RkSubmissionDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_SUBMISSION_DIALOG);
  g_clear_object (&self->db);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->years, g_array_unref);

  G_OBJECT_CLASS (rk_submission_dialog_parent_class)->dispose (object);
}

static void
rk_submission_dialog_class_init (RkSubmissionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_submission_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-submission-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RkSubmissionDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, RkSubmissionDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, RkSubmissionDialog, reset_button);
  gtk_widget_class_bind_template_child (widget_class, RkSubmissionDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, RkSubmissionDialog, personal_check);
  gtk_widget_class_bind_template_child (widget_class, RkSubmissionDialog, copy_row);
}

static void
rk_submission_dialog_init (RkSubmissionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect (self, "response", G_CALLBACK (response_cb), NULL);
  g_signal_connect_swapped (self->choose_button, "clicked", G_CALLBACK (choose_clicked_cb), self);
  g_signal_connect_swapped (self->reset_button, "clicked", G_CALLBACK (reset_clicked_cb), self);
  g_signal_connect_swapped (self->copy_row, "activated", G_CALLBACK (copy_activated_cb), self);
  rk_bcp_connect_personal_warning (self->personal_check);
}

/*
 * Public API
 */

/**
 * rk_submission_dialog_new:
 * @parent: the workspace's window
 * @db: the workspace
 *
 * Returns: (transfer floating): the dialog, to present
 */
RkSubmissionDialog *
rk_submission_dialog_new (GtkWindow  *parent,
                          RkDatabase *db)
{
  RkSubmissionDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  self = g_object_new (RK_TYPE_SUBMISSION_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->parent = parent;
  self->db = g_object_ref (db);

  fill_years (self);
  update_template_row (self);

  return self;
}
