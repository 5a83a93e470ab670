/* rk-submission-template.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RK_SUBMISSION_ERROR (rk_submission_error_quark ())

typedef enum
{
  RK_SUBMISSION_ERROR_FAILED,
  /* The template file cannot be read (missing, unreadable, not text). */
  RK_SUBMISSION_ERROR_TEMPLATE_UNREADABLE,
  /* A line that is none of the forms the template format knows. */
  RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
  /* "@data = …" names a sheet kind this build does not know. */
  RK_SUBMISSION_ERROR_TEMPLATE_UNKNOWN_KIND,
  /* A field the sheet kind does not have. */
  RK_SUBMISSION_ERROR_TEMPLATE_UNKNOWN_FIELD,
  /* Well-formed but wrong: a bad sheet name or option value, a duplicate. */
  RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
} RkSubmissionError;

/* The file name of the default template in the data folder. */
#define RK_SUBMISSION_TEMPLATE_FILE "submission-template.txt"

typedef struct _RkSubmissionTemplate RkSubmissionTemplate;

GQuark                rk_submission_error_quark               (void);

char                 *rk_submission_template_get_default_path (void);
RkSubmissionTemplate *rk_submission_template_new_default      (GError                **error);
RkSubmissionTemplate *rk_submission_template_new_from_file    (const char             *path,
                                                               GError                **error);
RkSubmissionTemplate *rk_submission_template_new_from_data    (const char             *data,
                                                               gssize                  length,
                                                               const char             *display_name,
                                                               GError                **error);
void                  rk_submission_template_free             (RkSubmissionTemplate   *tmpl);

const char           *rk_submission_template_get_display_name (RkSubmissionTemplate   *tmpl);
guint                 rk_submission_template_get_n_sheets     (RkSubmissionTemplate   *tmpl);
const char           *rk_submission_template_get_sheet_name   (RkSubmissionTemplate   *tmpl,
                                                               guint                   sheet);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkSubmissionTemplate, rk_submission_template_free)

G_END_DECLS
