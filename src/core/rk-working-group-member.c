/* rk-working-group-member.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-working-group-member"

#include "config.h"

#include "rk-working-group-member.h"

/**
 * RkWorkingGroupMember:
 *
 * One member (委員) of a working group.
 */
struct _RkWorkingGroupMember
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkWorkingGroupMember, rk_working_group_member, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_WORKING_GROUP_ID,
  PROP_POSITION,
  PROP_ORGANIZATION_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_CATEGORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_working_group_member_class_init (RkWorkingGroupMemberClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "working_group_member");

  /* the working group */
  properties[PROP_WORKING_GROUP_ID] =
    g_param_spec_int64 ("working-group-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* display order */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the organisation, or -1 */
  properties[PROP_ORGANIZATION_ID] =
    g_param_spec_int64 ("organization-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 氏名 */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 役割 (委員長, 委員 …) */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* an rk_participant_categories() code */
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_working_group_member_init (RkWorkingGroupMember *self)
{
}
