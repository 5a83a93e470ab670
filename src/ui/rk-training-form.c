/* rk-training-form.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-training-form"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rk-activity-participant.h"
#include "rk-bind.h"
#include "rk-training-form.h"
#include "rk-ui-utils.h"

/**
 * RkTrainingForm:
 *
 * The edit form of one training-tab record: what it was, when, for whom,
 * how it was announced, who came (by profession, for a training session)
 * or how many it reached, which functions of home care it served, and how
 * it went. Every change is saved as it is made and can be undone. A form
 * shows one record for its whole life: the tab makes a new one when
 * another record is chosen.
 */
struct _RkTrainingForm
{
  AdwBin               parent_instance;

  RkActivity          *activity;
  RkQueryModel        *participants;
  GtkCheckButton      *function_checks[RK_N_FUNCTIONS];
  gboolean             updating;

  /* Template widgets */
  AdwPreferencesGroup *main_group;
  AdwEntryRow         *date_row;
  AdwEntryRow         *title_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *audience_row;
  AdwEntryRow         *venue_row;
  AdwEntryRow         *channel_row;
  AdwEntryRow         *partners_row;
  AdwPreferencesGroup *participants_group;
  GtkListBox          *participants_list;
  AdwPreferencesGroup *reach_group;
  AdwEntryRow         *reach_row;
  AdwPreferencesGroup *functions_group;
  AdwEntryRow         *evaluation_row;
  AdwEntryRow         *notes_row;
};

G_DEFINE_FINAL_TYPE (RkTrainingForm, rk_training_form, ADW_TYPE_BIN)

/*
 * Auxiliary methods
 */

static void
bind_text (AdwEntryRow *row,
           RkEntity    *entity,
           const char  *property,
           const char  *undo_label)
{
  rk_bind_editable (GTK_EDITABLE (row), NULL, entity, property, undo_label,
                    rk_bind_parse_text, NULL);
}

static void
update_participant_total (RkTrainingForm *self)
{
  g_autofree char *description = NULL;
  gboolean has_breakdown = FALSE;
  gint64 total;

  if (!rk_activity_is_training (self->activity))
    return;

  total = rk_activity_get_participant_total (self->activity, &has_breakdown);
  if (has_breakdown)
    /* Translators: the participants of a training session in all */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d participant in all",
                                                "%d participants in all", (gulong) total),
                                   (int) total);
  else
    description = g_strdup (_("Add a line per profession, with how many came. For a total "
                              "without professions, leave the profession unset."));
  adw_preferences_group_set_description (self->participants_group, description);
}

static void
committed_cb (RkTrainingForm     *self,
              const char * const *tables)
{
  if (tables != NULL && g_strv_contains (tables, "activity_participant"))
    update_participant_total (self);
}

/*
 * Participants
 */

static void
remove_participants_clicked_cb (GtkButton *button,
                                RkEntity  *participants)
{
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (participants, _("Remove Participants"), &error))
    rk_ui_show_error (GTK_WIDGET (button), _("Could not remove the participants"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (button), _("Participants removed"));
}

static GtkWidget *
create_participants_row (gpointer item,
                         gpointer user_data)
{
  RkEntity *participants = item;
  GtkWidget *row = adw_combo_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 99999, 1);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Profession"));
  rk_bind_combo_row_terms (ADW_COMBO_ROW (row), RK_TERMS_PROFESSION, participants, "profession",
                           _("Change Profession of Participants"));

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Number of participants"), -1);
  rk_bind_spin_button (GTK_SPIN_BUTTON (spin), participants, "headcount",
                       _("Change Number of Participants"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Participants"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Participants"), -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_sensitive (remove, !rk_database_get_read_only (rk_entity_get_database (participants)));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_participants_clicked_cb),
                           participants, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
add_participants_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  RkTrainingForm *self = RK_TRAINING_FORM (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) participants = NULL;
  GtkListBoxRow *row;

  participants = rk_activity_add_participant (self->activity, "", 0, _("Add Participants"), &error);
  if (participants == NULL)
    {
      rk_ui_show_error (widget, _("Could not add participants"), error);
      return;
    }

  /* Ready for the profession. */
  row = gtk_list_box_get_row_at_index (self->participants_list,
                                       g_list_model_get_n_items (G_LIST_MODEL (self->participants)) - 1);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/*
 * Functions of home care
 */

