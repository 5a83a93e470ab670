/* rk-municipality.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-municipality"

#include "config.h"

#include "rk-municipality.h"

/**
 * RkMunicipality:
 *
 * A municipality of the base's 対象圏域, with its 全国地方公共団体コード
 * and its population (人口) and older population (老年人口, 65 and over).
 */
struct _RkMunicipality
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkMunicipality, rk_municipality, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_CODE,
  PROP_NAME,
  PROP_PREFECTURE,
  PROP_POPULATION,
  PROP_ELDERLY_POPULATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_municipality_class_init (RkMunicipalityClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "municipality");

  /* display order */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 市区町村コード, six digits with the check digit, or empty */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 市区町村名 */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 都道府県名 */
  properties[PROP_PREFECTURE] =
    g_param_spec_string ("prefecture", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 人口; -1 when not known */
  properties[PROP_POPULATION] =
    g_param_spec_int64 ("population", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 老年人口; -1 when not known */
  properties[PROP_ELDERLY_POPULATION] =
    g_param_spec_int64 ("elderly-population", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_municipality_init (RkMunicipality *self)
{
}
