/* rk-indicator-value.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-indicator-value"

#include "config.h"

#include <math.h>

#include "rk-indicator-value.h"

/**
 * RkIndicatorValue:
 *
 * One value of an indicator: for the base's whole area or one of its
 * municipalities, one fiscal year, and one kind (現状値, 目標値, 実績値),
 * with where it came from and the date of the data. There is at most one
 * per indicator, area, year and kind.
 */
struct _RkIndicatorValue
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkIndicatorValue, rk_indicator_value, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_INDICATOR_ID,
  PROP_AREA_CODE,
  PROP_FISCAL_YEAR,
  PROP_KIND,
  PROP_VALUE,
  PROP_SOURCE,
  PROP_AS_OF,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_indicator_value_class_init (RkIndicatorValueClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  rk_entity_class_set_table (entity_class, "indicator_value");

  properties[PROP_INDICATOR_ID] = g_param_spec_int64 ("indicator-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                      flags);
  /* "" for the base's whole area (圏域), else a municipality code */
  properties[PROP_AREA_CODE] = g_param_spec_string ("area-code", NULL, NULL, "", flags);
  /* 年度 (April to March) */
  properties[PROP_FISCAL_YEAR] = g_param_spec_int ("fiscal-year", NULL, NULL, 1900, 2200, 2024,
                                                   flags);
  /* an RkValueKind code: baseline, target, actual */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "actual", flags);
  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                                flags);
  /* 出典 of this value */
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, "", flags);
  /* 時点: "YYYY-MM-DD", or "" */
  properties[PROP_AS_OF] = g_param_spec_string ("as-of", NULL, NULL, "", flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_indicator_value_init (RkIndicatorValue *self)
{
}

RkValueKind
rk_indicator_value_get_kind (RkIndicatorValue *self)
{
  RkValueKind kind = RK_VALUE_KIND_ACTUAL;

  g_return_val_if_fail (RK_IS_INDICATOR_VALUE (self), kind);

  rk_value_kind_parse (rk_entity_get_string (RK_ENTITY (self), "kind"), &kind);
  return kind;
}
