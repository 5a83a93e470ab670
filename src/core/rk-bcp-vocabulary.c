/* rk-bcp-vocabulary.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-vocabulary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rk-bcp-vocabulary.h"

/* 在宅医療におけるBCPの種類 (guidebook, disaster slides). */
static const RkTerm plan_kinds[] = {
  { "institutional", N_("Institutional BCP") },
  { "cooperative",   N_("Cooperative BCP") },
  { "regional",      N_("Regional BCP") },
};

static const RkTerm plan_statuses[] = {
  { "not_started",  N_("Not drafted") },
  { "drafting",     N_("Being drafted") },
  { "done",         N_("Drafted") },
  { "needs_review", N_("Needs review") },
};

/* 地域タスク: what organisations do for the whole area once the regional
 * BCP is activated (FIELD-NOTES §7.3), and the base's disaster tasks.
 */
static const RkTerm tasks[] = {
  { "home_evacuee_visits", N_("Door-to-door visits to people sheltering at home") },
  { "shelter_support",     N_("Support at evacuation shelters") },
  { "patient_calls",       N_("Calls and visits to patients cared for at home") },
  { "safety_check",        N_("Safety check of patients and service users") },
  { "power_charging",      N_("Charging point for medical devices") },
  { "hospital_transport",  N_("Arranging transport to hospitals") },
  { "medicine_supply",     N_("Supply of medicines and medical materials") },
  { "information_hub",     N_("Collecting and sharing information") },
};

static const RkTerm hazards[] = {
  { "earthquake",   N_("Earthquake") },
  { "flood",        N_("Flood or landslide") },
  { "typhoon",      N_("Typhoon") },
  { "snow",         N_("Heavy snow") },
  { "blackout",     N_("Large power cut") },
  { "infection",    N_("Infectious disease") },
  { "all_hazards",  N_("All hazards") },
};

/* 平時における災害に備えた体制構築への支援: the items of the national survey
 * of bases (在宅医療の体制整備に関する実態調査) and the base's four disaster
 * tasks. The codes are the rows bcp_check is created with.
 */
static const RkTerm check_items[] = {
  { "vulnerable_people",  N_("Knowing who needs special care in a disaster") },
  { "evacuation_support", N_("Knowing who needs help to evacuate") },
  { "initial_manual",     N_("Support for initial-response manuals") },
  { "bcp_support",        N_("Support for cooperative and regional BCPs") },
  { "bcp_sharing",        N_("Sharing the regional BCP in multi-professional meetings") },
  { "drills",             N_("Drills with several agencies") },
  { "power_supply",       N_("Power supply for people on medical devices") },
  { "hospital_transport", N_("Transport of patients to hospitals") },
};

static const RkTerm devices[] = {
  { "ventilator",     N_("Ventilator") },
  { "suction",        N_("Suction device") },
  { "oxygen",         N_("Oxygen concentrator") },
  { "humidifier",     N_("Ventilator humidifier") },
  { "infusion_pump",  N_("Infusion pump") },
  { "feeding_pump",   N_("Feeding pump") },
  { "air_mattress",   N_("Air mattress") },
};

static const RkTerm destinations[] = {
  { "home",            N_("Stay at home") },
  { "hospital",        N_("Medical institution") },
  { "welfare_shelter", N_("Welfare shelter") },
};

static const RkTerm sexes[] = {
  { "female", N_("Female") },
  { "male",   N_("Male") },
  { "other",  N_("Other") },
};

static const RkTerm contact_kinds[] = {
  { "family",    N_("Family") },
  { "supporter", N_("Evacuation supporter") },
};

static const struct {
  const RkTerm *terms;
  guint         n_terms;
} term_lists[RK_BCP_N_TERM_LISTS] = {
  [RK_BCP_TERMS_PLAN_KIND]    = { plan_kinds, G_N_ELEMENTS (plan_kinds) },
  [RK_BCP_TERMS_PLAN_STATUS]  = { plan_statuses, G_N_ELEMENTS (plan_statuses) },
  [RK_BCP_TERMS_TASK]         = { tasks, G_N_ELEMENTS (tasks) },
  [RK_BCP_TERMS_HAZARD]       = { hazards, G_N_ELEMENTS (hazards) },
  [RK_BCP_TERMS_CHECK_ITEM]   = { check_items, G_N_ELEMENTS (check_items) },
  [RK_BCP_TERMS_DEVICE]       = { devices, G_N_ELEMENTS (devices) },
  [RK_BCP_TERMS_DESTINATION]  = { destinations, G_N_ELEMENTS (destinations) },
  [RK_BCP_TERMS_SEX]          = { sexes, G_N_ELEMENTS (sexes) },
  [RK_BCP_TERMS_CONTACT_KIND] = { contact_kinds, G_N_ELEMENTS (contact_kinds) },
};

/**
 * rk_bcp_terms_get:
 * @n_terms: (out): the length of the list
 *
 * Returns: (transfer none) (array length=n_terms): the list; translate
 *   labels with gettext
 */
const RkTerm *
rk_bcp_terms_get (RkBcpTermList  list,
                  guint         *n_terms)
{
  g_return_val_if_fail (list < RK_BCP_N_TERM_LISTS, NULL);

  *n_terms = term_lists[list].n_terms;
  return term_lists[list].terms;
}

/**
 * rk_bcp_terms_get_label:
 *
 * Returns: the translated label of @code, or @code itself when it is the
 *   user's own words
 */
