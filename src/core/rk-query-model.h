/* rk-query-model.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_QUERY_MODEL (rk_query_model_get_type ())

G_DECLARE_FINAL_TYPE (RkQueryModel, rk_query_model, RK, QUERY_MODEL, GObject)

RkQueryModel *rk_query_model_new        (RkDatabase          *db,
                                         GType                item_type,
                                         const char          *sql);
void          rk_query_model_set_query  (RkQueryModel        *self,
                                         const char          *sql,
                                         const char * const  *params);
void          rk_query_model_set_search (RkQueryModel        *self,
                                         const char          *sql,
                                         const char * const  *params);
void          rk_query_model_watch      (RkQueryModel        *self,
                                         const char          *table);
gboolean      rk_query_model_refresh    (RkQueryModel        *self,
                                         GError             **error);
gint64        rk_query_model_get_id     (RkQueryModel        *self,
                                         guint                position);
gboolean      rk_query_model_find       (RkQueryModel        *self,
                                         gint64               id,
                                         guint               *position);
RkDatabase   *rk_query_model_get_database (RkQueryModel      *self);

G_END_DECLS
