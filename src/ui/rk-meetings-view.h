/* rk-meetings-view.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_MEETINGS_VIEW (rk_meetings_view_get_type ())

G_DECLARE_FINAL_TYPE (RkMeetingsView, rk_meetings_view, RK, MEETINGS_VIEW, AdwBin)

RkDatabase *rk_meetings_view_get_database (RkMeetingsView *self);
void        rk_meetings_view_set_database (RkMeetingsView *self,
                                           RkDatabase   *db);
gboolean    rk_meetings_view_show_countermeasure (RkMeetingsView *self,
                                                  gint64          countermeasure_id);

G_END_DECLS
