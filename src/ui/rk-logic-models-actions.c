/* rk-logic-models-actions.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-models-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-lm-draw.h"
#include "rk-logic-model-graph.h"
#include "rk-logic-model-node.h"
#include "rk-logic-model-xlsx.h"
#include "rk-logic-models-node-editor.h"
#include "rk-logic-models-view-private.h"
#include "rk-pdca-draw.h"
#include "rk-print-operation.h"
#include "rk-ui-utils.h"

/* The logic models tab's commands, as lm.* actions with their shortcuts. */

static const char *
current_page (RkLogicModelsView *self)
{
  return gtk_stack_get_visible_child_name (self->content_stack);
}

void
_rk_logic_models_view_update_actions (RkLogicModelsView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean open = self->db != NULL;
  gboolean writable = open && !rk_database_get_read_only (self->db);
  gboolean has_model = open && self->model != NULL;
  gboolean diagram = g_strcmp0 (current_page (self), "diagram") == 0;
  gboolean pdca = g_strcmp0 (current_page (self), "pdca") == 0;
  gboolean has_box = has_model && rk_lm_canvas_get_selected (self->canvas) > 0;

  gtk_widget_action_set_enabled (widget, "lm.add-model", writable);
  gtk_widget_action_set_enabled (widget, "lm.delete-model", writable && has_model);
  gtk_widget_action_set_enabled (widget, "lm.add-box", writable && has_model && diagram);
  gtk_widget_action_set_enabled (widget, "lm.delete-box", writable && has_box && diagram);
  gtk_widget_action_set_enabled (widget, "lm.zoom-in", has_model && diagram);
  gtk_widget_action_set_enabled (widget, "lm.zoom-out", has_model && diagram);
  gtk_widget_action_set_enabled (widget, "lm.zoom-reset", has_model && diagram);
  gtk_widget_action_set_enabled (widget, "lm.zoom-fit", has_model && diagram);
  gtk_widget_action_set_enabled (widget, "lm.print", has_model && (diagram || pdca));
  gtk_widget_action_set_enabled (widget, "lm.export-image", has_model && (diagram || pdca));
  gtk_widget_action_set_enabled (widget, "lm.export-xlsx", has_model);
}

/*
 * Models
 */

static void
add_model_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  RkLogicModelsView *self = RK_LOGIC_MODELS_VIEW (widget);
  g_autoptr(RkLogicModel) model = NULL;
  g_autoptr(GError) error = NULL;

  model = rk_logic_model_create (self->db, NULL, _("Add Logic Model"), &error);
  if (model == NULL)
    {
      rk_ui_show_error (widget, _("Could not add the logic model"), error);
      return;
    }

  gtk_stack_set_visible_child_name (self->content_stack, "diagram");
  _rk_logic_models_view_show_model (self, model);
}

static void
delete_model_confirmed (gpointer user_data)
{
  RkLogicModelsView *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    return;
  if (!rk_entity_delete (RK_ENTITY (self->model), _("Delete Logic Model"), &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not delete the logic model"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (self), _("Logic model deleted"));
}

static void
delete_model_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  RkLogicModelsView *self = RK_LOGIC_MODELS_VIEW (widget);
  const char *title;
  g_autofree char *heading = NULL;

  if (self->model == NULL)
    return;

  title = rk_entity_get_string (RK_ENTITY (self->model), "title");
  /* Translators: %s is a logic model's title */
  heading = g_strdup_printf (_("Delete “%s”?"), title[0] != '\0' ? title : _("Untitled"));
  rk_ui_confirm (widget, heading,
                 _("The model's boxes, arrows and PDCA records are deleted with it, and so are its "
                   "measures' links to countermeasures; the countermeasures stay in the issue "
                   "register. The indicators and their values stay in the indicator list. You can "
                   "undo this with Ctrl+Z."),
                 _("_Delete"), G_CALLBACK (delete_model_confirmed), self);
}

/*
 * Boxes
 */

static void
add_box_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  RkLogicModelsView *self = RK_LOGIC_MODELS_VIEW (widget);
  RkLmLevel level = CLAMP (g_variant_get_int32 (param), 0, RK_LM_N_LEVELS - 1);
  g_autoptr(RkLogicModelNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RkLogicModelGraph) graph = NULL;
  GtkWidget *editor;

  if (self->model == NULL)
    return;

  node = rk_logic_model_add_node (self->model, level, NULL,
                                  level == RK_LM_LEVEL_MEASURE ? _("Add Measure") : _("Add Outcome"),
                                  &error);
  if (node == NULL)
    {
      rk_ui_show_error (widget, _("Could not add the box"), error);
      return;
    }

  /* Show and select it now, ready for its text. */
  graph = rk_logic_model_graph_load (self->db, rk_entity_get_id (RK_ENTITY (self->model)), NULL);
  rk_lm_canvas_set_graph (self->canvas, g_steal_pointer (&graph));
  rk_lm_canvas_select (self->canvas, rk_entity_get_id (RK_ENTITY (node)));
  _rk_logic_models_view_show_inspector (self);
  _rk_logic_models_view_update_actions (self);
  editor = adw_bin_get_child (self->inspector);
  if (RK_IS_LM_NODE_EDITOR (editor))
    rk_lm_node_editor_focus_text (RK_LM_NODE_EDITOR (editor));
}

