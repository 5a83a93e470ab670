/* rk-submission-logic-models.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-logic-models"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rk-logic-model-graph.h"
#include "rk-submission-private.h"

/* 指標 and ロジックモデル, from the logic models tab's tables.
 *
 * 指標: one row per indicator and area that the year concerns — with a
 * value up to the year's end (or a target), or on a box of a model that
 * runs through the year — with its 現状値, the target that applies to the
 * year and the year's 実績値, read through rk_lm_indicator_load() and made
 * what they were at the year's end (rk_lm_indicator_as_of()). Examples not
 * yet checked against their source are marked ※ as the tab marks them.
 *
 * ロジックモデル: the models that run through the year, one row each; the
 * writer lays each out in MHLW's grid with the logic models tab's own
 * code (src/io/rk-logic-model-xlsx.c). The fields are the grid's columns.
 */

#define COVERS_YEAR(m) \
  "(" m ".first_year IS NULL OR " m ".first_year <= ?1) AND (" m ".last_year IS NULL OR " m ".last_year >= ?1)"

static const RkSubmissionField indicator_fields[] = {
  { "code",          N_("Code"), RK_SUBMISSION_CODE, NULL, TRUE },
  { "category",      N_("Category"), RK_SUBMISSION_CODE },
  { "functions",     N_("Functions"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "name",          N_("Indicator"), RK_SUBMISSION_TEXT },
  { "priority",      N_("Priority indicator"), RK_SUBMISSION_CODE, NULL, TRUE },
  { "unit",          N_("Unit"), RK_SUBMISSION_CODE },
  { "area",          N_("Area or municipality"), RK_SUBMISSION_TEXT },
  { "baseline",      N_("Baseline"), RK_SUBMISSION_NUMBER },
  { "baseline_year", N_("Baseline year"), RK_SUBMISSION_CODE },
  { "target",        N_("Target"), RK_SUBMISSION_NUMBER },
  { "target_year",   N_("Target year"), RK_SUBMISSION_CODE },
  { "actual",        N_("Actual value of the year"), RK_SUBMISSION_NUMBER },
  { "latest",        N_("Latest actual value"), RK_SUBMISSION_NUMBER },
  { "latest_year",   N_("Year of the latest value"), RK_SUBMISSION_CODE },
  { "status",        N_("Against the target"), RK_SUBMISSION_CODE, NULL, TRUE },
  { "data_source",   N_("Data source"), RK_SUBMISSION_TEXT },
  { "verified",      N_("Checked against its source"), RK_SUBMISSION_CODE },
  { "models",        N_("Used in logic models"), RK_SUBMISSION_TEXT, NULL, TRUE },
};

/* The columns of one level's block in MHLW's grid (RkLmGridColumn). */
static const RkSubmissionField logic_model_fields[] = {
  { "number",      N_("#"), RK_SUBMISSION_CODE },
  { "box",         N_("Measure or outcome"), RK_SUBMISSION_TEXT },
  { "indicator",   N_("Indicator"), RK_SUBMISSION_TEXT },
  { "data_source", N_("Data source"), RK_SUBMISSION_TEXT },
  { "current",     N_("Current value"), RK_SUBMISSION_NUMBER },
  { "target",      N_("Target value"), RK_SUBMISSION_NUMBER },
};

/*
 * 指標
 */

static char *
era (int fiscal_year)
{
  return fiscal_year > 0 ? rk_fiscal_year_to_era_string (fiscal_year) : NULL;
}

/* The latest value of @kind up to @fiscal_year; NaN when none. */
static double
latest_until (RkLmIndicator *ind,
              RkValueKind    kind,
              int            fiscal_year,
              int           *year)
{
  double value = NAN;

  *year = 0;
  for (guint i = 0; i < ind->values->len; i++)
    {
      const RkLmValue *v = &g_array_index (ind->values, RkLmValue, i);

      if (v->kind == kind && v->fiscal_year <= fiscal_year && v->fiscal_year >= *year)
        value = v->value, *year = v->fiscal_year;
    }
  return value;
}

/* The target that applies to @fiscal_year: its own, else the next one
 * set for a later year. A target of an earlier year is history, not the
 * year's.
 */
static double
target_for (RkLmIndicator *ind,
            int            fiscal_year,
            int           *year)
{
  double value = NAN;

  *year = 0;
  for (guint i = 0; i < ind->values->len; i++)
    {
      const RkLmValue *v = &g_array_index (ind->values, RkLmValue, i);

      if (v->kind == RK_VALUE_KIND_TARGET && v->fiscal_year >= fiscal_year &&
          (*year == 0 || v->fiscal_year < *year))
        value = v->value, *year = v->fiscal_year;
    }
  return value;
}

/* "1（1-2、2-1）、2（3-1）": the models of the area that run through the
 * year and the boxes of each that use the indicator.
 */
static char *
describe_uses (RkDatabase  *db,
               gint64       indicator_id,
               const char  *area_code,
               int          fiscal_year,
               GError     **error)
{
  g_auto(RkStatement) stmt = NULL;
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GString) boxes = g_string_new (NULL);
  int model = -1;
  int rc;

  stmt = rk_database_prepare (db,
                              "SELECT m.number, n.number FROM logic_model_node_indicator AS ni"
                              " JOIN logic_model_node AS n ON n.id = ni.node_id"
                              " JOIN logic_model AS m ON m.id = n.model_id"
                              " WHERE ni.indicator_id = ?2 AND m.area_code = ?3 AND " COVERS_YEAR ("m")
                              " ORDER BY m.number, n.level, n.position, n.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, fiscal_year);
  sqlite3_bind_int64 (stmt, 2, indicator_id);
  sqlite3_bind_text (stmt, 3, area_code, -1, SQLITE_TRANSIENT);

  for (;;)
    {
      gboolean row = (rc = sqlite3_step (stmt)) == SQLITE_ROW;

      if (!row || sqlite3_column_int (stmt, 0) != model)
        {
          if (model >= 0)
            {
              if (s->len > 0)
                g_string_append (s, C_("list separator", ", "));
              /* Translators: a logic model's number and the numbers of its
               * boxes that use an indicator: "1（1-2、2-1）"
               */
              g_string_append_printf (s, _("%d (%s)"), model, boxes->str);
            }
          g_string_truncate (boxes, 0);
          if (!row)
            break;
          model = sqlite3_column_int (stmt, 0);
        }
      if (boxes->len > 0)
        g_string_append (boxes, C_("list separator", ", "));
      g_string_append (boxes, (const char *) sqlite3_column_text (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the logic models"));
      return NULL;
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
add_indicator (RkDatabase        *db,
               gint64             indicator_id,
               const char        *area_code,
               const char        *area_name,
               int                fiscal_year,
               RkSubmissionRows  *rows,
               GError           **error)
{
  g_autoptr(RkLmIndicator) ind = rk_lm_indicator_load (db, indicator_id, area_code, error);
  g_autofree char *uses = NULL;
  double baseline, target, actual, latest;
  int baseline_year, target_year, latest_year;

  if (ind == NULL)
    return FALSE;
  rk_lm_indicator_as_of (ind, fiscal_year);
  uses = describe_uses (db, indicator_id, area_code, fiscal_year, error);
  if (uses == NULL)
    return FALSE;

  baseline = latest_until (ind, RK_VALUE_KIND_BASELINE, fiscal_year, &baseline_year);
  target = target_for (ind, fiscal_year, &target_year);
  latest = latest_until (ind, RK_VALUE_KIND_ACTUAL, fiscal_year, &latest_year);
  if (!rk_logic_model_graph_get_value (ind, fiscal_year, RK_VALUE_KIND_ACTUAL, &actual))
    actual = NAN;

  rk_submission_rows_add (rows);
  rk_submission_rows_set_text (rows, "code", ind->code);
  if (ind->category[0] != '\0')
    rk_submission_rows_set_text (rows, "category", rk_terms_get_label (RK_TERMS_INDICATOR_CATEGORY,
                                                                       ind->category));
  rk_submission_rows_take_text (rows, "functions",
                                ind->functions != 0 ? rk_functions_to_string (ind->functions)
                                                    : g_strdup (C_("functions", "Cross-cutting")));
  /* ※ after the name, as the logic model grid and diagram mark it. */
  rk_submission_rows_take_text (rows, "name", g_strconcat (ind->name, ind->verified ? "" : " ※", NULL));
  rk_submission_rows_set_text (rows, "priority", ind->priority ? "●" : NULL);
  rk_submission_rows_set_text (rows, "unit", ind->unit);
  rk_submission_rows_set_text (rows, "area", area_name);
  rk_submission_rows_set_number (rows, "baseline", baseline);
  rk_submission_rows_take_text (rows, "baseline_year", era (baseline_year));
  rk_submission_rows_set_number (rows, "target", target);
  rk_submission_rows_take_text (rows, "target_year", era (target_year));
  rk_submission_rows_set_number (rows, "actual", actual);
  rk_submission_rows_set_number (rows, "latest", latest);
  rk_submission_rows_take_text (rows, "latest_year", era (latest_year));
  if (!isnan (latest) && !isnan (target))
    rk_submission_rows_set_text (rows, "status",
                                 (ind->higher_is_better ? latest >= target : latest <= target)
                                 ? C_("indicator status", "Met") : C_("indicator status", "Not yet met"));
  rk_submission_rows_set_text (rows, "data_source", ind->data_source);
  rk_submission_rows_set_text (rows, "verified", ind->verified ? _("Checked") : _("※ Not checked"));
  rk_submission_rows_set_text (rows, "models", uses);
  return TRUE;
}

static gboolean
collect_indicators (RkDatabase        *db,
                    int                fiscal_year,
                    RkSubmissionRows  *rows,
                    gpointer           user_data,
                    GError           **error)
{
  g_auto(RkStatement) stmt = NULL;
  int rc;

  /* The pairs the year concerns, by the master's order, the whole area
   * before its municipalities.
   */
  stmt = rk_database_prepare (db,
                              "SELECT p.indicator_id, p.area_code,"
                              "  CASE WHEN p.area_code = '' THEN (SELECT area_name FROM profile WHERE id = 1)"
                              "       ELSE (SELECT name FROM municipality WHERE code = p.area_code) END"
                              " FROM (SELECT indicator_id, area_code FROM indicator_value"
                              "        WHERE fiscal_year <= ?1 OR kind = 'target'"
                              "       UNION"
                              "       SELECT ni.indicator_id, m.area_code FROM logic_model_node_indicator AS ni"
                              "        JOIN logic_model_node AS n ON n.id = ni.node_id"
                              "        JOIN logic_model AS m ON m.id = n.model_id"
                              "        WHERE " COVERS_YEAR ("m") ") AS p"
                              " JOIN indicator AS i ON i.id = p.indicator_id"
                              " LEFT JOIN municipality AS mu ON mu.code = p.area_code"
                              " ORDER BY i.position, i.id, p.area_code <> '', mu.position, p.area_code",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, fiscal_year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 1);
      const char *name = (const char *) sqlite3_column_text (stmt, 2);

      if (name == NULL || name[0] == '\0')
        name = code[0] == '\0' ? _("The whole area") : code;
      if (!add_indicator (db, sqlite3_column_int64 (stmt, 0), code, name, fiscal_year, rows, error))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the indicators"));
      return FALSE;
    }
  return TRUE;
}

/*
 * ロジックモデル
 */

static gboolean
collect_logic_models (RkDatabase        *db,
                      int                fiscal_year,
                      RkSubmissionRows  *rows,
                      gpointer           user_data,
                      GError           **error)
{
  g_auto(RkStatement) stmt = NULL;
  int rc;

  stmt = rk_database_prepare (db, "SELECT id, number, title FROM logic_model AS m"
                                  " WHERE " COVERS_YEAR ("m") " ORDER BY number, id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, fiscal_year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      rk_submission_rows_add (rows);
      rk_submission_rows_set_record (rows, sqlite3_column_int64 (stmt, 0));
      rk_submission_rows_set_number (rows, "number", sqlite3_column_int (stmt, 1));
      rk_submission_rows_set_text (rows, "box", (const char *) sqlite3_column_text (stmt, 2));
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the logic models"));
      return FALSE;
    }
  return TRUE;
}

static const RkSubmissionKind indicators_kind = {
  "indicators", N_("Indicators"),
  N_("Each indicator and area the year concerns, from the logic models tab: baseline, the target "
     "that applies to the year, the year's actual value and the latest one; ※ marks examples not "
     "yet checked against their source."),
  RK_SUBMISSION_LAYOUT_TABLE, indicator_fields, G_N_ELEMENTS (indicator_fields), collect_indicators, NULL,
};

static const RkSubmissionKind logic_models_kind = {
  "logic_models", N_("Logic models"),
  N_("The logic models that run through the year, each in MHLW's grid: measures, intermediate, "
     "field and final outcomes with their indicators, merged where several boxes lead to one."),
  RK_SUBMISSION_LAYOUT_CUSTOM, logic_model_fields, G_N_ELEMENTS (logic_model_fields),
  collect_logic_models, NULL,
};

void
_rk_submission_register_logic_models (void)
{
  rk_submission_register_kind (&indicators_kind);
  rk_submission_register_kind (&logic_models_kind);
}
