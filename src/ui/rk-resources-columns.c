/* rk-resources-columns.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resources-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-column-sort.h"
#include "rk-resources-private.h"
#include "rk-vocabulary.h"

/* The columns of the resource list. Cells are GtkInscriptions (cheap for
 * 200,000 rows), filled from the row's live object when bound and kept up
 * to date by its notifications; the computed ones (capabilities, oldest
 * confirmation) are refreshed when answers change.
 */

typedef enum
{
  CELL_PROPERTY,       /* a column of the row */
  CELL_KIND,
  CELL_MUNICIPALITY,
  CELL_CAPABILITIES,   /* computed */
  CELL_CONFIRMED,      /* computed */
} CellType;

typedef struct
{
  const char     *title;       /* N_() */
  const char     *property;
  CellType        type;
  const char     *sort_key;    /* NULL: not sortable */
  int             width_chars;
  gboolean        expand;
} ColumnInfo;

static const ColumnInfo columns[] = {
  { NC_("resource", "Name"), "name", CELL_PROPERTY, "name", 22, TRUE },
  { N_("Reading"), "kana", CELL_PROPERTY, "kana", 14, FALSE },
  { N_("Kind"), "kind", CELL_KIND, "kind", 10, FALSE },
  { N_("Municipality"), "municipality-code", CELL_MUNICIPALITY, "municipality", 8, FALSE },
  { N_("Address"), "address", CELL_PROPERTY, "address", 20, TRUE },
  { N_("Phone"), "phone", CELL_PROPERTY, "phone", 11, FALSE },
  { N_("Capabilities"), NULL, CELL_CAPABILITIES, NULL, 16, TRUE },
  { N_("Confirmed"), NULL, CELL_CONFIRMED, "confirmed", 9, FALSE },
};

static RkResourceSort
sort_for_key (const char *key)
{
  if (g_strcmp0 (key, "name") == 0)
    return RK_RESOURCE_SORT_NAME;
  if (g_strcmp0 (key, "kind") == 0)
    return RK_RESOURCE_SORT_KIND;
  if (g_strcmp0 (key, "municipality") == 0)
    return RK_RESOURCE_SORT_MUNICIPALITY;
  if (g_strcmp0 (key, "address") == 0)
    return RK_RESOURCE_SORT_ADDRESS;
  if (g_strcmp0 (key, "phone") == 0)
    return RK_RESOURCE_SORT_PHONE;
  if (g_strcmp0 (key, "confirmed") == 0)
    return RK_RESOURCE_SORT_CONFIRMED;
  return RK_RESOURCE_SORT_KANA;
}

static char *
cell_text (RkResourcesView *self,
           const ColumnInfo *info,
           RkEntity        *row)
{
  switch (info->type)
    {
    case CELL_PROPERTY:
      {
        g_autofree char *text = g_strdup (rk_entity_get_string (row, info->property));

        /* Names from the open data may hold line breaks. */
        if (text != NULL)
          g_strdelimit (text, "\r\n", ' ');
        if (info == &columns[0] && rk_entity_get_boolean (row, "closed"))
          /* Translators: a closed resource in the list */
          return g_strdup_printf (_("%s (closed)"), text);
        return g_steal_pointer (&text);
      }
    case CELL_KIND:
      return g_strdup (rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND,
                                           rk_entity_get_string (row, "kind")));
    case CELL_MUNICIPALITY:
      {
        const char *code = rk_entity_get_string (row, "municipality-code");
        const char *name = self->municipality_names != NULL
                           ? g_hash_table_lookup (self->municipality_names, code) : NULL;
        return g_strdup (name != NULL ? name : code);
      }
    case CELL_CAPABILITIES:
      return rk_directory_summarize_answers (self->db, rk_entity_get_id (row));
    case CELL_CONFIRMED:
      {
        g_autofree char *date = rk_directory_oldest_confirmation (self->db, rk_entity_get_id (row));
        return date[0] != '\0' ? g_steal_pointer (&date) : g_strdup (_("Never"));
      }
    default:
      return g_strdup ("");
    }
}

