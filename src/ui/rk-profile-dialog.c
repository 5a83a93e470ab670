/* rk-profile-dialog.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-profile-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bind.h"
#include "rk-municipality.h"
#include "rk-profile.h"
#include "rk-profile-dialog.h"
#include "rk-query-model.h"
#include "rk-staff.h"
#include "rk-ui-utils.h"

/**
 * RkProfileDialog:
 *
 * The workspace's properties: the base profile that every case study of
 * the guidebook opens with — who runs the base, its staff, the area it
 * covers and the municipalities in it with their population. Every change
 * is saved as it is made and can be undone.
 */
struct _RkProfileDialog
{
  AdwPreferencesWindow  parent_instance;

  RkDatabase           *db;
  RkProfile            *profile;
  RkQueryModel         *staff;
  RkQueryModel         *municipalities;

  /* Template widgets */
  AdwEntryRow          *name_row;
  AdwEntryRow          *operator_row;
  AdwComboRow          *operator_kind_row;
  AdwEntryRow          *as_of_row;
  AdwEntryRow          *address_row;
  AdwEntryRow          *phone_row;
  AdwEntryRow          *email_row;
  AdwEntryRow          *notes_row;
  AdwPreferencesGroup  *staff_group;
  GtkListBox           *staff_list;
  AdwEntryRow          *area_name_row;
  AdwEntryRow          *prefecture_row;
  AdwComboRow          *area_unit_row;
  AdwPreferencesGroup  *municipalities_group;
  GtkListBox           *municipality_list;
};

G_DEFINE_FINAL_TYPE (RkProfileDialog, rk_profile_dialog, ADW_TYPE_PREFERENCES_WINDOW)

/*
 * Auxiliary methods
 */

static void
show_error (RkProfileDialog *self,
            const char      *heading,
            const GError    *error)
{
  rk_ui_show_error (GTK_WIDGET (self), heading, error);
}

static void
show_undo_toast (RkProfileDialog *self,
                 const char      *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "profile.undo");
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
bind_text (AdwEntryRow *row,
           RkEntity    *entity,
           const char  *property,
           const char  *undo_label)
{
  rk_bind_editable (GTK_EDITABLE (row), NULL, entity, property, undo_label,
                    rk_bind_parse_text, NULL);
}

static GtkWidget *
remove_button_new (const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static void
update_staff_total (RkProfileDialog *self)
{
  g_autofree char *description = NULL;
  gint64 total = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->staff));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) staff = g_list_model_get_item (G_LIST_MODEL (self->staff), i);
      total += rk_entity_get_int (staff, "headcount");
    }

  /* Translators: the total number of the base's staff */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person in all",
                                              "%d people in all", (int) total),
                                 (int) total);
  adw_preferences_group_set_description (self->staff_group, n > 0 ? description : NULL);
}

static void
update_population_total (RkProfileDialog *self)
{
  GValue value = G_VALUE_INIT;
  g_autofree char *population_s = NULL;
  g_autofree char *elderly_s = NULL;
  g_autofree char *description = NULL;
  gint64 population = 0;
  gint64 elderly = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->municipalities));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) m = g_list_model_get_item (G_LIST_MODEL (self->municipalities), i);
      population += MAX (rk_entity_get_int (m, "population"), 0);
      elderly += MAX (rk_entity_get_int (m, "elderly-population"), 0);
    }

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, population);
  population_s = rk_bind_format_count (&value);
  g_value_set_int64 (&value, elderly);
  elderly_s = rk_bind_format_count (&value);

  if (population > 0)
    /* Translators: the area's population, its population aged 65 and over,
     * and the share of the latter (高齢化率), e.g. "人口 175,070人、老年人口
     * 55,065人（高齢化率 31.5%）"
     */
    description = g_strdup_printf (_("Population %s, aged 65 and over %s (%.1f%%)"),
                                   population_s, elderly_s, 100.0 * elderly / population);

  adw_preferences_group_set_description (self->municipalities_group, description);
}

static void
totals_changed_cb (RkProfileDialog    *self,
                   const char * const *tables)
{
  update_staff_total (self);
  update_population_total (self);
}

/*
 * Staff rows
 */

static void
remove_staff_clicked_cb (GtkButton *button,
                         RkEntity  *staff)
{
  RkProfileDialog *self = RK_PROFILE_DIALOG (gtk_widget_get_root (GTK_WIDGET (button)));
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (staff, _("Remove Staff"), &error))
    show_error (self, _("Could not remove the staff"), error);
  else
    show_undo_toast (self, _("Staff removed"));
}

