/* rk-submission-dialog.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_SUBMISSION_DIALOG (rk_submission_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RkSubmissionDialog, rk_submission_dialog, RK, SUBMISSION_DIALOG, AdwMessageDialog)

RkSubmissionDialog *rk_submission_dialog_new (GtkWindow  *parent,
                                              RkDatabase *db);

G_END_DECLS
