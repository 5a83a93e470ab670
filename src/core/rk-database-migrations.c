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
    5,
    /* Disaster BCP (災害BCP): the region's BCPs of the three kinds of the
     * guidebook (機関型・連携型・地域BCP) with the organisations that took
     * part in each or were given it, its area tasks (地域タスク) and review
     * history; drills (訓練) and who took part; the peacetime checklist of
     * the national survey; and the register of people at home who depend
     * on powered medical devices (災害時個別支援計画).
     *
     * Organisations are referenced with ON DELETE RESTRICT: an organisation
     * that owns a plan, signed an agreement or receives a patient cannot
     * disappear from the directory unnoticed. A plan's own rows go with it
     * (CASCADE); a drill that led to a revision may be deleted, the
     * revision stays (SET NULL).
     *
     * The register holds the most sensitive data of the workspace. It has
     * no full-text index on purpose: FTS5 in SQLite 3.40 keeps deleted
     * tokens in its segments until they are merged, so a person removed
     * from the register would stay in the file. With secure_delete a
     * deleted row is zeroed, and rk_care_person_erase() checkpoints the
     * write-ahead log away.
     */
    "CREATE TABLE bcp_plan ("
    "  id INTEGER PRIMARY KEY,"
    "  kind TEXT NOT NULL DEFAULT 'institutional'"
    "    CHECK (kind IN ('institutional', 'cooperative', 'regional')),"
    "  title TEXT NOT NULL DEFAULT '',"
    "  owner_id INTEGER REFERENCES organization (id) ON DELETE RESTRICT,"
    "  status TEXT NOT NULL DEFAULT 'not_started'"
    "    CHECK (status IN ('not_started', 'drafting', 'done', 'needs_review')),"
    "  version TEXT NOT NULL DEFAULT '',"
    "  plan_date TEXT NOT NULL DEFAULT ''"
    "    CHECK (plan_date = '' OR plan_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  hazards TEXT NOT NULL DEFAULT '',"
    "  activation_rule TEXT NOT NULL DEFAULT '',"
    "  activator_id INTEGER REFERENCES organization (id) ON DELETE RESTRICT,"
    "  activator_note TEXT NOT NULL DEFAULT '',"
    "  agreement TEXT NOT NULL DEFAULT '',"
    "  agreement_date TEXT NOT NULL DEFAULT ''"
    "    CHECK (agreement_date = '' OR agreement_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX bcp_plan_owner ON bcp_plan (owner_id);"
    "CREATE INDEX bcp_plan_activator ON bcp_plan (activator_id);"
    "CREATE TABLE bcp_member ("
    "  id INTEGER PRIMARY KEY,"
    "  plan_id INTEGER NOT NULL REFERENCES bcp_plan (id) ON DELETE CASCADE,"
    "  organization_id INTEGER NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,"
    "  took_part INTEGER NOT NULL DEFAULT 1 CHECK (took_part IN (0, 1)),"
    "  shared_on TEXT NOT NULL DEFAULT ''"
    "    CHECK (shared_on = '' OR shared_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  role TEXT NOT NULL DEFAULT '',"
    "  UNIQUE (plan_id, organization_id)"
    ");"
    "CREATE INDEX bcp_member_organization ON bcp_member (organization_id);"
    "CREATE TABLE bcp_task ("
    "  id INTEGER PRIMARY KEY,"
    "  plan_id INTEGER NOT NULL REFERENCES bcp_plan (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  task TEXT NOT NULL DEFAULT '',"
    "  organization_id INTEGER REFERENCES organization (id) ON DELETE RESTRICT,"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX bcp_task_plan ON bcp_task (plan_id, position);"
    "CREATE INDEX bcp_task_organization ON bcp_task (organization_id);"
    "CREATE TABLE bcp_drill ("
    "  id INTEGER PRIMARY KEY,"
    "  drill_date TEXT NOT NULL DEFAULT ''"
    "    CHECK (drill_date = '' OR drill_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  title TEXT NOT NULL DEFAULT '',"
    "  hazard TEXT NOT NULL DEFAULT '',"
    "  outage_hours INTEGER CHECK (outage_hours >= 0),"
    "  plan_id INTEGER REFERENCES bcp_plan (id) ON DELETE SET NULL,"
    "  relay_minutes INTEGER CHECK (relay_minutes >= 0),"
    "  findings TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX bcp_drill_plan ON bcp_drill (plan_id);"
    "CREATE TABLE bcp_drill_member ("
    "  id INTEGER PRIMARY KEY,"
    "  drill_id INTEGER NOT NULL REFERENCES bcp_drill (id) ON DELETE CASCADE,"
    "  organization_id INTEGER NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,"
    "  role TEXT NOT NULL DEFAULT '',"
    "  UNIQUE (drill_id, organization_id)"
    ");"
    "CREATE INDEX bcp_drill_member_organization ON bcp_drill_member (organization_id);"
    "CREATE TABLE bcp_review ("
    "  id INTEGER PRIMARY KEY,"
    "  plan_id INTEGER NOT NULL REFERENCES bcp_plan (id) ON DELETE CASCADE,"
    "  review_date TEXT NOT NULL DEFAULT ''"
    "    CHECK (review_date = '' OR review_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  version TEXT NOT NULL DEFAULT '',"
    "  summary TEXT NOT NULL DEFAULT '',"
    "  drill_id INTEGER REFERENCES bcp_drill (id) ON DELETE SET NULL"
    ");"
    "CREATE INDEX bcp_review_plan ON bcp_review (plan_id, review_date);"
    "CREATE INDEX bcp_review_drill ON bcp_review (drill_id);"
    "CREATE TABLE bcp_check ("
    "  id INTEGER PRIMARY KEY,"
    "  item TEXT NOT NULL UNIQUE,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
    "  done_on TEXT NOT NULL DEFAULT ''"
    "    CHECK (done_on = '' OR done_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "INSERT INTO bcp_check (item, position) VALUES"
    "  ('vulnerable_people', 0), ('evacuation_support', 1), ('initial_manual', 2),"
    "  ('bcp_support', 3), ('bcp_sharing', 4), ('drills', 5), ('power_supply', 6),"
    "  ('hospital_transport', 7);"
    "CREATE TABLE care_person ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  kana TEXT NOT NULL DEFAULT '',"
    "  birth_date TEXT NOT NULL DEFAULT ''"
    "    CHECK (birth_date = '' OR birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  sex TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'female', 'male', 'other')),"
    "  address TEXT NOT NULL DEFAULT '',"
    "  phone TEXT NOT NULL DEFAULT '',"
    "  condition TEXT NOT NULL DEFAULT '',"
    "  doctor_id INTEGER REFERENCES organization (id) ON DELETE RESTRICT,"
    "  doctor_name TEXT NOT NULL DEFAULT '',"
    "  nurse_id INTEGER REFERENCES organization (id) ON DELETE RESTRICT,"
    "  backup_spare_battery INTEGER NOT NULL DEFAULT 0 CHECK (backup_spare_battery IN (0, 1)),"
    "  backup_storage_battery INTEGER NOT NULL DEFAULT 0 CHECK (backup_storage_battery IN (0, 1)),"
    "  backup_car INTEGER NOT NULL DEFAULT 0 CHECK (backup_car IN (0, 1)),"
    "  backup_generator INTEGER NOT NULL DEFAULT 0 CHECK (backup_generator IN (0, 1)),"
    "  backup_notes TEXT NOT NULL DEFAULT '',"
    "  destination TEXT NOT NULL DEFAULT ''"
    "    CHECK (destination IN ('', 'home', 'hospital', 'welfare_shelter')),"
    "  hospital_id INTEGER REFERENCES organization (id) ON DELETE RESTRICT,"
    "  transport TEXT NOT NULL DEFAULT '',"
    "  consent_date TEXT NOT NULL DEFAULT ''"
    "    CHECK (consent_date = '' OR consent_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  consent_scope TEXT NOT NULL DEFAULT '',"
    "  reviewed_on TEXT NOT NULL DEFAULT ''"
    "    CHECK (reviewed_on = '' OR reviewed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX care_person_doctor ON care_person (doctor_id);"
    "CREATE INDEX care_person_nurse ON care_person (nurse_id);"
    "CREATE INDEX care_person_hospital ON care_person (hospital_id);"
    "CREATE TABLE care_contact ("
    "  id INTEGER PRIMARY KEY,"
    "  person_id INTEGER NOT NULL REFERENCES care_person (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  kind TEXT NOT NULL DEFAULT 'family' CHECK (kind IN ('family', 'supporter')),"
    "  name TEXT NOT NULL DEFAULT '',"
    "  relation TEXT NOT NULL DEFAULT '',"
    "  phone TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX care_contact_person ON care_contact (person_id, kind, position);"
    "CREATE TABLE care_device ("
    "  id INTEGER PRIMARY KEY,"
    "  person_id INTEGER NOT NULL REFERENCES care_person (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  device TEXT NOT NULL DEFAULT '',"
    "  model TEXT NOT NULL DEFAULT '',"
    "  usage TEXT NOT NULL DEFAULT '',"
    "  internal_hours REAL CHECK (internal_hours >= 0),"
    "  external_hours REAL CHECK (external_hours >= 0),"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX care_device_person ON care_device (person_id, position);"
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
