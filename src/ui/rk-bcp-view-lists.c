/* rk-bcp-view-lists.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bcp-dialogs.h"
#include "rk-bcp-report.h"
#include "rk-bcp-view-private.h"
#include "rk-print-operation.h"
#include "rk-ui-utils.h"

/* The plain lists of the tab: the plans, the readiness of each kind of
 * organisation, the drills and the peacetime checklist.
 */

static void
open_row_cb (AdwActionRow *row,
             RkEntity     *entity)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (row));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  GtkWindow *dialog;

  if (RK_IS_BCP_PLAN (entity))
    dialog = GTK_WINDOW (rk_bcp_plan_dialog_new (parent, RK_BCP_PLAN (entity)));
  else
    dialog = GTK_WINDOW (rk_bcp_drill_dialog_new (parent, RK_BCP_DRILL (entity)));
  gtk_window_present (dialog);
}

static GtkWidget *
activatable_row_new (RkEntity *entity)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_signal_connect_object (row, "activated", G_CALLBACK (open_row_cb), entity, 0);
  return row;
}

/*
 * Plans
 */

static void
update_plan_row (GtkWidget  *row,
                 GParamSpec *pspec,
                 RkEntity   *plan)
{
  RkDatabase *db = rk_entity_get_database (plan);
  g_autofree char *owner = rk_bcp_get_organization_name (db, rk_entity_get_int (plan, "owner-id"));
  g_autofree char *date = rk_bcp_format_date (rk_entity_get_string (plan, "plan-date"));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *title = rk_entity_get_string (plan, "title");
  const char *parts[] = {
    rk_bcp_terms_get_label (RK_BCP_TERMS_PLAN_KIND, rk_entity_get_string (plan, "kind")),
    rk_bcp_terms_get_label (RK_BCP_TERMS_PLAN_STATUS, rk_entity_get_string (plan, "status")),
    rk_entity_get_string (plan, "version"), date, owner,
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && parts[i][0] != '\0')
      g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", parts[i]);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title[0] != '\0' ? title : _("Untitled BCP"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
}

static GtkWidget *
create_plan_row (gpointer item,
                 gpointer user_data)
{
  RkEntity *plan = item;
  GtkWidget *row = activatable_row_new (plan);

  update_plan_row (row, NULL, plan);
  g_signal_connect_object (plan, "notify", G_CALLBACK (update_plan_row), row, G_CONNECT_SWAPPED);
  return row;
}

/*
 * Drills
 */

