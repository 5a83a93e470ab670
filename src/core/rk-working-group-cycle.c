/* rk-working-group-cycle.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-working-group-cycle"

#include "config.h"

#include "rk-working-group-cycle.h"

/**
 * RkWorkingGroupCycle:
 *
 * A working group's cycle of one fiscal year: the stage it has reached and
 * what was noted at each stage.
 */
struct _RkWorkingGroupCycle
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkWorkingGroupCycle, rk_working_group_cycle, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_WORKING_GROUP_ID,
  PROP_FISCAL_YEAR,
  PROP_STAGE,
  PROP_EXTRACTION_NOTES,
  PROP_DECISION_NOTES,
  PROP_IMPLEMENTATION_NOTES,
  PROP_EVALUATION_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_working_group_cycle_class_init (RkWorkingGroupCycleClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "working_group_cycle");

  /* the working group */
  properties[PROP_WORKING_GROUP_ID] =
    g_param_spec_int64 ("working-group-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the fiscal year (April to March) */
  properties[PROP_FISCAL_YEAR] =
    g_param_spec_int ("fiscal-year", NULL, NULL, 0, G_MAXINT, 2026,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* extraction / decision / implementation / evaluation / completed */
  properties[PROP_STAGE] =
    g_param_spec_string ("stage", NULL, NULL, "extraction",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 課題の抽出 */
  properties[PROP_EXTRACTION_NOTES] =
    g_param_spec_string ("extraction-notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 方策の決定 */
  properties[PROP_DECISION_NOTES] =
    g_param_spec_string ("decision-notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 実施 */
  properties[PROP_IMPLEMENTATION_NOTES] =
    g_param_spec_string ("implementation-notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 評価 */
  properties[PROP_EVALUATION_NOTES] =
    g_param_spec_string ("evaluation-notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_working_group_cycle_init (RkWorkingGroupCycle *self)
{
}
