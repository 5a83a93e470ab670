/* rk-bcp-plan-dialog.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-plan-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bcp-dialogs.h"
#include "rk-bcp-member.h"
#include "rk-bcp-review.h"
#include "rk-bcp-task.h"
#include "rk-bcp-widgets.h"
#include "rk-ui-utils.h"

/**
 * RkBcpPlanDialog:
 *
 * One BCP: its kind, owner, status, version and date, the activation rule
 * and who activates it, the mutual-support agreement of a cooperative
 * plan, the organisations that took part or were informed, the area tasks
 * and who does them, and the review history.
 */
struct _RkBcpPlanDialog
{
  AdwPreferencesWindow  parent_instance;

  RkDatabase           *db;
  RkBcpPlan            *plan;

  /* Template widgets */
  AdwPreferencesGroup  *general_group;
  AdwPreferencesGroup  *activation_group;
  AdwPreferencesGroup  *agreement_group;
  AdwPreferencesGroup  *members_group;
  GtkListBox           *member_list;
  AdwPreferencesGroup  *tasks_group;
  GtkListBox           *task_list;
  AdwPreferencesGroup  *reviews_group;
  GtkListBox           *review_list;
};

G_DEFINE_FINAL_TYPE (RkBcpPlanDialog, rk_bcp_plan_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static gint64
plan_id (RkBcpPlanDialog *self)
{
  return rk_entity_get_id (RK_ENTITY (self->plan));
}

static void
add (AdwPreferencesGroup *group,
     GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
}

static void
expand_last (GtkListBox *box)
{
  GListModel *model = g_object_get_data (G_OBJECT (box), "rk-model");
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  GtkListBoxRow *row = n > 0 ? gtk_list_box_get_row_at_index (box, n - 1) : NULL;

  if (row != NULL && ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
}

static void
remove_clicked_cb (GtkButton *button,
                   RkEntity  *row_entity)
{
  GtkWidget *dialog = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (button)));
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (row_entity, _("Remove"), &error))
    rk_ui_show_error (dialog, _("Could not remove it"), error);
  else
    rk_bcp_dialog_toast (dialog, _("Removed"), TRUE);
}

static GtkWidget *
expander_new (RkEntity   *entity,
              const char *remove_label)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = rk_bcp_remove_button (remove_label);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_sensitive (remove, !rk_database_get_read_only (rk_entity_get_database (entity)));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), entity, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
  return row;
}

/*
 * Organisations taking part
 */

static void
update_member_row (GtkWidget  *row,
                   GParamSpec *pspec,
                   RkEntity   *m)
{
  g_autofree char *name = rk_bcp_get_organization_name (rk_entity_get_database (m),
                                                        rk_entity_get_int (m, "organization-id"));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *shared_on = rk_entity_get_string (m, "shared-on");
  const char *role = rk_entity_get_string (m, "role");

  g_string_append (subtitle, rk_entity_get_boolean (m, "took-part") ? _("Took part") : _("Informed"));
  if (shared_on[0] != '\0')
    {
      g_autofree char *date = rk_bcp_format_date (shared_on);
      /* Translators: when a plan was shared with an organisation */
      g_string_append_printf (subtitle, _(" · shared %s"), date);
    }
  if (role[0] != '\0')
    g_string_append_printf (subtitle, " · %s", role);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : "");
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  RkEntity *m = item;
  GtkWidget *row = expander_new (m, _("Remove Organization"));

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_switch_row (_("Took part in drawing it up or signed the agreement"),
                                               m, "took-part", _("Change Taking Part")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("Shared on"), m, "shared-on", _("Change Date Shared"),
                                              rk_bcp_parse_date_text, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("Role"), m, "role", _("Change Role"), NULL, NULL));

  update_member_row (row, NULL, m);
  g_signal_connect_object (m, "notify", G_CALLBACK (update_member_row), row, G_CONNECT_SWAPPED);
  return row;
}

static void
member_chosen_cb (gint64   organization_id,
                  gpointer user_data)
{
  RkBcpPlanDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) m = NULL;

  m = rk_entity_create (self->db, RK_TYPE_BCP_MEMBER, _("Add Organization to the Plan"), &error,
                        "plan-id", plan_id (self), "organization-id", organization_id, NULL);
  if (m == NULL)
    {
      if (g_error_matches (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CONSTRAINT))
        rk_bcp_dialog_toast (GTK_WIDGET (self), _("That organization is already in the list"), FALSE);
      else
        rk_ui_show_error (GTK_WIDGET (self), _("Could not add the organization"), error);
      return;
    }

  expand_last (self->member_list);
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  rk_bcp_choose_organization (widget, _("Add an Organization to the Plan"), member_chosen_cb,
                              g_object_ref (widget), g_object_unref);
}

