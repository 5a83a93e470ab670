/* rk-meetings-picker.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meetings-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-meeting-terms.h"
#include "rk-meetings-picker.h"
#include "rk-meetings-widgets.h"
#include "rk-organization.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"
#include "rk-vocabulary.h"

/* How many organisations the list shows at once: a region's directory may
 * hold thousands; typing narrows it down.
 */
#define MAX_SHOWN 100

/**
 * RkMeetingsPicker:
 *
 * Picks who takes part in a meeting or a working group: an organisation
 * from the shared list, or someone added on the spot (a person, a new
 * organisation registered in the shared list, or both). It stays open so
 * that several can be added in a row.
 */
struct _RkMeetingsPicker
{
  AdwWindow           parent_instance;

  RkDatabase         *db;
  RkQueryModel       *orgs;
  RkMeetingsPickFunc  func;
  gpointer            user_data;
  GDestroyNotify      destroy;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkSearchEntry     *search_entry;
  GtkListBox         *org_list;
  GtkLabel           *more_label;
  AdwEntryRow        *person_row;
  AdwEntryRow        *new_org_row;
  AdwComboRow        *org_kind_row;
  AdwComboRow        *category_row;
  GtkButton          *add_button;
  GtkLabel           *status_label;
};

G_DEFINE_FINAL_TYPE (RkMeetingsPicker, rk_meetings_picker, ADW_TYPE_WINDOW)

static void
report (RkMeetingsPicker     *self,
        const RkMeetingsPick *pick)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = self->func (pick, self->user_data, &error);

  if (done == NULL)
    {
      rk_ui_show_error (GTK_WIDGET (self), _("Could not add the participant"), error);
      return;
    }
  gtk_label_set_text (self->status_label, done);
}

static void
add_org_clicked_cb (GtkButton *button,
                    gpointer   user_data)
{
  RkMeetingsPicker *self = RK_MEETINGS_PICKER (gtk_widget_get_root (GTK_WIDGET (button)));
  RkMeetingsPick pick = { 0 };

  pick.organization_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "rk-id"));
  pick.person_name = "";
  report (self, &pick);
}

static GtkWidget *
create_org_row (gpointer item,
                gpointer user_data)
{
  RkEntity *org = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *add;
  /* Translators: the button beside an organisation, e.g. 「さくら市医師会」を追加 */
  g_autofree char *label = g_strdup_printf (_("Add “%s”"), rk_entity_get_string (org, "name"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rk_entity_get_string (org, "name"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND,
                                                   rk_entity_get_string (org, "kind")));

  add = rk_meetings_icon_button ("list-add-symbolic", label);
  g_object_set_data (G_OBJECT (add), "rk-id", GSIZE_TO_POINTER ((gsize) rk_entity_get_id (org)));
  g_signal_connect (add, "clicked", G_CALLBACK (add_org_clicked_cb), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), add);

  return row;
}

static void
search_changed_cb (RkMeetingsPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n;

  rk_query_model_set_query (self->orgs,
                            "SELECT id FROM organization"
                            " WHERE ?1 = '' OR instr(name, ?1) > 0 OR instr(kana, ?1) > 0"
                            " ORDER BY kana = '', kana, name LIMIT 101",
                            (const char *[]) { text, NULL });

  n = g_list_model_get_n_items (G_LIST_MODEL (self->orgs));
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), n > MAX_SHOWN);
  if (n > MAX_SHOWN)
    gtk_label_set_text (self->more_label,
                        _("Only the first 100 are shown. Type part of a name to find the others."));
}

/* Escape in the search field clears it; in an empty one it closes the
 * picker, as Escape does anywhere else in it.
 */
static void
stop_search_cb (RkMeetingsPicker *self)
{
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] == '\0')
    gtk_window_close (GTK_WINDOW (self));
  else
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static const char *
selected_code (AdwComboRow *row,
               const char  *key)
{
  GStrv codes = g_object_get_data (G_OBJECT (row), key);
  guint selected = adw_combo_row_get_selected (row);

  if (codes == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= g_strv_length (codes))
    return NULL;
  return codes[selected][0] != '\0' ? codes[selected] : NULL;
}

static void
add_clicked_cb (RkMeetingsPicker *self)
{
  g_autofree char *person = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->person_row))));
  g_autofree char *org = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_org_row))));
  RkMeetingsPick pick = { -1 };

  if (person[0] == '\0' && org[0] == '\0')
    {
      gtk_label_set_text (self->status_label,
                          _("Type the person’s name, a new organization, or both."));
      gtk_widget_grab_focus (GTK_WIDGET (self->person_row));
      return;
    }

  pick.person_name = person;
  pick.new_organization = org[0] != '\0' ? org : NULL;
  pick.new_organization_kind = selected_code (self->org_kind_row, "rk-codes");
  pick.category = selected_code (self->category_row, "rk-codes");
  report (self, &pick);

  gtk_editable_set_text (GTK_EDITABLE (self->person_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_org_row), "");
}

