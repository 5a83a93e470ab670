/* rk-resources-view.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resources-view"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rk-resources-private.h"
#include "rk-vocabulary.h"

/**
 * RkResourcesView:
 *
 * The resources tab (資源): the region's directory of medical, care and
 * disability-welfare resources as a list sorted and filtered in SQL,
 * searched as the user types, with a map and the area's coverage gaps
 * beside it, and the selected resource in a pane to view and edit. Its
 * toolbar imports the open data, exports the list to Excel and prints it.
 */

G_DEFINE_FINAL_TYPE (RkResourcesView, rk_resources_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const guint stale_months[] = { 6, 12, 24, 36 };

/*
 * Auxiliary methods
 */

static void
update_status (RkResourcesView *self)
{
  g_autofree char *text = NULL;
  guint n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;

  /* Translators: the count under the resource list */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u resource", "%u resources", n), n);
  gtk_label_set_label (self->status_label, text);

  /* The empty page only when there is nothing at all to filter. */
  if (n == 0 && self->search == NULL && self->filter.kinds == NULL &&
      self->filter.municipalities == NULL && !self->filter.area_only &&
      self->filter.capabilities->len == 0 && self->filter.stale_before == NULL &&
      !self->filter.include_closed)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

/* The list's query: everything but the search text, which narrows it
 * separately so that typing does not re-run (and re-sort) the list.
 */
static void
apply_filter (RkResourcesView *self)
{
  g_auto(GStrv) params = NULL;
  g_autofree char *sql = NULL;

  if (self->model == NULL)
    return;

  /* Another list: seen from its top (the 要確認 view's oldest first). */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->list_scroller), 0);
  sql = rk_resource_filter_build_list_sql (&self->filter, &params);
  rk_query_model_set_query (self->model, sql, (const char * const *) params);
  update_status (self);
  _rk_resources_view_update_actions (self);
  self->map_stale = TRUE;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "map") == 0)
    _rk_resources_view_update_map (self);
}

static void
apply_search (RkResourcesView *self)
{
  g_auto(GStrv) params = NULL;
  g_autofree char *sql = NULL;

  if (self->model == NULL)
    return;

  sql = rk_directory_search_sql (self->search, &params);
  rk_query_model_set_search (self->model, sql, (const char * const *) params);
  update_status (self);
  self->map_stale = TRUE;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "map") == 0)
    _rk_resources_view_update_map (self);
}

/**
 * _rk_resources_view_full_filter:
 *
 * The filter as the user sees it, search included (for export, print
 * and the map).
 */
void
_rk_resources_view_full_filter (RkResourcesView  *self,
                                RkResourceFilter *filter)
{
  rk_resource_filter_init (filter);
  filter->text = g_strdup (self->search);
  filter->kinds = g_strdupv (self->filter.kinds);
  filter->municipalities = g_strdupv (self->filter.municipalities);
  filter->area_only = self->filter.area_only;
  g_array_append_vals (filter->capabilities, self->filter.capabilities->data,
                       self->filter.capabilities->len);
  filter->include_closed = self->filter.include_closed;
  filter->stale_before = g_strdup (self->filter.stale_before);
  filter->sort = self->filter.sort;
  filter->descending = self->filter.descending;
}

/**
 * _rk_resources_view_describe_filter:
 *
 * Returns: (transfer full): the search and filters in words, for the
 *   printed list ("" when the whole directory is shown)
 */
