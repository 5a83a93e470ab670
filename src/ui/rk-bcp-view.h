/* rk-bcp-view.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_BCP_VIEW (rk_bcp_view_get_type ())

G_DECLARE_FINAL_TYPE (RkBcpView, rk_bcp_view, RK, BCP_VIEW, AdwBin)

RkDatabase *rk_bcp_view_get_database (RkBcpView *self);
void        rk_bcp_view_set_database (RkBcpView *self,
                                      RkDatabase *db);

G_END_DECLS
