/* rk-meetings-issue-editor.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meetings-issue-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bind.h"
#include "rk-care-names.h"
#include "rk-countermeasure.h"
#include "rk-issue-progress.h"
#include "rk-meetings-issue-editor.h"
#include "rk-meetings-measures.h"
#include "rk-meetings-widgets.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"
#include "rk-working-group.h"

/**
 * RkMeetingsIssueEditor:
 *
 * One issue of the register (課題): what it is, which functions it
 * concerns, where it was raised, how urgent it is and how far it has got;
 * its countermeasures (対応策: what, who, by when, status, evaluation, and
 * the measures of logic models each carries out, rk-meetings-measures.c);
 * the progress reported at later meetings, with a warning when a note
 * seems to name a person; and its evaluation.
 */
struct _RkMeetingsIssueEditor
{
  AdwBin             parent_instance;

  RkIssue           *issue;
  RkDatabase        *db;
  RkQueryModel      *actions;
  RkQueryModel      *progress;
  GtkWidget         *title_row;
  GtkListBox        *action_list;
  GtkListBox        *note_list;
  GtkLabel          *note_warning;
  RkCareNames       *care_names;
  gulong             committed_id;
  guint              measures_id;
  guint              warning_id;

  /* Template widgets */
  GtkBox            *content;
};

G_DEFINE_FINAL_TYPE (RkMeetingsIssueEditor, rk_meetings_issue_editor, ADW_TYPE_BIN)

static GtkWidget *
new_group (const char *title,
           const char *description,
           const char *icon_name,
           const char *button_label,
           const char *action_name)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  if (action_name != NULL)
    {
      GtkWidget *button = rk_meetings_icon_button (icon_name, button_label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
    }
  return group;
}

static GtkWidget *
new_list (const char *label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return list;
}

static char *
working_group_label (RkEntity *group)
{
  const char *name = rk_entity_get_string (group, "name");

  return g_strdup (name[0] != '\0' ? name : _("Untitled working group"));
}

static gboolean
set_issue_status (RkEntity    *entity,
                  const char  *code,
                  GError     **error)
{
  return rk_issue_set_status (RK_ISSUE (entity), code, error);
}

static gboolean
set_action_status (RkEntity    *entity,
                   const char  *code,
                   GError     **error)
{
  return rk_countermeasure_set_status (RK_COUNTERMEASURE (entity), code, error);
}

static void
update_raised_row (GtkWidget  *row,
                   GParamSpec *pspec,
                   RkIssue    *issue)
{
  g_autofree char *where = rk_issue_dup_raised_at (issue);
  g_autofree char *closed = NULL;
  const char *closed_on = rk_entity_get_string (RK_ENTITY (issue), "closed-on");

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where[0] != '\0' ? where : _("Not recorded"));
  if (closed_on[0] != '\0')
    {
      g_autofree char *date = rk_format_iso_date (closed_on);
      /* Translators: when an issue was resolved or dropped */
      closed = g_strdup_printf (_("Closed on %s"), date);
    }
  gtk_widget_set_tooltip_text (row, closed);
}

