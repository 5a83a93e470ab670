/* rk-indicator.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"
#include "rk-vocabulary.h"

G_BEGIN_DECLS

#define RK_INDICATOR_ERROR (rk_indicator_error_quark ())

typedef enum
{
  RK_INDICATOR_ERROR_FAILED,
  /* The master list is not in the expected format (the message names the
   * line).
   */
  RK_INDICATOR_ERROR_FORMAT,
  /* Boxes of a logic model still use the indicator. */
  RK_INDICATOR_ERROR_IN_USE,
  /* No such indicator, or an ambiguous name. */
  RK_INDICATOR_ERROR_NOT_FOUND,
} RkIndicatorError;

/* The three kinds of value an indicator has for an area and fiscal year:
 * 現状値 (the baseline the plan starts from), 目標値 and 実績値.
 */
typedef enum
{
  RK_VALUE_KIND_BASELINE,
  RK_VALUE_KIND_TARGET,
  RK_VALUE_KIND_ACTUAL,
} RkValueKind;

#define RK_N_VALUE_KINDS 3

#define RK_TYPE_INDICATOR (rk_indicator_get_type ())

G_DECLARE_FINAL_TYPE (RkIndicator, rk_indicator, RK, INDICATOR, RkEntity)

/* Where the examples shipped with Renkei live (data/indicators). */
#define RK_INDICATOR_EXAMPLES_RESOURCE "/io/github/renkei/Renkei/indicators/mhlw-homecare.tsv"

GQuark        rk_indicator_error_quark        (void);

const char   *rk_value_kind_to_code           (RkValueKind    kind);
const char   *rk_value_kind_get_label         (RkValueKind    kind);
gboolean      rk_value_kind_parse             (const char    *text,
                                               RkValueKind   *kind);

RkFunctions   rk_functions_from_codes         (const char    *codes,
                                               GError       **error);
char         *rk_functions_to_codes           (RkFunctions    functions);

char         *rk_indicator_format_value       (double         value,
                                               const char    *unit);
gboolean      rk_indicator_parse_value        (const char    *text,
                                               double        *value);

int           rk_fiscal_year_parse            (const char    *text);
gboolean      rk_date_parse_iso               (const char    *text,
                                               char         **iso);
gboolean      rk_indicator_resolve_area       (RkDatabase    *db,
                                               const char    *text,
                                               char         **area_code,
                                               GError       **error);

RkIndicator  *rk_indicator_create             (RkDatabase    *db,
                                               const char    *name,
                                               const char    *undo_label,
                                               GError       **error);
RkIndicator  *rk_indicator_find               (RkDatabase    *db,
                                               const char    *code_or_name,
                                               GError       **error);
gint64        rk_indicator_count_uses         (RkIndicator   *self,
                                               GError       **error);
gint64        rk_indicator_count_values       (RkIndicator   *self,
                                               GError       **error);
gboolean      rk_indicator_delete             (RkIndicator   *self,
                                               const char    *undo_label,
                                               GError       **error);
gboolean      rk_indicator_set_value          (RkIndicator   *self,
                                               const char    *area_code,
                                               int            fiscal_year,
                                               RkValueKind    kind,
                                               double         value,
                                               const char    *source,
                                               const char    *as_of,
                                               const char    *undo_label,
                                               GError       **error);
gboolean      rk_indicator_get_latest         (RkIndicator   *self,
                                               const char    *area_code,
                                               RkValueKind    kind,
                                               double        *value,
                                               int           *fiscal_year);

gboolean      rk_indicator_load_examples      (RkDatabase    *db,
                                               guint         *n_added,
                                               GError       **error);
gboolean      rk_indicator_load_master        (RkDatabase    *db,
                                               const char    *text,
                                               gssize         length,
                                               const char    *origin,
                                               guint         *n_added,
                                               GError       **error);

G_END_DECLS
