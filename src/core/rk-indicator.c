/* rk-indicator.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-indicator"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rk-indicator.h"
#include "rk-lm-private.h"

/**
 * RkIndicator:
 *
 * One indicator of the workspace's indicator master: an MHLW indicator
 * example loaded from data/indicators (each marked whether it was checked
 * against its source), a prefecture's, or one the base added. The user
 * may edit every field. Values by area and fiscal year are
 * #RkIndicatorValue rows.
 */
struct _RkIndicator
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkIndicator, rk_indicator, RK_TYPE_ENTITY)

G_DEFINE_QUARK (rk-indicator-error-quark, rk_indicator_error)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_CODE,
  PROP_EDITION,
  PROP_CATEGORY,
  PROP_FUNCTIONS,
  PROP_NAME,
  PROP_PRIORITY,
  PROP_UNIT,
  PROP_HIGHER_IS_BETTER,
  PROP_DATA_SOURCE,
  PROP_SOURCE_DOCUMENT,
  PROP_VERIFIED,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *code;
  const char *label;
  const char *ja;     /* accepted in CSV files whatever the user's language */
} value_kinds[RK_N_VALUE_KINDS] = {
  [RK_VALUE_KIND_BASELINE] = { "baseline", N_("Baseline"), "現状値" },
  [RK_VALUE_KIND_TARGET]   = { "target",   N_("Target"),   "目標値" },
  [RK_VALUE_KIND_ACTUAL]   = { "actual",   N_("Actual"),   "実績値" },
};

static const char *function_codes[RK_N_FUNCTIONS] = {
  "discharge", "daily_care", "emergency", "end_of_life", "disaster",
};

/* Lists written in Japanese are read whatever the user's language. */
static const char *function_ja[RK_N_FUNCTIONS] = {
  "退院支援", "日常の療養支援", "急変時の対応", "看取り", "災害時",
};

static void
rk_indicator_class_init (RkIndicatorClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  rk_entity_class_set_table (entity_class, "indicator");

  /* display order */
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  /* stable key of a master row ("mhlw8-s-discharge-01"), or "" */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, "", flags);
  /* an RK_TERMS_INDICATOR_EDITION code: 第7次, 第8次, 県独自, 拠点独自 */
  properties[PROP_EDITION] = g_param_spec_string ("edition", NULL, NULL, "own", flags);
  /* an RK_TERMS_INDICATOR_CATEGORY code: structure, process, outcome, or "" */
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, "", flags);
  /* RkFunctions; 0 is cross-cutting (横断) */
  properties[PROP_FUNCTIONS] = g_param_spec_int ("functions", NULL, NULL, 0, 31, 0, flags);
  /* 指標名 */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  /* ● 重点指標 */
  properties[PROP_PRIORITY] = g_param_spec_boolean ("priority", NULL, NULL, FALSE, flags);
  /* 単位: 施設, 人, 件 … */
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, "", flags);
  /* whether reaching the target means going above it (the usual case) */
  properties[PROP_HIGHER_IS_BETTER] = g_param_spec_boolean ("higher-is-better", NULL, NULL, TRUE,
                                                            flags);
  /* 典型的データ源: NDB, 医療施設調査 … */
  properties[PROP_DATA_SOURCE] = g_param_spec_string ("data-source", NULL, NULL, "", flags);
  /* 出典: the document that defines the indicator */
  properties[PROP_SOURCE_DOCUMENT] = g_param_spec_string ("source-document", NULL, NULL, "", flags);
  /* checked against its source document */
  properties[PROP_VERIFIED] = g_param_spec_boolean ("verified", NULL, NULL, FALSE, flags);
  /* 備考 */
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_indicator_init (RkIndicator *self)
{
}

/*
 * Vocabulary
 */

const char *
rk_value_kind_to_code (RkValueKind kind)
{
  g_return_val_if_fail (kind < RK_N_VALUE_KINDS, NULL);
  return value_kinds[kind].code;
}

const char *
rk_value_kind_get_label (RkValueKind kind)
{
  g_return_val_if_fail (kind < RK_N_VALUE_KINDS, NULL);
  return _(value_kinds[kind].label);
}

