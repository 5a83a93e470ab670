/* rk-meetings-widgets.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meetings-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bind.h"
#include "rk-meetings-widgets.h"
#include "rk-organization.h"
#include "rk-care-names.h"
#include "rk-personal-names.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"

/**
 * rk_meetings_functions_row:
 *
 * A row of five check buttons, one per function of home care and one for
 * disasters, each tied to its bit of @property.
 */
GtkWidget *
rk_meetings_functions_row (RkEntity   *entity,
                           const char *property,
                           const char *undo_label)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new (C_("meeting", "Functions"));
  GtkWidget *flow = gtk_flow_box_new ();

  /* The checks go under the title, so that narrow windows keep both legible. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), C_("meeting", "Functions"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), RK_N_FUNCTIONS);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  C_("meeting", "Functions"), -1);

  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (rk_function_get_label (1u << i));

      rk_bind_flag (check, entity, property, 1u << i, undo_label);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), check);
    }

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), flow);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/**
 * rk_meetings_text_row:
 * @view: (out) (optional) (transfer none): the text view
 *
 * A list row holding a titled, multi-line text field tied to @property.
 */
GtkWidget *
rk_meetings_text_row (const char   *title,
                      RkEntity     *entity,
                      const char   *property,
                      const char   *undo_label,
                      GtkTextView **view)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *text = gtk_text_view_new ();

  /* A preferences row, so that a group keeps it in its boxed list. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (text), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text), 6);
  gtk_widget_set_size_request (text, -1, 64);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  -1);
  rk_bind_text_view (GTK_TEXT_VIEW (text), entity, property, undo_label);

  gtk_frame_set_child (GTK_FRAME (frame), text);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  if (view != NULL)
    *view = GTK_TEXT_VIEW (text);
  return row;
}

GtkWidget *
rk_meetings_entry_row (const char *title,
                       RkEntity   *entity,
                       const char *property,
                       const char *undo_label)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  rk_bind_editable (GTK_EDITABLE (row), NULL, entity, property, undo_label, rk_bind_parse_text,
                    NULL);
  return row;
}

GtkWidget *
rk_meetings_date_row (const char *title,
                      RkEntity   *entity,
                      const char *property,
                      const char *undo_label)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  rk_bind_editable (GTK_EDITABLE (row), NULL, entity, property, undo_label, rk_bind_parse_date,
                    NULL);
  return row;
}

GtkWidget *
rk_meetings_combo_row (const char        *title,
                       RkMeetingTermList  list,
                       RkEntity          *entity,
                       const char        *property,
                       const char        *undo_label)
{
  GtkWidget *row = adw_combo_row_new ();
  const RkTerm *terms;
  guint n_terms;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  terms = rk_meeting_terms_get (list, &n_terms);
  rk_bind_combo_row_term_array (ADW_COMBO_ROW (row), terms, n_terms,
                                rk_meeting_terms_get_context (list), FALSE, entity, property,
                                undo_label);
  return row;
}

/*
 * A status chosen from a list, written through a function that dates it
 */

typedef struct
{
  RkEntity               *entity;
  RkMeetingTermList       list;
  char                   *property;
  RkMeetingsStatusSetter  setter;
  gboolean                updating;
} Status;

static void
status_free (Status *status)
{
  g_clear_object (&status->entity);
  g_free (status->property);
  g_free (status);
}

static void
status_follow (AdwComboRow *row)
{
  Status *status = g_object_get_data (G_OBJECT (row), "rk-status");
  const char *code = rk_entity_get_string (status->entity, status->property);
  const RkTerm *terms;
  guint n_terms;

  terms = rk_meeting_terms_get (status->list, &n_terms);
  for (guint i = 0; i < n_terms; i++)
    if (g_strcmp0 (terms[i].code, code) == 0 && adw_combo_row_get_selected (row) != i)
      {
        status->updating = TRUE;
        adw_combo_row_set_selected (row, i);
        status->updating = FALSE;
      }
}

