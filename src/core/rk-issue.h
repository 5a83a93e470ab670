/* rk-issue.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"
#include "rk-meeting.h"

G_BEGIN_DECLS

#define RK_TYPE_ISSUE (rk_issue_get_type ())

G_DECLARE_FINAL_TYPE (RkIssue, rk_issue, RK, ISSUE, RkEntity)

/**
 * RkIssueFilter:
 * @status: %NULL or "" for any; "unresolved" for 未着手 and 対応中;
 *   "closed" for 解決 and 見送り; or one status code
 * @functions: 0 for any, or issues tagged with any of these
 * @working_group_id: -1 for any, 0 for issues of no working group, or a
 *   working group
 * @search: (nullable): words in the title or description
 *
 * What the issue register shows.
 */
typedef struct
{
  const char  *status;
  RkFunctions  functions;
  gint64       working_group_id;
  const char  *search;
} RkIssueFilter;

RkIssue  *rk_issue_new                  (RkDatabase           *db,
                                         RkMeeting            *raised_at,
                                         const char           *title,
                                         GError              **error);
gboolean  rk_issue_set_status           (RkIssue              *self,
                                         const char           *status,
                                         GError              **error);
gint64    rk_issue_add_countermeasure   (RkIssue              *self,
                                         RkMeeting            *decided_at,
                                         const char           *what,
                                         GError              **error);
gint64    rk_issue_add_progress         (RkIssue              *self,
                                         RkMeeting            *reported_at,
                                         const char           *note,
                                         GError              **error);
char     *rk_issue_dup_raised_at        (RkIssue              *self);
char     *rk_issue_dup_number           (RkIssue              *self);

char     *rk_issue_dup_progress_text    (RkIssue              *self);
void      rk_issue_count_countermeasures (RkIssue             *self,
                                         const char           *on_date,
                                         guint                *total,
                                         guint                *done,
                                         guint                *overdue);

char     *rk_issue_filter_to_sql        (const RkIssueFilter  *filter,
                                         GStrv                *params);
GArray   *rk_issues_list                (RkDatabase           *db,
                                         int                   fiscal_year,
                                         GError              **error);
GArray   *rk_issue_list_countermeasures (RkIssue              *self,
                                         GError              **error);

G_END_DECLS