static GtkWidget *
create_staff_row (gpointer item,
                  gpointer user_data)
{
  RkEntity *staff = item;
  GtkWidget *row = adw_combo_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 999, 1);
  GtkWidget *remove = remove_button_new (_("Remove Staff"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Profession"));
  rk_bind_combo_row_terms (ADW_COMBO_ROW (row), RK_TERMS_PROFESSION, staff, "profession",
                           _("Change Profession"));

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Number of staff"), -1);
  rk_bind_spin_button (GTK_SPIN_BUTTON (spin), staff, "headcount", _("Change Number of Staff"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);

  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_staff_clicked_cb), staff, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

/*
 * Municipality rows
 */

static void
update_municipality_row (GtkWidget *row,
                         GParamSpec *pspec,
                         RkEntity  *m)
{
  const char *name = rk_entity_get_string (m, "name");
  const char *code = rk_entity_get_string (m, "code");
  GValue value = G_VALUE_INIT;
  g_autofree char *population = NULL;
  g_autofree char *subtitle = NULL;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, rk_entity_get_int (m, "population"));
  population = rk_bind_format_count (&value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 name[0] != '\0' ? name : _("New municipality"));
  if (population[0] != '\0')
    /* Translators: municipality code and population, e.g. "192015 · 人口 183,850人" */
    subtitle = g_strdup_printf (_("%s · population %s"), code[0] != '\0' ? code : _("no code"),
                                population);
  else
    subtitle = g_strdup (code);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
}

static void
remove_municipality_clicked_cb (GtkButton *button,
                                RkEntity  *m)
{
  RkProfileDialog *self = RK_PROFILE_DIALOG (gtk_widget_get_root (GTK_WIDGET (button)));
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (m, _("Remove Municipality"), &error))
    show_error (self, _("Could not remove the municipality"), error);
  else
    show_undo_toast (self, _("Municipality removed"));
}

static GtkWidget *
add_entry (GtkWidget        *expander,
           RkEntity         *m,
           const char       *title,
           const char       *property,
           const char       *undo_label,
           RkBindParseFunc   parse,
           RkBindFormatFunc  format)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  rk_bind_editable (GTK_EDITABLE (entry), NULL, m, property, undo_label, parse, format);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), entry);

  return entry;
}

static GtkWidget *
create_municipality_row (gpointer item,
                         gpointer user_data)
{
  RkEntity *m = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = remove_button_new (_("Remove Municipality"));
  GtkWidget *entry;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  add_entry (row, m, _("Municipality name"), "name", _("Change Municipality Name"),
             rk_bind_parse_text, NULL);
  entry = add_entry (row, m, _("Municipality code"), "code", _("Change Municipality Code"),
                     rk_bind_parse_municipality_code, NULL);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 8);
  add_entry (row, m, _("Prefecture"), "prefecture", _("Change Prefecture"),
             rk_bind_parse_text, NULL);
  add_entry (row, m, _("Population"), "population", _("Change Population"),
             rk_bind_parse_count, rk_bind_format_count);
  add_entry (row, m, _("Population aged 65 and over"), "elderly-population",
             _("Change Population Aged 65 and Over"),
             rk_bind_parse_count, rk_bind_format_count);

  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_municipality_clicked_cb), m, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  update_municipality_row (row, NULL, m);
  g_signal_connect_object (m, "notify", G_CALLBACK (update_municipality_row), row, G_CONNECT_SWAPPED);

  return row;
}

/*
 * Actions
 */

static int
next_position (RkQueryModel *model)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_autoptr(RkEntity) last = NULL;

  if (n == 0)
    return 0;

  last = g_list_model_get_item (G_LIST_MODEL (model), n - 1);
  return rk_entity_get_int (last, "position") + 1;
}

static void
add_staff_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  RkProfileDialog *self = RK_PROFILE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) staff = NULL;

  staff = rk_entity_create (self->db, RK_TYPE_STAFF, _("Add Staff"), &error,
                            "position", next_position (self->staff),
                            "headcount", 1,
                            NULL);
  if (staff == NULL)
    show_error (self, _("Could not add staff"), error);
}

