/* rk-issue-progress.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-issue-progress"

#include "config.h"

#include "rk-issue-progress.h"

/**
 * RkIssueProgress:
 *
 * A progress note on an issue (経過), usually from a later meeting.
 */
struct _RkIssueProgress
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkIssueProgress, rk_issue_progress, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_ISSUE_ID,
  PROP_MEETING_ID,
  PROP_NOTED_ON,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_issue_progress_class_init (RkIssueProgressClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "issue_progress");

  /* the issue */
  properties[PROP_ISSUE_ID] =
    g_param_spec_int64 ("issue-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the meeting it was reported at, or -1 */
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* YYYY-MM-DD */
  properties[PROP_NOTED_ON] =
    g_param_spec_string ("noted-on", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 経過 */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_issue_progress_init (RkIssueProgress *self)
{
}
