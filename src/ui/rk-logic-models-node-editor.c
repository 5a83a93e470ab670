/* rk-logic-models-node-editor.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-models-node-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-countermeasure.h"
#include "rk-indicator.h"
#include "rk-logic-model.h"
#include "rk-logic-models-chooser.h"
#include "rk-logic-models-countermeasures.h"
#include "rk-logic-models-node-editor.h"
#include "rk-logic-models-util.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"

/**
 * RkLmNodeEditor:
 *
 * Edits the selected box of a logic model: its number, text, 実施主体 and
 * functions; the indicators that measure it (アウトプット指標 for a
 * measure) with their latest value and target; and its arrows, as one
 * switch per box it could lead to or come from. Every change is saved at
 * once and can be undone.
 *
 * A measure also lists the countermeasures (対応策) of the meetings' issue
 * register that carry it out, each with a switch like the arrows' (and a
 * button to see it in the register); "Link Countermeasures…" offers the
 * whole register with switches (rk-logic-models-countermeasures.c).
 * Countermeasures unlinked here stay listed, switched off, until another
 * box is shown, so that a switch turned off by mistake can be turned on
 * again.
 */
struct _RkLmNodeEditor
{
  AdwBin            parent_instance;

  RkDatabase       *db;
  RkLogicModelNode *node;
  GtkWidget        *text_row;
  GtkListBox       *indicator_list;
  GtkListBox       *target_list;
  GtkListBox       *source_list;
  GtkWidget        *target_group;
  GtkWidget        *source_group;
  GtkListBox       *action_list;   /* measures only */
  GArray           *actions_shown; /* gint64: countermeasures listed since the box was shown */
  guint             refresh_id;
};

G_DEFINE_FINAL_TYPE (RkLmNodeEditor, rk_lm_node_editor, ADW_TYPE_BIN)

static void refresh (RkLmNodeEditor *self);

/*
 * Indicators
 */

static void
remove_indicator_clicked_cb (GtkButton      *button,
                             RkLmNodeEditor *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "indicator-id"));
  g_autoptr(GError) error = NULL;

  if (!rk_logic_model_node_remove_indicator (self->node, id, _("Remove Indicator from Box"), &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not remove the indicator"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (self), _("Indicator removed from the box"));
}

static void
indicator_chosen_cb (gint64    indicator_id,
                     gpointer  user_data)
{
  RkLmNodeEditor *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rk_logic_model_node_add_indicator (self->node, indicator_id, _("Add Indicator to Box"),
                                          &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not add the indicator"), error);
}

static void
add_indicator_clicked_cb (RkLmNodeEditor *self)
{
  rk_lm_indicator_chooser_run (GTK_WIDGET (self), self->db, indicator_chosen_cb,
                               g_object_ref (self), g_object_unref);
}

static void
fill_indicators (RkLmNodeEditor *self,
                 const char     *area_code)
{
  g_autoptr(GArray) ids = rk_logic_model_node_list_indicators (self->node, NULL);
  gboolean writable = !rk_database_get_read_only (self->db);

  _rk_lm_clear_list (self->indicator_list);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(RkLmIndicator) ind = rk_lm_indicator_load (self->db, id, area_code, NULL);
      g_autofree char *summary = NULL;
      g_autofree char *tooltip = NULL;
      GtkWidget *row, *remove;

      if (ind == NULL)
        continue;
      summary = _rk_lm_indicator_summary (ind);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ind->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);

      /* Translators: tooltip of a button; %s is an indicator's name */
      tooltip = g_strdup_printf (_("Remove “%s” from this box"), ind->name);
      remove = _rk_lm_icon_button ("list-remove-symbolic", tooltip);
      gtk_widget_set_sensitive (remove, writable);
      g_object_set_data (G_OBJECT (remove), "indicator-id", GSIZE_TO_POINTER ((gsize) id));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_indicator_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->indicator_list, row);
    }

  if (ids == NULL || ids->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No indicator yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->indicator_list, row);
    }
}

/*
 * Arrows
 */

static void
link_switched_cb (GtkSwitch      *sw,
                  GParamSpec     *pspec,
                  RkLmNodeEditor *self)
{
  gint64 other_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (sw), "node-id"));
  gboolean outgoing = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (sw), "outgoing"));
  g_autoptr(RkLogicModelNode) other = NULL;
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (sw);

  other = rk_entity_lookup (self->db, RK_TYPE_LOGIC_MODEL_NODE, other_id, &error);
  if (other == NULL ||
      !rk_logic_model_node_set_linked (outgoing ? self->node : other, outgoing ? other : self->node,
                                       active, active ? _("Draw Arrow") : _("Remove Arrow"),
                                       &error))
    {
      rk_ui_show_error (GTK_WIDGET (self), _("Could not change the arrow"), error);
      refresh (self);
    }
}

