/* rk-bcp-report.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rk-bcp-drill.h"
#include "rk-bcp-plan.h"
#include "rk-bcp-report-private.h"
#include "rk-bcp-store.h"
#include "rk-bcp-vocabulary.h"
#include "rk-care-person.h"
#include "rk-entity.h"
#include "rk-organization.h"
#include "rk-profile.h"

/* The printouts of the disaster BCP tab, built as RkReports so that the
 * print dialog and renkei-cli's PDFs are the same pages: the per-person
 * 災害時個別支援計画 for the family and the visiting nurse, and a drill's
 * contact sheet. The overview of the whole tab is in
 * rk-bcp-report-overview.c.
 */

char *
_rk_bcp_report_org_name (RkDatabase *db,
                         gint64      id)
{
  char *name = rk_bcp_get_organization_name (db, id);

  return name != NULL ? name : g_strdup ("");
}

/* "さくら市立病院（TEL 099-000-1111）" */
char *
_rk_bcp_report_org_contact (RkDatabase *db,
                            gint64      id)
{
  g_autoptr(RkEntity) org = NULL;
  const char *phone;

  if (id <= 0)
    return g_strdup (_("Not decided"));

  org = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, id, NULL);
  if (org == NULL)
    return g_strdup ("");

  phone = rk_entity_get_string (org, "phone");
  if (phone == NULL || phone[0] == '\0')
    return g_strdup (rk_entity_get_string (org, "name"));

  /* Translators: an organisation and its phone number */
  return g_strdup_printf (_("%s (phone %s)"), rk_entity_get_string (org, "name"), phone);
}

const char *
_rk_bcp_report_yes_no (gboolean yes)
{
  return yes ? _("Yes") : _("No");
}

/**
 * _rk_bcp_report_new:
 * @personal: whether the report holds personal data: then every page is
 *   stamped and its footer says to handle it with care
 *
 * A4 portrait, with the base's name, the title and the date in the
 * header of every page.
 */
RkReport *
_rk_bcp_report_new (RkDatabase *db,
                    const char *title,
                    const char *today,
                    gboolean    personal)
{
  g_autoptr(RkProfile) profile = rk_profile_get (db, NULL);
  g_autofree char *date = NULL;
  g_autofree char *created = NULL;
  RkReport *report = rk_report_new (title);

  date = rk_bcp_format_date (today);
  /* Translators: the date a printout was made, at the top right of each page */
  created = g_strdup_printf (_("Printed %s"), date);

  rk_report_set_paper (report, RK_PAPER_A4, RK_ORIENTATION_PORTRAIT);
  rk_report_set_header (report,
                        profile != NULL ? rk_entity_get_string (RK_ENTITY (profile), "name") : NULL,
                        title, created);
  if (personal)
    {
      rk_report_set_marking (report, rk_bcp_personal_marking ());
      rk_report_set_footer_text (report, rk_bcp_personal_footer ());
    }

  return report;
}

static char *
hours_text (double internal,
            double external)
{
  if (isnan (internal) && isnan (external))
    return rk_bcp_format_hours (NAN);

  return rk_bcp_format_hours ((isnan (internal) ? 0 : internal) + (isnan (external) ? 0 : external));
}

static void
add_contacts (RkReport    *report,
              RkDatabase  *db,
              RkBcpList    list,
              gint64       person_id,
              const char  *empty)
{
  g_autoptr(GPtrArray) contacts = rk_bcp_list_entities (db, list, person_id, NULL);
  const char *titles[] = { _("Name"), _("Relation"), _("Phone"), _("Notes") };
  const double widths[] = { 0.25, 0.25, 0.2, 0.3 };

  if (contacts == NULL || contacts->len == 0)
    {
      rk_report_add_paragraph (report, empty);
      return;
    }

  rk_report_begin_table (report, 4, titles, widths, NULL);
  for (guint i = 0; i < contacts->len; i++)
    {
      RkEntity *c = g_ptr_array_index (contacts, i);
      const char *cells[] = { rk_entity_get_string (c, "name"), rk_entity_get_string (c, "relation"),
                              rk_entity_get_string (c, "phone"), rk_entity_get_string (c, "notes") };

      rk_report_add_row (report, cells);
    }
  rk_report_end_table (report);
}

