/* rk-activity.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"
#include "rk-query-model.h"
#include "rk-vocabulary.h"

G_BEGIN_DECLS

#define RK_TYPE_ACTIVITY (rk_activity_get_type ())

G_DECLARE_FINAL_TYPE (RkActivity, rk_activity, RK, ACTIVITY, RkEntity)

/* The three categories of the activity table's "category" column. */
#define RK_ACTIVITY_TRAINING "training"   /* 研修 */
#define RK_ACTIVITY_SHARING  "sharing"    /* 知識・技能に関する情報共有 */
#define RK_ACTIVITY_OUTREACH "outreach"   /* 地域住民への普及啓発 */

RkActivity   *rk_activity_new                  (RkDatabase   *db,
                                                const char   *category,
                                                const char   *held_on,
                                                const char   *undo_label,
                                                GError      **error);
gboolean      rk_activity_is_training          (RkActivity   *self);
RkQueryModel *rk_activity_get_participants     (RkActivity   *self);
gint64        rk_activity_get_participant_total (RkActivity  *self,
                                                gboolean     *has_breakdown);
gint64        rk_activity_get_count            (RkActivity   *self);
RkEntity     *rk_activity_add_participant      (RkActivity   *self,
                                                const char   *profession,
                                                int           headcount,
                                                const char   *undo_label,
                                                GError      **error);

RkTermList    rk_activity_category_get_kind_list (const char *category);

RkQueryModel *rk_activity_query_new            (RkDatabase   *db);
void          rk_activity_query_set_filter     (RkQueryModel *model,
                                                int           fiscal_year,
                                                const char   *category);
GArray       *rk_activity_list_fiscal_years    (RkDatabase   *db,
                                                GError      **error);

G_END_DECLS
