/* rk-sample.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-sample"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rk-entity.h"
#include "rk-municipality.h"
#include "rk-organization.h"
#include "rk-profile.h"
#include "rk-sample.h"
#include "rk-sample-private.h"
#include "rk-staff.h"
#include "rk-vocabulary.h"

/* The sample workspace shows a new user what a filled-in region looks
 * like: a base run by a city medical association for a secondary medical
 * area of three municipalities. Every name, number and address in it is
 * invented. The text is Japanese whatever the user's language, as the
 * data of a real Japanese region would be.
 */

typedef gboolean (*SampleFiller) (RkDatabase  *db,
                                  GError     **error);

/* Each filler with the schema version whose tables it fills, so that a
 * workspace of an older version can be made with the data it could hold
 * (the fixtures of tests/data).
 */
static const struct {
  int          version;
  SampleFiller fill;
} fillers[] = {
  { 1, _rk_sample_fill_profile },
  { 2, _rk_sample_fill_resources },
  { 3, _rk_sample_fill_meetings },
  { 4, _rk_sample_fill_logic_models },
  { 5, _rk_sample_fill_bcp },
  { 6, _rk_sample_fill_training },
  { 7, _rk_sample_fill_links },
};

static const struct {
  const char *code5;
  const char *name;
  gint64      population;
  gint64      elderly;
} municipalities[] = {
  { "99201", "さくら市", 152340, 46210 },
  { "99341", "みなと町", 18420, 6950 },
  { "99382", "やまべ村", 4310, 1905 },
};

static const struct {
  const char *profession;
  int         headcount;
} staff[] = {
  { "public_health_nurse", 2 },
  { "social_worker", 1 },
  { "care_manager", 1 },
  { "administrative", 1 },
};

static const struct {
  const char *kind;
  const char *subkind;
  const char *name;
  const char *kana;
  const char *code5;
} organizations[] = {
  { "government", "市町村", "さくら市 健康福祉部 高齢福祉課", "サクラシ ケンコウフクシブ コウレイフクシカ", "99201" },
  { "government", "市町村", "みなと町 保健福祉課", "ミナトマチ ホケンフクシカ", "99341" },
  { "government", "市町村", "やまべ村 住民福祉課", "ヤマベムラ ジュウミンフクシカ", "99382" },
  { "government", "保健所", "青葉県さくら保健所", "アオバケンサクラホケンジョ", "99201" },
  { "government", "都道府県", "青葉県 健康福祉部 医療政策課", "アオバケン ケンコウフクシブ イリョウセイサクカ", "" },
  { "fire_department", "", "さくら地区広域消防本部", "サクラチクコウイキショウボウホンブ", "99201" },
  { "association", "医師会", "一般社団法人さくら市医師会", "サクラシイシカイ", "99201" },
  { "association", "歯科医師会", "一般社団法人さくら歯科医師会", "サクラシカイシカイ", "99201" },
  { "association", "薬剤師会", "一般社団法人さくら薬剤師会", "サクラヤクザイシカイ", "99201" },
  { "association", "看護協会", "公益社団法人青葉県看護協会 さくら地区支部", "アオバケンカンゴキョウカイ サクラチクシブ", "99201" },
  { "association", "訪問看護ステーション連絡協議会", "青葉県訪問看護ステーション連絡協議会", "アオバケンホウモンカンゴステーションレンラクキョウギカイ", "" },
  { "association", "介護支援専門員協会", "さくら地区介護支援専門員協会", "サクラチクカイゴシエンセンモンインキョウカイ", "99201" },
  { "association", "社会福祉協議会", "社会福祉法人さくら市社会福祉協議会", "サクラシシャカイフクシキョウギカイ", "99201" },
};

gint64
_rk_sample_organization (RkDatabase  *db,
                         const char  *kind,
                         const char  *name,
                         const char  *code5,
                         GError     **error)
{
  g_autoptr(RkEntity) row = NULL;
  g_autofree char *code = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = rk_database_prepare (db, "SELECT id FROM organization WHERE name = ?", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      rk_statement_reset (stmt);
      return id;
    }
  rk_statement_reset (stmt);

  if (code5 != NULL && code5[0] != '\0')
    code = g_strdup_printf ("%s%c", code5, rk_municipality_code_check_digit (code5));

  row = rk_entity_create (db, RK_TYPE_ORGANIZATION, NULL, error,
                          "kind", kind,
                          "name", name,
                          "municipality-code", code != NULL ? code : "",
                          NULL);
  return row != NULL ? rk_entity_get_id (row) : 0;
}

