/* rk-bcp-drill-dialog.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-drill-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bcp-dialogs.h"
#include "rk-bcp-drill-member.h"
#include "rk-bcp-report.h"
#include "rk-bcp-review.h"
#include "rk-bcp-widgets.h"
#include "rk-print-operation.h"
#include "rk-ui-utils.h"

/**
 * RkBcpDrillDialog:
 *
 * One drill (FIELD-NOTES §7.5): date, scenario (hazard, hours without
 * power), the plan exercised, the organisations and their roles, how
 * long the information relay took, what was found, and the revisions of
 * the plan that followed. Prints the drill's contact sheet.
 */
struct _RkBcpDrillDialog
{
  AdwPreferencesWindow  parent_instance;

  RkDatabase           *db;
  RkBcpDrill           *drill;

  /* Template widgets */
  AdwPreferencesGroup  *drill_group;
  AdwPreferencesGroup  *result_group;
  AdwPreferencesGroup  *members_group;
  GtkListBox           *member_list;
  AdwPreferencesGroup  *reviews_group;
  GtkListBox           *review_list;
};

G_DEFINE_FINAL_TYPE (RkBcpDrillDialog, rk_bcp_drill_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static gint64
drill_id (RkBcpDrillDialog *self)
{
  return rk_entity_get_id (RK_ENTITY (self->drill));
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

/*
 * Organisations
 */

static void
update_member_row (GtkWidget  *row,
                   GParamSpec *pspec,
                   RkEntity   *m)
{
  g_autofree char *name = rk_bcp_get_organization_name (rk_entity_get_database (m),
                                                        rk_entity_get_int (m, "organization-id"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : "");
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), rk_entity_get_string (m, "role"));
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  RkEntity *m = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = rk_bcp_remove_button (_("Remove Organization"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("Role and way of working together checked"), m, "role",
                                              _("Change Role in the Drill"), NULL, NULL));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), m, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  update_member_row (row, NULL, m);
  g_signal_connect_object (m, "notify", G_CALLBACK (update_member_row), row, G_CONNECT_SWAPPED);
  return row;
}

static void
member_chosen_cb (gint64   organization_id,
                  gpointer user_data)
{
  RkBcpDrillDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) m = NULL;

  m = rk_entity_create (self->db, RK_TYPE_BCP_DRILL_MEMBER, _("Add Organization to the Drill"), &error,
                        "drill-id", drill_id (self), "organization-id", organization_id, NULL);
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
  rk_bcp_choose_organization (widget, _("Add an Organization to the Drill"), member_chosen_cb,
                              g_object_ref (widget), g_object_unref);
}

/*
 * Revisions that followed
 */

static void
update_review_row (GtkWidget  *row,
                   GParamSpec *pspec,
                   RkEntity   *r)
{
  g_autoptr(RkEntity) plan = rk_entity_lookup (rk_entity_get_database (r), RK_TYPE_BCP_PLAN,
                                               rk_entity_get_int (r, "plan-id"), NULL);
  g_autofree char *date = rk_bcp_format_date (rk_entity_get_string (r, "review-date"));
  g_autofree char *subtitle = g_strdup_printf ("%s %s %s", date, rk_entity_get_string (r, "version"),
                                               rk_entity_get_string (r, "summary"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 plan != NULL ? rk_entity_get_string (plan, "title") : "");
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), g_strstrip (subtitle));
}

static GtkWidget *
create_review_row (gpointer item,
                   gpointer user_data)
{
  RkEntity *r = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = rk_bcp_remove_button (_("Remove Revision"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (C_("bcp", "Date"), r, "review-date", _("Change Review Date"),
                                              rk_bcp_parse_date_text, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("Version"), r, "version", _("Change Version"), NULL, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("What changed"), r, "summary", _("Change Review Summary"),
                                              NULL, NULL));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), r, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  update_review_row (row, NULL, r);
  g_signal_connect_object (r, "notify", G_CALLBACK (update_review_row), row, G_CONNECT_SWAPPED);
  return row;
}

static void
add_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  RkBcpDrillDialog *self = RK_BCP_DRILL_DIALOG (widget);
  gint64 plan = rk_entity_get_int (RK_ENTITY (self->drill), "plan-id");
  g_autofree char *today = rk_bcp_today ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) r = NULL;

  if (plan <= 0)
    {
      g_set_error_literal (&error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                           _("Choose the BCP the drill exercised first (on the Drill page), "
                             "then record the revision."));
      rk_ui_show_error (widget, _("Which plan was revised?"), error);
      return;
    }

  r = rk_entity_create (self->db, RK_TYPE_BCP_REVIEW, _("Record a Revision"), &error,
                        "plan-id", plan, "drill-id", drill_id (self), "review-date", today, NULL);
  if (r == NULL)
    rk_ui_show_error (widget, _("Could not record the revision"), error);
  else
    expand_last (self->review_list);
}

/*
 * The drill itself
 */

