/* rk-training-view.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-training-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rk-activity.h"
#include "rk-bind.h"
#include "rk-training-form.h"
#include "rk-training-view.h"
#include "rk-ui-utils.h"

/**
 * RkTrainingView:
 *
 * The 研修・普及啓発 tab (guidebook 第2章4–5): the base's training sessions
 * for professionals, the information it shares with them and what it does
 * to reach residents, listed by fiscal year with the chosen record's form
 * beside the list. Adding, editing and deleting are saved at once and
 * undone with Ctrl+Z; a deleted record comes back from the toast's Undo.
 */
struct _RkTrainingView
{
  AdwBin              parent_instance;

  RkDatabase         *db;
  RkQueryModel       *model;
  GtkSingleSelection *selection;
  GHashTable         *count_cells;    /* GtkInscription showing a count (not owned) */
  GArray             *years;          /* int, parallel to the year drop-down; 0: all */
  int                 fiscal_year;    /* 0: all years */
  guint               category;       /* index into categories[] */
  gboolean            updating_filters;

  /* Template widgets */
  GtkMenuButton      *add_button;
  GtkDropDown        *year_dropdown;
  GtkDropDown        *category_dropdown;
  GtkLabel           *summary_label;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  AdwStatusPage      *empty_page;
  GtkStack           *form_stack;
  AdwBin             *form_bin;
};

G_DEFINE_FINAL_TYPE (RkTrainingView, rk_training_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The category drop-down: all, then the three categories. */
static const char *categories[] = {
  NULL, RK_ACTIVITY_TRAINING, RK_ACTIVITY_SHARING, RK_ACTIVITY_OUTREACH,
};

typedef enum
{
  COLUMN_DATE,
  COLUMN_CATEGORY,
  COLUMN_TITLE,
  COLUMN_COUNT,
} Column;

/*
 * Auxiliary methods
 */

static int
current_fiscal_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now),
                                           g_date_time_get_year (now));

  return rk_fiscal_year_for_date (today);
}

static char *
fiscal_year_label (int fiscal_year)
{
  g_autofree char *era = rk_fiscal_year_to_era_string (fiscal_year);
  g_autofree char *western = rk_fiscal_year_to_string (fiscal_year);

  /* Translators: a fiscal year in the year drop-down: "令和8年度（2026年度）" */
  return g_strdup_printf (_("%s (%s)"), era, western);
}

static RkActivity *
get_selected (RkTrainingView *self)
{
  if (self->selection == NULL)
    return NULL;
  return gtk_single_selection_get_selected_item (self->selection);
}

static char *
count_text (RkActivity *activity)
{
  gint64 count = rk_activity_get_count (activity);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, count);
  return count >= 0 ? rk_bind_format_count (&value) : g_strdup ("—");
}

static char *
cell_text (RkActivity *activity,
           Column      column)
{
  RkEntity *a = RK_ENTITY (activity);
  const char *text;

  switch (column)
    {
    case COLUMN_DATE:
      text = rk_entity_get_string (a, "held-on");
      return g_strdup (text[0] != '\0' ? text : _("Not dated"));
    case COLUMN_CATEGORY:
      return g_strdup (rk_terms_get_label (RK_TERMS_ACTIVITY_CATEGORY,
                                           rk_entity_get_string (a, "category")));
    case COLUMN_TITLE:
      text = rk_entity_get_string (a, "title");
      return g_strdup (text[0] != '\0' ? text : _("(untitled)"));
    case COLUMN_COUNT:
      return count_text (activity);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
set_cell (GtkInscription *cell,
          RkActivity     *activity,
          Column          column)
{
  g_autofree char *text = cell_text (activity, column);

  gtk_inscription_set_text (cell, text);
  /* What a screen reader (and the GUI tests) read. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
update_summary (RkTrainingView *self)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  guint per_category[G_N_ELEMENTS (categories)] = { 0 };
  g_autoptr(GString) parts = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) a = g_list_model_get_item (G_LIST_MODEL (self->model), i);

      for (guint c = 1; c < G_N_ELEMENTS (categories); c++)
        if (g_strcmp0 (rk_entity_get_string (a, "category"), categories[c]) == 0)
          per_category[c]++;
    }

  for (guint c = 1; c < G_N_ELEMENTS (categories); c++)
    {
      if (per_category[c] == 0)
        continue;
      if (parts->len > 0)
        g_string_append (parts, C_("list separator", ", "));
      /* Translators: a category and its number of records: "研修 4" */
      g_string_append_printf (parts, _("%s %u"),
                              rk_terms_get_label (RK_TERMS_ACTIVITY_CATEGORY, categories[c]),
                              per_category[c]);
    }

  if (n > 0)
    /* Translators: how many records the list shows, and of which kind:
     * "11件（研修 4、情報共有 3、普及啓発 4）"
     */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record (%s)", "%u records (%s)", n),
                            n, parts->str);
  gtk_label_set_text (self->summary_label, text != NULL ? text : "");
}

