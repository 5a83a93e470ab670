/* rk-types.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RkActivity    RkActivity;
typedef struct _RkActivityParticipant RkActivityParticipant;
typedef struct _RkDatabase    RkDatabase;
typedef struct _RkEntity      RkEntity;
typedef struct _RkMunicipality RkMunicipality;
typedef struct _RkProfile     RkProfile;
typedef struct _RkQueryModel  RkQueryModel;
typedef struct _RkStaff       RkStaff;
typedef struct _RkTransaction RkTransaction;

G_END_DECLS
