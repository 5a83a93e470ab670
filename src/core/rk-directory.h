/* rk-directory.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-capability.h"
#include "rk-database.h"
#include "rk-organization.h"
#include "rk-resource-capability.h"

G_BEGIN_DECLS

/* The resource directory: queries over the organisation table and the
 * capabilities recorded for each row. Views build an RkResourceFilter and
 * hand rk_resource_filter_build_sql()'s query to an RkQueryModel.
 */

typedef enum
{
  RK_RESOURCE_SORT_KANA,          /* フリガナ (五十音) order, the default */
  RK_RESOURCE_SORT_NAME,
  RK_RESOURCE_SORT_KIND,
  RK_RESOURCE_SORT_MUNICIPALITY,
  RK_RESOURCE_SORT_ADDRESS,
  RK_RESOURCE_SORT_PHONE,
  RK_RESOURCE_SORT_CONFIRMED,     /* oldest confirmation first */
} RkResourceSort;

/* 確認方法 */
#define RK_CONFIRM_PHONE     "phone"
#define RK_CONFIRM_SURVEY    "survey"
#define RK_CONFIRM_VISIT     "visit"
#define RK_CONFIRM_OPEN_DATA "open_data"

typedef struct
{
  /* What the search box says (words must all occur), or NULL. */
  char           *text;
  /* RK_TERMS_ORGANIZATION_KIND codes, or NULL for every kind. */
  GStrv           kinds;
  /* Municipality codes, or NULL for any. */
  GStrv           municipalities;
  /* Only resources in the workspace's municipalities (対象圏域). */
  gboolean        area_only;
  /* Capability ids (gint64) that must all be answered yes (or, for text
   * capabilities, be filled in); NULL or empty for none.
   */
  GArray         *capabilities;
  /* Also list rows marked closed (廃止・休止). */
  gboolean        include_closed;
  /* YYYY-MM-DD: the resources open on that day as far as the directory
   * tells, for a report as of a past date: besides the open ones, those
   * marked closed after it (their closed_on is later). NULL: closed rows
   * are left out (unless include_closed).
   */
  char           *open_on;
  /* YYYY-MM-DD: only resources with a fact last confirmed before this
   * date, or never (要確認); NULL for no such condition.
   */
  char           *stale_before;
  RkResourceSort  sort;
  gboolean        descending;
} RkResourceFilter;

typedef struct
{
  guint    n_municipalities;   /* the last row is the whole area */
  guint    n_capabilities;
  char   **municipality_codes;
  char   **municipality_names;
  gint64  *elderly;            /* population aged 65+, -1 if not known */
  gint64  *capability_ids;
  char   **capability_labels;
  guint   *counts;             /* [m * n_capabilities + c] */
} RkCoverage;

void              rk_resource_filter_init          (RkResourceFilter     *filter);
void              rk_resource_filter_clear         (RkResourceFilter     *filter);
void              rk_resource_filter_add_capability (RkResourceFilter    *filter,
                                                    gint64                capability_id);
char             *rk_resource_filter_build_sql     (const RkResourceFilter *filter,
                                                    GStrv                *params);
char             *rk_resource_filter_build_list_sql (const RkResourceFilter *filter,
                                                    GStrv                *params);
char             *rk_directory_search_sql          (const char           *text,
                                                    GStrv                *params);
char             *rk_resource_filter_build_select  (const RkResourceFilter *filter,
                                                    const char           *columns,
                                                    GStrv                *params);

char             *rk_directory_stale_cutoff        (guint                 months);
const char       *rk_directory_heading             (const char           *msgid);

RkOrganization   *rk_directory_create              (RkDatabase           *db,
                                                    const char           *kind,
                                                    const char           *name,
                                                    const char           *undo_label,
                                                    GError              **error);
GPtrArray        *rk_directory_list_capabilities   (RkDatabase           *db,
                                                    const char           *kind,
                                                    GError              **error);
RkCapability     *rk_directory_find_capability     (RkDatabase           *db,
                                                    const char           *code);
RkResourceCapability *rk_directory_get_answer      (RkDatabase           *db,
                                                    gint64                organization_id,
                                                    gint64                capability_id);
gboolean          rk_directory_set_answer          (RkDatabase           *db,
                                                    gint64                organization_id,
                                                    gint64                capability_id,
                                                    const char           *value,
                                                    const char           *confirmed_on,
                                                    const char           *method,
                                                    const char           *confirmed_by,
                                                    const char           *undo_label,
                                                    GError              **error);
gboolean          rk_directory_confirm             (RkOrganization       *resource,
                                                    const char           *date,
                                                    const char           *method,
                                                    const char           *confirmed_by,
                                                    const char           *undo_label,
                                                    GError              **error);
char             *rk_directory_summarize_answers   (RkDatabase           *db,
                                                    gint64                organization_id);
char             *rk_directory_summarize_key_answers (RkDatabase         *db,
                                                    gint64                organization_id);
char             *rk_directory_oldest_confirmation (RkDatabase           *db,
                                                    gint64                organization_id);
gint64            rk_directory_count               (RkDatabase           *db,
                                                    const RkResourceFilter *filter,
                                                    GError              **error);
GHashTable       *rk_directory_municipality_names  (RkDatabase           *db);

const char       *rk_directory_method_label        (const char           *method);
const char       *rk_directory_value_label         (const char           *value);
gboolean          rk_directory_kind_has_capability (const char           *kinds,
                                                    const char           *kind);

RkCoverage       *rk_coverage_compute              (RkDatabase           *db,
                                                    GError              **error);
RkCoverage       *rk_coverage_compute_as_of        (RkDatabase           *db,
                                                    const char           *open_on,
                                                    GError              **error);
double            rk_coverage_get_rate             (RkCoverage           *coverage,
                                                    guint                 municipality,
                                                    guint                 capability);
guint             rk_coverage_get_count            (RkCoverage           *coverage,
                                                    guint                 municipality,
                                                    guint                 capability);
void              rk_coverage_free                 (RkCoverage           *coverage);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RkResourceFilter, rk_resource_filter_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkCoverage, rk_coverage_free)

G_END_DECLS
