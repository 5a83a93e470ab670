/* rk-work-items.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The eight work items (事業項目 ア〜ク) of the 在宅医療・介護連携推進事業
 * (介護保険法の地域支援事業), in the wording of the MHLW 手引き: prefectures
 * ask bases that run the 推進事業 too what they did under each.
 */
typedef enum
{
  RK_WORK_ITEM_RESOURCES,       /* (ア) 地域の医療・介護の資源の把握 */
  RK_WORK_ITEM_ISSUES,          /* (イ) 課題の抽出と対応策の検討 */
  RK_WORK_ITEM_SEAMLESS_CARE,   /* (ウ) 切れ目のない在宅医療と在宅介護の提供体制の構築推進 */
  RK_WORK_ITEM_SHARING,         /* (エ) 医療・介護関係者の情報共有の支援 */
  RK_WORK_ITEM_CONSULTATION,    /* (オ) 在宅医療・介護連携に関する相談支援 */
  RK_WORK_ITEM_TRAINING,        /* (カ) 医療・介護関係者の研修 */
  RK_WORK_ITEM_AWARENESS,       /* (キ) 地域住民への普及啓発 */
  RK_WORK_ITEM_MUNICIPALITIES,  /* (ク) 関係市区町村の連携 */
  RK_N_WORK_ITEMS
} RkWorkItem;

/**
 * RkWorkItemRule:
 * @item: the work item the records belong to
 * @label: what they are, marked with N_(), e.g. N_("Training sessions")
 * @sql: a query over the workspace returning one row per record, its
 *   first column the text that names it (a title); ?1 and ?2 are the
 *   fiscal year's first day and the next year's first day ("2026-04-01",
 *   "2027-04-01"), for `held_on >= ?1 AND held_on < ?2`
 * @evidence: whether a record is work done under the item (and so counts
 *   and marks it 実施); %FALSE for context, such as the municipalities of
 *   the area under (ク)
 * @max_titles: how many titles the line names before "ほか N件": 0 for
 *   the default (8), %RK_WORK_ITEM_COUNT_ONLY for none — a count only,
 *   for records too many or too long to name (the organisations of the
 *   resource directory under (ア))
 *
 * One source of the 推進事業 sheet. Each area adds the rules its records
 * answer from its registrar (rk-submission-private.h), so the sheet grows
 * with the areas without its code changing.
 */
typedef struct
{
  RkWorkItem  item;
  const char *label;
  const char *sql;
  gboolean    evidence;
  guint       max_titles;
} RkWorkItemRule;

#define RK_WORK_ITEM_COUNT_ONLY G_MAXUINT

void        rk_work_items_add_rule    (const RkWorkItemRule *rule);
GPtrArray  *rk_work_items_list_rules  (void);
const char *rk_work_item_get_letter   (RkWorkItem            item);
const char *rk_work_item_get_name     (RkWorkItem            item);
RkWorkItem  rk_work_item_for_activity (const char           *category,
                                       const char           *kind);

G_END_DECLS
