/* rk-pdca-cycle.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-logic-model.h"

G_BEGIN_DECLS

/* The four stages of one fiscal year's cycle. */
typedef enum
{
  RK_PDCA_PLAN,    /* 計画: the targets of the year */
  RK_PDCA_DO,      /* 実行: the actions done */
  RK_PDCA_CHECK,   /* 評価: the indicators evaluated */
  RK_PDCA_ACT,     /* 改善: the changes decided */
} RkPdcaStage;

#define RK_PDCA_N_STAGES 4

#define RK_TYPE_PDCA_CYCLE (rk_pdca_cycle_get_type ())

G_DECLARE_FINAL_TYPE (RkPdcaCycle, rk_pdca_cycle, RK, PDCA_CYCLE, RkEntity)

typedef struct _RkPdcaEntry RkPdcaEntry;

const char  *rk_pdca_stage_get_label       (RkPdcaStage    stage);
const char  *rk_pdca_stage_get_description (RkPdcaStage    stage);

RkPdcaCycle *rk_pdca_cycle_lookup          (RkLogicModel  *model,
                                            int            fiscal_year,
                                            GError       **error);
RkPdcaCycle *rk_pdca_cycle_ensure          (RkLogicModel  *model,
                                            int            fiscal_year,
                                            const char    *undo_label,
                                            GError       **error);
RkPdcaStage  rk_pdca_cycle_get_stage       (RkPdcaCycle   *self);
RkPdcaEntry *rk_pdca_cycle_add_entry       (RkPdcaCycle   *self,
                                            RkPdcaStage    stage,
                                            const char    *text,
                                            const char    *undo_label,
                                            GError       **error);

G_END_DECLS
