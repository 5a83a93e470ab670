/* rk-vocabulary.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-vocabulary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "rk-vocabulary.h"

static const char *function_labels[RK_N_FUNCTIONS] = {
  N_("Discharge support"),        /* 退院支援 */
  N_("Daily care at home"),       /* 日常の療養支援 */
  N_("Sudden change"),            /* 急変時の対応 */
  N_("End-of-life care"),         /* 看取り */
  N_("Disaster"),                 /* 災害時 */
};

/* The kinds of the guidebook's resource slide (関係機関の種類ごとに把握する
 * 内容の例) and the participant list of its meeting slides.
 */
static const RkTerm organization_kinds[] = {
  { "hospital",                N_("Hospital") },
  { "clinic",                  N_("Clinic") },
  { "dental_clinic",           N_("Dental clinic") },
  { "pharmacy",                N_("Pharmacy") },
  { "home_nursing",            N_("Home-visit nursing station") },
  { "home_rehabilitation",     N_("Home-visit rehabilitation") },
  { "nutrition_care_station",  N_("Nutrition care station") },
  { "care_facility",           N_("Care facility") },
  { "care_management",         N_("Home care support office") },
  { "home_help",               N_("Home-visit care office") },
  { "disability_service",      N_("Disability welfare service office") },
  { "community_support",       N_("Community general support center") },
  { "disability_consultation", N_("Disability consultation support center") },
  { "fire_department",         N_("Fire department") },
  { "association",             N_("Professional association") },
  { "government",              N_("Local government") },
  { "other",                   N_("Other organization") },
};

static const RkTerm operator_kinds[] = {
  { "municipality",          N_("Municipality") },
  { "public_health_center",  N_("Public health center") },
  { "medical_association",   N_("Medical association or other professional body") },
  { "hospital",              N_("Hospital") },
  { "clinic",                N_("Clinic") },
  { "home_nursing",          N_("Home-visit nursing station") },
  { "other",                 N_("Other") },
};

static const RkTerm area_units[] = {
  { "secondary_medical_area", N_("Secondary medical area") },
  { "municipality",           N_("Municipality") },
  { "several_municipalities", N_("Several municipalities") },
  { "public_health_center",   N_("Public health center district") },
  { "medical_association",    N_("Medical association district") },
  { "other",                  N_("Other") },
};

static const RkTerm professions[] = {
  { "public_health_nurse", N_("Public health nurse") },
  { "nurse",               N_("Nurse") },
  { "social_worker",       N_("Certified social worker") },
  { "care_manager",        N_("Care manager") },
  { "medical_social_worker", N_("Medical social worker") },
  { "physician",           N_("Physician") },
  { "pharmacist",          N_("Pharmacist") },
  { "therapist",           N_("Therapist (PT/OT/ST)") },
  { "dietitian",           N_("Dietitian") },
  { "administrative",      N_("Administrative staff") },
  /* The professions of the guidebook's participant lists that a base's own
   * staff rarely have, but its training and meetings do.
   */
  { "dentist",             N_("Dentist") },
  { "dental_hygienist",    N_("Dental hygienist") },
  { "care_worker",         N_("Care worker") },
  { "disability_counselor", N_("Disability consultation specialist") },
  { "paramedic",           N_("Paramedic") },
  { "other",               N_("Other") },
};

/* Which list an indicator comes from: MHLW's indicator examples of the
 * 7th or 8th medical plan, a prefecture's own, or the base's own.
 */
static const RkTerm indicator_editions[] = {
  { "seventh",    N_("7th medical plan") },
  { "eighth",     N_("8th medical plan") },
  { "prefecture", N_("Prefecture’s own") },
  { "own",        N_("Base’s own") },
};

/* Donabedian's three kinds, as the medical plan sorts its indicators. */
static const RkTerm indicator_categories[] = {
  { "structure", N_("Structure") },
  { "process",   N_("Process") },
  { "outcome",   N_("Outcome") },
};

/* 人材育成 and 普及啓発 (guidebook 第2章4–5): the three kinds of record the
 * training tab keeps, each with its own list of methods or media.
 */
static const RkTerm activity_categories[] = {
  { "training", N_("Training") },                     /* 研修 */
  { "sharing",  N_("Information sharing") },          /* 知識・技能に関する情報共有 */
  { "outreach", N_("Public awareness") },             /* 地域住民への普及啓発 */
};

static const RkTerm training_methods[] = {
  { "lecture",           N_("Lecture") },             /* 講義 */
  { "case_study",        N_("Case study") },          /* 事例検討 */
  { "world_cafe",        N_("World café") },          /* ワールドカフェ */
  { "group_work",        N_("Group work") },          /* グループワーク */
  { "practical",         N_("Hands-on practice") },   /* 実技・演習 */
  { "accompanied_visit", N_("Accompanied home visit") }, /* 同行訪問 */
  { "site_visit",        N_("Site visit") },          /* 施設見学 */
  { "other",             N_("Other") },
};

