/* rk-resources-detail.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-organization.h"

G_BEGIN_DECLS

#define RK_TYPE_RESOURCES_DETAIL (rk_resources_detail_get_type ())

G_DECLARE_FINAL_TYPE (RkResourcesDetail, rk_resources_detail, RK, RESOURCES_DETAIL, AdwBin)

void            rk_resources_detail_set_database (RkResourcesDetail *self,
                                                  RkDatabase        *db);
void            rk_resources_detail_set_resource (RkResourcesDetail *self,
                                                  RkOrganization    *resource);
RkOrganization *rk_resources_detail_get_resource (RkResourcesDetail *self);
void            rk_resources_detail_focus        (RkResourcesDetail *self);

G_END_DECLS