const char *
rk_bcp_terms_get_label (RkBcpTermList  list,
                        const char    *code)
{
  g_return_val_if_fail (list < RK_BCP_N_TERM_LISTS, code);

  return rk_term_array_get_label (term_lists[list].terms, term_lists[list].n_terms, code);
}

/**
 * rk_bcp_today:
 *
 * Returns: (transfer full): today's date in local time, "YYYY-MM-DD"
 */
char *
rk_bcp_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
split_iso (const char *iso,
           guint      *y,
           guint      *m,
           guint      *d)
{
  int consumed = 0;

  return iso != NULL &&
         sscanf (iso, "%4u-%2u-%2u%n", y, m, d, &consumed) == 3 && iso[consumed] == '\0' &&
         *y >= 1 && *y <= 9999 && g_date_valid_dmy (*d, *m, *y);
}

/**
 * rk_bcp_format_date:
 *
 * Returns: (transfer full): an ISO date as the user's language writes it
 *   (2026年9月1日), "" for an empty one, or the text itself if it is not a
 *   date
 */
char *
rk_bcp_format_date (const char *iso_date)
{
  guint y, m, d;

  if (!split_iso (iso_date, &y, &m, &d))
    return g_strdup (iso_date != NULL ? iso_date : "");

  /* Translators: a date: %1$u year, %2$u month, %3$u day, e.g. "2026年9月1日" */
  return g_strdup_printf (_("%1$u-%2$02u-%3$02u"), y, m, d);
}

/**
 * rk_bcp_add_years:
 *
 * Returns: (transfer full) (nullable): @iso_date moved by @years (29
 *   February becomes 28 February), or %NULL if it is not a date
 */
char *
rk_bcp_add_years (const char *iso_date,
                  int         years)
{
  g_autoptr(GDate) date = NULL;
  char buf[16];
  guint y, m, d;

  if (!split_iso (iso_date, &y, &m, &d))
    return NULL;

  date = g_date_new_dmy (d, m, y);
  g_date_add_years (date, years);
  g_date_strftime (buf, sizeof buf, "%Y-%m-%d", date);
  return g_strdup (buf);
}

static const struct {
  const char *names[3];
  guint       first_year;
} eras[] = {
  { { "令和", "R", "r" }, 2019 },
  { { "平成", "H", "h" }, 1989 },
  { { "昭和", "S", "s" }, 1926 },
  { { "大正", "T", "t" }, 1912 },
};

/**
 * rk_bcp_parse_date:
 * @text: what the user typed
 * @iso_date: (out): the date as "YYYY-MM-DD", or "" for empty text
 *
 * Reads a date the way Japanese forms are filled in: 2026-09-01,
 * 2026/9/1, 2026.9.1, 2026年9月1日, 令和8年9月1日 or R8.9.1, in full- or
 * half-width digits.
 *
 * Returns: whether @text is a date (or empty)
 */
gboolean
rk_bcp_parse_date (const char  *text,
                   char       **iso_date)
{
  g_autofree char *nfkc = NULL;
  g_autoptr(GString) s = NULL;
  guint offset = 0;
  guint y = 0, m = 0, d = 0;
  int consumed = 0;

  *iso_date = NULL;
  if (text == NULL)
    text = "";

  nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  s = g_string_new (g_strstrip (nfkc));
  g_string_replace (s, " ", "", 0);

  if (s->len == 0)
    {
      *iso_date = g_strdup ("");
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (eras) && offset == 0; i++)
    for (guint j = 0; j < G_N_ELEMENTS (eras[i].names); j++)
      if (g_str_has_prefix (s->str, eras[i].names[j]))
        {
          g_string_erase (s, 0, strlen (eras[i].names[j]));
          /* 元年 is year 1 of an era. */
          if (g_str_has_prefix (s->str, "元"))
            {
              g_string_erase (s, 0, strlen ("元"));
              g_string_prepend_c (s, '1');
            }
          offset = eras[i].first_year - 1;
          break;
        }

  g_string_replace (s, "年", "-", 0);
  g_string_replace (s, "月", "-", 0);
  g_string_replace (s, "日", "", 0);
  g_string_replace (s, "/", "-", 0);
  g_string_replace (s, ".", "-", 0);

  if (sscanf (s->str, "%4u-%2u-%2u%n", &y, &m, &d, &consumed) != 3 || s->str[consumed] != '\0')
    return FALSE;

  y += offset;
  if (offset == 0 && y < 1000)
    return FALSE;
  if (y < 1800 || y > 2999 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  *iso_date = g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  return TRUE;
}

/**
 * rk_bcp_format_hours:
 *
 * Returns: (transfer full): a battery time such as "12時間" or "1.5時間",
 *   or "不明" (unknown) for NaN
 */
char *
rk_bcp_format_hours (double hours)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (hours))
    return g_strdup (C_("hours", "unknown"));

  g_ascii_formatd (number, sizeof number,
                   fabs (hours - round (hours)) < 0.05 ? "%.0f" : "%.1f", hours);

  /* Translators: a duration in hours, e.g. "12時間" */
  return g_strdup_printf (_("%s h"), number);
}

/**
 * rk_bcp_personal_marking:
 *
 * Returns: the stamp on every printed page and every sheet that holds
 *   personal data
 */
const char *
rk_bcp_personal_marking (void)
{
  /* Translators: the stamp on every page and sheet that holds personal data */
  return _("Personal data");
}

/**
 * rk_bcp_personal_footer:
 *
 * Returns: the footer of every printed page that holds personal data
 */
const char *
rk_bcp_personal_footer (void)
{
  return _("Personal data: handle with care, do not copy or pass on");
}
