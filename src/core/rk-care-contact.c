/* rk-care-contact.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-care-contact"

#include "config.h"

#include "rk-care-contact.h"

/**
 * RkCareContact:
 *
 * A family contact (緊急時連絡先) or an evacuation supporter (避難支援等
 * 実施者) of a person in the register.
 */
struct _RkCareContact
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkCareContact, rk_care_contact, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_NAME,
  PROP_RELATION,
  PROP_PHONE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_care_contact_class_init (RkCareContactClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "care_contact");

  /* the care_person */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* display order */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* an RK_BCP_TERMS_CONTACT_KIND code */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "family",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 氏名 */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 続柄・所属 */
  properties[PROP_RELATION] =
    g_param_spec_string ("relation", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 電話番号 */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_care_contact_init (RkCareContact *self)
{
}
