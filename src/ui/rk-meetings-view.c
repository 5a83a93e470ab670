/* rk-meetings-view.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meetings-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rk-care-names.h"
#include "rk-countermeasure.h"
#include "rk-meeting.h"
#include "rk-meeting-export.h"
#include "rk-meeting-handout.h"
#include "rk-meetings-editor.h"
#include "rk-meetings-groups.h"
#include "rk-meetings-issues.h"
#include "rk-meetings-view.h"
#include "rk-print-operation.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"
#include "rk-vocabulary.h"

/**
 * RkMeetingsView:
 *
 * The meetings tab: the coordination meetings of a fiscal year with one
 * meeting's form beside them, the issue register that runs across the
 * meetings, and the working groups. Its toolbar adds a meeting, prints
 * the selected meeting's handout and exports the year to Excel.
 */
struct _RkMeetingsView
{
  AdwBin              parent_instance;

  RkDatabase         *db;
  RkQueryModel       *meetings;
  GtkSingleSelection *selection;
  GArray             *years;          /* int: 0 for all, then fiscal years */
  gint64              current_id;
  gulong              committed_id;
  gboolean            updating_years;

  /* Template widgets */
  GtkStack           *pages;
  GtkDropDown        *year_dropdown;
  GtkListView        *meeting_list;
  GtkStack           *detail_stack;
  AdwStatusPage      *empty_page;
  RkMeetingsEditor   *editor;
  RkMeetingsIssues   *issues;
  RkMeetingsGroups   *groups;
};

G_DEFINE_FINAL_TYPE (RkMeetingsView, rk_meetings_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * The list of meetings
 */

static void
update_list_item (GtkListItem *list_item)
{
  RkMeeting *meeting = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *name = NULL;
  g_autofree char *date = NULL;
  g_autofree char *line = NULL;
  const char *status;

  if (meeting == NULL)
    return;

  name = rk_meeting_dup_display_title (meeting);
  date = rk_meeting_format_date (meeting);
  status = rk_entity_get_string (RK_ENTITY (meeting), "status");
  /* Translators: under a meeting in the list: date · kind · status */
  line = g_strdup_printf (_("%s · %s · %s"), date,
                          rk_meeting_terms_get_label (RK_MEETING_TERMS_KIND,
                                                      rk_entity_get_string (RK_ENTITY (meeting),
                                                                            "kind")),
                          rk_meeting_terms_get_label (RK_MEETING_TERMS_STATUS, status));
  gtk_label_set_text (GTK_LABEL (title), name);
  gtk_label_set_text (GTK_LABEL (subtitle), line);
  gtk_widget_set_opacity (box, g_strcmp0 (status, "cancelled") == 0 ? 0.55 : 1.0);
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  RkMeeting *meeting = gtk_list_item_get_item (list_item);
  gulong handler;

  update_list_item (list_item);
  handler = g_signal_connect_swapped (meeting, "notify", G_CALLBACK (update_list_item), list_item);
  g_object_set_data (G_OBJECT (list_item), "rk-handler", GSIZE_TO_POINTER (handler));
}

static void
unbind_item_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  RkMeeting *meeting = gtk_list_item_get_item (list_item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "rk-handler"));

  if (meeting != NULL && handler != 0)
    g_signal_handler_disconnect (meeting, handler);
  g_object_set_data (G_OBJECT (list_item), "rk-handler", NULL);
}

static int
selected_year (RkMeetingsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->years == NULL || selected >= self->years->len)
    return 0;
  return g_array_index (self->years, int, selected);
}

static void
apply_year (RkMeetingsView *self)
{
  int year = selected_year (self);
  char first[11], last[11];

  if (self->meetings == NULL)
    return;

  rk_fiscal_year_get_range (year, first, last);
  if (year == 0)
    rk_query_model_set_query (self->meetings,
                              "SELECT id FROM meeting ORDER BY " RK_MEETING_ORDER, NULL);
  else
    rk_query_model_set_query (self->meetings,
                              "SELECT id FROM meeting WHERE date = '' OR date BETWEEN ? AND ?"
                              " ORDER BY " RK_MEETING_ORDER,
                              (const char *[]) { first, last, NULL });
}

/* "All years" first, then the newest year. */
static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  if (x == y)
    return 0;
  if (x == 0)
    return -1;
  if (y == 0)
    return 1;
  return y - x;
}

/* The fiscal years that have meetings, and this one: rebuilt only when
 * that set changes, so that the choice stays put.
 */
