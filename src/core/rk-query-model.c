/* rk-query-model.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-query-model"

#include "config.h"

#include "rk-database-private.h"
#include "rk-entity.h"
#include "rk-query-model.h"

/* Rows a view asked for recently stay loaded, so scrolling back and forth
 * does not read them again; GTK holds the visible ones itself.
 */
#define CACHE_SIZE 512

/**
 * RkQueryModel:
 *
 * A #GListModel of #RkEntity rows chosen and ordered by one SQL query that
 * returns their ids. Only the ids are read when the query runs (200,000 of
 * them take 1.6 MB); a row is loaded when a view asks for it. The model
 * re-runs its query whenever a transaction touches one of the tables it
 * watches, and reports the difference as one items-changed.
 */
struct _RkQueryModel
{
  GObject        parent_instance;

  RkDatabase    *db;
  GType          item_type;
  char          *sql;
  GStrv          params;
  GHashTable    *watched;     /* interned table names */
  gulong         committed_id;

  GArray        *ids;         /* gint64 */
  GHashTable    *cache;       /* gint64 * → RkEntity * */

  /* An optional narrowing (search-as-you-type): the main query's ids are
   * kept, so a new search runs only its own query and filters them.
   */
  char          *search_sql;
  GStrv          search_params;
  GArray        *base_ids;    /* the main query's, or NULL when stale */
  gint64         base_max_id;
  GQueue         cache_order; /* gint64 *, owned by cache keys */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RkQueryModel, rk_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean update (RkQueryModel  *self,
                        GError       **error);

/*
 * Auxiliary methods
 */

static GArray *
run_ids (RkQueryModel        *self,
         const char          *sql,
         const char * const  *params,
         GError             **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = rk_database_get_handle (self->db);
  int rc;

  if (db == NULL)
    return g_steal_pointer (&ids);

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (self->db, error, rc, "run a list query");
      return NULL;
    }

  for (guint i = 0; params != NULL && params[i] != NULL; i++)
    sqlite3_bind_text (stmt, i + 1, params[i], -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (self->db, error, rc, "run a list query");
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/* The list: the main query's ids, narrowed by the search's if there is
 * one. The narrowing keeps the main query's order with one pass over its
 * ids and a bit per row, so that a keystroke costs the search query and
 * not a sort of its results.
 */
static GArray *
run_query (RkQueryModel  *self,
           GError       **error)
{
  g_autoptr(GArray) found = NULL;
  g_autofree guint8 *bits = NULL;
  GArray *ids;

  if (self->base_ids == NULL)
    {
      self->base_ids = run_ids (self, self->sql, (const char * const *) self->params, error);
      if (self->base_ids == NULL)
        return NULL;
      self->base_max_id = 0;
      for (guint i = 0; i < self->base_ids->len; i++)
        self->base_max_id = MAX (self->base_max_id, g_array_index (self->base_ids, gint64, i));
    }

  if (self->search_sql == NULL)
    {
      ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->base_ids->len);
      g_array_append_vals (ids, self->base_ids->data, self->base_ids->len);
      return ids;
    }

  found = run_ids (self, self->search_sql, (const char * const *) self->search_params, error);
  if (found == NULL)
    return NULL;

  bits = g_malloc0 (self->base_max_id / 8 + 1);
  for (guint i = 0; i < found->len; i++)
    {
      gint64 id = g_array_index (found, gint64, i);
      if (id > 0 && id <= self->base_max_id)
        bits[id / 8] |= 1 << (id % 8);
    }

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), MIN (found->len, self->base_ids->len));
  for (guint i = 0; i < self->base_ids->len; i++)
    {
      gint64 id = g_array_index (self->base_ids, gint64, i);
      if (id > 0 && (bits[id / 8] & (1 << (id % 8))))
        g_array_append_val (ids, id);
    }

  return ids;
}

static void
clear_cache (RkQueryModel *self)
{
  g_queue_clear (&self->cache_order);
  g_hash_table_remove_all (self->cache);
}

static void
committed_cb (RkQueryModel       *self,
              const char * const *tables,
              RkDatabase         *db)
{
  for (guint i = 0; tables[i] != NULL; i++)
    {
      if (g_hash_table_contains (self->watched, g_intern_string (tables[i])))
        {
          g_autoptr(GError) error = NULL;

          if (!rk_query_model_refresh (self, &error))
            g_warning ("Could not refresh a list: %s", error->message);
          return;
        }
    }
}

