/* rk-working-group.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-working-group"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-meeting.h"
#include "rk-working-group.h"
#include "rk-working-group-member.h"

/**
 * RkWorkingGroup:
 *
 * A working group (事例②): a theme, its members, how often it meets, and
 * one cycle 課題の抽出 → 方策の決定 → 実施 → 評価 per fiscal year.
 */
struct _RkWorkingGroup
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkWorkingGroup, rk_working_group, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_NAME,
  PROP_THEME,
  PROP_MEETINGS_PER_YEAR,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_working_group_class_init (RkWorkingGroupClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "working_group");

  /* display order */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 名称 */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* テーマ */
  properties[PROP_THEME] =
    g_param_spec_string ("theme", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 開催回数（年） */
  properties[PROP_MEETINGS_PER_YEAR] =
    g_param_spec_int ("meetings-per-year", NULL, NULL, 0, G_MAXINT, 3,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_working_group_init (RkWorkingGroup *self)
{
}

/*
 * Public API
 */

/**
 * rk_working_group_new:
 * @name: (nullable): its name
 *
 * Adds a working group, as one undoable edit, with the cycle of the
 * current fiscal year started.
 *
 * Returns: (transfer full) (nullable): the new group
 */
RkWorkingGroup *
rk_working_group_new (RkDatabase  *db,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(RkWorkingGroup) group = NULL;
  g_autoptr(RkWorkingGroupCycle) cycle = NULL;
  g_autofree char *today = rk_today_iso_date ();
  gint64 position = 0;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  tx = rk_database_begin (db, _("Add Working Group"), error);
  if (tx == NULL)
    return NULL;

  {
    g_auto(RkStatement) stmt = rk_database_prepare (db, "SELECT coalesce(max(position) + 1, 0)"
                                                        " FROM working_group", error);
    if (stmt == NULL)
      return NULL;
    if (sqlite3_step (stmt) == SQLITE_ROW)
      position = sqlite3_column_int64 (stmt, 0);
  }

  group = rk_entity_create (db, RK_TYPE_WORKING_GROUP, NULL, error,
                            "position", (int) position,
                            "name", name != NULL ? name : "",
                            NULL);
  if (group == NULL)
    return NULL;

  cycle = rk_working_group_get_cycle (group, rk_fiscal_year_for_iso_date (today), TRUE, error);
  if (cycle == NULL || !rk_transaction_commit (tx, error))
    return NULL;

  return g_steal_pointer (&group);
}

/**
 * rk_working_group_get_cycle:
 * @fiscal_year: the fiscal year
 * @create: start the year's cycle if there is none (inside the caller's
 *   transaction, or as an undoable edit of its own)
 *
 * Returns: (transfer full) (nullable): the cycle of @fiscal_year, or
 *   %NULL without an error when there is none and @create is %FALSE
 */
RkWorkingGroupCycle *
rk_working_group_get_cycle (RkWorkingGroup  *self,
                            int              fiscal_year,
                            gboolean         create,
                            GError         **error)
{
  RkDatabase *db;
  gint64 id = 0;

  g_return_val_if_fail (RK_IS_WORKING_GROUP (self), NULL);

  db = rk_entity_get_database (RK_ENTITY (self));
  {
    g_auto(RkStatement) stmt = rk_database_prepare (db, "SELECT id FROM working_group_cycle"
                                                        " WHERE working_group_id = ?"
                                                        " AND fiscal_year = ?", error);
    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
    sqlite3_bind_int (stmt, 2, fiscal_year);
    if (sqlite3_step (stmt) == SQLITE_ROW)
      id = sqlite3_column_int64 (stmt, 0);
  }

  if (id > 0)
    return rk_entity_lookup (db, RK_TYPE_WORKING_GROUP_CYCLE, id, error);
  if (!create)
    return NULL;

  return rk_entity_create (db, RK_TYPE_WORKING_GROUP_CYCLE, _("Start the Year’s Cycle"), error,
                           "working-group-id", rk_entity_get_id (RK_ENTITY (self)),
                           "fiscal-year", fiscal_year,
                           NULL);
}

/**
 * rk_working_group_count_meetings:
 * @fiscal_year: a fiscal year, or 0 for all
 * @held_only: count only meetings held
 *
 * Returns: the number of the group's meetings
 */
gint64
rk_working_group_count_meetings (RkWorkingGroup *self,
                                 int             fiscal_year,
                                 gboolean        held_only)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  g_auto(RkStatement) stmt = NULL;
  char first[11], last[11];

  rk_fiscal_year_get_range (fiscal_year, first, last);
  stmt = rk_database_prepare (db, "SELECT count(*) FROM meeting WHERE working_group_id = ?1"
                                  " AND (?2 = 0 OR date BETWEEN ?3 AND ?4)"
                                  " AND (?5 = 0 OR status = 'held')", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
  sqlite3_bind_int (stmt, 2, fiscal_year);
  sqlite3_bind_text (stmt, 3, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, last, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, held_only);

  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/**
 * rk_working_group_count_issues:
 *
 * Returns: the number of issues in the group's charge
 */
gint64
rk_working_group_count_issues (RkWorkingGroup *self)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  g_auto(RkStatement) stmt = rk_database_prepare (db, "SELECT count(*) FROM issue"
                                                      " WHERE working_group_id = ?", NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/**
 * rk_working_group_add_member:
 * @organization_id: an organisation, or -1
 * @name: (nullable): the member's name
 *
 * Returns: the new member's id, or 0 on error
 */
gint64
rk_working_group_add_member (RkWorkingGroup  *self,
                             gint64           organization_id,
                             const char      *name,
                             GError         **error)
{
  RkDatabase *db = rk_entity_get_database (RK_ENTITY (self));
  g_autoptr(RkEntity) member = NULL;
  g_autofree char *category = NULL;
  gint64 position = 0;

  {
    g_auto(RkStatement) stmt = rk_database_prepare (db, "SELECT coalesce(max(position) + 1, 0)"
                                                        " FROM working_group_member"
                                                        " WHERE working_group_id = ?", error);
    if (stmt == NULL)
      return 0;
    sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
    if (sqlite3_step (stmt) == SQLITE_ROW)
      position = sqlite3_column_int64 (stmt, 0);
  }

  if (organization_id > 0)
    {
      g_auto(RkStatement) stmt = rk_database_prepare (db, "SELECT kind, subkind, name FROM organization"
                                                          " WHERE id = ?", error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, organization_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        category = g_strdup (rk_participant_category_for_organization (
                               (const char *) sqlite3_column_text (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 1),
                               (const char *) sqlite3_column_text (stmt, 2)));
    }

  member = rk_entity_create (db, RK_TYPE_WORKING_GROUP_MEMBER, _("Add Member"), error,
                             "working-group-id", rk_entity_get_id (RK_ENTITY (self)),
                             "position", (int) position,
                             "organization-id", organization_id > 0 ? organization_id : (gint64) -1,
                             "name", name != NULL ? name : "",
                             "category", category != NULL ? category : "",
                             NULL);

  return member != NULL ? rk_entity_get_id (member) : 0;
}
