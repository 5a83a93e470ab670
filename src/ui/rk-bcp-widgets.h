/* rk-bcp-widgets.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-bcp-store.h"
#include "rk-bcp-vocabulary.h"
#include "rk-bind.h"

G_BEGIN_DECLS

typedef void (*RkBcpOrganizationFunc) (gint64    organization_id,
                                       gpointer  user_data);
typedef void (*RkBcpPersonalFunc)     (gboolean  include_personal,
                                       gpointer  user_data);

gboolean   rk_bcp_parse_date_text      (const char             *text,
                                        GValue                 *value,
                                        char                  **message);
gboolean   rk_bcp_parse_hours_text     (const char             *text,
                                        GValue                 *value,
                                        char                  **message);
char      *rk_bcp_format_hours_value   (const GValue           *value);

GtkWidget *rk_bcp_entry_row            (const char             *title,
                                        RkEntity               *entity,
                                        const char             *property,
                                        const char             *undo_label,
                                        RkBindParseFunc         parse,
                                        RkBindFormatFunc        format);
GtkWidget *rk_bcp_switch_row           (const char             *title,
                                        RkEntity               *entity,
                                        const char             *property,
                                        const char             *undo_label);
GtkWidget *rk_bcp_combo_row            (const char             *title,
                                        RkBcpTermList           list,
                                        gboolean                allow_unset,
                                        RkEntity               *entity,
                                        const char             *property,
                                        const char             *undo_label);
GtkWidget *rk_bcp_organization_row     (const char             *title,
                                        RkEntity               *entity,
                                        const char             *property,
                                        const char             *undo_label);
GtkWidget *rk_bcp_entity_combo_row     (const char             *title,
                                        RkBcpList               list,
                                        RkEntity               *entity,
                                        const char             *property,
                                        const char             *undo_label);
GtkWidget *rk_bcp_remove_button        (const char             *label);
GtkWidget *rk_bcp_add_button           (const char             *label,
                                        const char             *action_name);

void       rk_bcp_choose_organization  (GtkWidget              *parent,
                                        const char             *title,
                                        RkBcpOrganizationFunc   callback,
                                        gpointer                user_data,
                                        GDestroyNotify          destroy);

void       rk_bcp_connect_personal_warning (GtkCheckButton     *check);
void       rk_bcp_ask_personal         (GtkWidget              *parent,
                                        const char             *heading,
                                        const char             *body,
                                        const char             *accept_label,
                                        RkBcpPersonalFunc       callback,
                                        gpointer                user_data,
                                        GDestroyNotify          destroy);

void       rk_bcp_dialog_class_setup   (GtkWidgetClass         *klass);
void       rk_bcp_dialog_toast         (GtkWidget              *dialog,
                                        const char             *title,
                                        gboolean                with_undo);
void       rk_bcp_bind_list            (GtkListBox             *box,
                                        RkDatabase             *db,
                                        RkBcpList               list,
                                        gint64                  parent_id,
                                        GtkListBoxCreateWidgetFunc create,
                                        gpointer                user_data);

G_END_DECLS