/*
 * Area tasks
 */

static void
update_task_row (GtkWidget  *row,
                 GParamSpec *pspec,
                 RkEntity   *t)
{
  g_autofree char *who = rk_bcp_get_organization_name (rk_entity_get_database (t),
                                                       rk_entity_get_int (t, "organization-id"));
  const char *task = rk_entity_get_string (t, "task");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 task[0] != '\0' ? rk_bcp_terms_get_label (RK_BCP_TERMS_TASK, task)
                                                 : _("New area task"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), who != NULL ? who : _("Nobody assigned yet"));
}

static GtkWidget *
create_task_row (gpointer item,
                 gpointer user_data)
{
  RkEntity *t = item;
  GtkWidget *row = expander_new (t, _("Remove Area Task"));

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_combo_row (_("Task"), RK_BCP_TERMS_TASK, TRUE, t, "task",
                                              _("Change Area Task")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_organization_row (_("Done by"), t, "organization-id",
                                                     _("Change Who Does the Task")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("How"), t, "notes", _("Change Task Notes"), NULL, NULL));

  update_task_row (row, NULL, t);
  g_signal_connect_object (t, "notify", G_CALLBACK (update_task_row), row, G_CONNECT_SWAPPED);
  return row;
}

static void
add_task_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  RkBcpPlanDialog *self = RK_BCP_PLAN_DIALOG (widget);
  GListModel *model = g_object_get_data (G_OBJECT (self->task_list), "rk-model");
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) t = NULL;

  t = rk_entity_create (self->db, RK_TYPE_BCP_TASK, _("Add Area Task"), &error,
                        "plan-id", plan_id (self), "position", (int) g_list_model_get_n_items (model),
                        NULL);
  if (t == NULL)
    rk_ui_show_error (widget, _("Could not add the area task"), error);
  else
    expand_last (self->task_list);
}

/*
 * Reviews
 */

static void
update_review_row (GtkWidget  *row,
                   GParamSpec *pspec,
                   RkEntity   *r)
{
  g_autofree char *date = rk_bcp_format_date (rk_entity_get_string (r, "review-date"));
  g_autofree char *title = g_strdup_printf ("%s %s", date, rk_entity_get_string (r, "version"));

  g_strstrip (title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title[0] != '\0' ? title : _("New review"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), rk_entity_get_string (r, "summary"));
}

static GtkWidget *
create_review_row (gpointer item,
                   gpointer user_data)
{
  RkEntity *r = item;
  GtkWidget *row = expander_new (r, _("Remove Review"));

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (C_("bcp", "Date"), r, "review-date", _("Change Review Date"),
                                              rk_bcp_parse_date_text, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("Version"), r, "version", _("Change Version"), NULL, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("What changed"), r, "summary", _("Change Review Summary"),
                                              NULL, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entity_combo_row (_("Drill that led to it"), RK_BCP_LIST_DRILLS, r,
                                                     "drill-id", _("Change Drill of the Review")));

  update_review_row (row, NULL, r);
  g_signal_connect_object (r, "notify", G_CALLBACK (update_review_row), row, G_CONNECT_SWAPPED);
  return row;
}

static void
add_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  RkBcpPlanDialog *self = RK_BCP_PLAN_DIALOG (widget);
  g_autofree char *today = rk_bcp_today ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) r = NULL;

  r = rk_entity_create (self->db, RK_TYPE_BCP_REVIEW, _("Record a Review"), &error,
                        "plan-id", plan_id (self), "review-date", today,
                        "version", rk_entity_get_string (RK_ENTITY (self->plan), "version"), NULL);
  if (r == NULL)
    rk_ui_show_error (widget, _("Could not record the review"), error);
  else
    expand_last (self->review_list);
}

/*
 * The plan itself
 */

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RkBcpPlanDialog *self = RK_BCP_PLAN_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (RK_ENTITY (self->plan), _("Delete Plan"), &error))
    {
      rk_ui_show_error (widget, _("Could not delete the plan"), error);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
  if (parent != NULL)
    rk_ui_show_undo_toast (GTK_WIDGET (parent), _("Plan deleted"));
}

