/* rk-organization.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-organization"

#include "config.h"

#include "rk-organization.h"

/**
 * RkOrganization:
 *
 * An organisation of the region: a hospital, a pharmacy, a care office, an
 * association, a municipal office… Registered once and shared by the
 * resource directory, meeting participants and BCPs.
 */
struct _RkOrganization
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkOrganization, rk_organization, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SUBKIND,
  PROP_NAME,
  PROP_KANA,
  PROP_MUNICIPALITY_CODE,
  PROP_POSTAL_CODE,
  PROP_ADDRESS,
  PROP_PHONE,
  PROP_FAX,
  PROP_EMAIL,
  PROP_URL,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_organization_class_init (RkOrganizationClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "organization");

  /* an RK_TERMS_ORGANIZATION_KIND code */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "other",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 施設種別 or 団体の種類, free text */
  properties[PROP_SUBKIND] =
    g_param_spec_string ("subkind", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 名称 */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* フリガナ */
  properties[PROP_KANA] =
    g_param_spec_string ("kana", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 市区町村コード of its address */
  properties[PROP_MUNICIPALITY_CODE] =
    g_param_spec_string ("municipality-code", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 郵便番号 */
  properties[PROP_POSTAL_CODE] =
    g_param_spec_string ("postal-code", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 住所 */
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 電話番号 */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* FAX番号 */
  properties[PROP_FAX] =
    g_param_spec_string ("fax", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* メールアドレス */
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* ホームページ */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_organization_init (RkOrganization *self)
{
}
