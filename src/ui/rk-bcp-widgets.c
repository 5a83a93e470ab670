/* rk-bcp-widgets.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rk-bcp-widgets.h"
#include "rk-entity.h"
#include "rk-organization.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"

/* The rows the disaster BCP tab's edit forms are made of, each tied to
 * one column with rk-bind (saved at once, undoable, following undo), and
 * the organisation picker that the plans, drills and the register share.
 */

/*
 * Parsers
 */

gboolean
rk_bcp_parse_date_text (const char  *text,
                        GValue      *value,
                        char       **message)
{
  g_autofree char *iso = NULL;

  if (!rk_bcp_parse_date (text, &iso))
    {
      if (message != NULL)
        *message = g_strdup (_("Enter a date such as 2026-09-01, 2026/9/1 or 令和8年9月1日, "
                               "or leave it empty."));
      return FALSE;
    }

  g_value_set_string (value, iso);
  return TRUE;
}

/* Hours of battery time: a number (full or half width, "時間" or "h"
 * after it ignored), empty for "not known" (NaN).
 */
gboolean
rk_bcp_parse_hours_text (const char  *text,
                         GValue      *value,
                         char       **message)
{
  g_autofree char *nfkc = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL_COMPOSE);
  g_autoptr(GString) s = g_string_new (g_strstrip (nfkc));
  char *end = NULL;
  double hours;

  g_string_replace (s, "時間", "", 0);
  g_string_replace (s, "h", "", 0);
  g_string_replace (s, " ", "", 0);

  if (s->len == 0)
    {
      g_value_set_double (value, NAN);
      return TRUE;
    }

  hours = g_ascii_strtod (s->str, &end);
  if (end == s->str || *end != '\0' || hours < 0 || hours > 1000 || isnan (hours))
    {
      if (message != NULL)
        *message = g_strdup (_("Enter the hours as a number, such as 8 or 1.5, or leave it empty "
                               "if not known."));
      return FALSE;
    }

  g_value_set_double (value, hours);
  return TRUE;
}

char *
rk_bcp_format_hours_value (const GValue *value)
{
  double hours = g_value_get_double (value);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (hours))
    return g_strdup ("");

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%g", hours));
}

/*
 * Rows
 */

GtkWidget *
rk_bcp_entry_row (const char        *title,
                  RkEntity          *entity,
                  const char        *property,
                  const char        *undo_label,
                  RkBindParseFunc    parse,
                  RkBindFormatFunc   format)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  rk_bind_editable (GTK_EDITABLE (row), NULL, entity, property, undo_label,
                    parse != NULL ? parse : rk_bind_parse_text, format);
  return row;
}

