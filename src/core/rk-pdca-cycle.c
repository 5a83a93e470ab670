/* rk-pdca-cycle.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-pdca-cycle"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-lm-private.h"
#include "rk-pdca-cycle.h"
#include "rk-pdca-entry.h"

/**
 * RkPdcaCycle:
 *
 * One fiscal year of a logic model's PDCA cycle (計画 → 実行 → 評価 → 改善),
 * as the medical plan asks every region to turn it yearly, and the stage
 * the year has reached. Its lines are #RkPdcaEntry rows; the targets and
 * the evaluated values come from the indicators of the model's boxes.
 */
struct _RkPdcaCycle
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkPdcaCycle, rk_pdca_cycle, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_MODEL_ID,
  PROP_FISCAL_YEAR,
  PROP_STAGE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *stage_labels[RK_PDCA_N_STAGES] = {
  N_("Plan"), N_("Do"), N_("Check"), N_("Act"),
};

static const char *stage_descriptions[RK_PDCA_N_STAGES] = {
  N_("Targets of the year"),
  N_("Actions done"),
  N_("Indicators evaluated"),
  N_("Changes decided"),
};

static void
rk_pdca_cycle_class_init (RkPdcaCycleClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  rk_entity_class_set_table (entity_class, "pdca_cycle");

  properties[PROP_MODEL_ID] = g_param_spec_int64 ("model-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_FISCAL_YEAR] = g_param_spec_int ("fiscal-year", NULL, NULL, 1900, 2200, 2024,
                                                   flags);
  /* the current RkPdcaStage of the year */
  properties[PROP_STAGE] = g_param_spec_int ("stage", NULL, NULL, 0, RK_PDCA_N_STAGES - 1, 0, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_pdca_cycle_init (RkPdcaCycle *self)
{
}

const char *
rk_pdca_stage_get_label (RkPdcaStage stage)
{
  g_return_val_if_fail (stage < RK_PDCA_N_STAGES, NULL);
  return _(stage_labels[stage]);
}

const char *
rk_pdca_stage_get_description (RkPdcaStage stage)
{
  g_return_val_if_fail (stage < RK_PDCA_N_STAGES, NULL);
  return _(stage_descriptions[stage]);
}

/**
 * rk_pdca_cycle_lookup:
 *
 * Returns: (transfer full) (nullable): the model's cycle of @fiscal_year,
 *   or %NULL (without an error) when the year has none yet
 */
RkPdcaCycle *
rk_pdca_cycle_lookup (RkLogicModel  *model,
                      int            fiscal_year,
                      GError       **error)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (model));
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  id = _rk_lm_query_int (db, "SELECT id FROM pdca_cycle WHERE model_id = ? AND fiscal_year = ?",
                         0, &local_error, "ii", rk_entity_get_id (RK_ENTITY (model)),
                         (gint64) fiscal_year);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return id > 0 ? rk_entity_lookup (db, RK_TYPE_PDCA_CYCLE, id, error) : NULL;
}

/**
 * rk_pdca_cycle_ensure:
 *
 * Returns: (transfer full) (nullable): the model's cycle of @fiscal_year,
 *   created at the 計画 stage if the year has none yet
 */
RkPdcaCycle *
rk_pdca_cycle_ensure (RkLogicModel  *model,
                      int            fiscal_year,
                      const char    *undo_label,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  RkPdcaCycle *cycle = rk_pdca_cycle_lookup (model, fiscal_year, &local_error);

  if (cycle != NULL || local_error != NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return cycle;
    }

  return rk_entity_create (rk_entity_get_database (RK_ENTITY (model)), RK_TYPE_PDCA_CYCLE,
                           undo_label, error,
                           "model-id", rk_entity_get_id (RK_ENTITY (model)),
                           "fiscal-year", fiscal_year,
                           NULL);
}

RkPdcaStage
rk_pdca_cycle_get_stage (RkPdcaCycle *self)
{
  g_return_val_if_fail (RK_IS_PDCA_CYCLE (self), RK_PDCA_PLAN);
  return rk_entity_get_int (RK_ENTITY (self), "stage");
}

/**
 * rk_pdca_cycle_add_entry:
 *
 * Adds a line at the end of @stage.
 *
 * Returns: (transfer full) (nullable): the new line
 */
RkPdcaEntry *
rk_pdca_cycle_add_entry (RkPdcaCycle  *self,
                         RkPdcaStage   stage,
                         const char   *text,
                         const char   *undo_label,
                         GError      **error)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  gint64 id = rk_entity_get_id (RK_ENTITY (self));
  gint64 position;

  g_return_val_if_fail (stage < RK_PDCA_N_STAGES, NULL);

  position = _rk_lm_query_int (db, "SELECT max(position) + 1 FROM pdca_entry "
                               "WHERE cycle_id = ? AND stage = ?", 0, NULL, "ii",
                               id, (gint64) stage);
  return rk_entity_create (db, RK_TYPE_PDCA_ENTRY, undo_label, error,
                           "cycle-id", id,
                           "stage", (int) stage,
                           "position", (int) position,
                           "text", text != NULL ? text : "",
                           NULL);
}
