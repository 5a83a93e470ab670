/* rk-logic-model.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-lm-private.h"
#include "rk-logic-model.h"
#include "rk-logic-model-node.h"

/**
 * RkLogicModel:
 *
 * One logic model of the base (one per function of home care, say): a
 * graph of boxes — 個別施策 → 中間アウトカム → 分野アウトカム (→ 最終アウトカム)
 * — each measured by indicators, and the PDCA cycle of each fiscal year.
 * Models carry a number, unique in the workspace, by which renkei-cli
 * names them.
 */
struct _RkLogicModel
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkLogicModel, rk_logic_model, RK_TYPE_ENTITY)

G_DEFINE_QUARK (rk-logic-model-error-quark, rk_logic_model_error)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_FUNCTIONS,
  PROP_AREA_CODE,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *level_labels[RK_LM_N_LEVELS] = {
  N_("Measure"),                /* 個別施策 */
  N_("Intermediate outcome"),   /* 中間アウトカム */
  N_("Field outcome"),          /* 分野アウトカム */
  N_("Final outcome"),          /* 最終アウトカム */
};

static const char *level_short_labels[RK_LM_N_LEVELS] = {
  NC_("logic model level", "Measure"),
  NC_("logic model level", "Intermediate"),
  NC_("logic model level", "Field"),
  NC_("logic model level", "Final"),
};

