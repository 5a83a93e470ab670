/* rk-agenda-item.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-agenda-item"

#include "config.h"

#include "rk-agenda-item.h"

/**
 * RkAgendaItem:
 *
 * One item of a meeting's agenda, under one of the guidebook's three steps
 * (現状把握, 課題整理, 対応策の検討), tagged with the functions it concerns,
 * with its minutes and decisions.
 */
struct _RkAgendaItem
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkAgendaItem, rk_agenda_item, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_POSITION,
  PROP_STEP,
  PROP_TITLE,
  PROP_FUNCTIONS,
  PROP_MINUTES,
  PROP_DECISIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_agenda_item_class_init (RkAgendaItemClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "agenda_item");

  /* the meeting */
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* order within the meeting */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* situation 現状把握 / issues 課題整理 / measures 対応策の検討 */
  properties[PROP_STEP] =
    g_param_spec_string ("step", NULL, NULL, "situation",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 議題 */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* RkFunctions */
  properties[PROP_FUNCTIONS] =
    g_param_spec_int ("functions", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 議事の記録 */
  properties[PROP_MINUTES] =
    g_param_spec_string ("minutes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 決定事項 */
  properties[PROP_DECISIONS] =
    g_param_spec_string ("decisions", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_agenda_item_init (RkAgendaItem *self)
{
}
