/* rk-pdca-summary.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-logic-model-graph.h"
#include "rk-pdca-cycle.h"

G_BEGIN_DECLS

/* A read-only picture of one fiscal year of a model's PDCA cycle, with the
 * history of every year, for the PDCA diagram (src/draw).
 */

typedef struct
{
  char        *text;
  /* Worked out from the indicators (a target, a value evaluated) or the
   * issue register (a countermeasure done), rather than written by the
   * user.
   */
  gboolean     derived;
  RkLmStatus   status;
} RkPdcaItem;

typedef struct
{
  int          fiscal_year;
  gboolean     recorded;        /* the year has a cycle */
  RkPdcaStage  stage;
  guint        n_entries;       /* lines the user wrote */
  guint        n_met;           /* indicators evaluated that year: met */
  guint        n_behind;        /* … and not met */
} RkPdcaYear;

typedef struct
{
  gint64       model_id;
  int          number;
  char        *title;
  char        *area_name;
  int          fiscal_year;
  gboolean     recorded;
  RkPdcaStage  stage;
  char        *notes;
  GPtrArray   *items[RK_PDCA_N_STAGES];  /* RkPdcaItem */
  GArray      *years;                    /* RkPdcaYear, oldest first */
} RkPdcaSummary;

RkPdcaSummary *rk_pdca_summary_new      (void);
void           rk_pdca_summary_free     (RkPdcaSummary  *summary);
RkPdcaSummary *rk_pdca_summary_load     (RkDatabase     *db,
                                         gint64          model_id,
                                         int             fiscal_year,
                                         GError        **error);
RkPdcaItem    *rk_pdca_summary_add_item (RkPdcaSummary  *summary,
                                         RkPdcaStage     stage,
                                         const char     *text,
                                         gboolean        derived);
void           rk_pdca_summary_add_year (RkPdcaSummary  *summary,
                                         const RkPdcaYear *year);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkPdcaSummary, rk_pdca_summary_free)

G_END_DECLS
