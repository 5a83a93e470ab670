/* rk-bind.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-entity.h"
#include "rk-vocabulary.h"

G_BEGIN_DECLS

/**
 * RkBindParseFunc:
 * @text: what the user typed
 * @value: (out caller-allocates): initialised to the column's type
 * @message: (out) (optional): why @text is not acceptable
 *
 * Returns: whether @text is a value the column can take
 */
typedef gboolean (*RkBindParseFunc)  (const char    *text,
                                      GValue        *value,
                                      char         **message);
typedef char    *(*RkBindFormatFunc) (const GValue  *value);

void      rk_bind_editable                (GtkEditable      *editable,
                                           GtkWidget        *row,
                                           RkEntity         *entity,
                                           const char       *property,
                                           const char       *undo_label,
                                           RkBindParseFunc   parse,
                                           RkBindFormatFunc  format);
void      rk_bind_spin_button             (GtkSpinButton    *spin,
                                           RkEntity         *entity,
                                           const char       *property,
                                           const char       *undo_label);
void      rk_bind_combo_row_terms         (AdwComboRow      *row,
                                           RkTermList        list,
                                           RkEntity         *entity,
                                           const char       *property,
                                           const char       *undo_label);
void      rk_bind_combo_row_term_array    (AdwComboRow      *row,
                                           const RkTerm     *terms,
                                           guint             n_terms,
                                           gboolean          allow_unset,
                                           RkEntity         *entity,
                                           const char       *property,
                                           const char       *undo_label);
void      rk_bind_switch                  (GtkSwitch        *sw,
                                           RkEntity         *entity,
                                           const char       *property,
                                           const char       *undo_label);

gboolean  rk_bind_parse_text              (const char       *text,
                                           GValue           *value,
                                           char            **message);
gboolean  rk_bind_parse_count             (const char       *text,
                                           GValue           *value,
                                           char            **message);
gboolean  rk_bind_parse_year_month        (const char       *text,
                                           GValue           *value,
                                           char            **message);
gboolean  rk_bind_parse_municipality_code (const char       *text,
                                           GValue           *value,
                                           char            **message);
char     *rk_bind_format_count            (const GValue     *value);

G_END_DECLS
