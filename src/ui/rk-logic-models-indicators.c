/* rk-logic-models-indicators.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-models-indicators"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-indicator.h"
#include "rk-indicator-import.h"
#include "rk-logic-models-indicator-editor.h"
#include "rk-logic-models-indicators.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"

/**
 * RkLmIndicatorsPage:
 *
 * The workspace's indicator master: a searchable list (category, name,
 * functions, ●, unit, version, and whether each was checked against its
 * source), with an editor for the one selected. MHLW's examples are
 * loaded on request from the data shipped with Renkei; the base adds its
 * own; values come in by hand or from a CSV file.
 */
struct _RkLmIndicatorsPage
{
  GtkBox               parent_instance;

  RkDatabase          *db;
  RkQueryModel        *indicators;
  GtkSingleSelection  *selection;

  GtkWidget           *stack;
  GtkWidget           *search;
  GtkWidget           *column_view;
  GtkWidget           *editor;      /* AdwBin */
};

G_DEFINE_FINAL_TYPE (RkLmIndicatorsPage, rk_lm_indicators_page, GTK_TYPE_BOX)

typedef char *(*CellText) (RkEntity *indicator);

/*
 * Cells
 */

static char *
category_text (RkEntity *ind)
{
  const char *c = rk_entity_get_string (ind, "category");

  return g_strdup (c[0] != '\0' ? rk_terms_get_label (RK_TERMS_INDICATOR_CATEGORY, c) : "");
}

static char *
name_text (RkEntity *ind)
{
  return g_strdup (rk_entity_get_string (ind, "name"));
}

static char *
functions_text (RkEntity *ind)
{
  g_autofree char *f = rk_functions_to_string (rk_entity_get_int (ind, "functions"));

  return f[0] != '\0' ? g_steal_pointer (&f) : g_strdup (C_("functions", "Cross-cutting"));
}

static char *
priority_text (RkEntity *ind)
{
  return g_strdup (rk_entity_get_boolean (ind, "priority") ? "●" : "");
}

static char *
unit_text (RkEntity *ind)
{
  return g_strdup (rk_entity_get_string (ind, "unit"));
}

static char *
edition_text (RkEntity *ind)
{
  const char *e = rk_entity_get_string (ind, "edition");

  return g_strdup (e[0] != '\0' ? rk_terms_get_label (RK_TERMS_INDICATOR_EDITION, e) : "");
}

static char *
checked_text (RkEntity *ind)
{
  return g_strdup (rk_entity_get_boolean (ind, "verified") ? _("Checked") : _("※ Not checked"));
}

static void
update_cell (GtkInscription *cell,
             GParamSpec     *pspec,
             RkEntity       *ind)
{
  CellText text = g_object_get_data (G_OBJECT (cell), "rk-text");
  g_autofree char *s = text (ind);

  gtk_inscription_set_text (cell, s);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  g_object_set_data (G_OBJECT (cell), "rk-text", g_object_get_data (G_OBJECT (factory), "rk-text"));
  gtk_list_item_set_child (item, cell);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  RkEntity *ind = gtk_list_item_get_item (item);

  update_cell (GTK_INSCRIPTION (cell), NULL, ind);
  g_signal_connect_object (ind, "notify", G_CALLBACK (update_cell), cell, G_CONNECT_SWAPPED);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  RkEntity *ind = gtk_list_item_get_item (item);

  if (ind != NULL)
    g_signal_handlers_disconnect_by_func (ind, update_cell, cell);
}

static void
add_column (RkLmIndicatorsPage *self,
            const char         *title,
            CellText            text,
            int                 width,
            gboolean            expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "rk-text", text);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, expand);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->column_view), column);
  g_object_unref (column);
}

/*
 * Callbacks
 */

static void
update_editor (RkLmIndicatorsPage *self)
{
  RkIndicator *ind = gtk_single_selection_get_selected_item (self->selection);
  GtkWidget *current = adw_bin_get_child (ADW_BIN (self->editor));

  if (ind == NULL)
    {
      adw_bin_set_child (ADW_BIN (self->editor), NULL);
      return;
    }
  if (RK_IS_LM_INDICATOR_EDITOR (current) &&
      rk_lm_indicator_editor_get_indicator (RK_LM_INDICATOR_EDITOR (current)) == ind)
    return;
  adw_bin_set_child (ADW_BIN (self->editor), rk_lm_indicator_editor_new (ind));
}

static void
update_state (RkLmIndicatorsPage *self)
{
  gboolean writable = self->db != NULL && !rk_database_get_read_only (self->db);
  gboolean empty = self->db == NULL ||
                   (rk_database_count_rows (self->db, "indicator", NULL) == 0);

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), empty ? "empty" : "list");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ind.load-examples", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ind.load-list", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ind.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ind.import-values", writable && !empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ind.delete",
                                 writable && gtk_single_selection_get_selected_item (self->selection) != NULL);
  update_editor (self);
}

