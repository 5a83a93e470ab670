/* rk-logic-models-view.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-models-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-entity.h"
#include "rk-logic-model-graph.h"
#include "rk-logic-model-node.h"
#include "rk-logic-models-model-editor.h"
#include "rk-logic-models-node-editor.h"
#include "rk-logic-models-view-private.h"
#include "rk-ui-utils.h"

/**
 * RkLogicModelsView:
 *
 * The logic models tab: the workspace's models in a sidebar; for the one
 * selected, its diagram (RkLmCanvas) with an editor for the selected box
 * or the model beside it, and its PDCA cycle by fiscal year; and the
 * indicator master with values and trend charts. Every edit is saved at
 * once and can be undone; the diagram follows every change, undo
 * included.
 */

G_DEFINE_FINAL_TYPE (RkLogicModelsView, rk_logic_models_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static void
update_zoom_label (RkLogicModelsView *self)
{
  g_autofree char *label = g_strdup_printf ("%d%%", (int) (rk_lm_canvas_get_zoom (self->canvas) * 100 + 0.5));

  /* The label is the zoom; the tooltip says the button restores 100 %. */
  gtk_button_set_label (GTK_BUTTON (self->zoom_button), label);
}

static void
reload_graph (RkLogicModelsView *self)
{
  g_autoptr(GError) error = NULL;
  RkLogicModelGraph *graph = NULL;

  if (self->model != NULL)
    {
      graph = rk_logic_model_graph_load (self->db, rk_entity_get_id (RK_ENTITY (self->model)), &error);
      if (graph == NULL)
        g_warning ("Could not read the logic model: %s", error->message);
    }
  rk_lm_canvas_set_graph (self->canvas, graph);
}

/* Shows the editor for the selected box, or the model's when none is. */
void
_rk_logic_models_view_show_inspector (RkLogicModelsView *self)
{
  gint64 selected = rk_lm_canvas_get_selected (self->canvas);
  GtkWidget *current = adw_bin_get_child (self->inspector);
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    {
      adw_bin_set_child (self->inspector, NULL);
      return;
    }

  if (selected > 0)
    {
      g_autoptr(RkLogicModelNode) node = NULL;

      /* Keep the editor (and the focus in it) if it already shows the box. */
      if (RK_IS_LM_NODE_EDITOR (current) &&
          rk_entity_get_id (RK_ENTITY (rk_lm_node_editor_get_node (RK_LM_NODE_EDITOR (current)))) == selected)
        return;
      node = rk_entity_lookup (self->db, RK_TYPE_LOGIC_MODEL_NODE, selected, &error);
      if (node != NULL)
        {
          adw_bin_set_child (self->inspector, rk_lm_node_editor_new (node));
          return;
        }
    }

  if (!RK_IS_LM_MODEL_EDITOR (current))
    adw_bin_set_child (self->inspector, rk_lm_model_editor_new (self->model));
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  RkLogicModelsView *self = user_data;

  self->reload_id = 0;

  /* The model may have gone (deleted, or its creation undone). */
  if (self->model != NULL && !rk_query_model_find (self->models, rk_entity_get_id (RK_ENTITY (self->model)), NULL))
    {
      _rk_logic_models_view_show_model (self, NULL);
      return G_SOURCE_REMOVE;
    }

  reload_graph (self);
  _rk_logic_models_view_show_inspector (self);
  _rk_logic_models_view_update_actions (self);
  return G_SOURCE_REMOVE;
}

static void
committed_cb (RkLogicModelsView  *self,
              const char * const *tables)
{
  static const char *watched[] = {
    "logic_model", "logic_model_node", "logic_model_link", "logic_model_node_indicator",
    "indicator", "indicator_value", "profile", "municipality",
    /* The measures' countermeasures, and their status in the register. */
    "logic_model_node_countermeasure", "countermeasure", "issue",
  };

  for (guint i = 0; tables[i] != NULL; i++)
    for (guint w = 0; w < G_N_ELEMENTS (watched); w++)
      if (g_str_equal (tables[i], watched[w]) && self->reload_id == 0)
        self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
update_model_row (GtkWidget *label,
                  GParamSpec *pspec,
                  RkEntity  *model)
{
  const char *title = rk_entity_get_string (model, "title");
  g_autofree char *text = g_strdup_printf ("%d　%s", (int) rk_entity_get_int (model, "number"),
                                           title[0] != '\0' ? title : _("Untitled"));

  gtk_label_set_text (GTK_LABEL (label), text);
}

static GtkWidget *
create_model_row (gpointer item,
                  gpointer user_data)
{
  RkEntity *model = item;
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  update_model_row (label, NULL, model);
  g_signal_connect_object (model, "notify", G_CALLBACK (update_model_row), label, G_CONNECT_SWAPPED);
  return label;
}

static void
select_model_row (RkLogicModelsView *self)
{
  guint position;

  self->selecting = TRUE;
  if (self->model != NULL &&
      rk_query_model_find (self->models, rk_entity_get_id (RK_ENTITY (self->model)), &position))
    gtk_list_box_select_row (self->model_list, gtk_list_box_get_row_at_index (self->model_list, position));
  else
    gtk_list_box_unselect_all (self->model_list);
  self->selecting = FALSE;
}

/**
 * _rk_logic_models_view_show_model:
 * @model: (nullable): the model to show; %NULL shows the first, if any
 */
void
_rk_logic_models_view_show_model (RkLogicModelsView *self,
                                  RkLogicModel      *model)
{
  g_autoptr(RkLogicModel) first = NULL;

  if (model == NULL && self->models != NULL &&
      g_list_model_get_n_items (G_LIST_MODEL (self->models)) > 0)
    model = first = g_list_model_get_item (G_LIST_MODEL (self->models), 0);

  g_set_object (&self->model, model);
  gtk_stack_set_visible_child_name (self->diagram_stack, model != NULL ? "canvas" : "no-model");
  reload_graph (self);
  adw_bin_set_child (self->inspector, NULL);
  _rk_logic_models_view_show_inspector (self);
  rk_lm_pdca_page_set_model (self->pdca_page, model);
  select_model_row (self);
  _rk_logic_models_view_update_actions (self);
}

/*
 * Callbacks
 */

static void
models_changed_cb (RkLogicModelsView *self)
{
  /* Keep the selection on the model shown as the list changes. */
  select_model_row (self);
  if (self->model == NULL && g_list_model_get_n_items (G_LIST_MODEL (self->models)) > 0)
    _rk_logic_models_view_show_model (self, NULL);
}

static void
model_row_selected_cb (RkLogicModelsView *self,
                       GtkListBoxRow     *row)
{
  g_autoptr(RkLogicModel) model = NULL;

  if (self->selecting || row == NULL)
    return;

  model = g_list_model_get_item (G_LIST_MODEL (self->models), gtk_list_box_row_get_index (row));
  if (model != self->model)
    _rk_logic_models_view_show_model (self, model);
}

static void
node_selected_cb (RkLogicModelsView *self,
                  gint64             node_id)
{
  _rk_logic_models_view_show_inspector (self);
  _rk_logic_models_view_update_actions (self);
}

static void
node_activated_cb (RkLogicModelsView *self,
                   gint64             node_id)
{
  GtkWidget *editor;

  _rk_logic_models_view_show_inspector (self);
  editor = adw_bin_get_child (self->inspector);
  if (RK_IS_LM_NODE_EDITOR (editor))
    rk_lm_node_editor_focus_text (RK_LM_NODE_EDITOR (editor));
}

static void
page_changed_cb (RkLogicModelsView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->content_stack);
  gboolean diagram = g_strcmp0 (page, "diagram") == 0;

  /* The indicator master is the workspace's, not a model's. */
  gtk_widget_set_visible (self->sidebar, g_strcmp0 (page, "indicators") != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->inspector), diagram);
  gtk_widget_set_visible (self->model_tools, diagram);
  _rk_logic_models_view_update_actions (self);
}

