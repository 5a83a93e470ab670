/* rk-meetings-editor.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meetings-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bind.h"
#include "rk-countermeasure.h"
#include "rk-issue.h"
#include "rk-meetings-editor-private.h"
#include "rk-meetings-widgets.h"
#include "rk-ui-utils.h"
#include "rk-working-group.h"

/**
 * RkMeetingsEditor:
 *
 * One meeting, as a form: when and where, who was invited and came, the
 * agenda in the guidebook's three steps led by what is carried over from
 * earlier meetings, and the issues it raised. Every change is saved as it
 * is made. The agenda is in rk-meetings-agenda.c, the participants in
 * rk-meetings-participants.c.
 */

G_DEFINE_FINAL_TYPE (RkMeetingsEditor, rk_meetings_editor, ADW_TYPE_BIN)

enum {
  OPEN_ISSUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Helpers shared with the other parts of the editor
 */

GtkWidget *
_rk_meetings_group_new (const char *title,
                        const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

/**
 * _rk_meetings_group_add_button:
 * @label: the button's text (with a mnemonic), or %NULL for an icon only
 * @accessible_label: (nullable): its name for screen readers, when the
 *   text alone would not say enough
 *
 * Adds a flat button to the group's header.
 */
void
_rk_meetings_group_add_button (AdwPreferencesGroup *group,
                               const char          *icon_name,
                               const char          *label,
                               const char          *accessible_label,
                               const char          *action_name,
                               GVariant            *target)
{
  GtkWidget *box = adw_preferences_group_get_header_suffix (group);
  GtkWidget *button = gtk_button_new ();

  if (box == NULL)
    {
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      adw_preferences_group_set_header_suffix (group, box);
    }

  if (label != NULL)
    {
      GtkWidget *content = adw_button_content_new ();

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon_name);
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
      adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
      gtk_button_set_child (GTK_BUTTON (button), content);
    }
  else
    gtk_button_set_icon_name (GTK_BUTTON (button), icon_name);

  if (accessible_label != NULL)
    {
      gtk_widget_set_tooltip_text (button, accessible_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible_label, -1);
    }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_add_css_class (button, "flat");
  gtk_box_append (GTK_BOX (box), button);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (list, row);
}

/*
 * The meeting itself
 */

static char *
working_group_label (RkEntity *group)
{
  const char *name = rk_entity_get_string (group, "name");

  return g_strdup (name[0] != '\0' ? name : _("Untitled working group"));
}

static GtkWidget *
switch_row (const char *title,
            const char *subtitle,
            RkEntity   *entity,
            const char *property,
            const char *undo_label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  rk_bind_active (toggle, entity, property, undo_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  return row;
}

static GtkWidget *
time_row (const char *title,
          RkEntity   *entity,
          const char *property,
          const char *undo_label)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  rk_bind_editable (GTK_EDITABLE (row), NULL, entity, property, undo_label, rk_bind_parse_time,
                    NULL);
  return row;
}

static void
build_meeting_group (RkMeetingsEditor *self)
{
  RkEntity *m = RK_ENTITY (self->meeting);
  GtkWidget *group = _rk_meetings_group_new (_("Meeting"),
                                             _("Changes are saved as you make them. Undo with Ctrl+Z."));
  AdwPreferencesGroup *g = ADW_PREFERENCES_GROUP (group);
  GtkWidget *row;

  self->title_row = rk_meetings_entry_row (C_("meeting", "Title"), m, "title", _("Change Meeting Title"));
  adw_preferences_group_add (g, self->title_row);
  adw_preferences_group_add (g, rk_meetings_combo_row (_("Kind"), RK_MEETING_TERMS_KIND, m, "kind",
                                                       _("Change Kind of Meeting")));
  adw_preferences_group_add (g, rk_meetings_combo_row (C_("meeting", "Status"), RK_MEETING_TERMS_STATUS, m,
                                                       "status", _("Change Meeting Status")));
  adw_preferences_group_add (g, rk_meetings_date_row (C_("meeting", "Date"), m, "date",
                                                      _("Change Meeting Date")));
  adw_preferences_group_add (g, time_row (_("Start time"), m, "start-time",
                                          _("Change Start Time")));
  adw_preferences_group_add (g, time_row (_("End time"), m, "end-time", _("Change End Time")));
  adw_preferences_group_add (g, rk_meetings_entry_row (_("Place"), m, "place", _("Change Place")));
  adw_preferences_group_add (g, switch_row (_("Online"),
                                            _("Held online, or both at the place and online"),
                                            m, "online", _("Change Online")));
  adw_preferences_group_add (g, switch_row (_("Held jointly"),
                                            _("With the meeting of the home medical and long-term care "
                                              "coordination promotion project"),
                                            m, "joint", _("Change Joint Holding")));

  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Working group"));
  rk_meetings_bind_reference (ADW_COMBO_ROW (row), m, "working-group-id", RK_TYPE_WORKING_GROUP,
                              "SELECT id FROM working_group ORDER BY position, id",
                              working_group_label, _("None"), _("Change Working Group"));
  adw_preferences_group_add (g, row);
  adw_preferences_group_add (g, rk_meetings_entry_row (_("Notes"), m, "notes", _("Change Notes")));

  gtk_box_append (self->content, group);
}

/*
 * Issues carried over, and issues raised here
 */

static GtkWidget *
carried_row (RkMeetingsEditor *self,
             RkIssue          *issue,
             const char       *date)
{
  RkEntity *e = RK_ENTITY (issue);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *note = rk_meetings_icon_button ("document-edit-symbolic", _("Record Progress"));
  GtkWidget *open = rk_meetings_icon_button ("go-next-symbolic", _("Open in the Issue Register"));
  g_autoptr(GArray) actions = rk_issue_list_countermeasures (issue, NULL);
  g_autofree char *number = rk_issue_dup_number (issue);
  g_autofree char *title = g_strdup_printf (_("Issue %s: %s"), number, rk_entity_get_string (e, "title"));
  g_autofree char *subtitle = NULL;
  guint overdue = 0;

  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      g_autoptr(RkCountermeasure) action = rk_entity_lookup (self->db, RK_TYPE_COUNTERMEASURE,
                                                             g_array_index (actions, gint64,
                                                                            i), NULL);
      GtkWidget *child;
      g_autofree char *due = NULL;
      g_autofree char *line = NULL;
      gboolean late;

      if (action == NULL)
        continue;
      late = rk_countermeasure_is_overdue (action, date);
      overdue += late;
      due = rk_format_iso_date (rk_entity_get_string (RK_ENTITY (action), "due-date"));
      /* Translators: a countermeasure under an issue: owner · due · status */
      line = g_strdup_printf (_("%s · due %s · %s%s"),
                              rk_entity_get_string (RK_ENTITY (action), "owner"), due,
                              rk_meeting_terms_get_label (RK_MEETING_TERMS_ACTION_STATUS,
                                                          rk_entity_get_string (RK_ENTITY (action),
                                                                                "status")),
                              late ? _(" (overdue)") : "");
      child = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (child), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child),
                                     rk_entity_get_string (RK_ENTITY (action), "what"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (child), line);
      if (late)
        gtk_widget_add_css_class (child, "warning");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
    }

  if (overdue > 0)
    /* Translators: issue status · priority, and how many actions are overdue */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%s · priority %s · %u action overdue",
                                             "%s · priority %s · %u actions overdue", overdue),
                                rk_meeting_terms_get_label (RK_MEETING_TERMS_ISSUE_STATUS,
                                                            rk_entity_get_string (e, "status")),
                                rk_meeting_terms_get_label (RK_MEETING_TERMS_PRIORITY,
                                                            rk_entity_get_string (e, "priority")),
                                overdue);
  else
    /* Translators: an issue's status · priority */
    subtitle = g_strdup_printf (_("%s · priority %s"),
                                rk_meeting_terms_get_label (RK_MEETING_TERMS_ISSUE_STATUS,
                                                            rk_entity_get_string (e, "status")),
                                rk_meeting_terms_get_label (RK_MEETING_TERMS_PRIORITY,
                                                            rk_entity_get_string (e, "priority")));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (note), "editor.add-progress");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (note),
                                          g_variant_new_int64 (rk_entity_get_id (e)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "editor.open-issue");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (open),
                                          g_variant_new_int64 (rk_entity_get_id (e)));
  /* Expander rows show their actions last-added first. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), open);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), note);
  return row;
}

static GtkWidget *
raised_row (RkIssue *issue)
{
  RkEntity *e = RK_ENTITY (issue);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *open = rk_meetings_icon_button ("go-next-symbolic", _("Open in the Issue Register"));
  g_autofree char *number = rk_issue_dup_number (issue);
  g_autofree char *title = g_strdup_printf (_("Issue %s: %s"), number, rk_entity_get_string (e, "title"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               rk_meeting_terms_get_label (RK_MEETING_TERMS_ISSUE_STATUS,
                                                           rk_entity_get_string (e, "status")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "editor.open-issue");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (open),
                                          g_variant_new_int64 (rk_entity_get_id (e)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
  return row;
}

static void
fill_issue_lists (RkMeetingsEditor *self)
{
  g_autoptr(GArray) carried = rk_meeting_list_carried_issues (self->meeting, NULL);
  g_autoptr(GArray) raised = rk_meeting_list_raised_issues (self->meeting, NULL);
  g_autofree char *date = rk_meeting_dup_reference_date (self->meeting);

  clear_list (self->carried_list);
  clear_list (self->raised_list);

  for (guint i = 0; carried != NULL && i < carried->len; i++)
    {
      g_autoptr(RkIssue) issue = rk_entity_lookup (self->db, RK_TYPE_ISSUE,
                                                   g_array_index (carried, gint64, i), NULL);
      if (issue != NULL)
        gtk_list_box_append (self->carried_list, carried_row (self, issue, date));
    }
  if (carried == NULL || carried->len == 0)
    add_placeholder (self->carried_list, _("Nothing is carried over: no issue from earlier "
                                           "meetings was open at this one."));

  for (guint i = 0; raised != NULL && i < raised->len; i++)
    {
      g_autoptr(RkIssue) issue = rk_entity_lookup (self->db, RK_TYPE_ISSUE,
                                                   g_array_index (raised, gint64, i), NULL);
      if (issue != NULL)
        gtk_list_box_append (self->raised_list, raised_row (issue));
    }
  if (raised == NULL || raised->len == 0)
    add_placeholder (self->raised_list, _("No issues raised at this meeting yet."));
}

static GtkListBox *
boxed_list (const char *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return GTK_LIST_BOX (list);
}

static void
build_carried_group (RkMeetingsEditor *self)
{
  GtkWidget *group = _rk_meetings_group_new (_("Carried Over from Earlier Meetings"),
                                             _("Issues raised before this meeting and still open at "
                                               "its date, with their countermeasures. They are on "
                                               "the agenda and the handout by themselves."));

  self->carried_group = ADW_PREFERENCES_GROUP (group);
  self->carried_list = boxed_list (_("Carried over from earlier meetings"));
  adw_preferences_group_add (self->carried_group, GTK_WIDGET (self->carried_list));
  gtk_box_append (self->content, group);
}

static void
build_raised_group (RkMeetingsEditor *self)
{
  GtkWidget *group = _rk_meetings_group_new (_("Issues Raised at This Meeting"), NULL);

  _rk_meetings_group_add_button (ADW_PREFERENCES_GROUP (group), "list-add-symbolic",
                                 _("Add _Issue"), _("Add Issue"), "editor.add-issue", NULL);
  self->raised_list = boxed_list (_("Issues raised at this meeting"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->raised_list));
  gtk_box_append (self->content, group);
}

static void
committed_cb (RkMeetingsEditor   *self,
              const char * const *tables)
{
  gboolean issues = FALSE;

  if (self->meeting == NULL)
    return;

  for (guint i = 0; tables[i] != NULL; i++)
    {
      if (g_str_equal (tables[i], "participant"))
        _rk_meetings_editor_update_attendance (self);
      if (g_str_equal (tables[i], "issue") || g_str_equal (tables[i], "countermeasure") ||
          g_str_equal (tables[i], "meeting"))
        issues = TRUE;
    }

  if (issues)
    fill_issue_lists (self);
}

/*
 * Actions
 */