static void
functions_follow_entity (RkTrainingForm *self)
{
  RkFunctions functions = rk_entity_get_int (RK_ENTITY (self->activity), "functions");

  self->updating = TRUE;
  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    gtk_check_button_set_active (self->function_checks[i], (functions & (1u << i)) != 0);
  self->updating = FALSE;
}

static void
function_toggled_cb (GtkCheckButton *check,
                     RkTrainingForm *self)
{
  g_autoptr(GError) error = NULL;
  int functions = 0;

  if (self->updating)
    return;

  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    if (gtk_check_button_get_active (self->function_checks[i]))
      functions |= 1 << i;

  if (!rk_entity_update (RK_ENTITY (self->activity), _("Change Functions of Home Care"), &error,
                         "functions", functions, NULL))
    {
      rk_ui_show_error (GTK_WIDGET (self), _("The change could not be saved"), error);
      functions_follow_entity (self);
    }
}

static void
activity_notify_functions_cb (RkTrainingForm *self)
{
  functions_follow_entity (self);
}

static void
build_function_rows (RkTrainingForm *self)
{
  gboolean writable = !rk_database_get_read_only (rk_entity_get_database (RK_ENTITY (self->activity)));

  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    {
      const char *label = rk_function_get_label (1u << i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      /* The row names the check box for screen readers. */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (check, writable);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->functions_group, row);

      self->function_checks[i] = GTK_CHECK_BUTTON (check);
    }

  functions_follow_entity (self);
  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    g_signal_connect (self->function_checks[i], "toggled", G_CALLBACK (function_toggled_cb), self);
  g_signal_connect_object (self->activity, "notify::functions",
                           G_CALLBACK (activity_notify_functions_cb), self, G_CONNECT_SWAPPED);
}

/*
 * GObject overrides
 */

static void
rk_training_form_dispose (GObject *object)
{
  RkTrainingForm *self = (RkTrainingForm *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_TRAINING_FORM);
  g_clear_object (&self->participants);
  g_clear_object (&self->activity);

  G_OBJECT_CLASS (rk_training_form_parent_class)->dispose (object);
}

static void
rk_training_form_class_init (RkTrainingFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_training_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-training-form.ui");
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, main_group);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, date_row);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, title_row);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, audience_row);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, venue_row);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, channel_row);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, partners_row);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, participants_group);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, participants_list);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, reach_group);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, reach_row);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, functions_group);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, evaluation_row);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingForm, notes_row);

  gtk_widget_class_install_action (widget_class, "form.add-participants", NULL,
                                   add_participants_action);
}