static void
update_years (RkMeetingsView *self)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GtkStringList) labels = NULL;
  g_autofree char *today = rk_today_iso_date ();
  int current = rk_fiscal_year_for_iso_date (today);
  int keep = selected_year (self);
  int all = 0;
  guint selected = 0;

  ids = rk_meetings_list (self->db, 0, NULL);
  g_array_append_val (years, all);
  g_array_append_val (years, current);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(RkMeeting) m = rk_entity_lookup (self->db, RK_TYPE_MEETING,
                                                 g_array_index (ids, gint64, i), NULL);
      int year = m != NULL ? rk_meeting_get_fiscal_year (m) : 0;
      gboolean found = FALSE;

      for (guint y = 0; y < years->len && year != 0; y++)
        found |= g_array_index (years, int, y) == year;
      if (year != 0 && !found)
        g_array_append_val (years, year);
    }
  g_array_sort (years, compare_years);

  if (self->years != NULL && self->years->len == years->len &&
      memcmp (self->years->data, years->data, years->len * sizeof (int)) == 0)
    return;

  if (self->years == NULL)
    keep = current;
  labels = gtk_string_list_new (NULL);
  for (guint y = 0; y < years->len; y++)
    {
      int year = g_array_index (years, int, y);
      g_autofree char *label = year == 0 ? g_strdup (_("All years")) : rk_fiscal_year_to_string (year);

      gtk_string_list_append (labels, label);
      if (year == keep)
        selected = y;
    }

  g_clear_pointer (&self->years, g_array_unref);
  self->years = g_steal_pointer (&years);
  self->updating_years = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  self->updating_years = FALSE;
  apply_year (self);
}

static void
show_selected (RkMeetingsView *self)
{
  RkMeeting *meeting = gtk_single_selection_get_selected_item (self->selection);
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->meetings)) == 0;

  self->current_id = meeting != NULL ? rk_entity_get_id (RK_ENTITY (meeting)) : 0;
  rk_meetings_editor_set_meeting (self->editor, meeting);
  gtk_stack_set_visible_child_name (self->detail_stack, meeting != NULL ? "editor" : "empty");

  adw_status_page_set_title (self->empty_page,
                             empty ? _("No Meetings Yet") : _("No Meeting Selected"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.print-handout", meeting != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.delete-meeting",
                                 meeting != NULL && !rk_database_get_read_only (self->db));
}

static void
select_meeting (RkMeetingsView *self,
                gint64          id)
{
  guint position;

  if (rk_query_model_find (self->meetings, id, &position))
    {
      gtk_single_selection_set_selected (self->selection, position);
      /* FIXME: gtk_list_view_scroll_to() is GTK 4.12; on 4.8 the list's
       * own action scrolls the row into view.
       */
      gtk_widget_activate_action (GTK_WIDGET (self->meeting_list), "list.scroll-to-item", "u",
                                  position);
    }
  show_selected (self);
}

/* The list re-sorts itself when a date changes: keep the meeting being
 * edited selected wherever it moved.
 */
static void
items_changed_cb (RkMeetingsView *self)
{
  RkMeeting *meeting = gtk_single_selection_get_selected_item (self->selection);
  guint position;

  if (self->current_id != 0 &&
      (meeting == NULL || rk_entity_get_id (RK_ENTITY (meeting)) != self->current_id) &&
      rk_query_model_find (self->meetings, self->current_id, &position))
    gtk_single_selection_set_selected (self->selection, position);
  show_selected (self);
}

static void
year_selected_cb (RkMeetingsView *self)
{
  if (!self->updating_years)
    apply_year (self);
}

static void
committed_cb (RkMeetingsView     *self,
              const char * const *tables)
{
  if (g_strv_contains (tables, "meeting"))
    update_years (self);
}

static void
open_issue_cb (RkMeetingsView *self,
               gint64          id)
{
  gtk_stack_set_visible_child_name (self->pages, "issues");
  rk_meetings_issues_select (self->issues, id);
}

/*
 * Actions
 */

static void
new_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  RkMeetingsView *self = RK_MEETINGS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkMeeting) meeting = NULL;
  int year;

  meeting = rk_meeting_new (self->db, "secondary", NULL, NULL, &error);
  if (meeting == NULL)
    {
      rk_ui_show_error (widget, _("Could not add the meeting"), error);
      return;
    }

  /* Dated today: show today's year if another one is chosen. */
  year = selected_year (self);
  if (year != 0 && year != rk_meeting_get_fiscal_year (meeting))
    for (guint y = 0; y < self->years->len; y++)
      if (g_array_index (self->years, int, y) == rk_meeting_get_fiscal_year (meeting))
        gtk_drop_down_set_selected (self->year_dropdown, y);

  gtk_stack_set_visible_child_name (self->pages, "meetings");
  select_meeting (self, rk_entity_get_id (RK_ENTITY (meeting)));
  rk_meetings_editor_focus_title (self->editor);
}

