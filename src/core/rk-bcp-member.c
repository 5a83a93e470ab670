/* rk-bcp-member.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-member"

#include "config.h"

#include "rk-bcp-member.h"

/**
 * RkBcpMember:
 *
 * An organisation that took part in a BCP (策定・協定への参加) or was
 * given it (共有先).
 */
struct _RkBcpMember
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkBcpMember, rk_bcp_member, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_PLAN_ID,
  PROP_ORGANIZATION_ID,
  PROP_TOOK_PART,
  PROP_SHARED_ON,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_bcp_member_class_init (RkBcpMemberClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "bcp_member");

  /* the bcp_plan */
  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the organization */
  properties[PROP_ORGANIZATION_ID] =
    g_param_spec_int64 ("organization-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* took part in drafting it, or signed the agreement */
  properties[PROP_TOOK_PART] =
    g_param_spec_boolean ("took-part", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* date it was shared with the organisation, or empty */
  properties[PROP_SHARED_ON] =
    g_param_spec_string ("shared-on", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 役割 */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_bcp_member_init (RkBcpMember *self)
{
}
