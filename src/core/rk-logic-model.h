/* rk-logic-model.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"
#include "rk-vocabulary.h"

G_BEGIN_DECLS

#define RK_LOGIC_MODEL_ERROR (rk_logic_model_error_quark ())

typedef enum
{
  RK_LOGIC_MODEL_ERROR_FAILED,
  /* No model has that number. */
  RK_LOGIC_MODEL_ERROR_NOT_FOUND,
  /* A link that would not run from a lower level to a higher one, or
   * between two models.
   */
  RK_LOGIC_MODEL_ERROR_INVALID_LINK,
} RkLogicModelError;

/* The columns of a logic model, from the measures on the left to the
 * outcome they serve on the right.
 */
typedef enum
{
  RK_LM_LEVEL_MEASURE,       /* 個別施策 (with アウトプット指標) */
  RK_LM_LEVEL_INTERMEDIATE,  /* 中間アウトカム */
  RK_LM_LEVEL_DISTAL,        /* 分野アウトカム */
  RK_LM_LEVEL_FINAL,         /* 最終アウトカム, where a model uses one */
} RkLmLevel;

#define RK_LM_N_LEVELS 4

#define RK_TYPE_LOGIC_MODEL (rk_logic_model_get_type ())

G_DECLARE_FINAL_TYPE (RkLogicModel, rk_logic_model, RK, LOGIC_MODEL, RkEntity)

typedef struct _RkLogicModelNode RkLogicModelNode;

GQuark            rk_logic_model_error_quark      (void);

const char       *rk_lm_level_get_label           (RkLmLevel          level);
const char       *rk_lm_level_get_short_label     (RkLmLevel          level);

RkLogicModel     *rk_logic_model_create           (RkDatabase        *db,
                                                   const char        *title,
                                                   const char        *undo_label,
                                                   GError           **error);
RkLogicModel     *rk_logic_model_find_by_number   (RkDatabase        *db,
                                                   int                number,
                                                   GError           **error);
RkLogicModel     *rk_logic_model_find_by_argument (RkDatabase        *db,
                                                   const char        *number_or_title,
                                                   GError           **error);
RkLogicModelNode *rk_logic_model_add_node         (RkLogicModel      *self,
                                                   RkLmLevel          level,
                                                   const char        *text,
                                                   const char        *undo_label,
                                                   GError           **error);
char             *rk_logic_model_get_area_name    (RkLogicModel      *self);


G_END_DECLS
