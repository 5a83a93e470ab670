/* rk-logic-model-node.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-model-node"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-lm-private.h"
#include "rk-logic-model-node.h"

/**
 * RkLogicModelNode:
 *
 * One box of a logic model: a measure (個別施策) or an outcome, with its
 * number, its text, the functions of home care it serves, and the
 * indicators that measure it (アウトプット指標 for a measure). Boxes are
 * linked many-to-many from a lower level to a higher one: one measure can
 * feed several outcomes.
 *
 * A measure is also linked to the countermeasures (対応策) of the meetings'
 * issue register that carry it out (logic_model_node_countermeasure), so
 * that a problem raised in a meeting, the action decided on it and the
 * indicator that should move are one chain. The register's side of the
 * link is rk_countermeasure_list_measures().
 */
struct _RkLogicModelNode
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkLogicModelNode, rk_logic_model_node, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_MODEL_ID,
  PROP_LEVEL,
  PROP_POSITION,
  PROP_NUMBER,
  PROP_TEXT,
  PROP_ACTOR,
  PROP_FUNCTIONS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_logic_model_node_class_init (RkLogicModelNodeClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  rk_entity_class_set_table (entity_class, "logic_model_node");

  properties[PROP_MODEL_ID] = g_param_spec_int64 ("model-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* an RkLmLevel: the column */
  properties[PROP_LEVEL] = g_param_spec_int ("level", NULL, NULL, 0, RK_LM_N_LEVELS - 1, 0, flags);
  /* order in the column before the layout reduces crossings */
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  /* 番号: "1-2", "216101" */
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, "", flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  /* 実施主体 of a measure */
  properties[PROP_ACTOR] = g_param_spec_string ("actor", NULL, NULL, "", flags);
  properties[PROP_FUNCTIONS] = g_param_spec_int ("functions", NULL, NULL, 0, 31, 0, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_logic_model_node_init (RkLogicModelNode *self)
{
}

RkLmLevel
rk_logic_model_node_get_level (RkLogicModelNode *self)
{
  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (self), RK_LM_LEVEL_MEASURE);
  return rk_entity_get_int (RK_ENTITY (self), "level");
}

gint64
rk_logic_model_node_get_model_id (RkLogicModelNode *self)
{
  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (self), 0);
  return rk_entity_get_int (RK_ENTITY (self), "model-id");
}

gboolean
rk_logic_model_node_is_linked (RkLogicModelNode *source,
                               RkLogicModelNode *target)
{
  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (source), FALSE);
  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (target), FALSE);

  return _rk_lm_query_int (rk_entity_get_database (RK_ENTITY (source)),
                           "SELECT count(*) FROM logic_model_link "
                           "WHERE source_id = ? AND target_id = ?", 0, NULL, "ii",
                           rk_entity_get_id (RK_ENTITY (source)),
                           rk_entity_get_id (RK_ENTITY (target))) > 0;
}

/**
 * rk_logic_model_node_set_linked:
 * @source: the lower box (a measure, say)
 * @target: the higher box it feeds (an outcome)
 * @linked: whether the arrow should be there
 *
 * Draws or removes the arrow from @source to @target. Arrows run from a
 * lower level to a higher one within one model; doing nothing (the arrow
 * is already as asked) is not an error.
 */
gboolean
rk_logic_model_node_set_linked (RkLogicModelNode  *source,
                                RkLogicModelNode  *target,
                                gboolean           linked,
                                const char        *undo_label,
                                GError           **error)
{
  RkDatabase *db;
  g_autoptr(RkTransaction) tx = NULL;
  gboolean ok;

  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (source), FALSE);
  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (target), FALSE);

  db = rk_entity_get_database (RK_ENTITY (source));

  if (linked && (rk_logic_model_node_get_model_id (source) !=
                 rk_logic_model_node_get_model_id (target) ||
                 rk_logic_model_node_get_level (source) >= rk_logic_model_node_get_level (target)))
    {
      g_set_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_INVALID_LINK,
                   _("“%s” cannot lead to “%s”: arrows go from a measure towards the outcomes "
                     "it serves, within one logic model."),
                   rk_entity_get_string (RK_ENTITY (source), "number"),
                   rk_entity_get_string (RK_ENTITY (target), "number"));
      return FALSE;
    }

  if (linked == rk_logic_model_node_is_linked (source, target))
    return TRUE;

  tx = _rk_lm_begin_if_needed (db, undo_label, &ok, error);
  if (!ok)
    return FALSE;

  if (!_rk_lm_exec (db,
                    linked ? "INSERT INTO logic_model_link (source_id, target_id) VALUES (?, ?)"
                           : "DELETE FROM logic_model_link WHERE source_id = ? AND target_id = ?",
                    error, "ii",
                    rk_entity_get_id (RK_ENTITY (source)), rk_entity_get_id (RK_ENTITY (target))))
    return FALSE;

  return _rk_lm_commit_if_needed (tx, error);
}

/**
 * rk_logic_model_node_add_indicator:
 *
 * Measures the box by one more indicator of the master (at the end of its
 * list). Adding one it already has does nothing.
 */
