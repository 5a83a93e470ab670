/* rk-entity.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-entity"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gobject/gvaluecollector.h>
#include <math.h>

#include "rk-database-private.h"
#include "rk-entity.h"

typedef struct
{
  RkDatabase *db;
  gint64      id;
  GValue     *values;     /* one per column, in class order */
  guint       n_values;
} RkEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RkEntity, rk_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static char *
column_name (GParamSpec *pspec)
{
  char *name = g_strdup (pspec->name);

  g_strdelimit (name, "-", '_');
  return name;
}

static gboolean
pspec_is_nullable_int (GParamSpec *pspec)
{
  if (G_IS_PARAM_SPEC_INT (pspec))
    return G_PARAM_SPEC_INT (pspec)->minimum == -1;
  if (G_IS_PARAM_SPEC_INT64 (pspec))
    return G_PARAM_SPEC_INT64 (pspec)->minimum == -1;
  return FALSE;
}

static void
ensure_values (RkEntity *self)
{
  RkEntityPrivate *priv = rk_entity_get_instance_private (self);
  RkEntityClass *klass = RK_ENTITY_GET_CLASS (self);

  if (priv->values != NULL || klass->columns == NULL)
    return;

  priv->n_values = klass->columns->len;
  priv->values = g_new0 (GValue, priv->n_values);
  for (guint i = 0; i < priv->n_values; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      g_value_init (&priv->values[i], G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_param_value_set_default (pspec, &priv->values[i]);
    }
}

static int
column_index (RkEntity   *self,
              const char *property)
{
  RkEntityClass *klass = RK_ENTITY_GET_CLASS (self);

  if (klass->columns == NULL)
    return -1;

  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      if (g_strcmp0 (pspec->name, property) == 0)
        return i;
    }

  return -1;
}

static GParamSpec *
find_column (RkEntityClass *klass,
             const char    *property)
{
  for (guint i = 0; klass->columns != NULL && i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      if (g_strcmp0 (pspec->name, property) == 0)
        return pspec;
    }

  return NULL;
}

static void
read_column (sqlite3_stmt *stmt,
             int           col,
             GParamSpec   *pspec,
             GValue       *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  gboolean is_null = sqlite3_column_type (stmt, col) == SQLITE_NULL;

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    g_value_set_string (value, is_null ? NULL : (const char *) sqlite3_column_text (stmt, col));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, sqlite3_column_int (stmt, col) != 0);
  else if (type == G_TYPE_INT)
    g_value_set_int (value, is_null && pspec_is_nullable_int (pspec) ? -1 : sqlite3_column_int (stmt, col));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, is_null && pspec_is_nullable_int (pspec) ? -1 : sqlite3_column_int64 (stmt, col));
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (value, is_null ? NAN : sqlite3_column_double (stmt, col));
  else if (G_TYPE_IS_ENUM (type))
    g_value_set_enum (value, sqlite3_column_int (stmt, col));
  else
    g_critical ("Column %s has a type RkEntity cannot store", pspec->name);
}

static int
bind_value (sqlite3_stmt *stmt,
            int           idx,
            GParamSpec   *pspec,
            const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (value);
      return s == NULL ? sqlite3_bind_null (stmt, idx)
                       : sqlite3_bind_text (stmt, idx, s, -1, SQLITE_TRANSIENT);
    }
  if (type == G_TYPE_BOOLEAN)
    return sqlite3_bind_int (stmt, idx, g_value_get_boolean (value) ? 1 : 0);
  if (type == G_TYPE_INT)
    {
      int v = g_value_get_int (value);
      return v == -1 && pspec_is_nullable_int (pspec) ? sqlite3_bind_null (stmt, idx)
                                                      : sqlite3_bind_int (stmt, idx, v);
    }
  if (type == G_TYPE_INT64)
    {
      gint64 v = g_value_get_int64 (value);
      return v == -1 && pspec_is_nullable_int (pspec) ? sqlite3_bind_null (stmt, idx)
                                                      : sqlite3_bind_int64 (stmt, idx, v);
    }
  if (type == G_TYPE_DOUBLE)
    {
      double v = g_value_get_double (value);
      return isnan (v) ? sqlite3_bind_null (stmt, idx) : sqlite3_bind_double (stmt, idx, v);
    }
  if (G_TYPE_IS_ENUM (type))
    return sqlite3_bind_int (stmt, idx, g_value_get_enum (value));

  return SQLITE_MISUSE;
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_DOUBLE)
    {
      double x = g_value_get_double (a);
      double y = g_value_get_double (b);

      /* g_param_values_cmp() calls NaN equal to everything. */
      return (isnan (x) && isnan (y)) || x == y;
    }

  return g_param_values_cmp (pspec, a, b) == 0;
}

