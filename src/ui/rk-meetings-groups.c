/* rk-meetings-groups.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meetings-groups"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bind.h"
#include "rk-meeting.h"
#include "rk-meetings-groups.h"
#include "rk-meetings-picker.h"
#include "rk-meetings-widgets.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"
#include "rk-working-group.h"
#include "rk-working-group-member.h"

/**
 * RkMeetingsGroups:
 *
 * The working groups (事例② of the guidebook): each with a theme, its
 * members, how often it meets, and one turn per fiscal year of the cycle
 * 課題の抽出 → 方策の決定 → 実施 → 評価, whose current stage shows in the
 * list and as a row of steps in the form.
 */
struct _RkMeetingsGroups
{
  AdwBin             parent_instance;

  RkDatabase        *db;
  RkQueryModel      *groups;
  RkWorkingGroup    *group;
  RkWorkingGroupCycle *cycle;
  RkQueryModel      *members;
  RkQueryModel      *meetings;
  GtkWidget         *stage_box;
  AdwPreferencesGroup *cycle_group;
  int                fiscal_year;
  gulong             committed_id;

  /* Template widgets */
  GtkListBox        *group_list;
  GtkStack          *detail_stack;
  GtkScrolledWindow *scroller;
  GtkBox            *content;
};

G_DEFINE_FINAL_TYPE (RkMeetingsGroups, rk_meetings_groups, ADW_TYPE_BIN)

static int
this_fiscal_year (void)
{
  g_autofree char *today = rk_today_iso_date ();

  return rk_fiscal_year_for_iso_date (today);
}

/*
 * The list of groups
 */

static void
update_group_row (GtkWidget  *row,
                  GParamSpec *pspec,
                  RkEntity   *group)
{
  const char *name = rk_entity_get_string (group, "name");
  int year = this_fiscal_year ();
  g_autoptr(RkWorkingGroupCycle) cycle = rk_working_group_get_cycle (RK_WORKING_GROUP (group), year,
                                                                     FALSE, NULL);
  g_autofree char *fy = rk_fiscal_year_to_string (year);
  g_autofree char *subtitle = NULL;
  gint64 held = rk_working_group_count_meetings (RK_WORKING_GROUP (group), year, TRUE);

  /* Translators: under a working group: fiscal year, stage of its cycle, meetings held of planned */
  subtitle = g_strdup_printf (_("%s: %s · %d of %d meetings"), fy,
                              cycle != NULL
                              ? rk_meeting_terms_get_label (RK_MEETING_TERMS_STAGE,
                                                            rk_entity_get_string (RK_ENTITY (cycle),
                                                                                  "stage"))
                              : _("no cycle yet"),
                              (int) held, (int) rk_entity_get_int (group, "meetings-per-year"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 name[0] != '\0' ? name : _("Untitled working group"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static GtkWidget *
create_group_row (gpointer item,
                  gpointer user_data)
{
  RkEntity *group = item;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "rk-id", GSIZE_TO_POINTER ((gsize) rk_entity_get_id (group)));
  update_group_row (row, NULL, group);
  g_signal_connect_object (group, "notify", G_CALLBACK (update_group_row), row, G_CONNECT_SWAPPED);
  return row;
}

/*
 * The cycle
 */

static void
follow_stage (RkMeetingsGroups *self)
{
  const char *stage;

  if (self->cycle == NULL || self->stage_box == NULL)
    return;

  stage = rk_entity_get_string (RK_ENTITY (self->cycle), "stage");
  for (GtkWidget *b = gtk_widget_get_first_child (self->stage_box); b != NULL;
       b = gtk_widget_get_next_sibling (b))
    {
      gboolean active = g_strcmp0 (g_object_get_data (G_OBJECT (b), "rk-code"), stage) == 0;

      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (b)) != active)
        {
          g_object_set_data (G_OBJECT (b), "rk-updating", GINT_TO_POINTER (TRUE));
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b), active);
          g_object_set_data (G_OBJECT (b), "rk-updating", NULL);
        }
    }
}

static void
stage_toggled_cb (GtkToggleButton  *button,
                  RkMeetingsGroups *self)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_toggle_button_get_active (button) || self->cycle == NULL ||
      g_object_get_data (G_OBJECT (button), "rk-updating") != NULL)
    return;

  if (!rk_entity_update (RK_ENTITY (self->cycle), _("Change Stage of the Cycle"), &error,
                         "stage", g_object_get_data (G_OBJECT (button), "rk-code"), NULL))
    {
      rk_ui_show_error (GTK_WIDGET (button), _("The change could not be saved"), error);
      follow_stage (self);
    }
}

