/* rk-meetings-measures.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-entity.h"

G_BEGIN_DECLS

guint  rk_meetings_fill_measures (AdwExpanderRow *row,
                                  RkEntity       *countermeasure);
guint  rk_meetings_count_measures (AdwExpanderRow *row);

G_END_DECLS
