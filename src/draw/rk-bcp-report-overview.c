/* rk-bcp-report-overview.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-bcp-report-private.h"
#include "rk-bcp-store.h"
#include "rk-bcp-vocabulary.h"
#include "rk-care-person.h"
#include "rk-entity.h"

/* The printout of the whole disaster BCP tab, for a coordination meeting:
 * the region's plans, how ready each kind of organisation is, the drills,
 * the peacetime checklist, and the register as counts. Only when asked
 * does it name the people on the readiness board, and then every page is
 * stamped.
 */

static char *
share (guint n,
       guint total)
{
  /* Translators: how many of how many, e.g. "3 / 5" */
  return g_strdup_printf (_("%u / %u"), n, total);
}

static void
add_plans (RkReport   *report,
           RkDatabase *db)
{
  g_autoptr(GPtrArray) plans = rk_bcp_list_entities (db, RK_BCP_LIST_PLANS, 0, NULL);
  const char *titles[] = { _("Kind"), C_("bcp", "Title"), _("Drawn up by"), C_("bcp", "Status"), _("Version"),
                           C_("bcp", "Date"), _("Took part"), _("Shared with") };
  const double widths[] = { 0.11, 0.27, 0.18, 0.09, 0.08, 0.11, 0.08, 0.08 };
  const RkReportAlign aligns[] = { 0, 0, 0, 0, 0, 0, RK_REPORT_ALIGN_END, RK_REPORT_ALIGN_END };

  rk_report_add_heading (report, 2, _("BCPs of the region"));
  if (plans == NULL || plans->len == 0)
    {
      rk_report_add_paragraph (report, _("No BCP recorded yet."));
      return;
    }

  rk_report_begin_table (report, 8, titles, widths, aligns);
  for (guint i = 0; i < plans->len; i++)
    {
      RkEntity *plan = g_ptr_array_index (plans, i);
      gint64 id = rk_entity_get_id (plan);
      g_autofree char *owner = _rk_bcp_report_org_name (db, rk_entity_get_int (plan, "owner-id"));
      g_autofree char *date = rk_bcp_format_date (rk_entity_get_string (plan, "plan-date"));
      g_autofree char *took_part = g_strdup_printf ("%u", rk_bcp_count_members (db, id, FALSE));
      g_autofree char *shared = g_strdup_printf ("%u", rk_bcp_count_members (db, id, TRUE));
      const char *cells[] = {
        rk_bcp_terms_get_label (RK_BCP_TERMS_PLAN_KIND, rk_entity_get_string (plan, "kind")),
        rk_entity_get_string (plan, "title"), owner,
        rk_bcp_terms_get_label (RK_BCP_TERMS_PLAN_STATUS, rk_entity_get_string (plan, "status")),
        rk_entity_get_string (plan, "version"), date, took_part, shared
      };

      rk_report_add_row (report, cells);
    }
  rk_report_end_table (report);
}

static void
add_readiness (RkReport   *report,
               RkDatabase *db)
{
  g_autoptr(GPtrArray) readiness = rk_bcp_get_readiness (db, NULL);
  const char *titles[] = { _("Kind of organization"), _("Organizations"), _("Own BCP"),
                           _("In a cooperative BCP"), _("In the regional BCP") };
  const double widths[] = { 0.32, 0.14, 0.18, 0.18, 0.18 };
  const RkReportAlign aligns[] = { 0, RK_REPORT_ALIGN_END, RK_REPORT_ALIGN_END,
                                   RK_REPORT_ALIGN_END, RK_REPORT_ALIGN_END };

  rk_report_add_heading (report, 2, _("Readiness by kind of organization"));
  if (readiness == NULL || readiness->len == 0)
    {
      rk_report_add_paragraph (report, _("The directory has no organizations yet."));
      return;
    }

  rk_report_begin_table (report, 5, titles, widths, aligns);
  for (guint i = 0; i < readiness->len; i++)
    {
      RkBcpReadiness *r = g_ptr_array_index (readiness, i);
      g_autofree char *n = g_strdup_printf ("%u", r->n_organizations);
      g_autofree char *own = share (r->n_own, r->n_organizations);
      g_autofree char *coop = share (r->n_cooperative, r->n_organizations);
      g_autofree char *regional = share (r->n_regional, r->n_organizations);
      const char *cells[] = { rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND, r->kind),
                              n, own, coop, regional };

      rk_report_add_row (report, cells);
    }
  rk_report_end_table (report);

  rk_report_add_heading (report, 3, _("Organizations still missing"));
  for (guint i = 0; i < readiness->len; i++)
    {
      RkBcpReadiness *r = g_ptr_array_index (readiness, i);
      g_autofree char *own = rk_bcp_join_names (r->missing_own, 200);
      g_autofree char *coop = rk_bcp_join_names (r->missing_cooperative, 200);
      g_autofree char *regional = rk_bcp_join_names (r->missing_regional, 200);
      g_autofree char *label = NULL;

      if (r->missing_own->len == 0 && r->missing_cooperative->len == 0 &&
          r->missing_regional->len == 0)
        continue;

      label = g_strdup (rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND, r->kind));
      rk_report_add_key_value (report, label, NULL);
      if (r->missing_own->len > 0)
        rk_report_add_key_value (report, _("No own BCP"), own);
      if (r->missing_cooperative->len > 0)
        rk_report_add_key_value (report, _("Not in a cooperative BCP"), coop);
      if (r->missing_regional->len > 0)
        rk_report_add_key_value (report, _("Not in the regional BCP"), regional);
    }
}