static void
update_cycle_description (RkMeetingsGroups *self)
{
  g_autofree char *text = NULL;
  gint64 held, all;

  if (self->cycle_group == NULL || self->group == NULL)
    return;

  held = rk_working_group_count_meetings (self->group, self->fiscal_year, TRUE);
  all = rk_working_group_count_meetings (self->group, self->fiscal_year, FALSE);
  /* Translators: meetings of a working group in a year: held, planned in all, per year */
  text = g_strdup_printf (_("%d held of %d recorded this year; %d a year planned. One turn of the "
                            "cycle per fiscal year."),
                          (int) held, (int) all,
                          (int) rk_entity_get_int (RK_ENTITY (self->group), "meetings-per-year"));
  adw_preferences_group_set_description (self->cycle_group, text);
}

static void
build_cycle (RkMeetingsGroups *self)
{
  g_autofree char *fy = rk_fiscal_year_to_string (self->fiscal_year);
  /* Translators: e.g. 「2026年度のサイクル」 */
  g_autofree char *title = g_strdup_printf (_("Cycle of %s"), fy);
  GtkWidget *group = adw_preferences_group_new ();
  const RkTerm *stages;
  guint n_stages;
  GtkWidget *first = NULL;

  self->cycle_group = ADW_PREFERENCES_GROUP (group);
  adw_preferences_group_set_title (self->cycle_group, title);
  update_cycle_description (self);

  if (self->cycle == NULL)
    {
      GtkWidget *start = gtk_button_new_with_mnemonic (_("_Start This Year’s Cycle"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "groups.start-cycle");
      gtk_widget_set_halign (start, GTK_ALIGN_START);
      adw_preferences_group_add (self->cycle_group, start);
      gtk_box_append (self->content, group);
      return;
    }

  /* The stages in a row: the current one is pressed. */
  self->stage_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->stage_box, "linked");
  gtk_box_set_homogeneous (GTK_BOX (self->stage_box), TRUE);
  gtk_widget_set_hexpand (self->stage_box, TRUE);
  gtk_widget_set_margin_bottom (self->stage_box, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->stage_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Stage of the cycle"), -1);
  stages = rk_meeting_terms_get (RK_MEETING_TERMS_STAGE, &n_stages);
  for (guint i = 0; i < n_stages; i++)
    {
      const char *label = rk_meeting_terms_translate (RK_MEETING_TERMS_STAGE, &stages[i]);
      g_autofree char *numbered = i < 4 ? g_strdup_printf ("%u %s", i + 1,
                                                           label) : g_strdup (label);
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *text = gtk_label_new (numbered);

      /* Labels wrap rather than widen the form past the window. */
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 8);
      gtk_button_set_child (GTK_BUTTON (button), text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);

      g_object_set_data (G_OBJECT (button), "rk-code", (gpointer) stages[i].code);
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (first));
      else
        first = button;
      gtk_widget_set_sensitive (button, !rk_database_get_read_only (self->db));
      g_signal_connect (button, "toggled", G_CALLBACK (stage_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->stage_box), button);
    }
  follow_stage (self);
  g_signal_connect_object (self->cycle, "notify::stage", G_CALLBACK (follow_stage), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->cycle_group, self->stage_box);

  {
    static const struct {
      const char *property;
      const char *title;
      const char *undo;
    } notes[] = {
      { "extraction-notes", N_("1 Finding the issues"), N_("Change Notes on Finding the Issues") },
      { "decision-notes", N_("2 Deciding the measures"), N_("Change Notes on Deciding the Measures") },
      { "implementation-notes", N_("3 Carrying them out"), N_("Change Notes on Carrying Them Out") },
      { "evaluation-notes", N_("4 Evaluation"), N_("Change Notes on the Evaluation") },
    };
    GtkWidget *list = gtk_list_box_new ();

    gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
    gtk_widget_add_css_class (list, "boxed-list");
    for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
      gtk_list_box_append (GTK_LIST_BOX (list),
                           rk_meetings_text_row (_(notes[i].title), RK_ENTITY (self->cycle),
                                                 notes[i].property, _(notes[i].undo), NULL));
    adw_preferences_group_add (self->cycle_group, list);
  }

  gtk_box_append (self->content, group);
}

/*
 * Members and meetings
 */

