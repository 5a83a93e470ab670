/* rk-submission-profile.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-profile"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rk-entity.h"
#include "rk-municipality.h"
#include "rk-profile.h"
#include "rk-query-model.h"
#include "rk-staff.h"
#include "rk-submission-private.h"
#include "rk-vocabulary.h"

/* 拠点基本情報: the header every case study of the guidebook opens with
 * (【取組主体の基礎情報】 運営主体 / 担当者（人数・職種内訳） / 対象圏域 /
 * 対象圏域の人口規模（人口・老年人口、市町村ごと）, 【都道府県の医療計画の
 * 情報】 在宅医療の圏域の設定単位) as a form, and the staff and the
 * municipalities behind it as two tables.
 */

static const RkSubmissionField profile_fields[] = {
  { "fiscal_year",        N_("Fiscal year"), RK_SUBMISSION_CODE },
  { "as_of",              N_("Information as of"), RK_SUBMISSION_CODE },
  { "name",               N_("Name of the base"), RK_SUBMISSION_TEXT },
  { "operator",           N_("Operator"), RK_SUBMISSION_TEXT },
  { "operator_kind",      N_("Kind of operator"), RK_SUBMISSION_TEXT },
  { "staff",              N_("Staff (number and professions)"), RK_SUBMISSION_TEXT },
  { "staff_total",        N_("Number of staff"), RK_SUBMISSION_INTEGER },
  { "area_name",          N_("Area covered"), RK_SUBMISSION_TEXT },
  { "municipalities",     N_("Municipalities of the area"), RK_SUBMISSION_TEXT },
  { "population_summary", N_("Population of the area (per municipality)"), RK_SUBMISSION_TEXT },
  { "population",         N_("Population"), RK_SUBMISSION_INTEGER },
  { "elderly_population", N_("Population aged 65 and over"), RK_SUBMISSION_INTEGER },
  { "elderly_rate",       N_("Ageing rate"), RK_SUBMISSION_PERCENT },
  { "prefecture",         N_("Prefecture"), RK_SUBMISSION_TEXT },
  { "area_unit",          N_("Home-care area set by the medical plan as"), RK_SUBMISSION_TEXT },
  { "address",            N_("Address"), RK_SUBMISSION_TEXT },
  { "phone",              N_("Phone"), RK_SUBMISSION_CODE },
  { "email",              N_("Email"), RK_SUBMISSION_CODE },
  { "notes",              N_("Notes"), RK_SUBMISSION_TEXT },
};

static const RkSubmissionField staff_fields[] = {
  { "profession", N_("Profession"), RK_SUBMISSION_TEXT },
  { "headcount",  N_("Number"), RK_SUBMISSION_INTEGER },
};

static const RkSubmissionField municipality_fields[] = {
  { "code",               N_("Municipality code"), RK_SUBMISSION_CODE },
  { "prefecture",         N_("Prefecture"), RK_SUBMISSION_TEXT },
  { "name",               N_("Municipality"), RK_SUBMISSION_TEXT },
  { "population",         N_("Population"), RK_SUBMISSION_INTEGER },
  { "elderly_population", N_("Population aged 65 and over"), RK_SUBMISSION_INTEGER },
  { "elderly_rate",       N_("Ageing rate"), RK_SUBMISSION_PERCENT },
};

static GListModel *
list_staff (RkDatabase *db)
{
  return G_LIST_MODEL (rk_query_model_new (db, RK_TYPE_STAFF,
                                           "SELECT id FROM staff ORDER BY position, id"));
}

static GListModel *
list_municipalities (RkDatabase *db)
{
  return G_LIST_MODEL (rk_query_model_new (db, RK_TYPE_MUNICIPALITY,
                                           "SELECT id FROM municipality ORDER BY position, id"));
}

static const char *
profession_label (RkEntity *row)
{
  const char *code = rk_entity_get_string (row, "profession");

  return code != NULL && *code != '\0' ? rk_terms_get_label (RK_TERMS_PROFESSION, code)
                                       : _("Profession not recorded");
}

static double
rate (gint64 part,
      gint64 whole)
{
  return part >= 0 && whole > 0 ? (double) part / whole : NAN;
}