static void
build_issue_group (RkMeetingsIssueEditor *self)
{
  RkEntity *i = RK_ENTITY (self->issue);
  g_autofree char *number = rk_issue_dup_number (self->issue);
  /* Translators: the title of an issue's form: 課題 12 */
  g_autofree char *title = g_strdup_printf (_("Issue %s"), number);
  GtkWidget *group = new_group (title, _("Changes are saved as you make them. Undo with Ctrl+Z."),
                                "user-trash-symbolic", _("Delete Issue"), "issue.delete");
  AdwPreferencesGroup *g = ADW_PREFERENCES_GROUP (group);
  GtkWidget *row;

  self->title_row = rk_meetings_entry_row (_("Issue"), i, "title", _("Change Issue"));
  adw_preferences_group_add (g, self->title_row);
  adw_preferences_group_add (g, rk_meetings_text_row (_("Description"), i, "description",
                                                      _("Change Description"), NULL));
  adw_preferences_group_add (g, rk_meetings_functions_row (i, "functions", _("Change Functions")));
  adw_preferences_group_add (g, rk_meetings_combo_row (_("Priority"), RK_MEETING_TERMS_PRIORITY, i,
                                                       "priority", _("Change Priority")));
  adw_preferences_group_add (g, rk_meetings_status_row (C_("meeting", "Status"), RK_MEETING_TERMS_ISSUE_STATUS,
                                                        i,
                                                        "status", set_issue_status));

  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Working group"));
  rk_meetings_bind_reference (ADW_COMBO_ROW (row), i, "working-group-id", RK_TYPE_WORKING_GROUP,
                              "SELECT id FROM working_group ORDER BY position, id",
                              working_group_label, _("None"), _("Change Working Group"));
  adw_preferences_group_add (g, row);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Raised at"));
  update_raised_row (row, NULL, self->issue);
  g_signal_connect_object (self->issue, "notify", G_CALLBACK (update_raised_row), row,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (g, row);
  adw_preferences_group_add (g, rk_meetings_date_row (_("Raised on"), i, "raised-on",
                                                      _("Change Date Raised")));
  adw_preferences_group_add (g, rk_meetings_text_row (_("Evaluation"), i, "evaluation",
                                                      _("Change Evaluation"), NULL));

  gtk_box_append (self->content, group);
}

/*
 * Countermeasures
 */

static void
update_action_row (GtkWidget  *row,
                   GParamSpec *pspec,
                   RkEntity   *action)
{
  const char *what = rk_entity_get_string (action, "what");
  const char *owner = rk_entity_get_string (action, "owner");
  g_autofree char *due = rk_format_iso_date (rk_entity_get_string (action, "due-date"));
  gboolean late = rk_countermeasure_is_overdue (RK_COUNTERMEASURE (action), NULL);
  g_autofree char *subtitle = NULL;

  guint n_measures = rk_meetings_count_measures (ADW_EXPANDER_ROW (row));
  g_autofree char *measures = NULL;

  if (n_measures > 0)
    /* Translators: after a countermeasure's status: how many measures of
     * logic models it carries out
     */
    measures = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, " · carries out %u measure",
                                             " · carries out %u measures", n_measures),
                                n_measures);

  /* Translators: a countermeasure under an issue: owner · due · status */
  subtitle = g_strdup_printf (_("%s · due %s · %s%s"),
                              owner[0] != '\0' ? owner : _("No owner"),
                              due[0] != '\0' ? due : _("none"),
                              rk_meeting_terms_get_label (RK_MEETING_TERMS_ACTION_STATUS,
                                                          rk_entity_get_string (action, "status")),
                              late ? _(" (overdue)") : "");
  if (measures != NULL)
    {
      char *with = g_strconcat (subtitle, measures, NULL);

      g_free (subtitle);
      subtitle = with;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 what[0] != '\0' ? what : _("New countermeasure"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  if (late)
    gtk_widget_add_css_class (row, "warning");
  else
    gtk_widget_remove_css_class (row, "warning");
}

static void
remove_action_clicked_cb (GtkButton *button,
                          RkEntity  *action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) measures = rk_countermeasure_list_measures (RK_COUNTERMEASURE (action), NULL);
  gboolean linked = measures != NULL && measures->len > 0;

  /* Its links to logic models go with it (ON DELETE CASCADE), and come back
   * with Undo: the toast says so.
   */
  if (!rk_entity_delete (action, _("Remove Countermeasure"), &error))
    rk_ui_show_error (GTK_WIDGET (button), _("Could not remove the countermeasure"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (button),
                           linked ? _("Countermeasure removed, with its links to logic models")
                                  : _("Countermeasure removed"));
}

static GtkWidget *
create_action_row (gpointer entity,
                   gpointer user_data)
{
  RkEntity *action = entity;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = rk_meetings_icon_button ("user-trash-symbolic", _("Remove Countermeasure"));
  GtkWidget *what = rk_meetings_entry_row (_("Countermeasure"), action, "what",
                                           _("Change Countermeasure"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "rk-title", what);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), what);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_entry_row (_("Owner"), action, "owner", _("Change Owner")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_date_row (_("Due"), action, "due-date",
                                                  _("Change Due Date")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_status_row (C_("meeting", "Status"), RK_MEETING_TERMS_ACTION_STATUS,
                                                    action, "status", set_action_status));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_entry_row (_("Evaluation"), action, "evaluation",
                                                   _("Change Evaluation")));

  rk_meetings_fill_measures (ADW_EXPANDER_ROW (row), action);
  g_object_set_data_full (G_OBJECT (row), "rk-action", g_object_ref (action), g_object_unref);

  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_action_clicked_cb), action, 0);
  gtk_widget_set_sensitive (remove, !rk_database_get_read_only (rk_entity_get_database (action)));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  update_action_row (row, NULL, action);
  g_signal_connect_object (action, "notify", G_CALLBACK (update_action_row), row,
                           G_CONNECT_SWAPPED);
  return row;
}