GtkWidget *
rk_bcp_switch_row (const char *title,
                   RkEntity   *entity,
                   const char *property,
                   const char *undo_label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  rk_bind_switch (GTK_SWITCH (sw), entity, property, undo_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  return row;
}

GtkWidget *
rk_bcp_combo_row (const char    *title,
                  RkBcpTermList  list,
                  gboolean       allow_unset,
                  RkEntity      *entity,
                  const char    *property,
                  const char    *undo_label)
{
  GtkWidget *row = adw_combo_row_new ();
  const RkTerm *terms;
  guint n_terms;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  terms = rk_bcp_terms_get (list, &n_terms);
  rk_bind_combo_row_term_array (ADW_COMBO_ROW (row), terms, n_terms, NULL, allow_unset,
                                entity, property, undo_label);
  return row;
}

GtkWidget *
rk_bcp_remove_button (const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

GtkWidget *
rk_bcp_add_button (const char *label,
                   const char *action_name)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/*
 * An organisation chosen from the directory
 */

typedef struct
{
  RkEntity *entity;
  char     *property;
  char     *undo_label;
  char     *title;
} OrgRow;

static void
org_row_free (OrgRow *data)
{
  g_clear_object (&data->entity);
  g_free (data->property);
  g_free (data->undo_label);
  g_free (data->title);
  g_free (data);
}

static void
org_row_update (GtkWidget *row)
{
  OrgRow *data = g_object_get_data (G_OBJECT (row), "rk-org-row");
  RkDatabase *db = rk_entity_get_database (data->entity);
  g_autofree char *name = rk_bcp_get_organization_name (db, rk_entity_get_int (data->entity,
                                                                                data->property));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name != NULL ? name : _("Not set"));
}

static void
org_row_notify_cb (RkEntity   *entity,
                   GParamSpec *pspec,
                   GtkWidget  *row)
{
  OrgRow *data = g_object_get_data (G_OBJECT (row), "rk-org-row");

  if (data != NULL && g_strcmp0 (pspec->name, data->property) == 0)
    org_row_update (row);
}

static void
org_row_set (GtkWidget *row,
             gint64     id)
{
  OrgRow *data = g_object_get_data (G_OBJECT (row), "rk-org-row");
  g_autoptr(GError) error = NULL;

  if (!rk_entity_update (data->entity, data->undo_label, &error, data->property, id, NULL))
    rk_ui_show_error (row, _("The change could not be saved"), error);
}

static void
org_chosen_cb (gint64    id,
               gpointer  user_data)
{
  org_row_set (GTK_WIDGET (user_data), id);
}

static void
org_choose_clicked_cb (GtkButton *button,
                       GtkWidget *row)
{
  OrgRow *data = g_object_get_data (G_OBJECT (row), "rk-org-row");

  rk_bcp_choose_organization (row, data->title, org_chosen_cb, g_object_ref (row), g_object_unref);
}

static void
org_clear_clicked_cb (GtkButton *button,
                      GtkWidget *row)
{
  org_row_set (row, -1);
}

/**
 * rk_bcp_organization_row:
 *
 * A row showing the organisation a column names, with a button to choose
 * another from the directory (or register a new one) and one to clear it.
 */
GtkWidget *
rk_bcp_organization_row (const char *title,
                         RkEntity   *entity,
                         const char *property,
                         const char *undo_label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("_Choose…"));
  GtkWidget *clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  g_autofree char *choose_label = NULL;
  g_autofree char *clear_label = NULL;
  OrgRow *data = g_new0 (OrgRow, 1);

  data->entity = g_object_ref (entity);
  data->property = g_strdup (property);
  data->undo_label = g_strdup (undo_label);
  data->title = g_strdup (title);
  g_object_set_data_full (G_OBJECT (row), "rk-org-row", data, (GDestroyNotify) org_row_free);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "property");

  /* Translators: a button's accessible name: choose the hospital, the nurse… */
  choose_label = g_strdup_printf (_("Choose: %s"), title);
  clear_label = g_strdup_printf (_("Clear: %s"), title);
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choose), GTK_ACCESSIBLE_PROPERTY_LABEL, choose_label, -1);
  gtk_widget_set_valign (clear, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (clear, "flat");
  gtk_widget_set_tooltip_text (clear, clear_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (clear), GTK_ACCESSIBLE_PROPERTY_LABEL, clear_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), choose);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), clear);

  if (rk_database_get_read_only (rk_entity_get_database (entity)))
    {
      gtk_widget_set_sensitive (choose, FALSE);
      gtk_widget_set_sensitive (clear, FALSE);
    }

  g_signal_connect (choose, "clicked", G_CALLBACK (org_choose_clicked_cb), row);
  g_signal_connect (clear, "clicked", G_CALLBACK (org_clear_clicked_cb), row);
  g_signal_connect_object (entity, "notify", G_CALLBACK (org_row_notify_cb), row, 0);
  org_row_update (row);

  return row;
}

/*
 * A plan or drill chosen from the workspace's own
 */

typedef struct
{
  RkEntity *entity;
  char     *property;
  char     *undo_label;
  GArray   *ids;        /* gint64, aligned with the model; 0 is "none" */
  gboolean  updating;
} EntityCombo;

static void
entity_combo_free (EntityCombo *data)
{
  g_clear_object (&data->entity);
  g_free (data->property);
  g_free (data->undo_label);
  g_array_unref (data->ids);
  g_free (data);
}

static void
entity_combo_follow (AdwComboRow *row,
                     EntityCombo *data)
{
  gint64 id = rk_entity_get_int (data->entity, data->property);

  data->updating = TRUE;
  adw_combo_row_set_selected (row, 0);
  for (guint i = 0; i < data->ids->len; i++)
    if (g_array_index (data->ids, gint64, i) == id)
      adw_combo_row_set_selected (row, i);
  data->updating = FALSE;
}

static void
entity_combo_selected_cb (AdwComboRow *row,
                          GParamSpec  *pspec,
                          EntityCombo *data)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (row);
  gint64 id;

  if (data->updating || selected >= data->ids->len)
    return;

  id = g_array_index (data->ids, gint64, selected);
  if (!rk_entity_update (data->entity, data->undo_label, &error,
                         data->property, id > 0 ? id : (gint64) -1, NULL))
    rk_ui_show_error (GTK_WIDGET (row), _("The change could not be saved"), error);
}