static void
status_selected_cb (AdwComboRow *row,
                    GParamSpec  *pspec,
                    Status      *status)
{
  g_autoptr(GError) error = NULL;
  const RkTerm *terms;
  guint n_terms;
  guint selected = adw_combo_row_get_selected (row);

  terms = rk_meeting_terms_get (status->list, &n_terms);
  if (status->updating || selected >= n_terms)
    return;
  if (!status->setter (status->entity, terms[selected].code, &error))
    {
      rk_ui_show_error (GTK_WIDGET (row), _("The change could not be saved"), error);
      status_follow (row);
    }
  rk_database_seal_undo (rk_entity_get_database (status->entity));
}

/**
 * rk_meetings_status_row:
 * @setter: writes the chosen code (and whatever goes with it, such as the
 *   date an issue was resolved)
 *
 * A combo row over one of the meetings lists whose choice is saved
 * through @setter rather than written to the column alone.
 */
GtkWidget *
rk_meetings_status_row (const char             *title,
                        RkMeetingTermList       list,
                        RkEntity               *entity,
                        const char             *property,
                        RkMeetingsStatusSetter  setter)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  Status *status = g_new0 (Status, 1);
  const RkTerm *terms;
  guint n_terms;

  terms = rk_meeting_terms_get (list, &n_terms);
  for (guint i = 0; i < n_terms; i++)
    gtk_string_list_append (labels, rk_meeting_terms_translate (list, &terms[i]));

  status->entity = g_object_ref (entity);
  status->list = list;
  status->property = g_strdup (property);
  status->setter = setter;
  g_object_set_data_full (G_OBJECT (row), "rk-status", status, (GDestroyNotify) status_free);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  status_follow (ADW_COMBO_ROW (row));
  g_signal_connect (row, "notify::selected", G_CALLBACK (status_selected_cb), status);
  g_signal_connect_object (entity, "notify", G_CALLBACK (status_follow), row, G_CONNECT_SWAPPED);
  if (rk_database_get_read_only (rk_entity_get_database (entity)))
    gtk_widget_set_sensitive (row, FALSE);
  return row;
}

/**
 * rk_meetings_icon_button:
 *
 * A flat icon button whose label is its tooltip and its accessible name.
 */
GtkWidget *
rk_meetings_icon_button (const char *icon_name,
                         const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/*
 * A combo row over the rows of another table (a meeting's working group)
 */

typedef struct
{
  AdwComboRow         *row;        /* weak: the binding lives in its data */
  RkEntity            *entity;
  char                *property;
  char                *undo_label;
  char                *none_label;
  RkQueryModel        *items;
  RkMeetingsLabelFunc  label_func;
  GArray              *ids;
  gboolean             updating;
} Reference;

static void
reference_free (Reference *ref)
{
  g_clear_object (&ref->entity);
  g_clear_object (&ref->items);
  g_clear_pointer (&ref->ids, g_array_unref);
  g_free (ref->property);
  g_free (ref->undo_label);
  g_free (ref->none_label);
  g_free (ref);
}

static void
reference_rebuild (Reference *ref)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new ((const char *[]) { ref->none_label,
                                                         NULL });
  gint64 current = rk_entity_get_int (ref->entity, ref->property);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (ref->items));
  guint selected = 0;

  g_array_set_size (ref->ids, 0);
  g_array_append_val (ref->ids, (gint64) { -1 });
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) item = g_list_model_get_item (G_LIST_MODEL (ref->items), i);
      g_autofree char *label = ref->label_func (item);
      gint64 id = rk_entity_get_id (item);

      gtk_string_list_append (labels, label);
      g_array_append_val (ref->ids, id);
      if (id == current)
        selected = i + 1;
    }

  ref->updating = TRUE;
  adw_combo_row_set_model (ref->row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ref->row, selected);
  ref->updating = FALSE;
}