static void
delete_box_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  RkLogicModelsView *self = RK_LOGIC_MODELS_VIEW (widget);
  gint64 id = rk_lm_canvas_get_selected (self->canvas);
  g_autoptr(RkLogicModelNode) node = NULL;
  g_autoptr(GArray) actions = NULL;
  g_autoptr(GError) error = NULL;

  if (id <= 0)
    return;

  node = rk_entity_lookup (self->db, RK_TYPE_LOGIC_MODEL_NODE, id, &error);
  if (node != NULL)
    actions = rk_logic_model_node_list_countermeasures (node, NULL);
  if (node == NULL || !rk_entity_delete (RK_ENTITY (node), _("Delete Box"), &error))
    {
      rk_ui_show_error (widget, _("Could not delete the box"), error);
      return;
    }

  /* Its links to countermeasures go with it and come back with Undo. */
  rk_ui_show_undo_toast (widget, actions != NULL && actions->len > 0
                                 ? _("Box deleted, with its links to countermeasures")
                                 : _("Box deleted"));
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/*
 * View
 */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  RkLogicModelsView *self = RK_LOGIC_MODELS_VIEW (widget);
  double zoom = rk_lm_canvas_get_zoom (self->canvas);

  if (g_str_equal (action_name, "lm.zoom-in"))
    rk_lm_canvas_set_zoom (self->canvas, zoom * 1.25);
  else if (g_str_equal (action_name, "lm.zoom-out"))
    rk_lm_canvas_set_zoom (self->canvas, zoom / 1.25);
  else if (g_str_equal (action_name, "lm.zoom-reset"))
    rk_lm_canvas_set_zoom (self->canvas, 1.0);
  else
    rk_lm_canvas_zoom_to_fit (self->canvas);
}

/*
 * Printing and exporting
 */

static RkLogicModelGraph *
load_graph (RkLogicModelsView  *self,
            GError            **error)
{
  return rk_logic_model_graph_load (self->db, rk_entity_get_id (RK_ENTITY (self->model)), error);
}

