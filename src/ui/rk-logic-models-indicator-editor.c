/* rk-logic-models-indicator-editor.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-models-indicator-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "rk-bind.h"
#include "rk-indicator-value.h"
#include "rk-lm-layout.h"
#include "rk-logic-model-graph.h"
#include "rk-logic-models-indicator-editor.h"
#include "rk-logic-models-util.h"
#include "rk-municipality.h"
#include "rk-query-model.h"
#include "rk-trend-chart.h"
#include "rk-ui-utils.h"

/**
 * RkLmIndicatorEditor:
 *
 * One indicator of the master: what it is (name, code, category, version,
 * unit, data source, where it is defined, and whether that was checked),
 * a trend chart of its values for the area chosen, its values by area,
 * fiscal year and kind (each editable, with its source and date), and a
 * row to enter a new value by hand.
 */
struct _RkLmIndicatorEditor
{
  AdwBin          parent_instance;

  RkDatabase     *db;
  RkIndicator    *indicator;
  PangoContext   *context;
  GtkStringList  *area_codes;
  GtkStringList  *area_names;
  GArray         *value_ids;
  guint           refresh_id;

  GtkWidget      *chart;
  GtkWidget      *chart_area;     /* AdwComboRow: whose values the chart shows */
  GtkWidget      *uses_row;
  GtkWidget      *values_group;
  GPtrArray      *value_rows;
  GtkWidget      *year_entry;
  GtkWidget      *kind_row;
  GtkWidget      *area_row;
  GtkWidget      *value_entry;
};

G_DEFINE_FINAL_TYPE (RkLmIndicatorEditor, rk_lm_indicator_editor, ADW_TYPE_BIN)

static const char *
area_name (RkLmIndicatorEditor *self,
           const char          *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->area_codes)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->area_codes, i), code) == 0)
      return gtk_string_list_get_string (self->area_names, i);
  return code;
}

static const char *
selected_code (RkLmIndicatorEditor *self,
               GtkWidget           *combo)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (combo));

  return selected != GTK_INVALID_LIST_POSITION ? gtk_string_list_get_string (self->area_codes, selected)
                                               : "";
}

/*
 * The chart
 */

static void
chart_draw_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  RkLmIndicatorEditor *self = user_data;
  g_autoptr(RkLmIndicator) ind = NULL;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ind = rk_lm_indicator_load (self->db, rk_entity_get_id (RK_ENTITY (self->indicator)),
                              selected_code (self, self->chart_area), NULL);
  if (ind != NULL)
    rk_trend_chart_draw (cr, self->context, ind, width, height);
}

/*
 * Values
 */

static void
remove_value_cb (GtkButton           *button,
                 RkLmIndicatorEditor *self)
{
  RkEntity *value = g_object_get_data (G_OBJECT (button), "value");
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (value, _("Delete Indicator Value"), &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not delete the value"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (self), _("Value deleted"));
}

static void
update_value_title (GtkWidget  *row,
                    GParamSpec *pspec,
                    RkEntity   *value)
{
  RkLmIndicatorEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  RkValueKind kind = rk_indicator_value_get_kind (RK_INDICATOR_VALUE (value));
  g_autofree char *year = rk_fiscal_year_to_string (rk_entity_get_int (value, "fiscal-year"));
  g_autofree char *number = rk_indicator_format_value (rk_entity_get_double (value, "value"),
                                                       rk_entity_get_string (RK_ENTITY (self->indicator), "unit"));
  /* Translators: a value row: fiscal year, kind (実績値), area (さくら市) */
  g_autofree char *title = g_strdup_printf (_("%s %s — %s"), year, rk_value_kind_get_label (kind),
                                            area_name (self, rk_entity_get_string (value, "area-code")));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), number);
}