static void
add_drills (RkReport   *report,
            RkDatabase *db)
{
  g_autoptr(GPtrArray) drills = rk_bcp_list_entities (db, RK_BCP_LIST_DRILLS, 0, NULL);
  const char *titles[] = { C_("bcp", "Date"), _("Drill"), _("Scenario"), _("Organizations"),
                           _("Relay"), _("Findings") };
  const double widths[] = { 0.12, 0.22, 0.14, 0.1, 0.1, 0.32 };
  const RkReportAlign aligns[] = { 0, 0, 0, RK_REPORT_ALIGN_END, RK_REPORT_ALIGN_END, 0 };

  rk_report_add_heading (report, 2, _("Drills"));
  if (drills == NULL || drills->len == 0)
    {
      rk_report_add_paragraph (report, _("No drill recorded yet."));
      return;
    }

  rk_report_begin_table (report, 6, titles, widths, aligns);
  for (guint i = 0; i < drills->len; i++)
    {
      RkEntity *d = g_ptr_array_index (drills, i);
      g_autoptr(GPtrArray) members = rk_bcp_list_entities (db, RK_BCP_LIST_DRILL_MEMBERS,
                                                           rk_entity_get_id (d), NULL);
      g_autofree char *date = rk_bcp_format_date (rk_entity_get_string (d, "drill-date"));
      g_autofree char *n = g_strdup_printf ("%u", members != NULL ? members->len : 0);
      g_autofree char *relay = rk_entity_get_int (d, "relay-minutes") >= 0
        ? g_strdup_printf (_("%d minutes"), (int) rk_entity_get_int (d, "relay-minutes"))
        : g_strdup ("");
      const char *cells[] = {
        date, rk_entity_get_string (d, "title"),
        rk_bcp_terms_get_label (RK_BCP_TERMS_HAZARD, rk_entity_get_string (d, "hazard")),
        n, relay, rk_entity_get_string (d, "findings")
      };

      rk_report_add_row (report, cells);
    }
  rk_report_end_table (report);
}

static void
add_checklist (RkReport   *report,
               RkDatabase *db)
{
  g_autoptr(GPtrArray) checks = rk_bcp_list_entities (db, RK_BCP_LIST_CHECKS, 0, NULL);
  const char *titles[] = { _("Peacetime preparation"), _("Done"), C_("bcp", "Date"), _("Notes") };
  const double widths[] = { 0.4, 0.08, 0.14, 0.38 };

  rk_report_add_heading (report, 2, _("Peacetime preparation"));
  if (checks == NULL)
    return;

  rk_report_begin_table (report, 4, titles, widths, NULL);
  for (guint i = 0; i < checks->len; i++)
    {
      RkEntity *c = g_ptr_array_index (checks, i);
      g_autofree char *date = rk_bcp_format_date (rk_entity_get_string (c, "done-on"));
      const char *cells[] = {
        rk_bcp_terms_get_label (RK_BCP_TERMS_CHECK_ITEM, rk_entity_get_string (c, "item")),
        rk_entity_get_boolean (c, "done") ? _("Done") : "", date, rk_entity_get_string (c, "notes")
      };

      rk_report_add_row (report, cells);
    }
  rk_report_end_table (report);
}