static void
update_member_row (GtkWidget  *row,
                   GParamSpec *pspec,
                   RkEntity   *member)
{
  g_autofree char *org = rk_meetings_organization_name (rk_entity_get_database (member),
                                                        rk_entity_get_int (member,
                                                                           "organization-id"));
  const char *name = rk_entity_get_string (member, "name");
  const char *role = rk_entity_get_string (member, "role");
  g_autofree char *subtitle = g_strdup_printf ("%s%s%s", role,
                                               role[0] != '\0' && org[0] != '\0' && name[0] != '\0' ? " · " : "",
                                               org[0] != '\0' ? name : "");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 org[0] != '\0' ? org : name[0] != '\0' ? name : _("Unnamed member"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
}

static void
remove_member_clicked_cb (GtkButton *button,
                          RkEntity  *member)
{
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (member, _("Remove Member"), &error))
    rk_ui_show_error (GTK_WIDGET (button), _("Could not remove the member"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (button), _("Member removed"));
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  RkEntity *member = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = rk_meetings_icon_button ("user-trash-symbolic", _("Remove Member"));
  GtkWidget *combo = adw_combo_row_new ();
  const RkTerm *terms;
  guint n_terms;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_entry_row (_("Name of the person"), member, "name",
                                                   _("Change Member Name")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_entry_row (C_("participant", "Role"), member, "role", _("Change Job Title or Role")));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Category"));
  terms = rk_meeting_terms_get (RK_MEETING_TERMS_CATEGORY, &n_terms);
  rk_bind_combo_row_term_array (ADW_COMBO_ROW (combo), terms, n_terms,
                                rk_meeting_terms_get_context (RK_MEETING_TERMS_CATEGORY), TRUE,
                                member, "category", _("Change Category"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), combo);

  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_member_clicked_cb), member, 0);
  gtk_widget_set_sensitive (remove, !rk_database_get_read_only (rk_entity_get_database (member)));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  update_member_row (row, NULL, member);
  g_signal_connect_object (member, "notify", G_CALLBACK (update_member_row), row,
                           G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
create_meeting_row (gpointer item,
                    gpointer user_data)
{
  RkMeeting *meeting = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = rk_meeting_dup_display_title (meeting);
  g_autofree char *date = rk_meeting_format_date (meeting);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", date,
                                               rk_meeting_terms_get_label (RK_MEETING_TERMS_STATUS,
                                                                           rk_entity_get_string (RK_ENTITY (meeting), "status")));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static GtkWidget *
list_group (const char   *title,
            const char   *description,
            GListModel   *model,
            GtkListBoxCreateWidgetFunc create,
            const char   *button_label,
            const char   *action_name)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  if (action_name != NULL)
    {
      GtkWidget *button = rk_meetings_icon_button ("list-add-symbolic", button_label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
    }
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), model, create, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  return group;
}

/*
 * The form of one group
 */

static void
release_group (RkMeetingsGroups *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  self->stage_box = NULL;
  self->cycle_group = NULL;
  g_clear_object (&self->members);
  g_clear_object (&self->meetings);
  g_clear_object (&self->cycle);
  g_clear_object (&self->group);
}

static void
build_group (RkMeetingsGroups *self,
             RkWorkingGroup   *group)
{
  RkEntity *g = RK_ENTITY (group);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, rk_entity_get_id (g));
  GtkWidget *form = adw_preferences_group_new ();
  GtkWidget *delete = rk_meetings_icon_button ("user-trash-symbolic", _("Delete Working Group"));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 99, 1);

  release_group (self);
  self->group = g_object_ref (group);
  self->fiscal_year = this_fiscal_year ();
  self->cycle = rk_working_group_get_cycle (group, self->fiscal_year, FALSE, NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (form), _("Working Group"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (form),
                                         _("Changes are saved as you make them. Undo with Ctrl+Z."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "groups.delete-group");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (form), delete);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (form),
                             rk_meetings_entry_row (C_("working group", "Name"), g, "name", _("Change Group Name")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (form),
                             rk_meetings_entry_row (C_("working group", "Theme"), g, "theme", _("Change Theme")));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Meetings a year"));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Meetings a year"), -1);
  rk_bind_spin_button (GTK_SPIN_BUTTON (spin), g, "meetings-per-year", _("Change Meetings a Year"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (form), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (form),
                             rk_meetings_entry_row (_("Notes"), g, "notes", _("Change Notes")));
  gtk_box_append (self->content, form);

  build_cycle (self);

  self->members = rk_query_model_new (self->db, RK_TYPE_WORKING_GROUP_MEMBER,
                                      "SELECT id FROM working_group_member");
  rk_query_model_set_query (self->members, "SELECT id FROM working_group_member"
                                           " WHERE working_group_id = ? ORDER BY position, id",
                            (const char *[]) { id, NULL });
  gtk_box_append (self->content,
                  list_group (_("Members"), NULL, G_LIST_MODEL (self->members), create_member_row,
                              _("Add Member"), "groups.add-member"));

  self->meetings = rk_query_model_new (self->db, RK_TYPE_MEETING, "SELECT id FROM meeting");
  rk_query_model_set_query (self->meetings, "SELECT id FROM meeting WHERE working_group_id = ?"
                                            " ORDER BY " RK_MEETING_ORDER, (const char *[]) { id, NULL });
  gtk_box_append (self->content,
                  list_group (_("Meetings"), _("Meetings whose working group is this one, from the "
                                               "Meetings page."),
                              G_LIST_MODEL (self->meetings), create_meeting_row, NULL, NULL));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "groups.add-member",
                                 !rk_database_get_read_only (self->db));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "groups.delete-group",
                                 !rk_database_get_read_only (self->db));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "groups.start-cycle",
                                 !rk_database_get_read_only (self->db));
}