static void
add_issue_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  RkMeetingsEditor *self = RK_MEETINGS_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkIssue) issue = NULL;

  if (self->meeting == NULL)
    return;

  issue = rk_issue_new (self->db, self->meeting, NULL, &error);
  if (issue == NULL)
    {
      rk_ui_show_error (widget, _("Could not add the issue"), error);
      return;
    }

  g_signal_emit (self, signals[OPEN_ISSUE], 0, rk_entity_get_id (RK_ENTITY (issue)));
}

static void
open_issue_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  g_signal_emit (widget, signals[OPEN_ISSUE], 0, g_variant_get_int64 (param));
}

typedef struct
{
  RkMeetingsEditor *self;
  RkIssue          *issue;
  GtkEditable      *entry;
} ProgressData;

static void
progress_data_free (ProgressData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->issue);
  g_free (data);
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      ProgressData     *data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;

  if (g_strcmp0 (response, "add") != 0 || data->self->meeting == NULL)
    return;

  note = g_strstrip (g_strdup (gtk_editable_get_text (data->entry)));
  if (note[0] == '\0')
    return;
  if (rk_issue_add_progress (data->issue, data->self->meeting, note, &error) == 0)
    rk_ui_show_error (GTK_WIDGET (data->self), _("Could not record the progress"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (data->self), _("Progress recorded"));
}