static const char *
select_sql (RkEntityClass *klass)
{
  if (klass->select_sql == NULL)
    {
      g_autoptr(GString) sql = g_string_new ("SELECT ");

      for (guint i = 0; i < klass->columns->len; i++)
        {
          g_autofree char *name = column_name (g_ptr_array_index (klass->columns, i));
          char *quoted = sqlite3_mprintf ("%s\"%w\"", i > 0 ? ", " : "", name);

          g_string_append (sql, quoted);
          sqlite3_free (quoted);
        }
      g_string_append_printf (sql, " FROM main.\"%s\" WHERE id = ?", klass->table);
      klass->select_sql = g_string_free (g_steal_pointer (&sql), FALSE);
    }

  return klass->select_sql;
}

static gboolean
load (RkEntity  *self,
      GError   **error)
{
  RkEntityPrivate *priv = rk_entity_get_instance_private (self);
  RkEntityClass *klass = RK_ENTITY_GET_CLASS (self);
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  g_auto(RkStatement) stmt = NULL;
  int rc;

  ensure_values (self);

  stmt = rk_database_prepare (priv->db, select_sql (klass), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, priv->id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_NOT_FOUND,
                     _("The record no longer exists (it may have been deleted)."));
      else
        rk_database_set_error (priv->db, error, rc, _("read a record"));
      return FALSE;
    }

  for (guint i = 0; i < priv->n_values; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);
      g_auto(GValue) value = G_VALUE_INIT;

      read_column (stmt, i, pspec, &value);
      if (!values_equal (pspec, &value, &priv->values[i]))
        {
          g_value_copy (&value, &priv->values[i]);
          g_ptr_array_add (changed, pspec);
        }
    }

  if (changed->len > 0)
    {
      g_object_freeze_notify (G_OBJECT (self));
      for (guint i = 0; i < changed->len; i++)
        g_object_notify_by_pspec (G_OBJECT (self), g_ptr_array_index (changed, i));
      g_object_thaw_notify (G_OBJECT (self));
    }

  return TRUE;
}

static GHashTable *
table_map (RkDatabase *db,
           const char *table,
           gboolean    create)
{
  GHashTable *map = _rk_database_get_entities (db);
  GHashTable *rows = g_hash_table_lookup (map, table);

  if (rows == NULL && create)
    {
      rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_hash_table_insert (map, (gpointer) g_intern_string (table), rows);
    }

  return rows;
}

/* Runs @sql's writes inside the caller's transaction, or in a new one of
 * its own labelled @undo_label.
 */
static RkTransaction *
begin_if_needed (RkDatabase  *db,
                 const char  *undo_label,
                 gboolean    *ok,
                 GError     **error)
{
  RkTransaction *tx = NULL;

  *ok = TRUE;
  if (!rk_database_in_transaction (db))
    {
      tx = rk_database_begin (db, undo_label, error);
      *ok = tx != NULL;
    }

  return tx;
}

static gboolean
collect_values (RkEntityClass  *klass,
                const char     *first_property,
                va_list         args,
                GPtrArray      *pspecs,
                GArray         *values,
                GError        **error)
{
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = find_column (klass, name);
      GValue value = G_VALUE_INIT;
      g_autofree char *collect_error = NULL;

      if (pspec == NULL)
        {
          g_critical ("%s has no column “%s”", G_OBJECT_CLASS_NAME (klass), name);
          g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                       "%s has no column “%s”", G_OBJECT_CLASS_NAME (klass), name);
          return FALSE;
        }

      G_VALUE_COLLECT_INIT (&value, G_PARAM_SPEC_VALUE_TYPE (pspec), args, 0, &collect_error);
      if (collect_error != NULL)
        {
          g_critical ("%s", collect_error);
          g_set_error_literal (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED, collect_error);
          return FALSE;
        }

      g_ptr_array_add (pspecs, pspec);
      g_array_append_val (values, value);
    }

  return TRUE;
}

