/* rk-logic-models-chooser.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

typedef void (*RkLmIndicatorChosenFunc) (gint64    indicator_id,
                                         gpointer  user_data);

void rk_lm_indicator_chooser_run (GtkWidget               *parent,
                                  RkDatabase              *db,
                                  RkLmIndicatorChosenFunc  chosen,
                                  gpointer                 user_data,
                                  GDestroyNotify           destroy);

G_END_DECLS
