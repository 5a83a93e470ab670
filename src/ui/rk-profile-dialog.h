/* rk-profile-dialog.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_PROFILE_DIALOG (rk_profile_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RkProfileDialog, rk_profile_dialog, RK, PROFILE_DIALOG, AdwPreferencesWindow)

RkProfileDialog *rk_profile_dialog_new (RkDatabase *db);

G_END_DECLS