/**
 * rk_value_kind_parse:
 * @text: a code ("actual"), a label in English or in the user's language,
 *   or the Japanese label (実績値, 実績, 現状値, 現状, 目標値, 目標)
 *
 * Returns: whether @text names a kind
 */
gboolean
rk_value_kind_parse (const char  *text,
                     RkValueKind *kind)
{
  g_autofree char *s = NULL;

  if (text == NULL)
    return FALSE;
  s = g_strstrip (g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE));

  for (guint i = 0; i < RK_N_VALUE_KINDS; i++)
    {
      g_autofree char *ja_short = g_strndup (value_kinds[i].ja, strlen (value_kinds[i].ja) - strlen ("値"));

      if (g_ascii_strcasecmp (s, value_kinds[i].code) == 0 ||
          g_ascii_strcasecmp (s, value_kinds[i].label) == 0 ||
          strcmp (s, _(value_kinds[i].label)) == 0 ||
          strcmp (s, value_kinds[i].ja) == 0 || strcmp (s, ja_short) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * rk_functions_from_codes:
 * @codes: space- or comma-separated codes ("discharge daily_care"), or
 *   labels in Japanese or English; empty for none
 *
 * Returns: the set, or 0 with @error set when a word is none of them
 */
RkFunctions
rk_functions_from_codes (const char  *codes,
                         GError     **error)
{
  g_auto(GStrv) words = NULL;
  RkFunctions functions = 0;

  if (codes == NULL)
    return 0;

  words = g_regex_split_simple ("[\\s,、・]+", codes, 0, 0);
  for (guint w = 0; words[w] != NULL; w++)
    {
      gboolean found = FALSE;

      if (words[w][0] == '\0')
        continue;
      for (guint i = 0; i < RK_N_FUNCTIONS && !found; i++)
        {
          if (strcmp (words[w], function_codes[i]) == 0 ||
              strcmp (words[w], function_ja[i]) == 0 ||
              strcmp (words[w], rk_function_get_label (1u << i)) == 0)
            {
              functions |= 1u << i;
              found = TRUE;
            }
        }
      if (!found)
        {
          g_set_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_FORMAT,
                       _("“%s” is not one of the functions of home care (discharge, daily_care, "
                         "emergency, end_of_life, disaster)."), words[w]);
          return 0;
        }
    }

  return functions;
}

char *
rk_functions_to_codes (RkFunctions functions)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    if (functions & (1u << i))
      g_string_append_printf (s, "%s%s", s->len > 0 ? " " : "", function_codes[i]);

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * rk_indicator_format_value:
 * @unit: (nullable): appended after a thin space
 *
 * Returns: (transfer full): "1,234 施設", "12.5 %"; whole numbers without
 *   decimals, others with at most two
 */
char *
rk_indicator_format_value (double      value,
                           const char *unit)
{
  g_autofree char *number = NULL;
  g_autoptr(GString) s = g_string_new (NULL);
  const char *digits, *dot;

  if (isnan (value))
    return g_strdup ("—");

  if (fabs (value - round (value)) < 1e-9)
    number = g_strdup_printf ("%.0f", value);
  else
    {
      number = g_strdup_printf ("%.2f", value);
      /* 12.50 → 12.5 */
      while (g_str_has_suffix (number, "0"))
        number[strlen (number) - 1] = '\0';
    }

  digits = number[0] == '-' ? number + 1 : number;
  dot = strchr (digits, '.');
  if (number[0] == '-')
    g_string_append_c (s, '-');
  for (const char *p = digits; *p != '\0' && p != dot; p++)
    {
      gsize left = (dot != NULL ? (gsize) (dot - p) : strlen (p));

      g_string_append_c (s, *p);
      if (left > 1 && (left - 1) % 3 == 0)
        g_string_append_c (s, ',');
    }
  if (dot != NULL)
    g_string_append (s, dot);

  if (unit != NULL && unit[0] != '\0')
    g_string_append_printf (s, " %s", unit);

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * rk_indicator_parse_value:
 * @text: "1,234", "１２．５", "12.5%", with or without a unit after it
 *
 * Returns: whether @text starts with a number (and holds nothing but a
 *   unit after it)
 */
gboolean
rk_indicator_parse_value (const char *text,
                          double     *value)
{
  g_autofree char *nfkc = NULL;
  g_autoptr(GString) s = g_string_new (NULL);
  char *end = NULL;
  double v;

  if (text == NULL)
    return FALSE;

  nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  for (const char *p = nfkc; *p != '\0'; p++)
    if (*p != ',' && *p != ' ')
      g_string_append_c (s, *p);

  if (s->len == 0 || !(g_ascii_isdigit (s->str[0]) || s->str[0] == '-' || s->str[0] == '.'))
    return FALSE;

  v = g_ascii_strtod (s->str, &end);
  if (end == s->str || isnan (v) || isinf (v))
    return FALSE;
  /* What follows may only be a unit: no digits, no second number. */
  for (const char *p = end; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || *p == '.')
      return FALSE;

  *value = v;
  return TRUE;
}

/**
 * rk_fiscal_year_parse:
 * @text: "2025", "2025年度", "FY2025", "令和7年度", "令和元年度", "R7",
 *   "平成30年度", "H30" (any digit width)
 *
 * Returns: the fiscal year, or 0 when @text is none
 */
int
rk_fiscal_year_parse (const char *text)
{
  static const struct { const char *name; int base; } eras[] = {
    { "令和", 2018 }, { "r", 2018 }, { "平成", 1988 }, { "h", 1988 },
  };
  g_autofree char *nfkc = NULL;
  g_autofree char *s = NULL;
  const char *p;
  int base = 0;
  guint64 n;
  char *end = NULL;

  if (text == NULL)
    return 0;
  nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  s = g_utf8_strdown (g_strstrip (nfkc), -1);
  p = s;

  if (g_str_has_prefix (p, "fy"))
    p += 2;
  for (guint i = 0; i < G_N_ELEMENTS (eras); i++)
    if (g_str_has_prefix (p, eras[i].name))
      {
        base = eras[i].base;
        p += strlen (eras[i].name);
        break;
      }
  while (*p == ' ' || *p == '.')
    p++;

  if (base > 0 && g_str_has_prefix (p, "元"))
    {
      n = 1;
      end = (char *) p + strlen ("元");
    }
  else
    {
      n = g_ascii_strtoull (p, &end, 10);
      if (end == p)
        return 0;
    }
  if (*end != '\0' && strcmp (end, "年度") != 0 && strcmp (end, "年") != 0)
    return 0;

  if (base > 0)
    return n >= 1 && n <= 99 ? base + (int) n : 0;
  return n >= 1900 && n <= 2200 ? (int) n : 0;
}

/**
 * rk_date_parse_iso:
 * @text: "2025-03-31", "2025/3/31", "2025.3.31" or "2025年3月31日"; empty
 *   for no date
 * @iso: (out): "YYYY-MM-DD", or "" for empty @text
 *
 * Returns: whether @text is a date (or empty)
 */
gboolean
rk_date_parse_iso (const char  *text,
                   char       **iso)
{
  g_autofree char *nfkc = NULL;
  g_autoptr(GString) s = NULL;
  unsigned y, m, d;
  int consumed = 0;

  nfkc = g_strstrip (g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL_COMPOSE));
  if (nfkc[0] == '\0')
    {
      *iso = g_strdup ("");
      return TRUE;
    }

  s = g_string_new (nfkc);
  g_string_replace (s, "年", "-", 0);
  g_string_replace (s, "月", "-", 0);
  g_string_replace (s, "日", "", 0);
  g_string_replace (s, "/", "-", 0);
  g_string_replace (s, ".", "-", 0);
  if (sscanf (s->str, "%4u-%2u-%2u%n", &y, &m, &d, &consumed) != 3 || s->str[consumed] != '\0' ||
      !g_date_valid_dmy (d, m, y) || y < 1900)
    return FALSE;

  *iso = g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  return TRUE;
}

/**
 * rk_indicator_resolve_area:
 * @text: empty, 圏域 or 全体, the base's area name, a municipality code of
 *   five or six digits, or the name of one of the workspace's
 *   municipalities
 * @area_code: (out): "" for the whole area, else a six-digit code
 *
 * Returns: whether @text names the area or one of its municipalities
 */
gboolean
rk_indicator_resolve_area (RkDatabase  *db,
                           const char  *text,
                           char       **area_code,
                           GError     **error)
{
  g_autofree char *s = g_strstrip (g_utf8_normalize (text != NULL ? text : "", -1,
                                                     G_NORMALIZE_ALL_COMPOSE));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean digits = s[0] != '\0';

  for (const char *p = s; *p != '\0'; p++)
    digits &= g_ascii_isdigit (*p);

  if (s[0] == '\0' || strcmp (s, "圏域") == 0 || strcmp (s, "全体") == 0 ||
      strcmp (s, "圏域全体") == 0 ||
      _rk_lm_query_int (db, "SELECT count(*) FROM profile WHERE area_name = ? AND area_name <> ''",
                        0, NULL, "s", s) > 0)
    {
      *area_code = g_strdup ("");
      return TRUE;
    }

  if (digits && strlen (s) == 5 && rk_municipality_code_check_digit (s) != 0)
    {
      *area_code = g_strdup_printf ("%s%c", s, rk_municipality_code_check_digit (s));
      return TRUE;
    }
  if (digits && rk_municipality_code_is_valid (s))
    {
      *area_code = g_strdup (s);
      return TRUE;
    }

  if (sqlite3_prepare_v2 (rk_database_get_handle (db),
                          "SELECT code FROM municipality WHERE name = ? AND code <> ''", -1, &stmt,
                          NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, s, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          *area_code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          return TRUE;
        }
    }

  g_set_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_NOT_FOUND,
               _("“%s” is neither the whole area nor a municipality of the workspace (by name or "
                 "municipality code). Add the municipality in the workspace properties, or leave "
                 "the area empty for the whole area."), s);
  return FALSE;
}