static void
update_drill_row (GtkWidget  *row,
                  GParamSpec *pspec,
                  RkEntity   *drill)
{
  g_autofree char *date = rk_bcp_format_date (rk_entity_get_string (drill, "drill-date"));
  g_autofree char *outage = NULL;
  g_autofree char *relay = NULL;
  g_autoptr(GString) subtitle = g_string_new (date);
  const char *title = rk_entity_get_string (drill, "title");
  const char *hazard = rk_entity_get_string (drill, "hazard");

  if (hazard[0] != '\0')
    g_string_append_printf (subtitle, " · %s", rk_bcp_terms_get_label (RK_BCP_TERMS_HAZARD, hazard));
  if (rk_entity_get_int (drill, "outage-hours") >= 0)
    {
      /* Translators: a drill's scenario, e.g. "停電72時間" */
      outage = g_strdup_printf (_("power out %d h"), (int) rk_entity_get_int (drill, "outage-hours"));
      g_string_append_printf (subtitle, " · %s", outage);
    }
  if (rk_entity_get_int (drill, "relay-minutes") >= 0)
    {
      /* Translators: how long the information relay of a drill took */
      relay = g_strdup_printf (_("relay %d min"), (int) rk_entity_get_int (drill, "relay-minutes"));
      g_string_append_printf (subtitle, " · %s", relay);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title[0] != '\0' ? title : _("Untitled drill"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
}

static void
drill_print_chosen_cb (gboolean include_personal,
                       gpointer user_data)
{
  GtkWidget *button = user_data;
  RkEntity *drill = g_object_get_data (G_OBJECT (button), "rk-drill");
  g_autoptr(GError) error = NULL;
  g_autoptr(RkReport) report = NULL;

  report = rk_bcp_report_drill_sheet (rk_entity_get_database (drill), rk_entity_get_id (drill),
                                      include_personal, NULL, &error);
  if (report == NULL)
    rk_ui_show_error (button, _("Could not prepare the contact sheet"), error);
  else
    rk_print_report (button, report);
}

static void
drill_print_clicked_cb (GtkButton *button,
                        RkEntity  *drill)
{
  rk_bcp_ask_personal (GTK_WIDGET (button), _("Print the Contact Sheet?"),
                       _("Without personal data the sheet counts the people on medical devices. "
                         "With it, it lists them with their phone numbers to call, shortest "
                         "power first."),
                       _("_Print…"), drill_print_chosen_cb, g_object_ref (button), g_object_unref);
}

static GtkWidget *
create_drill_row (gpointer item,
                  gpointer user_data)
{
  RkEntity *drill = item;
  GtkWidget *row = activatable_row_new (drill);
  GtkWidget *print = gtk_button_new_from_icon_name ("document-print-symbolic");

  gtk_widget_set_valign (print, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (print, "flat");
  gtk_widget_set_tooltip_text (print, _("Print the contact sheet"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (print), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Print the contact sheet"), -1);
  g_object_set_data_full (G_OBJECT (print), "rk-drill", g_object_ref (drill), g_object_unref);
  g_signal_connect_object (print, "clicked", G_CALLBACK (drill_print_clicked_cb), drill, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("alarm-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), print);

  update_drill_row (row, NULL, drill);
  g_signal_connect_object (drill, "notify", G_CALLBACK (update_drill_row), row, G_CONNECT_SWAPPED);
  return row;
}

/*
 * The peacetime checklist
 */

static void
update_check_row (GtkWidget  *row,
                  GParamSpec *pspec,
                  RkEntity   *check)
{
  g_autofree char *date = rk_bcp_format_date (rk_entity_get_string (check, "done-on"));
  g_autofree char *subtitle = NULL;
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "rk-icon");
  gboolean done = rk_entity_get_boolean (check, "done");

  if (done)
    /* Translators: a checklist item that is done, and when */
    subtitle = g_strdup_printf (_("Done %s"), date);
  else
    subtitle = g_strdup (_("Not yet"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), g_strstrip (subtitle));
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), done ? "emblem-ok-symbolic" : "radio-symbolic");
}

static GtkWidget *
create_check_row (gpointer item,
                  gpointer user_data)
{
  RkEntity *check = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *icon = gtk_image_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 rk_bcp_terms_get_label (RK_BCP_TERMS_CHECK_ITEM,
                                                         rk_entity_get_string (check, "item")));
  g_object_set_data (G_OBJECT (row), "rk-icon", icon);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_switch_row (_("Done"), check, "done", _("Change Checklist Item")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (C_("bcp", "Date"), check, "done-on", _("Change Checklist Date"),
                                              rk_bcp_parse_date_text, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("What is done"), check, "notes",
                                              _("Change Checklist Notes"), NULL, NULL));

  update_check_row (row, NULL, check);
  g_signal_connect_object (check, "notify", G_CALLBACK (update_check_row), row, G_CONNECT_SWAPPED);
  return row;
}

void
_rk_bcp_view_bind_lists (RkBcpView *self)
{
  self->plans = rk_query_model_new (self->db, rk_bcp_list_get_item_type (RK_BCP_LIST_PLANS),
                                    rk_bcp_list_get_sql (RK_BCP_LIST_PLANS));
  gtk_list_box_bind_model (self->plan_list, G_LIST_MODEL (self->plans), create_plan_row, self, NULL);

  self->drills = rk_query_model_new (self->db, rk_bcp_list_get_item_type (RK_BCP_LIST_DRILLS),
                                     rk_bcp_list_get_sql (RK_BCP_LIST_DRILLS));
  gtk_list_box_bind_model (self->drill_list, G_LIST_MODEL (self->drills), create_drill_row, self, NULL);

  self->checks = rk_query_model_new (self->db, rk_bcp_list_get_item_type (RK_BCP_LIST_CHECKS),
                                     rk_bcp_list_get_sql (RK_BCP_LIST_CHECKS));
  gtk_list_box_bind_model (self->check_list, G_LIST_MODEL (self->checks), create_check_row, self, NULL);
}

/*
 * Readiness by kind of organisation
 */

static void
add_missing_row (GtkWidget  *expander,
                 const char *title,
                 GPtrArray  *missing)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *names = rk_bcp_join_names (missing, 30);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), missing->len > 0 ? names : _("None: all have it"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
}

static gboolean
readiness_idle_cb (gpointer user_data)
{
  RkBcpView *self = user_data;
  g_autoptr(GPtrArray) readiness = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  self->readiness_idle = 0;
  self->readiness_dirty = FALSE;
  if (self->readiness_list == NULL)
    return G_SOURCE_REMOVE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->readiness_list))) != NULL)
    gtk_list_box_remove (self->readiness_list, child);

  if (self->db == NULL)
    return G_SOURCE_REMOVE;

  readiness = rk_bcp_get_readiness (self->db, &error);
  if (readiness == NULL)
    {
      g_warning ("Could not read the readiness of the region: %s", error->message);
      return G_SOURCE_REMOVE;
    }

  for (guint i = 0; i < readiness->len; i++)
    {
      RkBcpReadiness *r = g_ptr_array_index (readiness, i);
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *subtitle = NULL;

      /* Translators: a kind of organisation in the readiness list: how many
       * of how many have their own BCP, take part in a cooperative BCP and
       * joined the regional BCP
       */
      subtitle = g_strdup_printf (_("Own BCP %u/%u · cooperative %u/%u · regional %u/%u"),
                                  r->n_own, r->n_organizations, r->n_cooperative, r->n_organizations,
                                  r->n_regional, r->n_organizations);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND, r->kind));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      add_missing_row (row, _("No own BCP"), r->missing_own);
      add_missing_row (row, _("Not in a cooperative BCP"), r->missing_cooperative);
      add_missing_row (row, _("Not in the regional BCP"), r->missing_regional);
      gtk_list_box_append (self->readiness_list, row);
    }

  if (readiness->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("The directory has no organizations yet."));
      gtk_list_box_append (self->readiness_list, row);
    }

  return G_SOURCE_REMOVE;
}

/* The list is rebuilt from one query over the whole directory (thousands
 * of organisations after an import): once per burst of commits, and only
 * while it is shown; otherwise when it is shown next.
 */
void
_rk_bcp_view_update_readiness (RkBcpView *self)
{
  self->readiness_dirty = TRUE;

  if (self->readiness_idle == 0 &&
      (self->db == NULL ||
       g_strcmp0 (gtk_stack_get_visible_child_name (self->sections), "readiness") == 0))
    self->readiness_idle = g_idle_add (readiness_idle_cb, self);
}
