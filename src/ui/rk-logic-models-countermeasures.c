/* rk-logic-models-countermeasures.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-models-countermeasures"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-countermeasure.h"
#include "rk-issue.h"
#include "rk-logic-models-countermeasures.h"
#include "rk-logic-models-util.h"
#include "rk-meeting.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"

/* A measure's countermeasures (対応策 of the meetings' issue register),
 * as the box editor lists them and as the dialog that links more offers
 * them: one row each, with a switch that links it to the measure or
 * unlinks it, each switch one undoable step.
 */

char *
_rk_lm_countermeasure_title (RkEntity *countermeasure)
{
  const char *what = rk_entity_get_string (countermeasure, "what");
  g_autofree char *number = rk_countermeasure_dup_number (RK_COUNTERMEASURE (countermeasure));

  /* Translators: a countermeasure of the issue register, by its number
   * and what it is: 対応策5　当番医の試行
   */
  return g_strdup_printf (_("Countermeasure %s\u3000%s"), number,
                          what[0] != '\0' ? what : _("New countermeasure"));
}

char *
_rk_lm_countermeasure_subtitle (RkEntity *countermeasure)
{
  RkDatabase *db = rk_entity_get_database (countermeasure);
  g_autoptr(RkIssue) issue = rk_entity_lookup (db, RK_TYPE_ISSUE,
                                               rk_entity_get_int (countermeasure, "issue-id"), NULL);
  const char *status = rk_meeting_terms_get_label (RK_MEETING_TERMS_ACTION_STATUS,
                                                   rk_entity_get_string (countermeasure, "status"));
  const char *due = rk_entity_get_string (countermeasure, "due-date");
  g_autofree char *number = issue != NULL ? rk_issue_dup_number (issue) : g_strdup ("");
  g_autofree char *line = NULL;

  /* Translators: under a countermeasure in a logic model: its issue's
   * number and title, then its status
   */
  line = g_strdup_printf (_("Issue %s: %s · %s"), number,
                          issue != NULL ? rk_entity_get_string (RK_ENTITY (issue), "title") : "",
                          status);
  if (due[0] != '\0' && rk_action_status_is_open (rk_entity_get_string (countermeasure, "status")))
    {
      g_autofree char *date = rk_format_iso_date (due);
      /* Translators: after a countermeasure's status: its due date */
      g_autofree char *with_due = g_strdup_printf (_("%s · due %s"), line, date);

      return g_steal_pointer (&with_due);
    }
  return g_steal_pointer (&line);
}

static void
switched_cb (GtkSwitch  *sw,
             GParamSpec *pspec,
             gpointer    user_data)
{
  RkLogicModelNode *node = g_object_get_data (G_OBJECT (sw), "rk-node");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (sw), "rk-countermeasure-id"));
  gboolean active = gtk_switch_get_active (sw);
  g_autoptr(GError) error = NULL;

  if (rk_logic_model_node_set_countermeasure (node, id, active,
                                              active ? _("Link Countermeasure")
                                                     : _("Unlink Countermeasure"),
                                              &error))
    return;

  rk_ui_show_error (GTK_WIDGET (sw), active ? _("Could not link the countermeasure")
                                            : _("Could not unlink the countermeasure"), error);
  g_signal_handlers_block_by_func (sw, switched_cb, user_data);
  gtk_switch_set_active (sw, rk_logic_model_node_has_countermeasure (node, id));
  g_signal_handlers_unblock_by_func (sw, switched_cb, user_data);
}

/**
 * _rk_lm_countermeasure_row:
 * @with_jump: add a button that shows the countermeasure in the issue
 *   register (the meetings tab)
 *
 * A row for @countermeasure whose switch links it to @node.
 */
GtkWidget *
_rk_lm_countermeasure_row (RkLogicModelNode *node,
                           RkEntity         *countermeasure,
                           gboolean          with_jump)
{
  gint64 id = rk_entity_get_id (countermeasure);
  g_autofree char *title = _rk_lm_countermeasure_title (countermeasure);
  g_autofree char *subtitle = _rk_lm_countermeasure_subtitle (countermeasure);
  /* Translators: accessible name of the switch that links a measure to a
   * countermeasure; %s is the countermeasure's number and text
   */
  g_autofree char *label = g_strdup_printf (_("Carried out by %s"), title);
  GtkWidget *row, *sw;

  row = _rk_lm_switch_row (title, subtitle, label,
                           rk_logic_model_node_has_countermeasure (node, id),
                           G_CALLBACK (switched_cb), NULL);
  sw = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
  g_object_set_data_full (G_OBJECT (sw), "rk-node", g_object_ref (node), g_object_unref);
  g_object_set_data (G_OBJECT (sw), "rk-countermeasure-id", GSIZE_TO_POINTER ((gsize) id));
  gtk_widget_set_sensitive (sw, !rk_database_get_read_only (rk_entity_get_database (countermeasure)));

  if (with_jump)
    {
      GtkWidget *jump = _rk_lm_icon_button ("go-jump-symbolic", NULL);
      /* Translators: the button beside a countermeasure in a logic model's
       * box editor; %s is its number
       */
      g_autofree char *number = rk_countermeasure_dup_number (RK_COUNTERMEASURE (countermeasure));
      g_autofree char *jump_label = g_strdup_printf (_("Show countermeasure %s in the issue register"),
                                                     number);

      gtk_widget_set_tooltip_text (jump, jump_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (jump), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      jump_label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (jump), "win.show-countermeasure");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (jump), g_variant_new_int64 (id));
      /* Before the switch: the switch stays the row's last word. */
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), jump);
    }
  return row;
}

