/* rk-bcp-check.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-check"

#include "config.h"

#include "rk-bcp-check.h"

/**
 * RkBcpCheck:
 *
 * One item of the peacetime checklist (平時の災害に備えた体制構築への
 * 支援) that the national survey of bases asks about. The items are
 * fixed; the workspace keeps whether, when and how each is done.
 */
struct _RkBcpCheck
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkBcpCheck, rk_bcp_check, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_POSITION,
  PROP_DONE,
  PROP_DONE_ON,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_bcp_check_class_init (RkBcpCheckClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "bcp_check");

  /* an RK_BCP_TERMS_CHECK_ITEM code */
  properties[PROP_ITEM] =
    g_param_spec_string ("item", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* display order */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 実施している */
  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 実施日 or 確認日, YYYY-MM-DD or empty */
  properties[PROP_DONE_ON] =
    g_param_spec_string ("done-on", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 取組の内容・備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_bcp_check_init (RkBcpCheck *self)
{
}
