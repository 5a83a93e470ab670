/* rk-bcp-report-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-bcp-report.h"

G_BEGIN_DECLS

RkReport   *_rk_bcp_report_new          (RkDatabase  *db,
                                         const char  *title,
                                         const char  *today,
                                         gboolean     personal);
char       *_rk_bcp_report_org_name     (RkDatabase  *db,
                                         gint64       id);
char       *_rk_bcp_report_org_contact  (RkDatabase  *db,
                                         gint64       id);
const char *_rk_bcp_report_yes_no       (gboolean     yes);

G_END_DECLS
