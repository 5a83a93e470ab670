/* rk-bcp-drill.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-drill"

#include "config.h"

#include "rk-bcp-drill.h"

/**
 * RkBcpDrill:
 *
 * One disaster drill (訓練): its scenario, the plan it exercised, how
 * long the information relay took and what was found.
 */
struct _RkBcpDrill
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkBcpDrill, rk_bcp_drill, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_DRILL_DATE,
  PROP_TITLE,
  PROP_HAZARD,
  PROP_OUTAGE_HOURS,
  PROP_PLAN_ID,
  PROP_RELAY_MINUTES,
  PROP_FINDINGS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_bcp_drill_class_init (RkBcpDrillClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "bcp_drill");

  /* 実施日, YYYY-MM-DD or empty */
  properties[PROP_DRILL_DATE] =
    g_param_spec_string ("drill-date", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 訓練名 */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 想定: an RK_BCP_TERMS_HAZARD code */
  properties[PROP_HAZARD] =
    g_param_spec_string ("hazard", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 想定停電時間 in hours, -1 when not set */
  properties[PROP_OUTAGE_HOURS] =
    g_param_spec_int ("outage-hours", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 使用したBCP: a bcp_plan id, -1 for none */
  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 情報伝達の所要時間 in minutes, -1 when not measured */
  properties[PROP_RELAY_MINUTES] =
    g_param_spec_int ("relay-minutes", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 見つかった課題 */
  properties[PROP_FINDINGS] =
    g_param_spec_string ("findings", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_bcp_drill_init (RkBcpDrill *self)
{
}