static void
rk_logic_model_class_init (RkLogicModelClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  rk_entity_class_set_table (entity_class, "logic_model");

  /* モデル番号: what renkei-cli lists, unique */
  properties[PROP_NUMBER] = g_param_spec_int ("number", NULL, NULL, 1, G_MAXINT, 1, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  /* RkFunctions the model is about */
  properties[PROP_FUNCTIONS] = g_param_spec_int ("functions", NULL, NULL, 0, 31, 0, flags);
  /* whose values the boxes show: "" for the base's whole area, else a
   * municipality code
   */
  properties[PROP_AREA_CODE] = g_param_spec_string ("area-code", NULL, NULL, "", flags);
  /* the plan period, in fiscal years (-1 when not set) */
  properties[PROP_FIRST_YEAR] = g_param_spec_int ("first-year", NULL, NULL, -1, 2200, -1, flags);
  properties[PROP_LAST_YEAR] = g_param_spec_int ("last-year", NULL, NULL, -1, 2200, -1, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_logic_model_init (RkLogicModel *self)
{
}

const char *
rk_lm_level_get_label (RkLmLevel level)
{
  g_return_val_if_fail (level < RK_LM_N_LEVELS, NULL);
  return _(level_labels[level]);
}

const char *
rk_lm_level_get_short_label (RkLmLevel level)
{
  g_return_val_if_fail (level < RK_LM_N_LEVELS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "logic model level", level_short_labels[level]);
}

/**
 * rk_logic_model_create:
 * @title: (nullable): the model's title
 *
 * Adds a model with the next free number.
 *
 * Returns: (transfer full) (nullable): the new model
 */
RkLogicModel *
rk_logic_model_create (RkDatabase  *db,
                       const char  *title,
                       const char  *undo_label,
                       GError     **error)
{
  gint64 number;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  number = _rk_lm_query_int (db, "SELECT max(number) + 1 FROM logic_model", 1, NULL, NULL);
  return rk_entity_create (db, RK_TYPE_LOGIC_MODEL, undo_label, error,
                           "number", (int) number,
                           "title", title != NULL ? title : "",
                           NULL);
}

/**
 * rk_logic_model_find_by_number:
 *
 * Returns: (transfer full) (nullable): the model numbered @number
 */
RkLogicModel *
rk_logic_model_find_by_number (RkDatabase  *db,
                               int          number,
                               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  id = _rk_lm_query_int (db, "SELECT id FROM logic_model WHERE number = ?", 0, &local_error,
                         "i", (gint64) number);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (id == 0)
    {
      g_set_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_NOT_FOUND,
                   _("There is no logic model number %d in “%s”. “renkei-cli logic-models” "
                     "lists the models and their numbers."),
                   number, rk_database_get_path (db));
      return NULL;
    }

  return rk_entity_lookup (db, RK_TYPE_LOGIC_MODEL, id, error);
}

/**
 * rk_logic_model_find_by_argument:
 * @number_or_title: a model's number as text, or its exact title
 *
 * What a command line names a model by.
 *
 * Returns: (transfer full) (nullable): the model
 */
RkLogicModel *
rk_logic_model_find_by_argument (RkDatabase  *db,
                                 const char  *number_or_title,
                                 GError     **error)
{
  guint64 number;
  gint64 id;

  if (g_ascii_string_to_unsigned (number_or_title, 10, 1, G_MAXINT, &number, NULL))
    return rk_logic_model_find_by_number (db, (int) number, error);

  id = _rk_lm_query_int (db, "SELECT id FROM logic_model WHERE title = ? ORDER BY number LIMIT 1",
                         0, NULL, "s", number_or_title);
  if (id == 0)
    {
      g_set_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_NOT_FOUND,
                   _("There is no logic model “%s” in “%s”. “renkei-cli logic-models” lists "
                     "the models and their numbers."),
                   number_or_title, rk_database_get_path (db));
      return NULL;
    }

  return rk_entity_lookup (db, RK_TYPE_LOGIC_MODEL, id, error);
}

/**
 * rk_logic_model_add_node:
 * @level: the column
 * @text: (nullable): what the box says
 *
 * Adds a box at the end of its column, numbered as MHLW's drafts number
 * them: "1-n" for measures, "2-n" for intermediate outcomes, and so on.
 *
 * Returns: (transfer full) (nullable): the new box
 */
RkLogicModelNode *
rk_logic_model_add_node (RkLogicModel  *self,
                         RkLmLevel      level,
                         const char    *text,
                         const char    *undo_label,
                         GError       **error)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  gint64 model_id = rk_entity_get_id (RK_ENTITY (self));
  g_autofree char *number = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 position;
  guint64 next = 1;

  g_return_val_if_fail (RK_IS_LOGIC_MODEL (self), NULL);
  g_return_val_if_fail (level < RK_LM_N_LEVELS, NULL);

  position = _rk_lm_query_int (db, "SELECT max(position) + 1 FROM logic_model_node "
                               "WHERE model_id = ? AND level = ?", 0, NULL, "ii",
                               model_id, (gint64) level);

  /* The next "L-n" after the highest one in use, whatever the user
   * renumbered the others to.
   */
  prefix = g_strdup_printf ("%d-", level + 1);
  if (sqlite3_prepare_v2 (rk_database_get_handle (db),
                          "SELECT number FROM logic_model_node WHERE model_id = ? AND level = ?",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, model_id);
      sqlite3_bind_int (stmt, 2, level);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *n = (const char *) sqlite3_column_text (stmt, 0);
          guint64 v;

          if (n != NULL && g_str_has_prefix (n, prefix) &&
              g_ascii_string_to_unsigned (n + strlen (prefix), 10, 0, G_MAXINT, &v, NULL))
            next = MAX (next, v + 1);
        }
    }
  number = g_strdup_printf ("%s%" G_GUINT64_FORMAT, prefix, next);

  return rk_entity_create (db, RK_TYPE_LOGIC_MODEL_NODE, undo_label, error,
                           "model-id", model_id,
                           "level", (int) level,
                           "position", (int) position,
                           "number", number,
                           "text", text != NULL ? text : "",
                           NULL);
}

/**
 * rk_logic_model_get_area_name:
 *
 * Returns: (transfer full): the name of the area whose values the model
 *   shows: a municipality's, or the base's area name
 */
char *
rk_logic_model_get_area_name (RkLogicModel *self)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  const char *code = rk_entity_get_string (RK_ENTITY (self), "area-code");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *sql;

  sql = code[0] != '\0' ? "SELECT name FROM municipality WHERE code = ?"
                        : "SELECT area_name FROM profile WHERE id = 1";
  if (sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      if (code[0] != '\0')
        sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL &&
          sqlite3_column_text (stmt, 0)[0] != '\0')
        return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }

  return code[0] != '\0' ? g_strdup (code) : g_strdup (_("The whole area"));
}