/*
 * Progress notes
 */

/* Notes that seem to name someone, or name a person of the disaster
 * register, are warned about under the list; the warning names the notes
 * by their date and meeting and never quotes a registered name.
 */
static void
update_note_warning (RkMeetingsIssueEditor *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  const RkNameIndex *registered;
  g_autofree char *message = NULL;

  if (self->note_list == NULL)
    return;

  registered = self->care_names != NULL ? rk_care_names_get_index (self->care_names) : NULL;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->note_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *heading = g_object_get_data (G_OBJECT (row), "rk-heading");
      const char *text;
      g_autofree char *one = NULL;

      if (heading == NULL || !GTK_IS_EDITABLE (row))
        continue;
      text = gtk_editable_get_text (GTK_EDITABLE (row));
      g_ptr_array_add (labels, (gpointer) heading);
      g_ptr_array_add (texts, (gpointer) text);

      /* Mark the note itself too. */
      one = rk_personal_names_warning (1, &heading, &text, registered);
      if (one != NULL)
        gtk_widget_add_css_class (row, "warning");
      else
        gtk_widget_remove_css_class (row, "warning");
    }

  message = rk_personal_names_warning (labels->len, (const char * const *) labels->pdata,
                                       (const char * const *) texts->pdata, registered);
  gtk_label_set_text (self->note_warning, message != NULL ? message : "");
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->note_warning)), message != NULL);
}

static gboolean
note_warning_idle_cb (gpointer user_data)
{
  RkMeetingsIssueEditor *self = user_data;

  self->warning_id = 0;
  update_note_warning (self);
  return G_SOURCE_REMOVE;
}

/* After the keystroke's other handlers; once for a burst of them. */
static void
queue_note_warning (RkMeetingsIssueEditor *self)
{
  if (self->warning_id == 0)
    self->warning_id = g_idle_add (note_warning_idle_cb, self);
}

static GtkWidget *
warning_box (GtkLabel **label_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_add_css_class (box, "warning");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_visible (box, FALSE);
  *label_out = GTK_LABEL (label);
  return box;
}

static void
remove_note_clicked_cb (GtkButton *button,
                        RkEntity  *note)
{
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (note, _("Remove Progress Note"), &error))
    rk_ui_show_error (GTK_WIDGET (button), _("Could not remove the progress note"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (button), _("Progress note removed"));
}