static void
update_empty (RkTrainingView *self)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  gint64 total = self->db != NULL ? rk_database_count_rows (self->db, "activity", NULL) : 0;

  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  if (total > 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Records Here"));
      adw_status_page_set_description (self->empty_page,
                                       _("No record matches the year and category chosen. "
                                         "Choose another year, or “All years”."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Records"));
      adw_status_page_set_description (self->empty_page,
                                       _("Record the training you hold for professionals, what you "
                                         "share with them, and what you do to reach residents. "
                                         "Start with “Add”."));
    }
}

static void
apply_filter (RkTrainingView *self)
{
  if (self->model == NULL)
    return;

  rk_activity_query_set_filter (self->model, self->fiscal_year, categories[self->category]);
  update_summary (self);
  update_empty (self);
}

static int
compare_years_descending (gconstpointer a,
                          gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

/* "All years", then the years that have records and the current one,
 * newest first.
 */
static void
update_years (RkTrainingView *self)
{
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  int current = current_fiscal_year ();
  gboolean has_current = FALSE;
  guint selected = 0;

  if (self->db == NULL)
    return;

  found = rk_activity_list_fiscal_years (self->db, NULL);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      g_array_append_val (years, g_array_index (found, int, i));
      has_current |= g_array_index (found, int, i) == current;
    }
  if (!has_current)
    g_array_append_val (years, current);
  g_array_sort (years, compare_years_descending);
  g_array_prepend_val (years, (int) { 0 });

  if (self->years != NULL && self->years->len == years->len &&
      memcmp (self->years->data, years->data, years->len * sizeof (int)) == 0)
    return;

  gtk_string_list_append (labels, _("All years"));
  for (guint i = 1; i < years->len; i++)
    {
      g_autofree char *label = fiscal_year_label (g_array_index (years, int, i));

      gtk_string_list_append (labels, label);
      if (g_array_index (years, int, i) == self->fiscal_year)
        selected = i;
    }

  g_clear_pointer (&self->years, g_array_unref);
  self->years = g_steal_pointer (&years);
  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  self->updating_filters = FALSE;
  /* The year shown may have gone (its last record was deleted). */
  self->fiscal_year = g_array_index (self->years, int, selected);
}

static void
show_selected (RkTrainingView *self)
{
  RkActivity *activity = get_selected (self);
  GtkWidget *current = adw_bin_get_child (self->form_bin);

  if (activity == NULL)
    {
      gtk_stack_set_visible_child_name (self->form_stack, "none");
      adw_bin_set_child (self->form_bin, NULL);
      return;
    }

  if (current != NULL && rk_training_form_get_activity (RK_TRAINING_FORM (current)) == activity)
    return;

  adw_bin_set_child (self->form_bin, GTK_WIDGET (rk_training_form_new (activity)));
  gtk_stack_set_visible_child_name (self->form_stack, "form");
}

static void
update_actions (RkTrainingView *self)
{
  gboolean writable = self->db != NULL && !rk_database_get_read_only (self->db);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.show-add-menu", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.delete",
                                 writable && get_selected (self) != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), writable);
}

static void
select_activity (RkTrainingView *self,
                 RkActivity     *activity)
{
  guint position;

  if (rk_query_model_find (self->model, rk_entity_get_id (RK_ENTITY (activity)), &position))
    gtk_single_selection_set_selected (self->selection, position);
}

/*
 * Callbacks
 */

static void
selection_changed_cb (RkTrainingView *self)
{
  show_selected (self);
  update_actions (self);
}

static void
items_changed_cb (RkTrainingView *self)
{
  update_summary (self);
  update_empty (self);
}

static void
committed_cb (RkTrainingView     *self,
              const char * const *tables)
{
  if (tables == NULL)
    return;

  if (g_strv_contains (tables, "activity"))
    {
      update_years (self);
      update_summary (self);
      update_empty (self);
    }

  /* A count is the sum of the participants, which live in another table. */
  if (g_strv_contains (tables, "activity_participant"))
    {
      GHashTableIter iter;
      gpointer cell;

      g_hash_table_iter_init (&iter, self->count_cells);
      while (g_hash_table_iter_next (&iter, &cell, NULL))
        {
          RkActivity *activity = g_object_get_data (cell, "rk-activity");

          if (activity != NULL)
            set_cell (cell, activity, COLUMN_COUNT);
        }
    }
}