static GtkWidget *
value_row (RkLmIndicatorEditor *self,
           RkEntity            *value)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *entry = adw_entry_row_new ();
  GtkWidget *remove = _rk_lm_icon_button ("user-trash-symbolic", _("Delete this value"));

  g_object_set_data (G_OBJECT (row), "editor", self);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Value"));
  rk_bind_editable (GTK_EDITABLE (entry), NULL, value, "value", _("Change Indicator Value"),
                    _rk_lm_parse_value, _rk_lm_format_value);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            _rk_lm_entry_row (value, _("Source"), "source", _("Change Value Source")));
  entry = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Data as of (date)"));
  rk_bind_editable (GTK_EDITABLE (entry), NULL, value, "as-of", _("Change Value Date"),
                    _rk_lm_parse_date, NULL);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);

  gtk_widget_set_sensitive (remove, !rk_database_get_read_only (self->db));
  g_object_set_data_full (G_OBJECT (remove), "value", g_object_ref (value), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_value_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  update_value_title (row, NULL, value);
  g_signal_connect_object (value, "notify", G_CALLBACK (update_value_title), row, G_CONNECT_SWAPPED);
  return row;
}

static void
fill_values (RkLmIndicatorEditor *self)
{
  g_autoptr(RkQueryModel) values = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, rk_entity_get_id (RK_ENTITY (self->indicator)));
  const char *params[] = { id, NULL };
  guint n;

  values = rk_query_model_new (self->db, RK_TYPE_INDICATOR_VALUE, "SELECT id FROM indicator_value WHERE 0");
  rk_query_model_set_query (values, "SELECT id FROM indicator_value WHERE indicator_id = ?1 "
                                    "ORDER BY fiscal_year DESC, kind, area_code", params);
  n = g_list_model_get_n_items (G_LIST_MODEL (values));
  for (guint i = 0; i < n; i++)
    {
      gint64 v = rk_query_model_get_id (values, i);
      g_array_append_val (ids, v);
    }

  /* Rebuild only when values come or go: a value being typed keeps its row. */
  if (self->value_ids != NULL && ids->len == self->value_ids->len &&
      memcmp (ids->data, self->value_ids->data, ids->len * sizeof (gint64)) == 0)
    return;
  g_clear_pointer (&self->value_ids, g_array_unref);
  self->value_ids = g_steal_pointer (&ids);

  for (guint i = 0; i < self->value_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->values_group),
                                  g_ptr_array_index (self->value_rows, i));
  g_ptr_array_set_size (self->value_rows, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) value = g_list_model_get_item (G_LIST_MODEL (values), i);
      GtkWidget *row = value_row (self, value);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->values_group), row);
      g_ptr_array_add (self->value_rows, row);
    }
}

static void
add_value_clicked_cb (RkLmIndicatorEditor *self)
{
  g_autoptr(GError) error = NULL;
  RkValueKind kind = adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row));
  int year = rk_fiscal_year_parse (gtk_editable_get_text (GTK_EDITABLE (self->year_entry)));
  double value;

  if (year == 0)
    {
      g_set_error (&error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_FORMAT,
                   _("“%s” is not a fiscal year. Enter it as 2025 or 令和7年度."),
                   gtk_editable_get_text (GTK_EDITABLE (self->year_entry)));
      rk_ui_show_error (GTK_WIDGET (self), _("Could not add the value"), error);
      return;
    }
  if (!rk_indicator_parse_value (gtk_editable_get_text (GTK_EDITABLE (self->value_entry)), &value))
    {
      g_set_error (&error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_FORMAT,
                   _("“%s” is not a number. Enter it as 1,234 or 12.5."),
                   gtk_editable_get_text (GTK_EDITABLE (self->value_entry)));
      rk_ui_show_error (GTK_WIDGET (self), _("Could not add the value"), error);
      return;
    }

  if (!rk_indicator_set_value (self->indicator, selected_code (self, self->area_row), year,
                               MIN (kind, RK_N_VALUE_KINDS - 1), value, NULL, NULL,
                               _("Add Indicator Value"), &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not add the value"), error);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->value_entry), "");
}

/*
 * Refreshing
 */

static void
refresh (RkLmIndicatorEditor *self)
{
  gint64 uses = rk_indicator_count_uses (self->indicator, NULL);
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  fill_values (self);
  gtk_widget_queue_draw (self->chart);

  text = uses > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Used by %d box of the logic models",
                                                  "Used by %d boxes of the logic models", (int) uses),
                                     (int) uses)
                  : g_strdup (_("Not used by any logic model yet"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->uses_row), text);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  RkLmIndicatorEditor *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
