/* rk-bcp-report.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"
#include "rk-report.h"

G_BEGIN_DECLS

RkReport *rk_bcp_report_support_plan (RkDatabase  *db,
                                      gint64       person_id,
                                      const char  *today,
                                      GError     **error);
RkReport *rk_bcp_report_drill_sheet  (RkDatabase  *db,
                                      gint64       drill_id,
                                      gboolean     include_personal,
                                      const char  *today,
                                      GError     **error);
RkReport *rk_bcp_report_overview     (RkDatabase  *db,
                                      gboolean     include_personal,
                                      const char  *today,
                                      GError     **error);

G_END_DECLS