static const RkTerm sharing_kinds[] = {
  { "newsletter",    N_("Newsletter") },              /* 会報・ニュースレター */
  { "resource_list", N_("Resource list or map") },    /* 資源リスト・マップ */
  { "manual",        N_("Manual or rules") },         /* 手引き・ルール集 */
  { "contact_list",  N_("Contact list") },            /* 連絡先一覧 */
  { "ict",           N_("Post on a shared ICT tool") }, /* ICTツールでの発信 */
  { "materials",     N_("Training materials") },      /* 研修資料の共有 */
  { "other",         N_("Other") },
};

static const RkTerm outreach_kinds[] = {
  { "public_lecture",   N_("Public lecture") },       /* 公開講座 */
  { "outreach_lecture", N_("On-site lecture") },      /* 出前講座 */
  { "forum",            N_("Citizens' forum") },      /* 市民フォーラム */
  { "video",            N_("Video") },                /* 動画 */
  { "leaflet",          N_("Leaflet or booklet") },   /* パンフレット・リーフレット */
  { "press",            N_("Public relations article") }, /* 広報誌・新聞記事 */
  { "website",          N_("Website or social media") }, /* ホームページ・SNS */
  { "event",            N_("Event or exhibition") },  /* イベント・展示 */
  { "other",            N_("Other") },
};

static const struct {
  const RkTerm *terms;
  guint         n_terms;
} term_lists[RK_N_TERM_LISTS] = {
  [RK_TERMS_ORGANIZATION_KIND] = { organization_kinds, G_N_ELEMENTS (organization_kinds) },
  [RK_TERMS_OPERATOR_KIND]     = { operator_kinds, G_N_ELEMENTS (operator_kinds) },
  [RK_TERMS_AREA_UNIT]         = { area_units, G_N_ELEMENTS (area_units) },
  [RK_TERMS_PROFESSION]        = { professions, G_N_ELEMENTS (professions) },
  [RK_TERMS_INDICATOR_EDITION] = { indicator_editions, G_N_ELEMENTS (indicator_editions) },
  [RK_TERMS_INDICATOR_CATEGORY] = { indicator_categories, G_N_ELEMENTS (indicator_categories) },
  [RK_TERMS_ACTIVITY_CATEGORY] = { activity_categories, G_N_ELEMENTS (activity_categories) },
  [RK_TERMS_TRAINING_METHOD]   = { training_methods, G_N_ELEMENTS (training_methods) },
  [RK_TERMS_SHARING_KIND]      = { sharing_kinds, G_N_ELEMENTS (sharing_kinds) },
  [RK_TERMS_OUTREACH_KIND]     = { outreach_kinds, G_N_ELEMENTS (outreach_kinds) },
};

const char *
rk_function_get_label (RkFunctions function)
{
  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    if (function == (1u << i))
      return _(function_labels[i]);

  g_return_val_if_reached (NULL);
}

/**
 * rk_functions_to_string:
 *
 * Returns: (transfer full): the labels of a set of functions, joined with
 *   the list separator of the user's language
 */
char *
rk_functions_to_string (RkFunctions functions)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    {
      if ((functions & (1u << i)) == 0)
        continue;
      if (s->len > 0)
        /* Translators: separates items in a short list, e.g. 退院支援・看取り */
        g_string_append (s, C_("list separator", ", "));
      g_string_append (s, _(function_labels[i]));
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * rk_terms_get:
 * @n_terms: (out): the length of the list
 *
 * Returns: (transfer none) (array length=n_terms): the list; translate
 *   labels with gettext, or use rk_terms_get_label()
 */
const RkTerm *
rk_terms_get (RkTermList  list,
              guint      *n_terms)
{
  g_return_val_if_fail (list < RK_N_TERM_LISTS, NULL);

  *n_terms = term_lists[list].n_terms;
  return term_lists[list].terms;
}

/**
 * rk_term_array_get_label:
 * @terms: (array length=n_terms): a list of terms, such as another
 *   module's vocabulary
 *
 * Returns: the translated label of @code in @terms, or @code itself when
 *   the user typed a value of their own
 */
const char *
rk_term_array_get_label (const RkTerm *terms,
                         guint         n_terms,
                         const char   *code)
{
  if (code == NULL)
    return "";

  for (guint i = 0; i < n_terms; i++)
    if (strcmp (terms[i].code, code) == 0)
      return _(terms[i].label);

  return code;
}

/**
 * rk_terms_get_label:
 *
 * Returns: the translated label of @code, or @code itself when the user
 *   typed a value of their own instead of picking one from the list
 */
const char *
rk_terms_get_label (RkTermList  list,
                    const char *code)
{
  g_return_val_if_fail (list < RK_N_TERM_LISTS, code);

  return rk_term_array_get_label (term_lists[list].terms, term_lists[list].n_terms, code);
}

/**
 * rk_terms_find_code:
 *
 * The reverse of rk_terms_get_label(): the code of a label the user picked
 * or typed (in either language), or the text itself when it is none of the
 * list's.
 */
const char *
rk_terms_find_code (RkTermList  list,
                    const char *label)
{
  g_return_val_if_fail (list < RK_N_TERM_LISTS, label);

  if (label == NULL)
    return "";

  for (guint i = 0; i < term_lists[list].n_terms; i++)
    {
      const RkTerm *term = &term_lists[list].terms[i];

      if (strcmp (_(term->label), label) == 0 || strcmp (term->label, label) == 0 ||
          strcmp (term->code, label) == 0)
        return term->code;
    }

  return label;
}

/**
 * rk_fiscal_year_for_date:
 *
 * Japan's fiscal year runs from April to March: 2027-03-31 is in fiscal
 * year 2026 (令和8年度).
 */
int
rk_fiscal_year_for_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  return g_date_get_month (date) >= G_DATE_APRIL ? g_date_get_year (date)
                                                 : g_date_get_year (date) - 1;
}

