/* rk-resources-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-directory.h"
#include "rk-query-model.h"
#include "rk-resource-map.h"
#include "rk-resources-detail.h"
#include "rk-resources-view.h"

G_BEGIN_DECLS

struct _RkResourcesView
{
  AdwBin               parent_instance;

  RkDatabase          *db;
  RkQueryModel        *model;
  GtkSingleSelection  *selection;
  RkResourceFilter     filter;         /* without the search text */
  char                *search;
  GtkStringList       *kind_codes;     /* "" first: every kind */
  GtkStringList       *municipality_codes;
  GPtrArray           *capability_checks;
  GHashTable          *municipality_names;
  GPtrArray           *computed_cells; /* GtkInscription *, bound to a row */
  RkResourceMap       *map;
  gboolean             map_stale;
  gboolean             coverage_stale;
  gulong               committed_id;
  double               pointer_x;      /* over the map */
  double               pointer_y;
  gint64               bench_start;
  gint64               selected_id;    /* kept across list refreshes */
  guint                let_go_idle;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *kind_dropdown;
  GtkDropDown         *municipality_dropdown;
  GtkMenuButton       *capability_button;
  GtkBox              *capability_box;
  GtkToggleButton     *stale_button;
  GtkDropDown         *stale_age_dropdown;
  GtkCheckButton      *closed_check;
  GtkStack            *view_stack;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkScrolledWindow   *list_scroller;
  GtkDrawingArea      *map_area;
  GtkGrid             *coverage_grid;
  RkResourcesDetail   *detail;
  GtkLabel            *status_label;
  GtkPaned            *paned;
};

/* rk-resources-columns.c */
void  _rk_resources_view_add_columns      (RkResourcesView *self);
void  _rk_resources_view_refresh_computed (RkResourcesView *self);

/* rk-resources-pages.c: the map and the coverage gaps */
void  _rk_resources_view_init_map         (RkResourcesView *self);
void  _rk_resources_view_update_map       (RkResourcesView *self);
void  _rk_resources_view_update_coverage  (RkResourcesView *self);

/* rk-resources-actions.c */
void  _rk_resources_view_class_actions_init (GtkWidgetClass *widget_class);
void  _rk_resources_view_update_actions   (RkResourcesView *self);
void  _rk_resources_view_select_id        (RkResourcesView *self,
                                           gint64           id);
RkOrganization *_rk_resources_view_get_selected (RkResourcesView *self);
char *_rk_resources_view_describe_filter  (RkResourcesView *self);
void  _rk_resources_view_full_filter      (RkResourcesView  *self,
                                           RkResourceFilter *filter);

G_END_DECLS