char *
_rk_resources_view_describe_filter (RkResourcesView *self)
{
  g_autoptr(GString) s = g_string_new (NULL);
  const char *sep = C_("list separator", ", ");

  if (self->search != NULL)
    /* Translators: in the printed list's subtitle */
    g_string_append_printf (s, _("Search: %s"), self->search);
  if (self->filter.kinds != NULL)
    g_string_append_printf (s, "%s%s", s->len > 0 ? sep : "",
                            rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND, self->filter.kinds[0]));
  if (self->filter.area_only)
    g_string_append_printf (s, "%s%s", s->len > 0 ? sep : "", _("Area"));
  if (self->filter.municipalities != NULL)
    {
      const char *name = g_hash_table_lookup (self->municipality_names,
                                              self->filter.municipalities[0]);
      g_string_append_printf (s, "%s%s", s->len > 0 ? sep : "",
                              name != NULL ? name : self->filter.municipalities[0]);
    }
  for (guint i = 0; i < self->capability_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->capability_checks, i);
      if (gtk_check_button_get_active (check))
        g_string_append_printf (s, "%s%s", s->len > 0 ? sep : "",
                                gtk_check_button_get_label (check));
    }
  if (self->filter.stale_before != NULL)
    /* Translators: in the printed list's subtitle; %s is a date */
    g_string_append_printf (s, "%s%s", s->len > 0 ? sep : "", _("Needs confirmation"));

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/*
 * The filter widgets
 */

static void
fill_kind_dropdown (RkResourcesView *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const RkTerm *terms;
  guint n_terms;

  g_clear_object (&self->kind_codes);
  self->kind_codes = gtk_string_list_new (NULL);
  gtk_string_list_append (self->kind_codes, "");
  gtk_string_list_append (labels, _("All Kinds"));

  terms = rk_terms_get (RK_TERMS_ORGANIZATION_KIND, &n_terms);
  for (guint i = 0; i < n_terms; i++)
    {
      gtk_string_list_append (self->kind_codes, terms[i].code);
      gtk_string_list_append (labels, _(terms[i].label));
    }
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
}

/* "All municipalities", "The area" (対象圏域), then each of its
 * municipalities.
 */
static void municipality_selected_cb (GtkDropDown     *dropdown,
                                      GParamSpec      *pspec,
                                      RkResourcesView *self);

/* Fills the municipality menu, back at "all": the filter follows, and the
 * list's query runs again only if it had a municipality.
 */
static void
fill_municipality_dropdown (RkResourcesView *self)
{
  gboolean had_municipality = self->filter.municipalities != NULL || self->filter.area_only;

  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_clear_object (&self->municipality_codes);
  self->municipality_codes = gtk_string_list_new (NULL);
  gtk_string_list_append (self->municipality_codes, "");
  gtk_string_list_append (labels, _("All Municipalities"));
  gtk_string_list_append (self->municipality_codes, "area");
  gtk_string_list_append (labels, _("The Area"));

  if (self->db != NULL &&
      sqlite3_prepare_v2 (rk_database_get_handle (self->db),
                          "SELECT code, name FROM municipality WHERE code <> ''"
                          " ORDER BY position, id", -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        gtk_string_list_append (self->municipality_codes,
                                (const char *) sqlite3_column_text (stmt, 0));
        gtk_string_list_append (labels, (const char *) sqlite3_column_text (stmt, 1));
      }
  sqlite3_finalize (stmt);

  g_signal_handlers_block_by_func (self->municipality_dropdown, municipality_selected_cb, self);
  gtk_drop_down_set_model (self->municipality_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->municipality_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->municipality_dropdown, municipality_selected_cb, self);

  g_clear_pointer (&self->filter.municipalities, g_strfreev);
  self->filter.area_only = FALSE;
  if (had_municipality)
    apply_filter (self);
}

static void
capability_toggled_cb (GtkCheckButton  *check,
                       RkResourcesView *self)
{
  guint n = 0;

  g_array_set_size (self->filter.capabilities, 0);
  for (guint i = 0; i < self->capability_checks->len; i++)
    {
      GtkCheckButton *c = g_ptr_array_index (self->capability_checks, i);

      if (gtk_check_button_get_active (c))
        {
          gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (c), "rk-capability-id"));
          rk_resource_filter_add_capability (&self->filter, id);
          n++;
        }
    }

  if (n == 0)
    gtk_menu_button_set_label (self->capability_button, _("Capabilities"));
  else
    {
      /* Translators: the capability filter's button when some are ticked */
      g_autofree char *label = g_strdup_printf (_("Capabilities (%u)"), n);
      gtk_menu_button_set_label (self->capability_button, label);
    }

  apply_filter (self);
}

