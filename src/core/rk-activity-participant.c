/* rk-activity-participant.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-activity-participant"

#include "config.h"

#include "rk-activity-participant.h"

/**
 * RkActivityParticipant:
 *
 * The participants of one training session who have one profession: the
 * 職種別参加者数 that prefectures ask for. A row whose profession is empty
 * counts participants whose profession was not recorded.
 */
struct _RkActivityParticipant
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkActivityParticipant, rk_activity_participant, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_ACTIVITY_ID,
  PROP_POSITION,
  PROP_PROFESSION,
  PROP_HEADCOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_activity_participant_class_init (RkActivityParticipantClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "activity_participant");

  /* the training session */
  properties[PROP_ACTIVITY_ID] =
    g_param_spec_int64 ("activity-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* display order */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* an RK_TERMS_PROFESSION code, the user's own words, or "" (not known) */
  properties[PROP_PROFESSION] =
    g_param_spec_string ("profession", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 人数 */
  properties[PROP_HEADCOUNT] =
    g_param_spec_int ("headcount", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_activity_participant_init (RkActivityParticipant *self)
{
}
