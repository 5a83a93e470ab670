/* rk-window-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-bcp-view.h"
#include "rk-logic-models-view.h"
#include "rk-meetings-view.h"
#include "rk-profile.h"
#include "rk-resources-view.h"
#include "rk-training-view.h"
#include "rk-window.h"

G_BEGIN_DECLS

struct _RkWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *main_stack;
  AdwStatusPage        *welcome_page;
  AdwPreferencesGroup  *recent_group;
  GtkListBox           *recent_list;
  AdwViewStack         *view_stack;
  GtkLabel             *read_only_badge;
  GMenu                *recent_submenu;
  RkResourcesView      *resources_view;
  RkMeetingsView       *meetings_view;
  RkLogicModelsView    *logic_models_view;
  RkBcpView            *bcp_view;
  RkTrainingView       *training_view;

  /* Owned */
  GSettings            *settings;
  RkDatabase           *db;
  RkProfile            *profile;
  GSignalGroup         *db_signals;
  GSignalGroup         *profile_signals;
};

/* rk-window-actions.c */
void _rk_window_class_actions_init (GtkWidgetClass *widget_class);
void _rk_window_update_actions     (RkWindow       *self);
void _rk_window_update_recent      (RkWindow       *self);
void _rk_window_open_or_present    (RkWindow       *self,
                                    const char     *path);

G_END_DECLS