/*
 * GListModel
 */

static GType
rk_query_model_get_item_type (GListModel *model)
{
  return RK_QUERY_MODEL (model)->item_type;
}

static guint
rk_query_model_get_n_items (GListModel *model)
{
  return RK_QUERY_MODEL (model)->ids->len;
}

static gpointer
rk_query_model_get_item (GListModel *model,
                         guint       position)
{
  RkQueryModel *self = RK_QUERY_MODEL (model);
  g_autoptr(GError) error = NULL;
  RkEntity *entity;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  entity = g_hash_table_lookup (self->cache, &id);
  if (entity != NULL)
    return g_object_ref (entity);

  entity = rk_entity_lookup (self->db, self->item_type, id, &error);
  if (entity == NULL)
    {
      /* A row deleted by another connection between the query and now:
       * hand out an empty row rather than break the view's contract.
       */
      g_debug ("Row %" G_GINT64_FORMAT " vanished: %s", id, error->message);
      return g_object_new (self->item_type, NULL);
    }

  if (g_queue_get_length (&self->cache_order) >= CACHE_SIZE)
    {
      gint64 *oldest = g_queue_pop_head (&self->cache_order);
      g_hash_table_remove (self->cache, oldest);
    }

  {
    gint64 *key = g_memdup2 (&id, sizeof id);

    g_hash_table_insert (self->cache, key, g_object_ref (entity));
    g_queue_push_tail (&self->cache_order, key);
  }

  return entity;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = rk_query_model_get_item_type;
  iface->get_n_items = rk_query_model_get_n_items;
  iface->get_item = rk_query_model_get_item;
}

/*
 * GObject overrides
 */

static void
rk_query_model_dispose (GObject *object)
{
  RkQueryModel *self = (RkQueryModel *)object;

  if (self->db != NULL)
    g_clear_signal_handler (&self->committed_id, self->db);
  clear_cache (self);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (rk_query_model_parent_class)->dispose (object);
}

static void
rk_query_model_finalize (GObject *object)
{
  RkQueryModel *self = (RkQueryModel *)object;

  g_clear_pointer (&self->sql, g_free);
  g_clear_pointer (&self->params, g_strfreev);
  g_clear_pointer (&self->watched, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->search_sql, g_free);
  g_clear_pointer (&self->search_params, g_strfreev);
  g_clear_pointer (&self->base_ids, g_array_unref);

  G_OBJECT_CLASS (rk_query_model_parent_class)->finalize (object);
}

static void
rk_query_model_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RkQueryModel *self = RK_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_query_model_class_init (RkQueryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rk_query_model_dispose;
  object_class->finalize = rk_query_model_finalize;
  object_class->get_property = rk_query_model_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rk_query_model_init (RkQueryModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->watched = g_hash_table_new (NULL, NULL);
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_queue_init (&self->cache_order);
}

/*
 * Public API
 */

/**
 * rk_query_model_new:
 * @db: the workspace
 * @item_type: the #RkEntity subclass of the rows
 * @sql: a query whose first column is the rows' ids, in list order
 *
 * Creates the model and runs the query once. It watches @item_type's
 * table; add the tables of any join with rk_query_model_watch().
 *
 * Returns: (transfer full): a new model
 */
RkQueryModel *
rk_query_model_new (RkDatabase *db,
                    GType       item_type,
                    const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTypeClass) klass = NULL;
  RkQueryModel *self;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, RK_TYPE_ENTITY), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  self = g_object_new (RK_TYPE_QUERY_MODEL, NULL);
  self->db = g_object_ref (db);
  self->item_type = item_type;
  self->sql = g_strdup (sql);

  klass = g_type_class_ref (item_type);
  rk_query_model_watch (self, rk_entity_class_get_table (RK_ENTITY_CLASS (klass)));

  self->committed_id = g_signal_connect_object (db, "committed", G_CALLBACK (committed_cb),
                                                self, G_CONNECT_SWAPPED);

  if (!rk_query_model_refresh (self, &error))
    g_warning ("%s", error->message);

  return self;
}