static void
add_devices (RkReport   *report,
             RkDatabase *db,
             gint64      person_id)
{
  g_autoptr(GPtrArray) devices = rk_bcp_list_entities (db, RK_CARE_LIST_DEVICES, person_id, NULL);
  const char *titles[] = { _("Device"), _("Model"), _("In use"), _("Internal battery"),
                           _("External battery"), _("Together") };
  const double widths[] = { 0.22, 0.2, 0.14, 0.15, 0.15, 0.14 };
  const RkReportAlign aligns[] = { RK_REPORT_ALIGN_START, RK_REPORT_ALIGN_START, RK_REPORT_ALIGN_START,
                                   RK_REPORT_ALIGN_END, RK_REPORT_ALIGN_END, RK_REPORT_ALIGN_END };

  if (devices == NULL || devices->len == 0)
    {
      rk_report_add_paragraph (report, _("No device recorded."));
      return;
    }

  rk_report_begin_table (report, 6, titles, widths, aligns);
  for (guint i = 0; i < devices->len; i++)
    {
      RkEntity *d = g_ptr_array_index (devices, i);
      double internal = rk_entity_get_double (d, "internal-hours");
      double external = rk_entity_get_double (d, "external-hours");
      g_autofree char *in = rk_bcp_format_hours (internal);
      g_autofree char *ex = rk_bcp_format_hours (external);
      g_autofree char *sum = hours_text (internal, external);
      const char *cells[] = {
        rk_bcp_terms_get_label (RK_BCP_TERMS_DEVICE, rk_entity_get_string (d, "device")),
        rk_entity_get_string (d, "model"), rk_entity_get_string (d, "usage"), in, ex, sum
      };

      rk_report_add_row (report, cells);
    }
  rk_report_end_table (report);
}

/**
 * rk_bcp_report_support_plan:
 * @person_id: a person of the register
 * @today: (nullable): the date printed on it ("YYYY-MM-DD"), %NULL for today
 *
 * The person's 災害時個別支援計画 on A4: who they are, whom to call, their
 * devices and how long the power lasts, backup power, where they go and
 * how, consent and review. It holds personal data: every page is stamped.
 * Its title names no one, since a title becomes the print job's name.
 *
 * Returns: (transfer full) (nullable): the report
 */
