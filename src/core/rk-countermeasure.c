/* rk-countermeasure.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-countermeasure"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-countermeasure.h"
#include "rk-database-private.h"
#include "rk-meeting.h"

/**
 * RkCountermeasure:
 *
 * One countermeasure (対応策) of an issue: what, who, by when, and how far
 * it has got. Logic models link their 個別施策 to its id, which is never
 * reused (rk_logic_model_node_set_countermeasure()); the measures it
 * carries out are listed by rk_countermeasure_list_measures().
 */
struct _RkCountermeasure
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkCountermeasure, rk_countermeasure, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_ISSUE_ID,
  PROP_POSITION,
  PROP_WHAT,
  PROP_OWNER,
  PROP_DUE_DATE,
  PROP_STATUS,
  PROP_DECIDED_ON,
  PROP_MEETING_ID,
  PROP_COMPLETED_ON,
  PROP_EVALUATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_countermeasure_class_init (RkCountermeasureClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "countermeasure");

  /* the issue */
  properties[PROP_ISSUE_ID] =
    g_param_spec_int64 ("issue-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* order within the issue */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 対応策 */
  properties[PROP_WHAT] =
    g_param_spec_string ("what", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 担当 */
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 期限, YYYY-MM-DD, or empty */
  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* planned 未着手 / in_progress 実施中 / done 完了 / cancelled 中止 */
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "planned",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* when it was decided, YYYY-MM-DD */
  properties[PROP_DECIDED_ON] =
    g_param_spec_string ("decided-on", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the meeting that decided it, or -1 */
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* when it was done, or empty */
  properties[PROP_COMPLETED_ON] =
    g_param_spec_string ("completed-on", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 評価 */
  properties[PROP_EVALUATION] =
    g_param_spec_string ("evaluation", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_countermeasure_init (RkCountermeasure *self)
{
}

/**
 * rk_countermeasure_set_status:
 * @status: an RK_MEETING_TERMS_ACTION_STATUS code
 *
 * Changes the status; one done or cancelled is dated today, one started
 * again loses that date.
 */
gboolean
rk_countermeasure_set_status (RkCountermeasure  *self,
                              const char        *status,
                              GError           **error)
{
  RkEntity *entity = RK_ENTITY (self);
  g_autofree char *today = NULL;
  const char *completed_on = rk_entity_get_string (entity, "completed-on");

  g_return_val_if_fail (RK_IS_COUNTERMEASURE (self), FALSE);

  if (g_strcmp0 (status, rk_entity_get_string (entity, "status")) == 0)
    return TRUE;

  if (rk_action_status_is_open (status))
    completed_on = "";
  else if (completed_on[0] == '\0')
    completed_on = today = rk_today_iso_date ();

  return rk_entity_update (entity, _("Change Countermeasure Status"), error,
                           "status", status,
                           "completed-on", completed_on,
                           NULL);
}

/**
 * rk_countermeasure_is_overdue:
 * @on_date: (nullable): "YYYY-MM-DD", or %NULL for today
 *
 * Returns: whether the countermeasure was still to be done on @on_date
 *   although its due date had passed
 */
gboolean
rk_countermeasure_is_overdue (RkCountermeasure *self,
                              const char       *on_date)
{
  RkEntity *entity = RK_ENTITY (self);
  const char *due = rk_entity_get_string (entity, "due-date");
  const char *completed = rk_entity_get_string (entity, "completed-on");
  g_autofree char *today = NULL;

  g_return_val_if_fail (RK_IS_COUNTERMEASURE (self), FALSE);

  if (on_date == NULL)
    on_date = today = rk_today_iso_date ();

  if (due[0] == '\0' || g_strcmp0 (due, on_date) >= 0)
    return FALSE;

  /* Done (or cancelled) by then: not overdue at that date. */
  if (!rk_action_status_is_open (rk_entity_get_string (entity, "status")))
    return completed[0] != '\0' && g_strcmp0 (completed, on_date) > 0 &&
           g_strcmp0 (rk_entity_get_string (entity, "status"), "done") == 0;

  return TRUE;
}

char *
rk_countermeasure_dup_number (RkCountermeasure *self)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, rk_entity_get_id (RK_ENTITY (self)));
}

/**
 * rk_countermeasure_list_measures:
 *
 * The measures (個別施策) of logic models that the countermeasure carries
 * out: the other side of rk_logic_model_node_list_countermeasures().
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids of
 *   the logic-model boxes, by model number and box number
 */
GArray *
rk_countermeasure_list_measures (RkCountermeasure  *self,
                                 GError           **error)
{
  RkDatabase *db;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RK_IS_COUNTERMEASURE (self), NULL);

  db = rk_entity_get_database (RK_ENTITY (self));
  rc = sqlite3_prepare_v2 (rk_database_get_handle (db),
                           "SELECT n.id FROM logic_model_node_countermeasure l"
                           " JOIN logic_model_node n ON n.id = l.node_id"
                           " JOIN logic_model m ON m.id = n.model_id"
                           " WHERE l.countermeasure_id = ?"
                           " ORDER BY m.number, n.level, n.position, n.id",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, id);
        }
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the measures a countermeasure carries out"));
      return NULL;
    }

  return g_steal_pointer (&ids);
}