/**
 * rk_query_model_set_query:
 * @self: a #RkQueryModel
 * @sql: the new query (ids first)
 * @params: (nullable) (array zero-terminated=1): text bound to the
 *   query's parameters in order
 *
 * Replaces the query (a new filter or sort order) and runs it.
 */
void
rk_query_model_set_query (RkQueryModel       *self,
                          const char         *sql,
                          const char * const *params)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RK_IS_QUERY_MODEL (self));
  g_return_if_fail (sql != NULL);

  g_free (self->sql);
  self->sql = g_strdup (sql);
  g_strfreev (self->params);
  self->params = g_strdupv ((char **) params);
  g_clear_pointer (&self->base_ids, g_array_unref);

  if (!rk_query_model_refresh (self, &error))
    g_warning ("%s", error->message);
}

/**
 * rk_query_model_set_search:
 * @self: a #RkQueryModel
 * @sql: (nullable): a query returning the ids to keep, in any order (a
 *   full-text search), or %NULL to keep every row of the main query
 * @params: (nullable) (array zero-terminated=1): text bound to its
 *   parameters
 *
 * Narrows the list to the rows @sql returns, in the main query's order.
 * The main query is not run again: its ids are kept, so search-as-you-type
 * costs one search query per keystroke, however large the list.
 */
void
rk_query_model_set_search (RkQueryModel       *self,
                           const char         *sql,
                           const char * const *params)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RK_IS_QUERY_MODEL (self));

  g_free (self->search_sql);
  self->search_sql = g_strdup (sql);
  g_strfreev (self->search_params);
  self->search_params = g_strdupv ((char **) params);

  if (!update (self, &error))
    g_warning ("%s", error->message);
}

void
rk_query_model_watch (RkQueryModel *self,
                      const char   *table)
{
  g_return_if_fail (RK_IS_QUERY_MODEL (self));

  g_hash_table_add (self->watched, (gpointer) g_intern_string (table));
}

/**
 * rk_query_model_refresh:
 *
 * Runs the query again and emits the smallest items-changed that turns the
 * old list into the new one (none when nothing moved).
 */
gboolean
rk_query_model_refresh (RkQueryModel  *self,
                        GError       **error)
{
  g_return_val_if_fail (RK_IS_QUERY_MODEL (self), FALSE);

  g_clear_pointer (&self->base_ids, g_array_unref);
  return update (self, error);
}

static gboolean
update (RkQueryModel  *self,
        GError       **error)
{
  g_autoptr(GArray) old_ids = NULL;
  GArray *ids;
  guint prefix = 0;
  guint suffix = 0;
  guint old_len;
  guint new_len;

  ids = run_query (self, error);
  if (ids == NULL)
    return FALSE;

  old_ids = g_steal_pointer (&self->ids);
  self->ids = ids;
  old_len = old_ids->len;
  new_len = ids->len;

  while (prefix < old_len && prefix < new_len &&
         g_array_index (old_ids, gint64, prefix) == g_array_index (ids, gint64, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         g_array_index (old_ids, gint64, old_len - 1 - suffix) ==
         g_array_index (ids, gint64, new_len - 1 - suffix))
    suffix++;

  if (prefix == old_len && prefix == new_len)
    return TRUE;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old_len - prefix - suffix, new_len - prefix - suffix);
  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);

  return TRUE;
}

gint64
rk_query_model_get_id (RkQueryModel *self,
                       guint         position)
{
  g_return_val_if_fail (RK_IS_QUERY_MODEL (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);

  return g_array_index (self->ids, gint64, position);
}

/**
 * rk_query_model_find:
 * @position: (out) (optional): where the row is
 *
 * Returns: whether the row with @id is in the list
 */
gboolean
rk_query_model_find (RkQueryModel *self,
                     gint64        id,
                     guint        *position)
{
  g_return_val_if_fail (RK_IS_QUERY_MODEL (self), FALSE);

  for (guint i = 0; i < self->ids->len; i++)
    {
      if (g_array_index (self->ids, gint64, i) == id)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * rk_query_model_get_database:
 *
 * Returns: (transfer none): the workspace
 */
RkDatabase *
rk_query_model_get_database (RkQueryModel *self)
{
  g_return_val_if_fail (RK_IS_QUERY_MODEL (self), NULL);

  return self->db;
}