/* "5人（保健師 2人、社会福祉士 1人、…）", as the case studies write it. */
static char *
describe_staff (GListModel *staff,
                gint64     *total_out)
{
  g_autoptr(GString) parts = g_string_new (NULL);
  g_autofree char *total_s = NULL;
  gint64 total = 0;
  guint n = g_list_model_get_n_items (staff);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) row = g_list_model_get_item (staff, i);
      gint64 headcount = rk_entity_get_int (row, "headcount");
      g_autofree char *count = _rk_submission_format_count (headcount);

      total += headcount;
      if (parts->len > 0)
        g_string_append (parts, C_("list separator", ", "));
      /* Translators: a profession and its number of staff, e.g. "保健師 2人" */
      g_string_append_printf (parts, C_("staff", "%s %s"), profession_label (row), count);
    }

  *total_out = total;
  if (n == 0)
    return NULL;

  total_s = _rk_submission_format_count (total);
  /* Translators: the base's staff: total, then by profession, e.g.
   * "5人（保健師 2人、社会福祉士 1人）"
   */
  return g_strdup_printf (_("%s people (%s)"), total_s, parts->str);
}

static gboolean
collect_profile (RkDatabase        *db,
                 int                fiscal_year,
                 RkSubmissionRows  *rows,
                 gpointer           user_data,
                 GError           **error)
{
  g_autoptr(RkProfile) profile = rk_profile_get (db, error);
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GListModel) municipalities = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *era = NULL;
  g_autofree char *western = NULL;
  RkEntity *p;
  const char *as_of;
  gint64 staff_total = 0;
  gint64 population = 0;
  gint64 elderly = 0;
  gboolean population_known = TRUE;
  gboolean elderly_known = TRUE;
  guint n;

  if (profile == NULL)
    return FALSE;
  p = RK_ENTITY (profile);

  rk_submission_rows_add (rows);

  era = rk_fiscal_year_to_era_string (fiscal_year);
  western = rk_fiscal_year_to_string (fiscal_year);
  /* Translators: e.g. "令和8年度（2026年度）" */
  rk_submission_rows_take_text (rows, "fiscal_year", g_strdup_printf (_("%s (%s)"), era, western));

  as_of = rk_entity_get_string (p, "as-of");
  if (as_of != NULL && strlen (as_of) == 7)
    /* Translators: 情報の時点, year and month: "2026年10月時点" */
    rk_submission_rows_take_text (rows, "as_of",
                                  g_strdup_printf (_("As of %d-%02d"), atoi (as_of),
                                                   atoi (as_of + 5)));
  rk_submission_rows_set_text (rows, "name", rk_entity_get_string (p, "name"));
  rk_submission_rows_set_text (rows, "operator", rk_entity_get_string (p, "operator"));
  if (*rk_entity_get_string (p, "operator-kind") != '\0')
    rk_submission_rows_set_text (rows, "operator_kind",
                                 rk_terms_get_label (RK_TERMS_OPERATOR_KIND,
                                                     rk_entity_get_string (p, "operator-kind")));
  rk_submission_rows_set_text (rows, "area_name", rk_entity_get_string (p, "area-name"));
  rk_submission_rows_set_text (rows, "prefecture", rk_entity_get_string (p, "prefecture"));
  if (*rk_entity_get_string (p, "area-unit") != '\0')
    rk_submission_rows_set_text (rows, "area_unit",
                                 rk_terms_get_label (RK_TERMS_AREA_UNIT,
                                                     rk_entity_get_string (p, "area-unit")));
  rk_submission_rows_set_text (rows, "address", rk_entity_get_string (p, "address"));
  rk_submission_rows_set_text (rows, "phone", rk_entity_get_string (p, "phone"));
  rk_submission_rows_set_text (rows, "email", rk_entity_get_string (p, "email"));
  rk_submission_rows_set_text (rows, "notes", rk_entity_get_string (p, "notes"));

  staff = list_staff (db);
  rk_submission_rows_take_text (rows, "staff", describe_staff (staff, &staff_total));
  if (g_list_model_get_n_items (staff) > 0)
    rk_submission_rows_set_number (rows, "staff_total", staff_total);

  municipalities = list_municipalities (db);
  n = g_list_model_get_n_items (municipalities);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) m = g_list_model_get_item (municipalities, i);
      gint64 pop = rk_entity_get_int (m, "population");
      gint64 old = rk_entity_get_int (m, "elderly-population");
      g_autofree char *pop_s = pop >= 0 ? _rk_submission_format_count (pop) : g_strdup ("—");
      g_autofree char *old_s = old >= 0 ? _rk_submission_format_count (old) : g_strdup ("—");

      population_known &= pop >= 0;
      elderly_known &= old >= 0;
      population += MAX (pop, 0);
      elderly += MAX (old, 0);

      if (names->len > 0)
        g_string_append (names, C_("list separator", ", "));
      g_string_append (names, rk_entity_get_string (m, "name"));
      if (summary->len > 0)
        g_string_append_c (summary, '\n');
      /* Translators: one municipality of 対象圏域の人口規模, as the case
       * studies write it: "飯能市 人口：77,963人、老年人口：25,560人"
       */
      g_string_append_printf (summary, _("%s population: %s, aged 65 and over: %s"),
                              rk_entity_get_string (m, "name"), pop_s, old_s);
    }

  rk_submission_rows_set_text (rows, "municipalities", names->str);
  rk_submission_rows_set_text (rows, "population_summary", summary->str);
  if (n > 0 && population_known)
    rk_submission_rows_set_number (rows, "population", population);
  if (n > 0 && elderly_known)
    rk_submission_rows_set_number (rows, "elderly_population", elderly);
  if (n > 0 && population_known && elderly_known)
    rk_submission_rows_set_number (rows, "elderly_rate", rate (elderly, population));

  return TRUE;
}