/*
 * GObject overrides
 */

static void
rk_logic_models_view_dispose (GObject *object)
{
  RkLogicModelsView *self = (RkLogicModelsView *)object;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_object (&self->model);
  g_clear_object (&self->models);
  g_clear_object (&self->db);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_LOGIC_MODELS_VIEW);

  G_OBJECT_CLASS (rk_logic_models_view_parent_class)->dispose (object);
}

static void
rk_logic_models_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RkLogicModelsView *self = RK_LOGIC_MODELS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_logic_models_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RkLogicModelsView *self = RK_LOGIC_MODELS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      rk_logic_models_view_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_logic_models_view_class_init (RkLogicModelsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_logic_models_view_dispose;
  object_class->get_property = rk_logic_models_view_get_property;
  object_class->set_property = rk_logic_models_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, RK_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RK_TYPE_LM_CANVAS);
  g_type_ensure (RK_TYPE_LM_PDCA_PAGE);
  g_type_ensure (RK_TYPE_LM_INDICATORS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/renkei/Renkei/ui/rk-logic-models-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RkLogicModelsView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, RkLogicModelsView, model_tools);
  gtk_widget_class_bind_template_child (widget_class, RkLogicModelsView, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, RkLogicModelsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, RkLogicModelsView, model_list);
  gtk_widget_class_bind_template_child (widget_class, RkLogicModelsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RkLogicModelsView, diagram_stack);
  gtk_widget_class_bind_template_child (widget_class, RkLogicModelsView, canvas);
  gtk_widget_class_bind_template_child (widget_class, RkLogicModelsView, pdca_page);
  gtk_widget_class_bind_template_child (widget_class, RkLogicModelsView, indicators_page);
  gtk_widget_class_bind_template_child (widget_class, RkLogicModelsView, inspector);

  _rk_logic_models_view_class_actions_init (widget_class);
}

