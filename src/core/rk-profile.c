/* rk-profile.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-profile"

#include "config.h"

#include "rk-profile.h"

/**
 * RkProfile:
 *
 * The base profile that every case study in the guidebook opens with
 * (【取組主体の基礎情報】): who runs the base, for which area, as of when.
 * A workspace has exactly one, with id 1.
 */
struct _RkProfile
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkProfile, rk_profile, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_OPERATOR,
  PROP_OPERATOR_KIND,
  PROP_PREFECTURE,
  PROP_AREA_NAME,
  PROP_AREA_UNIT,
  PROP_AS_OF,
  PROP_ADDRESS,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_profile_class_init (RkProfileClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "profile");

  /* 拠点の名称 */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 運営主体 */
  properties[PROP_OPERATOR] =
    g_param_spec_string ("operator", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 設置主体の種別: an RK_TERMS_OPERATOR_KIND code */
  properties[PROP_OPERATOR_KIND] =
    g_param_spec_string ("operator-kind", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 都道府県 */
  properties[PROP_PREFECTURE] =
    g_param_spec_string ("prefecture", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 対象圏域の名称 */
  properties[PROP_AREA_NAME] =
    g_param_spec_string ("area-name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 在宅医療の圏域の設定単位: an RK_TERMS_AREA_UNIT code */
  properties[PROP_AREA_UNIT] =
    g_param_spec_string ("area-unit", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 情報の時点, "YYYY-MM" or empty */
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 所在地 */
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 電話番号 */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* メールアドレス */
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_profile_init (RkProfile *self)
{
}

/**
 * rk_profile_get:
 *
 * Returns: (transfer full) (nullable): the workspace's base profile
 */
RkProfile *
rk_profile_get (RkDatabase  *db,
                GError     **error)
{
  return rk_entity_lookup (db, RK_TYPE_PROFILE, 1, error);
}
