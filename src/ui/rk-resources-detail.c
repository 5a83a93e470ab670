/* rk-resources-detail.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resources-detail"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rk-bind.h"
#include "rk-directory.h"
#include "rk-resources-detail.h"
#include "rk-ui-utils.h"
#include "rk-vocabulary.h"

/**
 * RkResourcesDetail:
 *
 * The selected resource, to view and edit: its common facts, position,
 * where they came from and when they were confirmed, and what it can do
 * (the capabilities of its kind, each with its own confirmation). Every
 * change is saved as it is made, as one undoable step. The rows are built
 * afresh for each resource (rk-bind ties a widget to one row for life).
 */
struct _RkResourcesDetail
{
  AdwBin          parent_instance;

  RkDatabase     *db;
  RkOrganization *resource;
  GtkWidget      *stack;
  GtkWidget      *page;         /* AdwPreferencesPage, rebuilt per resource */
  GtkWidget      *first_row;
  GtkWidget      *method_dropdown;
  GtkWidget      *by_entry;
  GtkWidget      *capability_group;
  GPtrArray      *capability_rows;
  gulong          notify_id;
  gulong          committed_id;
  guint           rebuild_id;
};

G_DEFINE_FINAL_TYPE (RkResourcesDetail, rk_resources_detail, ADW_TYPE_BIN)

static const char *const methods[] = {
  RK_CONFIRM_PHONE, RK_CONFIRM_SURVEY, RK_CONFIRM_VISIT, RK_CONFIRM_OPEN_DATA,
};

static void rebuild (RkResourcesDetail *self);

/*
 * Helpers
 */

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

static const char *
chosen_method (RkResourcesDetail *self)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->method_dropdown));
  return methods[MIN (i, G_N_ELEMENTS (methods) - 1)];
}