/*
 * Rows
 */

/**
 * rk_indicator_create:
 * @name: the indicator's name
 *
 * Adds one of the base's own indicators at the end of the list.
 *
 * Returns: (transfer full) (nullable): the new indicator
 */
RkIndicator *
rk_indicator_create (RkDatabase  *db,
                     const char  *name,
                     const char  *undo_label,
                     GError     **error)
{
  gint64 position;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  position = _rk_lm_query_int (db, "SELECT max(position) + 1 FROM indicator", 0, NULL, NULL);
  return rk_entity_create (db, RK_TYPE_INDICATOR, undo_label, error,
                           "position", (int) position,
                           "edition", "own",
                           "name", name != NULL ? name : "",
                           NULL);
}

/**
 * rk_indicator_find:
 * @code_or_name: a master code ("mhlw8-s-daily-01") or the exact name
 *
 * Returns: (transfer full) (nullable): the indicator, or %NULL with
 *   @error set when there is none or the name is ambiguous
 */
RkIndicator *
rk_indicator_find (RkDatabase  *db,
                   const char  *code_or_name,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = 0;
  guint n = 0;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db),
                           "SELECT id FROM indicator WHERE code = ?1 AND ?1 <> '' "
                           "UNION ALL SELECT id FROM indicator WHERE name = ?1 "
                           "AND NOT EXISTS (SELECT 1 FROM indicator WHERE code = ?1 AND ?1 <> '')",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("look up an indicator"));
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, code_or_name, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      n++;
    }

  if (n == 0)
    {
      g_set_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_NOT_FOUND,
                   _("There is no indicator with the code or name “%s” in the indicator list."),
                   code_or_name);
      return NULL;
    }
  if (n > 1)
    {
      g_set_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_NOT_FOUND,
                   _("Several indicators are named “%s”. Use the indicator’s code instead."),
                   code_or_name);
      return NULL;
    }

  return rk_entity_lookup (db, RK_TYPE_INDICATOR, id, error);
}

