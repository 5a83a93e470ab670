/* rk-bcp-task.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-task"

#include "config.h"

#include "rk-bcp-task.h"

/**
 * RkBcpTask:
 *
 * One area task (地域タスク) of a BCP and who does it.
 */
struct _RkBcpTask
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkBcpTask, rk_bcp_task, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_PLAN_ID,
  PROP_POSITION,
  PROP_TASK,
  PROP_ORGANIZATION_ID,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_bcp_task_class_init (RkBcpTaskClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "bcp_task");

  /* the bcp_plan */
  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* display order */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* an RK_BCP_TERMS_TASK code, or the user's own words */
  properties[PROP_TASK] =
    g_param_spec_string ("task", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 担当機関: an organization id, -1 for none */
  properties[PROP_ORGANIZATION_ID] =
    g_param_spec_int64 ("organization-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 内容・備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_bcp_task_init (RkBcpTask *self)
{
}
