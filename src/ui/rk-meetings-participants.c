/* rk-meetings-participants.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meetings-participants"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bind.h"
#include "rk-meetings-editor-private.h"
#include "rk-meetings-picker.h"
#include "rk-meetings-widgets.h"
#include "rk-participant.h"
#include "rk-ui-utils.h"

/* The participants part of the meeting editor: who was invited and who
 * came, each with the category of the guidebook's 参加者の例 that the
 * prefecture counts attendance by, and that count in one click.
 */

static void
update_participant_row (GtkWidget  *row,
                        GParamSpec *pspec,
                        RkEntity   *p)
{
  RkDatabase *db = rk_entity_get_database (p);
  g_autofree char *org = rk_meetings_organization_name (db, rk_entity_get_int (p, "organization-id"));
  const char *name = rk_entity_get_string (p, "name");
  const char *role = rk_entity_get_string (p, "role");
  const char *category = rk_meeting_terms_get_label (RK_MEETING_TERMS_CATEGORY,
                                                     rk_entity_get_string (p, "category"));
  g_autoptr(GString) subtitle = g_string_new (category[0] != '\0' ? category : _("No category"));
  const char *title;

  if (org[0] != '\0')
    {
      title = org;
      if (name[0] != '\0')
        g_string_append_printf (subtitle, " · %s", name);
    }
  else
    title = name[0] != '\0' ? name : _("Unnamed participant");
  if (role[0] != '\0')
    g_string_append_printf (subtitle, " · %s", role);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);
}

static void
remove_participant_clicked_cb (GtkButton *button,
                               RkEntity  *p)
{
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (p, _("Remove Participant"), &error))
    rk_ui_show_error (GTK_WIDGET (button), _("Could not remove the participant"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (button), _("Participant removed"));
}

static GtkWidget *
create_participant_row (gpointer entity,
                        gpointer user_data)
{
  RkEntity *p = entity;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *attended = gtk_check_button_new_with_label (C_("attendance", "Present"));
  GtkWidget *remove = rk_meetings_icon_button ("user-trash-symbolic", _("Remove Participant"));
  GtkWidget *combo = adw_combo_row_new ();
  GtkWidget *invited = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  const RkTerm *terms;
  guint n_terms;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_entry_row (_("Name of the person"), p, "name",
                                                   _("Change Participant Name")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_entry_row (C_("participant", "Role"), p, "role", _("Change Job Title or Role")));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Category"));
  terms = rk_meeting_terms_get (RK_MEETING_TERMS_CATEGORY, &n_terms);
  rk_bind_combo_row_term_array (ADW_COMBO_ROW (combo), terms, n_terms,
                                rk_meeting_terms_get_context (RK_MEETING_TERMS_CATEGORY), TRUE,
                                p, "category", _("Change Category"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), combo);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (invited), _("Invited"));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Invited"), -1);
  rk_bind_active (toggle, p, "invited", _("Change Invitation"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (invited), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (invited), toggle);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), invited);

  gtk_widget_set_valign (attended, GTK_ALIGN_CENTER);
  rk_bind_active (attended, p, "attended", _("Change Attendance"));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_participant_clicked_cb), p, 0);
  gtk_widget_set_sensitive (remove, !rk_database_get_read_only (rk_entity_get_database (p)));
  /* Expander rows show their actions last-added first. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), attended);

  update_participant_row (row, NULL, p);
  g_signal_connect_object (p, "notify", G_CALLBACK (update_participant_row), row,
                           G_CONNECT_SWAPPED);
  return row;
}

void
_rk_meetings_editor_update_attendance (RkMeetingsEditor *self)
{
  g_autoptr(RkAttendance) attendance = NULL;
  g_autofree char *text = NULL;

  if (self->participants_group == NULL)
    return;

  attendance = rk_meeting_count_attendance (self->meeting, NULL);
  if (attendance == NULL || attendance->total_invited + attendance->total_attended == 0)
    text = g_strdup (_("Pick organizations from the shared list, or add people on the spot."));
  else
    /* Translators: e.g. 「出席 15名（案内 18名）」 */
    text = g_strdup_printf (_("%u attended (%u invited)"), attendance->total_attended,
                            attendance->total_invited);
  adw_preferences_group_set_description (self->participants_group, text);
}

void
_rk_meetings_editor_build_participants (RkMeetingsEditor *self)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                         rk_entity_get_id (RK_ENTITY (self->meeting)));
  GtkWidget *group = _rk_meetings_group_new (_("Participants"), NULL);
  GtkWidget *list = gtk_list_box_new ();

  self->participants_group = ADW_PREFERENCES_GROUP (group);
  _rk_meetings_group_add_button (self->participants_group, "x-office-spreadsheet-symbolic",
                                 _("_Count by Category"), _("Count Attendance by Category"),
                                 "editor.count-attendance", NULL);
  _rk_meetings_group_add_button (self->participants_group, "list-add-symbolic",
                                 _("Add _Participant…"), _("Add Participant"),
                                 "editor.add-participant", NULL);

  self->participants = rk_query_model_new (self->db, RK_TYPE_PARTICIPANT,
                                           "SELECT id FROM participant");
  rk_query_model_set_query (self->participants,
                            "SELECT id FROM participant WHERE meeting_id = ? ORDER BY position, id",
                            (const char *[]) { id, NULL });

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Participants"), -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (self->participants),
                           create_participant_row, self, NULL);
  {
    GtkWidget *empty = gtk_label_new (_("No participants yet."));

    gtk_widget_add_css_class (empty, "dim-label");
    gtk_widget_set_margin_top (empty, 12);
    gtk_widget_set_margin_bottom (empty, 12);
    gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty);
  }
  adw_preferences_group_add (self->participants_group, list);
  gtk_box_append (self->content, group);

  _rk_meetings_editor_update_attendance (self);
}