static void
add_progress_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  RkMeetingsEditor *self = RK_MEETINGS_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(RkIssue) issue = rk_entity_lookup (self->db, RK_TYPE_ISSUE, g_variant_get_int64 (param),
                                               NULL);
  GtkWidget *dialog;
  GtkWidget *entry;
  ProgressData *data;

  if (issue == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Record Progress"),
                                   rk_entity_get_string (RK_ENTITY (issue), "title"));
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Progress"), -1);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("What was reported at this meeting"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Record"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data = g_new0 (ProgressData, 1);
  data->self = g_object_ref (self);
  data->issue = g_steal_pointer (&issue);
  data->entry = GTK_EDITABLE (entry);
  g_signal_connect_data (dialog, "response", G_CALLBACK (progress_response_cb), data,
                         (GClosureNotify) progress_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
add_participant_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  _rk_meetings_editor_add_participant (RK_MEETINGS_EDITOR (widget));
}

static void
count_attendance_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  _rk_meetings_editor_count_attendance (RK_MEETINGS_EDITOR (widget));
}

static void
add_example_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _rk_meetings_editor_add_example (RK_MEETINGS_EDITOR (widget));
}

static void
add_agenda_item_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  RkMeetingsEditor *self = RK_MEETINGS_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->meeting == NULL)
    return;
  id = rk_meeting_add_agenda_item (self->meeting, g_variant_get_string (param, NULL), NULL, 0,
                                   &error);
  if (id == 0)
    rk_ui_show_error (widget, _("Could not add the agenda item"), error);
  else
    _rk_meetings_editor_reveal_agenda_item (self, id);
}