RkReport *
rk_bcp_report_support_plan (RkDatabase  *db,
                            gint64       person_id,
                            const char  *today,
                            GError     **error)
{
  g_autoptr(RkEntity) p = NULL;
  g_autoptr(RkReport) report = NULL;
  g_autofree char *date = today != NULL ? g_strdup (today) : rk_bcp_today ();
  g_autofree char *number = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *doctor = NULL;
  g_autofree char *nurse = NULL;
  g_autofree char *hospital = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *consent = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *next_iso = NULL;
  g_autofree char *next = NULL;
  RkCareStatus status;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  if (!rk_care_get_status (db, person_id, date, &status, error))
    return NULL;
  p = rk_entity_lookup (db, RK_TYPE_CARE_PERSON, person_id, error);
  if (p == NULL)
    return NULL;

  report = _rk_bcp_report_new (db, _("Individual Disaster Support Plan"), date, TRUE);

  rk_report_add_heading (report, 1, _("Individual Disaster Support Plan"));
  rk_report_add_paragraph (report,
                           _("Keep this plan beside the medical devices, and give a copy to the "
                             "visiting nurse. In a power cut: switch to the external battery, call "
                             "the visiting nurse, and if the power will not last, ask for transport "
                             "to the receiving hospital."));

  number = g_strdup_printf ("%" G_GINT64_FORMAT, person_id);
  birth = rk_bcp_format_date (rk_entity_get_string (p, "birth-date"));
  rk_report_add_heading (report, 2, _("Person"));
  rk_report_add_key_value (report, _("Register No."), number);
  rk_report_add_key_value (report, _("Name"), rk_entity_get_string (p, "name"));
  rk_report_add_key_value (report, _("Kana"), rk_entity_get_string (p, "kana"));
  rk_report_add_key_value (report, _("Date of birth"), birth);
  rk_report_add_key_value (report, _("Sex"),
                           rk_bcp_terms_get_label (RK_BCP_TERMS_SEX, rk_entity_get_string (p, "sex")));
  rk_report_add_key_value (report, _("Home address"), rk_entity_get_string (p, "address"));
  rk_report_add_key_value (report, _("Phone"), rk_entity_get_string (p, "phone"));
  rk_report_add_key_value (report, _("Condition and why support is needed"),
                           rk_entity_get_string (p, "condition"));

  rk_report_add_heading (report, 2, _("Emergency contacts"));
  add_contacts (report, db, RK_CARE_LIST_FAMILY, person_id, _("No family contact recorded."));

  doctor = _rk_bcp_report_org_contact (db, rk_entity_get_int (p, "doctor-id"));
  nurse = _rk_bcp_report_org_contact (db, rk_entity_get_int (p, "nurse-id"));
  rk_report_add_heading (report, 2, _("Doctor and visiting nurse"));
  rk_report_add_key_value (report, _("Primary doctor"), doctor);
  rk_report_add_key_value (report, _("Doctor in charge"), rk_entity_get_string (p, "doctor-name"));
  rk_report_add_key_value (report, _("Visiting nurse"), nurse);

  hours = rk_bcp_format_hours (status.hours);
  rk_report_add_heading (report, 2, _("Medical devices and batteries"));
  add_devices (report, db, person_id);
  rk_report_add_key_value (report, _("Power lasts"), hours);
  if (status.issues & RK_CARE_SHORT_POWER)
    rk_report_add_paragraph (report,
                             _("The batteries do not last 24 hours (or their time is not known): "
                               "charge early, and move to the receiving hospital in good time."));

  rk_report_add_heading (report, 2, _("Backup power"));
  rk_report_add_key_value (report, _("Spare batteries for the device"),
                           _rk_bcp_report_yes_no (rk_entity_get_boolean (p, "backup-spare-battery")));
  rk_report_add_key_value (report, _("Storage battery"),
                           _rk_bcp_report_yes_no (rk_entity_get_boolean (p, "backup-storage-battery")));
  rk_report_add_key_value (report, _("Power from a car"),
                           _rk_bcp_report_yes_no (rk_entity_get_boolean (p, "backup-car")));
  rk_report_add_key_value (report, _("Generator"),
                           _rk_bcp_report_yes_no (rk_entity_get_boolean (p, "backup-generator")));
  rk_report_add_key_value (report, _("Notes on power"), rk_entity_get_string (p, "backup-notes"));

  hospital = _rk_bcp_report_org_contact (db, rk_entity_get_int (p, "hospital-id"));
  rk_report_add_heading (report, 2, _("Evacuation"));
  rk_report_add_key_value (report, _("Where to go"),
                           rk_entity_get_string (p, "destination")[0] != '\0'
                           ? rk_bcp_terms_get_label (RK_BCP_TERMS_DESTINATION,
                                                     rk_entity_get_string (p, "destination"))
                           : _("Not decided"));
  rk_report_add_key_value (report, _("Receiving hospital"), hospital);
  rk_report_add_key_value (report, _("Transport"), rk_entity_get_string (p, "transport"));
  rk_report_add_heading (report, 3, _("Evacuation supporters"));
  add_contacts (report, db, RK_CARE_LIST_SUPPORTERS, person_id, _("No supporter recorded."));

  consent = rk_bcp_format_date (rk_entity_get_string (p, "consent-date"));
  reviewed = rk_bcp_format_date (rk_entity_get_string (p, "reviewed-on"));
  next_iso = rk_bcp_add_years (rk_entity_get_string (p, "reviewed-on"), 1);
  next = next_iso != NULL ? rk_bcp_format_date (next_iso) : g_strdup (_("Now"));
  rk_report_add_heading (report, 2, _("Consent and review"));
  rk_report_add_key_value (report, _("Consent to share given on"),
                           consent[0] != '\0' ? consent : _("No consent yet"));
  rk_report_add_key_value (report, _("Shared with"), rk_entity_get_string (p, "consent-scope"));
  rk_report_add_key_value (report, _("Last reviewed"), reviewed);
  rk_report_add_key_value (report, _("Next review"), next);

  rk_report_add_heading (report, 2, _("Notes"));
  if (rk_entity_get_string (p, "notes")[0] != '\0')
    rk_report_add_paragraph (report, rk_entity_get_string (p, "notes"));
  rk_report_add_notes_space (report, 4);

  return g_steal_pointer (&report);
}

