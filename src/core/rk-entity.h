/* rk-entity.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_ENTITY (rk_entity_get_type ())

G_DECLARE_DERIVABLE_TYPE (RkEntity, rk_entity, RK, ENTITY, GObject)

/**
 * RkEntityClass:
 *
 * One row of one workspace table. A subclass names its table with
 * rk_entity_class_set_table() and declares its columns as read-only
 * properties with rk_entity_class_install_columns(); property "foo-bar"
 * is column foo_bar. Supported types: string, boolean, int, int64, double
 * and enums. A column that may be NULL is a string property whose value is
 * %NULL, an integer property whose minimum is -1 (-1 is NULL), or a double
 * whose value is NaN.
 *
 * Entities are never changed with g_object_set(): rk_entity_update() writes
 * the row in one undoable transaction, and the live object (there is one per
 * row, shared by every view) is reloaded and notifies when the change is
 * committed, including when it is undone.
 */
struct _RkEntityClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char  *table;
  GPtrArray   *columns;
  char        *select_sql;

  gpointer     padding[8];
};

void          rk_entity_class_set_table        (RkEntityClass  *klass,
                                                const char     *table);
void          rk_entity_class_install_columns  (RkEntityClass  *klass,
                                                GParamSpec    **pspecs,
                                                guint           n_pspecs);
const char   *rk_entity_class_get_table        (RkEntityClass  *klass);

gint64        rk_entity_get_id                 (RkEntity       *self);
RkDatabase   *rk_entity_get_database           (RkEntity       *self);

const char   *rk_entity_get_string             (RkEntity       *self,
                                                const char     *property);
gint64        rk_entity_get_int                (RkEntity       *self,
                                                const char     *property);
double        rk_entity_get_double             (RkEntity       *self,
                                                const char     *property);
gboolean      rk_entity_get_boolean            (RkEntity       *self,
                                                const char     *property);

gpointer      rk_entity_lookup                 (RkDatabase     *db,
                                                GType           type,
                                                gint64          id,
                                                GError        **error);
gpointer      rk_entity_create                 (RkDatabase     *db,
                                                GType           type,
                                                const char     *undo_label,
                                                GError        **error,
                                                const char     *first_property,
                                                ...) G_GNUC_NULL_TERMINATED;
gboolean      rk_entity_update                 (RkEntity       *self,
                                                const char     *undo_label,
                                                GError        **error,
                                                const char     *first_property,
                                                ...) G_GNUC_NULL_TERMINATED;
gboolean      rk_entity_update_value           (RkEntity       *self,
                                                const char     *property,
                                                const GValue   *value,
                                                const char     *undo_label,
                                                GError        **error);
gboolean      rk_entity_delete                 (RkEntity       *self,
                                                const char     *undo_label,
                                                GError        **error);

gboolean      rk_entity_reload                 (RkEntity       *self,
                                                GError        **error);

G_END_DECLS