static void
fill_capability_box (RkResourcesView *self)
{
  g_autoptr(GPtrArray) capabilities = NULL;
  GtkWidget *child;
  const char *group = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->capability_box))) != NULL)
    gtk_box_remove (self->capability_box, child);
  g_ptr_array_set_size (self->capability_checks, 0);

  if (self->db == NULL)
    return;

  capabilities = rk_directory_list_capabilities (self->db, NULL, NULL);
  for (guint i = 0; capabilities != NULL && i < capabilities->len; i++)
    {
      RkEntity *cap = g_ptr_array_index (capabilities, i);
      const char *grouping = rk_entity_get_string (cap, "grouping");
      GtkWidget *check;

      if (g_strcmp0 (group, grouping) != 0)
        {
          GtkWidget *heading = gtk_label_new (grouping);

          gtk_label_set_xalign (GTK_LABEL (heading), 0);
          gtk_widget_add_css_class (heading, "heading");
          gtk_widget_set_margin_top (heading, i > 0 ? 8 : 0);
          gtk_box_append (self->capability_box, heading);
          group = grouping;
        }

      check = gtk_check_button_new_with_label (rk_entity_get_string (cap, "label"));
      g_object_set_data (G_OBJECT (check), "rk-capability-id",
                         GSIZE_TO_POINTER (rk_entity_get_id (cap)));
      g_signal_connect (check, "toggled", G_CALLBACK (capability_toggled_cb), self);
      gtk_box_append (self->capability_box, check);
      g_ptr_array_add (self->capability_checks, check);
    }
}

static void
search_changed_cb (GtkSearchEntry  *entry,
                   RkResourcesView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_free (self->search);
  self->search = text[0] != '\0' ? g_strdup (text) : NULL;
  apply_search (self);
}

static void
kind_selected_cb (GtkDropDown     *dropdown,
                  GParamSpec      *pspec,
                  RkResourcesView *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char *code = self->kind_codes != NULL && selected != GTK_INVALID_LIST_POSITION
                     ? gtk_string_list_get_string (self->kind_codes, selected) : NULL;

  g_clear_pointer (&self->filter.kinds, g_strfreev);
  if (code != NULL && code[0] != '\0')
    self->filter.kinds = g_strsplit (code, " ", -1);
  apply_filter (self);
}

static void
municipality_selected_cb (GtkDropDown     *dropdown,
                          GParamSpec      *pspec,
                          RkResourcesView *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char *code = self->municipality_codes != NULL && selected != GTK_INVALID_LIST_POSITION
                     ? gtk_string_list_get_string (self->municipality_codes, selected) : NULL;

  g_clear_pointer (&self->filter.municipalities, g_strfreev);
  self->filter.area_only = g_strcmp0 (code, "area") == 0;
  if (code != NULL && code[0] != '\0' && !self->filter.area_only)
    self->filter.municipalities = g_strsplit (code, " ", -1);
  apply_filter (self);
}

static void
stale_changed_cb (RkResourcesView *self)
{
  guint age = gtk_drop_down_get_selected (self->stale_age_dropdown);

  g_clear_pointer (&self->filter.stale_before, g_free);
  if (gtk_toggle_button_get_active (self->stale_button))
    {
      self->filter.stale_before = rk_directory_stale_cutoff (stale_months[MIN (age, 3)]);
      /* The oldest first: what to phone about next. */
      self->filter.sort = RK_RESOURCE_SORT_CONFIRMED;
      self->filter.descending = FALSE;
    }
  apply_filter (self);
}

static void
closed_toggled_cb (GtkCheckButton  *check,
                   RkResourcesView *self)
{
  self->filter.include_closed = gtk_check_button_get_active (check);
  apply_filter (self);
}

/* While the user types in the detail pane, an edit may take the resource
 * out of the list (a name that no longer matches the search, a reading
 * emptied on the way to a new one): the pane keeps it, as long as the row
 * still exists, rather than vanish under the user's fingers.
 */
