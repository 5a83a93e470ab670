/* rk-window.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_WINDOW (rk_window_get_type ())

G_DECLARE_FINAL_TYPE (RkWindow, rk_window, RK, WINDOW, AdwApplicationWindow)

RkWindow   *rk_window_new                  (AdwApplication  *application);
gboolean    rk_window_open_workspace       (RkWindow        *self,
                                            const char      *path,
                                            GError         **error);
gboolean    rk_window_create_workspace     (RkWindow        *self,
                                            const char      *path,
                                            GError         **error);
void        rk_window_close_workspace      (RkWindow        *self);
RkDatabase *rk_window_get_database         (RkWindow        *self);
const char *rk_window_get_workspace_path   (RkWindow        *self);
void        rk_window_add_toast            (RkWindow        *self,
                                            AdwToast        *toast);
void        rk_window_show_properties      (RkWindow        *self);

G_END_DECLS
