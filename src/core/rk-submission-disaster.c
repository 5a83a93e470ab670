/* rk-submission-disaster.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-disaster"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-bcp-store.h"
#include "rk-bcp-vocabulary.h"
#include "rk-entity.h"
#include "rk-submission-private.h"

/* 災害対策 (FIELD-NOTES §6: 災害 — 平時の取組チェック, BCP策定状況,
 * 訓練実績): the BCPs counted by kind and status, the readiness of each
 * kind of organisation, the year's drills, the peacetime checklist and
 * the register of people on medical devices as counts — read with the
 * disaster BCP tab's own functions (rk_bcp_list_entities(),
 * rk_bcp_get_readiness(), rk_care_get_counts()).
 *
 * Nothing here names a person: none of these kinds reads a name, an
 * address, a phone number or a condition from the register. The names
 * go into a workbook only when the user asks for them, on the BCP tab's
 * marked sheet (rk_submission_export_full() with
 * RK_SUBMISSION_EXPORT_PERSONAL).
 */

static const char * const status_ids[] = { "not_started", "drafting", "done", "needs_review" };

static const RkSubmissionField plan_fields[] = {
  { "kind",         N_("Kind of BCP"), RK_SUBMISSION_TEXT },
  { "not_started",  N_("Not drafted"), RK_SUBMISSION_INTEGER },
  { "drafting",     N_("Being drafted"), RK_SUBMISSION_INTEGER },
  { "done",         N_("Drafted"), RK_SUBMISSION_INTEGER },
  { "needs_review", N_("Needs review"), RK_SUBMISSION_INTEGER },
  { "total",        N_("Total"), RK_SUBMISSION_INTEGER },
};

