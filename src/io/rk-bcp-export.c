/* rk-bcp-export.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rk-bcp-export-private.h"
#include "rk-bcp-store.h"
#include "rk-bcp-vocabulary.h"
#include "rk-care-person.h"
#include "rk-entity.h"
#include "rk-profile.h"
#include "rk-xlsx.h"

/* The 災害対策 workbook that a base hands to its prefecture or municipality
 * (FIELD-NOTES §6: 災害 — 平時の取組チェック, BCP策定状況, 訓練実績): one sheet
 * each for the BCPs, the readiness of each kind of organisation, the
 * drills, the peacetime checklist, and the register as counts. The
 * register's names are written only when asked, on a sheet of their own
 * that is marked as personal data on screen and on paper, in a file only
 * its owner may read.
 */

RkXlsxSheet *
_rk_bcp_export_begin_sheet (Export              *ex,
             const char          *name,
             const char          *title,
             const char          *note,
             const char * const  *headings,
             GError             **error)
{
  RkXlsxSheet *sheet = rk_xlsx_book_add_sheet (ex->book, name, error);
  guint n = g_strv_length ((GStrv) headings);

  if (sheet == NULL ||
      !rk_xlsx_sheet_merge (sheet, 0, 0, 0, MAX (n, 1) - 1, title, RK_XLSX_STYLE_TITLE, error) ||
      (note != NULL && !rk_xlsx_sheet_write_text (sheet, 1, 0, note, RK_XLSX_STYLE_PLAIN, error)) ||
      !rk_xlsx_sheet_write_row (sheet, 2, headings, RK_XLSX_STYLE_HEADING, error))
    return NULL;

  /* The title and note are not what a column should be as wide as. */
  rk_xlsx_sheet_set_column_width (sheet, 0, 0);
  return sheet;
}

gboolean
_rk_bcp_export_finish_sheet (Export       *ex,
              RkXlsxSheet  *sheet,
              const char   *title,
              gboolean      landscape,
              gboolean      personal,
              GError      **error)
{
  RkXlsxPageSetup setup = {
    .landscape = landscape,
    .heading_row = 2,
    .n_heading_rows = 1,
    .autofilter = TRUE,
    .header_left = ex->base_name,
    .header_center = title,
    .header_right = personal ? rk_bcp_personal_marking () : ex->printed,
    .footer_left = personal ? rk_bcp_personal_footer () : NULL,
    .footer_right = personal ? ex->printed : NULL,
  };

  if (personal)
    worksheet_set_tab_color (rk_xlsx_sheet_get_worksheet (sheet), LXW_COLOR_RED);

  return rk_xlsx_sheet_set_page_setup (sheet, &setup, error);
}

