/* rk-logic-models-chooser.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-models-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-indicator.h"
#include "rk-logic-models-chooser.h"
#include "rk-query-model.h"

/* A dialog to pick an indicator of the master for a box: a search field
 * and the list, each with its category, functions, version and whether it
 * was checked against its source. Activating a row (click, Return) picks
 * it and closes the dialog.
 */

typedef struct
{
  RkDatabase              *db;
  RkQueryModel            *model;
  GtkWidget               *window;
  RkLmIndicatorChosenFunc  chosen;
  gpointer                 user_data;
  GDestroyNotify           destroy;
} Chooser;

static void
chooser_free (Chooser *chooser)
{
  if (chooser->destroy != NULL)
    chooser->destroy (chooser->user_data);
  g_clear_object (&chooser->model);
  g_clear_object (&chooser->db);
  g_free (chooser);
}

static char *
describe (RkEntity *ind)
{
  g_autoptr(GString) s = g_string_new (NULL);
  const char *category = rk_entity_get_string (ind, "category");
  const char *edition = rk_entity_get_string (ind, "edition");
  g_autofree char *functions = rk_functions_to_string (rk_entity_get_int (ind, "functions"));

  if (category[0] != '\0')
    g_string_append (s, rk_terms_get_label (RK_TERMS_INDICATOR_CATEGORY, category));
  if (functions[0] != '\0')
    g_string_append_printf (s, "%s%s", s->len > 0 ? " · " : "", functions);
  if (edition[0] != '\0')
    g_string_append_printf (s, "%s%s", s->len > 0 ? " · " : "",
                            rk_terms_get_label (RK_TERMS_INDICATOR_EDITION, edition));
  if (!rk_entity_get_boolean (ind, "verified"))
    g_string_append_printf (s, "%s%s", s->len > 0 ? " · " : "", _("※ not checked"));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RkEntity *ind = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe (ind);
  g_autofree char *title = NULL;

  title = g_strconcat (rk_entity_get_boolean (ind, "priority") ? "● " : "",
                       rk_entity_get_string (ind, "name"), NULL);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  Chooser       *chooser)
{
  gint64 id = rk_query_model_get_id (chooser->model, gtk_list_box_row_get_index (row));

  chooser->chosen (id, chooser->user_data);
  gtk_window_close (GTK_WINDOW (chooser->window));
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   Chooser        *chooser)
{
  g_autofree char *pattern = g_strdup_printf ("%%%s%%", gtk_editable_get_text (GTK_EDITABLE (entry)));
  const char *params[] = { pattern, NULL };
  g_autoptr(GError) error = NULL;

  rk_query_model_set_query (chooser->model,
                            "SELECT id FROM indicator WHERE name LIKE ?1 OR code LIKE ?1 "
                            "OR data_source LIKE ?1 ORDER BY position, id", params);
  if (!rk_query_model_refresh (chooser->model, &error))
    g_warning ("Could not search the indicators: %s", error->message);
}

/**
 * rk_lm_indicator_chooser_run:
 * @chosen: called with the indicator picked (not on cancel)
 * @destroy: (nullable): frees @user_data when the dialog closes
 *
 * Shows the dialog, modal over @parent's window.
 */
void
rk_lm_indicator_chooser_run (GtkWidget               *parent,
                             RkDatabase              *db,
                             RkLmIndicatorChosenFunc  chosen,
                             gpointer                 user_data,
                             GDestroyNotify           destroy)
{
  Chooser *chooser = g_new0 (Chooser, 1);
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *search = gtk_search_entry_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkShortcutController *shortcuts;

  chooser->db = g_object_ref (db);
  chooser->window = window;
  chooser->chosen = chosen;
  chooser->user_data = user_data;
  chooser->destroy = destroy;
  chooser->model = rk_query_model_new (db, RK_TYPE_INDICATOR,
                                       "SELECT id FROM indicator ORDER BY position, id");
  rk_query_model_watch (chooser->model, "indicator");
  g_object_set_data_full (G_OBJECT (window), "rk-chooser", chooser, (GDestroyNotify) chooser_free);

  gtk_window_set_title (GTK_WINDOW (window), _("Add Indicator"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 620);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));

  g_object_set (search, "placeholder-text", _("Search indicators"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search indicators"), -1);
  gtk_widget_set_margin_top (search, 12);
  gtk_widget_set_margin_bottom (search, 6);
  gtk_widget_set_margin_start (search, 12);
  gtk_widget_set_margin_end (search, 12);
  g_signal_connect (search, "search-changed", G_CALLBACK (search_changed_cb), chooser);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 6);
  gtk_widget_set_margin_bottom (list, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Indicators"), -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (chooser->model), create_row, NULL,
                           NULL);
  g_signal_connect (list, "row-activated", G_CALLBACK (row_activated_cb), chooser);
  adw_clamp_set_child (ADW_CLAMP (clamp), list);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);

  gtk_box_append (GTK_BOX (box), header);
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