static void
fill_combo (AdwComboRow  *row,
            const RkTerm *terms,
            guint         n_terms,
            const char   *first_label,
            const char   *default_code,
            gboolean      meeting_terms)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  guint selected = 0;

  if (first_label != NULL)
    {
      gtk_string_list_append (labels, first_label);
      g_strv_builder_add (codes, "");
    }
  for (guint i = 0; i < n_terms; i++)
    {
      if (g_strcmp0 (terms[i].code, default_code) == 0)
        selected = i + (first_label != NULL);
      gtk_string_list_append (labels, meeting_terms
                                      ? rk_meeting_terms_translate (RK_MEETING_TERMS_CATEGORY,
                                                                    &terms[i])
                                      : _(terms[i].label));
      g_strv_builder_add (codes, terms[i].code);
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, selected);
  g_object_set_data_full (G_OBJECT (row), "rk-codes", g_strv_builder_end (codes),
                          (GDestroyNotify) g_strfreev);
}

static void
rk_meetings_picker_dispose (GObject *object)
{
  RkMeetingsPicker *self = (RkMeetingsPicker *)object;

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_MEETINGS_PICKER);
  g_clear_object (&self->orgs);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (rk_meetings_picker_parent_class)->dispose (object);
}

static void
rk_meetings_picker_class_init (RkMeetingsPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_meetings_picker_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-meetings-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsPicker, window_title);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsPicker, org_list);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsPicker, more_label);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsPicker, person_row);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsPicker, new_org_row);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsPicker, org_kind_row);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsPicker, category_row);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsPicker, add_button);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsPicker, status_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rk_meetings_picker_init (RkMeetingsPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rk_meetings_picker_new:
 * @parent: a widget of the window the picker belongs to
 * @title: the window's title, e.g. "Add Participant"
 * @func: adds what the user picked
 * @destroy: (nullable): frees @user_data when the picker closes
 *
 * Returns: (transfer none): the picker, shown
 */
RkMeetingsPicker *
rk_meetings_picker_new (GtkWidget          *parent,
                        RkDatabase         *db,
                        const char         *title,
                        RkMeetingsPickFunc  func,
                        gpointer            user_data,
                        GDestroyNotify      destroy)
{
  RkMeetingsPicker *self = g_object_new (RK_TYPE_MEETINGS_PICKER, NULL);
  GtkRoot *root = gtk_widget_get_root (parent);
  const RkTerm *terms;
  guint n_terms;

  self->db = g_object_ref (db);
  self->func = func;
  self->user_data = user_data;
  self->destroy = destroy;

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));

  self->orgs = rk_query_model_new (db, RK_TYPE_ORGANIZATION,
                                   "SELECT id FROM organization ORDER BY kana = '', kana, name"
                                   " LIMIT 101");
  gtk_list_box_bind_model (self->org_list, G_LIST_MODEL (self->orgs), create_org_row, self, NULL);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb), self);
  search_changed_cb (self);

  terms = rk_terms_get (RK_TERMS_ORGANIZATION_KIND, &n_terms);
  fill_combo (self->org_kind_row, terms, n_terms, NULL, "other", FALSE);
  terms = rk_meeting_terms_get (RK_MEETING_TERMS_CATEGORY, &n_terms);
  fill_combo (self->category_row, terms, n_terms, _("From the kind of organization"), NULL, TRUE);

  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self);
  g_signal_connect_swapped (self->person_row, "entry-activated", G_CALLBACK (add_clicked_cb), self);
  adw_entry_row_set_show_apply_button (self->person_row, FALSE);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/**
 * rk_meetings_pick_register:
 *
 * Inside the caller's transaction, registers the organisation added on
 * the spot, if any, in the shared list.
 *
 * Returns: the organisation to link to (picked or new), -1 for none, or 0
 *   on error
 */
gint64
rk_meetings_pick_register (RkDatabase            *db,
                           const RkMeetingsPick  *pick,
                           GError               **error)
{
  g_autoptr(RkEntity) org = NULL;

  if (pick->organization_id > 0)
    return pick->organization_id;
  if (pick->new_organization == NULL)
    return -1;

  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, NULL, error,
                          "kind", pick->new_organization_kind != NULL ? pick->new_organization_kind
                                                                      : "other",
                          "name", pick->new_organization,
                          NULL);
  return org != NULL ? rk_entity_get_id (org) : 0;
}