gboolean
_rk_sample_fill_profile (RkDatabase  *db,
                         GError     **error)
{
  g_autoptr(RkProfile) profile = rk_profile_get (db, error);

  if (profile == NULL ||
      !rk_entity_update (RK_ENTITY (profile), NULL, error,
                         "name", "さくら在宅医療連携拠点",
                         "operator", "一般社団法人さくら市医師会 在宅医療・介護連携支援センター",
                         "operator-kind", "medical_association",
                         "prefecture", RK_SAMPLE_PREFECTURE,
                         "area-name", "さくら圏域",
                         "area-unit", "secondary_medical_area",
                         "as-of", "2026-10",
                         "address", "青葉県さくら市中央一丁目2番3号 さくら市医師会館2階",
                         "phone", "099-000-1234",
                         "email", "renkei@sakura-med.example.jp",
                         "notes", "在宅医療・介護連携推進事業（さくら市・みなと町・やまべ村から受託）と一体で運営。",
                         NULL))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    {
      g_autoptr(RkEntity) row = rk_entity_create (db, RK_TYPE_STAFF, NULL, error,
                                                  "position", (int) i,
                                                  "profession", staff[i].profession,
                                                  "headcount", staff[i].headcount,
                                                  NULL);
      if (row == NULL)
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (municipalities); i++)
    {
      g_autofree char *code = g_strdup_printf ("%s%c", municipalities[i].code5,
                                               rk_municipality_code_check_digit (municipalities[i].code5));
      g_autoptr(RkEntity) row = rk_entity_create (db, RK_TYPE_MUNICIPALITY, NULL, error,
                                                  "position", (int) i,
                                                  "code", code,
                                                  "name", municipalities[i].name,
                                                  "prefecture", RK_SAMPLE_PREFECTURE,
                                                  "population", municipalities[i].population,
                                                  "elderly-population", municipalities[i].elderly,
                                                  NULL);
      if (row == NULL)
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (organizations); i++)
    {
      g_autofree char *code = NULL;
      g_autoptr(RkEntity) row = NULL;

      if (organizations[i].code5[0] != '\0')
        code = g_strdup_printf ("%s%c", organizations[i].code5,
                                rk_municipality_code_check_digit (organizations[i].code5));

      row = rk_entity_create (db, RK_TYPE_ORGANIZATION, NULL, error,
                              "kind", organizations[i].kind,
                              "subkind", organizations[i].subkind,
                              "name", organizations[i].name,
                              "kana", organizations[i].kana,
                              "municipality-code", code != NULL ? code : "",
                              NULL);
      if (row == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * rk_sample_fill:
 * @db: an empty workspace
 * @error: return location for an error
 *
 * Writes the sample region into @db in one transaction (all or nothing):
 * as much of it as @db's schema version can hold.
 */
gboolean
rk_sample_fill (RkDatabase  *db,
                GError     **error)
{
  g_autoptr(RkTransaction) tx = NULL;

  g_return_val_if_fail (RK_IS_DATABASE (db), FALSE);

  tx = rk_database_begin (db, NULL, error);
  if (tx == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fillers); i++)
    if (fillers[i].version <= rk_database_get_schema_version (db) &&
        !fillers[i].fill (db, error))
      return FALSE;

  return rk_transaction_commit (tx, error);
}

/**
 * rk_sample_create:
 * @path: where the sample goes; must not exist yet
 * @error: return location for an error
 *
 * Creates a workspace holding the sample region. On failure no file is
 * left behind.
 *
 * Returns: (transfer full) (nullable): the open sample workspace
 */
RkDatabase *
rk_sample_create (const char  *path,
                  GError     **error)
{
  g_autoptr(RkDatabase) db = rk_database_create (path, error);

  if (db == NULL)
    return NULL;

  if (!rk_sample_fill (db, error))
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      rk_database_close (db);
      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      return NULL;
    }

  return g_steal_pointer (&db);
}
