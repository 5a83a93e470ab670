/* rk-bcp-export-register.c
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
#include "rk-entity.h"

/* The one sheet of the 災害対策 workbook that names people: written only
 * when the user ticked "個人情報を含める" after a warning. Its title, page
 * header and footer say it is personal data, and its tab is red.
 */

static char *
contacts_text (RkDatabase *db,
               RkBcpList   list,
               gint64      person_id)
{
  g_autoptr(GPtrArray) contacts = rk_bcp_list_entities (db, list, person_id, NULL);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; contacts != NULL && i < contacts->len; i++)
    {
      RkEntity *c = g_ptr_array_index (contacts, i);

      if (s->len > 0)
        g_string_append_c (s, '\n');
      /* Translators: a contact in one cell: name, relation, phone */
      g_string_append_printf (s, _("%s (%s) %s"), rk_entity_get_string (c, "name"),
                              rk_entity_get_string (c, "relation"), rk_entity_get_string (c, "phone"));
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
devices_text (RkDatabase *db,
              gint64      person_id)
{
  g_autoptr(GPtrArray) devices = rk_bcp_list_entities (db, RK_CARE_LIST_DEVICES, person_id, NULL);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; devices != NULL && i < devices->len; i++)
    {
      RkEntity *d = g_ptr_array_index (devices, i);

      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, rk_bcp_terms_get_label (RK_BCP_TERMS_DEVICE, rk_entity_get_string (d, "device")));
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
backup_text (RkEntity *p)
{
  static const struct {
    const char *property;
    const char *label;
  } kinds[] = {
    { "backup-spare-battery", N_("Spare batteries") },
    { "backup-storage-battery", N_("Storage battery") },
    { "backup-car", N_("Car") },
    { "backup-generator", N_("Generator") },
  };
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (rk_entity_get_boolean (p, kinds[i].property))
      {
        if (s->len > 0)
          g_string_append (s, C_("list separator", ", "));
        g_string_append (s, _(kinds[i].label));
      }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
issues_text (RkCareIssues issues)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint bit = 0; bit < RK_CARE_N_ISSUES; bit++)
    if (issues & (1u << bit))
      {
        if (s->len > 0)
          g_string_append_c (s, '\n');
        g_string_append (s, rk_care_issue_get_label (1u << bit));
      }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
write_texts (RkXlsxSheet  *sheet,
             guint         row,
             guint         first_col,
             const char  **texts,
             guint         n,
             GError      **error)
{
  for (guint i = 0; i < n; i++)
    if (!rk_xlsx_sheet_write_text (sheet, row, first_col + i, texts[i], RK_XLSX_STYLE_TEXT, error))
      return FALSE;
  return TRUE;
}

gboolean
_rk_bcp_export_register (Export  *ex,
                         GError **error)
{
  const char *headings[] = {
    _("No."), _("Name"), _("Kana"), _("Date of birth"), _("Sex"), _("Home address"), _("Phone"),
    _("Condition and why support is needed"), _("Primary doctor"), _("Doctor in charge"),
    _("Visiting nurse"), _("Medical devices"), _("Power lasts (hours)"), _("Backup power"),
    _("Where to go"), _("Receiving hospital"), _("Transport"), _("Evacuation supporters"),
    _("Emergency contacts"), _("Consent given on"), _("Shared with"), _("Last reviewed"),
    _("Next review"), _("Still missing"), NULL
  };
  g_autofree char *title = g_strdup_printf (_("[%s] Register of People on Medical Devices"),
                                            rk_bcp_personal_marking ());
  g_autoptr(GArray) board = rk_care_get_board (ex->db, ex->today, error);
  RkXlsxSheet *sheet;
  guint row = FIRST_ROW;

  if (board == NULL)
    return FALSE;

  sheet = _rk_bcp_export_begin_sheet (ex, _("Register (Personal Data)"), title,
                                      _("This sheet holds personal data. Share it only with those the "
                                        "people named here agreed to, and delete it when no longer needed."),
                                      headings, error);
  if (sheet == NULL)
    return FALSE;

  for (guint i = 0; i < board->len; i++, row++)
    {
      const RkCareStatus *s = &g_array_index (board, RkCareStatus, i);
      g_autoptr(RkEntity) p = rk_entity_lookup (ex->db, rk_bcp_list_get_item_type (RK_CARE_LIST_PEOPLE),
                                                s->id, error);
      g_autofree char *number = NULL;
      g_autofree char *doctor = NULL;
      g_autofree char *nurse = NULL;
      g_autofree char *hospital = NULL;
      g_autofree char *devices = NULL;
      g_autofree char *backup = NULL;
      g_autofree char *supporters = NULL;
      g_autofree char *family = NULL;
      g_autofree char *issues = NULL;
      g_autofree char *next = NULL;
      const char *identity[5];
      const char *care[4];
      const char *evacuation[5];

      if (p == NULL)
        return FALSE;

      number = g_strdup_printf ("%" G_GINT64_FORMAT, s->id);
      doctor = rk_bcp_get_organization_name (ex->db, rk_entity_get_int (p, "doctor-id"));
      nurse = rk_bcp_get_organization_name (ex->db, rk_entity_get_int (p, "nurse-id"));
      hospital = rk_bcp_get_organization_name (ex->db, rk_entity_get_int (p, "hospital-id"));
      devices = devices_text (ex->db, s->id);
      backup = backup_text (p);
      supporters = contacts_text (ex->db, RK_CARE_LIST_SUPPORTERS, s->id);
      family = contacts_text (ex->db, RK_CARE_LIST_FAMILY, s->id);
      issues = issues_text (s->issues);
      next = rk_bcp_add_years (rk_entity_get_string (p, "reviewed-on"), 1);

      identity[0] = rk_entity_get_string (p, "name");
      identity[1] = rk_entity_get_string (p, "kana");
      identity[2] = NULL;
      identity[3] = rk_bcp_terms_get_label (RK_BCP_TERMS_SEX, rk_entity_get_string (p, "sex"));
      identity[4] = rk_entity_get_string (p, "address");

      care[0] = rk_entity_get_string (p, "condition");
      care[1] = doctor;
      care[2] = rk_entity_get_string (p, "doctor-name");
      care[3] = nurse;

      evacuation[0] = backup;
      evacuation[1] = rk_entity_get_string (p, "destination")[0] != '\0'
                      ? rk_bcp_terms_get_label (RK_BCP_TERMS_DESTINATION, rk_entity_get_string (p, "destination"))
                      : NULL;
      evacuation[2] = hospital;
      evacuation[3] = rk_entity_get_string (p, "transport");
      evacuation[4] = supporters;

      if (!rk_xlsx_sheet_write_text (sheet, row, 0, number, RK_XLSX_STYLE_TEXT, error) ||
          !write_texts (sheet, row, 1, identity, 2, error) ||
          !rk_xlsx_sheet_write_date (sheet, row, 3, rk_entity_get_string (p, "birth-date"), RK_XLSX_STYLE_DATE, error) ||
          !write_texts (sheet, row, 4, identity + 3, 2, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 6, rk_entity_get_string (p, "phone"), RK_XLSX_STYLE_TEXT, error) ||
          !write_texts (sheet, row, 7, care, 4, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 11, devices, RK_XLSX_STYLE_TEXT, error) ||
          (isnan (s->hours)
           ? !rk_xlsx_sheet_write_text (sheet, row, 12, C_("hours", "unknown"), RK_XLSX_STYLE_TEXT, error)
           : !rk_xlsx_sheet_write_number (sheet, row, 12, s->hours, RK_XLSX_STYLE_DECIMAL, error)) ||
          !write_texts (sheet, row, 13, evacuation, 5, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 18, family, RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_date (sheet, row, 19, rk_entity_get_string (p, "consent-date"), RK_XLSX_STYLE_DATE, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 20, rk_entity_get_string (p, "consent-scope"), RK_XLSX_STYLE_TEXT, error) ||
          !rk_xlsx_sheet_write_date (sheet, row, 21, rk_entity_get_string (p, "reviewed-on"), RK_XLSX_STYLE_DATE, error) ||
          !rk_xlsx_sheet_write_date (sheet, row, 22, next, RK_XLSX_STYLE_DATE, error) ||
          !rk_xlsx_sheet_write_text (sheet, row, 23, issues, RK_XLSX_STYLE_TEXT, error))
        return FALSE;
    }

  return _rk_bcp_export_finish_sheet (ex, sheet, title, TRUE, TRUE, error);
}
