/* rk-lm-text.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* Wrapping the text of a logic model's boxes quickly (see rk-lm-text.c). */

typedef struct _RkLmTextMeasurer RkLmTextMeasurer;

RkLmTextMeasurer *_rk_lm_text_measurer_get (PangoContext     *context,
                                            const char       *family,
                                            double            size);
char             *_rk_lm_text_wrap         (RkLmTextMeasurer *measurer,
                                            const char       *text,
                                            gsize             bold_length,
                                            double            width,
                                            gsize            *out_bold_length,
                                            guint            *n_lines,
                                            double           *height);
PangoLayout      *_rk_lm_text_layout       (RkLmTextMeasurer *measurer,
                                            const char       *text,
                                            gsize             bold_length,
                                            double            width);

G_END_DECLS
