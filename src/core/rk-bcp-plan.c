/* rk-bcp-plan.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-plan"

#include "config.h"

#include "rk-bcp-plan.h"

/**
 * RkBcpPlan:
 *
 * One BCP of the region: a 機関型 plan of one organisation, a 連携型 plan
 * between organisations of one trade (with its mutual-support agreement),
 * or the area's 地域BCP.
 */
struct _RkBcpPlan
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkBcpPlan, rk_bcp_plan, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_OWNER_ID,
  PROP_STATUS,
  PROP_VERSION,
  PROP_PLAN_DATE,
  PROP_HAZARDS,
  PROP_ACTIVATION_RULE,
  PROP_ACTIVATOR_ID,
  PROP_ACTIVATOR_NOTE,
  PROP_AGREEMENT,
  PROP_AGREEMENT_DATE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_bcp_plan_class_init (RkBcpPlanClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "bcp_plan");

  /* an RK_BCP_TERMS_PLAN_KIND code */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "institutional",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 名称 */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 策定主体: an organization id, -1 for none */
  properties[PROP_OWNER_ID] =
    g_param_spec_int64 ("owner-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* an RK_BCP_TERMS_PLAN_STATUS code */
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "not_started",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 版 */
  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 策定日・改定日, YYYY-MM-DD or empty */
  properties[PROP_PLAN_DATE] =
    g_param_spec_string ("plan-date", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 想定ハザード, free text */
  properties[PROP_HAZARDS] =
    g_param_spec_string ("hazards", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 発動基準 */
  properties[PROP_ACTIVATION_RULE] =
    g_param_spec_string ("activation-rule", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 発動者: an organization id, -1 for none */
  properties[PROP_ACTIVATOR_ID] =
    g_param_spec_int64 ("activator-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 発動者 in words (e.g. 市災害対策本部長) */
  properties[PROP_ACTIVATOR_NOTE] =
    g_param_spec_string ("activator-note", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 相互支援協定の内容 (連携型) */
  properties[PROP_AGREEMENT] =
    g_param_spec_string ("agreement", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 協定締結日, YYYY-MM-DD or empty */
  properties[PROP_AGREEMENT_DATE] =
    g_param_spec_string ("agreement-date", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_bcp_plan_init (RkBcpPlan *self)
{
}