static gboolean
write_row (RkDatabase  *db,
           const char  *sql,
           GPtrArray   *pspecs,
           GArray      *values,
           gint64       id,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("prepare a change"));
      return FALSE;
    }

  for (guint i = 0; i < pspecs->len; i++)
    bind_value (stmt, i + 1, g_ptr_array_index (pspecs, i), &g_array_index (values, GValue, i));
  if (id > 0)
    sqlite3_bind_int64 (stmt, pspecs->len + 1, id);

  return rk_database_step_done (db, stmt, error);
}

/*
 * GObject overrides
 */

static void
rk_entity_finalize (GObject *object)
{
  RkEntity *self = (RkEntity *)object;
  RkEntityPrivate *priv = rk_entity_get_instance_private (self);

  if (priv->db != NULL)
    {
      GHashTable *rows = table_map (priv->db, RK_ENTITY_GET_CLASS (self)->table, FALSE);

      if (rows != NULL && g_hash_table_lookup (rows, &priv->id) == self)
        g_hash_table_remove (rows, &priv->id);
      g_clear_object (&priv->db);
    }

  for (guint i = 0; i < priv->n_values; i++)
    g_value_unset (&priv->values[i]);
  g_clear_pointer (&priv->values, g_free);

  G_OBJECT_CLASS (rk_entity_parent_class)->finalize (object);
}

