/* rk-meeting.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"
#include "rk-meeting-terms.h"

G_BEGIN_DECLS

#define RK_TYPE_MEETING (rk_meeting_get_type ())

G_DECLARE_FINAL_TYPE (RkMeeting, rk_meeting, RK, MEETING, RkEntity)

/* The order meetings are listed in: by date and time, undated last. */
#define RK_MEETING_ORDER "date = '', date, start_time, id"

/**
 * RkAttendance:
 * @invited: participants invited, per attendance column
 * @attended: participants who attended, per attendance column
 * @total_invited: all invited
 * @total_attended: all who attended
 * @by_category: (element-type RkCategoryCount): per participant category,
 *   in the guidebook's order, only categories with someone in them
 *
 * A meeting's attendance counted by profession or category, as the
 * prefecture asks for it.
 */
typedef struct
{
  guint   invited[RK_N_ATTENDANCE_GROUPS];
  guint   attended[RK_N_ATTENDANCE_GROUPS];
  guint   total_invited;
  guint   total_attended;
  GArray *by_category;
} RkAttendance;

typedef struct
{
  const char *category;   /* a category code, or the user's own word */
  guint       invited;
  guint       attended;
} RkCategoryCount;

RkMeeting    *rk_meeting_new                   (RkDatabase     *db,
                                                const char     *kind,
                                                const char     *date,
                                                const char     *title,
                                                GError        **error);
gboolean      rk_meeting_delete                (RkMeeting      *self,
                                                GError        **error);
gint64        rk_meeting_count_raised_issues   (RkMeeting      *self,
                                                GError        **error);

char         *rk_meeting_dup_display_title     (RkMeeting      *self);
char         *rk_meeting_format_date           (RkMeeting      *self);
char         *rk_meeting_format_time           (RkMeeting      *self);
char         *rk_meeting_format_place          (RkMeeting      *self);
int           rk_meeting_get_fiscal_year       (RkMeeting      *self);
char         *rk_meeting_dup_reference_date    (RkMeeting      *self);

RkAttendance *rk_meeting_count_attendance      (RkMeeting      *self,
                                                GError        **error);
void          rk_attendance_free               (RkAttendance   *attendance);

gboolean      rk_meeting_add_example_agenda    (RkMeeting      *self,
                                                GError        **error);
gint64        rk_meeting_add_agenda_item       (RkMeeting      *self,
                                                const char     *step,
                                                const char     *title,
                                                RkFunctions     functions,
                                                GError        **error);
gint64        rk_meeting_add_participant       (RkMeeting      *self,
                                                gint64          organization_id,
                                                const char     *name,
                                                const char     *category,
                                                GError        **error);

GArray       *rk_meeting_list_carried_issues   (RkMeeting      *self,
                                                GError        **error);
GArray       *rk_meeting_list_open_issues      (RkMeeting      *self,
                                                GError        **error);
GArray       *rk_meeting_list_carried_actions  (RkMeeting      *self,
                                                GError        **error);
GArray       *rk_meeting_list_raised_issues    (RkMeeting      *self,
                                                GError        **error);
gboolean      rk_meeting_summarize_agenda      (RkMeeting      *self,
                                                guint           n_per_step[3],
                                                RkFunctions    *functions,
                                                char          **titles,
                                                GError        **error);

GArray       *rk_meetings_list                 (RkDatabase     *db,
                                                int             fiscal_year,
                                                GError        **error);

char         *rk_format_iso_date               (const char     *iso_date);
char         *rk_today_iso_date                (void);
void          rk_fiscal_year_get_range         (int             fiscal_year,
                                                char            first_day[11],
                                                char            last_day[11]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkAttendance, rk_attendance_free)

G_END_DECLS