/* The page shown, as a report that keeps what it draws alive. */
static RkReport *
create_report (RkLogicModelsView  *self,
               GError            **error)
{
  RkReport *report;

  if (g_strcmp0 (current_page (self), "pdca") == 0)
    return rk_lm_pdca_page_create_report (self->pdca_page, error);
  else
    {
      RkLogicModelGraph *graph = load_graph (self, error);

      if (graph == NULL)
        return NULL;
      report = rk_lm_create_report (graph);
      g_object_set_data_full (G_OBJECT (report), "rk-graph", graph,
                              (GDestroyNotify) rk_logic_model_graph_free);
      return report;
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  RkLogicModelsView *self = RK_LOGIC_MODELS_VIEW (widget);
  g_autoptr(RkReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = create_report (self, &error);
  if (report == NULL)
    rk_ui_show_error (widget, _("Could not print"), error);
  else
    rk_print_report (widget, report);
}

static char *
suggested_name (RkLogicModelsView *self,
                const char        *extension)
{
  const char *title = rk_entity_get_string (RK_ENTITY (self->model), "title");
  g_autofree char *base = NULL;

  if (g_strcmp0 (current_page (self), "pdca") == 0 && !g_str_equal (extension, ".xlsx"))
    /* Translators: a file name for a PDCA diagram: model title, fiscal year */
    base = g_strdup_printf (_("PDCA %s %d"), title, rk_lm_pdca_page_get_year (self->pdca_page));
  else
    /* Translators: a file name for a logic model: its number and title */
    base = g_strdup_printf (_("Logic model %d %s"),
                            (int) rk_entity_get_int (RK_ENTITY (self->model), "number"), title);
  g_strdelimit (base, "/\\:*?\"<>|", '_');
  return g_strconcat (g_strstrip (base), extension, NULL);
}

static void
image_chosen_cb (GFile    *file,
                 gpointer  user_data)
{
  RkLogicModelsView *self = user_data;
  g_autofree char *chosen = g_file_get_path (file);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lower = g_ascii_strdown (chosen, -1);
  gboolean ok;

  if (self->model == NULL)
    return;

  /* A name without a known extension becomes a PDF. */
  path = g_str_has_suffix (lower, ".png") || g_str_has_suffix (lower, ".svg") ||
         g_str_has_suffix (lower, ".pdf") ? g_strdup (chosen) : g_strconcat (chosen, ".pdf", NULL);

  if (g_strcmp0 (current_page (self), "pdca") == 0)
    ok = rk_lm_pdca_page_write (self->pdca_page, path, &error);
  else
    {
      g_autoptr(RkLogicModelGraph) graph = load_graph (self, &error);

      ok = graph != NULL && rk_lm_write (graph, path, &error);
    }

  if (!ok)
    rk_ui_show_error (GTK_WIDGET (self), _("Could not export the diagram"), error);
  else
    {
      g_autofree char *name = g_filename_display_basename (path);
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

      rk_ui_show_toast (GTK_WIDGET (self), message);
    }
}

static void
export_image_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  RkLogicModelsView *self = RK_LOGIC_MODELS_VIEW (widget);
  g_autofree char *name = suggested_name (self, ".pdf");

  rk_ui_choose_file (widget, GTK_FILE_CHOOSER_ACTION_SAVE, _("Export Diagram"), _("_Export"), name,
                     _("PNG, PDF or SVG"), "*.[pPsS][nNdDvV][gGfF]", image_chosen_cb, self);
}

static void
xlsx_chosen_cb (GFile    *file,
                gpointer  user_data)
{
  RkLogicModelsView *self = user_data;
  g_autofree char *chosen = g_file_get_path (file);
  g_autofree char *path = rk_ui_ensure_extension (chosen, ".xlsx");
  g_autoptr(RkLogicModelGraph) graph = NULL;
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    return;

  graph = load_graph (self, &error);
  if (graph == NULL || !rk_logic_model_write_xlsx (graph, path, &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not export the logic model"), error);
  else
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

      rk_ui_show_toast (GTK_WIDGET (self), message);
    }
}

static void
export_xlsx_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  RkLogicModelsView *self = RK_LOGIC_MODELS_VIEW (widget);
  g_autofree char *name = suggested_name (self, ".xlsx");

  rk_ui_choose_file (widget, GTK_FILE_CHOOSER_ACTION_SAVE, _("Export to Excel"), _("_Export"), name,
                     _("Excel workbooks"), "*.xlsx", xlsx_chosen_cb, self);
}

void
_rk_logic_models_view_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "lm.add-model", NULL, add_model_action);
  gtk_widget_class_install_action (widget_class, "lm.delete-model", NULL, delete_model_action);
  gtk_widget_class_install_action (widget_class, "lm.add-box", "i", add_box_action);
  gtk_widget_class_install_action (widget_class, "lm.delete-box", NULL, delete_box_action);
  gtk_widget_class_install_action (widget_class, "lm.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "lm.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "lm.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "lm.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "lm.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "lm.export-image", NULL, export_image_action);
  gtk_widget_class_install_action (widget_class, "lm.export-xlsx", NULL, export_xlsx_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "lm.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "lm.export-image", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "lm.export-xlsx", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "lm.zoom-reset", NULL);
}