static void
rk_entity_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RkEntity *self = RK_ENTITY (object);
  RkEntityPrivate *priv = rk_entity_get_instance_private (self);

  /* rk_entity_class_install_columns() gives subclasses this vfunc too. */
  if (pspec->owner_type != RK_TYPE_ENTITY)
    {
      ensure_values (self);
      g_return_if_fail (prop_id >= 1 && prop_id <= priv->n_values);
      g_value_copy (&priv->values[prop_id - 1], value);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_entity_class_init (RkEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rk_entity_finalize;
  object_class->get_property = rk_entity_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rk_entity_init (RkEntity *self)
{
}

/*
 * Private API (rk-database.c)
 */

GHashTable *
_rk_entity_map_new (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
}

void
_rk_entity_map_reload (GHashTable *map,
                       RkDatabase *db,
                       const char *table,
                       gint64      rowid)
{
  GHashTable *rows = g_hash_table_lookup (map, table);

  if (rows == NULL)
    return;

  if (rowid == 0)
    {
      g_autoptr(GList) entities = g_hash_table_get_values (rows);

      for (const GList *l = entities; l != NULL; l = l->next)
        load (l->data, NULL);
    }
  else
    {
      RkEntity *entity = g_hash_table_lookup (rows, &rowid);

      if (entity != NULL)
        load (entity, NULL);
    }
}

/*
 * Public API
 */

void
rk_entity_class_set_table (RkEntityClass *klass,
                           const char    *table)
{
  g_return_if_fail (RK_IS_ENTITY_CLASS (klass));

  klass->table = g_intern_string (table);
}

const char *
rk_entity_class_get_table (RkEntityClass *klass)
{
  g_return_val_if_fail (RK_IS_ENTITY_CLASS (klass), NULL);

  return klass->table;
}

/**
 * rk_entity_class_install_columns:
 * @klass: an #RkEntityClass
 * @pspecs: (array length=n_pspecs): the columns; the first element is
 *   ignored, as with g_object_class_install_properties()
 * @n_pspecs: length of @pspecs
 *
 * Installs the columns as read-only properties.
 */
void
rk_entity_class_install_columns (RkEntityClass  *klass,
                                 GParamSpec    **pspecs,
                                 guint           n_pspecs)
{
  g_return_if_fail (RK_IS_ENTITY_CLASS (klass));
  g_return_if_fail (klass->columns == NULL);

  /* GObject does not inherit get_property: every class that installs
   * properties brings its own. Columns are all served by this one.
   */
  G_OBJECT_CLASS (klass)->get_property = rk_entity_get_property;

  klass->columns = g_ptr_array_new ();
  for (guint i = 1; i < n_pspecs; i++)
    {
      g_return_if_fail ((pspecs[i]->flags & G_PARAM_WRITABLE) == 0);
      g_ptr_array_add (klass->columns, pspecs[i]);
    }

  g_object_class_install_properties (G_OBJECT_CLASS (klass), n_pspecs, pspecs);
}

gint64
rk_entity_get_id (RkEntity *self)
{
  RkEntityPrivate *priv = rk_entity_get_instance_private (self);

  g_return_val_if_fail (RK_IS_ENTITY (self), 0);

  return priv->id;
}

/**
 * rk_entity_get_database:
 *
 * Returns: (transfer none): the workspace the row belongs to
 */
RkDatabase *
rk_entity_get_database (RkEntity *self)
{
  RkEntityPrivate *priv = rk_entity_get_instance_private (self);

  g_return_val_if_fail (RK_IS_ENTITY (self), NULL);

  return priv->db;
}

static const GValue *
get_value (RkEntity   *self,
           const char *property,
           GType       type)
{
  RkEntityPrivate *priv = rk_entity_get_instance_private (self);
  int i = column_index (self, property);

  g_return_val_if_fail (i >= 0, NULL);

  ensure_values (self);
  g_return_val_if_fail (G_VALUE_HOLDS (&priv->values[i], type) ||
                        (type == G_TYPE_INT64 && (G_VALUE_HOLDS_INT (&priv->values[i]) ||
                                                  G_VALUE_HOLDS_ENUM (&priv->values[i]))), NULL);

  return &priv->values[i];
}

/**
 * rk_entity_get_string:
 *
 * Returns: (nullable): the column's text, valid until the row changes
 */
const char *
rk_entity_get_string (RkEntity   *self,
                      const char *property)
{
  const GValue *value;

  g_return_val_if_fail (RK_IS_ENTITY (self), NULL);

  value = get_value (self, property, G_TYPE_STRING);
  return value != NULL ? g_value_get_string (value) : NULL;
}

/**
 * rk_entity_get_int:
 *
 * Reads an integer or enum column (-1 for NULL in a nullable one).
 */
gint64
rk_entity_get_int (RkEntity   *self,
                   const char *property)
{
  const GValue *value;

  g_return_val_if_fail (RK_IS_ENTITY (self), 0);

  value = get_value (self, property, G_TYPE_INT64);
  if (value == NULL)
    return 0;
  if (G_VALUE_HOLDS_INT (value))
    return g_value_get_int (value);
  if (G_VALUE_HOLDS_ENUM (value))
    return g_value_get_enum (value);
  return g_value_get_int64 (value);
}

double
rk_entity_get_double (RkEntity   *self,
                      const char *property)
{
  const GValue *value;

  g_return_val_if_fail (RK_IS_ENTITY (self), NAN);

  value = get_value (self, property, G_TYPE_DOUBLE);
  return value != NULL ? g_value_get_double (value) : NAN;
}

gboolean
rk_entity_get_boolean (RkEntity   *self,
                       const char *property)
{
  const GValue *value;

  g_return_val_if_fail (RK_IS_ENTITY (self), FALSE);

  value = get_value (self, property, G_TYPE_BOOLEAN);
  return value != NULL && g_value_get_boolean (value);
}

/**
 * rk_entity_lookup:
 * @db: the workspace
 * @type: a subclass of #RkEntity
 * @id: the row
 * @error: return location for an error
 *
 * Returns the live object for a row, loading it if no view holds it yet.
 *
 * Returns: (transfer full) (type RkEntity) (nullable): the row
 */
gpointer
rk_entity_lookup (RkDatabase  *db,
                  GType        type,
                  gint64       id,
                  GError     **error)
{
  g_autoptr(GTypeClass) klass = NULL;
  g_autoptr(RkEntity) self = NULL;
  RkEntityPrivate *priv;
  GHashTable *rows;
  RkEntity *found;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);
  g_return_val_if_fail (g_type_is_a (type, RK_TYPE_ENTITY), NULL);

  klass = g_type_class_ref (type);
  rows = table_map (db, RK_ENTITY_CLASS (klass)->table, TRUE);
  found = g_hash_table_lookup (rows, &id);
  if (found != NULL)
    return g_object_ref (found);

  self = g_object_new (type, NULL);
  priv = rk_entity_get_instance_private (self);
  priv->db = g_object_ref (db);
  priv->id = id;

  if (!load (self, error))
    return NULL;

  g_hash_table_insert (rows, g_memdup2 (&id, sizeof id), self);
  return g_steal_pointer (&self);
}

/**
 * rk_entity_create:
 * @db: the workspace
 * @type: a subclass of #RkEntity
 * @undo_label: (nullable): what the user did; used when no transaction is
 *   open, otherwise the row joins the open one
 * @error: return location for an error
 * @first_property: the first column to set, then its value, then more
 *   pairs, ending with %NULL; columns left out take the table's defaults
 *
 * Inserts a row.
 *
 * Returns: (transfer full) (type RkEntity) (nullable): the new row
 */
gpointer
rk_entity_create (RkDatabase  *db,
                  GType        type,
                  const char  *undo_label,
                  GError     **error,
                  const char  *first_property,
                  ...)
{
  g_autoptr(GTypeClass) klass = NULL;
  g_autoptr(GPtrArray) pspecs = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(GString) params = g_string_new (NULL);
  gboolean ok;
  gint64 id;
  va_list args;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);
  g_return_val_if_fail (g_type_is_a (type, RK_TYPE_ENTITY), NULL);

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  klass = g_type_class_ref (type);

  va_start (args, first_property);
  ok = collect_values (RK_ENTITY_CLASS (klass), first_property, args, pspecs, values, error);
  va_end (args);
  if (!ok)
    return NULL;

  sql = g_string_new (NULL);
  g_string_printf (sql, "INSERT INTO main.\"%s\" ", RK_ENTITY_CLASS (klass)->table);
  if (pspecs->len == 0)
    g_string_append (sql, "DEFAULT VALUES");
  else
    {
      g_string_append_c (sql, '(');
      for (guint i = 0; i < pspecs->len; i++)
        {
          g_autofree char *name = column_name (g_ptr_array_index (pspecs, i));

          g_string_append_printf (sql, "%s\"%s\"", i > 0 ? ", " : "", name);
          g_string_append (params, i > 0 ? ", ?" : "?");
        }
      g_string_append_printf (sql, ") VALUES (%s)", params->str);
    }

  tx = begin_if_needed (db, undo_label, &ok, error);
  if (!ok || !write_row (db, sql->str, pspecs, values, 0, error))
    return NULL;

  id = sqlite3_last_insert_rowid (rk_database_get_handle (db));
  if (tx != NULL && !rk_transaction_commit (tx, error))
    return NULL;

  return rk_entity_lookup (db, type, id, error);
}