/**
 * rk_indicator_count_uses:
 *
 * Returns: how many boxes of logic models show the indicator, or -1
 */
gint64
rk_indicator_count_uses (RkIndicator  *self,
                         GError      **error)
{
  RkEntity *e = RK_ENTITY (self);

  return _rk_lm_query_int (rk_entity_get_database (e),
                           "SELECT count(*) FROM logic_model_node_indicator WHERE indicator_id = ?",
                           -1, error, "i", rk_entity_get_id (e));
}

gint64
rk_indicator_count_values (RkIndicator  *self,
                           GError      **error)
{
  RkEntity *e = RK_ENTITY (self);

  return _rk_lm_query_int (rk_entity_get_database (e),
                           "SELECT count(*) FROM indicator_value WHERE indicator_id = ?",
                           -1, error, "i", rk_entity_get_id (e));
}

/**
 * rk_indicator_delete:
 *
 * Deletes the indicator and its values (undoably). Refused while boxes of
 * a logic model use it: the message says how many.
 */
gboolean
rk_indicator_delete (RkIndicator  *self,
                     const char   *undo_label,
                     GError      **error)
{
  gint64 uses = rk_indicator_count_uses (self, error);

  if (uses < 0)
    return FALSE;
  if (uses > 0)
    {
      g_set_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” is used by %d box of a logic model. Remove it from the box "
                                "first, then delete it.",
                                "“%s” is used by %d boxes of logic models. Remove it from the "
                                "boxes first, then delete it.", (int) uses),
                   rk_entity_get_string (RK_ENTITY (self), "name"), (int) uses);
      return FALSE;
    }

  return rk_entity_delete (RK_ENTITY (self), undo_label, error);
}