static void
row_selected_cb (RkMeetingsGroups *self,
                 GtkListBoxRow    *row)
{
  g_autoptr(RkWorkingGroup) group = NULL;
  gint64 id = row != NULL ? (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row),
                                                                          "rk-id")) : 0;

  if (id > 0)
    group = rk_entity_lookup (self->db, RK_TYPE_WORKING_GROUP, id, NULL);
  if (group == NULL)
    {
      release_group (self);
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      return;
    }
  if (group != self->group)
    build_group (self, group);
  gtk_stack_set_visible_child_name (self->detail_stack, "editor");
}

static void
select_group (RkMeetingsGroups *self,
              gint64            id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->group_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "rk-id")) == id)
      {
        gtk_list_box_select_row (self->group_list, GTK_LIST_BOX_ROW (row));
        return;
      }
}

static void
committed_cb (RkMeetingsGroups   *self,
              const char * const *tables)
{
  gboolean refresh = g_strv_contains (tables, "meeting") ||
                     g_strv_contains (tables, "working_group_cycle");

  /* The list's subtitles count meetings and show the stage. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->group_list));
       refresh && row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "rk-id"));
      g_autoptr(RkEntity) group = rk_entity_lookup (self->db, RK_TYPE_WORKING_GROUP, id, NULL);

      if (group != NULL)
        update_group_row (row, NULL, group);
    }

  if (refresh)
    update_cycle_description (self);

  /* The group shown was deleted (or its deletion undone): follow. */
  if (self->group != NULL && g_strv_contains (tables, "working_group"))
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->group_list);

      if (row == NULL)
        row_selected_cb (self, NULL);
    }

  /* A cycle started (or undone) needs the form built again. */
  if (self->group != NULL && g_strv_contains (tables, "working_group_cycle"))
    {
      g_autoptr(RkWorkingGroupCycle) cycle = rk_working_group_get_cycle (self->group,
                                                                         self->fiscal_year,
                                                                         FALSE, NULL);
      if (cycle != self->cycle)
        {
          g_autoptr(RkWorkingGroup) group = g_object_ref (self->group);
          build_group (self, group);
        }
    }
}

/*
 * Actions
 */

static void
add_group_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  RkMeetingsGroups *self = RK_MEETINGS_GROUPS (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkWorkingGroup) group = rk_working_group_new (self->db, NULL, &error);

  if (group == NULL)
    {
      rk_ui_show_error (widget, _("Could not add the working group"), error);
      return;
    }
  select_group (self, rk_entity_get_id (RK_ENTITY (group)));
}

static void
delete_group (RkWorkingGroup *group)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *widget = g_object_steal_data (G_OBJECT (group), "rk-view");

  if (!rk_entity_delete (RK_ENTITY (group), _("Delete Working Group"), &error))
    rk_ui_show_error (widget, _("Could not delete the working group"), error);
  else
    rk_ui_show_undo_toast (widget, _("Working group deleted"));
  g_object_unref (group);
}

static void
delete_group_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  RkMeetingsGroups *self = RK_MEETINGS_GROUPS (widget);
  gint64 meetings, issues;
  g_autofree char *body = NULL;

  if (self->group == NULL)
    return;

  meetings = rk_working_group_count_meetings (self->group, 0, FALSE);
  issues = rk_working_group_count_issues (self->group);
  /* Translators: asked before deleting a working group; counts of its meetings and issues */
  body = g_strdup_printf (_("Its members and cycles are deleted. Its %d meetings and %d issues are "
                            "kept, without a working group. You can undo this."),
                          (int) meetings, (int) issues);
  g_object_set_data (G_OBJECT (self->group), "rk-view", self);
  rk_ui_confirm (widget, _("Delete the Working Group?"), body, _("_Delete Working Group"),
                 G_CALLBACK (delete_group), g_object_ref (self->group));
}

