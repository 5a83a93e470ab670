/* rk-meetings-widgets.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-care-names.h"
#include "rk-entity.h"
#include "rk-meeting-terms.h"

G_BEGIN_DECLS

/* Small pieces the meetings tab builds its forms from. */

GtkWidget  *rk_meetings_functions_row      (RkEntity          *entity,
                                            const char        *property,
                                            const char        *undo_label);
GtkWidget  *rk_meetings_text_row           (const char        *title,
                                            RkEntity          *entity,
                                            const char        *property,
                                            const char        *undo_label,
                                            GtkTextView      **view);
GtkWidget  *rk_meetings_entry_row          (const char        *title,
                                            RkEntity          *entity,
                                            const char        *property,
                                            const char        *undo_label);
GtkWidget  *rk_meetings_date_row           (const char        *title,
                                            RkEntity          *entity,
                                            const char        *property,
                                            const char        *undo_label);
GtkWidget  *rk_meetings_combo_row          (const char        *title,
                                            RkMeetingTermList  list,
                                            RkEntity          *entity,
                                            const char        *property,
                                            const char        *undo_label);
GtkWidget  *rk_meetings_icon_button        (const char        *icon_name,
                                            const char        *label);

typedef gboolean (*RkMeetingsStatusSetter) (RkEntity    *entity,
                                            const char  *code,
                                            GError     **error);

GtkWidget  *rk_meetings_status_row         (const char              *title,
                                            RkMeetingTermList        list,
                                            RkEntity                *entity,
                                            const char              *property,
                                            RkMeetingsStatusSetter   setter);

typedef char *(*RkMeetingsLabelFunc) (RkEntity *item);

void        rk_meetings_bind_reference     (AdwComboRow         *row,
                                            RkEntity            *entity,
                                            const char          *property,
                                            GType                item_type,
                                            const char          *sql,
                                            RkMeetingsLabelFunc  label_func,
                                            const char          *none_label,
                                            const char          *undo_label);

char       *rk_meetings_organization_name  (RkDatabase        *db,
                                            gint64             organization_id);
void        rk_meetings_show_name_warning  (GtkLabel            *label,
                                            RkCareNames         *names,
                                            guint                n_fields,
                                            const char * const  *labels,
                                            const char * const  *texts);

G_END_DECLS