/**
 * rk_indicator_set_value:
 * @area_code: "" for the whole area of the base, or a municipality code
 * @source: (nullable): where the value comes from
 * @as_of: (nullable): "YYYY-MM-DD", the date of the data
 *
 * Records a value, replacing the one of the same area, fiscal year and
 * kind if there is one.
 */
gboolean
rk_indicator_set_value (RkIndicator  *self,
                        const char   *area_code,
                        int           fiscal_year,
                        RkValueKind   kind,
                        double        value,
                        const char   *source,
                        const char   *as_of,
                        const char   *undo_label,
                        GError      **error)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  g_autoptr(RkTransaction) tx = NULL;
  gboolean ok;

  g_return_val_if_fail (RK_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (kind < RK_N_VALUE_KINDS, FALSE);
  g_return_val_if_fail (!isnan (value), FALSE);

  tx = _rk_lm_begin_if_needed (db, undo_label, &ok, error);
  if (!ok)
    return FALSE;

  /* An upsert, not INSERT OR REPLACE: the undo log sees an update. */
  if (!_rk_lm_exec (db,
                    "INSERT INTO indicator_value "
                    "  (indicator_id, area_code, fiscal_year, kind, value, source, as_of) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (indicator_id, area_code, fiscal_year, kind) DO UPDATE SET "
                    "  value = excluded.value, source = excluded.source, as_of = excluded.as_of",
                    error, "isisdss",
                    rk_entity_get_id (RK_ENTITY (self)), area_code != NULL ? area_code : "",
                    (gint64) fiscal_year, rk_value_kind_to_code (kind), value,
                    source != NULL ? source : "", as_of != NULL ? as_of : ""))
    return FALSE;

  return _rk_lm_commit_if_needed (tx, error);
}

/**
 * rk_indicator_get_latest:
 * @fiscal_year: (out) (optional): the year of the value found
 *
 * Finds the value of @kind of the latest fiscal year for @area_code.
 *
 * Returns: whether there is one
 */
gboolean
rk_indicator_get_latest (RkIndicator *self,
                         const char  *area_code,
                         RkValueKind  kind,
                         double      *value,
                         int         *fiscal_year)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  g_auto(RkStatement) stmt = NULL;

  g_return_val_if_fail (RK_IS_INDICATOR (self), FALSE);

  stmt = rk_database_prepare (db,
                              "SELECT value, fiscal_year FROM indicator_value "
                              "WHERE indicator_id = ? AND area_code = ? AND kind = ? "
                              "ORDER BY fiscal_year DESC LIMIT 1", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
  sqlite3_bind_text (stmt, 2, area_code != NULL ? area_code : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, rk_value_kind_to_code (kind), -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;

  *value = sqlite3_column_double (stmt, 0);
  if (fiscal_year != NULL)
    *fiscal_year = sqlite3_column_int (stmt, 1);
  return TRUE;
}