static void
delete_meeting (RkMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *view = g_object_steal_data (G_OBJECT (meeting), "rk-view");

  if (!rk_meeting_delete (meeting, &error))
    rk_ui_show_error (view, _("Could not delete the meeting"), error);
  else
    rk_ui_show_undo_toast (view, _("Meeting deleted"));
  g_object_unref (meeting);
}

static void
delete_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  RkMeetingsView *self = RK_MEETINGS_VIEW (widget);
  RkMeeting *meeting = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  gint64 raised;

  if (meeting == NULL)
    return;

  raised = rk_meeting_count_raised_issues (meeting, &error);
  if (raised < 0)
    {
      rk_ui_show_error (widget, _("Could not delete the meeting"), error);
      return;
    }

  g_object_set_data (G_OBJECT (meeting), "rk-view", self);
  if (raised == 0)
    {
      /* Nothing else depends on it: delete, and offer Undo. */
      delete_meeting (g_object_ref (meeting));
      return;
    }

  title = rk_meeting_dup_display_title (meeting);
  /* Translators: %s is the meeting's title */
  heading = g_strdup_printf (_("Delete “%s”?"), title);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%d issue of the register was raised at this meeting. It stays "
                                       "in the register, which will say in words where it was raised. "
                                       "The meeting’s participants and agenda are deleted.",
                                       "%d issues of the register were raised at this meeting. They stay "
                                       "in the register, which will say in words where they were raised. "
                                       "The meeting’s participants and agenda are deleted.",
                                       (int) raised),
                          (int) raised);
  rk_ui_confirm (widget, heading, body, _("_Delete Meeting"), G_CALLBACK (delete_meeting),
                 g_object_ref (meeting));
}

static void
print_handout_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  RkMeetingsView *self = RK_MEETINGS_VIEW (widget);
  RkMeeting *meeting = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkReport) report = NULL;

  if (meeting == NULL)
    return;

  report = rk_meeting_handout_new (meeting, &error);
  if (report == NULL)
    {
      rk_ui_show_error (widget, _("Could not prepare the handout"), error);
      return;
    }
  rk_print_report (widget, report);
}

static void
export_chosen_cb (GFile    *file,
                  gpointer  user_data)
{
  RkMeetingsView *self = RK_MEETINGS_VIEW (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *chosen = g_file_get_path (file);
  g_autofree char *path = NULL;

  if (chosen == NULL || self->db == NULL)
    return;

  path = rk_ui_ensure_extension (chosen, ".xlsx");
  if (!rk_meeting_export_xlsx (self->db, selected_year (self), path, &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not export the meetings"), error);
  else
    {
      g_autofree char *name = g_path_get_basename (path);
      /* Translators: %s is the file written */
      g_autofree char *done = g_strdup_printf (_("Exported to “%s”"), name);

      rk_ui_show_toast (GTK_WIDGET (self), done);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RkMeetingsView *self = RK_MEETINGS_VIEW (widget);
  int year = selected_year (self);
  g_autofree char *period = year != 0 ? rk_fiscal_year_to_string (year) : g_strdup (_("All years"));
  /* Translators: the suggested file name of the meetings workbook */
  g_autofree char *name = g_strdup_printf (_("Meetings and issues %s.xlsx"), period);

  rk_ui_choose_file (widget, GTK_FILE_CHOOSER_ACTION_SAVE, _("Export Meetings to Excel"),
                     _("_Export"),
                     name, _("Excel workbooks"), "*.xlsx", export_chosen_cb, self);
}

/*
 * GObject
 */

static void
rk_meetings_view_dispose (GObject *object)
{
  RkMeetingsView *self = (RkMeetingsView *)object;

  rk_meetings_view_set_database (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_MEETINGS_VIEW);
  g_clear_pointer (&self->years, g_array_unref);

  G_OBJECT_CLASS (rk_meetings_view_parent_class)->dispose (object);
}

static void
rk_meetings_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RkMeetingsView *self = RK_MEETINGS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_meetings_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RkMeetingsView *self = RK_MEETINGS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      rk_meetings_view_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_meetings_view_class_init (RkMeetingsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_meetings_view_dispose;
  object_class->get_property = rk_meetings_view_get_property;
  object_class->set_property = rk_meetings_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, RK_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RK_TYPE_MEETINGS_EDITOR);
  g_type_ensure (RK_TYPE_MEETINGS_ISSUES);
  g_type_ensure (RK_TYPE_MEETINGS_GROUPS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-meetings-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsView, pages);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsView, meeting_list);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsView, editor);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsView, issues);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsView, groups);

  gtk_widget_class_install_action (widget_class, "meetings.new-meeting", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "meetings.delete-meeting", NULL,
                                   delete_meeting_action);
  gtk_widget_class_install_action (widget_class, "meetings.print-handout", NULL,
                                   print_handout_action);
  gtk_widget_class_install_action (widget_class, "meetings.export", NULL, export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meetings.new-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "meetings.print-handout", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "meetings.export", NULL);
}