static GtkWidget *
create_note_row (gpointer entity,
                 gpointer user_data)
{
  RkEntity *note = entity;
  RkDatabase *db = rk_entity_get_database (note);
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = rk_meetings_icon_button ("user-trash-symbolic", _("Remove Progress Note"));
  g_autofree char *date = rk_format_iso_date (rk_entity_get_string (note, "noted-on"));
  g_autoptr(RkMeeting) meeting = NULL;
  g_autofree char *title = NULL;

  if (rk_entity_get_int (note, "meeting-id") > 0)
    meeting = rk_entity_lookup (db, RK_TYPE_MEETING, rk_entity_get_int (note, "meeting-id"), NULL);
  if (meeting != NULL)
    {
      g_autofree char *where = rk_meeting_dup_display_title (meeting);
      /* Translators: a progress note's heading: date, meeting */
      title = g_strdup_printf (_("%s, %s"), date, where);
    }
  else
    title = g_strdup (date);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_object_set_data_full (G_OBJECT (row), "rk-heading", g_steal_pointer (&title), g_free);
  rk_bind_editable (GTK_EDITABLE (row), NULL, note, "note", _("Change Progress Note"),
                    rk_bind_parse_text, NULL);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_note_clicked_cb), note, 0);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_signal_connect_object (row, "changed", G_CALLBACK (queue_note_warning), user_data,
                           G_CONNECT_SWAPPED);
  return row;
}

static void
build_lists (RkMeetingsIssueEditor *self)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                         rk_entity_get_id (RK_ENTITY (self->issue)));
  GtkWidget *group;
  GtkWidget *list;

  group = new_group (_("Countermeasures"),
                     _("What is to be done about the issue, by whom and by when."),
                     "list-add-symbolic", _("Add Countermeasure"), "issue.add-countermeasure");
  self->actions = rk_query_model_new (self->db, RK_TYPE_COUNTERMEASURE,
                                      "SELECT id FROM countermeasure");
  rk_query_model_set_query (self->actions, "SELECT id FROM countermeasure WHERE issue_id = ?"
                                           " ORDER BY position, id", (const char *[]) { id, NULL });
  list = new_list (_("Countermeasures"));
  gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (self->actions), create_action_row,
                           NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  g_object_set_data (G_OBJECT (self), "rk-action-list", list);
  self->action_list = GTK_LIST_BOX (list);
  gtk_box_append (self->content, group);

  group = new_group (_("Progress"), _("What later meetings heard about the issue."),
                     "list-add-symbolic", _("Add Progress Note"), "issue.add-progress");
  self->progress = rk_query_model_new (self->db, RK_TYPE_ISSUE_PROGRESS,
                                       "SELECT id FROM issue_progress");
  rk_query_model_set_query (self->progress, "SELECT id FROM issue_progress WHERE issue_id = ?"
                                            " ORDER BY noted_on, id", (const char *[]) { id, NULL });
  list = new_list (_("Progress"));
  gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (self->progress), create_note_row,
                           self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  self->note_list = GTK_LIST_BOX (list);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), warning_box (&self->note_warning));
  g_signal_connect_object (self->progress, "items-changed", G_CALLBACK (queue_note_warning), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_box_append (self->content, group);
  update_note_warning (self);
}

/* The links to logic models change in the other tab: the rows of the
 * measures each countermeasure carries out follow.
 */
static gboolean
refresh_measures_cb (gpointer user_data)
{
  RkMeetingsIssueEditor *self = user_data;

  self->measures_id = 0;
  for (GtkWidget *row = self->action_list != NULL
                        ? gtk_widget_get_first_child (GTK_WIDGET (self->action_list)) : NULL;
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      RkEntity *action = g_object_get_data (G_OBJECT (row), "rk-action");

      if (action == NULL || !ADW_IS_EXPANDER_ROW (row))
        continue;
      rk_meetings_fill_measures (ADW_EXPANDER_ROW (row), action);
      update_action_row (row, NULL, action);
    }
  return G_SOURCE_REMOVE;
}

static void
committed_cb (RkMeetingsIssueEditor *self,
              const char * const    *tables)
{
  if ((g_strv_contains (tables, "logic_model_node_countermeasure") ||
       g_strv_contains (tables, "logic_model_node") || g_strv_contains (tables, "logic_model")) &&
      self->measures_id == 0)
    self->measures_id = g_idle_add (refresh_measures_cb, self);
}

