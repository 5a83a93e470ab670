/* rk-logic-models-pdca.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rk-logic-model.h"
#include "rk-report.h"

G_BEGIN_DECLS

#define RK_TYPE_LM_PDCA_PAGE (rk_lm_pdca_page_get_type ())

G_DECLARE_FINAL_TYPE (RkLmPdcaPage, rk_lm_pdca_page, RK, LM_PDCA_PAGE, GtkBox)

void      rk_lm_pdca_page_set_model     (RkLmPdcaPage  *self,
                                         RkLogicModel  *model);
int       rk_lm_pdca_page_get_year      (RkLmPdcaPage  *self);
void      rk_lm_pdca_page_set_year      (RkLmPdcaPage  *self,
                                         int            fiscal_year);
RkReport *rk_lm_pdca_page_create_report (RkLmPdcaPage  *self,
                                         GError       **error);
gboolean  rk_lm_pdca_page_write         (RkLmPdcaPage  *self,
                                         const char    *path,
                                         GError       **error);

G_END_DECLS
