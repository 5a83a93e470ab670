/* test-vocabulary.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <string.h>

#include "rk-vocabulary.h"

static void
test_fiscal_year_boundaries (void)
{
  static const struct {
    const char *date;
    int         fiscal_year;
  } cases[] = {
    { "2026-03-31", 2025 },
    { "2026-04-01", 2026 },
    { "2026-01-01", 2025 },
    { "2026-12-31", 2026 },
    { "2027-03-31", 2026 },
    { "2024-02-29", 2023 },   /* leap day */
    { "2000-04-01", 2000 },
    { "2026-04-01T09:00:00+09:00", 2026 },
  };
  static const char *not_dates[] = {
    "", "2026", "2026-04", "2026-02-30", "2026-13-01", "2026-00-10", "令和8年4月1日", "04/01/2026",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) date = g_date_new ();
      unsigned year, month, day;

      g_test_message ("%s", cases[i].date);
      g_assert_cmpint (rk_fiscal_year_for_iso_date (cases[i].date), ==, cases[i].fiscal_year);

      g_assert_cmpint (sscanf (cases[i].date, "%4u-%2u-%2u", &year, &month, &day), ==, 3);
      g_date_set_dmy (date, day, month, year);
      g_assert_cmpint (rk_fiscal_year_for_date (date), ==, cases[i].fiscal_year);
    }

  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    {
      g_test_message ("“%s” is not a date", not_dates[i]);
      g_assert_cmpint (rk_fiscal_year_for_iso_date (not_dates[i]), ==, 0);
    }
  g_assert_cmpint (rk_fiscal_year_for_iso_date (NULL), ==, 0);
}

static void
test_fiscal_year_to_string (void)
{
  g_autofree char *text = rk_fiscal_year_to_string (2026);

  g_assert_nonnull (strstr (text, "2026"));
}

static void
test_fiscal_year_era (void)
{
  static const struct {
    int         fiscal_year;
    const char *era;
  } cases[] = {
    { 2026, "令和8年度" },
    { 2020, "令和2年度" },
    { 2019, "令和元年度" },
    { 2018, "平成30年度" },
    { 1989, "平成元年度" },
    { 1988, "1988年度" },
  };
  char first[11], next[11];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *era = rk_fiscal_year_to_era_string (cases[i].fiscal_year);
      g_assert_cmpstr (era, ==, cases[i].era);
    }

  rk_fiscal_year_bounds (2026, first, next);
  g_assert_cmpstr (first, ==, "2026-04-01");
  g_assert_cmpstr (next, ==, "2027-04-01");
  /* The bounds agree with rk_fiscal_year_for_iso_date() on both edges. */
  g_assert_cmpint (rk_fiscal_year_for_iso_date (first), ==, 2026);
  g_assert_cmpint (rk_fiscal_year_for_iso_date (next), ==, 2027);
  g_assert_cmpint (rk_fiscal_year_for_iso_date ("2027-03-31"), ==, 2026);
}