static gboolean
editing_in_pane (RkResourcesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean exists = FALSE;

  if (self->selected_id == 0 || self->db == NULL || focus == NULL ||
      !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->detail)))
    return FALSE;

  if (sqlite3_prepare_v2 (rk_database_get_handle (self->db),
                          "SELECT 1 FROM organization WHERE id = ?", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, self->selected_id);
      exists = sqlite3_step (stmt) == SQLITE_ROW;
    }
  sqlite3_finalize (stmt);
  return exists;
}

static void
show_resource (RkResourcesView *self,
               RkOrganization  *resource)
{
  self->selected_id = resource != NULL ? rk_entity_get_id (RK_ENTITY (resource)) : 0;
  rk_resources_detail_set_resource (self->detail, resource);
  if (self->map != NULL)
    {
      rk_resource_map_set_selected (self->map, self->selected_id);
      gtk_widget_queue_draw (GTK_WIDGET (self->map_area));
    }
  _rk_resources_view_update_actions (self);
}

/* The selected resource has left the list: the pane lets it go, but only
 * once the change that took it is over — never inside the signal of one of
 * the pane's own widgets (an entry emptied on the way to its new text).
 */
static gboolean
let_go_idle_cb (gpointer data)
{
  RkResourcesView *self = data;
  guint where;

  self->let_go_idle = 0;
  if (self->selected_id == 0 || self->model == NULL)
    return G_SOURCE_REMOVE;
  if (rk_query_model_find (self->model, self->selected_id, &where))
    gtk_single_selection_set_selected (self->selection, where);
  else if (!editing_in_pane (self))
    {
      g_autoptr(RkOrganization) resource = _rk_resources_view_get_selected (self);

      show_resource (self, resource);
    }
  return G_SOURCE_REMOVE;
}

static void
let_go_later (RkResourcesView *self)
{
  if (self->let_go_idle == 0)
    self->let_go_idle = g_idle_add (let_go_idle_cb, self);
}

static void
selection_changed_cb (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      RkResourcesView    *self)
{
  g_autoptr(RkOrganization) resource = _rk_resources_view_get_selected (self);

  /* An edit in the pane may move the row in the list (a new reading):
   * the list refreshes, and the selection must follow the row, not stay
   * at its old place or vanish while the user types.
   */
  if (resource == NULL && self->selected_id != 0 && self->model != NULL)
    {
      if (!rk_query_model_find (self->model, self->selected_id, NULL))
        let_go_later (self);
      return;
    }

  show_resource (self, resource);
}

static void
model_items_changed_cb (GListModel      *model,
                        guint            position,
                        guint            removed,
                        guint            added,
                        RkResourcesView *self)
{
  guint where;
  g_autoptr(RkOrganization) current = NULL;

  if (self->selected_id == 0)
    return;

  current = _rk_resources_view_get_selected (self);
  if (current != NULL && rk_entity_get_id (RK_ENTITY (current)) == self->selected_id)
    return;

  if (rk_query_model_find (self->model, self->selected_id, &where))
    gtk_single_selection_set_selected (self->selection, where);
  else
    let_go_later (self);   /* deleted, or filtered out */
  _rk_resources_view_update_actions (self);
}

static void
view_page_changed_cb (GtkStack        *stack,
                      GParamSpec      *pspec,
                      RkResourcesView *self)
{
  const char *page = gtk_stack_get_visible_child_name (stack);

  if (g_strcmp0 (page, "map") == 0 && self->map_stale)
    _rk_resources_view_update_map (self);
  else if (g_strcmp0 (page, "coverage") == 0 && self->coverage_stale)
    _rk_resources_view_update_coverage (self);
}