static gboolean
write_plans (Export  *ex,
             GError **error)
{
  const char *headings[] = { _("Kind"), C_("bcp", "Title"), _("Drawn up by"), C_("bcp", "Status"), _("Version"),
                             C_("bcp", "Date"), _("Hazards"), _("Activation rule"), _("Activated by"),
                             _("Took part"), _("Shared with"), _("Area tasks"), _("Last review"),
                             NULL };
  const char *title = _("BCP Status");
  g_autoptr(GPtrArray) plans = rk_bcp_list_entities (ex->db, RK_BCP_LIST_PLANS, 0, error);
  RkXlsxSheet *sheet;
  guint row = FIRST_ROW;

  if (plans == NULL)
    return FALSE;
  sheet = _rk_bcp_export_begin_sheet (ex, title, title, NULL, headings, error);
  if (sheet == NULL)
    return FALSE;

  for (guint i = 0; i < plans->len; i++, row++)
    {
      RkEntity *plan = g_ptr_array_index (plans, i);
      gint64 id = rk_entity_get_id (plan);
      g_autoptr(GPtrArray) tasks = rk_bcp_list_entities (ex->db, RK_BCP_LIST_PLAN_TASKS, id, error);
      g_autoptr(GPtrArray) reviews = rk_bcp_list_entities (ex->db, RK_BCP_LIST_PLAN_REVIEWS, id, error);
      g_autofree char *owner = rk_bcp_get_organization_name (ex->db, rk_entity_get_int (plan, "owner-id"));
      g_autofree char *activator = rk_bcp_get_organization_name (ex->db,
                                                                 rk_entity_get_int (plan, "activator-id"));
      g_autoptr(GString) task_text = g_string_new (NULL);
      const char *last_review = "";

      if (tasks == NULL || reviews == NULL)
        return FALSE;
      for (guint t = 0; t < tasks->len; t++)
        {
          RkEntity *task = g_ptr_array_index (tasks, t);
          g_autofree char *who = rk_bcp_get_organization_name (ex->db,
                                                               rk_entity_get_int (task, "organization-id"));

          if (task_text->len > 0)
            g_string_append_c (task_text, '\n');
          g_string_append (task_text, rk_bcp_terms_get_label (RK_BCP_TERMS_TASK,
                                                              rk_entity_get_string (task, "task")));
          if (who != NULL)
            /* Translators: an area task and who does it */
            g_string_append_printf (task_text, _(" (%s)"), who);
        }
      if (reviews->len > 0)
        last_review = rk_entity_get_string (g_ptr_array_index (reviews, reviews->len - 1), "review-date");

      if (!rk_xlsx_sheet_write_text (sheet, row, 0, rk_bcp_terms_get_label (RK_BCP_TERMS_PLAN_KIND,
                                                                           rk_entity_get_string (plan, "kind")),
                                     RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 1, rk_entity_get_string (plan, "title"), RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 2, owner, RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 3, rk_bcp_terms_get_label (RK_BCP_TERMS_PLAN_STATUS,
                                                                           rk_entity_get_string (plan, "status")),
                                     RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 4, rk_entity_get_string (plan, "version"), RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_date (sheet, row, 5, rk_entity_get_string (plan, "plan-date"), RK_XLSX_STYLE_DATE, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 6, rk_entity_get_string (plan, "hazards"), RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 7, rk_entity_get_string (plan, "activation-rule"), RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 8, activator, RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_number (sheet, row, 9, rk_bcp_count_members (ex->db, id, FALSE),
                                       RK_XLSX_STYLE_INTEGER, error) ||
          !rk_xlsx_sheet_write_number (sheet, row, 10, rk_bcp_count_members (ex->db, id, TRUE),
                                       RK_XLSX_STYLE_INTEGER, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 11, task_text->str, RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_date (sheet, row, 12, last_review, RK_XLSX_STYLE_DATE, error))
        return FALSE;
    }

  return _rk_bcp_export_finish_sheet (ex, sheet, title, TRUE, FALSE, error);
}

static gboolean
write_readiness (Export  *ex,
                 GError **error)
{
  const char *headings[] = { _("Kind of organization"), _("Organizations"), _("Own BCP"),
                             _("Share"), _("In a cooperative BCP"), _("Share"),
                             _("In the regional BCP"), _("Share"), _("No own BCP"),
                             _("Not in a cooperative BCP"), _("Not in the regional BCP"), NULL };
  const char *title = _("Readiness by Kind of Organization");
  g_autoptr(GPtrArray) readiness = rk_bcp_get_readiness (ex->db, error);
  RkXlsxSheet *sheet;
  guint row = FIRST_ROW;

  if (readiness == NULL)
    return FALSE;
  sheet = _rk_bcp_export_begin_sheet (ex, title, title,
                       _("Own BCP: an institutional BCP that is drafted or due for review. "
                         "Cooperative and regional: the organization took part in drafting it."),
                       headings, error);
  if (sheet == NULL)
    return FALSE;

  for (guint i = 0; i < readiness->len; i++, row++)
    {
      RkBcpReadiness *r = g_ptr_array_index (readiness, i);
      guint counts[3] = { r->n_own, r->n_cooperative, r->n_regional };
      GPtrArray *missing[3] = { r->missing_own, r->missing_cooperative, r->missing_regional };

      if (!rk_xlsx_sheet_write_text (sheet, row, 0, rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND, r->kind),
                                     RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_number (sheet, row, 1, r->n_organizations, RK_XLSX_STYLE_INTEGER, error))
        return FALSE;
      for (guint k = 0; k < 3; k++)
        {
          g_autofree char *names = rk_bcp_join_names (missing[k], 300);

          if (!rk_xlsx_sheet_write_number (sheet, row, 2 + 2 * k, counts[k], RK_XLSX_STYLE_INTEGER, error) ||
              !rk_xlsx_sheet_write_number (sheet, row, 3 + 2 * k,
                                           r->n_organizations > 0 ? (double) counts[k] / r->n_organizations : 0,
                                           RK_XLSX_STYLE_PERCENT, error) ||
              !rk_xlsx_sheet_write_text (sheet, row, 8 + k, names, RK_XLSX_STYLE_TEXT, error))
            return FALSE;
        }
    }

  return _rk_bcp_export_finish_sheet (ex, sheet, title, TRUE, FALSE, error);
}

static gboolean
write_drills (Export  *ex,
              GError **error)
{
  const char *headings[] = { C_("bcp", "Date"), _("Drill"), _("Scenario"), _("Hours without power"),
                             _("BCP exercised"), _("Organizations taking part"),
                             _("Relay of information (minutes)"), _("Findings"),
                             _("BCP revisions that followed"), NULL };
  const char *title = _("Drills");
  g_autoptr(GPtrArray) drills = rk_bcp_list_entities (ex->db, RK_BCP_LIST_DRILLS, 0, error);
  RkXlsxSheet *sheet;
  guint row = FIRST_ROW;

  if (drills == NULL)
    return FALSE;
  sheet = _rk_bcp_export_begin_sheet (ex, title, title, NULL, headings, error);
  if (sheet == NULL)
    return FALSE;

  for (guint i = 0; i < drills->len; i++, row++)
    {
      RkEntity *d = g_ptr_array_index (drills, i);
      gint64 id = rk_entity_get_id (d);
      g_autoptr(GPtrArray) members = rk_bcp_list_entities (ex->db, RK_BCP_LIST_DRILL_MEMBERS, id, error);
      g_autoptr(GPtrArray) reviews = rk_bcp_list_entities (ex->db, RK_BCP_LIST_DRILL_REVIEWS, id, error);
      g_autoptr(RkEntity) plan = NULL;
      g_autoptr(GString) who = g_string_new (NULL);
      g_autoptr(GString) revisions = g_string_new (NULL);

      if (members == NULL || reviews == NULL)
        return FALSE;
      if (rk_entity_get_int (d, "plan-id") > 0)
        plan = rk_entity_lookup (ex->db, rk_bcp_list_get_item_type (RK_BCP_LIST_PLANS),
                                 rk_entity_get_int (d, "plan-id"), NULL);
      for (guint m = 0; m < members->len; m++)
        {
          RkEntity *member = g_ptr_array_index (members, m);
          g_autofree char *name = rk_bcp_get_organization_name (ex->db,
                                                                rk_entity_get_int (member, "organization-id"));
          const char *role = rk_entity_get_string (member, "role");

          if (who->len > 0)
            g_string_append_c (who, '\n');
          g_string_append (who, name != NULL ? name : "");
          if (role[0] != '\0')
            g_string_append_printf (who, _(" (%s)"), role);
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

      if (!rk_xlsx_sheet_write_date (sheet, row, 0, rk_entity_get_string (d, "drill-date"), RK_XLSX_STYLE_DATE, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 1, rk_entity_get_string (d, "title"), RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 2, rk_bcp_terms_get_label (RK_BCP_TERMS_HAZARD,
                                                                           rk_entity_get_string (d, "hazard")),
                                     RK_XLSX_STYLE_TEXT, error) ||
          (rk_entity_get_int (d, "outage-hours") >= 0
           ? !rk_xlsx_sheet_write_number (sheet, row, 3, rk_entity_get_int (d, "outage-hours"),
                                          RK_XLSX_STYLE_INTEGER, error)
           : !rk_xlsx_sheet_write_blank (sheet, row, 3, RK_XLSX_STYLE_TEXT, error)) ||
          !rk_xlsx_sheet_write_text (sheet, row, 4, plan != NULL ? rk_entity_get_string (plan, "title") : "",
                                     RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 5, who->str, RK_XLSX_STYLE_TEXT, error) ||
          (rk_entity_get_int (d, "relay-minutes") >= 0
           ? !rk_xlsx_sheet_write_number (sheet, row, 6, rk_entity_get_int (d, "relay-minutes"),
                                          RK_XLSX_STYLE_INTEGER, error)
           : !rk_xlsx_sheet_write_blank (sheet, row, 6, RK_XLSX_STYLE_TEXT, error)) ||
          !rk_xlsx_sheet_write_text (sheet, row, 7, rk_entity_get_string (d, "findings"), RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 8, revisions->str, RK_XLSX_STYLE_TEXT, error))
        return FALSE;
    }

  return _rk_bcp_export_finish_sheet (ex, sheet, title, TRUE, FALSE, error);
}

static gboolean
write_checklist (Export  *ex,
                 GError **error)
{
  const char *headings[] = { _("Peacetime preparation"), _("Done"), C_("bcp", "Date"), _("Notes"), NULL };
  const char *title = _("Peacetime Preparation");
  g_autoptr(GPtrArray) checks = rk_bcp_list_entities (ex->db, RK_BCP_LIST_CHECKS, 0, error);
  RkXlsxSheet *sheet;
  guint row = FIRST_ROW;

  if (checks == NULL)
    return FALSE;
  sheet = _rk_bcp_export_begin_sheet (ex, title, title,
                       _("What the base does in peacetime to prepare the region for disasters "
                         "(the items of the national survey of bases)."),
                       headings, error);
  if (sheet == NULL)
    return FALSE;

  for (guint i = 0; i < checks->len; i++, row++)
    {
      RkEntity *c = g_ptr_array_index (checks, i);

      if (!rk_xlsx_sheet_write_text (sheet, row, 0, rk_bcp_terms_get_label (RK_BCP_TERMS_CHECK_ITEM,
                                                                           rk_entity_get_string (c, "item")),
                                     RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 1, rk_entity_get_boolean (c, "done") ? _("Done") : _("Not yet"),
                                     RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_date (sheet, row, 2, rk_entity_get_string (c, "done-on"), RK_XLSX_STYLE_DATE, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 3, rk_entity_get_string (c, "notes"), RK_XLSX_STYLE_TEXT, error))
        return FALSE;
    }

  return _rk_bcp_export_finish_sheet (ex, sheet, title, FALSE, FALSE, error);
}

static gboolean
write_count_row (RkXlsxSheet  *sheet,
                 guint        *row,
                 const char   *label,
                 guint         n,
                 GError      **error)
{
  gboolean ok = rk_xlsx_sheet_write_text (sheet, *row, 0, label, RK_XLSX_STYLE_TEXT, error) &&
                rk_xlsx_sheet_write_number (sheet, *row, 1, n, RK_XLSX_STYLE_INTEGER, error);
  (*row)++;
  return ok;
}

static gboolean
write_group_row (RkXlsxSheet  *sheet,
                 guint        *row,
                 const char   *label,
                 GError      **error)
{
  gboolean ok = rk_xlsx_sheet_merge (sheet, *row, 0, *row, 1, label, RK_XLSX_STYLE_GROUP, error);
  (*row)++;
  return ok;
}

static gboolean
write_counts (Export  *ex,
              GError **error)
{
  const char *headings[] = { _("Item"), _("People"), NULL };
  const char *title = _("Register (Counts)");
  g_autoptr(RkCareCounts) counts = rk_care_get_counts (ex->db, ex->today, error);
  RkXlsxSheet *sheet;
  guint row = FIRST_ROW;

  if (counts == NULL)
    return FALSE;
  sheet = _rk_bcp_export_begin_sheet (ex, title, title,
                       _("People at home on powered medical devices, counted without names."),
                       headings, error);
  if (sheet == NULL)
    return FALSE;

  if (!write_count_row (sheet, &row, _("In the register"), counts->n_people, error) ||
      !write_count_row (sheet, &row, _("Ready (nothing missing)"), counts->n_ready, error) ||
      !write_group_row (sheet, &row, _("Still missing"), error))
    return FALSE;
  for (guint bit = 0; bit < RK_CARE_N_ISSUES; bit++)
    if (!write_count_row (sheet, &row, rk_care_issue_get_label (1u << bit), counts->n_issue[bit], error))
      return FALSE;

  if (!write_group_row (sheet, &row, _("By device"), error))
    return FALSE;
  for (guint i = 0; i < counts->devices->len; i++)
    {
      RkBcpCount *c = g_ptr_array_index (counts->devices, i);

      if (!write_count_row (sheet, &row, rk_bcp_terms_get_label (RK_BCP_TERMS_DEVICE, c->code), c->n, error))
        return FALSE;
    }

  if (!write_group_row (sheet, &row, _("By place to go"), error))
    return FALSE;
  for (guint i = 0; i < counts->destinations->len; i++)
    {
      RkBcpCount *c = g_ptr_array_index (counts->destinations, i);
      const char *label = c->code[0] != '\0' ? rk_bcp_terms_get_label (RK_BCP_TERMS_DESTINATION, c->code)
                                             : _("Not decided");

      if (!write_count_row (sheet, &row, label, c->n, error))
        return FALSE;
    }

  rk_xlsx_sheet_set_column_width (sheet, 0, 36);
  return _rk_bcp_export_finish_sheet (ex, sheet, title, FALSE, FALSE, error);
}

/**
 * rk_bcp_export_xlsx:
 * @path: the .xlsx to write (replaced only when complete)
 * @include_personal: whether to add the sheet that names the people of
 *   the register; it is marked as personal data, and the file is written
 *   readable by its owner only
 * @today: (nullable): "YYYY-MM-DD" for the readiness board, %NULL for today
 *
 * Writes the 災害対策 workbook.
 *
 * Returns: whether the workbook was written
 */
gboolean
rk_bcp_export_xlsx (RkDatabase  *db,
                    const char  *path,
                    gboolean     include_personal,
                    const char  *today,
                    GError     **error)
{
  g_autoptr(RkXlsxBook) book = NULL;
  g_autoptr(RkProfile) profile = NULL;
  g_autofree char *date = today != NULL ? g_strdup (today) : rk_bcp_today ();
  g_autofree char *formatted = rk_bcp_format_date (date);
  g_autofree char *printed = NULL;
  Export ex = { db, NULL, date, NULL, NULL };

  g_return_val_if_fail (RK_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  book = rk_xlsx_book_new (path, include_personal ? RK_XLSX_BOOK_PRIVATE : RK_XLSX_BOOK_DEFAULT, error);
  if (book == NULL)
    return FALSE;

  profile = rk_profile_get (db, NULL);
  printed = g_strdup_printf (_("Printed %s"), formatted);
  ex.book = book;
  ex.printed = printed;
  ex.base_name = profile != NULL ? rk_entity_get_string (RK_ENTITY (profile), "name") : NULL;
  rk_xlsx_book_set_properties (book, _("Disaster Preparedness"), ex.base_name, NULL);

  if (!write_plans (&ex, error) ||
      !write_readiness (&ex, error) ||
      !write_drills (&ex, error) ||
      !write_checklist (&ex, error) ||
      !write_counts (&ex, error) ||
      (include_personal && !_rk_bcp_export_register (&ex, error)))
    return FALSE;

  return rk_xlsx_book_close (g_steal_pointer (&book), error);
}

/**
 * rk_bcp_export_add_register:
 * @book: a book created with %RK_XLSX_BOOK_PRIVATE
 * @today: (nullable): "YYYY-MM-DD" for what is overdue, %NULL for today
 *
 * Adds to another workbook (the submission workbook) the one sheet that
 * names the people of the register, marked as this workbook marks it.
 * Call it only when the user asked for personal data after the warning.
 *
 * Returns: whether the sheet was written
 */
gboolean
rk_bcp_export_add_register (RkXlsxBook  *book,
                            RkDatabase  *db,
                            const char  *today,
                            GError     **error)
{
  g_autoptr(RkProfile) profile = NULL;
  g_autofree char *date = today != NULL ? g_strdup (today) : rk_bcp_today ();
  g_autofree char *formatted = rk_bcp_format_date (date);
  g_autofree char *printed = g_strdup_printf (_("Printed %s"), formatted);
  Export ex = { db, book, date, NULL, printed };

  g_return_val_if_fail (book != NULL, FALSE);
  g_return_val_if_fail (RK_IS_DATABASE (db), FALSE);

  profile = rk_profile_get (db, NULL);
  ex.base_name = profile != NULL ? rk_entity_get_string (RK_ENTITY (profile), "name") : NULL;
  return _rk_bcp_export_register (&ex, error);
}