static void
search_changed_cb (RkLmIndicatorsPage *self)
{
  g_autofree char *pattern = g_strdup_printf ("%%%s%%", gtk_editable_get_text (GTK_EDITABLE (self->search)));
  const char *params[] = { pattern, NULL };
  g_autoptr(GError) error = NULL;

  if (self->indicators == NULL)
    return;
  rk_query_model_set_query (self->indicators,
                            "SELECT id FROM indicator WHERE name LIKE ?1 OR code LIKE ?1 "
                            "OR data_source LIKE ?1 OR notes LIKE ?1 ORDER BY position, id", params);
  if (!rk_query_model_refresh (self->indicators, &error))
    g_warning ("Could not search the indicators: %s", error->message);
}

/*
 * Actions
 */

static void
load_examples_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  RkLmIndicatorsPage *self = RK_LM_INDICATORS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!rk_indicator_load_examples (self->db, &n, &error))
    rk_ui_show_error (widget, _("Could not load the indicator examples"), error);
  else if (n == 0)
    rk_ui_show_toast (widget, _("The workspace already has every indicator example"));
  else
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u indicator example loaded (not yet checked against its source)",
                                                               "%u indicator examples loaded (not yet checked against their source)",
                                                               n), n);
      rk_ui_show_undo_toast (widget, message);
    }
  update_state (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  RkLmIndicatorsPage *self = RK_LM_INDICATORS_PAGE (widget);
  g_autoptr(RkIndicator) ind = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  ind = rk_indicator_create (self->db, _("New indicator"), _("Add Indicator"), &error);
  if (ind == NULL)
    {
      rk_ui_show_error (widget, _("Could not add the indicator"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  rk_query_model_refresh (self->indicators, NULL);
  update_state (self);
  if (rk_query_model_find (self->indicators, rk_entity_get_id (RK_ENTITY (ind)), &position))
    gtk_single_selection_set_selected (self->selection, position);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RkLmIndicatorsPage *self = RK_LM_INDICATORS_PAGE (widget);
  RkIndicator *ind = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GError) error = NULL;

  if (ind == NULL)
    return;
  if (!rk_indicator_delete (ind, _("Delete Indicator"), &error))
    rk_ui_show_error (widget, _("Could not delete the indicator"), error);
  else
    rk_ui_show_undo_toast (widget, _("Indicator and its values deleted"));
}

static void
values_file_chosen_cb (GFile    *file,
                       gpointer  user_data)
{
  RkLmIndicatorsPage *self = user_data;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (self->db == NULL)
    return;
  if (!rk_indicator_import_values (self->db, path, &n, &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not import the values. Nothing was imported."),
                      error);
  else
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u value imported",
                                                               "%u values imported", n), n);
      rk_ui_show_undo_toast (GTK_WIDGET (self), message);
    }
}

static void
list_file_chosen_cb (GFile    *file,
                     gpointer  user_data)
{
  RkLmIndicatorsPage *self = user_data;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  guint n = 0;

  if (self->db == NULL)
    return;
  if (!g_file_get_contents (path, &text, &length, &error) ||
      !rk_indicator_load_master (self->db, text, length, name, &n, &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not load the indicator list. Nothing was added."),
                      error);
  else
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator added",
                                                               "%u indicators added", n), n);
      rk_ui_show_undo_toast (GTK_WIDGET (self), message);
    }
  update_state (self);
}

static void
load_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  rk_ui_choose_file (widget, GTK_FILE_CHOOSER_ACTION_OPEN, _("Load an Indicator List"),
                     _("_Load"), NULL, _("Indicator lists (tab-separated)"), "*.[tT][sS][vV]",
                     list_file_chosen_cb, widget);
}

static void
import_values_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  rk_ui_choose_file (widget, GTK_FILE_CHOOSER_ACTION_OPEN, _("Import Indicator Values"),
                     _("_Import"), NULL, _("CSV files"), "*.[cC][sS][vV]", values_file_chosen_cb,
                     widget);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (RK_LM_INDICATORS_PAGE (widget)->search);
}

/*
 * GObject
 */

static void
rk_lm_indicators_page_dispose (GObject *object)
{
  RkLmIndicatorsPage *self = RK_LM_INDICATORS_PAGE (object);

  if (self->selection != NULL)
    {
      rk_lm_indicators_page_set_database (self, NULL);
      g_clear_object (&self->selection);
    }

  G_OBJECT_CLASS (rk_lm_indicators_page_parent_class)->dispose (object);
}