static int
compare_power (gconstpointer a,
               gconstpointer b)
{
  const RkCareStatus *x = a;
  const RkCareStatus *y = b;
  double hx = isnan (x->hours) ? -1 : x->hours;
  double hy = isnan (y->hours) ? -1 : y->hours;

  if (hx != hy)
    return hx < hy ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static void
add_drill_register (RkReport   *report,
                    RkDatabase *db,
                    gboolean    include_personal,
                    const char *today)
{
  g_autoptr(RkCareCounts) counts = rk_care_get_counts (db, today, NULL);
  g_autoptr(GArray) board = NULL;
  const char *titles[] = { _("No."), _("Name"), _("Phone"), _("Power lasts"), _("Where to go"),
                           _("Visiting nurse"), _("Reached at") };
  const double widths[] = { 0.06, 0.18, 0.16, 0.11, 0.13, 0.24, 0.12 };
  g_autofree char *summary = NULL;

  rk_report_add_heading (report, 2, _("People at home on medical devices"));
  if (counts == NULL)
    return;

  summary = g_strdup_printf (_("%u in the register, %u of them with under 24 hours of power."),
                             counts->n_people, counts->n_issue[0]);
  rk_report_add_paragraph (report, summary);

  if (!include_personal)
    {
      rk_report_add_paragraph (report,
                               _("Names are left out. Print with names to get the call list, "
                                 "shortest power first."));
      return;
    }

  board = rk_care_get_board (db, today, NULL);
  if (board == NULL)
    return;

  /* Whose power runs out first is called first; unknown counts as none. */
  g_array_sort (board, compare_power);

  rk_report_begin_table (report, 7, titles, widths, NULL);
  for (guint i = 0; i < board->len; i++)
    {
      const RkCareStatus *s = &g_array_index (board, RkCareStatus, i);
      g_autoptr(RkEntity) p = rk_entity_lookup (db, RK_TYPE_CARE_PERSON, s->id, NULL);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, s->id);
      g_autofree char *hours = rk_bcp_format_hours (s->hours);
      g_autofree char *nurse = NULL;
      const char *cells[7];

      if (p == NULL)
        continue;
      nurse = _rk_bcp_report_org_name (db, rk_entity_get_int (p, "nurse-id"));
      cells[0] = number;
      cells[1] = rk_entity_get_string (p, "name");
      cells[2] = rk_entity_get_string (p, "phone");
      cells[3] = hours;
      cells[4] = rk_bcp_terms_get_label (RK_BCP_TERMS_DESTINATION, rk_entity_get_string (p, "destination"));
      cells[5] = nurse;
      cells[6] = "";
      rk_report_add_row (report, cells);
    }
  rk_report_end_table (report);
}

/**
 * rk_bcp_report_drill_sheet:
 * @include_personal: whether to add the register's call list (names,
 *   phones); the pages are then stamped
 * @today: (nullable): the date printed on it, %NULL for today
 *
 * The contact sheet handed out for a drill: the scenario, the plan and
 * its activation rule, and every organisation with its phone and fax and
 * columns to note when it was reached.
 *
 * Returns: (transfer full) (nullable): the report
 */
