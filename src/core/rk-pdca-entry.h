/* rk-pdca-entry.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-pdca-cycle.h"

G_BEGIN_DECLS

#define RK_TYPE_PDCA_ENTRY (rk_pdca_entry_get_type ())

G_DECLARE_FINAL_TYPE (RkPdcaEntry, rk_pdca_entry, RK, PDCA_ENTRY, RkEntity)

G_END_DECLS
