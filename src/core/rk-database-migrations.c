/* rk-database-migrations.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-database-migrations"

#include "config.h"

#include "rk-database-private.h"

/* One entry per schema step. A released step is never edited: a change to
 * the schema is a new step at the end, and RK_SCHEMA_VERSION moves with it.
 * Each step runs in its own transaction together with the user_version
 * update (rk-database.c), so a failed step leaves the file as it was.
 * tests/data/workspace-v<N>.renkei is a workspace written by each release.
 */
static const RkMigration migrations[] = {
  {
    1,
    /* The base profile that every case study in the guidebook opens with
     * (運営主体, 担当者, 対象圏域, 在宅医療の圏域の設定単位, 情報の時点), and the
     * organisations of the region, shared by every tab.
     *
     * Conventions for every later step: each table has "id INTEGER PRIMARY
     * KEY" (undo and the entity layer address rows by it), no WITHOUT ROWID
     * tables, no INSERT OR REPLACE (use an upsert: the undo log sees its
     * update), and triggers write nothing but full-text index tables.
     */
    "CREATE TABLE workspace_info ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  created_at TEXT NOT NULL,"
    "  created_by TEXT NOT NULL"
    ");"
    "INSERT INTO workspace_info (id, created_at, created_by)"
    "  VALUES (1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'Renkei " PACKAGE_VERSION "');"
    "CREATE TABLE profile ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  name TEXT NOT NULL DEFAULT '',"
    "  operator TEXT NOT NULL DEFAULT '',"
    "  operator_kind TEXT NOT NULL DEFAULT '',"
    "  prefecture TEXT NOT NULL DEFAULT '',"
    "  area_name TEXT NOT NULL DEFAULT '',"
    "  area_unit TEXT NOT NULL DEFAULT '',"
    "  as_of TEXT NOT NULL DEFAULT ''"
    "    CHECK (as_of = '' OR as_of GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),"
    "  address TEXT NOT NULL DEFAULT '',"
    "  phone TEXT NOT NULL DEFAULT '',"
    "  email TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "INSERT INTO profile (id) VALUES (1);"
    "CREATE TABLE staff ("
    "  id INTEGER PRIMARY KEY,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  profession TEXT NOT NULL DEFAULT '',"
    "  headcount INTEGER NOT NULL DEFAULT 1 CHECK (headcount >= 0)"
    ");"
    "CREATE TABLE municipality ("
    "  id INTEGER PRIMARY KEY,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  code TEXT NOT NULL DEFAULT ''"
    "    CHECK (code = '' OR code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),"
    "  name TEXT NOT NULL DEFAULT '',"
    "  prefecture TEXT NOT NULL DEFAULT '',"
    "  population INTEGER CHECK (population >= 0),"
    "  elderly_population INTEGER CHECK (elderly_population >= 0),"
    "  CHECK (population IS NULL OR elderly_population IS NULL"
    "         OR elderly_population <= population)"
    ");"
    "CREATE UNIQUE INDEX municipality_code ON municipality (code) WHERE code <> '';"
    "CREATE TABLE organization ("
    "  id INTEGER PRIMARY KEY,"
    "  kind TEXT NOT NULL DEFAULT 'other',"
    "  subkind TEXT NOT NULL DEFAULT '',"
    "  name TEXT NOT NULL DEFAULT '',"
    "  kana TEXT NOT NULL DEFAULT '',"
    "  municipality_code TEXT NOT NULL DEFAULT '',"
    "  postal_code TEXT NOT NULL DEFAULT '',"
    "  address TEXT NOT NULL DEFAULT '',"
    "  phone TEXT NOT NULL DEFAULT '',"
    "  fax TEXT NOT NULL DEFAULT '',"
    "  email TEXT NOT NULL DEFAULT '',"
    "  url TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX organization_kind ON organization (kind, name);"
    "CREATE INDEX organization_municipality ON organization (municipality_code);"
  },
  {
    6,
    /* 人材育成 and 普及啓発 (guidebook 第2章4–5): one row per training
     * session (研修), item of information shared with professionals (会報,
     * 資源マップ …) or awareness activity for residents (公開講座, 動画 …),
     * dated so that a fiscal year's record can be reported. kind is a term
     * of the list that belongs to the category (rk-vocabulary.h); reach is
     * the people reached or copies given out (NULL: not known); functions
     * is an RkFunctions set. A training session's participants are counted
     * by profession in activity_participant, which goes with its activity.
     */
    "CREATE TABLE activity ("
    "  id INTEGER PRIMARY KEY,"
    "  category TEXT NOT NULL DEFAULT 'training'"
    "    CHECK (category IN ('training', 'sharing', 'outreach')),"
    "  held_on TEXT NOT NULL DEFAULT ''"
    "    CHECK (held_on = '' OR held_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  title TEXT NOT NULL DEFAULT '',"
    "  kind TEXT NOT NULL DEFAULT '',"
    "  audience TEXT NOT NULL DEFAULT '',"
    "  venue TEXT NOT NULL DEFAULT '',"
    "  channel TEXT NOT NULL DEFAULT '',"
    "  reach INTEGER CHECK (reach >= 0),"
    "  partners TEXT NOT NULL DEFAULT '',"
    "  functions INTEGER NOT NULL DEFAULT 0 CHECK (functions BETWEEN 0 AND 31),"
    "  evaluation TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX activity_held_on ON activity (held_on, id);"
    "CREATE TABLE activity_participant ("
    "  id INTEGER PRIMARY KEY,"
    "  activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  profession TEXT NOT NULL DEFAULT '',"
    "  headcount INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0)"
    ");"
    "CREATE INDEX activity_participant_activity ON activity_participant (activity_id, position);"
  },
};

static const RkMigration *override_migrations;
static guint override_n_migrations;

const RkMigration *
_rk_database_get_migrations (guint *n_migrations)
{
  if (override_migrations != NULL)
    {
      *n_migrations = override_n_migrations;
      return override_migrations;
    }

  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

void
_rk_database_set_migrations_for_testing (const RkMigration *list,
                                         guint              n_list)
{
  override_migrations = list;
  override_n_migrations = n_list;
}
