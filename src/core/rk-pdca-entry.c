/* rk-pdca-entry.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-pdca-entry"

#include "config.h"

#include "rk-pdca-entry.h"

/**
 * RkPdcaEntry:
 *
 * One line of a stage of a year's PDCA cycle, written by the user: an
 * action done (実行), a finding (評価), a change decided (改善), or a plan
 * item beyond the indicator targets (計画). It may name the box of the
 * logic model it concerns; deleting the box keeps the line.
 */
struct _RkPdcaEntry
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkPdcaEntry, rk_pdca_entry, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_CYCLE_ID,
  PROP_STAGE,
  PROP_POSITION,
  PROP_TEXT,
  PROP_NODE_ID,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_pdca_entry_class_init (RkPdcaEntryClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  rk_entity_class_set_table (entity_class, "pdca_entry");

  properties[PROP_CYCLE_ID] = g_param_spec_int64 ("cycle-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* an RkPdcaStage */
  properties[PROP_STAGE] = g_param_spec_int ("stage", NULL, NULL, 0, RK_PDCA_N_STAGES - 1, 0, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  /* the box it concerns, or -1 */
  properties[PROP_NODE_ID] = g_param_spec_int64 ("node-id", NULL, NULL, -1, G_MAXINT64, -1, flags);
  /* "YYYY-MM-DD" or "" */
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", flags);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_pdca_entry_init (RkPdcaEntry *self)
{
}