static gboolean
collect_staff (RkDatabase        *db,
               int                fiscal_year,
               RkSubmissionRows  *rows,
               gpointer           user_data,
               GError           **error)
{
  g_autoptr(GListModel) staff = list_staff (db);
  guint n = g_list_model_get_n_items (staff);
  gint64 total = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) row = g_list_model_get_item (staff, i);

      rk_submission_rows_add (rows);
      rk_submission_rows_set_text (rows, "profession", profession_label (row));
      rk_submission_rows_set_number (rows, "headcount", rk_entity_get_int (row, "headcount"));
      total += rk_entity_get_int (row, "headcount");
    }

  if (n > 1)
    {
      rk_submission_rows_add (rows);
      rk_submission_rows_set_total (rows);
      rk_submission_rows_set_text (rows, "profession", _("Total"));
      rk_submission_rows_set_number (rows, "headcount", total);
    }

  return TRUE;
}

static gboolean
collect_municipalities (RkDatabase        *db,
                        int                fiscal_year,
                        RkSubmissionRows  *rows,
                        gpointer           user_data,
                        GError           **error)
{
  g_autoptr(GListModel) municipalities = list_municipalities (db);
  guint n = g_list_model_get_n_items (municipalities);
  gint64 population = 0;
  gint64 elderly = 0;
  gboolean population_known = TRUE;
  gboolean elderly_known = TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) m = g_list_model_get_item (municipalities, i);
      gint64 pop = rk_entity_get_int (m, "population");
      gint64 old = rk_entity_get_int (m, "elderly-population");

      rk_submission_rows_add (rows);
      rk_submission_rows_set_text (rows, "code", rk_entity_get_string (m, "code"));
      rk_submission_rows_set_text (rows, "prefecture", rk_entity_get_string (m, "prefecture"));
      rk_submission_rows_set_text (rows, "name", rk_entity_get_string (m, "name"));
      rk_submission_rows_set_number (rows, "population", pop >= 0 ? pop : NAN);
      rk_submission_rows_set_number (rows, "elderly_population", old >= 0 ? old : NAN);
      rk_submission_rows_set_number (rows, "elderly_rate", rate (old, pop));

      population_known &= pop >= 0;
      elderly_known &= old >= 0;
      population += MAX (pop, 0);
      elderly += MAX (old, 0);
    }

  /* A total only when every number is known: a partial sum would pass for
   * the area's population.
   */
  if (n > 1)
    {
      rk_submission_rows_add (rows);
      rk_submission_rows_set_total (rows);
      rk_submission_rows_set_text (rows, "name", _("Total"));
      rk_submission_rows_set_number (rows, "population", population_known ? population : NAN);
      rk_submission_rows_set_number (rows, "elderly_population", elderly_known ? elderly : NAN);
      if (population_known && elderly_known)
        rk_submission_rows_set_number (rows, "elderly_rate", rate (elderly, population));
    }

  return TRUE;
}

static const RkSubmissionKind profile_kind = {
  "profile", N_("Base profile"),
  N_("The base profile of the guidebook's case studies: operator, staff, area and its population."),
  RK_SUBMISSION_LAYOUT_FORM, profile_fields, G_N_ELEMENTS (profile_fields), collect_profile, NULL,
};

static const RkSubmissionKind staff_kind = {
  "staff", N_("Staff"),
  N_("The base's staff by profession, with a total."),
  RK_SUBMISSION_LAYOUT_TABLE, staff_fields, G_N_ELEMENTS (staff_fields), collect_staff, NULL,
};

static const RkSubmissionKind municipalities_kind = {
  "municipalities", N_("Municipalities"),
  N_("The municipalities of the area with their population and population aged 65 and over, with a total."),
  RK_SUBMISSION_LAYOUT_TABLE, municipality_fields, G_N_ELEMENTS (municipality_fields),
  collect_municipalities, NULL,
};

void
_rk_submission_register_profile (void)
{
  rk_submission_register_kind (&profile_kind);
  rk_submission_register_kind (&staff_kind);
  rk_submission_register_kind (&municipalities_kind);
}