static GtkWidget *
method_dropdown_new (void)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    gtk_string_list_append (labels, rk_directory_method_label (methods[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Confirmed by (method)"), -1);
  return dropdown;
}

static gboolean
parse_degrees (const char  *text,
               GValue      *value,
               char       **message)
{
  g_autofree char *nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  char *end = NULL;
  double v;

  g_strstrip (nfkc);
  if (nfkc[0] == '\0')
    {
      g_value_set_double (value, NAN);
      return TRUE;
    }
  v = g_ascii_strtod (nfkc, &end);
  if (*end != '\0' || !isfinite (v) || v < -180 || v > 180)
    {
      if (message != NULL)
        *message = g_strdup (_("Enter degrees as a decimal number, such as 36.1012, or leave it empty."));
      return FALSE;
    }
  g_value_set_double (value, v);
  return TRUE;
}

static char *
format_degrees (const GValue *value)
{
  double v = g_value_get_double (value);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (v))
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.7f", v));
}

static GtkWidget *
text_row (GtkWidget  *group,
          RkEntity   *entity,
          const char *title,
          const char *property,
          const char *undo_label)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  rk_bind_editable (GTK_EDITABLE (row), NULL, entity, property, undo_label, rk_bind_parse_text,
                    NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
parsed_row (GtkWidget        *group,
            RkEntity         *entity,
            const char       *title,
            const char       *property,
            const char       *undo_label,
            RkBindParseFunc   parse,
            RkBindFormatFunc  format)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  rk_bind_editable (GTK_EDITABLE (row), NULL, entity, property, undo_label, parse, format);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
group_new (GtkWidget  *page,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return group;
}

/*
 * 在宅医療対応: 未確認 / 可 / 不可
 */

static const char *const answers[] = { "", "yes", "no" };

static guint
answer_index (const char *value)
{
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    if (g_strcmp0 (value, answers[i]) == 0)
      return i;
  return 0;
}

static GtkStringList *
answer_labels (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    gtk_string_list_append (labels, rk_directory_value_label (answers[i]));
  return labels;
}

static void
home_care_selected_cb (AdwComboRow       *row,
                       GParamSpec        *pspec,
                       RkResourcesDetail *self)
{
  g_autoptr(GError) error = NULL;
  const char *value = answers[MIN (adw_combo_row_get_selected (row), 2)];

  if (self->resource == NULL ||
      g_strcmp0 (value, rk_entity_get_string (RK_ENTITY (self->resource), "home-care")) == 0)
    return;
  if (!rk_entity_update (RK_ENTITY (self->resource), _("Change Home Care"), &error,
                         "home-care", value, NULL))
    rk_ui_show_error (GTK_WIDGET (self), _("The change could not be saved"), error);
}

/*
 * Capabilities
 */

static void
describe_answer (GtkWidget            *row,
                 RkResourceCapability *answer)
{
  g_autofree char *subtitle = NULL;
  RkEntity *a = RK_ENTITY (answer);

  if (answer == NULL || rk_entity_get_string (a, "confirmed-on")[0] == '\0')
    subtitle = g_strdup (answer == NULL ? "" : _("Not confirmed"));
  else if (rk_entity_get_string (a, "confirmed-by")[0] != '\0')
    /* Translators: when, how and by whom a capability was confirmed,
     * e.g. "2026-04-01 · 電話 · 佐藤"
     */
    subtitle = g_strdup_printf (_("%s · %s · %s"), rk_entity_get_string (a, "confirmed-on"),
                                rk_directory_method_label (rk_entity_get_string (a, "confirmed-method")),
                                rk_entity_get_string (a, "confirmed-by"));
  else
    subtitle = g_strdup_printf (_("%s · %s"), rk_entity_get_string (a, "confirmed-on"),
                                rk_directory_method_label (rk_entity_get_string (a, "confirmed-method")));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static void
set_answer (RkResourcesDetail *self,
            GtkWidget         *row,
            const char        *value)
{
  RkEntity *cap = g_object_get_data (G_OBJECT (row), "rk-capability");
  g_autoptr(GError) error = NULL;
  g_autofree char *date = today ();
  g_autoptr(RkResourceCapability) answer = NULL;
  gint64 org = rk_entity_get_id (RK_ENTITY (self->resource));

  answer = rk_directory_get_answer (self->db, org, rk_entity_get_id (cap));
  if (g_strcmp0 (value, answer != NULL ? rk_entity_get_string (RK_ENTITY (answer), "value") : "") == 0)
    return;

  if (!rk_directory_set_answer (self->db, org, rk_entity_get_id (cap), value, date,
                                chosen_method (self),
                                gtk_editable_get_text (GTK_EDITABLE (self->by_entry)),
                                _("Change Capability"), &error))
    {
      rk_ui_show_error (GTK_WIDGET (self), _("The change could not be saved"), error);
      return;
    }

  g_clear_object (&answer);
  answer = rk_directory_get_answer (self->db, org, rk_entity_get_id (cap));
  describe_answer (row, answer);
}

static void
capability_selected_cb (GtkDropDown       *dropdown,
                        GParamSpec        *pspec,
                        RkResourcesDetail *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (dropdown), "rk-row");

  if (g_object_get_data (G_OBJECT (dropdown), "rk-updating") != NULL)
    return;
  set_answer (self, row, answers[MIN (gtk_drop_down_get_selected (dropdown), 2)]);
}

static void
capability_text_cb (GtkEditable       *entry,
                    RkResourcesDetail *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_object_get_data (G_OBJECT (entry), "rk-updating") != NULL)
    return;
  set_answer (self, g_object_get_data (G_OBJECT (entry), "rk-row"), text);
}

/* Shows the recorded answers again (after undo). */
static void
sync_capabilities (RkResourcesDetail *self)
{
  for (guint i = 0; self->resource != NULL && i < self->capability_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->capability_rows, i);
      RkEntity *cap = g_object_get_data (G_OBJECT (row), "rk-capability");
      GtkWidget *input = g_object_get_data (G_OBJECT (row), "rk-input");
      g_autoptr(RkResourceCapability) answer =
        rk_directory_get_answer (self->db, rk_entity_get_id (RK_ENTITY (self->resource)),
                                 rk_entity_get_id (cap));
      const char *value = answer != NULL ? rk_entity_get_string (RK_ENTITY (answer), "value") : "";

      g_object_set_data (G_OBJECT (input), "rk-updating", GINT_TO_POINTER (1));
      if (GTK_IS_DROP_DOWN (input))
        gtk_drop_down_set_selected (GTK_DROP_DOWN (input), answer_index (value));
      else if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (input)), value) != 0)
        gtk_editable_set_text (GTK_EDITABLE (input), value);
      g_object_set_data (G_OBJECT (input), "rk-updating", NULL);
      describe_answer (row, answer);
    }
}

