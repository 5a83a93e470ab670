/* rk-bcp-person-dialog.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-person-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rk-bcp-dialogs.h"
#include "rk-bcp-report.h"
#include "rk-bcp-widgets.h"
#include "rk-care-contact.h"
#include "rk-care-device.h"
#include "rk-care-person.h"
#include "rk-print-operation.h"
#include "rk-ui-utils.h"

/**
 * RkBcpPersonDialog:
 *
 * One person of the register of people at home on powered medical
 * devices: the fields of a 災害時個別支援計画 (FIELD-NOTES §7.4). Every
 * change is saved at once and can be undone; removing the person erases
 * them completely and cannot be undone. Nothing here is logged, and the
 * window's title, toasts and suggested file names name nobody.
 */
struct _RkBcpPersonDialog
{
  AdwPreferencesWindow  parent_instance;

  RkDatabase           *db;
  RkCarePerson         *person;

  /* Template widgets */
  AdwPreferencesGroup  *identity_group;
  AdwPreferencesGroup  *family_group;
  GtkListBox           *family_list;
  AdwPreferencesGroup  *care_group;
  AdwPreferencesGroup  *devices_group;
  GtkListBox           *device_list;
  AdwPreferencesGroup  *power_group;
  AdwPreferencesGroup  *evacuation_group;
  AdwPreferencesGroup  *supporters_group;
  GtkListBox           *supporter_list;
  AdwPreferencesGroup  *consent_group;
};

G_DEFINE_FINAL_TYPE (RkBcpPersonDialog, rk_bcp_person_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void
add (AdwPreferencesGroup *group,
     GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
}

static gint64
person_id (RkBcpPersonDialog *self)
{
  return rk_entity_get_id (RK_ENTITY (self->person));
}

static int
next_position (GtkListBox *box)
{
  GListModel *model = g_object_get_data (G_OBJECT (box), "rk-model");
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  g_autoptr(RkEntity) last = NULL;

  if (n == 0)
    return 0;
  last = g_list_model_get_item (model, n - 1);
  return rk_entity_get_int (last, "position") + 1;
}

/*
 * Contacts
 */

static void
update_contact_row (GtkWidget  *row,
                    GParamSpec *pspec,
                    RkEntity   *contact)
{
  const char *name = rk_entity_get_string (contact, "name");
  g_autofree char *subtitle = g_strdup_printf ("%s %s", rk_entity_get_string (contact, "relation"),
                                               rk_entity_get_string (contact, "phone"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name[0] != '\0' ? name : _("New contact"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), g_strstrip (subtitle));
}

static void
remove_clicked_cb (GtkButton *button,
                   RkEntity  *row_entity)
{
  GtkWidget *dialog = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (button)));
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (row_entity, _("Remove"), &error))
    rk_ui_show_error (dialog, _("Could not remove it"), error);
  else
    rk_bcp_dialog_toast (dialog, _("Removed"), TRUE);
}

static GtkWidget *
create_contact_row (gpointer item,
                    gpointer user_data)
{
  RkEntity *c = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = rk_bcp_remove_button (_("Remove Contact"));
  GtkWidget *phone;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("Name"), c, "name", _("Change Contact Name"), NULL, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("Relation"), c, "relation", _("Change Relation"), NULL, NULL));
  phone = rk_bcp_entry_row (_("Phone"), c, "phone", _("Change Contact Phone"), NULL, NULL);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (phone), GTK_INPUT_PURPOSE_PHONE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), phone);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("Notes"), c, "notes", _("Change Contact Notes"), NULL, NULL));

  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), c, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  update_contact_row (row, NULL, c);
  g_signal_connect_object (c, "notify", G_CALLBACK (update_contact_row), row, G_CONNECT_SWAPPED);
  return row;
}

static void
add_contact (RkBcpPersonDialog *self,
             const char        *kind,
             GtkListBox        *box)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) c = NULL;
  GtkListBoxRow *row;

  c = rk_entity_create (self->db, RK_TYPE_CARE_CONTACT, _("Add Contact"), &error,
                        "person-id", person_id (self), "kind", kind,
                        "position", next_position (box), NULL);
  if (c == NULL)
    {
      rk_ui_show_error (GTK_WIDGET (self), _("Could not add the contact"), error);
      return;
    }

  row = gtk_list_box_get_row_at_index (box, g_list_model_get_n_items (g_object_get_data (G_OBJECT (box),
                                                                                          "rk-model")) - 1);
  if (row != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
}