static void
reference_selected_cb (AdwComboRow *row,
                       GParamSpec  *pspec,
                       Reference   *ref)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  guint selected = adw_combo_row_get_selected (row);

  if (ref->updating || selected == GTK_INVALID_LIST_POSITION || selected >= ref->ids->len)
    return;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, g_array_index (ref->ids, gint64, selected));
  if (!rk_entity_update_value (ref->entity, ref->property, &value, ref->undo_label, &error))
    rk_ui_show_error (GTK_WIDGET (row), _("The change could not be saved"), error);
  rk_database_seal_undo (rk_entity_get_database (ref->entity));
}

static void
reference_changed_cb (GtkWidget *row)
{
  Reference *ref = g_object_get_data (G_OBJECT (row), "rk-reference");

  if (ref != NULL)
    reference_rebuild (ref);
}

/**
 * rk_meetings_bind_reference:
 * @item_type: the #RkEntity type of the rows offered
 * @sql: their ids, in the order offered
 * @label_func: what a row is called
 * @none_label: the first choice, which clears the reference (-1)
 *
 * Offers the rows of another table in a combo row and saves the chosen
 * one's id in @property, a nullable integer column.
 */
void
rk_meetings_bind_reference (AdwComboRow         *row,
                            RkEntity            *entity,
                            const char          *property,
                            GType                item_type,
                            const char          *sql,
                            RkMeetingsLabelFunc  label_func,
                            const char          *none_label,
                            const char          *undo_label)
{
  Reference *ref = g_new0 (Reference, 1);
  RkDatabase *db = rk_entity_get_database (entity);

  ref->row = row;
  ref->entity = g_object_ref (entity);
  ref->property = g_strdup (property);
  ref->undo_label = g_strdup (undo_label);
  ref->none_label = g_strdup (none_label);
  ref->label_func = label_func;
  ref->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ref->items = rk_query_model_new (db, item_type, sql);
  g_object_set_data_full (G_OBJECT (row), "rk-reference", ref, (GDestroyNotify) reference_free);

  reference_rebuild (ref);
  g_signal_connect (row, "notify::selected", G_CALLBACK (reference_selected_cb), ref);
  /* Names change too, not only the list: rebuild after any commit to it. */
  g_signal_connect_object (ref->items, "items-changed", G_CALLBACK (reference_changed_cb), row,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (entity, "notify", G_CALLBACK (reference_changed_cb), row,
                           G_CONNECT_SWAPPED);
  if (rk_database_get_read_only (db))
    gtk_widget_set_sensitive (GTK_WIDGET (row), FALSE);
}

/**
 * rk_meetings_organization_name:
 *
 * Returns: (transfer full): the organisation's name, or "" when it is gone
 */
char *
rk_meetings_organization_name (RkDatabase *db,
                               gint64      organization_id)
{
  g_autoptr(RkEntity) org = NULL;

  if (organization_id <= 0)
    return g_strdup ("");
  org = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, organization_id, NULL);
  return g_strdup (org != NULL ? rk_entity_get_string (org, "name") : "");
}

/**
 * rk_meetings_show_name_warning:
 * @labels: (array length=n_fields): what the user calls each field
 * @texts: (array length=n_fields): what each field says
 *
 * Shows in @label what in the fields may name an individual person, or
 * hides @label when nothing does. The guidebook asks that the meeting not
 * be a place for individual cases. Names of the disaster BCP's register
 * (@names, %NULL for none) are looked for too; the warning then names the
 * fields, never the person (rk_personal_names_warning()).
 */
void
rk_meetings_show_name_warning (GtkLabel           *label,
                               RkCareNames        *names,
                               guint               n_fields,
                               const char * const *labels,
                               const char * const *texts)
{
  const RkNameIndex *registered = names != NULL ? rk_care_names_get_index (names) : NULL;
  g_autofree char *message = rk_personal_names_warning (n_fields, labels, texts, registered);

  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  gtk_label_set_text (label, message != NULL ? message : "");
}
