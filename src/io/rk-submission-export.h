/* rk-submission-export.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"
#include "rk-submission-template.h"

G_BEGIN_DECLS

gboolean  rk_submission_export             (RkDatabase            *db,
                                            RkSubmissionTemplate  *tmpl,
                                            int                    fiscal_year,
                                            const char            *path,
                                            GError               **error);
char     *rk_submission_suggest_file_name  (RkDatabase            *db,
                                            int                    fiscal_year);

G_END_DECLS
