/* rk-bcp-store.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-database.h"

G_BEGIN_DECLS

/* The lists of the disaster BCP tab, as queries for RkQueryModel. */
#define RK_BCP_PLANS_SQL \
  "SELECT id FROM bcp_plan ORDER BY CASE kind WHEN 'regional' THEN 0 " \
  "WHEN 'cooperative' THEN 1 ELSE 2 END, title, id"
#define RK_BCP_DRILLS_SQL \
  "SELECT id FROM bcp_drill ORDER BY drill_date = '', drill_date DESC, id DESC"
#define RK_BCP_CHECKS_SQL \
  "SELECT id FROM bcp_check ORDER BY position, id"

/* Organisations to choose from, by name or kana containing ?1 (all when
 * empty), at most 200.
 */
#define RK_BCP_ORGANIZATION_SEARCH_SQL \
  "SELECT id FROM organization WHERE ?1 = '' OR instr (name, ?1) > 0 OR instr (kana, ?1) > 0 " \
  "ORDER BY CASE WHEN kana <> '' THEN kana ELSE name END, name, id LIMIT 200"

/* One row per person of the register: id, hours of power (NULL when not
 * known for every device), and the RkCareIssues bits. ?1 is today's date.
 */
#define RK_CARE_BOARD_SQL \
  "SELECT p.id AS id, h.hours AS hours, " \
  "  ((h.hours IS NULL OR h.hours < 24) << 0) " \
  "  | ((NOT (p.backup_spare_battery OR p.backup_storage_battery OR p.backup_car " \
  "           OR p.backup_generator)) << 1) " \
  "  | ((p.hospital_id IS NULL) << 2) " \
  "  | ((p.consent_date = '') << 3) " \
  "  | ((p.reviewed_on = '' OR date (p.reviewed_on, '+1 year') < ?1) << 4) AS issues " \
  "FROM care_person p LEFT JOIN (" \
  "  SELECT person_id, CASE WHEN sum (internal_hours IS NULL AND external_hours IS NULL) > 0 " \
  "    THEN NULL ELSE min (ifnull (internal_hours, 0) + ifnull (external_hours, 0)) END AS hours " \
  "  FROM care_device GROUP BY person_id) h ON h.person_id = p.id"

/* The people of the register with any of the issues in ?2 (all when ?2
 * is 0), by number. ?1 is today's date.
 */
#define RK_CARE_PEOPLE_SQL \
  "SELECT id FROM (" RK_CARE_BOARD_SQL ") " \
  "WHERE CAST (?2 AS INTEGER) = 0 OR (issues & CAST (?2 AS INTEGER)) <> 0 ORDER BY id"

/* The lists of the tab and its printouts. The queries return ids, and
 * the ones with a parent take its id as ?1.
 */
typedef enum
{
  RK_BCP_LIST_PLANS,            /* every plan: 地域BCP, 連携型, 機関型 */
  RK_BCP_LIST_PLAN_MEMBERS,     /* a plan's organisations, those that took part first */
  RK_BCP_LIST_PLAN_TASKS,       /* a plan's area tasks */
  RK_BCP_LIST_PLAN_REVIEWS,     /* a plan's review history, oldest first */
  RK_BCP_LIST_DRILLS,           /* every drill, latest first */
  RK_BCP_LIST_DRILL_MEMBERS,    /* a drill's organisations */
  RK_BCP_LIST_DRILL_REVIEWS,    /* the revisions a drill led to */
  RK_BCP_LIST_CHECKS,           /* the peacetime checklist */
  RK_CARE_LIST_PEOPLE,          /* the register, by number */
  RK_CARE_LIST_FAMILY,          /* a person's family contacts */
  RK_CARE_LIST_SUPPORTERS,      /* a person's evacuation supporters */
  RK_CARE_LIST_DEVICES,         /* a person's devices */
  RK_BCP_N_LISTS
} RkBcpList;

const char     *rk_bcp_list_get_sql            (RkBcpList        list);
GType           rk_bcp_list_get_item_type      (RkBcpList        list);
GPtrArray      *rk_bcp_list_entities           (RkDatabase      *db,
                                                RkBcpList        list,
                                                gint64           parent_id,
                                                GError         **error);

/* The readiness board: what a person's plan still lacks. */
typedef enum
{
  RK_CARE_SHORT_POWER     = 1 << 0,  /* under 24 hours of power, or not known */
  RK_CARE_NO_BACKUP       = 1 << 1,  /* no backup power at all */
  RK_CARE_NO_HOSPITAL     = 1 << 2,  /* no receiving hospital */
  RK_CARE_NO_CONSENT      = 1 << 3,  /* no consent to share */
  RK_CARE_REVIEW_OVERDUE  = 1 << 4,  /* not reviewed within a year */
} RkCareIssues;

#define RK_CARE_N_ISSUES 5

typedef struct
{
  gint64        id;
  double        hours;        /* NaN when not known */
  RkCareIssues  issues;
} RkCareStatus;

typedef struct
{
  char  *code;
  guint  n;
} RkBcpCount;

/* What the register holds, as counts only: safe to export and print. */
typedef struct
{
  guint       n_people;
  guint       n_ready;                      /* no issue at all */
  guint       n_issue[RK_CARE_N_ISSUES];
  GPtrArray  *devices;                      /* RkBcpCount: people per device */
  GPtrArray  *destinations;                 /* RkBcpCount: people per 避難先 ("" unset) */
} RkCareCounts;

/* Readiness of the region's organisations of one kind. */
typedef struct
{
  char       *kind;                 /* organization.kind */
  guint       n_organizations;
  guint       n_own;                /* 機関型BCP 策定済 or 要見直し */
  guint       n_cooperative;        /* take part in a 連携型BCP */
  guint       n_regional;           /* joined the 地域BCP */
  GPtrArray  *missing_own;          /* char *: names of those without */
  GPtrArray  *missing_cooperative;
  GPtrArray  *missing_regional;
} RkBcpReadiness;

const char     *rk_care_issue_get_label        (RkCareIssues     issue);

GArray         *rk_care_get_board              (RkDatabase      *db,
                                                const char      *today,
                                                GError         **error);
gboolean        rk_care_get_status             (RkDatabase      *db,
                                                gint64           person_id,
                                                const char      *today,
                                                RkCareStatus    *status,
                                                GError         **error);
RkCareCounts   *rk_care_get_counts             (RkDatabase      *db,
                                                const char      *today,
                                                GError         **error);
void            rk_care_counts_free            (RkCareCounts    *counts);

GPtrArray      *rk_bcp_get_readiness           (RkDatabase      *db,
                                                GError         **error);
void            rk_bcp_readiness_free          (RkBcpReadiness  *readiness);

char           *rk_bcp_join_names              (GPtrArray       *names,
                                                guint            max_names);
char           *rk_bcp_get_organization_name   (RkDatabase      *db,
                                                gint64           id);
guint           rk_bcp_count_members           (RkDatabase      *db,
                                                gint64           plan_id,
                                                gboolean         shared);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkCareCounts, rk_care_counts_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkBcpReadiness, rk_bcp_readiness_free)

G_END_DECLS