static void
rk_lm_indicators_page_class_init (RkLmIndicatorsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rk_lm_indicators_page_dispose;

  gtk_widget_class_install_action (widget_class, "ind.load-examples", NULL, load_examples_action);
  gtk_widget_class_install_action (widget_class, "ind.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "ind.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "ind.import-values", NULL, import_values_action);
  gtk_widget_class_install_action (widget_class, "ind.load-list", NULL, load_list_action);
  gtk_widget_class_install_action (widget_class, "ind.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "ind.search", NULL);
}

static GtkWidget *
tool_button (const char *label,
             const char *action,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static void
rk_lm_indicators_page_init (RkLmIndicatorsPage *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *empty_buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *load;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);

  self->search = gtk_search_entry_new ();
  g_object_set (self->search, "placeholder-text", _("Search indicators"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search indicators"), -1);
  gtk_widget_set_hexpand (self->search, TRUE);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_box_append (GTK_BOX (bar), self->search);
  gtk_box_append (GTK_BOX (bar), tool_button (_("_Add Indicator"), "ind.add",
                                              _("Add one of the base's own indicators")));
  gtk_box_append (GTK_BOX (bar), tool_button (_("_Import Values…"), "ind.import-values",
                                              _("Import values by area, fiscal year and kind from a CSV file")));
  {
    g_autoptr(GMenu) menu = g_menu_new ();
    GtkWidget *button = gtk_menu_button_new ();

    g_menu_append (menu, _("MHLW’s Indicator _Examples"), "ind.load-examples");
    g_menu_append (menu, _("Indicator _List from a File (TSV)…"), "ind.load-list");
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
    gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Load Indicators"));
    gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
    gtk_widget_set_tooltip_text (button, _("Add MHLW's indicator examples, or a prefecture's list, "
                                           "that the workspace does not have yet"));
    gtk_box_append (GTK_BOX (bar), button);
  }

  self->column_view = gtk_column_view_new (NULL);
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (self->column_view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Indicators"), -1);
  add_column (self, _("Category"), category_text, 90, FALSE);
  add_column (self, _("Indicator"), name_text, -1, TRUE);
  add_column (self, _("Source checked"), checked_text, 80, FALSE);
  add_column (self, _("Functions"), functions_text, 110, FALSE);
  add_column (self, "●", priority_text, 32, FALSE);
  add_column (self, _("Unit"), unit_text, 56, FALSE);
  add_column (self, _("Version"), edition_text, 72, FALSE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->column_view);
  gtk_widget_set_hexpand (scrolled, TRUE);

  self->editor = adw_bin_new ();
  gtk_widget_set_size_request (self->editor, 380, -1);
  gtk_paned_set_start_child (GTK_PANED (paned), scrolled);
  gtk_paned_set_end_child (GTK_PANED (paned), self->editor);
  gtk_paned_set_resize_end_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  gtk_widget_set_vexpand (paned, TRUE);

  gtk_box_append (GTK_BOX (list), bar);
  gtk_box_append (GTK_BOX (list), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (list), paned);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "view-list-bullet-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Indicators Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Start from MHLW's indicator examples for home care (structure, "
                                     "process and outcome, by function), then edit them and add your "
                                     "own. The examples are marked as not yet checked against their "
                                     "source."));
  load = gtk_button_new_with_mnemonic (_("Load _Indicator Examples"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (load), "ind.load-examples");
  gtk_widget_add_css_class (load, "pill");
  gtk_widget_add_css_class (load, "suggested-action");
  gtk_box_append (GTK_BOX (empty_buttons), load);
  load = gtk_button_new_with_mnemonic (_("_Add an Indicator of Your Own"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (load), "ind.add");
  gtk_widget_add_css_class (load, "pill");
  gtk_box_append (GTK_BOX (empty_buttons), load);
  gtk_widget_set_halign (empty_buttons, GTK_ALIGN_CENTER);
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), empty_buttons);

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), list, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_box_append (GTK_BOX (self), self->stack);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_column_view_set_model (GTK_COLUMN_VIEW (self->column_view), GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (update_state), self);
  update_state (self);
}

void
rk_lm_indicators_page_set_database (RkLmIndicatorsPage *self,
                                    RkDatabase         *db)
{
  g_return_if_fail (RK_IS_LM_INDICATORS_PAGE (self));

  if (self->db == db)
    return;

  if (self->db != NULL)
    g_signal_handlers_disconnect_by_data (self->db, self);
  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->indicators);
  g_set_object (&self->db, db);
  adw_bin_set_child (ADW_BIN (self->editor), NULL);

  if (db != NULL)
    {
      self->indicators = rk_query_model_new (db, RK_TYPE_INDICATOR,
                                             "SELECT id FROM indicator ORDER BY position, id");
      rk_query_model_watch (self->indicators, "indicator");
      gtk_editable_set_text (GTK_EDITABLE (self->search), "");
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->indicators));
      g_signal_connect_object (db, "committed", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
    }
  update_state (self);
}
