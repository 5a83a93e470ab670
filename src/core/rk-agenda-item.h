/* rk-agenda-item.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_AGENDA_ITEM (rk_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (RkAgendaItem, rk_agenda_item, RK, AGENDA_ITEM, RkEntity)

G_END_DECLS