static void
rk_meetings_view_init (RkMeetingsView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_item_cb), NULL);
  gtk_list_view_set_factory (self->meeting_list, factory);

  g_signal_connect_swapped (self->year_dropdown, "notify::selected", G_CALLBACK (year_selected_cb),
                            self);
  g_signal_connect_swapped (self->editor, "open-issue", G_CALLBACK (open_issue_cb), self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.print-handout", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.delete-meeting", FALSE);
}

/*
 * Public API
 */

/**
 * rk_meetings_view_get_database:
 *
 * Returns: (transfer none) (nullable): the workspace shown
 */
RkDatabase *
rk_meetings_view_get_database (RkMeetingsView *self)
{
  g_return_val_if_fail (RK_IS_MEETINGS_VIEW (self), NULL);

  return self->db;
}

/**
 * rk_meetings_view_set_database:
 * @db: (nullable): the workspace to show, or %NULL when none is open
 */
void
rk_meetings_view_set_database (RkMeetingsView *self,
                               RkDatabase     *db)
{
  g_autoptr(RkDatabase) old = NULL;

  g_return_if_fail (RK_IS_MEETINGS_VIEW (self));

  if (self->db == db)
    return;

  if (self->db != NULL)
    {
      g_clear_signal_handler (&self->committed_id, self->db);
      gtk_list_view_set_model (self->meeting_list, NULL);
      g_clear_object (&self->selection);
      g_clear_object (&self->meetings);
      rk_meetings_editor_set_meeting (self->editor, NULL);
      self->current_id = 0;
    }
  g_clear_pointer (&self->years, g_array_unref);
  old = g_steal_pointer (&self->db);
  g_set_object (&self->db, db);

  if (self->issues != NULL)
    rk_meetings_issues_set_database (self->issues, db);
  if (self->groups != NULL)
    rk_meetings_groups_set_database (self->groups, db);

  /* The disaster register's names, held for the minutes warning, must not
   * outlive the workspace in memory: dropped once nothing of it is shown.
   */
  if (old != NULL)
    rk_care_names_release (old);

  if (db != NULL)
    {
      self->meetings = rk_query_model_new (db, RK_TYPE_MEETING,
                                           "SELECT id FROM meeting ORDER BY " RK_MEETING_ORDER);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->meetings)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_list_view_set_model (self->meeting_list, GTK_SELECTION_MODEL (self->selection));
      g_signal_connect_swapped (self->selection, "selection-changed",
                                G_CALLBACK (show_selected), self);
      g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (items_changed_cb),
                                self);
      self->committed_id = g_signal_connect_object (db, "committed", G_CALLBACK (committed_cb),
                                                    self, G_CONNECT_SWAPPED);
      update_years (self);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.new-meeting",
                                     !rk_database_get_read_only (db));
      show_selected (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * rk_meetings_view_show_countermeasure:
 *
 * Shows the issue register on the countermeasure's issue, with the
 * countermeasure open: where a logic model's box leads.
 *
 * Returns: %FALSE when the countermeasure no longer exists
 */
gboolean
rk_meetings_view_show_countermeasure (RkMeetingsView *self,
                                      gint64          countermeasure_id)
{
  g_autoptr(RkCountermeasure) action = NULL;

  g_return_val_if_fail (RK_IS_MEETINGS_VIEW (self), FALSE);

  if (self->db == NULL)
    return FALSE;
  action = rk_entity_lookup (self->db, RK_TYPE_COUNTERMEASURE, countermeasure_id, NULL);
  if (action == NULL)
    return FALSE;

  gtk_stack_set_visible_child_name (self->pages, "issues");
  rk_meetings_issues_reveal_countermeasure (self->issues,
                                            rk_entity_get_int (RK_ENTITY (action), "issue-id"),
                                            countermeasure_id);
  return TRUE;
}