static void
fill_links (RkLmNodeEditor *self,
            GtkListBox     *list,
            GtkWidget      *group,
            gboolean        outgoing)
{
  RkLmLevel level = rk_logic_model_node_get_level (self->node);
  g_autoptr(RkQueryModel) others = NULL;
  g_autofree char *model_id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                               rk_logic_model_node_get_model_id (self->node));
  g_autofree char *level_s = g_strdup_printf ("%d", level);
  const char *params[] = { model_id, level_s, NULL };
  gboolean writable = !rk_database_get_read_only (self->db);
  guint n;

  _rk_lm_clear_list (list);
  others = rk_query_model_new (self->db, RK_TYPE_LOGIC_MODEL_NODE, "SELECT id FROM logic_model_node WHERE 0");
  rk_query_model_set_query (others,
                            outgoing ? "SELECT id FROM logic_model_node WHERE model_id = ?1 "
                                       "AND level > ?2 ORDER BY level, position, id"
                                     : "SELECT id FROM logic_model_node WHERE model_id = ?1 "
                                       "AND level < ?2 ORDER BY level DESC, position, id",
                            params);
  n = g_list_model_get_n_items (G_LIST_MODEL (others));
  gtk_widget_set_visible (group, n > 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkLogicModelNode) other = g_list_model_get_item (G_LIST_MODEL (others), i);
      g_autofree char *title = _rk_lm_node_title (RK_ENTITY (other));
      g_autofree char *label = NULL;
      gboolean linked = outgoing ? rk_logic_model_node_is_linked (self->node, other)
                                 : rk_logic_model_node_is_linked (other, self->node);
      GtkWidget *row, *sw;

      /* Translators: accessible name of the switch that draws an arrow
       * to (or from) a box; %s is the box's number and text
       */
      label = g_strdup_printf (outgoing ? _("Leads to %s") : _("Comes from %s"), title);
      row = _rk_lm_switch_row (title, rk_lm_level_get_label (rk_logic_model_node_get_level (other)),
                               label, linked, G_CALLBACK (link_switched_cb), self);
      sw = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
      gtk_widget_set_sensitive (sw, writable);
      g_object_set_data (G_OBJECT (sw), "node-id",
                         GSIZE_TO_POINTER ((gsize) rk_entity_get_id (RK_ENTITY (other))));
      g_object_set_data (G_OBJECT (sw), "outgoing", GINT_TO_POINTER (outgoing));
      gtk_list_box_append (list, row);
    }
}

/*
 * Countermeasures
 */

static void
link_countermeasures_clicked_cb (RkLmNodeEditor *self)
{
  rk_lm_countermeasure_chooser_run (GTK_WIDGET (self), self->node);
}

static void
fill_actions (RkLmNodeEditor *self)
{
  g_autoptr(GArray) linked = rk_logic_model_node_list_countermeasures (self->node, NULL);

  if (self->action_list == NULL)
    return;

  for (guint i = 0; linked != NULL && i < linked->len; i++)
    {
      gint64 id = g_array_index (linked, gint64, i);
      gboolean known = FALSE;

      for (guint k = 0; k < self->actions_shown->len && !known; k++)
        known = g_array_index (self->actions_shown, gint64, k) == id;
      if (!known)
        g_array_append_val (self->actions_shown, id);
    }

  _rk_lm_clear_list (self->action_list);
  for (guint k = 0; k < self->actions_shown->len; k++)
    {
      g_autoptr(RkEntity) action = rk_entity_lookup (self->db, RK_TYPE_COUNTERMEASURE,
                                                     g_array_index (self->actions_shown, gint64, k),
                                                     NULL);

      /* Deleted from the register (or its addition undone): not listed. */
      if (action != NULL)
        gtk_list_box_append (self->action_list,
                             _rk_lm_countermeasure_row (self->node, action, TRUE));
    }

  if (gtk_widget_get_first_child (GTK_WIDGET (self->action_list)) == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No countermeasure yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->action_list, row);
    }
}