static void
add_capabilities (RkResourcesDetail *self)
{
  g_autoptr(GPtrArray) capabilities = NULL;
  const char *kind = rk_entity_get_string (RK_ENTITY (self->resource), "kind");
  GtkWidget *header;

  self->capability_group = group_new (self->page, _("Capabilities"),
                                      _("What it can do, each answer with when, how and by whom it "
                                        "was confirmed. A new answer is recorded as confirmed today "
                                        "by the method and person below."));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->method_dropdown = method_dropdown_new ();
  self->by_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->by_entry), _("Confirmed by"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->by_entry), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->by_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Confirmed by (person)"), -1);
  gtk_box_append (GTK_BOX (header), self->method_dropdown);
  gtk_box_append (GTK_BOX (header), self->by_entry);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->capability_group), header);

  capabilities = rk_directory_list_capabilities (self->db, kind, NULL);
  for (guint i = 0; capabilities != NULL && i < capabilities->len; i++)
    {
      RkEntity *cap = g_ptr_array_index (capabilities, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *input;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rk_entity_get_string (cap, "label"));
      if (g_strcmp0 (rk_entity_get_string (cap, "value-type"), "text") == 0)
        {
          input = gtk_entry_new ();
          gtk_editable_set_width_chars (GTK_EDITABLE (input), 12);
          g_signal_connect (input, "changed", G_CALLBACK (capability_text_cb), self);
        }
      else
        {
          g_autoptr(GtkStringList) labels = answer_labels ();
          input = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
          g_signal_connect (input, "notify::selected", G_CALLBACK (capability_selected_cb), self);
        }
      gtk_widget_set_valign (input, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      rk_entity_get_string (cap, "label"), -1);
      g_object_set_data (G_OBJECT (input), "rk-row", row);
      g_object_set_data_full (G_OBJECT (row), "rk-capability", g_object_ref (cap), g_object_unref);
      g_object_set_data (G_OBJECT (row), "rk-input", input);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), input);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->capability_group), row);
      g_ptr_array_add (self->capability_rows, row);
    }

  sync_capabilities (self);
}

/*
 * Confirmation of the common facts
 */