static void
plan_changed_cb (RkBcpPlanDialog *self,
                 const char      *table,
                 gint64           rowid,
                 RkChangeKind     kind)
{
  /* Undoing the plan's creation removes it: the form goes with it. */
  if (kind == RK_CHANGE_DELETE && rowid == plan_id (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
build_rows (RkBcpPlanDialog *self)
{
  RkEntity *p = RK_ENTITY (self->plan);

  add (self->general_group, rk_bcp_combo_row (_("Kind"), RK_BCP_TERMS_PLAN_KIND, FALSE, p, "kind",
                                              _("Change Kind of BCP")));
  add (self->general_group, rk_bcp_entry_row (C_("bcp", "Title"), p, "title", _("Change Plan Title"), NULL, NULL));
  add (self->general_group, rk_bcp_organization_row (_("Drawn up by"), p, "owner-id",
                                                     _("Change Who Draws Up the Plan")));
  add (self->general_group, rk_bcp_combo_row (C_("bcp", "Status"), RK_BCP_TERMS_PLAN_STATUS, FALSE, p, "status",
                                              _("Change Status")));
  add (self->general_group, rk_bcp_entry_row (_("Version"), p, "version", _("Change Version"), NULL, NULL));
  add (self->general_group, rk_bcp_entry_row (_("Date drawn up or revised"), p, "plan-date",
                                              _("Change Plan Date"), rk_bcp_parse_date_text, NULL));
  add (self->general_group, rk_bcp_entry_row (_("Hazards"), p, "hazards", _("Change Hazards"), NULL, NULL));
  add (self->general_group, rk_bcp_entry_row (_("Notes"), p, "notes", _("Change Notes"), NULL, NULL));

  add (self->activation_group, rk_bcp_entry_row (_("Activation rule"), p, "activation-rule",
                                                 _("Change Activation Rule"), NULL, NULL));
  add (self->activation_group, rk_bcp_organization_row (_("Activated by"), p, "activator-id",
                                                        _("Change Who Activates")));
  add (self->activation_group, rk_bcp_entry_row (_("How it is activated"), p, "activator-note",
                                                 _("Change How It Is Activated"), NULL, NULL));

  add (self->agreement_group, rk_bcp_entry_row (_("What the agreement covers"), p, "agreement",
                                                _("Change Agreement"), NULL, NULL));
  add (self->agreement_group, rk_bcp_entry_row (_("Signed on"), p, "agreement-date",
                                                _("Change Agreement Date"), rk_bcp_parse_date_text, NULL));

  adw_preferences_group_set_header_suffix (self->members_group,
                                           rk_bcp_add_button (_("_Add Organization…"), "plan.add-member"));
  adw_preferences_group_set_header_suffix (self->tasks_group,
                                           rk_bcp_add_button (_("_Add Area Task"), "plan.add-task"));
  adw_preferences_group_set_header_suffix (self->reviews_group,
                                           rk_bcp_add_button (_("_Record a Review"), "plan.add-review"));

  rk_bcp_bind_list (self->member_list, self->db, RK_BCP_LIST_PLAN_MEMBERS, plan_id (self),
                    create_member_row, self);
  rk_bcp_bind_list (self->task_list, self->db, RK_BCP_LIST_PLAN_TASKS, plan_id (self),
                    create_task_row, self);
  rk_bcp_bind_list (self->review_list, self->db, RK_BCP_LIST_PLAN_REVIEWS, plan_id (self),
                    create_review_row, self);
}

static void
rk_bcp_plan_dialog_dispose (GObject *object)
{
  RkBcpPlanDialog *self = RK_BCP_PLAN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_BCP_PLAN_DIALOG);
  g_clear_object (&self->plan);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (rk_bcp_plan_dialog_parent_class)->dispose (object);
}

static void
rk_bcp_plan_dialog_class_init (RkBcpPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_bcp_plan_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-bcp-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RkBcpPlanDialog, general_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPlanDialog, activation_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPlanDialog, agreement_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPlanDialog, members_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPlanDialog, member_list);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPlanDialog, tasks_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPlanDialog, task_list);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPlanDialog, reviews_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPlanDialog, review_list);

  gtk_widget_class_install_action (widget_class, "plan.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "plan.add-task", NULL, add_task_action);
  gtk_widget_class_install_action (widget_class, "plan.add-review", NULL, add_review_action);
  gtk_widget_class_install_action (widget_class, "plan.delete", NULL, delete_action);
  rk_bcp_dialog_class_setup (widget_class);
}

static void
rk_bcp_plan_dialog_init (RkBcpPlanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RkBcpPlanDialog *
rk_bcp_plan_dialog_new (GtkWindow *parent,
                        RkBcpPlan *plan)
{
  RkBcpPlanDialog *self;
  gboolean writable;

  g_return_val_if_fail (RK_IS_BCP_PLAN (plan), NULL);

  self = g_object_new (RK_TYPE_BCP_PLAN_DIALOG, "transient-for", parent, NULL);
  self->plan = g_object_ref (plan);
  self->db = g_object_ref (rk_entity_get_database (RK_ENTITY (plan)));
  build_rows (self);

  g_signal_connect_object (self->db, "changed::bcp_plan", G_CALLBACK (plan_changed_cb), self,
                           G_CONNECT_SWAPPED);

  writable = !rk_database_get_read_only (self->db);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-member", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-task", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-review", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.delete", writable);

  return self;
}
