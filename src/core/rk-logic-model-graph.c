/* rk-logic-model-graph.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-model-graph"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rk-lm-private.h"
#include "rk-logic-model-graph.h"

static void
node_free (RkLmNode *node)
{
  g_free (node->number);
  g_free (node->text);
  g_free (node->actor);
  g_array_unref (node->indicators);
  g_array_unref (node->actions);
  g_free (node);
}

static void
action_free (RkLmAction *action)
{
  g_free (action->issue_title);
  g_free (action->what);
  g_free (action->owner);
  g_free (action->status);
  g_free (action->due_date);
  g_free (action->completed_on);
  g_free (action);
}

void
rk_lm_indicator_free (RkLmIndicator *ind)
{
  if (ind == NULL)
    return;

  g_free (ind->code);
  g_free (ind->name);
  g_free (ind->unit);
  g_free (ind->category);
  g_free (ind->edition);
  g_free (ind->data_source);
  g_free (ind->source_document);
  g_array_unref (ind->values);
  g_free (ind);
}

/**
 * rk_lm_indicator_new:
 *
 * Returns: (transfer full): an empty indicator picture (tests, charts)
 */
RkLmIndicator *
rk_lm_indicator_new (void)
{
  RkLmIndicator *ind = g_new0 (RkLmIndicator, 1);

  ind->code = g_strdup ("");
  ind->name = g_strdup ("");
  ind->unit = g_strdup ("");
  ind->category = g_strdup ("");
  ind->edition = g_strdup ("own");
  ind->data_source = g_strdup ("");
  ind->source_document = g_strdup ("");
  ind->higher_is_better = TRUE;
  ind->values = g_array_new (FALSE, FALSE, sizeof (RkLmValue));
  ind->current = NAN;
  ind->target = NAN;
  return ind;
}

/**
 * rk_logic_model_graph_new:
 *
 * Returns: (transfer full): an empty graph, to fill by hand (tests,
 *   generated models)
 */
RkLogicModelGraph *
rk_logic_model_graph_new (void)
{
  RkLogicModelGraph *graph = g_new0 (RkLogicModelGraph, 1);

  graph->title = g_strdup ("");
  graph->area_code = g_strdup ("");
  graph->area_name = g_strdup ("");
  graph->first_year = -1;
  graph->last_year = -1;
  graph->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  graph->links = g_array_new (FALSE, FALSE, sizeof (RkLmLink));
  graph->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) rk_lm_indicator_free);
  graph->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) action_free);
  return graph;
}

void
rk_logic_model_graph_free (RkLogicModelGraph *graph)
{
  if (graph == NULL)
    return;

  g_free (graph->title);
  g_free (graph->area_code);
  g_free (graph->area_name);
  g_ptr_array_unref (graph->nodes);
  g_array_unref (graph->links);
  g_ptr_array_unref (graph->indicators);
  g_ptr_array_unref (graph->actions);
  g_free (graph);
}

RkLmNode *
rk_logic_model_graph_add_node (RkLogicModelGraph *graph,
                               RkLmLevel          level,
                               const char        *number,
                               const char        *text)
{
  RkLmNode *node = g_new0 (RkLmNode, 1);

  node->level = level;
  node->position = graph->nodes->len;
  node->number = g_strdup (number != NULL ? number : "");
  node->text = g_strdup (text != NULL ? text : "");
  node->actor = g_strdup ("");
  node->indicators = g_array_new (FALSE, FALSE, sizeof (guint));
  node->actions = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (graph->nodes, node);
  return node;
}

void
rk_logic_model_graph_add_link (RkLogicModelGraph *graph,
                               guint              source,
                               guint              target)
{
  RkLmLink link = { source, target };

  g_return_if_fail (source < graph->nodes->len && target < graph->nodes->len);
  g_array_append_val (graph->links, link);
}

/**
 * rk_logic_model_graph_add_indicator:
 *
 * Adds a new indicator to the graph and to the box @node.
 *
 * Returns: (transfer none): the indicator, to fill in
 */
