/* rk-resource-map.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* One resource on the map: its row, position and kind (the index of its
 * kind in RK_TERMS_ORGANIZATION_KIND, which picks its colour).
 */
typedef struct
{
  gint64 id;
  double latitude;
  double longitude;
  guint  kind;
} RkMapPoint;

typedef struct _RkResourceMap RkResourceMap;

RkResourceMap *rk_resource_map_new            (void);
void           rk_resource_map_free           (RkResourceMap    *self);
void           rk_resource_map_set_points     (RkResourceMap    *self,
                                               const RkMapPoint *points,
                                               guint             n_points);
guint          rk_resource_map_get_n_points   (RkResourceMap    *self);
void           rk_resource_map_set_kind_labels (RkResourceMap   *self,
                                               const char * const *labels);
void           rk_resource_map_fit            (RkResourceMap    *self,
                                               double            width,
                                               double            height);
gboolean       rk_resource_map_is_fitted      (RkResourceMap    *self);
void           rk_resource_map_zoom           (RkResourceMap    *self,
                                               double            factor,
                                               double            x,
                                               double            y,
                                               double            width,
                                               double            height);
void           rk_resource_map_pan            (RkResourceMap    *self,
                                               double            dx,
                                               double            dy);
void           rk_resource_map_set_selected   (RkResourceMap    *self,
                                               gint64            id);
gint64         rk_resource_map_hit            (RkResourceMap    *self,
                                               double            x,
                                               double            y,
                                               double            width,
                                               double            height,
                                               double            radius);
void           rk_resource_map_project        (RkResourceMap    *self,
                                               double            latitude,
                                               double            longitude,
                                               double            width,
                                               double            height,
                                               double           *x,
                                               double           *y);
double         rk_resource_map_scale_bar      (RkResourceMap    *self,
                                               double            max_px,
                                               double           *length_px);
void           rk_resource_map_kind_color     (guint             kind,
                                               double           *r,
                                               double           *g,
                                               double           *b);
void           rk_resource_map_draw           (RkResourceMap    *self,
                                               cairo_t          *cr,
                                               double            width,
                                               double            height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkResourceMap, rk_resource_map_free)

G_END_DECLS