committed_cb (RkLmIndicatorEditor *self,
              const char * const  *tables)
{
  for (guint i = 0; tables[i] != NULL; i++)
    if ((g_str_equal (tables[i], "indicator_value") || g_str_equal (tables[i], "indicator") ||
         g_str_equal (tables[i], "logic_model_node_indicator")) && self->refresh_id == 0)
      self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

/*
 * Building
 */

static GtkWidget *
area_combo (RkLmIndicatorEditor *self,
            const char          *title)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (self->area_names));
  return row;
}

static void
load_areas (RkLmIndicatorEditor *self)
{
  g_autoptr(RkQueryModel) municipalities = rk_query_model_new (self->db, RK_TYPE_MUNICIPALITY,
                                                               "SELECT id FROM municipality "
                                                               "WHERE code <> '' ORDER BY position, id");

  self->area_codes = gtk_string_list_new (NULL);
  self->area_names = gtk_string_list_new (NULL);
  gtk_string_list_append (self->area_codes, "");
  gtk_string_list_append (self->area_names, _("The whole area"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (municipalities)); i++)
    {
      g_autoptr(RkEntity) m = g_list_model_get_item (G_LIST_MODEL (municipalities), i);

      gtk_string_list_append (self->area_codes, rk_entity_get_string (m, "code"));
      gtk_string_list_append (self->area_names, rk_entity_get_string (m, "name"));
    }
}

static GtkWidget *
combo_terms (RkEntity    *entity,
             const char  *title,
             RkTermList   list,
             const char  *property,
             const char  *undo_label)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  rk_bind_combo_row_terms (ADW_COMBO_ROW (row), list, entity, property, undo_label);
  return row;
}