static const RkSubmissionField readiness_fields[] = {
  { "kind",                N_("Kind of organization"), RK_SUBMISSION_TEXT },
  { "organizations",       N_("Organizations"), RK_SUBMISSION_INTEGER },
  { "own",                 N_("Own BCP"), RK_SUBMISSION_INTEGER },
  { "own_share",           N_("Share with own BCP"), RK_SUBMISSION_PERCENT },
  { "cooperative",         N_("In a cooperative BCP"), RK_SUBMISSION_INTEGER },
  { "cooperative_share",   N_("Share in a cooperative BCP"), RK_SUBMISSION_PERCENT },
  { "regional",            N_("In the regional BCP"), RK_SUBMISSION_INTEGER },
  { "regional_share",      N_("Share in the regional BCP"), RK_SUBMISSION_PERCENT },
  { "missing_own",         N_("No own BCP"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "missing_cooperative", N_("Not in a cooperative BCP"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "missing_regional",    N_("Not in the regional BCP"), RK_SUBMISSION_TEXT, NULL, TRUE },
};

static const RkSubmissionField drill_fields[] = {
  { "date",               N_("Date"), RK_SUBMISSION_DATE },
  { "title",              N_("Drill"), RK_SUBMISSION_TEXT },
  { "hazard",             N_("Scenario"), RK_SUBMISSION_TEXT },
  { "outage_hours",       N_("Hours without power"), RK_SUBMISSION_INTEGER },
  { "plan",               N_("BCP exercised"), RK_SUBMISSION_TEXT },
  { "organizations",      N_("Organizations taking part"), RK_SUBMISSION_INTEGER },
  { "organization_names", N_("Organizations taking part (names)"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "relay_minutes",      N_("Relay of information (minutes)"), RK_SUBMISSION_INTEGER },
  { "findings",           N_("Findings"), RK_SUBMISSION_TEXT },
  { "revisions",          N_("BCP revisions that followed"), RK_SUBMISSION_TEXT, NULL, TRUE },
};

static const RkSubmissionField check_fields[] = {
  { "item",    N_("Peacetime preparation"), RK_SUBMISSION_TEXT },
  { "done",    N_("Done"), RK_SUBMISSION_CODE },
  { "done_on", N_("Date"), RK_SUBMISSION_DATE },
  { "notes",   N_("Notes"), RK_SUBMISSION_TEXT },
};

static const RkSubmissionField count_fields[] = {
  { "group",  N_("Group"), RK_SUBMISSION_TEXT },
  { "item",   N_("Item"), RK_SUBMISSION_TEXT },
  { "people", N_("People"), RK_SUBMISSION_INTEGER },
};

/*
 * BCPs by kind and status
 */

static gboolean
collect_plans (RkDatabase        *db,
               int                fiscal_year,
               RkSubmissionRows  *rows,
               gpointer           user_data,
               GError           **error)
{
  g_autoptr(GPtrArray) plans = rk_bcp_list_entities (db, RK_BCP_LIST_PLANS, 0, error);
  const RkTerm *kinds, *statuses;
  guint n_kinds, n_statuses;
  guint totals[G_N_ELEMENTS (status_ids) + 1] = { 0 };

  if (plans == NULL)
    return FALSE;

  kinds = rk_bcp_terms_get (RK_BCP_TERMS_PLAN_KIND, &n_kinds);
  statuses = rk_bcp_terms_get (RK_BCP_TERMS_PLAN_STATUS, &n_statuses);
  g_return_val_if_fail (n_statuses == G_N_ELEMENTS (status_ids), FALSE);

  /* Every kind, even one without a plan: a 0 is an answer too. */
  for (guint k = 0; k < n_kinds; k++)
    {
      guint counts[G_N_ELEMENTS (status_ids)] = { 0 };
      guint total = 0;

      for (guint i = 0; i < plans->len; i++)
        {
          RkEntity *plan = g_ptr_array_index (plans, i);

          if (g_strcmp0 (rk_entity_get_string (plan, "kind"), kinds[k].code) != 0)
            continue;
          for (guint s = 0; s < n_statuses; s++)
            if (g_strcmp0 (rk_entity_get_string (plan, "status"), statuses[s].code) == 0)
              counts[s]++;
          total++;
        }

      rk_submission_rows_add (rows);
      rk_submission_rows_set_text (rows, "kind", rk_bcp_terms_get_label (RK_BCP_TERMS_PLAN_KIND, kinds[k].code));
      for (guint s = 0; s < n_statuses; s++)
        {
          g_assert (strcmp (statuses[s].code, status_ids[s]) == 0);
          rk_submission_rows_set_number (rows, status_ids[s], counts[s]);
          totals[s] += counts[s];
        }
      rk_submission_rows_set_number (rows, "total", total);
      totals[n_statuses] += total;
    }

  rk_submission_rows_add (rows);
  rk_submission_rows_set_total (rows);
  rk_submission_rows_set_text (rows, "kind", _("Total"));
  for (guint s = 0; s < n_statuses; s++)
    rk_submission_rows_set_number (rows, status_ids[s], totals[s]);
  rk_submission_rows_set_number (rows, "total", totals[n_statuses]);
  return TRUE;
}

/*
 * Readiness by kind of organisation
 */

static double
share (guint part,
       guint whole)
{
  return whole > 0 ? (double) part / whole : 0;
}

static gboolean
collect_readiness (RkDatabase        *db,
                   int                fiscal_year,
                   RkSubmissionRows  *rows,
                   gpointer           user_data,
                   GError           **error)
{
  g_autoptr(GPtrArray) readiness = rk_bcp_get_readiness (db, error);

  if (readiness == NULL)
    return FALSE;

  for (guint i = 0; i < readiness->len; i++)
    {
      RkBcpReadiness *r = g_ptr_array_index (readiness, i);

      rk_submission_rows_add (rows);
      rk_submission_rows_set_text (rows, "kind", rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND, r->kind));
      rk_submission_rows_set_number (rows, "organizations", r->n_organizations);
      rk_submission_rows_set_number (rows, "own", r->n_own);
      rk_submission_rows_set_number (rows, "own_share", share (r->n_own, r->n_organizations));
      rk_submission_rows_set_number (rows, "cooperative", r->n_cooperative);
      rk_submission_rows_set_number (rows, "cooperative_share", share (r->n_cooperative, r->n_organizations));
      rk_submission_rows_set_number (rows, "regional", r->n_regional);
      rk_submission_rows_set_number (rows, "regional_share", share (r->n_regional, r->n_organizations));
      /* Organisations, never people; and only when a template asks. */
      rk_submission_rows_take_text (rows, "missing_own", rk_bcp_join_names (r->missing_own, 300));
      rk_submission_rows_take_text (rows, "missing_cooperative", rk_bcp_join_names (r->missing_cooperative, 300));
      rk_submission_rows_take_text (rows, "missing_regional", rk_bcp_join_names (r->missing_regional, 300));
    }
  return TRUE;
}

/*
 * The year's drills
 */

static gboolean
add_drill (RkDatabase        *db,
           RkEntity          *d,
           RkSubmissionRows  *rows,
           GError           **error)
{
  gint64 id = rk_entity_get_id (d);
  g_autoptr(GPtrArray) members = rk_bcp_list_entities (db, RK_BCP_LIST_DRILL_MEMBERS, id, error);
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(RkEntity) plan = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) revisions = g_string_new (NULL);

  if (members == NULL)
    return FALSE;
  reviews = rk_bcp_list_entities (db, RK_BCP_LIST_DRILL_REVIEWS, id, error);
  if (reviews == NULL)
    return FALSE;
  if (rk_entity_get_int (d, "plan-id") > 0)
    plan = rk_entity_lookup (db, rk_bcp_list_get_item_type (RK_BCP_LIST_PLANS),
                             rk_entity_get_int (d, "plan-id"), NULL);

  for (guint m = 0; m < members->len; m++)
    {
      RkEntity *member = g_ptr_array_index (members, m);
      g_autofree char *name = rk_bcp_get_organization_name (db, rk_entity_get_int (member, "organization-id"));
      if (name == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, C_("list separator", ", "));
      g_string_append (names, name);
    }
  for (guint r = 0; r < reviews->len; r++)
    {
      RkEntity *review = g_ptr_array_index (reviews, r);
      g_autofree char *date = rk_bcp_format_date (rk_entity_get_string (review, "review-date"));

      if (revisions->len > 0)
        g_string_append_c (revisions, '\n');
      g_string_append_printf (revisions, "%s %s %s", date, rk_entity_get_string (review, "version"),
                              rk_entity_get_string (review, "summary"));
    }

  rk_submission_rows_add (rows);
  rk_submission_rows_set_date (rows, "date", rk_entity_get_string (d, "drill-date"));
  rk_submission_rows_set_text (rows, "title", rk_entity_get_string (d, "title"));
  if (rk_entity_get_string (d, "hazard")[0] != '\0')
    rk_submission_rows_set_text (rows, "hazard", rk_bcp_terms_get_label (RK_BCP_TERMS_HAZARD,
                                                                         rk_entity_get_string (d, "hazard")));
  if (rk_entity_get_int (d, "outage-hours") >= 0)
    rk_submission_rows_set_number (rows, "outage_hours", rk_entity_get_int (d, "outage-hours"));
  if (plan != NULL)
    rk_submission_rows_set_text (rows, "plan", rk_entity_get_string (plan, "title"));
  rk_submission_rows_set_number (rows, "organizations", members->len);
  rk_submission_rows_set_text (rows, "organization_names", names->str);
  if (rk_entity_get_int (d, "relay-minutes") >= 0)
    rk_submission_rows_set_number (rows, "relay_minutes", rk_entity_get_int (d, "relay-minutes"));
  rk_submission_rows_set_text (rows, "findings", rk_entity_get_string (d, "findings"));
  rk_submission_rows_set_text (rows, "revisions", revisions->str);
  return TRUE;
}

static gboolean
collect_drills (RkDatabase        *db,
                int                fiscal_year,
                RkSubmissionRows  *rows,
                gpointer           user_data,
                GError           **error)
{
  g_autoptr(GPtrArray) drills = rk_bcp_list_entities (db, RK_BCP_LIST_DRILLS, 0, error);
  char first[11], next[11];

  if (drills == NULL)
    return FALSE;
  rk_fiscal_year_bounds (fiscal_year, first, next);

  /* The tab lists the latest first; a report reads in date order. */
  for (guint i = drills->len; i-- > 0; )
    {
      RkEntity *d = g_ptr_array_index (drills, i);
      const char *date = rk_entity_get_string (d, "drill-date");

      if (strcmp (date, first) >= 0 && strcmp (date, next) < 0 && !add_drill (db, d, rows, error))
        return FALSE;
    }
  return TRUE;
}

/*
 * The peacetime checklist
 */

static gboolean
collect_checks (RkDatabase        *db,
                int                fiscal_year,
                RkSubmissionRows  *rows,
                gpointer           user_data,
                GError           **error)
{
  g_autoptr(GPtrArray) checks = rk_bcp_list_entities (db, RK_BCP_LIST_CHECKS, 0, error);

  if (checks == NULL)
    return FALSE;

  for (guint i = 0; i < checks->len; i++)
    {
      RkEntity *c = g_ptr_array_index (checks, i);

      rk_submission_rows_add (rows);
      rk_submission_rows_set_text (rows, "item", rk_bcp_terms_get_label (RK_BCP_TERMS_CHECK_ITEM,
                                                                         rk_entity_get_string (c, "item")));
      rk_submission_rows_set_text (rows, "done", rk_entity_get_boolean (c, "done") ? _("Done") : _("Not yet"));
      rk_submission_rows_set_date (rows, "done_on", rk_entity_get_string (c, "done-on"));
      rk_submission_rows_set_text (rows, "notes", rk_entity_get_string (c, "notes"));
    }
  return TRUE;
}

/*
 * The register, counted
 */

static void
add_count (RkSubmissionRows *rows,
           const char       *group,
           const char       *item,
           guint             n)
{
  rk_submission_rows_add (rows);
  rk_submission_rows_set_text (rows, "group", group);
  rk_submission_rows_set_text (rows, "item", item);
  rk_submission_rows_set_number (rows, "people", n);
}

static gboolean
collect_counts (RkDatabase        *db,
                int                fiscal_year,
                RkSubmissionRows  *rows,
                gpointer           user_data,
                GError           **error)
{
  g_autofree char *today = rk_bcp_today ();
  g_autoptr(RkCareCounts) counts = rk_care_get_counts (db, today, error);

  if (counts == NULL)
    return FALSE;

  /* The rows of the BCP tab's "Register (Counts)" sheet, in its order. */
  add_count (rows, _("Register"), _("In the register"), counts->n_people);
  add_count (rows, _("Register"), _("Ready (nothing missing)"), counts->n_ready);
  for (guint bit = 0; bit < RK_CARE_N_ISSUES; bit++)
    add_count (rows, _("Still missing"), rk_care_issue_get_label (1u << bit), counts->n_issue[bit]);
  for (guint i = 0; i < counts->devices->len; i++)
    {
      RkBcpCount *c = g_ptr_array_index (counts->devices, i);
      add_count (rows, _("By device"), rk_bcp_terms_get_label (RK_BCP_TERMS_DEVICE, c->code), c->n);
    }
  for (guint i = 0; i < counts->destinations->len; i++)
    {
      RkBcpCount *c = g_ptr_array_index (counts->destinations, i);
      add_count (rows, _("By place to go"),
                 c->code[0] != '\0' ? rk_bcp_terms_get_label (RK_BCP_TERMS_DESTINATION, c->code)
                                    : _("Not decided"), c->n);
    }
  return TRUE;
}

static const RkSubmissionKind kinds[] = {
  { "bcp_plans", N_("BCPs by kind and status"),
    N_("How many institutional, cooperative and regional BCPs are not drafted, being drafted, "
       "drafted or due for review, with a total."),
    RK_SUBMISSION_LAYOUT_TABLE, plan_fields, G_N_ELEMENTS (plan_fields), collect_plans, NULL },
  { "bcp_readiness", N_("Readiness by kind of organization"),
    N_("For each kind of organization in the directory: how many have a BCP of their own, take part "
       "in a cooperative BCP and joined the regional BCP."),
    RK_SUBMISSION_LAYOUT_TABLE, readiness_fields, G_N_ELEMENTS (readiness_fields), collect_readiness, NULL },
  { "bcp_drills", N_("Drills of the year"),
    N_("The drills held in the year, in date order: scenario, the BCP exercised, how many "
       "organizations took part, the relay of information and the findings."),
    RK_SUBMISSION_LAYOUT_TABLE, drill_fields, G_N_ELEMENTS (drill_fields), collect_drills, NULL },
  { "bcp_checks", N_("Peacetime preparation"),
    N_("The peacetime checklist of the national survey of bases: done or not, and when."),
    RK_SUBMISSION_LAYOUT_TABLE, check_fields, G_N_ELEMENTS (check_fields), collect_checks, NULL },
  { "care_counts", N_("Register of people on medical devices (counts)"),
    N_("The register counted without names: people, those with nothing missing, what is missing, "
       "by device and by place to go."),
    RK_SUBMISSION_LAYOUT_TABLE, count_fields, G_N_ELEMENTS (count_fields), collect_counts, NULL },
};

void
_rk_submission_register_disaster (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    rk_submission_register_kind (&kinds[i]);
}
