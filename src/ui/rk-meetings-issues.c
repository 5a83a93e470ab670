/* rk-meetings-issues.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meetings-issues"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-issue.h"
#include "rk-meetings-issue-editor.h"
#include "rk-meetings-issues.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"
#include "rk-working-group.h"

/**
 * RkMeetingsIssues:
 *
 * The issue register: every 課題 raised at any meeting, filtered by
 * status, function and working group, with the selected one's form
 * beside the list. The list is an RkQueryModel filtered in SQL.
 */
struct _RkMeetingsIssues
{
  AdwBin                 parent_instance;

  RkDatabase            *db;
  RkQueryModel          *issues;
  RkQueryModel          *groups;
  GtkSingleSelection    *selection;
  GArray                *group_ids;    /* gint64 per group_dropdown item */
  gint64                 current_id;
  gulong                 committed_id;

  /* Template widgets */
  GtkSearchEntry        *search_entry;
  GtkDropDown           *status_dropdown;
  GtkDropDown           *function_dropdown;
  GtkDropDown           *group_dropdown;
  GtkColumnView         *issue_view;
  GtkLabel              *count_label;
  GtkStack              *detail_stack;
  RkMeetingsIssueEditor *editor;
};

G_DEFINE_FINAL_TYPE (RkMeetingsIssues, rk_meetings_issues, ADW_TYPE_BIN)

/* The status filter: "" any, then the two groups, then each status. */
static const char *status_filters[] = { "", "unresolved", "closed", "open", "in_progress",
                                        "resolved", "dropped" };

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_TITLE,
  COLUMN_FUNCTIONS,
  COLUMN_PRIORITY,
  COLUMN_STATUS,
  COLUMN_ACTIONS,
  COLUMN_GROUP,
} Column;

/*
 * Cells
 */

static char *
cell_text (RkIssue *issue,
           Column   column)
{
  RkEntity *e = RK_ENTITY (issue);

  switch (column)
    {
    case COLUMN_NUMBER:
      return rk_issue_dup_number (issue);
    case COLUMN_TITLE:
      return g_strdup (rk_entity_get_string (e, "title")[0] != '\0' ? rk_entity_get_string (e, "title")
                                                                    : _("New issue"));
    case COLUMN_FUNCTIONS:
      return rk_functions_to_string (rk_entity_get_int (e, "functions"));
    case COLUMN_PRIORITY:
      return g_strdup (rk_meeting_terms_get_label (RK_MEETING_TERMS_PRIORITY,
                                                   rk_entity_get_string (e, "priority")));
    case COLUMN_STATUS:
      return g_strdup (rk_meeting_terms_get_label (RK_MEETING_TERMS_ISSUE_STATUS,
                                                   rk_entity_get_string (e, "status")));
    case COLUMN_ACTIONS:
      {
        guint total, done, overdue;

        rk_issue_count_countermeasures (issue, NULL, &total, &done, &overdue);
        if (total == 0)
          return g_strdup ("—");
        if (overdue > 0)
          /* Translators: countermeasures done of all, and how many are overdue */
          return g_strdup_printf (_("%u/%u, %u overdue"), done, total, overdue);
        return g_strdup_printf ("%u/%u", done, total);
      }
    case COLUMN_GROUP:
      {
        gint64 id = rk_entity_get_int (e, "working-group-id");
        g_autoptr(RkEntity) group = NULL;

        if (id > 0)
          group = rk_entity_lookup (rk_entity_get_database (e), RK_TYPE_WORKING_GROUP, id, NULL);
        return g_strdup (group != NULL ? rk_entity_get_string (group, "name") : "");
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
update_cell (GtkListItem *list_item)
{
  RkIssue *issue = gtk_list_item_get_item (list_item);
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list_item), "rk-column"));
  g_autofree char *text = NULL;

  if (issue == NULL)
    return;
  text = cell_text (issue, column);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (list_item)), text);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  column)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_min_lines (GTK_INSCRIPTION (cell), 1);
  if (GPOINTER_TO_UINT (column) == COLUMN_TITLE)
    {
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 30);
      gtk_inscription_set_wrap_mode (GTK_INSCRIPTION (cell), PANGO_WRAP_WORD_CHAR);
      gtk_inscription_set_nat_lines (GTK_INSCRIPTION (cell), 2);
      /* Japanese titles are long: two lines of each show what it is about. */
      gtk_inscription_set_min_lines (GTK_INSCRIPTION (cell), 2);
    }
  g_object_set_data (G_OBJECT (list_item), "rk-column", column);
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  RkIssue *issue = gtk_list_item_get_item (list_item);
  gulong handler;

  update_cell (list_item);
  handler = g_signal_connect_swapped (issue, "notify", G_CALLBACK (update_cell), list_item);
  g_object_set_data (G_OBJECT (list_item), "rk-handler", GSIZE_TO_POINTER (handler));
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  RkIssue *issue = gtk_list_item_get_item (list_item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "rk-handler"));

  if (issue != NULL && handler != 0)
    g_signal_handler_disconnect (issue, handler);
  g_object_set_data (G_OBJECT (list_item), "rk-handler", NULL);
}