/**
 * rk_fiscal_year_for_iso_date:
 * @iso_date: "YYYY-MM-DD" (anything after the date is ignored)
 *
 * Returns: the fiscal year, or 0 when @iso_date is not a date
 */
int
rk_fiscal_year_for_iso_date (const char *iso_date)
{
  unsigned year, month, day;
  g_autoptr(GDate) date = NULL;

  if (iso_date == NULL || sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return 0;

  date = g_date_new_dmy (day, month, year);
  return rk_fiscal_year_for_date (date);
}

char *
rk_fiscal_year_to_string (int fiscal_year)
{
  /* Translators: a Japanese fiscal year (April to March), e.g. 2026年度 */
  return g_strdup_printf (_("FY%d"), fiscal_year);
}

/**
 * rk_fiscal_year_to_era_string:
 *
 * The fiscal year as Japanese official documents name it: 2026 is
 * 令和8年度, 2019 令和元年度, 2018 平成30年度. Not translated: it is the
 * Japanese calendar, used in forms written in Japanese.
 *
 * Returns: (transfer full): the name of the fiscal year
 */
char *
rk_fiscal_year_to_era_string (int fiscal_year)
{
  /* Fiscal 2019 began in April, before 令和 did (May 1), but is called
   * 令和元年度 all the same.
   */
  if (fiscal_year >= 2019)
    return fiscal_year == 2019 ? g_strdup ("令和元年度")
                               : g_strdup_printf ("令和%d年度", fiscal_year - 2018);
  if (fiscal_year >= 1989)
    return fiscal_year == 1989 ? g_strdup ("平成元年度")
                               : g_strdup_printf ("平成%d年度", fiscal_year - 1988);
  return g_strdup_printf ("%d年度", fiscal_year);
}

/**
 * rk_fiscal_year_bounds:
 * @first_day: (out caller-allocates): "YYYY-04-01", the year's first day
 * @next_first_day: (out caller-allocates): the next year's first day
 *
 * The ISO dates that bound a fiscal year, for queries on ISO date columns:
 * `held_on >= first_day AND held_on < next_first_day`.
 */
void
rk_fiscal_year_bounds (int  fiscal_year,
                       char first_day[11],
                       char next_first_day[11])
{
  g_return_if_fail (fiscal_year >= 1000 && fiscal_year < 9999);

  g_snprintf (first_day, 11, "%04d-04-01", fiscal_year);
  g_snprintf (next_first_day, 11, "%04d-04-01", fiscal_year + 1);
}

/**
 * rk_municipality_code_check_digit:
 * @first_five: the five digits of a 全国地方公共団体コード
 *
 * JIS X 0402's check digit: the weighted sum 6,5,4,3,2 of the digits,
 * modulo 11, subtracted from 11, last digit.
 *
 * Returns: the check digit as a character, or 0 for bad input
 */
char
rk_municipality_code_check_digit (const char *first_five)
{
  static const int weights[5] = { 6, 5, 4, 3, 2 };
  int sum = 0;

  for (guint i = 0; i < 5; i++)
    {
      if (first_five[i] < '0' || first_five[i] > '9')
        return 0;
      sum += (first_five[i] - '0') * weights[i];
    }

  return '0' + (11 - sum % 11) % 10;
}

gboolean
rk_municipality_code_is_valid (const char *code)
{
  return code != NULL && strlen (code) == 6 &&
         g_ascii_isdigit (code[5]) &&
         rk_municipality_code_check_digit (code) == code[5];
}
