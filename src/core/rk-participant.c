/* rk-participant.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-participant"

#include "config.h"

#include "rk-participant.h"

/**
 * RkParticipant:
 *
 * One participant of a meeting: an organisation from the shared list, a
 * person, or both, with the category of the guidebook's 参加者の例 that
 * attendance is counted by.
 */
struct _RkParticipant
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkParticipant, rk_participant, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_POSITION,
  PROP_ORGANIZATION_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_CATEGORY,
  PROP_INVITED,
  PROP_ATTENDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_participant_class_init (RkParticipantClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "participant");

  /* the meeting */
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* display order */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the organisation, or -1 for a person on their own */
  properties[PROP_ORGANIZATION_ID] =
    g_param_spec_int64 ("organization-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 氏名 (optional) */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 職名・役職 */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* an rk_participant_categories() code */
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 案内した */
  properties[PROP_INVITED] =
    g_param_spec_boolean ("invited", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 出席した */
  properties[PROP_ATTENDED] =
    g_param_spec_boolean ("attended", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_participant_init (RkParticipant *self)
{
}
