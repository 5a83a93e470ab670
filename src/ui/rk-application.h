/* rk-application.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-window.h"

G_BEGIN_DECLS

#define RK_TYPE_APPLICATION (rk_application_get_type ())

G_DECLARE_FINAL_TYPE (RkApplication, rk_application, RK, APPLICATION, AdwApplication)

RkApplication *rk_application_new                (void);
RkWindow      *rk_application_find_window        (RkApplication *self,
                                                  const char    *path);
void           rk_application_remember_workspace (RkApplication *self,
                                                  const char    *path);

G_END_DECLS