static void
rk_training_form_init (RkTrainingForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * rk_training_parse_date:
 *
 * A date as Japanese users write it: 2026-06-18, 2026/6/18, 2026.6.18,
 * 2026年6月18日, 令和8年6月18日, R8.6.18 (any digit width) become
 * "2026-06-18"; empty leaves the record undated.
 */
gboolean
rk_training_parse_date (const char  *text,
                        GValue      *value,
                        char       **message)
{
  g_autofree char *nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autoptr(GString) s = g_string_new (nfkc != NULL ? g_strstrip (nfkc) : "");
  unsigned year = 0, month = 0, day = 0;
  int offset = 0;
  int consumed = 0;

  if (s->len == 0)
    {
      g_value_set_string (value, "");
      return TRUE;
    }

  if (g_str_has_prefix (s->str, "令和") || s->str[0] == 'R' || s->str[0] == 'r')
    offset = 2018;
  else if (g_str_has_prefix (s->str, "平成") || s->str[0] == 'H' || s->str[0] == 'h')
    offset = 1988;
  if (offset != 0)
    g_string_erase (s, 0, g_str_has_prefix (s->str, "令和") || g_str_has_prefix (s->str, "平成")
                          ? strlen ("令和") : 1);
  if (g_str_has_prefix (s->str, "元"))
    g_string_replace (s, "元", "1", 1);

  g_string_replace (s, "年", "-", 0);
  g_string_replace (s, "月", "-", 0);
  g_string_replace (s, "日", "", 0);
  g_string_replace (s, "/", "-", 0);
  g_string_replace (s, ".", "-", 0);

  if (sscanf (s->str, "%u-%u-%u%n", &year, &month, &day, &consumed) == 3 &&
      s->str[consumed] == '\0')
    {
      year += offset;
      if (year >= 1900 && year <= 2999 && g_date_valid_dmy (day, month, year))
        {
          g_autofree char *iso = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
          g_value_set_string (value, iso);
          return TRUE;
        }
    }

  if (message != NULL)
    *message = g_strdup (_("Enter a date, such as 2026-06-18, 2026/6/18 or 令和8年6月18日."));
  return FALSE;
}

/**
 * rk_training_form_new:
 * @activity: the record to edit
 *
 * Returns: (transfer floating): the form
 */
RkTrainingForm *
rk_training_form_new (RkActivity *activity)
{
  RkTrainingForm *self;
  RkEntity *a;
  const char *category;
  gboolean training;
  gboolean writable;

  g_return_val_if_fail (RK_IS_ACTIVITY (activity), NULL);

  self = g_object_new (RK_TYPE_TRAINING_FORM, NULL);
  self->activity = g_object_ref (activity);
  a = RK_ENTITY (activity);
  category = rk_entity_get_string (a, "category");
  training = rk_activity_is_training (activity);
  writable = !rk_database_get_read_only (rk_entity_get_database (a));

  adw_preferences_group_set_title (self->main_group,
                                   rk_terms_get_label (RK_TERMS_ACTIVITY_CATEGORY, category));

  if (training)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Theme"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Method"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->channel_row), _("How it was announced"));
    }
  else if (g_strcmp0 (category, RK_ACTIVITY_SHARING) == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Title"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Medium"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->channel_row), _("How it was distributed"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reach_row),
                                     _("Copies or recipients"));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Title"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Method or medium"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->channel_row), _("How it was announced"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reach_row),
                                     _("People reached (participants, copies, views)"));
    }

  rk_bind_editable (GTK_EDITABLE (self->date_row), NULL, a, "held-on", _("Change Date"),
                    rk_training_parse_date, NULL);
  bind_text (self->title_row, a, "title", _("Change Title"));
  rk_bind_combo_row_terms (self->kind_row, rk_activity_category_get_kind_list (category), a, "kind",
                           training ? _("Change Method") : _("Change Medium"));
  bind_text (self->audience_row, a, "audience", _("Change Audience"));
  bind_text (self->venue_row, a, "venue", _("Change Venue"));
  bind_text (self->channel_row, a, "channel",
             training ? _("Change How It Was Announced") : _("Change How It Was Distributed"));
  bind_text (self->partners_row, a, "partners", _("Change Co-organisers"));
  bind_text (self->evaluation_row, a, "evaluation", _("Change Evaluation"));
  bind_text (self->notes_row, a, "notes", _("Change Notes"));

  gtk_widget_set_visible (GTK_WIDGET (self->participants_group), training);
  gtk_widget_set_visible (GTK_WIDGET (self->reach_group), !training);
  if (training)
    {
      self->participants = rk_activity_get_participants (activity);
      gtk_list_box_bind_model (self->participants_list, G_LIST_MODEL (self->participants),
                               create_participants_row, self, NULL);
      g_signal_connect_object (rk_entity_get_database (a), "committed",
                               G_CALLBACK (committed_cb), self, G_CONNECT_SWAPPED);
      update_participant_total (self);
    }
  else
    rk_bind_editable (GTK_EDITABLE (self->reach_row), NULL, a, "reach", _("Change Number Reached"),
                      rk_bind_parse_count, rk_bind_format_count);

  build_function_rows (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.add-participants", writable);

  return self;
}

RkActivity *
rk_training_form_get_activity (RkTrainingForm *self)
{
  g_return_val_if_fail (RK_IS_TRAINING_FORM (self), NULL);
  return self->activity;
}

/**
 * rk_training_form_focus_title:
 *
 * Puts the cursor in the title, where a new record starts.
 */
void
rk_training_form_focus_title (RkTrainingForm *self)
{
  g_return_if_fail (RK_IS_TRAINING_FORM (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