static void
committed_cb (RkResourcesView    *self,
              const char * const *tables,
              RkDatabase         *db)
{
  for (guint i = 0; tables[i] != NULL; i++)
    {
      if (g_str_equal (tables[i], "municipality"))
        {
          g_clear_pointer (&self->municipality_names, g_hash_table_unref);
          self->municipality_names = rk_directory_municipality_names (db);
          fill_municipality_dropdown (self);
        }
      else if (g_str_equal (tables[i], "capability"))
        fill_capability_box (self);
    }

  self->map_stale = TRUE;
  self->coverage_stale = TRUE;
  update_status (self);
  _rk_resources_view_refresh_computed (self);
  view_page_changed_cb (self->view_stack, NULL, self);
}

/* For the benchmark of the window: the first frame that shows the list,
 * and the memory by then, on stderr; then quit.
 */
static void
bench_after_paint_cb (GdkFrameClock   *clock,
                      RkResourcesView *self)
{
  FILE *status;
  char line[256];
  long rss_kb = 0;
  double ms = (g_get_monotonic_time () - self->bench_start) / 1000.0;

  if (self->model == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    return;

  status = fopen ("/proc/self/status", "r");
  while (status != NULL && fgets (line, sizeof line, status) != NULL)
    if (g_str_has_prefix (line, "VmRSS:"))
      rss_kb = strtol (line + 6, NULL, 10);
  if (status != NULL)
    fclose (status);

  g_printerr ("RK_BENCH first-frame-ms=%.1f rows=%u rss-kb=%ld\n", ms,
              g_list_model_get_n_items (G_LIST_MODEL (self->model)), rss_kb);
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, self);
  if (g_getenv ("RK_BENCH_QUIT") != NULL)
    g_application_quit (g_application_get_default ());
}

static void
bench_realize_cb (GtkWidget       *widget,
                  RkResourcesView *self)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (bench_after_paint_cb), self);
}

/*
 * GObject overrides
 */

static void
rk_resources_view_dispose (GObject *object)
{
  RkResourcesView *self = (RkResourcesView *)object;

  g_clear_handle_id (&self->let_go_idle, g_source_remove);
  rk_resources_view_set_database (self, NULL);
  g_clear_object (&self->kind_codes);
  g_clear_object (&self->municipality_codes);
  g_clear_pointer (&self->capability_checks, g_ptr_array_unref);
  g_clear_pointer (&self->computed_cells, g_ptr_array_unref);
  g_clear_pointer (&self->map, rk_resource_map_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_RESOURCES_VIEW);

  G_OBJECT_CLASS (rk_resources_view_parent_class)->dispose (object);
}

static void
rk_resources_view_finalize (GObject *object)
{
  RkResourcesView *self = (RkResourcesView *)object;

  rk_resource_filter_clear (&self->filter);
  g_free (self->search);

  G_OBJECT_CLASS (rk_resources_view_parent_class)->finalize (object);
}

static void
rk_resources_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RkResourcesView *self = RK_RESOURCES_VIEW (object);

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
rk_resources_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RkResourcesView *self = RK_RESOURCES_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      rk_resources_view_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The tab's shortcuts are bindings of the view: they work while the focus
 * is inside it. Shown (from the view switcher, or with Alt+1), the tab takes
 * the keyboard unless the user is already at work in it.
 */
static void
rk_resources_view_map (GtkWidget *widget)
{
  RkResourcesView *self = RK_RESOURCES_VIEW (widget);
  GtkRoot *root;
  GtkWidget *focus;

  GTK_WIDGET_CLASS (rk_resources_view_parent_class)->map (widget);

  root = gtk_widget_get_root (widget);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, widget))
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
rk_resources_view_class_init (RkResourcesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_resources_view_dispose;
  widget_class->map = rk_resources_view_map;
  object_class->finalize = rk_resources_view_finalize;
  object_class->get_property = rk_resources_view_get_property;
  object_class->set_property = rk_resources_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, RK_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RK_TYPE_RESOURCES_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/renkei/Renkei/ui/rk-resources-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, capability_button);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, capability_box);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, stale_button);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, stale_age_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, closed_check);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, column_view);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, map_area);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, coverage_grid);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, detail);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, status_label);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, RkResourcesView, paned);

  _rk_resources_view_class_actions_init (widget_class);
}