RkLmIndicator *
rk_logic_model_graph_add_indicator (RkLogicModelGraph *graph,
                                    guint              node,
                                    const char        *name,
                                    const char        *unit)
{
  RkLmIndicator *ind = rk_lm_indicator_new ();
  RkLmNode *n = g_ptr_array_index (graph->nodes, node);
  guint index = graph->indicators->len;

  g_free (ind->name);
  ind->name = g_strdup (name);
  g_free (ind->unit);
  ind->unit = g_strdup (unit != NULL ? unit : "");
  g_ptr_array_add (graph->indicators, ind);
  g_array_append_val (n->indicators, index);
  return ind;
}

static RkLmAction *
action_new (gint64 id)
{
  RkLmAction *action = g_new0 (RkLmAction, 1);

  action->id = id;
  action->issue_title = g_strdup ("");
  action->what = g_strdup ("");
  action->owner = g_strdup ("");
  action->status = g_strdup ("planned");
  action->due_date = g_strdup ("");
  action->completed_on = g_strdup ("");
  return action;
}

/**
 * rk_logic_model_graph_add_action:
 * @id: the countermeasure's number in the register
 * @status: an RK_MEETING_TERMS_ACTION_STATUS code
 *
 * Links a new countermeasure to the box @node (tests, generated models).
 *
 * Returns: (transfer none): the countermeasure, to fill in
 */
RkLmAction *
rk_logic_model_graph_add_action (RkLogicModelGraph *graph,
                                 guint              node,
                                 gint64             id,
                                 const char        *what,
                                 const char        *status)
{
  RkLmAction *action = action_new (id);
  RkLmNode *n = g_ptr_array_index (graph->nodes, node);
  guint index = graph->actions->len;

  g_free (action->what);
  action->what = g_strdup (what != NULL ? what : "");
  g_free (action->status);
  action->status = g_strdup (status != NULL ? status : "planned");
  g_ptr_array_add (graph->actions, action);
  g_array_append_val (n->actions, index);
  return action;
}

/**
 * rk_logic_model_graph_count_actions:
 * @total: (out): the box's countermeasures, cancelled ones left out
 * @done: (out): those done
 */
void
rk_logic_model_graph_count_actions (const RkLogicModelGraph *graph,
                                    const RkLmNode          *node,
                                    guint                   *total,
                                    guint                   *done)
{
  *total = *done = 0;
  for (guint k = 0; k < node->actions->len; k++)
    {
      const RkLmAction *action = g_ptr_array_index (graph->actions,
                                                    g_array_index (node->actions, guint, k));

      if (g_strcmp0 (action->status, "cancelled") == 0)
        continue;
      (*total)++;
      if (g_strcmp0 (action->status, "done") == 0)
        (*done)++;
    }
}