static void
refresh (RkLmNodeEditor *self)
{
  g_autoptr(RkLogicModel) model = NULL;
  const char *area = "";

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->node == NULL)
    return;

  model = rk_entity_lookup (self->db, RK_TYPE_LOGIC_MODEL,
                            rk_logic_model_node_get_model_id (self->node), NULL);
  if (model != NULL)
    area = rk_entity_get_string (RK_ENTITY (model), "area-code");

  fill_indicators (self, area);
  fill_actions (self);
  fill_links (self, self->target_list, self->target_group, TRUE);
  fill_links (self, self->source_list, self->source_group, FALSE);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  RkLmNodeEditor *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (RkLmNodeEditor *self,
            const char     *table,
            gint64          rowid,
            RkChangeKind    kind)
{
  static const char *watched[] = {
    "logic_model", "logic_model_node", "logic_model_link", "logic_model_node_indicator",
    "indicator", "indicator_value", "logic_model_node_countermeasure", "countermeasure", "issue",
  };

  /* Typing into this box's own fields changes nothing the lists show:
   * rebuilding them at every key would be wasted (and unsettling for a
   * screen reader).
   */
  if (self->node != NULL && g_str_equal (table, "logic_model_node") && kind == RK_CHANGE_UPDATE &&
      rowid == rk_entity_get_id (RK_ENTITY (self->node)))
    return;

  for (guint w = 0; w < G_N_ELEMENTS (watched); w++)
    if (g_str_equal (table, watched[w]) && self->refresh_id == 0)
      /* After the commit's other handlers (the canvas, the entity). */
      self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

/*
 * Building
 */

static GtkWidget *
list_group (const char  *title,
            const char  *description,
            GtkListBox **list)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (box, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  *list = GTK_LIST_BOX (box);
  return group;
}

static void
build (RkLmNodeEditor *self)
{
  RkEntity *node = RK_ENTITY (self->node);
  RkLmLevel level = rk_logic_model_node_get_level (self->node);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *indicators, *add, *delete_group, *delete;
  gboolean writable = !rk_database_get_read_only (self->db);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), rk_lm_level_get_label (level));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Changes are saved as you make them. Undo with Ctrl+Z."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             _rk_lm_entry_row (node, C_("logic model box", "Number"), "number", _("Change Box Number")));
  self->text_row = _rk_lm_entry_row (node, level == RK_LM_LEVEL_MEASURE ? _("Measure") : _("Outcome"),
                                     "text", _("Change Box Text"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->text_row);
  if (level == RK_LM_LEVEL_MEASURE)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               _rk_lm_entry_row (node, _("Carried out by"), "actor",
                                                 _("Change Who Carries Out the Measure")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             _rk_lm_entry_row (node, _("Notes"), "notes", _("Change Box Notes")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  indicators = list_group (level == RK_LM_LEVEL_MEASURE ? _("Output indicators") : _("Indicators"),
                           _("The latest value and target show in the box."),
                           &self->indicator_list);
  add = gtk_button_new_with_mnemonic (_("_Add Indicator…"));
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (add, writable);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_indicator_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (indicators), add);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (indicators));

  if (level == RK_LM_LEVEL_MEASURE)
    {
      GtkWidget *actions = list_group (_("Countermeasures"),
                                       _("What the meetings decided to carry out this measure "
                                         "(the issue register). Switch one off to unlink it."),
                                       &self->action_list);

      add = gtk_button_new_with_mnemonic (_("_Link Countermeasures…"));
      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (add, writable);
      g_signal_connect_swapped (add, "clicked", G_CALLBACK (link_countermeasures_clicked_cb), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (actions), add);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (actions));
    }

  self->target_group = list_group (_("Leads to"),
                                   _("The boxes this one contributes to: an arrow to each."),
                                   &self->target_list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->target_group));
  self->source_group = list_group (_("Comes from"), _("The boxes that contribute to this one."),
                                   &self->source_list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->source_group));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (_rk_lm_functions_group (node, _("Functions of home care"),
                                                                          _("Change Box Functions"))));

  delete_group = adw_preferences_group_new ();
  delete = gtk_button_new_with_mnemonic (_("_Delete Box"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "lm.delete-box");
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_halign (delete, GTK_ALIGN_START);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (delete_group), delete);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (delete_group));

  adw_bin_set_child (ADW_BIN (self), page);
  refresh (self);
}

/*
 * GObject
 */

static void
rk_lm_node_editor_dispose (GObject *object)
{
  RkLmNodeEditor *self = RK_LM_NODE_EDITOR (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->node);
  g_clear_object (&self->db);
  g_clear_pointer (&self->actions_shown, g_array_unref);

  G_OBJECT_CLASS (rk_lm_node_editor_parent_class)->dispose (object);
}

static void
rk_lm_node_editor_class_init (RkLmNodeEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rk_lm_node_editor_dispose;
}

static void
rk_lm_node_editor_init (RkLmNodeEditor *self)
{
  self->actions_shown = g_array_new (FALSE, FALSE, sizeof (gint64));
}

GtkWidget *
rk_lm_node_editor_new (RkLogicModelNode *node)
{
  RkLmNodeEditor *self;

  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (node), NULL);

  self = g_object_new (RK_TYPE_LM_NODE_EDITOR, NULL);
  self->node = g_object_ref (node);
  self->db = g_object_ref (rk_entity_get_database (RK_ENTITY (node)));
  g_signal_connect_object (self->db, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  build (self);
  return GTK_WIDGET (self);
}

RkLogicModelNode *
rk_lm_node_editor_get_node (RkLmNodeEditor *self)
{
  g_return_val_if_fail (RK_IS_LM_NODE_EDITOR (self), NULL);
  return self->node;
}

void
rk_lm_node_editor_focus_text (RkLmNodeEditor *self)
{
  g_return_if_fail (RK_IS_LM_NODE_EDITOR (self));
  gtk_widget_grab_focus (self->text_row);
}
