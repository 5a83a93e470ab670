/* rk-staff.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-staff"

#include "config.h"

#include "rk-staff.h"

/**
 * RkStaff:
 *
 * One line of 担当者 in the base profile: a profession and how many of the
 * base's staff have it.
 */
struct _RkStaff
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkStaff, rk_staff, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_PROFESSION,
  PROP_HEADCOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_staff_class_init (RkStaffClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "staff");

  /* display order */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* an RK_TERMS_PROFESSION code, or the user's own words */
  properties[PROP_PROFESSION] =
    g_param_spec_string ("profession", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 人数 */
  properties[PROP_HEADCOUNT] =
    g_param_spec_int ("headcount", NULL, NULL, 0, G_MAXINT, 1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_staff_init (RkStaff *self)
{
}
