/* rk-care-names.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"
#include "rk-personal-names.h"

G_BEGIN_DECLS

#define RK_TYPE_CARE_NAMES (rk_care_names_get_type ())

G_DECLARE_FINAL_TYPE (RkCareNames, rk_care_names, RK, CARE_NAMES, GObject)

RkCareNames       *rk_care_names_get       (RkDatabase   *db);
void               rk_care_names_release   (RkDatabase   *db);
const RkNameIndex *rk_care_names_get_index (RkCareNames  *self);
gboolean           rk_care_names_is_loaded (RkCareNames  *self);

G_END_DECLS