static void
test_municipality_codes (void)
{
  /* 全国地方公共団体コード of real municipalities, check digit last. */
  static const struct {
    const char *code;
    const char *name;
  } real[] = {
    { "131016", "千代田区" },
    { "192015", "甲府市" },
    { "452017", "宮崎市" },
    { "011002", "札幌市" },
    { "131041", "新宿区" },   /* remainder 0: 11 → check digit 1 */
    { "131130", "渋谷区" },   /* remainder 1: 10 → check digit 0 */
    { "271004", "大阪市" },
    { "472018", "那覇市" },
  };
  static const char *wrong[] = {
    "131017",      /* wrong check digit */
    "131010",
    "192016",
    "452011",
    "011001",
    "13101",       /* no check digit */
    "1310166",     /* too long */
    "13101a",
    "1310１6",     /* a full-width digit */
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (real); i++)
    {
      char first_five[6];

      g_test_message ("%s %s", real[i].code, real[i].name);
      g_assert_true (rk_municipality_code_is_valid (real[i].code));
      memcpy (first_five, real[i].code, 5);
      first_five[5] = '\0';
      g_assert_cmpint (rk_municipality_code_check_digit (first_five), ==, real[i].code[5]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_test_message ("“%s” must be refused", wrong[i]);
      g_assert_false (rk_municipality_code_is_valid (wrong[i]));
    }
  g_assert_false (rk_municipality_code_is_valid (NULL));
  g_assert_cmpint (rk_municipality_code_check_digit ("1310a"), ==, 0);
  g_assert_cmpint (rk_municipality_code_check_digit ("131"), ==, 0);
}

static void
test_term_round_trip (void)
{
  for (RkTermList list = 0; list < RK_N_TERM_LISTS; list++)
    {
      g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
      const RkTerm *terms;
      guint n_terms = 0;

      terms = rk_terms_get (list, &n_terms);
      g_assert_nonnull (terms);
      g_assert_cmpuint (n_terms, >, 1);

      for (guint i = 0; i < n_terms; i++)
        {
          const char *code = terms[i].code;
          const char *label = rk_terms_get_label (list, code);

          /* Codes are stable identifiers: ASCII, lower case, unique. */
          g_assert_true (g_str_is_ascii (code));
          for (const char *c = code; *c != '\0'; c++)
            g_assert_true (g_ascii_islower (*c) || *c == '_');
          g_assert_true (g_hash_table_add (codes, (gpointer) code));

          /* Every label is distinct (a picked label names one code), and
           * finds its code again, translated or not.
           */
          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "");
          g_assert_cmpstr (label, !=, code);
          g_assert_true (g_hash_table_add (labels, (gpointer) label));
          g_assert_cmpstr (rk_terms_find_code (list, label), ==, code);
          g_assert_cmpstr (rk_terms_find_code (list, terms[i].label), ==, code);
          g_assert_cmpstr (rk_terms_find_code (list, code), ==, code);
        }

      /* The user's own words stay as typed, both ways. */
      g_assert_cmpstr (rk_terms_get_label (list, "地域の独自区分"), ==, "地域の独自区分");
      g_assert_cmpstr (rk_terms_find_code (list, "地域の独自区分"), ==, "地域の独自区分");
      g_assert_cmpstr (rk_terms_get_label (list, NULL), ==, "");
      g_assert_cmpstr (rk_terms_find_code (list, NULL), ==, "");
    }

  /* Codes the workspace format depends on (stored in files). */
  g_assert_cmpstr (rk_terms_find_code (RK_TERMS_ORGANIZATION_KIND, "Pharmacy"), ==, "pharmacy");
  g_assert_cmpstr (rk_terms_find_code (RK_TERMS_AREA_UNIT, "Secondary medical area"),
                   ==, "secondary_medical_area");
  g_assert_cmpstr (rk_terms_find_code (RK_TERMS_OPERATOR_KIND,
                                       "Medical association or other professional body"),
                   ==, "medical_association");
  g_assert_cmpstr (rk_terms_find_code (RK_TERMS_PROFESSION, "Care manager"), ==, "care_manager");
}

static void
test_functions (void)
{
  g_autofree char *none = rk_functions_to_string (0);
  g_autofree char *all = NULL;
  g_autofree char *two = NULL;
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    {
      g_autofree char *one = rk_functions_to_string (1u << i);
      const char *label = rk_function_get_label (1u << i);

      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
      g_assert_true (g_hash_table_add (labels, (gpointer) label));
      g_assert_cmpstr (one, ==, label);
    }

  g_assert_cmpstr (none, ==, "");

  /* In the order of the guidebook, whatever order the bits were set in. */
  two = rk_functions_to_string (RK_FUNCTION_END_OF_LIFE | RK_FUNCTION_DISCHARGE);
  g_assert_true (g_str_has_prefix (two, rk_function_get_label (RK_FUNCTION_DISCHARGE)));
  g_assert_true (g_str_has_suffix (two, rk_function_get_label (RK_FUNCTION_END_OF_LIFE)));
  g_assert_cmpuint (strlen (two), >, strlen (rk_function_get_label (RK_FUNCTION_DISCHARGE)) +
                                     strlen (rk_function_get_label (RK_FUNCTION_END_OF_LIFE)));

  all = rk_functions_to_string ((1u << RK_N_FUNCTIONS) - 1);
  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    g_assert_nonnull (strstr (all, rk_function_get_label (1u << i)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/vocabulary/fiscal-year/boundaries", test_fiscal_year_boundaries);
  g_test_add_func ("/core/vocabulary/fiscal-year/to-string", test_fiscal_year_to_string);
  g_test_add_func ("/core/vocabulary/fiscal-year/era", test_fiscal_year_era);
  g_test_add_func ("/core/vocabulary/municipality-codes", test_municipality_codes);
  g_test_add_func ("/core/vocabulary/terms-round-trip", test_term_round_trip);
  g_test_add_func ("/core/vocabulary/functions", test_functions);

  return g_test_run ();
}
