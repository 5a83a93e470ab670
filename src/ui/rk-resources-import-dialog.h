/* rk-resources-import-dialog.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_TYPE_RESOURCES_IMPORT_DIALOG (rk_resources_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RkResourcesImportDialog, rk_resources_import_dialog, RK,
                      RESOURCES_IMPORT_DIALOG, AdwWindow)

RkResourcesImportDialog *rk_resources_import_dialog_new (GtkWindow  *parent,
                                                         RkDatabase *db,
                                                         GListModel *files);

G_END_DECLS