static void
entity_combo_notify_cb (RkEntity    *entity,
                        GParamSpec  *pspec,
                        AdwComboRow *row)
{
  EntityCombo *data = g_object_get_data (G_OBJECT (row), "rk-entity-combo");

  if (data != NULL && g_strcmp0 (pspec->name, data->property) == 0)
    entity_combo_follow (row, data);
}

/**
 * rk_bcp_entity_combo_row:
 * @list: %RK_BCP_LIST_PLANS or %RK_BCP_LIST_DRILLS
 *
 * A combo row to pick one plan (or drill) for an id column, or none.
 */
GtkWidget *
rk_bcp_entity_combo_row (const char *title,
                         RkBcpList   list,
                         RkEntity   *entity,
                         const char *property,
                         const char *undo_label)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) items = NULL;
  EntityCombo *data = g_new0 (EntityCombo, 1);
  gint64 none = 0;

  data->entity = g_object_ref (entity);
  data->property = g_strdup (property);
  data->undo_label = g_strdup (undo_label);
  data->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_object_set_data_full (G_OBJECT (row), "rk-entity-combo", data, (GDestroyNotify) entity_combo_free);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_string_list_append (labels, _("None"));
  g_array_append_val (data->ids, none);

  items = rk_bcp_list_entities (rk_entity_get_database (entity), list, 0, NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      RkEntity *item = g_ptr_array_index (items, i);
      gint64 id = rk_entity_get_id (item);
      g_autofree char *label = NULL;

      if (list == RK_BCP_LIST_DRILLS)
        label = g_strdup_printf ("%s %s", rk_entity_get_string (item, "drill-date"),
                                 rk_entity_get_string (item, "title"));
      else
        label = g_strdup (rk_entity_get_string (item, "title")[0] != '\0'
                          ? rk_entity_get_string (item, "title")
                          : rk_bcp_terms_get_label (RK_BCP_TERMS_PLAN_KIND,
                                                    rk_entity_get_string (item, "kind")));
      gtk_string_list_append (labels, label);
      g_array_append_val (data->ids, id);
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  entity_combo_follow (ADW_COMBO_ROW (row), data);
  if (rk_database_get_read_only (rk_entity_get_database (entity)))
    gtk_widget_set_sensitive (row, FALSE);

  g_signal_connect (row, "notify::selected", G_CALLBACK (entity_combo_selected_cb), data);
  g_signal_connect_object (entity, "notify", G_CALLBACK (entity_combo_notify_cb), row, 0);
  return row;
}

/*
 * Lists of rows
 */

/**
 * rk_bcp_bind_list:
 * @parent_id: the plan, drill or person whose rows to show
 *
 * Shows one of the tab's lists in a list box, following every change.
 */
void
rk_bcp_bind_list (GtkListBox                 *box,
                  RkDatabase                 *db,
                  RkBcpList                   list,
                  gint64                      parent_id,
                  GtkListBoxCreateWidgetFunc  create,
                  gpointer                    user_data)
{
  g_autofree char *parent = g_strdup_printf ("%" G_GINT64_FORMAT, parent_id);
  const char *params[] = { parent, NULL };
  RkQueryModel *model;

  model = rk_query_model_new (db, rk_bcp_list_get_item_type (list), "SELECT 0 WHERE 0");
  if (list == RK_BCP_LIST_PLAN_MEMBERS || list == RK_BCP_LIST_DRILL_MEMBERS)
    rk_query_model_watch (model, "organization");
  rk_query_model_set_query (model, rk_bcp_list_get_sql (list), params);

  gtk_list_box_bind_model (box, G_LIST_MODEL (model), create, user_data, NULL);
  g_object_set_data_full (G_OBJECT (box), "rk-model", model, g_object_unref);
}

/*
 * Dialogs
 */

static void
replay_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RkDatabase *db = rk_ui_get_database (widget);
  g_autoptr(GError) error = NULL;
  gboolean redo = g_str_equal (action_name, "dialog.redo");

  if (db == NULL)
    return;
  if (!(redo ? rk_database_redo (db, &error) : rk_database_undo (db, &error)))
    rk_ui_show_error (widget, redo ? _("Could not redo") : _("Could not undo"), error);
}