static void
add_counts (RkReport     *report,
            RkCareCounts *counts)
{
  g_autofree char *people = g_strdup_printf ("%u", counts->n_people);
  g_autofree char *ready = g_strdup_printf ("%u", counts->n_ready);

  rk_report_add_heading (report, 2, _("People at home on medical devices"));
  rk_report_add_key_value (report, _("In the register"), people);
  rk_report_add_key_value (report, _("Ready (nothing missing)"), ready);
  for (guint bit = 0; bit < RK_CARE_N_ISSUES; bit++)
    {
      g_autofree char *n = g_strdup_printf ("%u", counts->n_issue[bit]);
      rk_report_add_key_value (report, rk_care_issue_get_label (1u << bit), n);
    }

  rk_report_add_heading (report, 3, _("By device"));
  for (guint i = 0; i < counts->devices->len; i++)
    {
      RkBcpCount *c = g_ptr_array_index (counts->devices, i);
      g_autofree char *n = g_strdup_printf ("%u", c->n);
      rk_report_add_key_value (report, rk_bcp_terms_get_label (RK_BCP_TERMS_DEVICE, c->code), n);
    }

  rk_report_add_heading (report, 3, _("By place to go"));
  for (guint i = 0; i < counts->destinations->len; i++)
    {
      RkBcpCount *c = g_ptr_array_index (counts->destinations, i);
      g_autofree char *n = g_strdup_printf ("%u", c->n);
      rk_report_add_key_value (report, c->code[0] != '\0'
                                       ? rk_bcp_terms_get_label (RK_BCP_TERMS_DESTINATION, c->code)
                                       : _("Not decided"), n);
    }
}

static void
add_board (RkReport   *report,
           RkDatabase *db,
           const char *today)
{
  g_autoptr(GArray) board = rk_care_get_board (db, today, NULL);

  rk_report_add_heading (report, 2, _("Readiness board (personal data)"));
  if (board == NULL)
    return;

  for (guint bit = 0; bit < RK_CARE_N_ISSUES; bit++)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < board->len; i++)
        {
          const RkCareStatus *s = &g_array_index (board, RkCareStatus, i);
          g_autoptr(RkEntity) p = NULL;
          g_autofree char *number = NULL;

          if (!(s->issues & (1u << bit)))
            continue;
          p = rk_entity_lookup (db, RK_TYPE_CARE_PERSON, s->id, NULL);
          if (p == NULL)
            continue;
          if (names->len > 0)
            g_string_append (names, C_("list separator", ", "));
          /* Translators: a person of the register: number and name */
          number = g_strdup_printf ("%" G_GINT64_FORMAT, s->id);
          g_string_append_printf (names, _("No. %s %s"), number, rk_entity_get_string (p, "name"));
        }

      rk_report_add_key_value (report, rk_care_issue_get_label (1u << bit),
                               names->len > 0 ? names->str : _("None"));
    }
}

/**
 * rk_bcp_report_overview:
 * @include_personal: whether to name the people on the readiness board;
 *   the pages are then stamped
 * @today: (nullable): "YYYY-MM-DD", %NULL for today
 *
 * Returns: (transfer full) (nullable): the report
 */
RkReport *
rk_bcp_report_overview (RkDatabase  *db,
                        gboolean     include_personal,
                        const char  *today,
                        GError     **error)
{
  g_autoptr(RkReport) report = NULL;
  g_autoptr(RkCareCounts) counts = NULL;
  g_autofree char *date = today != NULL ? g_strdup (today) : rk_bcp_today ();

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  counts = rk_care_get_counts (db, date, error);
  if (counts == NULL)
    return NULL;

  report = _rk_bcp_report_new (db, _("Disaster Preparedness"), date, include_personal);
  rk_report_set_paper (report, RK_PAPER_A4, RK_ORIENTATION_LANDSCAPE);
  rk_report_add_heading (report, 1, _("Disaster Preparedness"));

  add_plans (report, db);
  add_readiness (report, db);
  add_drills (report, db);
  add_checklist (report, db);
  add_counts (report, counts);
  if (include_personal)
    add_board (report, db, date);

  return g_steal_pointer (&report);
}
