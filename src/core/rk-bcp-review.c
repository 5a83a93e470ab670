/* rk-bcp-review.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-review"

#include "config.h"

#include "rk-bcp-review.h"

/**
 * RkBcpReview:
 *
 * One entry of a BCP's review history (見直し履歴), and the drill that
 * led to it, if any.
 */
struct _RkBcpReview
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkBcpReview, rk_bcp_review, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_PLAN_ID,
  PROP_REVIEW_DATE,
  PROP_VERSION,
  PROP_SUMMARY,
  PROP_DRILL_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_bcp_review_class_init (RkBcpReviewClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "bcp_review");

  /* the bcp_plan */
  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 見直し日, YYYY-MM-DD or empty */
  properties[PROP_REVIEW_DATE] =
    g_param_spec_string ("review-date", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 版 */
  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 見直しの内容 */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the bcp_drill that led to it, -1 for none */
  properties[PROP_DRILL_ID] =
    g_param_spec_int64 ("drill-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_bcp_review_init (RkBcpReview *self)
{
}