static void
add_family_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  RkBcpPersonDialog *self = RK_BCP_PERSON_DIALOG (widget);

  add_contact (self, "family", self->family_list);
}

static void
add_supporter_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  RkBcpPersonDialog *self = RK_BCP_PERSON_DIALOG (widget);

  add_contact (self, "supporter", self->supporter_list);
}

/*
 * Devices
 */

static void
update_device_row (GtkWidget  *row,
                   GParamSpec *pspec,
                   RkEntity   *d)
{
  double internal = rk_entity_get_double (d, "internal-hours");
  double external = rk_entity_get_double (d, "external-hours");
  const char *device = rk_entity_get_string (d, "device");
  g_autofree char *hours = NULL;
  g_autofree char *subtitle = NULL;

  hours = rk_bcp_format_hours (isnan (internal) && isnan (external) ? NAN
                               : (isnan (internal) ? 0 : internal) + (isnan (external) ? 0 : external));
  /* Translators: a device's model and how long its batteries last */
  subtitle = g_strdup_printf (_("%s · batteries %s"), rk_entity_get_string (d, "model"), hours);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 device[0] != '\0' ? rk_bcp_terms_get_label (RK_BCP_TERMS_DEVICE, device)
                                                   : _("New device"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
}

static GtkWidget *
create_device_row (gpointer item,
                   gpointer user_data)
{
  RkEntity *d = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = rk_bcp_remove_button (_("Remove Device"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_combo_row (_("Device"), RK_BCP_TERMS_DEVICE, TRUE, d, "device",
                                              _("Change Device")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("Model"), d, "model", _("Change Model"), NULL, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("In use (e.g. 24 hours, at night)"), d, "usage",
                                              _("Change Hours of Use"), NULL, NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("Internal battery (hours)"), d, "internal-hours",
                                              _("Change Internal Battery Time"),
                                              rk_bcp_parse_hours_text, rk_bcp_format_hours_value));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("External battery (hours)"), d, "external-hours",
                                              _("Change External Battery Time"),
                                              rk_bcp_parse_hours_text, rk_bcp_format_hours_value));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_bcp_entry_row (_("Notes"), d, "notes", _("Change Device Notes"), NULL, NULL));

  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), d, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  update_device_row (row, NULL, d);
  g_signal_connect_object (d, "notify", G_CALLBACK (update_device_row), row, G_CONNECT_SWAPPED);
  return row;
}

static void
add_device_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  RkBcpPersonDialog *self = RK_BCP_PERSON_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) d = NULL;
  GtkListBoxRow *row;

  d = rk_entity_create (self->db, RK_TYPE_CARE_DEVICE, _("Add Device"), &error,
                        "person-id", person_id (self), "position", next_position (self->device_list),
                        NULL);
  if (d == NULL)
    {
      rk_ui_show_error (widget, _("Could not add the device"), error);
      return;
    }

  row = gtk_list_box_get_row_at_index (self->device_list,
                                       g_list_model_get_n_items (g_object_get_data (G_OBJECT (self->device_list),
                                                                                    "rk-model")) - 1);
  if (row != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
}

static void
update_power (RkBcpPersonDialog *self)
{
  RkCareStatus status;
  g_autofree char *hours = NULL;
  g_autofree char *description = NULL;

  if (!rk_care_get_status (self->db, person_id (self), NULL, &status, NULL))
    return;

  hours = rk_bcp_format_hours (status.hours);
  /* Translators: how long the person's shortest-lasting device runs on batteries */
  description = g_strdup_printf (_("Power lasts %s on batteries (the shortest of the devices)."), hours);
  adw_preferences_group_set_description (self->devices_group, description);
}

static void
committed_cb (RkBcpPersonDialog  *self,
              const char * const *tables)
{
  update_power (self);
}