/*
 * Adding participants
 */

static char *
add_picked (const RkMeetingsPick  *pick,
            gpointer               user_data,
            GError               **error)
{
  RkMeeting *meeting = user_data;
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (meeting));
  g_autoptr(RkTransaction) tx = NULL;
  g_autofree char *org_name = NULL;
  gint64 org_id;

  tx = rk_database_begin (db, _("Add Participant"), error);
  if (tx == NULL)
    return NULL;

  org_id = rk_meetings_pick_register (db, pick, error);
  if (org_id == 0 ||
      rk_meeting_add_participant (meeting, org_id, pick->person_name, pick->category, error) == 0 ||
      !rk_transaction_commit (tx, error))
    return NULL;

  org_name = rk_meetings_organization_name (db, org_id);
  /* Translators: said after a participant was added, e.g. 「さくら市医師会」を追加しました */
  return g_strdup_printf (_("Added “%s”."), org_name[0] != '\0' ? org_name : pick->person_name);
}

void
_rk_meetings_editor_add_participant (RkMeetingsEditor *self)
{
  if (self->meeting == NULL)
    return;

  rk_meetings_picker_new (GTK_WIDGET (self), self->db, _("Add Participant"), add_picked,
                          g_object_ref (self->meeting), g_object_unref);
}

/*
 * Counting attendance
 */

static void
add_count_row (GtkGrid    *grid,
               int         row,
               const char *label,
               guint       invited,
               guint       attended,
               gboolean    bold)
{
  g_autofree char *inv = g_strdup_printf ("%u", invited);
  g_autofree char *att = g_strdup_printf ("%u", attended);
  const char *texts[] = { label, inv, att };

  for (int c = 0; c < 3; c++)
    {
      GtkWidget *cell = gtk_label_new (texts[c]);

      gtk_label_set_xalign (GTK_LABEL (cell), c == 0 ? 0 : 1);
      gtk_label_set_selectable (GTK_LABEL (cell), TRUE);
      if (bold)
        gtk_widget_add_css_class (cell, "heading");
      gtk_grid_attach (grid, cell, c, row, 1, 1);
    }
}

static void
count_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   char             *text)
{
  if (g_strcmp0 (response, "copy") == 0)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (dialog)), text);
}

void
_rk_meetings_editor_count_attendance (RkMeetingsEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkAttendance) a = NULL;
  g_autoptr(GString) tsv = g_string_new (NULL);
  g_autofree char *title = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog, *grid, *scroller;
  int row = 0;

  if (self->meeting == NULL)
    return;

  a = rk_meeting_count_attendance (self->meeting, &error);
  if (a == NULL)
    {
      rk_ui_show_error (GTK_WIDGET (self), _("Could not count the participants"), error);
      return;
    }

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Attendance by category"), -1);

  add_count_row (GTK_GRID (grid), row++, _("Category"), 0, 0, TRUE);
  /* The heading row shows words, not counts. */
  gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 1, 0)), _("Invited"));
  gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 2, 0)), _("Attended"));
  g_string_append_printf (tsv, "%s\t%s\t%s\n", _("Category"), _("Invited"), _("Attended"));

  for (guint g = 0; g < RK_N_ATTENDANCE_GROUPS; g++)
    {
      add_count_row (GTK_GRID (grid), row++, rk_attendance_group_get_label (g), a->invited[g],
                     a->attended[g], FALSE);
      g_string_append_printf (tsv, "%s\t%u\t%u\n", rk_attendance_group_get_label (g),
                              a->invited[g], a->attended[g]);
    }
  add_count_row (GTK_GRID (grid), row++, _("Total"), a->total_invited, a->total_attended, TRUE);
  g_string_append_printf (tsv, "%s\t%u\t%u\n", _("Total"), a->total_invited, a->total_attended);

  /* Then the detail, category by category. */
  if (a->by_category->len > 0)
    {
      GtkWidget *heading = gtk_label_new (_("By category of the guidebook"));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, 12);
      gtk_grid_attach (GTK_GRID (grid), heading, 0, row++, 3, 1);
      g_string_append_c (tsv, '\n');
    }
  for (guint i = 0; i < a->by_category->len; i++)
    {
      const RkCategoryCount *c = &g_array_index (a->by_category, RkCategoryCount, i);
      const char *label = c->category != NULL && c->category[0] != '\0'
                          ? rk_meeting_terms_get_label (RK_MEETING_TERMS_CATEGORY, c->category)
                          : _("No category");

      add_count_row (GTK_GRID (grid), row++, label, c->invited, c->attended, FALSE);
      g_string_append_printf (tsv, "%s\t%u\t%u\n", label, c->invited, c->attended);
    }

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);

  title = rk_meeting_dup_display_title (self->meeting);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Attendance by Category"), title);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "copy", _("Copy as _Table"),
                                    "close", _("_Close"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_data (dialog, "response", G_CALLBACK (count_response_cb),
                         g_string_free (g_steal_pointer (&tsv), FALSE), (GClosureNotify) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
