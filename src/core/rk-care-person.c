/* rk-care-person.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-care-person"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "rk-care-person.h"

/* The first workspace format that has the register: older migration
 * backups cannot hold anyone.
 */
#define FIRST_REGISTER_VERSION 5

/**
 * RkCarePerson:
 *
 * One person of the register of people at home who depend on powered
 * medical devices (在宅人工呼吸器使用者等): the personal data of a
 * 災害時個別支援計画. Never log, title or name a file after any of it.
 */
struct _RkCarePerson
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RkCarePerson, rk_care_person, RK_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KANA,
  PROP_BIRTH_DATE,
  PROP_SEX,
  PROP_ADDRESS,
  PROP_PHONE,
  PROP_CONDITION,
  PROP_DOCTOR_ID,
  PROP_DOCTOR_NAME,
  PROP_NURSE_ID,
  PROP_BACKUP_SPARE_BATTERY,
  PROP_BACKUP_STORAGE_BATTERY,
  PROP_BACKUP_CAR,
  PROP_BACKUP_GENERATOR,
  PROP_BACKUP_NOTES,
  PROP_DESTINATION,
  PROP_HOSPITAL_ID,
  PROP_TRANSPORT,
  PROP_CONSENT_DATE,
  PROP_CONSENT_SCOPE,
  PROP_REVIEWED_ON,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_care_person_class_init (RkCarePersonClass *klass)
{
  RkEntityClass *entity_class = RK_ENTITY_CLASS (klass);

  rk_entity_class_set_table (entity_class, "care_person");

  /* 氏名 */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* ふりがな */
  properties[PROP_KANA] =
    g_param_spec_string ("kana", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 生年月日, YYYY-MM-DD or empty */
  properties[PROP_BIRTH_DATE] =
    g_param_spec_string ("birth-date", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* an RK_BCP_TERMS_SEX code, or empty */
  properties[PROP_SEX] =
    g_param_spec_string ("sex", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 住所 */
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 電話番号 */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 疾患名・避難支援等を必要とする事由 */
  properties[PROP_CONDITION] =
    g_param_spec_string ("condition", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* かかりつけ医: an organization id, -1 for none */
  properties[PROP_DOCTOR_ID] =
    g_param_spec_int64 ("doctor-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 担当医 */
  properties[PROP_DOCTOR_NAME] =
    g_param_spec_string ("doctor-name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 訪問看護: an organization id, -1 for none */
  properties[PROP_NURSE_ID] =
    g_param_spec_int64 ("nurse-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 機種専用の予備バッテリー */
  properties[PROP_BACKUP_SPARE_BATTERY] =
    g_param_spec_boolean ("backup-spare-battery", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 市販の蓄電池 */
  properties[PROP_BACKUP_STORAGE_BATTERY] =
    g_param_spec_boolean ("backup-storage-battery", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 自動車からの給電 */
  properties[PROP_BACKUP_CAR] =
    g_param_spec_boolean ("backup-car", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 発電機 */
  properties[PROP_BACKUP_GENERATOR] =
    g_param_spec_boolean ("backup-generator", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 電源確保の備考 */
  properties[PROP_BACKUP_NOTES] =
    g_param_spec_string ("backup-notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 避難先: an RK_BCP_TERMS_DESTINATION code, or empty */
  properties[PROP_DESTINATION] =
    g_param_spec_string ("destination", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 受入医療機関: an organization id, -1 for none */
  properties[PROP_HOSPITAL_ID] =
    g_param_spec_int64 ("hospital-id", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 搬送方法 */
  properties[PROP_TRANSPORT] =
    g_param_spec_string ("transport", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 情報共有への同意日, YYYY-MM-DD or empty */
  properties[PROP_CONSENT_DATE] =
    g_param_spec_string ("consent-date", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 同意の範囲 (共有先) */
  properties[PROP_CONSENT_SCOPE] =
    g_param_spec_string ("consent-scope", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 最終見直し日, YYYY-MM-DD or empty */
  properties[PROP_REVIEWED_ON] =
    g_param_spec_string ("reviewed-on", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 備考 */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rk_entity_class_install_columns (entity_class, properties, N_PROPS);
}

static void
rk_care_person_init (RkCarePerson *self)
{
}

/*
 * Public API
 */

/**
 * rk_care_register_scrub:
 *
 * Folds the write-ahead log into the workspace file and truncates it, so
 * that no earlier version of a page, which may hold a deleted person,
 * stays on disk beside the file. (The file itself has none: with
 * secure_delete, SQLite zeroes deleted cells and freed pages.)
 *
 * Returns: whether the log is empty now
 */
gboolean
rk_care_register_scrub (RkDatabase  *db,
                        GError     **error)
{
  sqlite3 *handle;
  int busy = 0;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (!rk_database_in_transaction (db), FALSE);

  if (rk_database_get_read_only (db))
    return TRUE;

  handle = rk_database_get_handle (db);
  rc = sqlite3_wal_checkpoint_v2 (handle, "main", SQLITE_CHECKPOINT_TRUNCATE, NULL, &busy);
  if (rc == SQLITE_OK && !busy)
    return TRUE;

  g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_IN_USE,
               _("The person was removed, but earlier versions of their data are still in "
                 "the log file beside “%s” (%s), because another program is reading the "
                 "workspace. Close renkei-cli or any other program using it; the log is "
                 "cleared when Renkei closes the workspace."),
               rk_database_get_path (db),
               rc == SQLITE_OK ? _("the log is in use") : sqlite3_errstr (rc));
  return FALSE;
}

/**
 * rk_care_person_erase:
 * @self: a person of the register
 * @error: return location for an error
 *
 * Removes the person, their contacts and devices completely: the rows are
 * deleted with secure_delete on (their bytes are zeroed, free pages too),
 * and the write-ahead log is checkpointed and truncated. The deletion
 * cannot be undone, and it forgets the undo history: the in-memory undo
 * log holds the person's earlier values, and keeping it would let their
 * data come back after the user removed it, for example when consent is
 * withdrawn. Ask before calling this.
 *
 * Returns: whether the person was removed and no trace is left in the
 *   workspace or its log; with %RK_DATABASE_ERROR_IN_USE the person was
 *   removed but the log could not be cleared yet
 */
gboolean
rk_care_person_erase (RkCarePerson  *self,
                      GError       **error)
{
  RkDatabase *db;
  g_autoptr(RkTransaction) tx = NULL;
  g_auto(RkStatement) stmt = NULL;

  g_return_val_if_fail (RK_IS_CARE_PERSON (self), FALSE);

  db = rk_entity_get_database (RK_ENTITY (self));

  /* No undo label: the change is not recorded, and the history is dropped. */
  tx = rk_database_begin (db, NULL, error);
  if (tx == NULL)
    return FALSE;

  stmt = rk_database_prepare (db, "DELETE FROM care_person WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (self)));
  if (!rk_database_step_done (db, stmt, error))
    return FALSE;
  rk_statement_reset (stmt);

  if (!rk_transaction_commit (tx, error))
    return FALSE;

  return rk_care_register_scrub (db, error);
}

/**
 * rk_care_register_find_old_copies:
 *
 * Finds the copies that were kept beside the workspace before its format
 * was updated ("NAME.renkei.vN.bak") and that may still hold people who
 * have since been removed from the register.
 *
 * Returns: (transfer full): their paths, possibly none
 */
GStrv
rk_care_register_find_old_copies (RkDatabase *db)
{
  g_autoptr(GStrvBuilder) found = g_strv_builder_new ();
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GDir) handle = NULL;
  const char *name;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  dir = g_path_get_dirname (rk_database_get_path (db));
  base = g_path_get_basename (rk_database_get_path (db));
  handle = g_dir_open (dir, 0, NULL);

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      int version = 0;
      int consumed = 0;

      if (!g_str_has_prefix (name, base) || !g_str_has_prefix (name + strlen (base), ".v"))
        continue;
      if (sscanf (name + strlen (base), ".v%d.bak%n", &version, &consumed) != 1 ||
          name[strlen (base) + consumed] != '\0' || consumed == 0)
        continue;
      if (version >= FIRST_REGISTER_VERSION)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_strv_builder_add (found, path);
        }
    }

  return g_strv_builder_end (found);
}
