/* rk-ui-utils.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

typedef void (*RkFileChosenFunc) (GFile    *file,
                                  gpointer  user_data);

void        rk_ui_show_toast          (GtkWidget            *widget,
                                       const char           *title);
void        rk_ui_show_undo_toast     (GtkWidget            *widget,
                                       const char           *title);
void        rk_ui_show_error          (GtkWidget            *widget,
                                       const char           *heading,
                                       const GError         *error);
void        rk_ui_confirm             (GtkWidget            *widget,
                                       const char           *heading,
                                       const char           *body,
                                       const char           *destructive_label,
                                       GCallback             on_confirm,
                                       gpointer              user_data);
void        rk_ui_choose_file         (GtkWidget            *widget,
                                       GtkFileChooserAction  action,
                                       const char           *title,
                                       const char           *accept_label,
                                       const char           *suggested_name,
                                       const char           *filter_name,
                                       const char           *filter_pattern,
                                       RkFileChosenFunc      callback,
                                       gpointer              user_data);
char       *rk_ui_ensure_extension    (const char           *path,
                                       const char           *extension);
RkDatabase *rk_ui_get_database        (GtkWidget            *widget);

G_END_DECLS
