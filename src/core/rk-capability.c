/* rk-capability.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-capability"

#include "config.h"

#include "rk-capability.h"

/**
 * RkCapability:
 *
 * Something the directory can record about resources of some kinds: a
 * procedure (胃ろう管理), a service (24時間対応), a pharmacy function
 * (無菌製剤処理)… The workspace is seeded with the guidebook's table
 * (関係機関の種類ごとに把握する内容の例); a base adds its own as rows, without
 * a change of schema.
 */
struct _RkCapability
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkCapability, rk_capability, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_CODE,
  PROP_LABEL,
  PROP_GROUPING,
  PROP_KINDS,
  PROP_FUNCTIONS,
  PROP_VALUE_TYPE,
  PROP_COVERAGE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_capability_class_init (RkCapabilityClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "capability");

  /* display order */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* stable identifier of a seeded capability ("ventilator"); "" for the
   * user's own
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* what the user reads (人工呼吸器管理) */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the heading it is listed under (対応可能な医療処置, 薬局機能 …) */
  properties[PROP_GROUPING] =
    g_param_spec_string ("grouping", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the RK_TERMS_ORGANIZATION_KIND codes it applies to, separated by
   * spaces; "" for every kind
   */
  properties[PROP_KINDS] =
    g_param_spec_string ("kinds", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the RkFunctions it serves */
  properties[PROP_FUNCTIONS] =
    g_param_spec_int ("functions", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* "yesno" (対応可 / 不可) or "text" (協力医療機関の名称 …) */
  properties[PROP_VALUE_TYPE] =
    g_param_spec_string ("value-type", NULL, NULL, "yesno",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* counted in the coverage-gap table */
  properties[PROP_COVERAGE] =
    g_param_spec_boolean ("coverage", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_capability_init (RkCapability *self)
{
}