static void
add_column (RkMeetingsIssues *self,
            const char       *title,
            Column            column,
            gboolean          expand,
            int               fixed_width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) col = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), NULL);

  col = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (col, fixed_width);
  gtk_column_view_append_column (self->issue_view, col);
}

/*
 * Filtering and selection
 */

static void
update_count (RkMeetingsIssues *self)
{
  guint n = self->issues != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->issues)) : 0;
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u issue", "%u issues",
                                                        n), n);

  gtk_label_set_text (self->count_label, text);
}

static void
apply_filter (RkMeetingsIssues *self)
{
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint function = gtk_drop_down_get_selected (self->function_dropdown);
  guint group = gtk_drop_down_get_selected (self->group_dropdown);
  RkIssueFilter filter = { NULL, 0, -1, NULL };
  g_auto(GStrv) params = NULL;
  g_autofree char *sql = NULL;

  if (self->issues == NULL)
    return;

  filter.status = status < G_N_ELEMENTS (status_filters) ? status_filters[status] : NULL;
  filter.functions = function > 0 && function <= RK_N_FUNCTIONS ? 1u << (function - 1) : 0;
  if (self->group_ids != NULL && group < self->group_ids->len)
    filter.working_group_id = g_array_index (self->group_ids, gint64, group);
  filter.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  sql = rk_issue_filter_to_sql (&filter, &params);
  rk_query_model_set_query (self->issues, sql, (const char * const *) params);
  update_count (self);
}

static void
fill_groups (RkMeetingsIssues *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  gint64 keep = -1;
  guint selected = 0;
  guint n;

  if (self->group_ids != NULL && gtk_drop_down_get_selected (self->group_dropdown) < self->group_ids->len)
    keep = g_array_index (self->group_ids, gint64,
                          gtk_drop_down_get_selected (self->group_dropdown));
  g_clear_pointer (&self->group_ids, g_array_unref);
  self->group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_string_list_append (labels, _("All working groups"));
  g_array_append_val (self->group_ids, (gint64) { -1 });
  gtk_string_list_append (labels, _("No working group"));
  g_array_append_val (self->group_ids, (gint64) { 0 });

  n = self->groups != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->groups)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) group = g_list_model_get_item (G_LIST_MODEL (self->groups), i);
      gint64 id = rk_entity_get_id (group);
      const char *name = rk_entity_get_string (group, "name");

      gtk_string_list_append (labels, name[0] != '\0' ? name : _("Untitled working group"));
      g_array_append_val (self->group_ids, id);
    }
  for (guint i = 0; i < self->group_ids->len; i++)
    if (g_array_index (self->group_ids, gint64, i) == keep)
      selected = i;

  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->group_dropdown, selected);
}

static void
show_selected (RkMeetingsIssues *self)
{
  RkIssue *issue = self->selection != NULL ? gtk_single_selection_get_selected_item (self->selection)
                                           : NULL;

  self->current_id = issue != NULL ? rk_entity_get_id (RK_ENTITY (issue)) : 0;
  rk_meetings_issue_editor_set_issue (self->editor, issue);
  gtk_stack_set_visible_child_name (self->detail_stack, issue != NULL ? "editor" : "empty");
}

static void
items_changed_cb (RkMeetingsIssues *self)
{
  RkIssue *issue = gtk_single_selection_get_selected_item (self->selection);
  guint position;

  /* A change of priority or status re-sorts the list: follow the issue. */
  if (self->current_id != 0 &&
      (issue == NULL || rk_entity_get_id (RK_ENTITY (issue)) != self->current_id) &&
      rk_query_model_find (self->issues, self->current_id, &position))
    gtk_single_selection_set_selected (self->selection, position);
  show_selected (self);
  update_count (self);
}

static void
committed_cb (RkMeetingsIssues   *self,
              const char * const *tables)
{
  /* Counts of countermeasures are shown in the list: redraw its rows. */
  if (g_strv_contains (tables, "countermeasure") || g_strv_contains (tables, "working_group"))
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->issues));

      if (n > 0)
        g_list_model_items_changed (G_LIST_MODEL (self->issues), 0, n, n);
    }
}

static void
add_issue_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  RkMeetingsIssues *self = RK_MEETINGS_ISSUES (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkIssue) issue = rk_issue_new (self->db, NULL, NULL, &error);

  if (issue == NULL)
    {
      rk_ui_show_error (widget, _("Could not add the issue"), error);
      return;
    }
  rk_meetings_issues_select (self, rk_entity_get_id (RK_ENTITY (issue)));
}

static void
rk_meetings_issues_dispose (GObject *object)
{
  RkMeetingsIssues *self = (RkMeetingsIssues *)object;

  rk_meetings_issues_set_database (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_MEETINGS_ISSUES);
  g_clear_pointer (&self->group_ids, g_array_unref);

  G_OBJECT_CLASS (rk_meetings_issues_parent_class)->dispose (object);
}

