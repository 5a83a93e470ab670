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
  /* v2: the resource directory */
  PROP_SHORT_NAME,
  PROP_CORPORATION,
  PROP_HOURS,
  PROP_CLOSED_DAYS,
  PROP_SPECIALITIES,
  PROP_SERVICE_AREA,
  PROP_HOME_CARE,
  PROP_HOME_CARE_HOURS,
  PROP_BEDS,
  PROP_CAPACITY,
  PROP_SIZE_NOTE,
  PROP_CONSULTATION,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_POSITION_NOTE,
  PROP_CLOSED,
  PROP_CLOSED_ON,
  PROP_SOURCE,
  PROP_SOURCE_ID,
  PROP_SOURCE_FILE,
  PROP_SOURCE_DATE,
  PROP_SOURCE_VALUES,
  PROP_CONFIRMED_ON,
  PROP_CONFIRMED_METHOD,
  PROP_CONFIRMED_BY,
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


#define TEXT_COLUMN(prop, name) \
  properties[prop] = g_param_spec_string (name, NULL, NULL, "", \
                                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

  /* The resource directory (schema v2). 略称 */
  TEXT_COLUMN (PROP_SHORT_NAME, "short-name");
  /* 法人の名称 */
  TEXT_COLUMN (PROP_CORPORATION, "corporation");
  /* 営業時間・診療時間, as a summary ("月〜金 9:00–12:00 …") */
  TEXT_COLUMN (PROP_HOURS, "hours");
  /* 休診日・定休日 */
  TEXT_COLUMN (PROP_CLOSED_DAYS, "closed-days");
  /* 診療科 */
  TEXT_COLUMN (PROP_SPECIALITIES, "specialities");
  /* 対応地域 */
  TEXT_COLUMN (PROP_SERVICE_AREA, "service-area");
  /* 在宅医療対応の可否: "", "yes" or "no" */
  TEXT_COLUMN (PROP_HOME_CARE, "home-care");
  /* 在宅医療の対応日・時間 */
  TEXT_COLUMN (PROP_HOME_CARE_HOURS, "home-care-hours");
  /* 病床数 (-1: not known) */
  properties[PROP_BEDS] =
    g_param_spec_int64 ("beds", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 定員 (-1: not known) */
  properties[PROP_CAPACITY] =
    g_param_spec_int64 ("capacity", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 施設規模, beyond beds and capacity (職員数 …) */
  TEXT_COLUMN (PROP_SIZE_NOTE, "size-note");
  /* 相談窓口 */
  TEXT_COLUMN (PROP_CONSULTATION, "consultation");
  /* Position in degrees (WGS 84); NaN when not known */
  properties[PROP_LATITUDE] =
    g_param_spec_double ("latitude", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LONGITUDE] =
    g_param_spec_double ("longitude", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Why the position is not known or is doubtful ("zero", "placeholder",
   * "outside", "far"), as the import found it
   */
  TEXT_COLUMN (PROP_POSITION_NOTE, "position-note");
  /* 廃止・休止: gone from the latest open data, or closed by hand */
  properties[PROP_CLOSED] =
    g_param_spec_boolean ("closed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  TEXT_COLUMN (PROP_CLOSED_ON, "closed-on");
  /* Where the row came from: "" for local entry, else the open-data set
   * ("iryo:01" …), the record's ID / 事業所番号, the file and its date
   */
  TEXT_COLUMN (PROP_SOURCE, "source");
  TEXT_COLUMN (PROP_SOURCE_ID, "source-id");
  TEXT_COLUMN (PROP_SOURCE_FILE, "source-file");
  TEXT_COLUMN (PROP_SOURCE_DATE, "source-date");
  /* What the last import wrote (JSON), to tell local corrections apart */
  TEXT_COLUMN (PROP_SOURCE_VALUES, "source-values");
  /* When and how the common facts were last confirmed: YYYY-MM-DD, one of
   * "phone", "survey", "visit", "open_data", and by whom
   */
  TEXT_COLUMN (PROP_CONFIRMED_ON, "confirmed-on");
  TEXT_COLUMN (PROP_CONFIRMED_METHOD, "confirmed-method");
  TEXT_COLUMN (PROP_CONFIRMED_BY, "confirmed-by");

#undef TEXT_COLUMN

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_organization_init (RkOrganization *self)
{
}
