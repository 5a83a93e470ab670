/* rk-sample-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"

G_BEGIN_DECLS

/* One filler per area of the workspace, each in its own file, run in this
 * order inside the sample's single transaction. A later filler may read
 * what an earlier one wrote (meetings invite the directory's
 * organisations).
 */
gboolean _rk_sample_fill_profile (RkDatabase  *db,
                                  GError     **error);
/* rk-sample-bcp.c */
gboolean _rk_sample_fill_bcp     (RkDatabase  *db,
                                  GError     **error);
gboolean _rk_sample_fill_logic_models (RkDatabase  *db,
                                       GError     **error);
gboolean _rk_sample_fill_training (RkDatabase  *db,
                                  GError     **error);
/* rk-sample-meetings.c */
gboolean _rk_sample_fill_meetings (RkDatabase  *db,
                                   GError     **error);
/* rk-sample-links.c: after the meetings and the logic models */
gboolean _rk_sample_fill_links    (RkDatabase  *db,
                                   GError     **error);
/* rk-sample-resources.c: the directory (資源) */
gboolean _rk_sample_fill_resources (RkDatabase  *db,
                                    GError     **error);

/* Finds the sample organisation called @name, or registers it, so that
 * fillers of different areas name the same hospital without duplicating
 * it. @code5 is the municipality's code without its check digit ("99201"
 * for さくら市, "99341" みなと町, "99382" やまべ村), or "" for none.
 */
gint64   _rk_sample_organization  (RkDatabase  *db,
                                   const char  *kind,
                                   const char  *name,
                                   const char  *code5,
                                   GError     **error);

/* The fictional region: 青葉県 does not exist, and its prefecture code 99
 * is unused, so the sample can never be mistaken for real data.
 */
#define RK_SAMPLE_PREFECTURE "青葉県"

G_END_DECLS