static void
start_cycle_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  RkMeetingsGroups *self = RK_MEETINGS_GROUPS (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkWorkingGroupCycle) cycle = NULL;

  if (self->group == NULL)
    return;
  cycle = rk_working_group_get_cycle (self->group, self->fiscal_year, TRUE, &error);
  if (cycle == NULL)
    rk_ui_show_error (widget, _("Could not start the cycle"), error);
}

static char *
add_member_picked (const RkMeetingsPick  *pick,
                   gpointer               user_data,
                   GError               **error)
{
  RkWorkingGroup *group = user_data;
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (group));
  g_autoptr(RkTransaction) tx = rk_database_begin (db, _("Add Member"), error);
  g_autofree char *name = NULL;
  gint64 org_id;
  gint64 member_id;

  if (tx == NULL)
    return NULL;
  org_id = rk_meetings_pick_register (db, pick, error);
  if (org_id == 0)
    return NULL;
  member_id = rk_working_group_add_member (group, org_id, pick->person_name, error);
  if (member_id == 0)
    return NULL;
  if (pick->category != NULL)
    {
      g_autoptr(RkEntity) member = rk_entity_lookup (db, RK_TYPE_WORKING_GROUP_MEMBER, member_id,
                                                     error);

      if (member == NULL || !rk_entity_update (member, NULL, error, "category", pick->category,
                                               NULL))
        return NULL;
    }
  if (!rk_transaction_commit (tx, error))
    return NULL;

  name = rk_meetings_organization_name (db, org_id);
  return g_strdup_printf (_("Added “%s”."), name[0] != '\0' ? name : pick->person_name);
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  RkMeetingsGroups *self = RK_MEETINGS_GROUPS (widget);

  if (self->group != NULL)
    rk_meetings_picker_new (widget, self->db, _("Add Member"), add_member_picked,
                            g_object_ref (self->group), g_object_unref);
}

/*
 * GObject
 */

static void
rk_meetings_groups_dispose (GObject *object)
{
  RkMeetingsGroups *self = (RkMeetingsGroups *)object;

  rk_meetings_groups_set_database (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_MEETINGS_GROUPS);

  G_OBJECT_CLASS (rk_meetings_groups_parent_class)->dispose (object);
}

static void
rk_meetings_groups_class_init (RkMeetingsGroupsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_meetings_groups_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-meetings-groups.ui");
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsGroups, group_list);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsGroups, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsGroups, scroller);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsGroups, content);

  gtk_widget_class_install_action (widget_class, "groups.add-group", NULL, add_group_action);
  gtk_widget_class_install_action (widget_class, "groups.delete-group", NULL, delete_group_action);
  gtk_widget_class_install_action (widget_class, "groups.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "groups.start-cycle", NULL, start_cycle_action);
}

static void
rk_meetings_groups_init (RkMeetingsGroups *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->group_list, "row-selected", G_CALLBACK (row_selected_cb), self);
}

/**
 * rk_meetings_groups_set_database:
 * @db: (nullable): the workspace, or %NULL when it closes
 */
void
rk_meetings_groups_set_database (RkMeetingsGroups *self,
                                 RkDatabase       *db)
{
  g_return_if_fail (RK_IS_MEETINGS_GROUPS (self));

  if (self->db == db)
    return;

  if (self->db != NULL)
    {
      g_clear_signal_handler (&self->committed_id, self->db);
      gtk_list_box_bind_model (self->group_list, NULL, NULL, NULL, NULL);
      release_group (self);
      g_clear_object (&self->groups);
    }
  g_set_object (&self->db, db);
  if (db == NULL)
    return;

  self->groups = rk_query_model_new (db, RK_TYPE_WORKING_GROUP,
                                     "SELECT id FROM working_group ORDER BY position, id");
  gtk_list_box_bind_model (self->group_list, G_LIST_MODEL (self->groups), create_group_row, self,
                           NULL);
  self->committed_id = g_signal_connect_object (db, "committed", G_CALLBACK (committed_cb), self,
                                                G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "groups.add-group",
                                 !rk_database_get_read_only (db));

  /* Show the first group: there are seldom more than a few. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->groups)) > 0)
    select_group (self, rk_query_model_get_id (self->groups, 0));
  else
    gtk_stack_set_visible_child_name (self->detail_stack, "empty");
}
