/* rk-logic-models-model-editor.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-models-model-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bind.h"
#include "rk-logic-models-model-editor.h"
#include "rk-logic-models-util.h"
#include "rk-municipality.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"

/**
 * RkLmModelEditor:
 *
 * The properties of a logic model, shown while no box is selected: its
 * number and title, the area whose indicator values its boxes show (the
 * base's whole area or one municipality), the plan period, notes and the
 * functions of home care it is about.
 */
struct _RkLmModelEditor
{
  AdwBin          parent_instance;

  RkLogicModel   *model;
  GtkStringList  *area_codes;
  GtkWidget      *area_row;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (RkLmModelEditor, rk_lm_model_editor, ADW_TYPE_BIN)

static void
area_follow (RkLmModelEditor *self)
{
  const char *code = rk_entity_get_string (RK_ENTITY (self->model), "area-code");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->area_codes));

  self->updating = TRUE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->area_codes, i), code) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->area_row), i);
  self->updating = FALSE;
}

static void
area_selected_cb (RkLmModelEditor *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->area_row));
  g_autoptr(GError) error = NULL;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (!rk_entity_update (RK_ENTITY (self->model), _("Change Area of the Model"), &error,
                         "area-code", gtk_string_list_get_string (self->area_codes, selected),
                         NULL))
    {
      rk_ui_show_error (GTK_WIDGET (self), _("The change could not be saved"), error);
      area_follow (self);
    }
}

static GtkWidget *
area_row_new (RkLmModelEditor *self)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self->model));
  g_autoptr(RkQueryModel) municipalities = rk_query_model_new (db, RK_TYPE_MUNICIPALITY,
                                                               "SELECT id FROM municipality "
                                                               "WHERE code <> '' ORDER BY position, id");
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *code = rk_entity_get_string (RK_ENTITY (self->model), "area-code");
  gboolean found = code[0] == '\0';
  GtkWidget *row = adw_combo_row_new ();

  self->area_codes = gtk_string_list_new (NULL);
  gtk_string_list_append (self->area_codes, "");
  gtk_string_list_append (labels, _("The whole area"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (municipalities)); i++)
    {
      g_autoptr(RkEntity) m = g_list_model_get_item (G_LIST_MODEL (municipalities), i);

      gtk_string_list_append (self->area_codes, rk_entity_get_string (m, "code"));
      gtk_string_list_append (labels, rk_entity_get_string (m, "name"));
      found |= g_strcmp0 (rk_entity_get_string (m, "code"), code) == 0;
    }
  /* A municipality since removed from the workspace stays choosable. */
  if (!found)
    {
      gtk_string_list_append (self->area_codes, code);
      gtk_string_list_append (labels, code);
    }

  /* The explanation goes in the tooltip: as a subtitle it leaves the
   * chosen area no room.
   */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Values shown for"));
  gtk_widget_set_tooltip_text (row, _("Whose indicator values the boxes show and compare with targets"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  gtk_widget_set_sensitive (row, !rk_database_get_read_only (db));
  self->area_row = row;
  area_follow (self);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (area_selected_cb), self);
  g_signal_connect_object (self->model, "notify::area-code", G_CALLBACK (area_follow), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
year_row (RkLogicModel *model,
          const char   *title,
          const char   *property,
          const char   *undo_label)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  rk_bind_editable (GTK_EDITABLE (row), NULL, RK_ENTITY (model), property, undo_label,
                    _rk_lm_parse_year, _rk_lm_format_year);
  return row;
}

static void
build (RkLmModelEditor *self)
{
  RkEntity *model = RK_ENTITY (self->model);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *period = adw_preferences_group_new ();
  GtkWidget *actions = adw_preferences_group_new ();
  GtkWidget *delete;
  g_autofree char *title = g_strdup_printf (_("Logic Model %d"),
                                            (int) rk_entity_get_int (model, "number"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Select a box in the diagram to edit it. Changes are "
                                           "saved as you make them."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             _rk_lm_entry_row (model, C_("logic model", "Title"), "title", _("Change Model Title")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), area_row_new (self));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             _rk_lm_entry_row (model, _("Notes"), "notes", _("Change Model Notes")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (period), _("Plan period"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (period),
                                         _("Fiscal years, e.g. 2024 to 2029 for the 8th medical plan"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (period),
                             year_row (self->model, _("First fiscal year"), "first-year",
                                       _("Change Plan Period")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (period),
                             year_row (self->model, _("Last fiscal year"), "last-year",
                                       _("Change Plan Period")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (period));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (_rk_lm_functions_group (model, _("Functions of home care"),
                                                                          _("Change Model Functions"))));

  delete = gtk_button_new_with_mnemonic (_("_Delete Logic Model…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "lm.delete-model");
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_halign (delete, GTK_ALIGN_START);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (actions), delete);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (actions));

  adw_bin_set_child (ADW_BIN (self), page);
}

static void
rk_lm_model_editor_dispose (GObject *object)
{
  RkLmModelEditor *self = RK_LM_MODEL_EDITOR (object);

  g_clear_object (&self->model);
  g_clear_object (&self->area_codes);

  G_OBJECT_CLASS (rk_lm_model_editor_parent_class)->dispose (object);
}

static void
rk_lm_model_editor_class_init (RkLmModelEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rk_lm_model_editor_dispose;
}

static void
rk_lm_model_editor_init (RkLmModelEditor *self)
{
}

GtkWidget *
rk_lm_model_editor_new (RkLogicModel *model)
{
  RkLmModelEditor *self;

  g_return_val_if_fail (RK_IS_LOGIC_MODEL (model), NULL);

  self = g_object_new (RK_TYPE_LM_MODEL_EDITOR, NULL);
  self->model = g_object_ref (model);
  build (self);
  return GTK_WIDGET (self);
}