/* The scrolled window is the bin's own child: AdwBin releases it, so it
 * is not a bound template child (which gtk_widget_dispose_template() would
 * release a second time).
 */
static GtkScrolledWindow *
scroller_of (GtkBox *content)
{
  return GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (content),
                                                       GTK_TYPE_SCROLLED_WINDOW));
}

/*
 * GObject
 */

static void
release_meeting (RkMeetingsEditor *self)
{
  GtkWidget *child;

  if (self->db != NULL)
    g_clear_signal_handler (&self->committed_id, self->db);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);

  self->title_row = NULL;
  self->participants_group = NULL;
  self->carried_group = NULL;
  self->carried_list = NULL;
  self->raised_list = NULL;
  g_clear_object (&self->participants);
  for (guint i = 0; i < G_N_ELEMENTS (self->agenda); i++)
    g_clear_object (&self->agenda[i]);
  g_clear_object (&self->meeting);
  g_clear_object (&self->db);
}

static void
rk_meetings_editor_dispose (GObject *object)
{
  RkMeetingsEditor *self = (RkMeetingsEditor *)object;

  release_meeting (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_MEETINGS_EDITOR);

  G_OBJECT_CLASS (rk_meetings_editor_parent_class)->dispose (object);
}

static void
rk_meetings_editor_class_init (RkMeetingsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_meetings_editor_dispose;

  /**
   * RkMeetingsEditor::open-issue:
   * @id: the issue
   *
   * Asks for the issue to be shown in the register.
   */
  signals[OPEN_ISSUE] =
    g_signal_new ("open-issue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-meetings-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsEditor, content);

  gtk_widget_class_install_action (widget_class, "editor.add-participant", NULL,
                                   add_participant_action);
  gtk_widget_class_install_action (widget_class, "editor.count-attendance", NULL,
                                   count_attendance_action);
  gtk_widget_class_install_action (widget_class, "editor.add-agenda-item", "s",
                                   add_agenda_item_action);
  gtk_widget_class_install_action (widget_class, "editor.add-example-agenda", NULL,
                                   add_example_action);
  gtk_widget_class_install_action (widget_class, "editor.add-issue", NULL, add_issue_action);
  gtk_widget_class_install_action (widget_class, "editor.open-issue", "x", open_issue_action);
  gtk_widget_class_install_action (widget_class, "editor.add-progress", "x", add_progress_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.add-participant", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.count-attendance", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.add-agenda-item", "s", "situation");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.add-issue", NULL);
}

static void
rk_meetings_editor_init (RkMeetingsEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * rk_meetings_editor_get_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting shown
 */
RkMeeting *
rk_meetings_editor_get_meeting (RkMeetingsEditor *self)
{
  g_return_val_if_fail (RK_IS_MEETINGS_EDITOR (self), NULL);

  return self->meeting;
}

/**
 * rk_meetings_editor_set_meeting:
 * @meeting: (nullable): the meeting to edit
 *
 * Builds the form for @meeting (the forms are built anew for each
 * meeting: every field is tied to its row for as long as it lives).
 */
void
rk_meetings_editor_set_meeting (RkMeetingsEditor *self,
                                RkMeeting        *meeting)
{
  gboolean writable;

  g_return_if_fail (RK_IS_MEETINGS_EDITOR (self));

  if (self->meeting == meeting)
    return;

  release_meeting (self);
  if (meeting == NULL)
    return;

  self->meeting = g_object_ref (meeting);
  self->db = g_object_ref (rk_entity_get_database (RK_ENTITY (meeting)));
  writable = !rk_database_get_read_only (self->db);

  build_meeting_group (self);
  _rk_meetings_editor_build_participants (self);
  build_carried_group (self);
  _rk_meetings_editor_build_agenda (self);
  build_raised_group (self);
  fill_issue_lists (self);

  self->committed_id = g_signal_connect_object (self->db, "committed", G_CALLBACK (committed_cb),
                                                self, G_CONNECT_SWAPPED);

  {
    static const char *edits[] = {
      "editor.add-participant", "editor.add-agenda-item", "editor.add-example-agenda",
      "editor.add-issue", "editor.add-progress",
    };

    for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
      gtk_widget_action_set_enabled (GTK_WIDGET (self), edits[i], writable);
  }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller_of (self->content)), 0);
}

void
rk_meetings_editor_focus_title (RkMeetingsEditor *self)
{
  g_return_if_fail (RK_IS_MEETINGS_EDITOR (self));

  if (self->title_row != NULL)
    gtk_widget_grab_focus (self->title_row);
}
