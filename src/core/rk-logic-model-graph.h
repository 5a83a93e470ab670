/* rk-logic-model-graph.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-indicator.h"
#include "rk-logic-model.h"

G_BEGIN_DECLS

/* A read-only picture of one logic model, as the renderers (src/draw) and
 * the exports (src/io) need it: plain structures, read in one go, that
 * tests can also build by hand without a workspace.
 */

typedef struct
{
  int         fiscal_year;
  RkValueKind kind;
  double      value;
} RkLmValue;

/* Where an indicator stands against its target. */
typedef enum
{
  RK_LM_STATUS_NONE,     /* no value, or no target to compare it with */
  RK_LM_STATUS_BEHIND,   /* the latest value has not reached the target */
  RK_LM_STATUS_MET,      /* it has */
} RkLmStatus;

typedef struct
{
  gint64       id;
  char        *code;
  char        *name;
  char        *unit;
  char        *category;       /* an RK_TERMS_INDICATOR_CATEGORY code, or "" */
  char        *edition;
  RkFunctions  functions;
  char        *data_source;
  char        *source_document;
  gboolean     priority;
  gboolean     verified;
  gboolean     higher_is_better;
  GArray      *values;         /* RkLmValue of the model's area, by year */

  /* Derived from values by rk_logic_model_graph_update_indicator(): the
   * latest 実績値 (or, without one, 現状値), and the latest 目標値. NaN and
   * year 0 when there is none.
   */
  double       current;
  int          current_year;
  RkValueKind  current_kind;
  double       target;
  int          target_year;
} RkLmIndicator;

/* A countermeasure (対応策) of the meetings' issue register linked to a
 * measure: what the diagram, the PDCA summary and the workbook show of it.
 */
typedef struct
{
  gint64       id;             /* its number in the register */
  gint64       issue_id;
  char        *issue_title;
  char        *what;
  char        *owner;
  char        *status;         /* an RK_MEETING_TERMS_ACTION_STATUS code */
  char        *due_date;       /* YYYY-MM-DD, or "" */
  char        *completed_on;   /* YYYY-MM-DD, or "" */
} RkLmAction;

typedef struct
{
  gint64       id;
  RkLmLevel    level;
  int          position;
  char        *number;
  char        *text;
  char        *actor;
  RkFunctions  functions;
  GArray      *indicators;     /* guint: indexes into the graph's indicators */
  GArray      *actions;        /* guint: indexes into the graph's actions */
} RkLmNode;

typedef struct
{
  guint source;                /* indexes into the graph's nodes */
  guint target;
} RkLmLink;

typedef struct
{
  gint64       model_id;
  int          number;
  char        *title;
  RkFunctions  functions;
  char        *area_code;
  char        *area_name;
  int          first_year;     /* -1 when not set */
  int          last_year;
  GPtrArray   *nodes;          /* RkLmNode: by level, then position */
  GArray      *links;          /* RkLmLink */
  GPtrArray   *indicators;     /* RkLmIndicator */
  GPtrArray   *actions;        /* RkLmAction: countermeasures linked to measures */
} RkLogicModelGraph;

RkLogicModelGraph *rk_logic_model_graph_new              (void);
void               rk_logic_model_graph_free             (RkLogicModelGraph  *graph);
RkLogicModelGraph *rk_logic_model_graph_load             (RkDatabase         *db,
                                                          gint64              model_id,
                                                          GError            **error);

RkLmNode          *rk_logic_model_graph_add_node         (RkLogicModelGraph  *graph,
                                                          RkLmLevel           level,
                                                          const char         *number,
                                                          const char         *text);
void               rk_logic_model_graph_add_link         (RkLogicModelGraph  *graph,
                                                          guint               source,
                                                          guint               target);
RkLmIndicator     *rk_logic_model_graph_add_indicator    (RkLogicModelGraph  *graph,
                                                          guint               node,
                                                          const char         *name,
                                                          const char         *unit);
RkLmAction        *rk_logic_model_graph_add_action       (RkLogicModelGraph  *graph,
                                                          guint               node,
                                                          gint64              id,
                                                          const char         *what,
                                                          const char         *status);
void               rk_logic_model_graph_count_actions    (const RkLogicModelGraph *graph,
                                                          const RkLmNode     *node,
                                                          guint              *total,
                                                          guint              *done);
void               rk_logic_model_graph_add_value        (RkLmIndicator      *indicator,
                                                          int                 fiscal_year,
                                                          RkValueKind         kind,
                                                          double              value);
void               rk_logic_model_graph_update_indicator (RkLmIndicator      *indicator);
int                rk_logic_model_graph_find_node        (RkLogicModelGraph  *graph,
                                                          gint64              id);
guint              rk_logic_model_graph_count_level      (RkLogicModelGraph  *graph,
                                                          RkLmLevel           level);
gboolean           rk_logic_model_graph_get_value        (RkLmIndicator      *indicator,
                                                          int                 fiscal_year,
                                                          RkValueKind         kind,
                                                          double             *value);

void               rk_logic_model_graph_as_of            (RkLogicModelGraph  *graph,
                                                          int                 fiscal_year);
void               rk_lm_indicator_as_of                 (RkLmIndicator      *indicator,
                                                          int                 fiscal_year);

RkLmStatus         rk_lm_indicator_get_status            (const RkLmIndicator *indicator);
RkLmIndicator     *rk_lm_indicator_new                   (void);
RkLmIndicator     *rk_lm_indicator_load                  (RkDatabase         *db,
                                                          gint64              indicator_id,
                                                          const char         *area_code,
                                                          GError            **error);
void               rk_lm_indicator_free                  (RkLmIndicator      *indicator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkLogicModelGraph, rk_logic_model_graph_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkLmIndicator, rk_lm_indicator_free)

G_END_DECLS
