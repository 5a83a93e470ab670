/* rk-vocabulary.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The four functions of home care that every region must secure, and
 * disaster response, which the guidebook adds to them. Issues, agenda
 * items, indicators and capabilities are tagged with a set of them.
 */
typedef enum
{
  RK_FUNCTION_DISCHARGE   = 1 << 0,  /* 退院支援 */
  RK_FUNCTION_DAILY_CARE  = 1 << 1,  /* 日常の療養支援 */
  RK_FUNCTION_EMERGENCY   = 1 << 2,  /* 急変時の対応 */
  RK_FUNCTION_END_OF_LIFE = 1 << 3,  /* 看取り */
  RK_FUNCTION_DISASTER    = 1 << 4,  /* 災害時 */
} RkFunctions;

#define RK_N_FUNCTIONS 5

/**
 * RkTerm:
 * @code: what the workspace stores (stable, never translated)
 * @label: what the user reads (translated with gettext)
 *
 * One entry of a pick-list from the guidebook.
 */
typedef struct
{
  const char *code;
  const char *label;
} RkTerm;

typedef enum
{
  RK_TERMS_ORGANIZATION_KIND,   /* 関係機関の種類 */
  RK_TERMS_OPERATOR_KIND,       /* 拠点の設置主体 */
  RK_TERMS_AREA_UNIT,           /* 在宅医療の圏域の設定単位 */
  RK_TERMS_PROFESSION,          /* 担当者・参加者の職種 */
  RK_TERMS_ACTIVITY_CATEGORY,   /* 研修・情報共有・普及啓発 */
  RK_TERMS_TRAINING_METHOD,     /* 研修の実施方法 */
  RK_TERMS_SHARING_KIND,        /* 知識・技能に関する情報共有の媒体 */
  RK_TERMS_OUTREACH_KIND,       /* 地域住民への普及啓発の方法 */
  RK_TERMS_INDICATOR_EDITION,   /* 指標の版: 第7次, 第8次, 県独自, 拠点独自 */
  RK_TERMS_INDICATOR_CATEGORY,  /* 指標の区分: ストラクチャー, プロセス, アウトカム */
  RK_N_TERM_LISTS
} RkTermList;

const char   *rk_function_get_label          (RkFunctions   function);
char         *rk_functions_to_string         (RkFunctions   functions);

const RkTerm *rk_terms_get                   (RkTermList    list,
                                              guint        *n_terms);
const char   *rk_term_array_get_label        (const RkTerm *terms,
                                              guint         n_terms,
                                              const char   *code);
const char   *rk_terms_get_label             (RkTermList    list,
                                              const char   *code);
const char   *rk_terms_find_code             (RkTermList    list,
                                              const char   *label);

int           rk_fiscal_year_for_date        (const GDate  *date);
int           rk_fiscal_year_for_iso_date    (const char   *iso_date);
char         *rk_fiscal_year_to_string       (int           fiscal_year);
char         *rk_fiscal_year_to_era_string   (int           fiscal_year);
void          rk_fiscal_year_bounds          (int           fiscal_year,
                                              char          first_day[11],
                                              char          next_first_day[11]);

gboolean      rk_municipality_code_is_valid  (const char   *code);
char          rk_municipality_code_check_digit (const char *first_five);

G_END_DECLS
