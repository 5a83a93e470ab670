/* rk-resources-view.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_RESOURCES_VIEW (rk_resources_view_get_type ())

G_DECLARE_FINAL_TYPE (RkResourcesView, rk_resources_view, RK, RESOURCES_VIEW, AdwBin)

RkDatabase *rk_resources_view_get_database (RkResourcesView *self);
void        rk_resources_view_set_database (RkResourcesView *self,
                                            RkDatabase    *db);

G_END_DECLS