static void
rk_resources_view_init (RkResourcesView *self)
{
  self->bench_start = g_get_monotonic_time ();

  gtk_widget_init_template (GTK_WIDGET (self));

  rk_resource_filter_init (&self->filter);
  self->capability_checks = g_ptr_array_new ();
  self->computed_cells = g_ptr_array_new ();
  self->map = rk_resource_map_new ();
  self->map_stale = TRUE;
  self->coverage_stale = TRUE;

  fill_kind_dropdown (self);
  fill_municipality_dropdown (self);
  _rk_resources_view_add_columns (self);
  _rk_resources_view_init_map (self);

  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect (self->kind_dropdown, "notify::selected", G_CALLBACK (kind_selected_cb), self);
  g_signal_connect (self->municipality_dropdown, "notify::selected",
                    G_CALLBACK (municipality_selected_cb), self);
  g_signal_connect_swapped (self->stale_button, "toggled", G_CALLBACK (stale_changed_cb), self);
  g_signal_connect_swapped (self->stale_age_dropdown, "notify::selected",
                            G_CALLBACK (stale_changed_cb), self);
  g_signal_connect (self->closed_check, "toggled", G_CALLBACK (closed_toggled_cb), self);
  g_signal_connect (self->view_stack, "notify::visible-child", G_CALLBACK (view_page_changed_cb),
                    self);

  if (g_getenv ("RK_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (self, "realize", G_CALLBACK (bench_realize_cb), self);

  _rk_resources_view_update_actions (self);
}

/**
 * rk_resources_view_get_database:
 *
 * Returns: (transfer none) (nullable): the workspace shown
 */
RkDatabase *
rk_resources_view_get_database (RkResourcesView *self)
{
  g_return_val_if_fail (RK_IS_RESOURCES_VIEW (self), NULL);

  return self->db;
}

/**
 * rk_resources_view_set_database:
 * @db: (nullable): the workspace to show, or %NULL when none is open
 */
void
rk_resources_view_set_database (RkResourcesView *self,
                                RkDatabase      *db)
{
  g_return_if_fail (RK_IS_RESOURCES_VIEW (self));

  if (self->db == db)
    return;

  if (self->db != NULL)
    {
      g_clear_signal_handler (&self->committed_id, self->db);
      rk_resources_detail_set_resource (self->detail, NULL);
      if (self->selection != NULL)
        g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);
      self->selected_id = 0;
      gtk_column_view_set_model (self->column_view, NULL);
      g_clear_object (&self->selection);
      g_clear_object (&self->model);
      g_clear_pointer (&self->municipality_names, g_hash_table_unref);
    }

  g_set_object (&self->db, db);
  /* Before the list's query: it resets the municipality filter. */
  fill_municipality_dropdown (self);

  if (db != NULL)
    {
      g_auto(GStrv) params = NULL;
      g_autofree char *sql = NULL;

      self->municipality_names = rk_directory_municipality_names (db);
      sql = rk_resource_filter_build_list_sql (&self->filter, &params);
      self->model = rk_query_model_new (db, RK_TYPE_ORGANIZATION, "SELECT 0 WHERE 0");
      rk_query_model_watch (self->model, "resource_capability");
      rk_query_model_set_query (self->model, sql, (const char * const *) params);
      apply_search (self);

      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb),
                        self);
      g_signal_connect_after (self->model, "items-changed", G_CALLBACK (model_items_changed_cb),
                              self);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

      self->committed_id = g_signal_connect_object (db, "committed", G_CALLBACK (committed_cb),
                                                    self, G_CONNECT_SWAPPED);
    }

  rk_resources_detail_set_database (self->detail, db);
  fill_capability_box (self);
  self->map_stale = TRUE;
  self->coverage_stale = TRUE;
  update_status (self);
  _rk_resources_view_update_actions (self);
  view_page_changed_cb (self->view_stack, NULL, self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}