/*
 * The dialog
 */

typedef struct
{
  RkLogicModelNode *node;
  RkQueryModel     *model;
} Chooser;

static void
chooser_free (Chooser *chooser)
{
  g_clear_object (&chooser->node);
  g_clear_object (&chooser->model);
  g_free (chooser);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  Chooser *chooser = user_data;

  return _rk_lm_countermeasure_row (chooser->node, item, FALSE);
}

/* Open ones first, then by issue, as the register lists them. */
#define CHOOSER_QUERY \
  "SELECT c.id FROM countermeasure c JOIN issue i ON i.id = c.issue_id %s" \
  " ORDER BY c.status NOT IN ('planned', 'in_progress'), c.issue_id, c.position, c.id"

static void
search_changed_cb (GtkSearchEntry *entry,
                   Chooser        *chooser)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *sql = NULL;

  /* instr() rather than LIKE: no wildcards to escape in what was typed. */
  if (text[0] == '\0')
    sql = g_strdup_printf (CHOOSER_QUERY, "");
  else
    sql = g_strdup_printf (CHOOSER_QUERY, "WHERE instr(c.what, ?1) > 0 OR instr(c.owner, ?1) > 0"
                                          " OR instr(i.title, ?1) > 0");
  rk_query_model_set_query (chooser->model, sql,
                            text[0] != '\0' ? (const char *[]) { text, NULL } : NULL);
}

/**
 * rk_lm_countermeasure_chooser_run:
 * @node: a measure
 *
 * Shows the dialog, modal over @parent's window: every countermeasure of
 * the issue register with a switch that links it to @node.
 */
void
rk_lm_countermeasure_chooser_run (GtkWidget        *parent,
                                  RkLogicModelNode *node)
{
  Chooser *chooser = g_new0 (Chooser, 1);
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (node));
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *search = gtk_search_entry_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *hint = gtk_label_new (NULL);
  GtkWidget *empty = adw_status_page_new ();
  g_autofree char *title = _rk_lm_node_title (RK_ENTITY (node));
  /* Translators: under the title of the dialog that links countermeasures
   * to a measure; %s is the measure's number and text
   */
  g_autofree char *intro = g_strdup_printf (_("Switch on the countermeasures of the issue "
                                              "register that carry out “%s”. Each switch is saved "
                                              "at once and can be undone."), title);
  g_autofree char *sql = g_strdup_printf (CHOOSER_QUERY, "");
  GtkShortcutController *shortcuts;

  chooser->node = g_object_ref (node);
  chooser->model = rk_query_model_new (db, RK_TYPE_COUNTERMEASURE, sql);
  rk_query_model_watch (chooser->model, "countermeasure");
  rk_query_model_watch (chooser->model, "issue");
  g_object_set_data_full (G_OBJECT (window), "rk-chooser", chooser, (GDestroyNotify) chooser_free);

  gtk_window_set_title (GTK_WINDOW (window), _("Link Countermeasures"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 640);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));

  gtk_label_set_text (GTK_LABEL (hint), intro);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_set_margin_top (hint, 12);
  gtk_widget_set_margin_start (hint, 12);
  gtk_widget_set_margin_end (hint, 12);

  g_object_set (search, "placeholder-text", _("Search countermeasures"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search countermeasures"), -1);
  gtk_widget_set_margin_top (search, 12);
  gtk_widget_set_margin_bottom (search, 6);
  gtk_widget_set_margin_start (search, 12);
  gtk_widget_set_margin_end (search, 12);
  g_signal_connect (search, "search-changed", G_CALLBACK (search_changed_cb), chooser);
  /* Escape in the search field: the entry takes the key, so it closes the
   * dialog from there (every switch is already saved).
   */
  g_signal_connect_swapped (search, "stop-search", G_CALLBACK (gtk_window_close), window);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 6);
  gtk_widget_set_margin_bottom (list, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Countermeasures"), -1);
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Countermeasures"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Countermeasures are decided under the issues of the "
                                     "meetings tab’s issue register."));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (chooser->model), create_row, chooser,
                           NULL);
  adw_clamp_set_child (ADW_CLAMP (clamp), list);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_box_append (GTK_BOX (box), search);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);

  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (shortcuts));

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (search);
}
