/* rk-submission-custom.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-export"

#include "config.h"

#include <string.h>

#include "rk-submission-export-private.h"

/* The writers of the kinds of RK_SUBMISSION_LAYOUT_CUSTOM: an area whose
 * sheet needs a layout of its own adds its writer here (and a test that
 * every custom kind has one keeps the two lists together:
 * tests/io/test-submission-template.c, test_registry).
 */
static const RkSubmissionCustomWriter * const writers[] = {
  &_rk_submission_logic_models_writer,
};

/**
 * _rk_submission_find_custom_writer:
 *
 * Returns: (nullable): the writer of the kind @kind_id
 */
const RkSubmissionCustomWriter *
_rk_submission_find_custom_writer (const char *kind_id)
{
  for (guint i = 0; kind_id != NULL && i < G_N_ELEMENTS (writers); i++)
    if (strcmp (writers[i]->kind_id, kind_id) == 0)
      return writers[i];
  return NULL;
}