static gboolean
update_columns (RkEntity    *self,
                GPtrArray   *pspecs,
                GArray      *values,
                const char  *undo_label,
                const char  *merge_key,
                GError     **error)
{
  RkEntityPrivate *priv = rk_entity_get_instance_private (self);
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  gboolean ok;

  if (pspecs->len == 0)
    return TRUE;

  g_string_printf (sql, "UPDATE main.\"%s\" SET ", RK_ENTITY_GET_CLASS (self)->table);
  for (guint i = 0; i < pspecs->len; i++)
    {
      g_autofree char *name = column_name (g_ptr_array_index (pspecs, i));

      g_string_append_printf (sql, "%s\"%s\" = ?", i > 0 ? ", " : "", name);
    }
  g_string_append (sql, " WHERE id = ?");

  tx = begin_if_needed (priv->db, undo_label, &ok, error);
  if (!ok)
    return FALSE;
  if (tx != NULL && merge_key != NULL)
    rk_transaction_set_merge_key (tx, merge_key);

  if (!write_row (priv->db, sql->str, pspecs, values, priv->id, error))
    return FALSE;

  return tx == NULL || rk_transaction_commit (tx, error);
}

/**
 * rk_entity_update:
 * @self: a row
 * @undo_label: (nullable): what the user did; used when no transaction is
 *   open, otherwise the change joins the open one
 * @error: return location for an error
 * @first_property: the first column, then its new value, then more pairs,
 *   ending with %NULL
 *
 * Writes the row. The object itself changes (and notifies) when the change
 * is committed.
 */
