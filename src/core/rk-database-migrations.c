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
    3,
    /* Meetings: coordination meetings (一次・二次・三次連携, 全体会議, working
     * groups) with their participants and agenda, the working groups and
     * their yearly cycle, and the issue register that runs across meetings
     * (課題 → 対応策 → 経過 → 評価).
     *
     * Issues and countermeasures use AUTOINCREMENT so that an id is never
     * given to another row, even after the last one was deleted: logic
     * models link their 個別施策 to countermeasure(id), and a printed
     * register names issues by number. Organisations that took part are
     * kept (ON DELETE RESTRICT): an attendance record must not lose who
     * attended. A meeting that raised issues cannot be deleted under them
     * (RESTRICT); rk_meeting_delete() first writes where they were raised
     * into raised_note.
     */
    "CREATE TABLE working_group ("
    "  id INTEGER PRIMARY KEY,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  theme TEXT NOT NULL DEFAULT '',"
    "  meetings_per_year INTEGER NOT NULL DEFAULT 3 CHECK (meetings_per_year BETWEEN 0 AND 99),"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE TABLE working_group_member ("
    "  id INTEGER PRIMARY KEY,"
    "  working_group_id INTEGER NOT NULL REFERENCES working_group (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  organization_id INTEGER REFERENCES organization (id) ON DELETE RESTRICT,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  role TEXT NOT NULL DEFAULT '',"
    "  category TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX working_group_member_group ON working_group_member (working_group_id, position);"
    "CREATE INDEX working_group_member_organization ON working_group_member (organization_id);"
    "CREATE TABLE working_group_cycle ("
    "  id INTEGER PRIMARY KEY,"
    "  working_group_id INTEGER NOT NULL REFERENCES working_group (id) ON DELETE CASCADE,"
    "  fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 9999),"
    "  stage TEXT NOT NULL DEFAULT 'extraction'"
    "    CHECK (stage IN ('extraction', 'decision', 'implementation', 'evaluation', 'completed')),"
    "  extraction_notes TEXT NOT NULL DEFAULT '',"
    "  decision_notes TEXT NOT NULL DEFAULT '',"
    "  implementation_notes TEXT NOT NULL DEFAULT '',"
    "  evaluation_notes TEXT NOT NULL DEFAULT '',"
    "  UNIQUE (working_group_id, fiscal_year)"
    ");"
    "CREATE TABLE meeting ("
    "  id INTEGER PRIMARY KEY,"
    "  title TEXT NOT NULL DEFAULT '',"
    "  kind TEXT NOT NULL DEFAULT 'secondary'"
    "    CHECK (kind IN ('primary', 'secondary', 'plenary', 'working_group', 'training')),"
    "  date TEXT NOT NULL DEFAULT ''"
    "    CHECK (date = '' OR date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  start_time TEXT NOT NULL DEFAULT ''"
    "    CHECK (start_time = '' OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),"
    "  end_time TEXT NOT NULL DEFAULT ''"
    "    CHECK (end_time = '' OR end_time GLOB '[0-2][0-9]:[0-5][0-9]'),"
    "  place TEXT NOT NULL DEFAULT '',"
    "  online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),"
    "  joint INTEGER NOT NULL DEFAULT 0 CHECK (joint IN (0, 1)),"
    "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),"
    "  working_group_id INTEGER REFERENCES working_group (id) ON DELETE SET NULL,"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX meeting_date ON meeting (date, start_time);"
    "CREATE INDEX meeting_working_group ON meeting (working_group_id);"
    "CREATE TABLE participant ("
    "  id INTEGER PRIMARY KEY,"
    "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  organization_id INTEGER REFERENCES organization (id) ON DELETE RESTRICT,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  role TEXT NOT NULL DEFAULT '',"
    "  category TEXT NOT NULL DEFAULT '',"
    "  invited INTEGER NOT NULL DEFAULT 1 CHECK (invited IN (0, 1)),"
    "  attended INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1))"
    ");"
    "CREATE INDEX participant_meeting ON participant (meeting_id, position);"
    "CREATE INDEX participant_organization ON participant (organization_id);"
    "CREATE TABLE agenda_item ("
    "  id INTEGER PRIMARY KEY,"
    "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  step TEXT NOT NULL DEFAULT 'situation' CHECK (step IN ('situation', 'issues', 'measures')),"
    "  title TEXT NOT NULL DEFAULT '',"
    "  functions INTEGER NOT NULL DEFAULT 0 CHECK (functions BETWEEN 0 AND 31),"
    "  minutes TEXT NOT NULL DEFAULT '',"
    "  decisions TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);"
    "CREATE TABLE issue ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  title TEXT NOT NULL DEFAULT '',"
    "  description TEXT NOT NULL DEFAULT '',"
    "  functions INTEGER NOT NULL DEFAULT 0 CHECK (functions BETWEEN 0 AND 31),"
    "  priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),"
    "  status TEXT NOT NULL DEFAULT 'open'"
    "    CHECK (status IN ('open', 'in_progress', 'resolved', 'dropped')),"
    "  raised_meeting_id INTEGER REFERENCES meeting (id) ON DELETE RESTRICT,"
    "  raised_note TEXT NOT NULL DEFAULT '',"
    "  raised_on TEXT NOT NULL DEFAULT ''"
    "    CHECK (raised_on = '' OR raised_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  closed_on TEXT NOT NULL DEFAULT ''"
    "    CHECK (closed_on = '' OR closed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  working_group_id INTEGER REFERENCES working_group (id) ON DELETE SET NULL,"
    "  evaluation TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX issue_raised_meeting ON issue (raised_meeting_id);"
    "CREATE INDEX issue_working_group ON issue (working_group_id);"
    "CREATE TABLE countermeasure ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  issue_id INTEGER NOT NULL REFERENCES issue (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  what TEXT NOT NULL DEFAULT '',"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  due_date TEXT NOT NULL DEFAULT ''"
    "    CHECK (due_date = '' OR due_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  status TEXT NOT NULL DEFAULT 'planned'"
    "    CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),"
    "  decided_on TEXT NOT NULL DEFAULT ''"
    "    CHECK (decided_on = '' OR decided_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,"
    "  completed_on TEXT NOT NULL DEFAULT ''"
    "    CHECK (completed_on = '' OR completed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  evaluation TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX countermeasure_issue ON countermeasure (issue_id, position);"
    "CREATE INDEX countermeasure_meeting ON countermeasure (meeting_id);"
    "CREATE TABLE issue_progress ("
    "  id INTEGER PRIMARY KEY,"
    "  issue_id INTEGER NOT NULL REFERENCES issue (id) ON DELETE CASCADE,"
    "  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,"
    "  noted_on TEXT NOT NULL DEFAULT ''"
    "    CHECK (noted_on = '' OR noted_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  note TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX issue_progress_issue ON issue_progress (issue_id, noted_on);"
    "CREATE INDEX issue_progress_meeting ON issue_progress (meeting_id);"
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