/*
 * Actions
 */

static void
add_countermeasure_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  RkMeetingsIssueEditor *self = RK_MEETINGS_ISSUE_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  GtkWidget *list, *row;

  if (self->issue == NULL)
    return;
  if (rk_issue_add_countermeasure (self->issue, NULL, NULL, &error) == 0)
    {
      rk_ui_show_error (widget, _("Could not add the countermeasure"), error);
      return;
    }

  /* Open the new one, ready to type. */
  list = g_object_get_data (G_OBJECT (self), "rk-action-list");
  row = list != NULL ? gtk_widget_get_last_child (list) : NULL;
  if (row != NULL && ADW_IS_EXPANDER_ROW (row))
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "rk-title"));
    }
}

static void
add_progress_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  RkMeetingsIssueEditor *self = RK_MEETINGS_ISSUE_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (self->issue != NULL && rk_issue_add_progress (self->issue, NULL, NULL, &error) == 0)
    rk_ui_show_error (widget, _("Could not add the progress note"), error);
}

static void
delete_issue (RkIssue *issue)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *widget = g_object_steal_data (G_OBJECT (issue), "rk-editor");

  if (!rk_entity_delete (RK_ENTITY (issue), _("Delete Issue"), &error))
    rk_ui_show_error (widget, _("Could not delete the issue"), error);
  else
    rk_ui_show_undo_toast (widget, _("Issue deleted"));
  g_object_unref (issue);
}

/* The issue's countermeasures that carry out measures of logic models. */
static guint
count_linked (RkMeetingsIssueEditor *self)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->action_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_EXPANDER_ROW (row) && rk_meetings_count_measures (ADW_EXPANDER_ROW (row)) > 0)
      n++;
  return n;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RkMeetingsIssueEditor *self = RK_MEETINGS_ISSUE_EDITOR (widget);
  guint n;

  if (self->issue == NULL)
    return;

  g_object_set_data (G_OBJECT (self->issue), "rk-editor", self);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  if (n == 0)
    {
      delete_issue (g_object_ref (self->issue));
      return;
    }

  rk_ui_confirm (widget, _("Delete the Issue?"),
                 count_linked (self) > 0
                 ? _("Its countermeasures and progress notes are deleted with it, and so are their "
                     "links to the measures of logic models, whose PDCA cycles will no longer "
                     "count them as done. Issues that are resolved or dropped are better kept: set "
                     "their status instead.")
                 : _("Its countermeasures and progress notes are deleted with it. Issues that are "
                     "resolved or dropped are better kept: set their status instead."),
                 _("_Delete Issue"), G_CALLBACK (delete_issue), g_object_ref (self->issue));
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

/* Once the form has its size, show the opened row. */
static gboolean
scroll_to_row_cb (gpointer data)
{
  GWeakRef *ref = data;
  g_autoptr(GtkWidget) row = g_weak_ref_get (ref);
  GtkWidget *scroller = NULL;
  GtkWidget *content = NULL;
  double x, y;

  if (row != NULL)
    scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  if (scroller != NULL)
    content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));

  /* The focus first (on the row's header: an expander row takes none
   * itself); moving it scrolls the form on its own.
   */
  if (row != NULL && !gtk_widget_grab_focus (row))
    gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
  /* The row opens below its header, still growing: bring its top near
   * the top of the form, so that what it opens onto shows.
   */
  if (content != NULL && gtk_widget_translate_coordinates (row, content, 0, 0, &x, &y))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                              y - 12);

  g_weak_ref_clear (ref);
  g_free (ref);
  return G_SOURCE_REMOVE;
}

/* The form may have just been built, on a page just shown: focus and
 * scroll once it has its size.
 */
static void
reveal_later (GtkWidget *row)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, row);
  g_timeout_add (150, scroll_to_row_cb, ref);
}

/*
 * GObject
 */

