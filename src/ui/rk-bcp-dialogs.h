/* rk-bcp-dialogs.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-bcp-drill.h"
#include "rk-bcp-plan.h"
#include "rk-care-person.h"

G_BEGIN_DECLS

/* The disaster BCP tab's edit forms: one plan, one drill, one person of
 * the register. Each saves every change at once, undoably.
 */

#define RK_TYPE_BCP_PLAN_DIALOG (rk_bcp_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RkBcpPlanDialog, rk_bcp_plan_dialog, RK, BCP_PLAN_DIALOG, AdwPreferencesWindow)

#define RK_TYPE_BCP_DRILL_DIALOG (rk_bcp_drill_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RkBcpDrillDialog, rk_bcp_drill_dialog, RK, BCP_DRILL_DIALOG, AdwPreferencesWindow)

#define RK_TYPE_BCP_PERSON_DIALOG (rk_bcp_person_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RkBcpPersonDialog, rk_bcp_person_dialog, RK, BCP_PERSON_DIALOG, AdwPreferencesWindow)

RkBcpPlanDialog   *rk_bcp_plan_dialog_new   (GtkWindow     *parent,
                                             RkBcpPlan     *plan);
RkBcpDrillDialog  *rk_bcp_drill_dialog_new  (GtkWindow     *parent,
                                             RkBcpDrill    *drill);
RkBcpPersonDialog *rk_bcp_person_dialog_new (GtkWindow     *parent,
                                             RkCarePerson  *person);

G_END_DECLS
