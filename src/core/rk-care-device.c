/* rk-care-device.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-care-device"

#include "config.h"

#include "rk-care-device.h"

/**
 * RkCareDevice:
 *
 * A powered medical device a person in the register depends on, and how
 * long its batteries last.
 */
struct _RkCareDevice
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkCareDevice, rk_care_device, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_POSITION,
  PROP_DEVICE,
  PROP_MODEL,
  PROP_USAGE,
  PROP_INTERNAL_HOURS,
  PROP_EXTERNAL_HOURS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_care_device_class_init (RkCareDeviceClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "care_device");

  /* the care_person */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* display order */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* an RK_BCP_TERMS_DEVICE code, or the user's own words */
  properties[PROP_DEVICE] =
    g_param_spec_string ("device", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 機種 */
  properties[PROP_MODEL] =
    g_param_spec_string ("model", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 使用時間帯 (24時間, 夜間のみ…) */
  properties[PROP_USAGE] =
    g_param_spec_string ("usage", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 内部バッテリーの駆動時間, NaN when not known */
  properties[PROP_INTERNAL_HOURS] =
    g_param_spec_double ("internal-hours", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 外部バッテリーの駆動時間, NaN when not known */
  properties[PROP_EXTERNAL_HOURS] =
    g_param_spec_double ("external-hours", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_care_device_init (RkCareDevice *self)
{
}