gboolean
rk_entity_update (RkEntity    *self,
                  const char  *undo_label,
                  GError     **error,
                  const char  *first_property,
                  ...)
{
  g_autoptr(GPtrArray) pspecs = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  gboolean ok;
  va_list args;

  g_return_val_if_fail (RK_IS_ENTITY (self), FALSE);

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);

  va_start (args, first_property);
  ok = collect_values (RK_ENTITY_GET_CLASS (self), first_property, args, pspecs, values, error);
  va_end (args);

  return ok && update_columns (self, pspecs, values, undo_label, NULL, error);
}

/**
 * rk_entity_update_value:
 *
 * Writes one column, skipping the write when the value is unchanged.
 * Successive writes of the same column are one undo step, so typing a
 * word into a field is undone as a whole.
 */
gboolean
rk_entity_update_value (RkEntity      *self,
                        const char    *property,
                        const GValue  *value,
                        const char    *undo_label,
                        GError       **error)
{
  RkEntityPrivate *priv = rk_entity_get_instance_private (self);
  g_autoptr(GPtrArray) pspecs = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_autofree char *merge_key = NULL;
  GValue converted = G_VALUE_INIT;
  GParamSpec *pspec;
  int i;

  g_return_val_if_fail (RK_IS_ENTITY (self), FALSE);

  i = column_index (self, property);
  g_return_val_if_fail (i >= 0, FALSE);
  pspec = g_ptr_array_index (RK_ENTITY_GET_CLASS (self)->columns, i);

  g_value_init (&converted, G_PARAM_SPEC_VALUE_TYPE (pspec));
  if (!g_value_transform (value, &converted))
    {
      g_value_unset (&converted);
      g_return_val_if_reached (FALSE);
    }

  ensure_values (self);
  if (values_equal (pspec, &converted, &priv->values[i]))
    {
      g_value_unset (&converted);
      return TRUE;
    }

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  g_ptr_array_add (pspecs, pspec);
  g_array_append_val (values, converted);

  merge_key = g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%s",
                               RK_ENTITY_GET_CLASS (self)->table, priv->id, property);
  return update_columns (self, pspecs, values, undo_label, merge_key, error);
}

/**
 * rk_entity_delete:
 *
 * Deletes the row (and, through the schema's foreign keys, what belongs to
 * it). Undo brings all of it back.
 */
gboolean
rk_entity_delete (RkEntity    *self,
                  const char  *undo_label,
                  GError     **error)
{
  RkEntityPrivate *priv = rk_entity_get_instance_private (self);
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(GPtrArray) pspecs = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_autofree char *sql = NULL;
  gboolean ok;

  g_return_val_if_fail (RK_IS_ENTITY (self), FALSE);

  sql = g_strdup_printf ("DELETE FROM main.\"%s\" WHERE id = ?", RK_ENTITY_GET_CLASS (self)->table);

  tx = begin_if_needed (priv->db, undo_label, &ok, error);
  if (!ok)
    return FALSE;

  /* write_row binds the id after the (here: no) values. */
  if (!write_row (priv->db, sql, pspecs, values, priv->id, error))
    return FALSE;

  return tx == NULL || rk_transaction_commit (tx, error);
}

/**
 * rk_entity_reload:
 *
 * Reads the row again. Rarely needed: committed changes reload live rows
 * by themselves.
 */
gboolean
rk_entity_reload (RkEntity  *self,
                  GError   **error)
{
  g_return_val_if_fail (RK_IS_ENTITY (self), FALSE);

  return load (self, error);
}