static void
build (RkLmIndicatorEditor *self)
{
  RkEntity *ind = RK_ENTITY (self->indicator);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *about = adw_preferences_group_new ();
  GtkWidget *source = adw_preferences_group_new ();
  GtkWidget *trend = adw_preferences_group_new ();
  GtkWidget *add_group = adw_preferences_group_new ();
  GtkWidget *add_button, *delete_group, *delete;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  gboolean writable = !rk_database_get_read_only (self->db);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (about), _("Indicator"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (about),
                             _rk_lm_entry_row (ind, C_("indicator", "Name"), "name", _("Change Indicator Name")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (about),
                             combo_terms (ind, _("Category"), RK_TERMS_INDICATOR_CATEGORY, "category",
                                          _("Change Indicator Category")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (about),
                             _rk_lm_entry_row (ind, _("Unit"), "unit", _("Change Indicator Unit")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (about),
                             _rk_lm_bool_row (ind, _("Priority indicator (●)"), NULL, "priority",
                                              _("Change Priority Mark")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (about),
                             _rk_lm_bool_row (ind, _("Higher is better"),
                                              _("Off when the aim is to bring the value down"),
                                              "higher-is-better", _("Change Indicator Direction")));
  self->uses_row = adw_action_row_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (about), self->uses_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (about));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (source), _("Source"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (source),
                             _rk_lm_bool_row (ind, _("Checked against its source"),
                                             _("Examples not checked are marked ※ wherever they appear"),
                                             "verified", _("Change Checked Mark")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (source),
                             combo_terms (ind, _("Version"), RK_TERMS_INDICATOR_EDITION, "edition",
                                          _("Change Indicator Version")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (source),
                             _rk_lm_entry_row (ind, _("Typical data source"), "data-source",
                                               _("Change Data Source")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (source),
                             _rk_lm_entry_row (ind, _("Defined in"), "source-document",
                                               _("Change Source Document")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (source),
                             _rk_lm_entry_row (ind, _("Code"), "code", _("Change Indicator Code")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (source),
                             _rk_lm_entry_row (ind, _("Notes"), "notes", _("Change Indicator Notes")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (source));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (_rk_lm_functions_group (ind, _("Functions of home care"),
                                                                          _("Change Indicator Functions"))));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (trend), _("Trend"));
  self->chart = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->chart), 170);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), chart_draw_cb, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Trend chart of the indicator"), -1);
  gtk_widget_add_css_class (self->chart, "card");
  self->chart_area = area_combo (self, _("Values of"));
  g_signal_connect_swapped (self->chart_area, "notify::selected", G_CALLBACK (gtk_widget_queue_draw),
                            self->chart);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (trend), self->chart);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (trend), self->chart_area);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (trend));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (add_group), _("Enter a value"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (add_group),
                                         _("A value of the same year, kind and area replaces the one "
                                           "there. Values can also be imported from a CSV file."));
  self->year_entry = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->year_entry), _("Fiscal year"));
  {
    g_autoptr(GDate) today = g_date_new ();
    g_autofree char *year = NULL;

    g_date_set_time_t (today, time (NULL));
    year = g_strdup_printf ("%d", rk_fiscal_year_for_date (today));
    gtk_editable_set_text (GTK_EDITABLE (self->year_entry), year);
  }
  for (guint k = 0; k < RK_N_VALUE_KINDS; k++)
    gtk_string_list_append (kinds, rk_value_kind_get_label (k));
  self->kind_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Kind"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->kind_row), G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row), RK_VALUE_KIND_ACTUAL);
  self->area_row = area_combo (self, _("Area"));
  self->value_entry = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->value_entry), _("Value"));
  g_signal_connect_swapped (self->value_entry, "entry-activated", G_CALLBACK (add_value_clicked_cb), self);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->value_entry), FALSE);
  add_button = gtk_button_new_with_mnemonic (_("_Add Value"));
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add_button, "suggested-action");
  g_signal_connect_swapped (add_button, "clicked", G_CALLBACK (add_value_clicked_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->value_entry), add_button);
  {
    GtkWidget *rows[] = { self->year_entry, self->kind_row, self->area_row, self->value_entry };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        gtk_widget_set_sensitive (rows[i], writable);
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), rows[i]);
      }
  }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (add_group));

  self->values_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->values_group), _("Values"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->values_group));

  delete_group = adw_preferences_group_new ();
  delete = gtk_button_new_with_mnemonic (_("_Delete Indicator"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "ind.delete");
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
rk_lm_indicator_editor_dispose (GObject *object)
{
  RkLmIndicatorEditor *self = RK_LM_INDICATOR_EDITOR (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->value_ids, g_array_unref);
  g_clear_pointer (&self->value_rows, g_ptr_array_unref);
  g_clear_object (&self->indicator);
  g_clear_object (&self->area_codes);
  g_clear_object (&self->area_names);
  g_clear_object (&self->context);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (rk_lm_indicator_editor_parent_class)->dispose (object);
}

static void
rk_lm_indicator_editor_class_init (RkLmIndicatorEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rk_lm_indicator_editor_dispose;
}

static void
rk_lm_indicator_editor_init (RkLmIndicatorEditor *self)
{
  self->value_rows = g_ptr_array_new ();
  self->context = rk_lm_create_context ();
}

GtkWidget *
rk_lm_indicator_editor_new (RkIndicator *indicator)
{
  RkLmIndicatorEditor *self;

  g_return_val_if_fail (RK_IS_INDICATOR (indicator), NULL);

  self = g_object_new (RK_TYPE_LM_INDICATOR_EDITOR, NULL);
  self->indicator = g_object_ref (indicator);
  self->db = g_object_ref (rk_entity_get_database (RK_ENTITY (indicator)));
  g_signal_connect_object (self->db, "committed", G_CALLBACK (committed_cb), self, G_CONNECT_SWAPPED);
  load_areas (self);
  build (self);
  return GTK_WIDGET (self);
}

RkIndicator *
rk_lm_indicator_editor_get_indicator (RkLmIndicatorEditor *self)
{
  g_return_val_if_fail (RK_IS_LM_INDICATOR_EDITOR (self), NULL);
  return self->indicator;
}
