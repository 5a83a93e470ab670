/* rk-bind-parse.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bind-parse"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rk-bind.h"

/* What the user may type into a field, turned into the column's value:
 * Japanese users write numbers and dates in several ways (full-width
 * digits, 2026年10月, 令和8年), and each parser accepts what a coordinator
 * would naturally type, or says why it cannot.
 */

gboolean
rk_bind_parse_text (const char  *text,
                    GValue      *value,
                    char       **message)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  g_value_set_string (value, trimmed);
  return TRUE;
}

/* Japanese users type digits in full width as often as not, and group
 * them with commas; NFKC turns "１５２，３４０" into "152,340".
 */
static char *
normalize_digits (const char *text)
{
  g_autofree char *nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  GString *s = g_string_new (NULL);

  for (const char *p = nfkc; p != NULL && *p != '\0'; p++)
    if (*p != ',' && *p != ' ')
      g_string_append_c (s, *p);

  return g_string_free (s, FALSE);
}

/**
 * rk_bind_parse_count:
 *
 * A number of people and the like: digits (full or half width, commas
 * allowed, a trailing 人 or 名 ignored); empty for "not known" (-1).
 */
gboolean
rk_bind_parse_count (const char  *text,
                     GValue      *value,
                     char       **message)
{
  g_autofree char *digits = normalize_digits (text);
  guint64 n;

  if (g_str_has_suffix (digits, "人") || g_str_has_suffix (digits, "名"))
    digits[strlen (digits) - strlen ("人")] = '\0';

  if (digits[0] == '\0')
    {
      if (G_VALUE_HOLDS_INT (value))
        g_value_set_int (value, -1);
      else
        g_value_set_int64 (value, -1);
      return TRUE;
    }

  if (!g_ascii_string_to_unsigned (digits, 10, 0, G_MAXINT64 - 1, &n, NULL))
    {
      if (message != NULL)
        *message = g_strdup (_("Enter a whole number, such as 12,345, or leave it empty."));
      return FALSE;
    }

  if (G_VALUE_HOLDS_INT (value))
    g_value_set_int (value, (int) MIN (n, G_MAXINT));
  else
    g_value_set_int64 (value, (gint64) n);
  return TRUE;
}

char *
rk_bind_format_count (const GValue *value)
{
  gint64 n = G_VALUE_HOLDS_INT (value) ? g_value_get_int (value) : g_value_get_int64 (value);
  g_autofree char *digits = NULL;
  GString *s;
  gsize len;

  if (n < 0)
    return g_strdup ("");

  digits = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  len = strlen (digits);
  s = g_string_new (NULL);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }

  return g_string_free (s, FALSE);
}

/**
 * rk_bind_parse_year_month:
 *
 * 情報の時点: "2026-10", "2026/10", "2026.10" or "2026年10月" (any digit
 * width) become "2026-10"; empty clears it.
 */
gboolean
rk_bind_parse_year_month (const char  *text,
                          GValue      *value,
                          char       **message)
{
  g_autofree char *s = normalize_digits (text);
  g_autoptr(GString) ascii = g_string_new (s);
  unsigned year = 0, month = 0;
  int consumed = 0;

  if (s[0] == '\0')
    {
      g_value_set_string (value, "");
      return TRUE;
    }

  g_string_replace (ascii, "年", "-", 0);
  g_string_replace (ascii, "月", "", 0);
  g_string_replace (ascii, "/", "-", 0);
  g_string_replace (ascii, ".", "-", 0);

  if (sscanf (ascii->str, "%4u-%2u%n", &year, &month, &consumed) == 2 &&
      ascii->str[consumed] == '\0' &&
      year >= 1900 && year <= 2999 && month >= 1 && month <= 12)
    {
      g_autofree char *normalized = g_strdup_printf ("%04u-%02u", year, month);
      g_value_set_string (value, normalized);
      return TRUE;
    }

  if (message != NULL)
    *message = g_strdup (_("Enter a year and month, such as 2026-10 or 2026年10月."));
  return FALSE;
}

