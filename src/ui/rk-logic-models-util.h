/* rk-logic-models-util.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-entity.h"
#include "rk-logic-model-graph.h"

G_BEGIN_DECLS

/* Small pieces the logic-models tab's editors share. */

GtkWidget *_rk_lm_functions_group    (RkEntity         *entity,
                                      const char       *title,
                                      const char       *undo_label);
GtkWidget *_rk_lm_entry_row          (RkEntity         *entity,
                                      const char       *title,
                                      const char       *property,
                                      const char       *undo_label);
GtkWidget *_rk_lm_icon_button        (const char       *icon_name,
                                      const char       *tooltip);
GtkWidget *_rk_lm_switch_row         (const char       *title,
                                      const char       *subtitle,
                                      const char       *accessible_label,
                                      gboolean          active,
                                      GCallback         toggled,
                                      gpointer          user_data);
GtkWidget *_rk_lm_bool_row           (RkEntity         *entity,
                                      const char       *title,
                                      const char       *subtitle,
                                      const char       *property,
                                      const char       *undo_label);
gboolean   _rk_lm_parse_value        (const char       *text,
                                      GValue           *value,
                                      char            **message);
char      *_rk_lm_format_value       (const GValue     *value);
gboolean   _rk_lm_parse_date         (const char       *text,
                                      GValue           *value,
                                      char            **message);
gboolean   _rk_lm_parse_year         (const char       *text,
                                      GValue           *value,
                                      char            **message);
char      *_rk_lm_format_year        (const GValue     *value);
char      *_rk_lm_indicator_summary  (const RkLmIndicator *indicator);
char      *_rk_lm_node_title         (RkEntity         *node);
void       _rk_lm_clear_list         (GtkListBox       *list);

G_END_DECLS
