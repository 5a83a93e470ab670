/* rk-meetings-picker.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

/**
 * RkMeetingsPick:
 * @organization_id: an organisation of the shared list, or -1
 * @new_organization: (nullable): an organisation to register on the spot
 * @new_organization_kind: its RK_TERMS_ORGANIZATION_KIND code
 * @person_name: the person's name, or ""
 * @category: (nullable): a participant category, or %NULL to take it from
 *   the organisation
 *
 * Who the user picked: from the list, or added on the spot.
 */
typedef struct
{
  gint64      organization_id;
  const char *new_organization;
  const char *new_organization_kind;
  const char *person_name;
  const char *category;
} RkMeetingsPick;

/* Adds what was picked (in one transaction of its own); returns what to
 * tell the user, or %NULL with @error set.
 */
typedef char *(*RkMeetingsPickFunc) (const RkMeetingsPick  *pick,
                                     gpointer               user_data,
                                     GError               **error);

#define RK_TYPE_MEETINGS_PICKER (rk_meetings_picker_get_type ())

G_DECLARE_FINAL_TYPE (RkMeetingsPicker, rk_meetings_picker, RK, MEETINGS_PICKER, AdwWindow)

RkMeetingsPicker *rk_meetings_picker_new             (GtkWidget             *parent,
                                                      RkDatabase            *db,
                                                      const char            *title,
                                                      RkMeetingsPickFunc     func,
                                                      gpointer               user_data,
                                                      GDestroyNotify         destroy);
gint64            rk_meetings_pick_register          (RkDatabase            *db,
                                                      const RkMeetingsPick  *pick,
                                                      GError               **error);

G_END_DECLS