RkReport *
rk_bcp_report_drill_sheet (RkDatabase  *db,
                           gint64       drill_id,
                           gboolean     include_personal,
                           const char  *today,
                           GError     **error)
{
  g_autoptr(RkEntity) drill = NULL;
  g_autoptr(RkEntity) plan = NULL;
  g_autoptr(RkReport) report = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autofree char *date = today != NULL ? g_strdup (today) : rk_bcp_today ();
  g_autofree char *drill_date = NULL;
  g_autofree char *scenario = NULL;
  g_autofree char *activator = NULL;
  const char *titles[] = { _("Organization"), _("Role"), _("Phone"), _("Fax"), _("Reached at"),
                           _("Checked by") };
  const double widths[] = { 0.26, 0.22, 0.14, 0.14, 0.12, 0.12 };
  gint64 plan_id;
  int outage;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  drill = rk_entity_lookup (db, RK_TYPE_BCP_DRILL, drill_id, error);
  if (drill == NULL)
    return NULL;
  members = rk_bcp_list_entities (db, RK_BCP_LIST_DRILL_MEMBERS, drill_id, error);
  if (members == NULL)
    return NULL;

  report = _rk_bcp_report_new (db, _("Drill Contact Sheet"), date, include_personal);
  rk_report_add_heading (report, 1, rk_entity_get_string (drill, "title")[0] != '\0'
                                    ? rk_entity_get_string (drill, "title") : _("Drill Contact Sheet"));

  drill_date = rk_bcp_format_date (rk_entity_get_string (drill, "drill-date"));
  outage = rk_entity_get_int (drill, "outage-hours");
  if (outage >= 0)
    /* Translators: a drill's scenario: the hazard, and how long the power is out */
    scenario = g_strdup_printf (_("%s, power out for %d hours"),
                                rk_bcp_terms_get_label (RK_BCP_TERMS_HAZARD,
                                                        rk_entity_get_string (drill, "hazard")),
                                outage);
  else
    scenario = g_strdup (rk_bcp_terms_get_label (RK_BCP_TERMS_HAZARD,
                                                 rk_entity_get_string (drill, "hazard")));

  rk_report_add_key_value (report, C_("bcp", "Date"), drill_date);
  rk_report_add_key_value (report, _("Scenario"), scenario);

  plan_id = rk_entity_get_int (drill, "plan-id");
  if (plan_id > 0)
    plan = rk_entity_lookup (db, RK_TYPE_BCP_PLAN, plan_id, NULL);
  if (plan != NULL)
    {
      activator = _rk_bcp_report_org_contact (db, rk_entity_get_int (plan, "activator-id"));
      rk_report_add_key_value (report, _("BCP exercised"), rk_entity_get_string (plan, "title"));
      rk_report_add_key_value (report, _("Activation rule"), rk_entity_get_string (plan, "activation-rule"));
      rk_report_add_key_value (report, _("Activated by"), activator);
      if (rk_entity_get_string (plan, "activator-note")[0] != '\0')
        rk_report_add_key_value (report, _("How it is activated"),
                                 rk_entity_get_string (plan, "activator-note"));
    }

  rk_report_add_heading (report, 2, _("Organizations taking part"));
  rk_report_begin_table (report, 6, titles, widths, NULL);
  for (guint i = 0; i < members->len; i++)
    {
      RkEntity *m = g_ptr_array_index (members, i);
      g_autoptr(RkEntity) org = rk_entity_lookup (db, RK_TYPE_ORGANIZATION,
                                                  rk_entity_get_int (m, "organization-id"), NULL);
      const char *cells[6] = { "", rk_entity_get_string (m, "role"), "", "", "", "" };

      if (org != NULL)
        {
          cells[0] = rk_entity_get_string (org, "name");
          cells[2] = rk_entity_get_string (org, "phone");
          cells[3] = rk_entity_get_string (org, "fax");
        }
      rk_report_add_row (report, cells);
    }
  rk_report_end_table (report);

  add_drill_register (report, db, include_personal, date);

  rk_report_add_heading (report, 2, _("Relay of information"));
  if (rk_entity_get_int (drill, "relay-minutes") >= 0)
    {
      g_autofree char *relay = g_strdup_printf (_("%d minutes"),
                                                (int) rk_entity_get_int (drill, "relay-minutes"));
      rk_report_add_key_value (report, _("Time taken"), relay);
    }
  rk_report_add_notes_space (report, 5);

  rk_report_add_heading (report, 2, _("Findings"));
  if (rk_entity_get_string (drill, "findings")[0] != '\0')
    rk_report_add_paragraph (report, rk_entity_get_string (drill, "findings"));
  rk_report_add_notes_space (report, 4);

  return g_steal_pointer (&report);
}