static void
update_cell (GtkInscription *cell)
{
  RkResourcesView *self = g_object_get_data (G_OBJECT (cell), "rk-view");
  const ColumnInfo *info = g_object_get_data (G_OBJECT (cell), "rk-column");
  RkEntity *row = g_object_get_data (G_OBJECT (cell), "rk-row");
  g_autofree char *text = NULL;

  if (row == NULL || self->db == NULL || rk_entity_get_database (row) == NULL)
    {
      gtk_inscription_set_text (cell, NULL);
      return;
    }

  text = cell_text (self, info, row);
  gtk_inscription_set_text (cell, text);
}

/* The whole text of a cell, when the pointer rests on it. (Asked for then,
 * not set on every bind: setting a tooltip makes GTK ask the X server where
 * the pointer is, which for the rows of a first frame adds up.)
 */
static gboolean
query_tooltip_cb (GtkWidget  *cell,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (cell));

  if (text == NULL || text[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
row_notify_cb (RkEntity       *row,
               GParamSpec     *pspec,
               GtkInscription *cell)
{
  update_cell (cell);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          RkResourcesView          *self)
{
  const ColumnInfo *info = g_object_get_data (G_OBJECT (factory), "rk-column");
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), info->width_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  g_object_set_data (G_OBJECT (cell), "rk-view", self);
  g_object_set_data (G_OBJECT (cell), "rk-column", (gpointer) info);
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         RkResourcesView          *self)
{
  const ColumnInfo *info = g_object_get_data (G_OBJECT (factory), "rk-column");
  GtkWidget *cell = gtk_list_item_get_child (item);
  RkEntity *row = gtk_list_item_get_item (item);

  g_object_set_data_full (G_OBJECT (cell), "rk-row", g_object_ref (row), g_object_unref);
  update_cell (GTK_INSCRIPTION (cell));

  if (info->type == CELL_CAPABILITIES || info->type == CELL_CONFIRMED)
    g_ptr_array_add (self->computed_cells, cell);
  else
    g_signal_connect_object (row, "notify", G_CALLBACK (row_notify_cb), cell, 0);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RkResourcesView          *self)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  RkEntity *row = g_object_get_data (G_OBJECT (cell), "rk-row");

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, row_notify_cb, cell);
  g_ptr_array_remove_fast (self->computed_cells, cell);
  g_object_set_data (G_OBJECT (cell), "rk-row", NULL);
}

/**
 * _rk_resources_view_refresh_computed:
 *
 * Recomputes the bound cells whose text comes from other tables (a
 * capability answered, a confirmation recorded).
 */
void
_rk_resources_view_refresh_computed (RkResourcesView *self)
{
  for (guint i = 0; i < self->computed_cells->len; i++)
    update_cell (g_ptr_array_index (self->computed_cells, i));
}

static void
sort_changed (const char *key,
              gboolean    descending,
              gpointer    user_data)
{
  RkResourcesView *self = user_data;
  g_auto(GStrv) params = NULL;
  g_autofree char *sql = NULL;

  self->filter.sort = sort_for_key (key);
  self->filter.descending = key != NULL && descending;
  if (self->model == NULL)
    return;

  sql = rk_resource_filter_build_list_sql (&self->filter, &params);
  rk_query_model_set_query (self->model, sql, (const char * const *) params);
}

static void
activate_cb (GtkColumnView   *view,
             guint            position,
             RkResourcesView *self)
{
  /* Enter on a row: edit it. */
  rk_resources_detail_focus (self->detail);
}

void
_rk_resources_view_add_columns (RkResourcesView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "rk-column", (gpointer) &columns[i]);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);

      column = gtk_column_view_column_new (rk_directory_heading (columns[i].title), g_object_ref (factory));
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      if (columns[i].sort_key != NULL)
        {
          g_autoptr(GtkSorter) sorter = rk_column_sort_new_sorter (columns[i].sort_key);
          gtk_column_view_column_set_sorter (column, sorter);
          g_object_set_data (G_OBJECT (column), "rk-sort-key", (gpointer) columns[i].sort_key);
        }
      gtk_column_view_append_column (self->column_view, column);
    }

  rk_column_sort_attach (self->column_view, sort_changed, self);

  /* Delete in the list deletes the selected resource (Undo in the toast). */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                            gtk_named_action_new ("resources.delete")));
    gtk_widget_add_controller (GTK_WIDGET (self->column_view), shortcuts);
  }
  g_signal_connect (self->column_view, "activate", G_CALLBACK (activate_cb), self);
}