/**
 * rk_bind_parse_date:
 *
 * A date: "2026-07-15", "2026/7/15", "2026.7.15" or "2026年7月15日" (any
 * digit width) become "2026-07-15"; empty clears it.
 */
gboolean
rk_bind_parse_date (const char  *text,
                    GValue      *value,
                    char       **message)
{
  g_autofree char *s = normalize_digits (text);
  g_autoptr(GString) ascii = g_string_new (s);
  unsigned year = 0, month = 0, day = 0;
  int consumed = 0;

  if (s[0] == '\0')
    {
      g_value_set_string (value, "");
      return TRUE;
    }

  g_string_replace (ascii, "年", "-", 0);
  g_string_replace (ascii, "月", "-", 0);
  g_string_replace (ascii, "日", "", 0);
  g_string_replace (ascii, "/", "-", 0);
  g_string_replace (ascii, ".", "-", 0);

  if (sscanf (ascii->str, "%4u-%2u-%2u%n", &year, &month, &day, &consumed) == 3 &&
      ascii->str[consumed] == '\0' && year >= 1900 && year <= 2999 &&
      g_date_valid_dmy (day, month, year))
    {
      g_autofree char *normalized = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
      g_value_set_string (value, normalized);
      return TRUE;
    }

  if (message != NULL)
    *message = g_strdup (_("Enter a date, such as 2026-07-15 or 2026年7月15日."));
  return FALSE;
}

/**
 * rk_bind_parse_time:
 *
 * A time of day: "14:00", "1400", "14時" or "14時30分" become "14:00" or
 * "14:30"; empty clears it.
 */
gboolean
rk_bind_parse_time (const char  *text,
                    GValue      *value,
                    char       **message)
{
  g_autofree char *s = normalize_digits (text);
  g_autoptr(GString) ascii = g_string_new (s);
  unsigned hour = 0, minute = 0;
  int consumed = 0;

  if (s[0] == '\0')
    {
      g_value_set_string (value, "");
      return TRUE;
    }

  g_string_replace (ascii, "時半", ":30", 0);
  g_string_replace (ascii, "時", ":", 0);
  g_string_replace (ascii, "分", "", 0);
  if (g_str_has_suffix (ascii->str, ":"))
    g_string_append (ascii, "00");
  if (ascii->len == 4 && strspn (ascii->str, "0123456789") == 4)
    g_string_insert_c (ascii, 2, ':');

  if (sscanf (ascii->str, "%2u:%2u%n", &hour, &minute, &consumed) == 2 &&
      ascii->str[consumed] == '\0' && hour <= 23 && minute <= 59)
    {
      g_autofree char *normalized = g_strdup_printf ("%02u:%02u", hour, minute);
      g_value_set_string (value, normalized);
      return TRUE;
    }

  if (message != NULL)
    *message = g_strdup (_("Enter a time, such as 14:00 or 14時30分."));
  return FALSE;
}

/**
 * rk_bind_parse_municipality_code:
 *
 * A 全国地方公共団体コード of six digits whose last is the check digit. Five
 * digits are completed with the check digit, since many lists print the
 * code without it.
 */
gboolean
rk_bind_parse_municipality_code (const char  *text,
                                 GValue      *value,
                                 char       **message)
{
  g_autofree char *s = normalize_digits (text);

  if (s[0] == '\0')
    {
      g_value_set_string (value, "");
      return TRUE;
    }

  if (strlen (s) == 5 && rk_municipality_code_check_digit (s) != 0)
    {
      g_autofree char *full = g_strdup_printf ("%s%c", s, rk_municipality_code_check_digit (s));
      g_value_set_string (value, full);
      return TRUE;
    }

  if (rk_municipality_code_is_valid (s))
    {
      g_value_set_string (value, s);
      return TRUE;
    }

  if (message != NULL)
    *message = g_strdup (strlen (s) == 6 && rk_municipality_code_check_digit (s) != 0
                         ? _("The last digit of this municipality code does not match its check digit. Check the code.")
                         : _("Enter the six-digit municipality code (five digits are completed automatically)."));
  return FALSE;
}