static int
compare_values (gconstpointer a,
                gconstpointer b)
{
  const RkLmValue *x = a, *y = b;

  if (x->fiscal_year != y->fiscal_year)
    return x->fiscal_year < y->fiscal_year ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

void
rk_logic_model_graph_add_value (RkLmIndicator *indicator,
                                int            fiscal_year,
                                RkValueKind    kind,
                                double         value)
{
  RkLmValue v = { fiscal_year, kind, value };

  g_array_append_val (indicator->values, v);
  g_array_sort (indicator->values, compare_values);
  rk_logic_model_graph_update_indicator (indicator);
}

/**
 * rk_logic_model_graph_update_indicator:
 *
 * Works out the current value (the latest 実績値, else the latest 現状値)
 * and the target (the latest 目標値) from the values.
 */
void
rk_logic_model_graph_update_indicator (RkLmIndicator *ind)
{
  int actual_year = 0, baseline_year = 0;
  double actual = NAN, baseline = NAN;

  ind->target = NAN;
  ind->target_year = 0;
  for (guint i = 0; i < ind->values->len; i++)
    {
      const RkLmValue *v = &g_array_index (ind->values, RkLmValue, i);

      switch (v->kind)
        {
        case RK_VALUE_KIND_ACTUAL:
          if (v->fiscal_year >= actual_year)
            actual = v->value, actual_year = v->fiscal_year;
          break;
        case RK_VALUE_KIND_BASELINE:
          if (v->fiscal_year >= baseline_year)
            baseline = v->value, baseline_year = v->fiscal_year;
          break;
        case RK_VALUE_KIND_TARGET:
          if (v->fiscal_year >= ind->target_year)
            ind->target = v->value, ind->target_year = v->fiscal_year;
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (actual_year > 0)
    {
      ind->current = actual;
      ind->current_year = actual_year;
      ind->current_kind = RK_VALUE_KIND_ACTUAL;
    }
  else
    {
      ind->current = baseline;
      ind->current_year = baseline_year;
      ind->current_kind = RK_VALUE_KIND_BASELINE;
    }
}

gboolean
rk_logic_model_graph_get_value (RkLmIndicator *indicator,
                                int            fiscal_year,
                                RkValueKind    kind,
                                double        *value)
{
  for (guint i = 0; i < indicator->values->len; i++)
    {
      const RkLmValue *v = &g_array_index (indicator->values, RkLmValue, i);

      if (v->fiscal_year == fiscal_year && v->kind == kind)
        {
          *value = v->value;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * rk_lm_indicator_as_of:
 * @fiscal_year: the year a report is for
 *
 * Makes the indicator what it was at the end of @fiscal_year: the actual
 * values and baselines of later years go, targets (plans) stay, and the
 * current value and target are worked out again. A report for a past year
 * then shows what was known then.
 */
void
rk_lm_indicator_as_of (RkLmIndicator *indicator,
                       int            fiscal_year)
{
  for (guint i = indicator->values->len; i-- > 0; )
    {
      const RkLmValue *v = &g_array_index (indicator->values, RkLmValue, i);

      if (v->kind != RK_VALUE_KIND_TARGET && v->fiscal_year > fiscal_year)
        g_array_remove_index (indicator->values, i);
    }
  rk_logic_model_graph_update_indicator (indicator);
}

/**
 * rk_logic_model_graph_as_of:
 *
 * rk_lm_indicator_as_of() for every indicator of the model.
 */
void
rk_logic_model_graph_as_of (RkLogicModelGraph *graph,
                            int                fiscal_year)
{
  for (guint i = 0; i < graph->indicators->len; i++)
    rk_lm_indicator_as_of (g_ptr_array_index (graph->indicators, i), fiscal_year);
}

RkLmStatus
rk_lm_indicator_get_status (const RkLmIndicator *ind)
{
  if (isnan (ind->current) || isnan (ind->target))
    return RK_LM_STATUS_NONE;

  if (ind->higher_is_better ? ind->current >= ind->target : ind->current <= ind->target)
    return RK_LM_STATUS_MET;
  return RK_LM_STATUS_BEHIND;
}

int
rk_logic_model_graph_find_node (RkLogicModelGraph *graph,
                                gint64             id)
{
  for (guint i = 0; i < graph->nodes->len; i++)
    if (((RkLmNode *) g_ptr_array_index (graph->nodes, i))->id == id)
      return i;

  return -1;
}

guint
rk_logic_model_graph_count_level (RkLogicModelGraph *graph,
                                  RkLmLevel          level)
{
  guint n = 0;

  for (guint i = 0; i < graph->nodes->len; i++)
    if (((RkLmNode *) g_ptr_array_index (graph->nodes, i))->level == level)
      n++;

  return n;
}

/*
 * Loading
 */

static char *
column_dup (sqlite3_stmt *stmt,
            int           col)
{
  const char *s = (const char *) sqlite3_column_text (stmt, col);

  return g_strdup (s != NULL ? s : "");
}

static sqlite3_stmt *
prepare (RkDatabase  *db,
         const char  *sql,
         gint64       id,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("read a logic model"));
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  return stmt;
}

static gboolean
finish (RkDatabase    *db,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read a logic model"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_model (RkDatabase         *db,
            RkLogicModelGraph  *graph,
            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare (db,
                  "SELECT m.number, m.title, m.functions, m.area_code, m.first_year, m.last_year, "
                  "  CASE WHEN m.area_code = '' THEN p.area_name "
                  "       ELSE (SELECT name FROM municipality WHERE code = m.area_code) END "
                  "FROM logic_model m LEFT JOIN profile p ON p.id = 1 WHERE m.id = ?",
                  graph->model_id, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_NOT_FOUND,
                   _("The logic model no longer exists (it may have been deleted)."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return finish (db, stmt, rc, error);

  graph->number = sqlite3_column_int (stmt, 0);
  g_free (graph->title);
  graph->title = column_dup (stmt, 1);
  graph->functions = sqlite3_column_int (stmt, 2);
  g_free (graph->area_code);
  graph->area_code = column_dup (stmt, 3);
  graph->first_year = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 4);
  graph->last_year = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 5);
  g_free (graph->area_name);
  graph->area_name = column_dup (stmt, 6);
  if (graph->area_name[0] == '\0')
    {
      g_free (graph->area_name);
      graph->area_name = g_strdup (graph->area_code[0] != '\0' ? graph->area_code
                                                               : _("The whole area"));
    }
  return TRUE;
}

static gboolean
load_nodes (RkDatabase         *db,
            RkLogicModelGraph  *graph,
            GHashTable         *node_index,
            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare (db,
                  "SELECT id, level, position, number, text, actor, functions "
                  "FROM logic_model_node WHERE model_id = ? ORDER BY level, position, id",
                  graph->model_id, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RkLmNode *node = rk_logic_model_graph_add_node (graph, sqlite3_column_int (stmt, 1),
                                                      (const char *) sqlite3_column_text (stmt, 3),
                                                      (const char *) sqlite3_column_text (stmt, 4));
      gint64 *id = g_new (gint64, 1);

      node->id = sqlite3_column_int64 (stmt, 0);
      node->position = sqlite3_column_int (stmt, 2);
      g_free (node->actor);
      node->actor = column_dup (stmt, 5);
      node->functions = sqlite3_column_int (stmt, 6);
      *id = node->id;
      g_hash_table_insert (node_index, id, GUINT_TO_POINTER (graph->nodes->len));
    }

  return finish (db, stmt, rc, error);
}

static gboolean
load_links (RkDatabase         *db,
            RkLogicModelGraph  *graph,
            GHashTable         *node_index,
            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare (db,
                  "SELECT l.source_id, l.target_id FROM logic_model_link l "
                  "JOIN logic_model_node s ON s.id = l.source_id "
                  "JOIN logic_model_node t ON t.id = l.target_id "
                  "WHERE s.model_id = ?1 AND t.model_id = ?1 ORDER BY l.id",
                  graph->model_id, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 s = sqlite3_column_int64 (stmt, 0);
      gint64 t = sqlite3_column_int64 (stmt, 1);
      guint si = GPOINTER_TO_UINT (g_hash_table_lookup (node_index, &s));
      guint ti = GPOINTER_TO_UINT (g_hash_table_lookup (node_index, &t));

      /* 1-based in the table: 0 is "missing". */
      if (si > 0 && ti > 0)
        rk_logic_model_graph_add_link (graph, si - 1, ti - 1);
    }

  return finish (db, stmt, rc, error);
}

static gboolean
load_indicators (RkDatabase         *db,
                 RkLogicModelGraph  *graph,
                 GHashTable         *node_index,
                 GError            **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) values = NULL;
  int rc;

  stmt = prepare (db,
                  "SELECT ni.node_id, i.id, i.code, i.name, i.unit, i.category, i.edition, "
                  "  i.functions, i.data_source, i.source_document, i.priority, i.verified, "
                  "  i.higher_is_better "
                  "FROM logic_model_node_indicator ni "
                  "JOIN logic_model_node n ON n.id = ni.node_id "
                  "JOIN indicator i ON i.id = ni.indicator_id "
                  "WHERE n.model_id = ? ORDER BY n.level, n.position, n.id, ni.position, ni.id",
                  graph->model_id, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 node_id = sqlite3_column_int64 (stmt, 0);
      gint64 id = sqlite3_column_int64 (stmt, 1);
      guint node = GPOINTER_TO_UINT (g_hash_table_lookup (node_index, &node_id));
      gpointer found;
      guint index;

      if (node == 0)
        continue;

      if (g_hash_table_lookup_extended (by_id, &id, NULL, &found))
        index = GPOINTER_TO_UINT (found);
      else
        {
          RkLmIndicator *ind = rk_lm_indicator_new ();

          ind->id = id;
#define SET_TEXT(field, col) G_STMT_START { g_free (ind->field); ind->field = column_dup (stmt, col); } G_STMT_END
          SET_TEXT (code, 2);
          SET_TEXT (name, 3);
          SET_TEXT (unit, 4);
          SET_TEXT (category, 5);
          SET_TEXT (edition, 6);
          SET_TEXT (data_source, 8);
          SET_TEXT (source_document, 9);
#undef SET_TEXT
          ind->functions = sqlite3_column_int (stmt, 7);
          ind->priority = sqlite3_column_int (stmt, 10) != 0;
          ind->verified = sqlite3_column_int (stmt, 11) != 0;
          ind->higher_is_better = sqlite3_column_int (stmt, 12) != 0;

          index = graph->indicators->len;
          g_ptr_array_add (graph->indicators, ind);
          g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (index));
        }

      g_array_append_val (((RkLmNode *) g_ptr_array_index (graph->nodes, node - 1))->indicators,
                          index);
    }
  if (!finish (db, stmt, rc, error))
    return FALSE;

  values = prepare (db,
                    "SELECT indicator_id, fiscal_year, kind, value FROM indicator_value "
                    "WHERE area_code = ?2 AND indicator_id IN "
                    "  (SELECT ni.indicator_id FROM logic_model_node_indicator ni "
                    "   JOIN logic_model_node n ON n.id = ni.node_id WHERE n.model_id = ?1) "
                    "ORDER BY indicator_id, fiscal_year, kind",
                    graph->model_id, error);
  if (values == NULL)
    return FALSE;
  sqlite3_bind_text (values, 2, graph->area_code, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (values)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (values, 0);
      gpointer found;
      RkLmValue v;

      if (!g_hash_table_lookup_extended (by_id, &id, NULL, &found) ||
          !rk_value_kind_parse ((const char *) sqlite3_column_text (values, 2), &v.kind))
        continue;
      v.fiscal_year = sqlite3_column_int (values, 1);
      v.value = sqlite3_column_double (values, 3);
      g_array_append_val (((RkLmIndicator *) g_ptr_array_index (graph->indicators,
                                                                 GPOINTER_TO_UINT (found)))->values,
                          v);
    }
  if (!finish (db, values, rc, error))
    return FALSE;

  for (guint i = 0; i < graph->indicators->len; i++)
    {
      RkLmIndicator *ind = g_ptr_array_index (graph->indicators, i);

      g_array_sort (ind->values, compare_values);
      rk_logic_model_graph_update_indicator (ind);
    }

  return TRUE;
}

/* The countermeasures linked to the model's measures, each once however
 * many of its boxes it carries out.
 */
static gboolean
load_actions (RkDatabase         *db,
              RkLogicModelGraph  *graph,
              GHashTable         *node_index,
              GError            **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare (db,
                  "SELECT l.node_id, c.id, c.issue_id, i.title, c.what, c.owner, c.status, "
                  "  c.due_date, c.completed_on "
                  "FROM logic_model_node_countermeasure l "
                  "JOIN logic_model_node n ON n.id = l.node_id "
                  "JOIN countermeasure c ON c.id = l.countermeasure_id "
                  "JOIN issue i ON i.id = c.issue_id "
                  "WHERE n.model_id = ? ORDER BY n.level, n.position, n.id, c.id",
                  graph->model_id, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 node_id = sqlite3_column_int64 (stmt, 0);
      gint64 id = sqlite3_column_int64 (stmt, 1);
      guint node = GPOINTER_TO_UINT (g_hash_table_lookup (node_index, &node_id));
      gpointer found;
      guint index;

      if (node == 0)
        continue;

      if (g_hash_table_lookup_extended (by_id, &id, NULL, &found))
        index = GPOINTER_TO_UINT (found);
      else
        {
          RkLmAction *action = action_new (id);

          action->issue_id = sqlite3_column_int64 (stmt, 2);
#define SET_TEXT(field, col) G_STMT_START { g_free (action->field); action->field = column_dup (stmt, col); } G_STMT_END
          SET_TEXT (issue_title, 3);
          SET_TEXT (what, 4);
          SET_TEXT (owner, 5);
          SET_TEXT (status, 6);
          SET_TEXT (due_date, 7);
          SET_TEXT (completed_on, 8);
#undef SET_TEXT
          index = graph->actions->len;
          g_ptr_array_add (graph->actions, action);
          g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (index));
        }

      g_array_append_val (((RkLmNode *) g_ptr_array_index (graph->nodes, node - 1))->actions, index);
    }

  return finish (db, stmt, rc, error);
}

/**
 * rk_logic_model_graph_load:
 *
 * Reads a model with its boxes, links, indicators and their values for
 * the model's area, and the countermeasures of the issue register linked
 * to its measures.
 *
 * Returns: (transfer full) (nullable): the graph
 */
RkLogicModelGraph *
rk_logic_model_graph_load (RkDatabase  *db,
                           gint64       model_id,
                           GError     **error)
{
  g_autoptr(RkLogicModelGraph) graph = rk_logic_model_graph_new ();
  g_autoptr(GHashTable) node_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                            NULL);
  gboolean ok;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  graph->model_id = model_id;

  ok = load_model (db, graph, error) &&
       load_nodes (db, graph, node_index, error) &&
       load_links (db, graph, node_index, error) &&
       load_indicators (db, graph, node_index, error) &&
       load_actions (db, graph, node_index, error);

  return ok ? g_steal_pointer (&graph) : NULL;
}

/**
 * rk_lm_indicator_load:
 * @area_code: "" for the base's whole area, else a municipality code
 *
 * One indicator with its values for one area: what its trend chart shows.
 *
 * Returns: (transfer full) (nullable): the indicator
 */
RkLmIndicator *
rk_lm_indicator_load (RkDatabase  *db,
                      gint64       indicator_id,
                      const char  *area_code,
                      GError     **error)
{
  g_autoptr(RkLmIndicator) ind = rk_lm_indicator_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare (db,
                  "SELECT code, name, unit, category, edition, functions, data_source, "
                  "  source_document, priority, verified, higher_is_better "
                  "FROM indicator WHERE id = ?", indicator_id, error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_NOT_FOUND,
                     _("The indicator no longer exists (it may have been deleted)."));
      else
        rk_database_set_error (db, error, rc, _("read an indicator"));
      return NULL;
    }

  ind->id = indicator_id;
#define SET_TEXT(field, col) G_STMT_START { g_free (ind->field); ind->field = column_dup (stmt, col); } G_STMT_END
  SET_TEXT (code, 0);
  SET_TEXT (name, 1);
  SET_TEXT (unit, 2);
  SET_TEXT (category, 3);
  SET_TEXT (edition, 4);
  SET_TEXT (data_source, 6);
  SET_TEXT (source_document, 7);
#undef SET_TEXT
  ind->functions = sqlite3_column_int (stmt, 5);
  ind->priority = sqlite3_column_int (stmt, 8) != 0;
  ind->verified = sqlite3_column_int (stmt, 9) != 0;
  ind->higher_is_better = sqlite3_column_int (stmt, 10) != 0;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (db,
                  "SELECT fiscal_year, kind, value FROM indicator_value "
                  "WHERE indicator_id = ? AND area_code = ?2 ORDER BY fiscal_year, kind",
                  indicator_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 2, area_code != NULL ? area_code : "", -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RkLmValue v;

      if (!rk_value_kind_parse ((const char *) sqlite3_column_text (stmt, 1), &v.kind))
        continue;
      v.fiscal_year = sqlite3_column_int (stmt, 0);
      v.value = sqlite3_column_double (stmt, 2);
      g_array_append_val (ind->values, v);
    }
  if (!finish (db, stmt, rc, error))
    return NULL;

  g_array_sort (ind->values, compare_values);
  rk_logic_model_graph_update_indicator (ind);
  return g_steal_pointer (&ind);
}
