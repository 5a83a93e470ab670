/* rk-meeting-terms.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-vocabulary.h"

G_BEGIN_DECLS

/* The pick-lists of the meetings tab. Codes are what the workspace
 * stores; labels are translated. They are kept apart from RkTermList so
 * that each area of the program owns its own lists.
 */
typedef enum
{
  RK_MEETING_TERMS_KIND,                /* 一次連携, 二次・三次連携, 全体会議, WG, 研修を兼ねる */
  RK_MEETING_TERMS_STATUS,              /* 予定, 開催済, 中止 */
  RK_MEETING_TERMS_STEP,                /* 現状把握, 課題整理, 対応策の検討 */
  RK_MEETING_TERMS_CATEGORY,            /* 参加者の例 */
  RK_MEETING_TERMS_ISSUE_STATUS,        /* 未着手, 対応中, 解決, 見送り */
  RK_MEETING_TERMS_PRIORITY,            /* 高, 中, 低 */
  RK_MEETING_TERMS_ACTION_STATUS,       /* 未着手, 実施中, 完了, 中止 */
  RK_MEETING_TERMS_STAGE,               /* 課題の抽出, 方策の決定, 実施, 評価, 完了 */
  RK_N_MEETING_TERM_LISTS
} RkMeetingTermList;

/* Attendance is counted in the columns the prefecture asks for: the
 * guidebook's 自治体 split into its four kinds, then 医療の団体, 医療機関等
 * and 介護・障害福祉 (団体 and 機関 together), and anything else.
 */
typedef enum
{
  RK_ATTENDANCE_PREFECTURE,
  RK_ATTENDANCE_MUNICIPALITY,
  RK_ATTENDANCE_PUBLIC_HEALTH_CENTER,
  RK_ATTENDANCE_FIRE,
  RK_ATTENDANCE_MEDICAL_BODY,
  RK_ATTENDANCE_MEDICAL_INSTITUTION,
  RK_ATTENDANCE_CARE_WELFARE,
  RK_ATTENDANCE_OTHER,
  RK_N_ATTENDANCE_GROUPS
} RkAttendanceGroup;

/**
 * RkAgendaTemplateItem:
 * @step: an RK_MEETING_TERMS_STEP code
 * @title: the item (translate with gettext)
 * @functions: the functions it concerns
 *
 * One item of the guidebook's example agenda (議題の例).
 */
typedef struct
{
  const char  *step;
  const char  *title;
  RkFunctions  functions;
} RkAgendaTemplateItem;

const RkTerm  *rk_meeting_terms_get                (RkMeetingTermList   list,
                                                    guint              *n_terms);
const char    *rk_meeting_terms_get_label          (RkMeetingTermList   list,
                                                    const char         *code);
const char    *rk_meeting_terms_translate          (RkMeetingTermList   list,
                                                    const RkTerm       *term);
gboolean       rk_meeting_terms_has_code           (RkMeetingTermList   list,
                                                    const char         *code);
const char    *rk_meeting_terms_get_context        (RkMeetingTermList   list);

RkAttendanceGroup rk_participant_category_get_group (const char        *category);
const char    *rk_attendance_group_get_label       (RkAttendanceGroup   group);
const char    *rk_participant_category_for_organization
                                                   (const char         *kind,
                                                    const char         *subkind,
                                                    const char         *name);

const RkAgendaTemplateItem *
               rk_agenda_template_get              (guint              *n_items);

int            rk_meeting_step_get_index           (const char         *step);

gboolean       rk_issue_status_is_open             (const char         *status);
gboolean       rk_action_status_is_open            (const char         *status);

G_END_DECLS