static void
rk_logic_models_view_init (RkLogicModelsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->model_list, "row-selected", G_CALLBACK (model_row_selected_cb), self);
  g_signal_connect_swapped (self->canvas, "node-selected", G_CALLBACK (node_selected_cb), self);
  g_signal_connect_swapped (self->canvas, "node-activated", G_CALLBACK (node_activated_cb), self);
  g_signal_connect_swapped (self->canvas, "notify::zoom", G_CALLBACK (update_zoom_label), self);
  g_signal_connect_swapped (self->content_stack, "notify::visible-child",
                            G_CALLBACK (page_changed_cb), self);
  update_zoom_label (self);
  page_changed_cb (self);
}

/**
 * rk_logic_models_view_get_database:
 *
 * Returns: (transfer none) (nullable): the workspace shown
 */
RkDatabase *
rk_logic_models_view_get_database (RkLogicModelsView *self)
{
  g_return_val_if_fail (RK_IS_LOGIC_MODELS_VIEW (self), NULL);

  return self->db;
}

/**
 * rk_logic_models_view_set_database:
 * @db: (nullable): the workspace to show, or %NULL when none is open
 */
void
rk_logic_models_view_set_database (RkLogicModelsView *self,
                                   RkDatabase        *db)
{
  g_return_if_fail (RK_IS_LOGIC_MODELS_VIEW (self));

  if (self->db == db)
    return;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->db != NULL)
    g_signal_handlers_disconnect_by_data (self->db, self);
  gtk_list_box_bind_model (self->model_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->models);
  g_clear_object (&self->model);
  rk_lm_pdca_page_set_model (self->pdca_page, NULL);
  rk_lm_canvas_set_graph (self->canvas, NULL);
  adw_bin_set_child (self->inspector, NULL);

  g_set_object (&self->db, db);
  rk_lm_indicators_page_set_database (self->indicators_page, db);

  if (db != NULL)
    {
      self->models = rk_query_model_new (db, RK_TYPE_LOGIC_MODEL,
                                         "SELECT id FROM logic_model ORDER BY number, id");
      rk_query_model_watch (self->models, "logic_model");
      gtk_list_box_bind_model (self->model_list, G_LIST_MODEL (self->models), create_model_row,
                               NULL, NULL);
      g_signal_connect_object (self->models, "items-changed", G_CALLBACK (models_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      g_signal_connect_object (db, "committed", G_CALLBACK (committed_cb), self, G_CONNECT_SWAPPED);
      _rk_logic_models_view_show_model (self, NULL);
    }
  else
    _rk_logic_models_view_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * rk_logic_models_view_show_box:
 * @node_id: a box of any model
 *
 * Shows the box's model on the diagram page with the box selected and its
 * editor beside it, the keyboard focus on the diagram: where the meetings
 * tab's "Show in the Logic Model" leads.
 *
 * Returns: %FALSE when the box no longer exists
 */
gboolean
rk_logic_models_view_show_box (RkLogicModelsView *self,
                               gint64             node_id)
{
  g_autoptr(RkLogicModelNode) node = NULL;
  g_autoptr(RkLogicModel) model = NULL;

  g_return_val_if_fail (RK_IS_LOGIC_MODELS_VIEW (self), FALSE);

  if (self->db == NULL)
    return FALSE;
  node = rk_entity_lookup (self->db, RK_TYPE_LOGIC_MODEL_NODE, node_id, NULL);
  if (node != NULL)
    model = rk_entity_lookup (self->db, RK_TYPE_LOGIC_MODEL,
                              rk_logic_model_node_get_model_id (node), NULL);
  if (model == NULL)
    return FALSE;

  gtk_stack_set_visible_child_name (self->content_stack, "diagram");
  if (self->model == NULL ||
      rk_entity_get_id (RK_ENTITY (self->model)) != rk_entity_get_id (RK_ENTITY (model)))
    _rk_logic_models_view_show_model (self, model);
  else
    {
      /* The graph may not have caught up with a commit yet. */
      g_clear_handle_id (&self->reload_id, g_source_remove);
      reload_graph (self);
    }

  rk_lm_canvas_select (self->canvas, node_id);
  _rk_logic_models_view_show_inspector (self);
  _rk_logic_models_view_update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
  return TRUE;
}