static void
year_selected_cb (RkTrainingView *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->updating_filters || self->years == NULL || selected >= self->years->len)
    return;
  self->fiscal_year = g_array_index (self->years, int, selected);
  apply_filter (self);
}

static void
category_selected_cb (RkTrainingView *self)
{
  guint selected = gtk_drop_down_get_selected (self->category_dropdown);

  if (self->updating_filters || selected >= G_N_ELEMENTS (categories))
    return;
  self->category = selected;
  apply_filter (self);
}

static void
activity_notify_cb (RkActivity     *activity,
                    GParamSpec     *pspec,
                    GtkInscription *cell)
{
  set_cell (cell, activity, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "rk-column")));
}

static void
row_activated_cb (RkTrainingView *self)
{
  GtkWidget *form = adw_bin_get_child (self->form_bin);

  if (form != NULL)
    rk_training_form_focus_title (RK_TRAINING_FORM (form));
}

/*
 * Columns
 */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  /* Wide enough for "2026-06-18" and "情報共有" whole. */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell),
                                 column == COLUMN_TITLE ? 16 : column == COLUMN_COUNT ? 5 : 10);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), column == COLUMN_TITLE ? 40 : 10);
  if (column == COLUMN_COUNT)
    gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1.0);
  g_object_set_data (G_OBJECT (cell), "rk-column", user_data);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              RkTrainingView           *self)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  RkActivity *activity = gtk_list_item_get_item (item);
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "rk-column"));
  gulong handler;

  set_cell (GTK_INSCRIPTION (cell), activity, column);
  handler = g_signal_connect_object (activity, "notify", G_CALLBACK (activity_notify_cb), cell, 0);
  g_object_set_data (G_OBJECT (cell), "rk-handler", GSIZE_TO_POINTER (handler));
  g_object_set_data_full (G_OBJECT (cell), "rk-activity", g_object_ref (activity), g_object_unref);
  if (column == COLUMN_COUNT)
    g_hash_table_add (self->count_cells, cell);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                RkTrainingView           *self)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  RkActivity *activity = g_object_get_data (G_OBJECT (cell), "rk-activity");
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (cell), "rk-handler"));

  if (activity != NULL && handler != 0)
    g_signal_handler_disconnect (activity, handler);
  g_object_set_data (G_OBJECT (cell), "rk-handler", NULL);
  g_object_set_data (G_OBJECT (cell), "rk-activity", NULL);
  g_hash_table_remove (self->count_cells, cell);
}

static void
add_column (RkTrainingView *self,
            const char     *title,
            Column          column,
            gboolean        expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), self);

  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_append_column (self->column_view, col);
  g_object_unref (col);
}

/*
 * Actions
 */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  RkTrainingView *self = RK_TRAINING_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkActivity) activity = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const char *category = g_variant_get_string (param, NULL);
  const char *label;
  int fiscal_year;

  if (self->db == NULL)
    return;

  if (g_str_equal (category, RK_ACTIVITY_SHARING))
    label = _("Add Information Shared");
  else if (g_str_equal (category, RK_ACTIVITY_OUTREACH))
    label = _("Add Awareness Activity");
  else
    label = _("Add Training Session");

  activity = rk_activity_new (self->db, category, today, label, &error);
  if (activity == NULL)
    {
      rk_ui_show_error (widget, _("Could not add the record"), error);
      return;
    }

  /* Show it, whatever the filters showed before. */
  fiscal_year = rk_fiscal_year_for_iso_date (today);
  if (categories[self->category] != NULL && !g_str_equal (categories[self->category], category))
    gtk_drop_down_set_selected (self->category_dropdown, 0);
  if (self->fiscal_year != 0 && self->fiscal_year != fiscal_year)
    for (guint i = 0; i < self->years->len; i++)
      if (g_array_index (self->years, int, i) == fiscal_year)
        gtk_drop_down_set_selected (self->year_dropdown, i);

  select_activity (self, activity);
  show_selected (self);
  row_activated_cb (self);
}

static void
show_add_menu_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gtk_menu_button_popup (RK_TRAINING_VIEW (widget)->add_button);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RkTrainingView *self = RK_TRAINING_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  RkActivity *activity = get_selected (self);

  if (activity == NULL)
    return;

  title = cell_text (activity, COLUMN_TITLE);
  if (!rk_entity_delete (RK_ENTITY (activity), _("Delete Record"), &error))
    {
      rk_ui_show_error (widget, _("Could not delete the record"), error);
      return;
    }

  /* Translators: %s is the title of a training or awareness record */
  message = g_strdup_printf (_("“%s” deleted"), title);
  rk_ui_show_undo_toast (widget, message);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/*
 * GObject overrides
 */