static void
release_issue (RkMeetingsIssueEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  g_object_set_data (G_OBJECT (self), "rk-action-list", NULL);
  self->title_row = NULL;
  self->action_list = NULL;
  self->note_list = NULL;
  self->note_warning = NULL;
  g_clear_handle_id (&self->measures_id, g_source_remove);
  g_clear_handle_id (&self->warning_id, g_source_remove);
  if (self->care_names != NULL)
    g_signal_handlers_disconnect_by_data (self->care_names, self);
  g_clear_object (&self->care_names);
  if (self->db != NULL)
    g_clear_signal_handler (&self->committed_id, self->db);
  g_clear_object (&self->actions);
  g_clear_object (&self->progress);
  g_clear_object (&self->issue);
  g_clear_object (&self->db);
}

static void
rk_meetings_issue_editor_dispose (GObject *object)
{
  RkMeetingsIssueEditor *self = (RkMeetingsIssueEditor *)object;

  release_issue (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_MEETINGS_ISSUE_EDITOR);

  G_OBJECT_CLASS (rk_meetings_issue_editor_parent_class)->dispose (object);
}

static void
rk_meetings_issue_editor_class_init (RkMeetingsIssueEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_meetings_issue_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-meetings-issue-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsIssueEditor, content);

  gtk_widget_class_install_action (widget_class, "issue.add-countermeasure", NULL,
                                   add_countermeasure_action);
  gtk_widget_class_install_action (widget_class, "issue.add-progress", NULL, add_progress_action);
  gtk_widget_class_install_action (widget_class, "issue.delete", NULL, delete_action);
}

static void
rk_meetings_issue_editor_init (RkMeetingsIssueEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rk_meetings_issue_editor_set_issue:
 * @issue: (nullable): the issue to edit
 */
void
rk_meetings_issue_editor_set_issue (RkMeetingsIssueEditor *self,
                                    RkIssue               *issue)
{
  gboolean writable;

  g_return_if_fail (RK_IS_MEETINGS_ISSUE_EDITOR (self));

  if (self->issue == issue)
    return;

  release_issue (self);
  if (issue == NULL)
    return;

  self->issue = g_object_ref (issue);
  self->db = g_object_ref (rk_entity_get_database (RK_ENTITY (issue)));
  writable = !rk_database_get_read_only (self->db);
  self->care_names = g_object_ref (rk_care_names_get (self->db));
  g_signal_connect_swapped (self->care_names, "changed", G_CALLBACK (queue_note_warning), self);
  self->committed_id = g_signal_connect_swapped (self->db, "committed", G_CALLBACK (committed_cb),
                                                 self);

  build_issue_group (self);
  build_lists (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "issue.add-countermeasure", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "issue.add-progress", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "issue.delete", writable);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller_of (self->content)), 0);
}

void
rk_meetings_issue_editor_focus_title (RkMeetingsIssueEditor *self)
{
  g_return_if_fail (RK_IS_MEETINGS_ISSUE_EDITOR (self));

  if (self->title_row != NULL)
    gtk_widget_grab_focus (self->title_row);
}

/**
 * rk_meetings_issue_editor_reveal_countermeasure:
 *
 * Opens the countermeasure's row, with the measures it carries out, and
 * scrolls to it: where a logic model's "Show in the Issue Register" leads.
 */
void
rk_meetings_issue_editor_reveal_countermeasure (RkMeetingsIssueEditor *self,
                                                gint64                 countermeasure_id)
{
  g_return_if_fail (RK_IS_MEETINGS_ISSUE_EDITOR (self));

  for (GtkWidget *row = self->action_list != NULL
                        ? gtk_widget_get_first_child (GTK_WIDGET (self->action_list)) : NULL;
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      RkEntity *action = g_object_get_data (G_OBJECT (row), "rk-action");

      if (action == NULL || rk_entity_get_id (action) != countermeasure_id)
        continue;
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      reveal_later (row);
      return;
    }
}