static void
update_confirmation (GtkWidget         *row,
                     RkResourcesDetail *self)
{
  RkEntity *r = RK_ENTITY (self->resource);
  const char *on = rk_entity_get_string (r, "confirmed-on");
  g_autofree char *subtitle = NULL;

  if (on[0] == '\0')
    subtitle = g_strdup (_("Never confirmed"));
  else if (rk_entity_get_string (r, "confirmed-by")[0] != '\0')
    subtitle = g_strdup_printf (_("%s · %s · %s"), on,
                                rk_directory_method_label (rk_entity_get_string (r, "confirmed-method")),
                                rk_entity_get_string (r, "confirmed-by"));
  else
    subtitle = g_strdup_printf (_("%s · %s"), on,
                                rk_directory_method_label (rk_entity_get_string (r, "confirmed-method")));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static void
confirm_clicked_cb (GtkButton         *button,
                    RkResourcesDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = today ();

  if (!rk_directory_confirm (self->resource, date, chosen_method (self),
                             gtk_editable_get_text (GTK_EDITABLE (self->by_entry)),
                             _("Confirm Resource"), &error))
    rk_ui_show_error (GTK_WIDGET (self), _("The confirmation could not be saved"), error);
  else
    {
      sync_capabilities (self);
      rk_ui_show_undo_toast (GTK_WIDGET (self), _("Everything recorded is confirmed as of today"));
    }
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  RkResourcesDetail *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
resource_notify_cb (RkResourcesDetail *self,
                    GParamSpec        *pspec,
                    RkOrganization    *resource)
{
  /* A new kind has other capabilities. Not at once: the row that changed
   * the kind is still handling its signal.
   */
  if (g_strcmp0 (pspec->name, "kind") == 0 && self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

static void
committed_cb (RkResourcesDetail  *self,
              const char * const *tables,
              RkDatabase         *db)
{
  /* Answers changed elsewhere, or undone. */
  if (g_strv_contains (tables, "resource_capability"))
    sync_capabilities (self);
}

/*
 * Building the page
 */

static void
rebuild (RkResourcesDetail *self)
{
  RkEntity *r;
  GtkWidget *group;
  GtkWidget *row;
  g_autofree char *source = NULL;

  if (self->page != NULL)
    {
      gtk_stack_remove (GTK_STACK (self->stack), self->page);
      self->page = NULL;
    }
  g_ptr_array_set_size (self->capability_rows, 0);
  self->first_row = NULL;

  if (self->resource == NULL || self->db == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "none");
      return;
    }

  r = RK_ENTITY (self->resource);
  self->page = adw_preferences_page_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), self->page, "resource");

  /* Where the facts came from. */
  if (rk_entity_get_string (r, "source")[0] != '\0')
    /* Translators: the open-data file, its date and the record's ID */
    source = g_strdup_printf (_("From the open data: %s (%s), ID %s"),
                              rk_entity_get_string (r, "source-file"),
                              rk_entity_get_string (r, "source-date"),
                              rk_entity_get_string (r, "source-id"));
  else
    source = g_strdup (_("Entered locally"));

  group = group_new (self->page, _("Resource"), source);
  if (rk_entity_get_boolean (r, "closed"))
    {
      /* Translators: %s is the date it was marked closed */
      g_autofree char *closed = g_strdup_printf (_("Closed: not in the open data since %s"),
                                                 rk_entity_get_string (r, "closed-on"));
      GtkWidget *banner = gtk_label_new (closed);
      gtk_widget_add_css_class (banner, "error");
      gtk_label_set_wrap (GTK_LABEL (banner), TRUE);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), banner);
    }
  self->first_row = text_row (group, r, C_("resource", "Name"), "name", C_("resource", "Change Name"));
  text_row (group, r, _("Reading"), "kana", _("Change Reading"));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Kind"));
  rk_bind_combo_row_terms (ADW_COMBO_ROW (row), RK_TERMS_ORGANIZATION_KIND, r, "kind",
                           _("Change Kind"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  text_row (group, r, _("Facility type"), "subkind", _("Change Facility Type"));
  text_row (group, r, _("Corporation"), "corporation", _("Change Corporation"));

  group = group_new (self->page, _("Contact"), NULL);
  parsed_row (group, r, _("Municipality code"), "municipality-code", _("Change Municipality"),
              rk_bind_parse_municipality_code, NULL);
  text_row (group, r, _("Postal code"), "postal-code", _("Change Postal Code"));
  text_row (group, r, _("Address"), "address", _("Change Address"));
  text_row (group, r, _("Phone"), "phone", _("Change Phone"));
  text_row (group, r, _("Fax"), "fax", _("Change Fax"));
  text_row (group, r, _("E-mail"), "email", _("Change E-mail"));
  text_row (group, r, _("Web site"), "url", _("Change Web Site"));
  text_row (group, r, _("Consultation desk"), "consultation", _("Change Consultation Desk"));

  group = group_new (self->page, _("Services"), NULL);
  text_row (group, r, _("Hours"), "hours", _("Change Hours"));
  text_row (group, r, _("Closed days"), "closed-days", _("Change Closed Days"));
  text_row (group, r, _("Specialities"), "specialities", _("Change Specialities"));
  text_row (group, r, _("Area served"), "service-area", _("Change Area Served"));
  {
    g_autoptr(GtkStringList) labels = answer_labels ();
    row = adw_combo_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Home care"));
    adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
    adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                                answer_index (rk_entity_get_string (r, "home-care")));
    g_signal_connect (row, "notify::selected", G_CALLBACK (home_care_selected_cb), self);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  }
  text_row (group, r, _("Home care days and hours"), "home-care-hours",
            _("Change Home Care Days and Hours"));
  parsed_row (group, r, _("Beds"), "beds", _("Change Beds"), rk_bind_parse_count,
              rk_bind_format_count);
  parsed_row (group, r, _("Capacity"), "capacity", _("Change Capacity"), rk_bind_parse_count,
              rk_bind_format_count);
  text_row (group, r, _("Size"), "size-note", _("Change Size"));
  text_row (group, r, _("Notes"), "notes", _("Change Notes"));

  group = group_new (self->page, _("Position"),
                     rk_entity_get_string (r, "position-note")[0] != '\0' &&
                     isnan (rk_entity_get_double (r, "latitude"))
                     ? _("The open data gave no usable position: enter it to put the resource on the map.")
                     : NULL);
  parsed_row (group, r, _("Latitude"), "latitude", _("Change Position"), parse_degrees,
              format_degrees);
  parsed_row (group, r, _("Longitude"), "longitude", _("Change Position"), parse_degrees,
              format_degrees);

  add_capabilities (self);

  group = group_new (self->page, _("Confirmation"), NULL);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Facts last confirmed"));
  update_confirmation (row, self);
  g_signal_connect_object (self->resource, "notify::confirmed-on",
                           G_CALLBACK (update_confirmation), self, G_CONNECT_SWAPPED);
  {
    GtkWidget *button = gtk_button_new_with_mnemonic (_("_Confirm Today"));
    gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
    gtk_widget_set_tooltip_text (button, _("Record everything shown as confirmed today, by the "
                                           "method and person chosen under Capabilities"));
    g_signal_connect (button, "clicked", G_CALLBACK (confirm_clicked_cb), self);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  {
    GtkWidget *button = gtk_button_new_with_mnemonic (_("_Delete Resource"));
    gtk_widget_add_css_class (button, "destructive-action");
    gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
    gtk_widget_set_margin_top (button, 12);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "resources.delete");
    group = adw_preferences_group_new ();
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (group));
  }

  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->page);
}

