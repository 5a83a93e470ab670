/* rk-activity.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-activity"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-activity.h"
#include "rk-activity-participant.h"

/**
 * RkActivity:
 *
 * One record of the base's 人材育成 and 普及啓発 (guidebook 第2章4–5): a
 * training session for professionals (研修: theme, audience, method,
 * participants by profession, how it was announced, evaluation), an item
 * of information shared with them (知識・技能に関する情報共有: a newsletter,
 * a resource map, a contact list …; who got it and how many), or an
 * activity that reaches residents (普及啓発: a public lecture, a forum, a
 * video, a leaflet …; how many it reached).
 */
struct _RkActivity
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkActivity, rk_activity, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_CATEGORY,
  PROP_HELD_ON,
  PROP_TITLE,
  PROP_KIND,
  PROP_AUDIENCE,
  PROP_VENUE,
  PROP_CHANNEL,
  PROP_REACH,
  PROP_PARTNERS,
  PROP_FUNCTIONS,
  PROP_EVALUATION,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Newest first: the coordinator looks for what they did last. Undated
 * records (being planned) come first of all, where they are not missed.
 */
#define LIST_ORDER " ORDER BY held_on <> '', held_on DESC, id DESC"

static void
rk_activity_class_init (RkActivityClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "activity");

  /* RK_ACTIVITY_TRAINING, _SHARING or _OUTREACH */
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, RK_ACTIVITY_TRAINING,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 実施日 (発行日, 公開日), "YYYY-MM-DD" or empty */
  properties[PROP_HELD_ON] =
    g_param_spec_string ("held-on", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 研修テーマ, 表題 */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* a term of rk_activity_category_get_kind_list(), or the user's words */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 対象者 */
  properties[PROP_AUDIENCE] =
    g_param_spec_string ("audience", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 会場 (or オンライン) */
  properties[PROP_VENUE] =
    g_param_spec_string ("venue", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 周知方法 (training, outreach) or 配布方法 (sharing) */
  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 参加者数・配布数・再生回数 of sharing and outreach; -1 when not known */
  properties[PROP_REACH] =
    g_param_spec_int64 ("reach", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 共催・協力 */
  properties[PROP_PARTNERS] =
    g_param_spec_string ("partners", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the RkFunctions the activity serves */
  properties[PROP_FUNCTIONS] =
    g_param_spec_int ("functions", NULL, NULL, 0, 31, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 評価 (アンケート結果, 成果) */
  properties[PROP_EVALUATION] =
    g_param_spec_string ("evaluation", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_activity_init (RkActivity *self)
{
}

/*
 * Public API
 */

/**
 * rk_activity_new:
 * @category: %RK_ACTIVITY_TRAINING, %RK_ACTIVITY_SHARING or
 *   %RK_ACTIVITY_OUTREACH
 * @held_on: (nullable): its date, "YYYY-MM-DD"
 * @undo_label: (nullable): what Undo will say
 *
 * Adds a record.
 *
 * Returns: (transfer full) (nullable): the new record
 */
RkActivity *
rk_activity_new (RkDatabase  *db,
                 const char  *category,
                 const char  *held_on,
                 const char  *undo_label,
                 GError     **error)
{
  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);
  g_return_val_if_fail (category != NULL, NULL);

  return rk_entity_create (db, RK_TYPE_ACTIVITY, undo_label, error,
                           "category", category,
                           "held-on", held_on != NULL ? held_on : "",
                           NULL);
}

gboolean
rk_activity_is_training (RkActivity *self)
{
  g_return_val_if_fail (RK_IS_ACTIVITY (self), FALSE);

  return g_strcmp0 (rk_entity_get_string (RK_ENTITY (self), "category"), RK_ACTIVITY_TRAINING) == 0;
}

/**
 * rk_activity_get_participants:
 *
 * Returns: (transfer full): the participants of a training session by
 *   profession (#RkActivityParticipant), in the order the user gave
 */
RkQueryModel *
rk_activity_get_participants (RkActivity *self)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (RK_IS_ACTIVITY (self), NULL);

  sql = g_strdup_printf ("SELECT id FROM activity_participant WHERE activity_id = %" G_GINT64_FORMAT
                         " ORDER BY position, id", rk_entity_get_id (RK_ENTITY (self)));
  return rk_query_model_new (rk_entity_get_database (RK_ENTITY (self)),
                             RK_TYPE_ACTIVITY_PARTICIPANT, sql);
}

/**
 * rk_activity_get_participant_total:
 * @has_breakdown: (out) (optional): whether any participants are recorded
 *
 * Returns: the number of participants of a training session, counted by
 *   profession (0 when none are recorded)
 */
gint64
rk_activity_get_participant_total (RkActivity *self,
                                   gboolean   *has_breakdown)
{
  RkDatabase *db;
  g_auto(RkStatement) stmt = NULL;
  gint64 total = 0;
  gint64 rows = 0;

  g_return_val_if_fail (RK_IS_ACTIVITY (self), 0);

  db = rk_entity_get_database (RK_ENTITY (self));
  stmt = rk_database_prepare (db, "SELECT count(*), total(headcount) FROM activity_participant "
                                  "WHERE activity_id = ?", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          rows = sqlite3_column_int64 (stmt, 0);
          total = sqlite3_column_int64 (stmt, 1);
        }
    }

  if (has_breakdown != NULL)
    *has_breakdown = rows > 0;
  return total;
}

/**
 * rk_activity_get_count:
 *
 * The one number a report gives for a record: a training session's
 * participants, or the people (copies, views) that information or an
 * awareness activity reached.
 *
 * Returns: the number, or -1 when it is not known
 */
gint64
rk_activity_get_count (RkActivity *self)
{
  gboolean has_breakdown = FALSE;
  gint64 total;

  g_return_val_if_fail (RK_IS_ACTIVITY (self), -1);

  if (!rk_activity_is_training (self))
    return rk_entity_get_int (RK_ENTITY (self), "reach");

  total = rk_activity_get_participant_total (self, &has_breakdown);
  return has_breakdown ? total : -1;
}

/**
 * rk_activity_add_participant:
 * @profession: an RK_TERMS_PROFESSION code, or "" when not known
 *
 * Adds a line of participants after the last one.
 *
 * Returns: (transfer full) (nullable): the new #RkActivityParticipant
 */
RkEntity *
rk_activity_add_participant (RkActivity  *self,
                             const char  *profession,
                             int          headcount,
                             const char  *undo_label,
                             GError     **error)
{
  RkDatabase *db;
  g_auto(RkStatement) stmt = NULL;
  int position = 0;

  g_return_val_if_fail (RK_IS_ACTIVITY (self), NULL);
  g_return_val_if_fail (headcount >= 0, NULL);

  db = rk_entity_get_database (RK_ENTITY (self));
  stmt = rk_database_prepare (db, "SELECT coalesce(max(position) + 1, 0) FROM activity_participant "
                                  "WHERE activity_id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    position = sqlite3_column_int (stmt, 0);

  return rk_entity_create (db, RK_TYPE_ACTIVITY_PARTICIPANT, undo_label, error,
                           "activity-id", rk_entity_get_id (RK_ENTITY (self)),
                           "position", position,
                           "profession", profession != NULL ? profession : "",
                           "headcount", headcount,
                           NULL);
}

/**
 * rk_activity_category_get_kind_list:
 *
 * Returns: the list of methods (研修) or media (情報共有, 普及啓発) of a
 *   category, for its "kind" column
 */
RkTermList
rk_activity_category_get_kind_list (const char *category)
{
  if (g_strcmp0 (category, RK_ACTIVITY_SHARING) == 0)
    return RK_TERMS_SHARING_KIND;
  if (g_strcmp0 (category, RK_ACTIVITY_OUTREACH) == 0)
    return RK_TERMS_OUTREACH_KIND;
  return RK_TERMS_TRAINING_METHOD;
}

/**
 * rk_activity_query_new:
 *
 * Returns: (transfer full): every record, newest first; narrow it with
 *   rk_activity_query_set_filter()
 */
RkQueryModel *
rk_activity_query_new (RkDatabase *db)
{
  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  return rk_query_model_new (db, RK_TYPE_ACTIVITY, "SELECT id FROM activity" LIST_ORDER);
}

/**
 * rk_activity_query_set_filter:
 * @fiscal_year: a fiscal year, or 0 for all
 * @category: (nullable): a category, or %NULL for all
 *
 * Shows one fiscal year's records, of one category or all. Undated records
 * show in every year: they are still to be dated, not lost.
 */
void
rk_activity_query_set_filter (RkQueryModel *model,
                              int           fiscal_year,
                              const char   *category)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id FROM activity WHERE 1");
  g_autoptr(GPtrArray) params = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (RK_IS_QUERY_MODEL (model));

  if (fiscal_year > 0)
    {
      char first[11], next[11];

      rk_fiscal_year_bounds (fiscal_year, first, next);
      g_string_append (sql, " AND (held_on = '' OR (held_on >= ? AND held_on < ?))");
      g_ptr_array_add (params, g_strdup (first));
      g_ptr_array_add (params, g_strdup (next));
    }
  if (category != NULL)
    {
      g_string_append (sql, " AND category = ?");
      g_ptr_array_add (params, g_strdup (category));
    }
  g_string_append (sql, LIST_ORDER);
  g_ptr_array_add (params, NULL);

  rk_query_model_set_query (model, sql->str, (const char * const *) params->pdata);
}

/**
 * rk_activity_list_fiscal_years:
 *
 * Returns: (transfer full) (element-type int): the fiscal years that have
 *   records, newest first
 */
GArray *
rk_activity_list_fiscal_years (RkDatabase  *db,
                               GError     **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_auto(RkStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  stmt = rk_database_prepare (db,
                              "SELECT DISTINCT CASE WHEN substr (held_on, 6, 2) >= '04'"
                              "  THEN CAST (substr (held_on, 1, 4) AS INTEGER)"
                              "  ELSE CAST (substr (held_on, 1, 4) AS INTEGER) - 1 END AS fy"
                              " FROM activity WHERE held_on <> '' ORDER BY fy DESC", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int fy = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, fy);
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("list the years of the records"));
      return NULL;
    }

  return g_steal_pointer (&years);
}