static void
rk_training_view_dispose (GObject *object)
{
  RkTrainingView *self = (RkTrainingView *)object;

  rk_training_view_set_database (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_TRAINING_VIEW);
  g_clear_pointer (&self->count_cells, g_hash_table_unref);
  g_clear_pointer (&self->years, g_array_unref);

  G_OBJECT_CLASS (rk_training_view_parent_class)->dispose (object);
}

static void
rk_training_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RkTrainingView *self = RK_TRAINING_VIEW (object);

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
rk_training_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RkTrainingView *self = RK_TRAINING_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      rk_training_view_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_training_view_class_init (RkTrainingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_training_view_dispose;
  object_class->get_property = rk_training_view_get_property;
  object_class->set_property = rk_training_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, RK_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-training-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RkTrainingView, add_button);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingView, column_view);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingView, form_stack);
  gtk_widget_class_bind_template_child (widget_class, RkTrainingView, form_bin);

  gtk_widget_class_install_action (widget_class, "training.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "training.show-add-menu", NULL, show_add_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "training.show-add-menu", NULL);
  gtk_widget_class_install_action (widget_class, "training.delete", NULL, delete_action);
}

static void
rk_training_view_init (RkTrainingView *self)
{
  g_autoptr(GtkStringList) category_labels = gtk_string_list_new (NULL);
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->count_cells = g_hash_table_new (NULL, NULL);

  add_column (self, _("Date"), COLUMN_DATE, FALSE);
  add_column (self, _("Category"), COLUMN_CATEGORY, FALSE);
  add_column (self, _("Theme or title"), COLUMN_TITLE, TRUE);
  add_column (self, _("People"), COLUMN_COUNT, FALSE);
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (row_activated_cb), self);

  /* Delete deletes the selected record only from the list, not while
   * typing in the form.
   */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("training.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), shortcuts);

  gtk_string_list_append (category_labels, _("All records"));
  for (guint i = 1; i < G_N_ELEMENTS (categories); i++)
    gtk_string_list_append (category_labels, rk_terms_get_label (RK_TERMS_ACTIVITY_CATEGORY, categories[i]));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (category_labels));

  g_signal_connect_swapped (self->year_dropdown, "notify::selected", G_CALLBACK (year_selected_cb), self);
  g_signal_connect_swapped (self->category_dropdown, "notify::selected",
                            G_CALLBACK (category_selected_cb), self);

  self->fiscal_year = current_fiscal_year ();
  update_actions (self);
}

/*
 * Public API
 */

/**
 * rk_training_view_get_database:
 *
 * Returns: (transfer none) (nullable): the workspace shown
 */
RkDatabase *
rk_training_view_get_database (RkTrainingView *self)
{
  g_return_val_if_fail (RK_IS_TRAINING_VIEW (self), NULL);

  return self->db;
}

/**
 * rk_training_view_set_database:
 * @db: (nullable): the workspace to show, or %NULL when none is open
 */
void
rk_training_view_set_database (RkTrainingView *self,
                               RkDatabase     *db)
{
  g_return_if_fail (RK_IS_TRAINING_VIEW (self));

  if (self->db == db)
    return;

  if (self->db != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->db, self);
      gtk_column_view_set_model (self->column_view, NULL);
      if (self->selection != NULL)
        g_signal_handlers_disconnect_by_data (self->selection, self);
      g_clear_object (&self->selection);
      g_clear_object (&self->model);
      adw_bin_set_child (self->form_bin, NULL);
      gtk_stack_set_visible_child_name (self->form_stack, "none");
      g_clear_pointer (&self->years, g_array_unref);
    }

  g_set_object (&self->db, db);

  if (db != NULL)
    {
      self->fiscal_year = current_fiscal_year ();
      self->category = 0;
      self->updating_filters = TRUE;
      gtk_drop_down_set_selected (self->category_dropdown, 0);
      self->updating_filters = FALSE;

      self->model = rk_activity_query_new (db);
      update_years (self);
      rk_activity_query_set_filter (self->model, self->fiscal_year, NULL);

      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
      g_signal_connect_swapped (self->selection, "notify::selected-item",
                                G_CALLBACK (selection_changed_cb), self);
      g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (items_changed_cb), self);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
      g_signal_connect_object (db, "committed", G_CALLBACK (committed_cb), self, G_CONNECT_SWAPPED);

      update_summary (self);
      update_empty (self);
      show_selected (self);
    }

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}
