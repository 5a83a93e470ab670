/* rk-bcp-vocabulary.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-vocabulary.h"

G_BEGIN_DECLS

/* The pick-lists of the disaster BCP tab, from the guidebook's disaster
 * slides and FIELD-NOTES §7. They use the shared RkTerm entries but are
 * kept here, with the tab, rather than in rk-vocabulary.c.
 */
typedef enum
{
  RK_BCP_TERMS_PLAN_KIND,      /* 機関型・連携型・地域BCP */
  RK_BCP_TERMS_PLAN_STATUS,    /* 未策定・策定中・策定済・要見直し */
  RK_BCP_TERMS_TASK,           /* 地域タスク */
  RK_BCP_TERMS_HAZARD,         /* 想定するハザード */
  RK_BCP_TERMS_CHECK_ITEM,     /* 平時の取組 (the national survey) */
  RK_BCP_TERMS_DEVICE,         /* 医療機器 */
  RK_BCP_TERMS_DESTINATION,    /* 避難先 */
  RK_BCP_TERMS_SEX,            /* 性別 */
  RK_BCP_TERMS_CONTACT_KIND,   /* 家族・避難支援者 */
  RK_BCP_N_TERM_LISTS
} RkBcpTermList;

const RkTerm *rk_bcp_terms_get          (RkBcpTermList  list,
                                         guint         *n_terms);
const char   *rk_bcp_terms_get_label    (RkBcpTermList  list,
                                         const char    *code);

char         *rk_bcp_today              (void);
char         *rk_bcp_format_date        (const char    *iso_date);
char         *rk_bcp_add_years          (const char    *iso_date,
                                         int            years);
gboolean      rk_bcp_parse_date         (const char    *text,
                                         char         **iso_date);
char         *rk_bcp_format_hours       (double         hours);

const char   *rk_bcp_personal_marking   (void);
const char   *rk_bcp_personal_footer    (void);

G_END_DECLS
