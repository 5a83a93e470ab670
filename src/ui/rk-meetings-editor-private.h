/* rk-meetings-editor-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-meetings-editor.h"
#include "rk-query-model.h"

G_BEGIN_DECLS

struct _RkMeetingsEditor
{
  AdwBin               parent_instance;

  RkMeeting           *meeting;
  RkDatabase          *db;
  gulong               committed_id;

  RkQueryModel        *participants;
  RkQueryModel        *agenda[3];
  GtkListBox          *agenda_lists[3];

  /* Built for each meeting */
  GtkWidget           *title_row;
  AdwPreferencesGroup *participants_group;
  GtkListBox          *carried_list;
  AdwPreferencesGroup *carried_group;
  GtkListBox          *raised_list;

  /* Template widgets */
  GtkBox              *content;
};

/* rk-meetings-agenda.c */
void  _rk_meetings_editor_build_agenda     (RkMeetingsEditor *self);
void  _rk_meetings_editor_add_example      (RkMeetingsEditor *self);
void  _rk_meetings_editor_reveal_agenda_item (RkMeetingsEditor *self,
                                            gint64            id);

/* rk-meetings-participants.c */
void  _rk_meetings_editor_build_participants (RkMeetingsEditor *self);
void  _rk_meetings_editor_update_attendance  (RkMeetingsEditor *self);
void  _rk_meetings_editor_add_participant    (RkMeetingsEditor *self);
void  _rk_meetings_editor_count_attendance   (RkMeetingsEditor *self);

/* rk-meetings-editor.c */
GtkWidget *_rk_meetings_group_new            (const char       *title,
                                              const char       *description);
void       _rk_meetings_group_add_button     (AdwPreferencesGroup *group,
                                              const char       *icon_name,
                                              const char       *label,
                                              const char       *accessible_label,
                                              const char       *action_name,
                                              GVariant         *target);

G_END_DECLS