/**
 * rk_bcp_dialog_class_setup:
 *
 * Gives an edit dialog of the tab Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) of
 * the workspace's edits, and Escape to close.
 */
void
rk_bcp_dialog_class_setup (GtkWidgetClass *klass)
{
  gtk_widget_class_install_action (klass, "dialog.undo", NULL, replay_action);
  gtk_widget_class_install_action (klass, "dialog.redo", NULL, replay_action);
  gtk_widget_class_add_binding_action (klass, GDK_KEY_z, GDK_CONTROL_MASK, "dialog.undo", NULL);
  gtk_widget_class_add_binding_action (klass, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "dialog.redo", NULL);
  gtk_widget_class_add_binding_action (klass, GDK_KEY_Escape, 0, "window.close", NULL);
}

/**
 * rk_bcp_dialog_toast:
 * @with_undo: whether the toast offers Undo
 *
 * Shows a short-lived toast in an AdwPreferencesWindow. Toasts name no
 * person: what they say may stay on screen while others look.
 */
void
rk_bcp_dialog_toast (GtkWidget  *dialog,
                     const char *title,
                     gboolean    with_undo)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 5);
  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "dialog.undo");
    }
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (dialog), toast);
}

/*
 * Asking before personal data leaves the workspace
 */

typedef struct
{
  RkBcpPersonalFunc  callback;
  gpointer           user_data;
  GDestroyNotify     destroy;
  GtkCheckButton    *check;
} AskPersonal;

static void
ask_personal_free (AskPersonal *ask)
{
  if (ask->destroy != NULL)
    ask->destroy (ask->user_data);
  g_free (ask);
}

static void
warning_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GtkCheckButton   *check)
{
  if (g_strcmp0 (response, "include") != 0)
    gtk_check_button_set_active (check, FALSE);
}

static void
include_toggled_cb (GtkCheckButton *check,
                    GParamSpec     *pspec,
                    gpointer        user_data)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (check));
  GtkWidget *warning;

  if (!gtk_check_button_get_active (check))
    return;

  warning = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    _("Include Personal Data?"),
                                    _("Names, addresses, phone numbers and conditions of the people "
                                      "in the register will be in the printout or file. Every page "
                                      "and sheet will be marked “Personal data”. Give it only to "
                                      "those the people agreed to, and destroy it when it is no "
                                      "longer needed."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (warning),
                                    "cancel", _("_Leave Them Out"),
                                    "include", _("_Include Personal Data"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (warning), "include",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (warning), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (warning), "cancel");
  g_signal_connect_object (warning, "response", G_CALLBACK (warning_response_cb), check, 0);
  gtk_window_present (GTK_WINDOW (warning));
}

static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 AskPersonal      *ask)
{
  if (g_strcmp0 (response, "accept") == 0 && ask->callback != NULL)
    ask->callback (gtk_check_button_get_active (ask->check), ask->user_data);
}

/**
 * rk_bcp_connect_personal_warning:
 * @check: the check button that asks for personal data
 *
 * Makes ticking @check show the warning about personal data; the check
 * stays ticked only if the user confirms. For a dialog of its own that
 * offers personal data among other options (the submission workbook's).
 */
void
rk_bcp_connect_personal_warning (GtkCheckButton *check)
{
  g_return_if_fail (GTK_IS_CHECK_BUTTON (check));

  g_signal_connect (check, "notify::active", G_CALLBACK (include_toggled_cb), NULL);
}

/**
 * rk_bcp_ask_personal:
 * @callback: called with whether to include personal data; not called on
 *   cancel
 *
 * Asks before a print or an export whether it may name the people of the
 * register. The answer is no unless the user ticks "Include personal data"
 * and then confirms a warning.
 */
void
rk_bcp_ask_personal (GtkWidget         *parent,
                     const char        *heading,
                     const char        *body,
                     const char        *accept_label,
                     RkBcpPersonalFunc  callback,
                     gpointer           user_data,
                     GDestroyNotify     destroy)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  AskPersonal *ask = g_new0 (AskPersonal, 1);
  GtkWidget *dialog;

  ask->callback = callback;
  ask->user_data = user_data;
  ask->destroy = destroy;
  ask->check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Include _personal data")));
  rk_bcp_connect_personal_warning (ask->check);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (ask->check));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "accept", accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (ask_response_cb), ask,
                         (GClosureNotify) ask_personal_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