gboolean
rk_logic_model_node_add_indicator (RkLogicModelNode  *self,
                                   gint64             indicator_id,
                                   const char        *undo_label,
                                   GError           **error)
{
  RkDatabase *db;
  g_autoptr(RkTransaction) tx = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (self), FALSE);

  db = rk_entity_get_database (RK_ENTITY (self));
  id = rk_entity_get_id (RK_ENTITY (self));
  if (_rk_lm_query_int (db, "SELECT count(*) FROM logic_model_node_indicator "
                        "WHERE node_id = ? AND indicator_id = ?", 0, NULL, "ii",
                        id, indicator_id) > 0)
    return TRUE;

  tx = _rk_lm_begin_if_needed (db, undo_label, &ok, error);
  if (!ok)
    return FALSE;

  if (!_rk_lm_exec (db,
                    "INSERT INTO logic_model_node_indicator (node_id, indicator_id, position) "
                    "VALUES (?1, ?2, (SELECT coalesce (max (position) + 1, 0) "
                    "                 FROM logic_model_node_indicator WHERE node_id = ?1))",
                    error, "ii", id, indicator_id))
    return FALSE;

  return _rk_lm_commit_if_needed (tx, error);
}

gboolean
rk_logic_model_node_remove_indicator (RkLogicModelNode  *self,
                                      gint64             indicator_id,
                                      const char        *undo_label,
                                      GError           **error)
{
  RkDatabase *db;
  g_autoptr(RkTransaction) tx = NULL;
  gboolean ok;

  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (self), FALSE);

  db = rk_entity_get_database (RK_ENTITY (self));
  tx = _rk_lm_begin_if_needed (db, undo_label, &ok, error);
  if (!ok)
    return FALSE;

  if (!_rk_lm_exec (db, "DELETE FROM logic_model_node_indicator "
                    "WHERE node_id = ? AND indicator_id = ?", error, "ii",
                    rk_entity_get_id (RK_ENTITY (self)), indicator_id))
    return FALSE;

  return _rk_lm_commit_if_needed (tx, error);
}

/**
 * rk_logic_model_node_list_indicators:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the box's
 *   indicators, in order
 */
GArray *
rk_logic_model_node_list_indicators (RkLogicModelNode  *self,
                                     GError           **error)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db),
                           "SELECT indicator_id FROM logic_model_node_indicator "
                           "WHERE node_id = ? ORDER BY position, id", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("read the indicators of a box"));
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the indicators of a box"));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

static GArray *
list_ids (RkDatabase  *db,
          const char  *sql,
          gint64       id,
          const char  *what,
          GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, what);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 v = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, v);
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, what);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

gboolean
rk_logic_model_node_has_countermeasure (RkLogicModelNode *self,
                                        gint64            countermeasure_id)
{
  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (self), FALSE);

  return _rk_lm_query_int (rk_entity_get_database (RK_ENTITY (self)),
                           "SELECT count(*) FROM logic_model_node_countermeasure "
                           "WHERE node_id = ? AND countermeasure_id = ?", 0, NULL, "ii",
                           rk_entity_get_id (RK_ENTITY (self)), countermeasure_id) > 0;
}

/**
 * rk_logic_model_node_set_countermeasure:
 * @countermeasure_id: a countermeasure of the issue register
 * @linked: whether the measure should be linked to it
 *
 * Links a measure (個別施策) to a countermeasure (対応策) that carries it
 * out, or unlinks them. Only measures are linked: outcomes are reached
 * through them. Doing nothing (the link is already as asked) is not an
 * error.
 */
gboolean
rk_logic_model_node_set_countermeasure (RkLogicModelNode  *self,
                                        gint64             countermeasure_id,
                                        gboolean           linked,
                                        const char        *undo_label,
                                        GError           **error)
{
  RkDatabase *db;
  g_autoptr(RkTransaction) tx = NULL;
  gboolean ok;

  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (self), FALSE);

  db = rk_entity_get_database (RK_ENTITY (self));

  if (linked && rk_logic_model_node_get_level (self) != RK_LM_LEVEL_MEASURE)
    {
      g_set_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_INVALID_LINK,
                   _("“%s” is an outcome: only a measure can be linked to the countermeasures "
                     "of the issue register. Link the measures that lead to it instead."),
                   rk_entity_get_string (RK_ENTITY (self), "number"));
      return FALSE;
    }
  if (linked && _rk_lm_query_int (db, "SELECT count(*) FROM countermeasure WHERE id = ?", 0,
                                  error, "i", countermeasure_id) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, countermeasure_id);

      if (error == NULL || *error == NULL)
        g_set_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_NOT_FOUND,
                     _("Countermeasure %s is no longer in the issue register (it may have been "
                       "deleted)."), number);
      return FALSE;
    }

  if (linked == rk_logic_model_node_has_countermeasure (self, countermeasure_id))
    return TRUE;

  tx = _rk_lm_begin_if_needed (db, undo_label, &ok, error);
  if (!ok)
    return FALSE;

  if (!_rk_lm_exec (db,
                    linked ? "INSERT INTO logic_model_node_countermeasure (node_id, countermeasure_id) "
                             "VALUES (?, ?)"
                           : "DELETE FROM logic_model_node_countermeasure "
                             "WHERE node_id = ? AND countermeasure_id = ?",
                    error, "ii", rk_entity_get_id (RK_ENTITY (self)), countermeasure_id))
    return FALSE;

  return _rk_lm_commit_if_needed (tx, error);
}

/**
 * rk_logic_model_node_list_countermeasures:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the
 *   countermeasures linked to the box, by their number in the register
 */
GArray *
rk_logic_model_node_list_countermeasures (RkLogicModelNode  *self,
                                          GError           **error)
{
  g_return_val_if_fail (RK_IS_LOGIC_MODEL_NODE (self), NULL);

  return list_ids (rk_entity_get_database (RK_ENTITY (self)),
                   "SELECT countermeasure_id FROM logic_model_node_countermeasure "
                   "WHERE node_id = ? ORDER BY countermeasure_id",
                   rk_entity_get_id (RK_ENTITY (self)),
                   _("read the countermeasures of a measure"), error);
}
