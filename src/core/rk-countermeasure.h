/* rk-countermeasure.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_COUNTERMEASURE (rk_countermeasure_get_type ())

G_DECLARE_FINAL_TYPE (RkCountermeasure, rk_countermeasure, RK, COUNTERMEASURE, RkEntity)

gboolean  rk_countermeasure_set_status  (RkCountermeasure  *self,
                                         const char        *status,
                                         GError           **error);
gboolean  rk_countermeasure_is_overdue  (RkCountermeasure  *self,
                                         const char        *on_date);
char     *rk_countermeasure_dup_number  (RkCountermeasure  *self);
GArray   *rk_countermeasure_list_measures (RkCountermeasure *self,
                                         GError           **error);

G_END_DECLS
