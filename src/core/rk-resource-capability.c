/* rk-resource-capability.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resource-capability"

#include "config.h"

#include "rk-resource-capability.h"

/**
 * RkResourceCapability:
 *
 * What one resource answered about one capability, and how current that
 * answer is: 確認日, 確認方法 (電話, 調査票, 訪問, 公開データ), 確認者, and the
 * open-data file it came from, if any. Directories die of staleness; these
 * dates drive the 要確認 list.
 */
struct _RkResourceCapability
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkResourceCapability, rk_resource_capability, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_ORGANIZATION_ID,
  PROP_CAPABILITY_ID,
  PROP_VALUE,
  PROP_NOTE,
  PROP_CONFIRMED_ON,
  PROP_CONFIRMED_METHOD,
  PROP_CONFIRMED_BY,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_resource_capability_class_init (RkResourceCapabilityClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "resource_capability");

  properties[PROP_ORGANIZATION_ID] =
    g_param_spec_int64 ("organization-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAPABILITY_ID] =
    g_param_spec_int64 ("capability-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* "yes", "no", "" (not known), or text for a "text" capability */
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* YYYY-MM-DD */
  properties[PROP_CONFIRMED_ON] =
    g_param_spec_string ("confirmed-on", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* "phone", "survey", "visit" or "open_data" */
  properties[PROP_CONFIRMED_METHOD] =
    g_param_spec_string ("confirmed-method", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONFIRMED_BY] =
    g_param_spec_string ("confirmed-by", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the open-data file the answer came from; "" for local entry */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_resource_capability_init (RkResourceCapability *self)
{
}