/*
 * GObject
 */

static void
rk_resources_detail_dispose (GObject *object)
{
  RkResourcesDetail *self = (RkResourcesDetail *)object;

  if (self->resource != NULL)
    g_clear_signal_handler (&self->notify_id, self->resource);
  if (self->db != NULL)
    g_clear_signal_handler (&self->committed_id, self->db);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->resource);
  g_clear_object (&self->db);
  g_clear_pointer (&self->capability_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rk_resources_detail_parent_class)->dispose (object);
}

static void
rk_resources_detail_class_init (RkResourcesDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rk_resources_detail_dispose;
}

static void
rk_resources_detail_init (RkResourcesDetail *self)
{
  GtkWidget *none = adw_status_page_new ();

  self->capability_rows = g_ptr_array_new ();
  self->stack = gtk_stack_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "x-office-address-book-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _("No Resource Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (none),
                                   _("Select a resource in the list or on the map to see and edit it."));
  gtk_widget_add_css_class (none, "compact");
  gtk_stack_add_named (GTK_STACK (self->stack), none, "none");
  adw_bin_set_child (ADW_BIN (self), self->stack);
}

void
rk_resources_detail_set_database (RkResourcesDetail *self,
                                  RkDatabase        *db)
{
  g_return_if_fail (RK_IS_RESOURCES_DETAIL (self));

  if (self->db == db)
    return;

  rk_resources_detail_set_resource (self, NULL);
  if (self->db != NULL)
    g_clear_signal_handler (&self->committed_id, self->db);
  g_set_object (&self->db, db);
  if (db != NULL)
    self->committed_id = g_signal_connect_object (db, "committed", G_CALLBACK (committed_cb),
                                                  self, G_CONNECT_SWAPPED);
}

/**
 * rk_resources_detail_set_resource:
 * @resource: (nullable): the resource to show
 */
void
rk_resources_detail_set_resource (RkResourcesDetail *self,
                                  RkOrganization    *resource)
{
  g_return_if_fail (RK_IS_RESOURCES_DETAIL (self));

  if (self->resource == resource)
    return;

  if (self->resource != NULL)
    g_clear_signal_handler (&self->notify_id, self->resource);
  g_set_object (&self->resource, resource);
  if (resource != NULL)
    self->notify_id = g_signal_connect_object (resource, "notify",
                                               G_CALLBACK (resource_notify_cb), self,
                                               G_CONNECT_SWAPPED);
  rebuild (self);
}

RkOrganization *
rk_resources_detail_get_resource (RkResourcesDetail *self)
{
  g_return_val_if_fail (RK_IS_RESOURCES_DETAIL (self), NULL);
  return self->resource;
}

/**
 * rk_resources_detail_focus:
 *
 * Moves the keyboard focus to the first field (the name).
 */
void
rk_resources_detail_focus (RkResourcesDetail *self)
{
  g_return_if_fail (RK_IS_RESOURCES_DETAIL (self));

  if (self->first_row != NULL)
    gtk_widget_grab_focus (self->first_row);
}
