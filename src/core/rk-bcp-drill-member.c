/* rk-bcp-drill-member.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-drill-member"

#include "config.h"

#include "rk-bcp-drill-member.h"

/**
 * RkBcpDrillMember:
 *
 * An organisation that took part in a drill, and its role.
 */
struct _RkBcpDrillMember
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkBcpDrillMember, rk_bcp_drill_member, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_DRILL_ID,
  PROP_ORGANIZATION_ID,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_bcp_drill_member_class_init (RkBcpDrillMemberClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "bcp_drill_member");

  /* the bcp_drill */
  properties[PROP_DRILL_ID] =
    g_param_spec_int64 ("drill-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the organization */
  properties[PROP_ORGANIZATION_ID] =
    g_param_spec_int64 ("organization-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 確認した役割 */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_bcp_drill_member_init (RkBcpDrillMember *self)
{
}