static void
rk_meetings_issues_class_init (RkMeetingsIssuesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_meetings_issues_dispose;

  g_type_ensure (RK_TYPE_MEETINGS_ISSUE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-meetings-issues.ui");
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsIssues, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsIssues, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsIssues, function_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsIssues, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsIssues, issue_view);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsIssues, count_label);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsIssues, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, RkMeetingsIssues, editor);

  gtk_widget_class_install_action (widget_class, "issues.add-issue", NULL, add_issue_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "issues.add-issue", NULL);
}

static void
rk_meetings_issues_init (RkMeetingsIssues *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) functions = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (statuses, _("Any status"));
  gtk_string_list_append (statuses, _("Unresolved"));
  gtk_string_list_append (statuses, _("Resolved or dropped"));
  for (guint i = 3; i < G_N_ELEMENTS (status_filters); i++)
    gtk_string_list_append (statuses, rk_meeting_terms_get_label (RK_MEETING_TERMS_ISSUE_STATUS,
                                                                  status_filters[i]));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_selected (self->status_dropdown, 1);

  gtk_string_list_append (functions, _("Any function"));
  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    gtk_string_list_append (functions, rk_function_get_label (1u << i));
  gtk_drop_down_set_model (self->function_dropdown, G_LIST_MODEL (functions));

  add_column (self, _("No."), COLUMN_NUMBER, FALSE, 44);
  add_column (self, _("Issue"), COLUMN_TITLE, TRUE, 260);
  add_column (self, C_("meeting", "Functions"), COLUMN_FUNCTIONS, FALSE, 120);
  add_column (self, _("Priority"), COLUMN_PRIORITY, FALSE, 52);
  add_column (self, C_("meeting", "Status"), COLUMN_STATUS, FALSE, 64);
  add_column (self, _("Countermeasures"), COLUMN_ACTIONS, FALSE, 100);
  add_column (self, _("Working group"), COLUMN_GROUP, FALSE, 120);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (apply_filter), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (apply_filter),
                            self);
  g_signal_connect_swapped (self->function_dropdown, "notify::selected", G_CALLBACK (apply_filter),
                            self);
  g_signal_connect_swapped (self->group_dropdown, "notify::selected", G_CALLBACK (apply_filter),
                            self);
}

/**
 * rk_meetings_issues_set_database:
 * @db: (nullable): the workspace, or %NULL when it closes
 */
void
rk_meetings_issues_set_database (RkMeetingsIssues *self,
                                 RkDatabase       *db)
{
  g_return_if_fail (RK_IS_MEETINGS_ISSUES (self));

  if (self->db == db)
    return;

  if (self->db != NULL)
    {
      g_clear_signal_handler (&self->committed_id, self->db);
      gtk_column_view_set_model (self->issue_view, NULL);
      rk_meetings_issue_editor_set_issue (self->editor, NULL);
      g_clear_object (&self->selection);
      g_clear_object (&self->issues);
      g_clear_object (&self->groups);
      self->current_id = 0;
    }
  g_set_object (&self->db, db);
  if (db == NULL)
    return;

  self->groups = rk_query_model_new (db, RK_TYPE_WORKING_GROUP,
                                     "SELECT id FROM working_group ORDER BY position, id");
  g_signal_connect_object (self->groups, "items-changed", G_CALLBACK (fill_groups), self,
                           G_CONNECT_SWAPPED);
  fill_groups (self);

  self->issues = rk_query_model_new (db, RK_TYPE_ISSUE, "SELECT id FROM issue");
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->issues)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->issue_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (show_selected), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (items_changed_cb), self);
  self->committed_id = g_signal_connect_object (db, "committed", G_CALLBACK (committed_cb), self,
                                                G_CONNECT_SWAPPED);
  apply_filter (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "issues.add-issue",
                                 !rk_database_get_read_only (db));
  show_selected (self);
}

/**
 * rk_meetings_issues_select:
 *
 * Shows the issue with its form, clearing the filters if they hide it.
 */
void
rk_meetings_issues_select (RkMeetingsIssues *self,
                           gint64            id)
{
  guint position;

  g_return_if_fail (RK_IS_MEETINGS_ISSUES (self));

  if (self->issues == NULL)
    return;

  if (!rk_query_model_find (self->issues, id, &position))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      gtk_drop_down_set_selected (self->function_dropdown, 0);
      gtk_drop_down_set_selected (self->group_dropdown, 0);
      apply_filter (self);
      if (!rk_query_model_find (self->issues, id, &position))
        return;
    }

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->issue_view), "list.scroll-to-item", "u", position);
  show_selected (self);
  rk_meetings_issue_editor_focus_title (self->editor);
}

/**
 * rk_meetings_issues_reveal_countermeasure:
 *
 * Shows the issue and opens one of its countermeasures.
 */
void
rk_meetings_issues_reveal_countermeasure (RkMeetingsIssues *self,
                                          gint64            issue_id,
                                          gint64            countermeasure_id)
{
  g_return_if_fail (RK_IS_MEETINGS_ISSUES (self));

  rk_meetings_issues_select (self, issue_id);
  rk_meetings_issue_editor_reveal_countermeasure (self->editor, countermeasure_id);
}