static void
print_chosen_cb (gboolean include_personal,
                 gpointer user_data)
{
  RkBcpDrillDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RkReport) report = rk_bcp_report_drill_sheet (self->db, drill_id (self), include_personal,
                                                          NULL, &error);

  if (report == NULL)
    rk_ui_show_error (GTK_WIDGET (self), _("Could not prepare the contact sheet"), error);
  else
    rk_print_report (GTK_WIDGET (self), report);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  rk_bcp_ask_personal (widget, _("Print the Contact Sheet?"),
                       _("Without personal data the sheet counts the people on medical devices. "
                         "With it, it lists them with their phone numbers to call, shortest "
                         "power first."),
                       _("_Print…"), print_chosen_cb, g_object_ref (widget), g_object_unref);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RkBcpDrillDialog *self = RK_BCP_DRILL_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (RK_ENTITY (self->drill), _("Delete Drill"), &error))
    {
      rk_ui_show_error (widget, _("Could not delete the drill"), error);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
  if (parent != NULL)
    rk_ui_show_undo_toast (GTK_WIDGET (parent), _("Drill deleted"));
}

static void
drill_changed_cb (RkBcpDrillDialog *self,
                  const char       *table,
                  gint64            rowid,
                  RkChangeKind      kind)
{
  if (kind == RK_CHANGE_DELETE && rowid == drill_id (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
build_rows (RkBcpDrillDialog *self)
{
  RkEntity *d = RK_ENTITY (self->drill);

  add (self->drill_group, rk_bcp_entry_row (_("Name of the drill"), d, "title", _("Change Drill Name"),
                                            NULL, NULL));
  add (self->drill_group, rk_bcp_entry_row (C_("bcp", "Date"), d, "drill-date", _("Change Drill Date"),
                                            rk_bcp_parse_date_text, NULL));
  add (self->drill_group, rk_bcp_combo_row (_("Hazard"), RK_BCP_TERMS_HAZARD, TRUE, d, "hazard",
                                            _("Change Hazard")));
  add (self->drill_group, rk_bcp_entry_row (_("Hours without power"), d, "outage-hours",
                                            _("Change Hours without Power"),
                                            rk_bind_parse_count, rk_bind_format_count));
  add (self->drill_group, rk_bcp_entity_combo_row (_("BCP exercised"), RK_BCP_LIST_PLANS, d, "plan-id",
                                                   _("Change BCP Exercised")));

  add (self->result_group, rk_bcp_entry_row (_("Relay of information took (minutes)"), d, "relay-minutes",
                                             _("Change Relay Time"),
                                             rk_bind_parse_count, rk_bind_format_count));
  add (self->result_group, rk_bcp_entry_row (_("Findings"), d, "findings", _("Change Findings"),
                                             NULL, NULL));
  add (self->result_group, rk_bcp_entry_row (_("Notes"), d, "notes", _("Change Notes"), NULL, NULL));

  adw_preferences_group_set_header_suffix (self->members_group,
                                           rk_bcp_add_button (_("_Add Organization…"), "drill.add-member"));
  adw_preferences_group_set_header_suffix (self->reviews_group,
                                           rk_bcp_add_button (_("_Record a Revision"), "drill.add-review"));

  rk_bcp_bind_list (self->member_list, self->db, RK_BCP_LIST_DRILL_MEMBERS, drill_id (self),
                    create_member_row, self);
  rk_bcp_bind_list (self->review_list, self->db, RK_BCP_LIST_DRILL_REVIEWS, drill_id (self),
                    create_review_row, self);
}

static void
rk_bcp_drill_dialog_dispose (GObject *object)
{
  RkBcpDrillDialog *self = RK_BCP_DRILL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_BCP_DRILL_DIALOG);
  g_clear_object (&self->drill);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (rk_bcp_drill_dialog_parent_class)->dispose (object);
}

static void
rk_bcp_drill_dialog_class_init (RkBcpDrillDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_bcp_drill_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-bcp-drill-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RkBcpDrillDialog, drill_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpDrillDialog, result_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpDrillDialog, members_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpDrillDialog, member_list);
  gtk_widget_class_bind_template_child (widget_class, RkBcpDrillDialog, reviews_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpDrillDialog, review_list);

  gtk_widget_class_install_action (widget_class, "drill.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "drill.add-review", NULL, add_review_action);
  gtk_widget_class_install_action (widget_class, "drill.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "drill.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "drill.print", NULL);
  rk_bcp_dialog_class_setup (widget_class);
}

static void
rk_bcp_drill_dialog_init (RkBcpDrillDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RkBcpDrillDialog *
rk_bcp_drill_dialog_new (GtkWindow  *parent,
                         RkBcpDrill *drill)
{
  RkBcpDrillDialog *self;
  gboolean writable;

  g_return_val_if_fail (RK_IS_BCP_DRILL (drill), NULL);

  self = g_object_new (RK_TYPE_BCP_DRILL_DIALOG, "transient-for", parent, NULL);
  self->drill = g_object_ref (drill);
  self->db = g_object_ref (rk_entity_get_database (RK_ENTITY (drill)));
  build_rows (self);

  g_signal_connect_object (self->db, "changed::bcp_drill", G_CALLBACK (drill_changed_cb), self,
                           G_CONNECT_SWAPPED);

  writable = !rk_database_get_read_only (self->db);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "drill.add-member", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "drill.add-review", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "drill.delete", writable);

  return self;
}
