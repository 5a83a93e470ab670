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
    2,
    /* The resource directory (資源). A resource is an organisation row: the
     * common facts the guidebook's resource slide asks for (営業時間, 対応地域,
     * 在宅医療対応の可否 and its days and hours, 施設規模, 相談窓口), the
     * position for the map, and where the facts came from (the open-data
     * file and its date, or local entry) and when they were last confirmed.
     * Imports match rows by (source, source_id) and remember the values
     * they wrote (source_values), so a later import can tell the
     * coordinator's own corrections from its own and leave them alone.
     *
     * Capabilities are data, not columns: capability lists what can be
     * known about each kind (seeded with the guidebook's table; a new one
     * is a row), and resource_capability holds each resource's answer with
     * when, how and by whom it was confirmed. Their foreign keys are
     * deferred, so that undoing the deletion of a resource may put its
     * capabilities back before the resource itself.
     *
     * organization_fts indexes what the search box looks at, through the
     * "rk" tokenizer (rk-search.c), kept up to date by triggers.
     */
    "ALTER TABLE organization ADD COLUMN short_name TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN corporation TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN hours TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN closed_days TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN specialities TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN service_area TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN home_care TEXT NOT NULL DEFAULT ''"
    "  CHECK (home_care IN ('', 'yes', 'no'));"
    "ALTER TABLE organization ADD COLUMN home_care_hours TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN beds INTEGER CHECK (beds >= 0);"
    "ALTER TABLE organization ADD COLUMN capacity INTEGER CHECK (capacity >= 0);"
    "ALTER TABLE organization ADD COLUMN size_note TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN consultation TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN latitude REAL CHECK (latitude BETWEEN -90 AND 90);"
    "ALTER TABLE organization ADD COLUMN longitude REAL CHECK (longitude BETWEEN -180 AND 180);"
    "ALTER TABLE organization ADD COLUMN position_note TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1));"
    "ALTER TABLE organization ADD COLUMN closed_on TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN source TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN source_id TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN source_file TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN source_date TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN source_values TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE organization ADD COLUMN confirmed_on TEXT NOT NULL DEFAULT ''"
    "  CHECK (confirmed_on = '' OR confirmed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');"
    "ALTER TABLE organization ADD COLUMN confirmed_method TEXT NOT NULL DEFAULT ''"
    "  CHECK (confirmed_method IN ('', 'phone', 'survey', 'visit', 'open_data'));"
    "ALTER TABLE organization ADD COLUMN confirmed_by TEXT NOT NULL DEFAULT '';"
    "CREATE UNIQUE INDEX organization_source ON organization (source, source_id)"
    "  WHERE source <> '';"
    /* The list's order with its filter on closed: read from the index
     * alone (the id is the index's rowid), without visiting 200k rows. */
    "CREATE INDEX organization_kana ON organization (closed, kana, name);"
    "CREATE TABLE capability ("
    "  id INTEGER PRIMARY KEY,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  code TEXT NOT NULL DEFAULT '',"
    "  label TEXT NOT NULL DEFAULT '',"
    "  grouping TEXT NOT NULL DEFAULT '',"
    "  kinds TEXT NOT NULL DEFAULT '',"
    "  functions INTEGER NOT NULL DEFAULT 0 CHECK (functions >= 0),"
    "  value_type TEXT NOT NULL DEFAULT 'yesno' CHECK (value_type IN ('yesno', 'text')),"
    "  coverage INTEGER NOT NULL DEFAULT 0 CHECK (coverage IN (0, 1)),"
    "  description TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE UNIQUE INDEX capability_code ON capability (code) WHERE code <> '';"
    "CREATE TABLE resource_capability ("
    "  id INTEGER PRIMARY KEY,"
    "  organization_id INTEGER NOT NULL REFERENCES organization (id)"
    "    ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    "  capability_id INTEGER NOT NULL REFERENCES capability (id)"
    "    ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    "  value TEXT NOT NULL DEFAULT '',"
    "  note TEXT NOT NULL DEFAULT '',"
    "  confirmed_on TEXT NOT NULL DEFAULT ''"
    "    CHECK (confirmed_on = '' OR confirmed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  confirmed_method TEXT NOT NULL DEFAULT ''"
    "    CHECK (confirmed_method IN ('', 'phone', 'survey', 'visit', 'open_data')),"
    "  confirmed_by TEXT NOT NULL DEFAULT '',"
    "  source TEXT NOT NULL DEFAULT '',"
    "  UNIQUE (organization_id, capability_id)"
    ");"
    "CREATE INDEX resource_capability_capability ON resource_capability (capability_id, value);"
    /* The guidebook's table 関係機関の種類ごとに把握する内容の例 (kinds are
     * RK_TERMS_ORGANIZATION_KIND codes; functions are RkFunctions bits).
     */
    "INSERT INTO capability (position, code, label, grouping, kinds, functions, value_type, coverage) VALUES"
    "  (1, 'home_visit', '訪問診療', '在宅医療', 'hospital clinic', 2, 'yesno', 1),"
    "  (2, 'house_call', '往診', '在宅医療', 'hospital clinic', 4, 'yesno', 1),"
    "  (3, 'home_death', '在宅看取り', '在宅医療', 'hospital clinic', 8, 'yesno', 1),"
    "  (4, 'home_support', '在宅療養支援診療所・病院', '在宅医療', 'hospital clinic', 6, 'yesno', 0),"
    "  (5, 'backup_hospital', '在宅療養後方支援病院', '在宅医療', 'hospital', 5, 'yesno', 0),"
    "  (6, 'discharge_desk', '入退院支援の窓口', '在宅医療', 'hospital', 1, 'yesno', 0),"
    "  (7, 'facility_partner', '高齢者施設等の協力医療機関', '在宅医療', 'hospital clinic', 4, 'yesno', 0),"
    "  (8, 'gastrostomy', '胃ろう管理', '対応可能な医療処置', 'hospital clinic home_nursing care_facility', 2, 'yesno', 0),"
    "  (9, 'tracheostomy', '気管カニューレ管理', '対応可能な医療処置', 'hospital clinic home_nursing care_facility', 2, 'yesno', 0),"
    "  (10, 'tpn', '中心静脈栄養', '対応可能な医療処置', 'hospital clinic home_nursing care_facility pharmacy', 2, 'yesno', 0),"
    "  (11, 'ventilator', '人工呼吸器管理', '対応可能な医療処置', 'hospital clinic home_nursing care_facility', 22, 'yesno', 1),"
    "  (12, 'home_oxygen', '在宅酸素療法', '対応可能な医療処置', 'hospital clinic home_nursing care_facility', 2, 'yesno', 0),"
    "  (13, 'suction', '喀痰吸引', '対応可能な医療処置', 'hospital clinic home_nursing care_facility home_help', 2, 'yesno', 0),"
    "  (14, 'pressure_ulcer', '褥瘡の処置', '対応可能な医療処置', 'hospital clinic home_nursing care_facility', 2, 'yesno', 0),"
    "  (15, 'urinary_catheter', '尿道カテーテル管理', '対応可能な医療処置', 'hospital clinic home_nursing care_facility', 2, 'yesno', 0),"
    "  (16, 'stoma', 'ストーマ管理', '対応可能な医療処置', 'hospital clinic home_nursing care_facility', 2, 'yesno', 0),"
    "  (17, 'cancer_pain', 'がん疼痛管理（医療用麻薬）', '対応可能な医療処置', 'hospital clinic home_nursing care_facility', 8, 'yesno', 0),"
    "  (18, 'home_patients', '在宅患者への対応', '対応する患者', 'dental_clinic pharmacy home_rehabilitation nutrition_care_station', 2, 'yesno', 0),"
    "  (19, 'pediatric', '小児への対応', '対応する患者', 'hospital clinic dental_clinic pharmacy home_nursing home_rehabilitation nutrition_care_station', 2, 'yesno', 1),"
    "  (20, 'psychiatric', '精神科への対応', '対応する患者', 'hospital clinic home_nursing', 2, 'yesno', 0),"
    "  (21, 'around_clock', '24時間対応', '対応する患者', 'hospital clinic home_nursing', 4, 'yesno', 1),"
    "  (22, 'terminal_care', 'ターミナルケア', '対応する患者', 'home_nursing', 8, 'yesno', 1),"
    "  (23, 'care_management_attached', '居宅介護支援事業所の併設', '対応する患者', 'home_nursing', 2, 'yesno', 0),"
    "  (24, 'after_hours', '開局時間外の対応', '薬局機能', 'pharmacy', 4, 'yesno', 0),"
    "  (25, 'narcotics', '医療用麻薬（注射剤含む）', '薬局機能', 'pharmacy', 10, 'yesno', 1),"
    "  (26, 'medical_supplies', '医療材料・衛生材料', '薬局機能', 'pharmacy', 2, 'yesno', 0),"
    "  (27, 'controlled_devices', '高度管理医療機器', '薬局機能', 'pharmacy', 2, 'yesno', 0),"
    "  (28, 'aseptic', '無菌製剤処理', '薬局機能', 'pharmacy', 2, 'yesno', 1),"
    "  (29, 'opioid_infusion', '医療用麻薬の持続注射療法', '薬局機能', 'pharmacy', 8, 'yesno', 0),"
    "  (30, 'health_support', '健康サポート薬局', '薬局機能', 'pharmacy', 0, 'yesno', 0),"
    "  (31, 'regional_pharmacy', '地域連携薬局', '薬局機能', 'pharmacy', 3, 'yesno', 0),"
    "  (32, 'specialized_pharmacy', '専門医療機関連携薬局', '薬局機能', 'pharmacy', 2, 'yesno', 0),"
    "  (33, 'pt', '理学療法士', '配置職種', 'home_rehabilitation care_facility', 2, 'yesno', 0),"
    "  (34, 'ot', '作業療法士', '配置職種', 'home_rehabilitation care_facility', 2, 'yesno', 0),"
    "  (35, 'st', '言語聴覚士', '配置職種', 'home_rehabilitation care_facility', 2, 'yesno', 0),"
    "  (36, 'facility_staff', '配置職員の職種', '配置職種', 'care_facility', 2, 'text', 0),"
    "  (37, 'svc_care_management', '居宅介護支援（ケアマネジメント）', '対応サービス', 'care_facility', 3, 'yesno', 0),"
    "  (38, 'svc_short_stay', 'ショートステイ', '対応サービス', 'care_facility', 2, 'yesno', 0),"
    "  (39, 'svc_home_help', '訪問介護', '対応サービス', 'care_facility', 2, 'yesno', 0),"
    "  (40, 'svc_day_care', '通所介護', '対応サービス', 'care_facility', 2, 'yesno', 0),"
    "  (41, 'svc_bathing', '入浴介護', '対応サービス', 'care_facility', 2, 'yesno', 0),"
    "  (42, 'partner_hospital', '協力医療機関の定め', '対応サービス', 'care_facility', 4, 'text', 0),"
    "  (43, 'disability_services', '対応サービスの種類', '対応サービス', 'disability_service disability_consultation', 2, 'text', 0),"
    "  (44, 'medical_care_children', '医療的ケア児への対応', '対応する患者', 'disability_service home_nursing', 2, 'yesno', 0),"
    "  (45, 'power_support', '停電時の電源支援（人工呼吸器等）', '災害時', 'hospital clinic home_nursing pharmacy', 16, 'yesno', 0),"
    "  (46, 'bcp', 'BCP（業務継続計画）の策定', '災害時', '', 16, 'yesno', 0);"
    "CREATE VIRTUAL TABLE organization_fts USING fts5 ("
    "  name, kana, short_name, corporation, address, specialities, notes,"
    "  content = 'organization', content_rowid = 'id', tokenize = 'rk');"
    "CREATE TRIGGER organization_fts_insert AFTER INSERT ON organization BEGIN"
    "  INSERT INTO organization_fts (rowid, name, kana, short_name, corporation, address,"
    "                                specialities, notes)"
    "    VALUES (new.id, new.name, new.kana, new.short_name, new.corporation, new.address,"
    "            new.specialities, new.notes);"
    "END;"
    "CREATE TRIGGER organization_fts_delete AFTER DELETE ON organization BEGIN"
    "  INSERT INTO organization_fts (organization_fts, rowid, name, kana, short_name, corporation,"
    "                                address, specialities, notes)"
    "    VALUES ('delete', old.id, old.name, old.kana, old.short_name, old.corporation,"
    "            old.address, old.specialities, old.notes);"
    "END;"
    "CREATE TRIGGER organization_fts_update AFTER UPDATE OF name, kana, short_name, corporation,"
    "  address, specialities, notes ON organization BEGIN"
    "  INSERT INTO organization_fts (organization_fts, rowid, name, kana, short_name, corporation,"
    "                                address, specialities, notes)"
    "    VALUES ('delete', old.id, old.name, old.kana, old.short_name, old.corporation,"
    "            old.address, old.specialities, old.notes);"
    "  INSERT INTO organization_fts (rowid, name, kana, short_name, corporation, address,"
    "                                specialities, notes)"
    "    VALUES (new.id, new.name, new.kana, new.short_name, new.corporation, new.address,"
    "            new.specialities, new.notes);"
    "END;"
    "INSERT INTO organization_fts (organization_fts) VALUES ('rebuild');"
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
  {
    4,
    /* Logic models (issue #5). The indicator master is the workspace's own
     * copy of MHLW's indicator examples (loaded from data/indicators, then
     * edited and extended freely), with values by area, fiscal year and
     * kind; logic models are graphs of boxes on four levels (個別施策 0,
     * 中間アウトカム 1, 分野アウトカム 2, 最終アウトカム 3) with many-to-many
     * links; the PDCA cycle keeps one row per model and fiscal year.
     *
     * A box's link to the meetings' countermeasures is a later step: a
     * table logic_model_node_countermeasure (node_id, countermeasure_id),
     * both ON DELETE CASCADE, beside logic_model_node_indicator.
     */
    "CREATE TABLE indicator ("
    "  id INTEGER PRIMARY KEY,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  code TEXT NOT NULL DEFAULT '',"
    "  edition TEXT NOT NULL DEFAULT 'own',"
    "  category TEXT NOT NULL DEFAULT '' CHECK (category IN ('', 'structure', 'process', 'outcome')),"
    "  functions INTEGER NOT NULL DEFAULT 0 CHECK (functions BETWEEN 0 AND 31),"
    "  name TEXT NOT NULL DEFAULT '',"
    "  priority INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),"
    "  unit TEXT NOT NULL DEFAULT '',"
    "  higher_is_better INTEGER NOT NULL DEFAULT 1 CHECK (higher_is_better IN (0, 1)),"
    "  data_source TEXT NOT NULL DEFAULT '',"
    "  source_document TEXT NOT NULL DEFAULT '',"
    "  verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE UNIQUE INDEX indicator_code ON indicator (code) WHERE code <> '';"
    "CREATE INDEX indicator_order ON indicator (position, id);"
    "CREATE TABLE indicator_value ("
    "  id INTEGER PRIMARY KEY,"
    "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
    "  area_code TEXT NOT NULL DEFAULT ''"
    "    CHECK (area_code = '' OR area_code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),"
    "  fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2200),"
    "  kind TEXT NOT NULL DEFAULT 'actual' CHECK (kind IN ('baseline', 'target', 'actual')),"
    "  value REAL NOT NULL,"
    "  source TEXT NOT NULL DEFAULT '',"
    "  as_of TEXT NOT NULL DEFAULT ''"
    "    CHECK (as_of = '' OR as_of GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE UNIQUE INDEX indicator_value_key"
    "  ON indicator_value (indicator_id, area_code, fiscal_year, kind);"
    "CREATE TABLE logic_model ("
    "  id INTEGER PRIMARY KEY,"
    "  number INTEGER NOT NULL CHECK (number > 0),"
    "  title TEXT NOT NULL DEFAULT '',"
    "  functions INTEGER NOT NULL DEFAULT 0 CHECK (functions BETWEEN 0 AND 31),"
    "  area_code TEXT NOT NULL DEFAULT ''"
    "    CHECK (area_code = '' OR area_code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),"
    "  first_year INTEGER CHECK (first_year BETWEEN 1900 AND 2200),"
    "  last_year INTEGER CHECK (last_year BETWEEN 1900 AND 2200),"
    "  notes TEXT NOT NULL DEFAULT '',"
    "  CHECK (first_year IS NULL OR last_year IS NULL OR first_year <= last_year)"
    ");"
    "CREATE UNIQUE INDEX logic_model_number ON logic_model (number);"
    "CREATE TABLE logic_model_node ("
    "  id INTEGER PRIMARY KEY,"
    "  model_id INTEGER NOT NULL REFERENCES logic_model (id) ON DELETE CASCADE,"
    "  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  number TEXT NOT NULL DEFAULT '',"
    "  text TEXT NOT NULL DEFAULT '',"
    "  actor TEXT NOT NULL DEFAULT '',"
    "  functions INTEGER NOT NULL DEFAULT 0 CHECK (functions BETWEEN 0 AND 31),"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX logic_model_node_model ON logic_model_node (model_id, level, position);"
    "CREATE TABLE logic_model_link ("
    "  id INTEGER PRIMARY KEY,"
    "  source_id INTEGER NOT NULL REFERENCES logic_model_node (id) ON DELETE CASCADE,"
    "  target_id INTEGER NOT NULL REFERENCES logic_model_node (id) ON DELETE CASCADE,"
    "  CHECK (source_id <> target_id)"
    ");"
    "CREATE UNIQUE INDEX logic_model_link_pair ON logic_model_link (source_id, target_id);"
    "CREATE INDEX logic_model_link_target ON logic_model_link (target_id);"
    /* An indicator in use by a box cannot be deleted from the master: the
     * user takes it off the boxes first (the tab says which).
     */
    "CREATE TABLE logic_model_node_indicator ("
    "  id INTEGER PRIMARY KEY,"
    "  node_id INTEGER NOT NULL REFERENCES logic_model_node (id) ON DELETE CASCADE,"
    "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE RESTRICT,"
    "  position INTEGER NOT NULL DEFAULT 0"
    ");"
    "CREATE UNIQUE INDEX logic_model_node_indicator_pair"
    "  ON logic_model_node_indicator (node_id, indicator_id);"
    "CREATE INDEX logic_model_node_indicator_indicator"
    "  ON logic_model_node_indicator (indicator_id);"
    "CREATE TABLE pdca_cycle ("
    "  id INTEGER PRIMARY KEY,"
    "  model_id INTEGER NOT NULL REFERENCES logic_model (id) ON DELETE CASCADE,"
    "  fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2200),"
    "  stage INTEGER NOT NULL DEFAULT 0 CHECK (stage BETWEEN 0 AND 3),"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE UNIQUE INDEX pdca_cycle_year ON pdca_cycle (model_id, fiscal_year);"
    /* An entry that names a box keeps its text when the box is deleted. */
    "CREATE TABLE pdca_entry ("
    "  id INTEGER PRIMARY KEY,"
    "  cycle_id INTEGER NOT NULL REFERENCES pdca_cycle (id) ON DELETE CASCADE,"
    "  stage INTEGER NOT NULL CHECK (stage BETWEEN 0 AND 3),"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  text TEXT NOT NULL DEFAULT '',"
    "  node_id INTEGER REFERENCES logic_model_node (id) ON DELETE SET NULL,"
    "  date TEXT NOT NULL DEFAULT ''"
    "    CHECK (date = '' OR date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')"
    ");"
    "CREATE INDEX pdca_entry_cycle ON pdca_entry (cycle_id, stage, position);"
    "CREATE INDEX pdca_entry_node ON pdca_entry (node_id);"
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
  {
    7,
    /* The link between a logic model's 個別施策 and the countermeasures
     * (対応策) of the meetings' issue register (issues #4 and #5): a problem
     * raised in a meeting, the action decided on it and the indicator that
     * should move are one chain. Many-to-many: one countermeasure can carry
     * out measures of several models, one measure gather the actions of
     * several issues.
     *
     * Both sides CASCADE, since a row here is nothing but the link: a box
     * deleted (or its model) takes its links, and so does a countermeasure
     * deleted, directly or with its issue (countermeasure → issue is ON
     * DELETE CASCADE too). Neither side may block the other (RESTRICT would
     * make a coordinator unlink in another tab before deleting an issue),
     * and nothing but the link is lost. The tabs say so before such a
     * deletion and offer Undo, which puts the links back with the rows.
     * Only measures (level 0) are linked; rk-logic-model-node.c checks it.
     */
    "CREATE TABLE logic_model_node_countermeasure ("
    "  id INTEGER PRIMARY KEY,"
    "  node_id INTEGER NOT NULL REFERENCES logic_model_node (id) ON DELETE CASCADE,"
    "  countermeasure_id INTEGER NOT NULL REFERENCES countermeasure (id) ON DELETE CASCADE"
    ");"
    "CREATE UNIQUE INDEX logic_model_node_countermeasure_pair"
    "  ON logic_model_node_countermeasure (node_id, countermeasure_id);"
    "CREATE INDEX logic_model_node_countermeasure_countermeasure"
    "  ON logic_model_node_countermeasure (countermeasure_id);"
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