static void
add_municipality_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  RkProfileDialog *self = RK_PROFILE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) m = NULL;
  GtkListBoxRow *row;

  m = rk_entity_create (self->db, RK_TYPE_MUNICIPALITY, _("Add Municipality"), &error,
                        "position", next_position (self->municipalities),
                        "prefecture", rk_entity_get_string (RK_ENTITY (self->profile), "prefecture"),
                        NULL);
  if (m == NULL)
    {
      show_error (self, _("Could not add the municipality"), error);
      return;
    }

  /* Open the new row, ready for its name. */
  row = gtk_list_box_get_row_at_index (self->municipality_list,
                                       g_list_model_get_n_items (G_LIST_MODEL (self->municipalities)) - 1);
  if (row != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
replay_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RkProfileDialog *self = RK_PROFILE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gboolean redo = g_str_equal (action_name, "profile.redo");

  if (!(redo ? rk_database_redo (self->db, &error) : rk_database_undo (self->db, &error)))
    show_error (self, redo ? _("Could not redo") : _("Could not undo"), error);
}

/*
 * GObject overrides
 */

static void
rk_profile_dialog_dispose (GObject *object)
{
  RkProfileDialog *self = (RkProfileDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_PROFILE_DIALOG);
  g_clear_object (&self->staff);
  g_clear_object (&self->municipalities);
  g_clear_object (&self->profile);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (rk_profile_dialog_parent_class)->dispose (object);
}

static void
rk_profile_dialog_class_init (RkProfileDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_profile_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-profile-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, operator_row);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, operator_kind_row);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, as_of_row);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, staff_group);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, staff_list);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, area_name_row);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, prefecture_row);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, area_unit_row);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, municipalities_group);
  gtk_widget_class_bind_template_child (widget_class, RkProfileDialog, municipality_list);

  gtk_widget_class_install_action (widget_class, "profile.add-staff", NULL, add_staff_action);
  gtk_widget_class_install_action (widget_class, "profile.add-municipality", NULL,
                                   add_municipality_action);
  gtk_widget_class_install_action (widget_class, "profile.undo", NULL, replay_action);
  gtk_widget_class_install_action (widget_class, "profile.redo", NULL, replay_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "profile.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "profile.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rk_profile_dialog_init (RkProfileDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

RkProfileDialog *
rk_profile_dialog_new (RkDatabase *db)
{
  g_autoptr(GError) error = NULL;
  RkProfileDialog *self;
  RkEntity *p;
  gboolean writable;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  self = g_object_new (RK_TYPE_PROFILE_DIALOG, NULL);
  self->db = g_object_ref (db);
  self->profile = rk_profile_get (db, &error);
  if (self->profile == NULL)
    {
      g_critical ("Workspace without a profile: %s", error->message);
      return self;
    }
  p = RK_ENTITY (self->profile);

  bind_text (self->name_row, p, "name", _("Change Name of the Base"));
  bind_text (self->operator_row, p, "operator", _("Change Operator"));
  rk_bind_combo_row_terms (self->operator_kind_row, RK_TERMS_OPERATOR_KIND, p, "operator-kind",
                           _("Change Kind of Operator"));
  rk_bind_editable (GTK_EDITABLE (self->as_of_row), NULL, p, "as-of", _("Change Information Date"),
                    rk_bind_parse_year_month, NULL);
  bind_text (self->address_row, p, "address", _("Change Address"));
  bind_text (self->phone_row, p, "phone", _("Change Phone"));
  bind_text (self->email_row, p, "email", _("Change Email"));
  bind_text (self->notes_row, p, "notes", _("Change Notes"));
  bind_text (self->area_name_row, p, "area-name", _("Change Name of the Area"));
  bind_text (self->prefecture_row, p, "prefecture", _("Change Prefecture"));
  rk_bind_combo_row_terms (self->area_unit_row, RK_TERMS_AREA_UNIT, p, "area-unit",
                           _("Change Home-Care Area Unit"));

  self->staff = rk_query_model_new (db, RK_TYPE_STAFF, "SELECT id FROM staff ORDER BY position, id");
  gtk_list_box_bind_model (self->staff_list, G_LIST_MODEL (self->staff),
                           create_staff_row, self, NULL);

  self->municipalities = rk_query_model_new (db, RK_TYPE_MUNICIPALITY,
                                             "SELECT id FROM municipality ORDER BY position, id");
  gtk_list_box_bind_model (self->municipality_list, G_LIST_MODEL (self->municipalities),
                           create_municipality_row, self, NULL);

  g_signal_connect_object (db, "committed", G_CALLBACK (totals_changed_cb), self, G_CONNECT_SWAPPED);
  update_staff_total (self);
  update_population_total (self);

  writable = !rk_database_get_read_only (db);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-staff", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.add-municipality", writable);

  return self;
}