/* Undoing the person's addition removes them: the form goes with them. */
static void
person_changed_cb (RkBcpPersonDialog *self,
                   const char        *table,
                   gint64             rowid,
                   RkChangeKind       kind)
{
  if ((kind == RK_CHANGE_DELETE && rowid == person_id (self)) ||
      (kind == RK_CHANGE_RELOAD && !rk_care_get_status (self->db, person_id (self), NULL, &(RkCareStatus) { 0 }, NULL)))
    gtk_window_close (GTK_WINDOW (self));
}

/*
 * The plan and the erasure
 */

static RkReport *
build_plan (RkBcpPersonDialog *self)
{
  g_autoptr(GError) error = NULL;
  RkReport *report = rk_bcp_report_support_plan (self->db, person_id (self), NULL, &error);

  if (report == NULL)
    rk_ui_show_error (GTK_WIDGET (self), _("Could not prepare the plan"), error);
  return report;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  g_autoptr(RkReport) report = build_plan (RK_BCP_PERSON_DIALOG (widget));

  if (report != NULL)
    rk_print_report (widget, report);
}

static void
pdf_chosen_cb (GFile    *file,
               gpointer  user_data)
{
  RkBcpPersonDialog *self = user_data;
  g_autofree char *chosen = g_file_get_path (file);
  g_autofree char *path = rk_ui_ensure_extension (chosen, ".pdf");
  g_autoptr(RkReport) report = build_plan (self);
  g_autoptr(GError) error = NULL;

  if (report == NULL)
    return;
  if (!rk_report_write_pdf (report, path, &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not save the plan"), error);
  else
    rk_bcp_dialog_toast (GTK_WIDGET (self), _("Plan saved as PDF (readable by you only)"), FALSE);
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  RkBcpPersonDialog *self = RK_BCP_PERSON_DIALOG (widget);
  /* The register number, not the name: file names are seen in folders,
   * recent-file lists and e-mail attachments.
   */
  g_autofree char *name = g_strdup_printf (_("individual-support-plan-%d.pdf"), (int) person_id (self));

  rk_ui_choose_file (widget, GTK_FILE_CHOOSER_ACTION_SAVE, _("Save the Plan as PDF"), _("_Save"),
                     name, _("PDF documents"), "*.pdf", pdf_chosen_cb, self);
}

static gboolean
erase_idle_cb (gpointer user_data)
{
  /* The erasure's commit closes this form (it follows its person): keep
   * it alive until we are done with it.
   */
  g_autoptr(RkBcpPersonDialog) self = user_data;
  g_autoptr(GtkWindow) parent = NULL;
  g_autoptr(GError) error = NULL;

  if (gtk_window_get_transient_for (GTK_WINDOW (self)) != NULL)
    parent = g_object_ref (gtk_window_get_transient_for (GTK_WINDOW (self)));

  if (!rk_care_person_erase (self->person, &error))
    {
      rk_ui_show_error (parent != NULL ? GTK_WIDGET (parent) : GTK_WIDGET (self),
                        error->code == RK_DATABASE_ERROR_IN_USE
                        ? _("The person was removed, but not every trace is gone yet")
                        : _("Could not remove the person"),
                        error);
      if (error->code != RK_DATABASE_ERROR_IN_USE)
        return G_SOURCE_REMOVE;
    }

  gtk_window_close (GTK_WINDOW (self));
  if (parent != NULL)
    rk_ui_show_toast (GTK_WIDGET (parent), _("Removed from the register"));

  return G_SOURCE_REMOVE;
}

static void
erase_confirmed_cb (gpointer user_data)
{
  /* Not from inside the question's response: closing this form destroys
   * the question with it, while it is still answering.
   */
  g_idle_add (erase_idle_cb, g_object_ref (user_data));
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  RkBcpPersonDialog *self = RK_BCP_PERSON_DIALOG (widget);
  g_auto(GStrv) copies = rk_care_register_find_old_copies (self->db);
  g_autoptr(GString) body = g_string_new (NULL);

  g_string_append (body, _("Everything about this person, with their contacts and devices, is "
                           "erased from the workspace file. This cannot be undone, and the undo "
                           "history of this workspace is cleared."));
  g_string_append (body, "\n\n");
  g_string_append (body, _("Copies made earlier with “Save a Copy”, exports and printouts still "
                           "hold them: delete those too."));
  for (guint i = 0; copies[i] != NULL; i++)
    {
      g_autofree char *base = g_path_get_basename (copies[i]);

      if (i == 0)
        g_string_append_printf (body, "\n\n%s", _("Backups kept when the workspace format was updated:"));
      g_string_append_printf (body, "\n%s", base);
    }

  rk_ui_confirm (widget, _("Remove This Person from the Register?"), body->str, _("_Remove"),
                 G_CALLBACK (erase_confirmed_cb), self);
}

static void
reviewed_today_clicked_cb (RkBcpPersonDialog *self)
{
  g_autofree char *today = rk_bcp_today ();
  g_autoptr(GError) error = NULL;

  if (!rk_entity_update (RK_ENTITY (self->person), _("Mark as Reviewed"), &error,
                         "reviewed-on", today, NULL))
    rk_ui_show_error (GTK_WIDGET (self), _("The change could not be saved"), error);
}

/*
 * Building the form
 */

static void
build_rows (RkBcpPersonDialog *self)
{
  RkEntity *p = RK_ENTITY (self->person);
  GtkWidget *row;
  GtkWidget *button;

  add (self->identity_group, rk_bcp_entry_row (_("Name"), p, "name", _("Change Name"), NULL, NULL));
  add (self->identity_group, rk_bcp_entry_row (_("Kana"), p, "kana", _("Change Kana"), NULL, NULL));
  add (self->identity_group, rk_bcp_entry_row (_("Date of birth"), p, "birth-date",
                                               _("Change Date of Birth"), rk_bcp_parse_date_text, NULL));
  add (self->identity_group, rk_bcp_combo_row (_("Sex"), RK_BCP_TERMS_SEX, TRUE, p, "sex", _("Change Sex")));
  add (self->identity_group, rk_bcp_entry_row (_("Home address"), p, "address", _("Change Home Address"), NULL, NULL));
  row = rk_bcp_entry_row (_("Phone"), p, "phone", _("Change Phone"), NULL, NULL);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_PHONE);
  add (self->identity_group, row);
  add (self->identity_group, rk_bcp_entry_row (_("Condition and why support is needed"), p, "condition",
                                               _("Change Condition"), NULL, NULL));

  add (self->care_group, rk_bcp_organization_row (_("Primary doctor"), p, "doctor-id",
                                                  _("Change Primary Doctor")));
  add (self->care_group, rk_bcp_entry_row (_("Doctor in charge"), p, "doctor-name",
                                           _("Change Doctor in Charge"), NULL, NULL));
  add (self->care_group, rk_bcp_organization_row (_("Visiting nurse"), p, "nurse-id",
                                                  _("Change Visiting Nurse")));

  add (self->power_group, rk_bcp_switch_row (_("Spare batteries for the device"), p, "backup-spare-battery",
                                             _("Change Spare Batteries")));
  add (self->power_group, rk_bcp_switch_row (_("Storage battery"), p, "backup-storage-battery",
                                             _("Change Storage Battery")));
  add (self->power_group, rk_bcp_switch_row (_("Power from a car"), p, "backup-car",
                                             _("Change Power from a Car")));
  add (self->power_group, rk_bcp_switch_row (_("Generator"), p, "backup-generator", _("Change Generator")));
  add (self->power_group, rk_bcp_entry_row (_("Notes on power"), p, "backup-notes",
                                            _("Change Notes on Power"), NULL, NULL));

  add (self->evacuation_group, rk_bcp_combo_row (_("Where to go"), RK_BCP_TERMS_DESTINATION, TRUE, p,
                                                 "destination", _("Change Where to Go")));
  add (self->evacuation_group, rk_bcp_organization_row (_("Receiving hospital"), p, "hospital-id",
                                                        _("Change Receiving Hospital")));
  add (self->evacuation_group, rk_bcp_entry_row (_("Transport"), p, "transport", _("Change Transport"),
                                                 NULL, NULL));

  add (self->consent_group, rk_bcp_entry_row (_("Consent to share given on"), p, "consent-date",
                                              _("Change Consent Date"), rk_bcp_parse_date_text, NULL));
  add (self->consent_group, rk_bcp_entry_row (_("Shared with (scope of consent)"), p, "consent-scope",
                                              _("Change Scope of Consent"), NULL, NULL));
  row = rk_bcp_entry_row (_("Last reviewed"), p, "reviewed-on", _("Change Review Date"),
                          rk_bcp_parse_date_text, NULL);
  button = gtk_button_new_with_mnemonic (_("_Today"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Reviewed today"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reviewed today"), -1);
  gtk_widget_set_sensitive (button, !rk_database_get_read_only (self->db));
  g_signal_connect_object (button, "clicked", G_CALLBACK (reviewed_today_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
  add (self->consent_group, row);
  add (self->consent_group, rk_bcp_entry_row (_("Notes"), p, "notes", _("Change Notes"), NULL, NULL));

  adw_preferences_group_set_header_suffix (self->family_group,
                                           rk_bcp_add_button (_("Add _Contact"), "person.add-family"));
  adw_preferences_group_set_header_suffix (self->supporters_group,
                                           rk_bcp_add_button (_("Add _Supporter"), "person.add-supporter"));
  adw_preferences_group_set_header_suffix (self->devices_group,
                                           rk_bcp_add_button (_("Add _Device"), "person.add-device"));

  rk_bcp_bind_list (self->family_list, self->db, RK_CARE_LIST_FAMILY, person_id (self),
                    create_contact_row, self);
  rk_bcp_bind_list (self->supporter_list, self->db, RK_CARE_LIST_SUPPORTERS, person_id (self),
                    create_contact_row, self);
  rk_bcp_bind_list (self->device_list, self->db, RK_CARE_LIST_DEVICES, person_id (self),
                    create_device_row, self);
}

static void
rk_bcp_person_dialog_dispose (GObject *object)
{
  RkBcpPersonDialog *self = RK_BCP_PERSON_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_BCP_PERSON_DIALOG);
  g_clear_object (&self->person);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (rk_bcp_person_dialog_parent_class)->dispose (object);
}

static void
rk_bcp_person_dialog_class_init (RkBcpPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_bcp_person_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-bcp-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RkBcpPersonDialog, identity_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPersonDialog, family_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPersonDialog, family_list);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPersonDialog, care_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPersonDialog, devices_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPersonDialog, device_list);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPersonDialog, power_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPersonDialog, evacuation_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPersonDialog, supporters_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPersonDialog, supporter_list);
  gtk_widget_class_bind_template_child (widget_class, RkBcpPersonDialog, consent_group);

  gtk_widget_class_install_action (widget_class, "person.add-family", NULL, add_family_action);
  gtk_widget_class_install_action (widget_class, "person.add-supporter", NULL, add_supporter_action);
  gtk_widget_class_install_action (widget_class, "person.add-device", NULL, add_device_action);
  gtk_widget_class_install_action (widget_class, "person.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "person.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "person.erase", NULL, erase_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "person.print", NULL);
  rk_bcp_dialog_class_setup (widget_class);
}

static void
rk_bcp_person_dialog_init (RkBcpPersonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rk_bcp_person_dialog_new:
 * @person: a person of the register
 *
 * Returns: (transfer full): the form, to present over @parent
 */
RkBcpPersonDialog *
rk_bcp_person_dialog_new (GtkWindow    *parent,
                          RkCarePerson *person)
{
  RkBcpPersonDialog *self;
  gboolean writable;

  g_return_val_if_fail (RK_IS_CARE_PERSON (person), NULL);

  self = g_object_new (RK_TYPE_BCP_PERSON_DIALOG, "transient-for", parent, NULL);
  self->person = g_object_ref (person);
  self->db = g_object_ref (rk_entity_get_database (RK_ENTITY (person)));

  build_rows (self);
  update_power (self);
  g_signal_connect_object (self->db, "committed", G_CALLBACK (committed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->db, "changed::care_person", G_CALLBACK (person_changed_cb), self,
                           G_CONNECT_SWAPPED);

  writable = !rk_database_get_read_only (self->db);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.add-family", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.add-supporter", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.add-device", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.erase", writable);

  return self;
}
