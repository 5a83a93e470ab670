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

typedef enum
{
  RK_SUBMISSION_EXPORT_DEFAULT  = 0,
  /* Add the register of people on medical devices with their names, on
   * the disaster BCP tab's marked sheet, and write the file readable by
   * its owner only. Only after the user ticked "個人情報を含める" and
   * confirmed the warning (or passed --include-personal).
   */
  RK_SUBMISSION_EXPORT_PERSONAL = 1 << 0,
} RkSubmissionExportFlags;

gboolean  rk_submission_export             (RkDatabase               *db,
                                            RkSubmissionTemplate     *tmpl,
                                            int                       fiscal_year,
                                            const char               *path,
                                            GError                  **error);
gboolean  rk_submission_export_full        (RkDatabase               *db,
                                            RkSubmissionTemplate     *tmpl,
                                            int                       fiscal_year,
                                            RkSubmissionExportFlags   flags,
                                            const char               *path,
                                            GError                  **error);
char     *rk_submission_suggest_file_name  (RkDatabase               *db,
                                            int                       fiscal_year);

G_END_DECLS
