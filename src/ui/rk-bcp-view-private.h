/* rk-bcp-view-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-bcp-view.h"
#include "rk-bcp-widgets.h"
#include "rk-query-model.h"

G_BEGIN_DECLS

struct _RkBcpView
{
  AdwBin          parent_instance;

  RkDatabase     *db;
  RkQueryModel   *plans;
  RkQueryModel   *drills;
  RkQueryModel   *checks;
  RkQueryModel   *people;
  gulong          committed_id;
  gulong          person_changed_id;
  guint           readiness_idle;
  gboolean        readiness_dirty;
  guint           scrub_idle;

  /* The register shows names only after an explicit reveal. */
  gboolean        revealed;
  RkCareIssues    filter;
  GtkToggleButton *board_buttons[RK_CARE_N_ISSUES + 1];
  GtkLabel        *board_counts[RK_CARE_N_ISSUES + 1];

  /* Template widgets */
  GtkStack              *sections;
  AdwPreferencesGroup   *plans_group;
  GtkListBox            *plan_list;
  AdwPreferencesGroup   *readiness_group;
  GtkListBox            *readiness_list;
  AdwPreferencesGroup   *drills_group;
  GtkListBox            *drill_list;
  GtkListBox            *check_list;
  GtkFlowBox            *board_box;
  GtkStack              *register_stack;
  GtkLabel              *shown_label;
  GtkColumnView         *people_view;
};

/* rk-bcp-view.c */
void  _rk_bcp_view_update_actions   (RkBcpView  *self);

/* rk-bcp-view-lists.c: plans, readiness, drills, checklist */
void  _rk_bcp_view_bind_lists       (RkBcpView  *self);
void  _rk_bcp_view_update_readiness (RkBcpView  *self);

/* rk-bcp-view-register.c: the board and the register */
void  _rk_bcp_view_init_register    (RkBcpView  *self);
void  _rk_bcp_view_bind_register    (RkBcpView  *self);
void  _rk_bcp_view_update_board     (RkBcpView  *self);
void  _rk_bcp_view_set_revealed     (RkBcpView  *self,
                                     gboolean    revealed);
void  _rk_bcp_view_refresh_people   (RkBcpView  *self);
void  _rk_bcp_view_open_person      (RkBcpView  *self,
                                     RkEntity   *person);

G_END_DECLS
