/* test-undo.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "rk-database-private.h"
#include "rk-entity.h"
#include "rk-municipality.h"
#include "rk-organization.h"
#include "rk-profile.h"
#include "rk-test-core.h"

/*
 * Test-only tables: a parent whose children go with it (ON DELETE CASCADE)
 */

#define TEST_TYPE_PARENT (test_parent_get_type ())
G_DECLARE_FINAL_TYPE (TestParent, test_parent, TEST, PARENT, RkEntity)

struct _TestParent
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (TestParent, test_parent, RK_TYPE_ENTITY)

static void
test_parent_class_init (TestParentClass *klass)
{
  static GParamSpec *pspecs[2];

  rk_entity_class_set_table (RK_ENTITY_CLASS (klass), "parent");
  pspecs[1] = g_param_spec_string ("name", NULL, NULL, "",
                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  rk_entity_class_install_columns (RK_ENTITY_CLASS (klass), pspecs, G_N_ELEMENTS (pspecs));
}

static void
test_parent_init (TestParent *self)
{
}

static void
use_cascade_schema (void)
{
  rk_test_use_extra_migration (
    "CREATE TABLE parent ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE TABLE child ("
    "  id INTEGER PRIMARY KEY,"
    "  parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  note TEXT"
    ");"
    "CREATE INDEX child_parent ON child (parent_id);");
}

/*
 * Helpers
 */

static RkDatabase *
create_workspace (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "undo.renkei", NULL);
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  db = rk_database_create (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  return db;
}

static char *
sql_text (RkDatabase *db,
          const char *sql)
{
  return rk_test_query_text (rk_database_get_handle (db), sql);
}

static gint64
sql_int (RkDatabase *db,
         const char *sql)
{
  return rk_test_query_int (rk_database_get_handle (db), sql);
}

static char *
dump (RkDatabase *db,
      const char *table)
{
  return rk_test_dump_table (rk_database_get_handle (db), table);
}

#define assert_sql_text(db, sql, expected) \
  G_STMT_START { \
    g_autofree char *rk_value_ = sql_text ((db), (sql)); \
    g_assert_cmpstr (rk_value_, ==, (expected)); \
  } G_STMT_END

#define assert_dump(db, table, expected) \
  G_STMT_START { \
    g_autofree char *rk_dump_ = dump ((db), (table)); \
    g_assert_cmpstr (rk_dump_, ==, (expected)); \
  } G_STMT_END

static void
set_value (RkEntity   *entity,
           const char *property,
           const char *text,
           const char *label)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  g_assert_true (rk_entity_update_value (entity, property, &value, label, &error));
  g_assert_no_error (error);
}

static void
undo (RkDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rk_database_can_undo (db));
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
}

static void
redo (RkDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rk_database_can_redo (db));
  g_assert_true (rk_database_redo (db, &error));
  g_assert_no_error (error);
}

static guint
count_undo_steps (RkDatabase *db)
{
  guint n = 0;

  /* Counts by undoing everything, then redoes it all. */
  while (rk_database_can_undo (db))
    {
      undo (db);
      n++;
    }
  for (guint i = 0; i < n; i++)
    redo (db);

  return n;
}

/*
 * Tests
 */

static void
test_undo_redo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  RkDatabase *db = create_workspace ();

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  g_assert_false (rk_database_can_undo (db));
  g_assert_false (rk_database_can_redo (db));
  g_assert_null (rk_database_get_undo_label (db));

  rk_entity_update (RK_ENTITY (profile), "Rename base", &error,
                    "name", "さくら拠点", "phone", "099-000-1111", NULL);
  g_assert_no_error (error);
  assert_sql_text (db, "SELECT name || ',' || phone FROM profile", "さくら拠点,099-000-1111");
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Rename base");
  g_assert_false (rk_database_can_redo (db));

  undo (db);
  assert_sql_text (db, "SELECT name || ',' || phone FROM profile", ",");
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (profile), "name"), ==, "");
  g_assert_false (rk_database_can_undo (db));
  g_assert_cmpstr (rk_database_get_redo_label (db), ==, "Rename base");

  redo (db);
  assert_sql_text (db, "SELECT name || ',' || phone FROM profile", "さくら拠点,099-000-1111");
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (profile), "name"), ==, "さくら拠点");
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Rename base");
  g_assert_false (rk_database_can_redo (db));

  /* Undo and redo are not themselves written to the file's history: a
   * second round trip gives the same states.
   */
  undo (db);
  assert_sql_text (db, "SELECT name FROM profile", "");
  redo (db);
  assert_sql_text (db, "SELECT name FROM profile", "さくら拠点");

  /* Nothing to undo or redo is not an error. */
  g_assert_true (rk_database_redo (db, &error));
  g_assert_no_error (error);

  g_clear_object (&profile);
  g_assert_finalize_object (db);
}

static void
test_merge_typing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  RkDatabase *db = create_workspace ();
  RkEntity *p;

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  p = RK_ENTITY (profile);

  /* Typing into one field: each keystroke commits, one undo step. Then
   * another field, which is another step; then the first field again,
   * which is not merged into its old step (the other field's is on top).
   */
  set_value (p, "name", "さ", "Edit name");
  set_value (p, "name", "さく", "Edit name");
  set_value (p, "name", "さくら", "Edit name");
  assert_sql_text (db, "SELECT name FROM profile", "さくら");
  set_value (p, "operator", "医師会", "Edit operator");
  set_value (p, "operator", "医師会立", "Edit operator");
  set_value (p, "name", "さくら拠点", "Edit name");

  undo (db);
  assert_sql_text (db, "SELECT name || '/' || operator FROM profile", "さくら/医師会立");
  undo (db);
  assert_sql_text (db, "SELECT name || '/' || operator FROM profile", "さくら/");
  undo (db);
  assert_sql_text (db, "SELECT name || '/' || operator FROM profile", "/");
  g_assert_false (rk_database_can_undo (db));
  redo (db);
  redo (db);
  redo (db);
  assert_sql_text (db, "SELECT name || '/' || operator FROM profile", "さくら拠点/医師会立");
  undo (db);
  undo (db);
  undo (db);

  /* The same column of two rows is two steps. */
  {
    g_autoptr(RkEntity) a = rk_entity_create (db, RK_TYPE_ORGANIZATION, NULL, &error,
                                              "name", "", NULL);
    g_autoptr(RkEntity) b = rk_entity_create (db, RK_TYPE_ORGANIZATION, NULL, &error,
                                              "name", "", NULL);

    g_assert_no_error (error);
    g_assert_false (rk_database_can_undo (db));
    set_value (a, "name", "A", "Edit name");
    set_value (b, "name", "B", "Edit name");
    g_assert_cmpuint (count_undo_steps (db), ==, 2);
    undo (db);
    undo (db);
    assert_sql_text (db, "SELECT group_concat(name, '/') FROM organization", "/");
  }

  /* Typing after an undo is a new step, never merged into one that was
   * undone and redone.
   */
  set_value (p, "name", "X", "Edit name");
  undo (db);
  redo (db);
  set_value (p, "name", "XY", "Edit name");
  undo (db);
  assert_sql_text (db, "SELECT name FROM profile", "X");

  g_clear_object (&profile);
  g_assert_finalize_object (db);
}

/* Leaving a field seals its run of merged edits: typing there again later
 * is an undo step of its own.
 */
static void
test_seal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  RkDatabase *db = create_workspace ();
  RkEntity *p;

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  p = RK_ENTITY (profile);

  set_value (p, "name", "さ", "Edit name");
  set_value (p, "name", "さくら", "Edit name");
  rk_database_seal_undo (db);
  set_value (p, "name", "さくら拠点", "Edit name");

  undo (db);
  assert_sql_text (db, "SELECT name FROM profile", "さくら");
  undo (db);
  assert_sql_text (db, "SELECT name FROM profile", "");
  g_assert_false (rk_database_can_undo (db));

  /* Sealing with nothing to seal is harmless. */
  rk_database_seal_undo (db);

  g_assert_finalize_object (g_steal_pointer (&profile));
  g_assert_finalize_object (db);
}

static void
test_new_edit_clears_redo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  RkDatabase *db = create_workspace ();

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);

  rk_entity_update (RK_ENTITY (profile), "One", &error, "name", "one", NULL);
  g_assert_no_error (error);
  rk_entity_update (RK_ENTITY (profile), "Two", &error, "name", "two", NULL);
  g_assert_no_error (error);
  undo (db);
  g_assert_cmpstr (rk_database_get_redo_label (db), ==, "Two");

  rk_entity_update (RK_ENTITY (profile), "Three", &error, "notes", "three", NULL);
  g_assert_no_error (error);
  g_assert_false (rk_database_can_redo (db));
  g_assert_null (rk_database_get_redo_label (db));
  g_assert_true (rk_database_redo (db, &error));
  g_assert_no_error (error);
  assert_sql_text (db, "SELECT name || '/' || notes FROM profile", "one/three");

  undo (db);
  assert_sql_text (db, "SELECT name || '/' || notes FROM profile", "one/");
  undo (db);
  assert_sql_text (db, "SELECT name || '/' || notes FROM profile", "/");
  g_assert_false (rk_database_can_undo (db));

  g_clear_object (&profile);
  g_assert_finalize_object (db);
}

static void
test_undo_delete_restores_id (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) first = NULL;
  g_autoptr(RkEntity) org = NULL;
  g_autoptr(RkEntity) last = NULL;
  g_autoptr(RkEntity) again = NULL;
  g_autofree char *before = NULL;
  RkDatabase *db = create_workspace ();
  gint64 id;

  first = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "first", NULL);
  g_assert_no_error (error);
  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error,
                          "kind", "pharmacy",
                          "name", "さくら薬局",
                          "kana", "サクラヤッキョク",
                          "municipality-code", "992011",
                          "phone", "099-000-2222",
                          "notes", "休日当番あり",
                          NULL);
  g_assert_no_error (error);
  last = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "last", NULL);
  g_assert_no_error (error);
  id = rk_entity_get_id (org);
  before = dump (db, "organization");

  rk_entity_delete (org, "Delete pharmacy", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM organization"), ==, 2);

  undo (db);
  /* Every column of every row as it was, under the same id. */
  assert_dump (db, "organization", before);
  g_assert_cmpint (rk_entity_get_id (org), ==, id);
  again = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, id, &error);
  g_assert_no_error (error);
  g_assert_true (again == org);
  g_assert_cmpstr (rk_entity_get_string (again, "notes"), ==, "休日当番あり");

  redo (db);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM organization"), ==, 2);
  undo (db);
  assert_dump (db, "organization", before);

  g_clear_object (&again);
  g_clear_object (&first);
  g_clear_object (&org);
  g_clear_object (&last);
  g_assert_finalize_object (db);
}

static void
test_undo_several_tables (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(RkProfile) profile = NULL;
  g_autoptr(RkEntity) org = NULL;
  g_autoptr(RkEntity) town = NULL;
  g_autoptr(RkEntity) doomed = NULL;
  g_autofree char *profile_before = NULL;
  g_autofree char *orgs_before = NULL;
  g_autofree char *towns_before = NULL;
  g_autofree char *profile_after = NULL;
  g_autofree char *orgs_after = NULL;
  g_autofree char *towns_after = NULL;
  RkDatabase *db = create_workspace ();

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "病院", NULL);
  g_assert_no_error (error);
  doomed = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "閉院", NULL);
  g_assert_no_error (error);
  profile_before = dump (db, "profile");
  orgs_before = dump (db, "organization");
  towns_before = dump (db, "municipality");

  /* One edit that touches three tables, with inserts, updates and a
   * delete, and the same row twice.
   */
  tx = rk_database_begin (db, "Set up area", &error);
  g_assert_no_error (error);
  rk_entity_update (RK_ENTITY (profile), NULL, &error, "area-name", "さくら圏域", NULL);
  g_assert_no_error (error);
  town = rk_entity_create (db, RK_TYPE_MUNICIPALITY, NULL, &error,
                           "code", "992011", "name", "さくら市", "population", (gint64) 152340, NULL);
  g_assert_no_error (error);
  rk_entity_update (org, NULL, &error, "municipality-code", "992011", NULL);
  g_assert_no_error (error);
  rk_entity_update (org, NULL, &error, "name", "さくら市民病院", NULL);
  g_assert_no_error (error);
  rk_entity_delete (doomed, NULL, &error);
  g_assert_no_error (error);
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);

  profile_after = dump (db, "profile");
  orgs_after = dump (db, "organization");
  towns_after = dump (db, "municipality");
  g_assert_cmpuint (count_undo_steps (db), ==, 3);

  undo (db);
  assert_dump (db, "profile", profile_before);
  assert_dump (db, "organization", orgs_before);
  assert_dump (db, "municipality", towns_before);
  g_assert_cmpstr (rk_entity_get_string (org, "name"), ==, "病院");
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Add");

  redo (db);
  assert_dump (db, "profile", profile_after);
  assert_dump (db, "organization", orgs_after);
  assert_dump (db, "municipality", towns_after);
  g_assert_cmpstr (rk_entity_get_string (org, "name"), ==, "さくら市民病院");

  g_clear_object (&profile);
  g_clear_object (&org);
  g_clear_object (&town);
  g_clear_object (&doomed);
  g_assert_finalize_object (db);
}

static void
test_unlabelled_change_clears_history (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(RkProfile) profile = NULL;
  RkDatabase *db = create_workspace ();

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  rk_entity_update (RK_ENTITY (profile), "One", &error, "name", "one", NULL);
  g_assert_no_error (error);
  rk_entity_update (RK_ENTITY (profile), "Two", &error, "name", "two", NULL);
  g_assert_no_error (error);
  undo (db);
  g_assert_true (rk_database_can_undo (db));
  g_assert_true (rk_database_can_redo (db));

  /* An import, say: the log cannot describe it, so every step before it
   * would replay onto rows it does not know.
   */
  tx = rk_database_begin (db, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rk_database_exec (db, "INSERT INTO organization (name) VALUES ('imported')",
                                   &error));
  g_assert_no_error (error);
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);

  g_assert_false (rk_database_can_undo (db));
  g_assert_false (rk_database_can_redo (db));
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM temp.rk_undo_log"), ==, 0);
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  assert_sql_text (db, "SELECT name FROM profile", "one");
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM organization"), ==, 1);

  /* A change outside any transaction does the same. */
  rk_entity_update (RK_ENTITY (profile), "Three", &error, "name", "three", NULL);
  g_assert_no_error (error);
  g_assert_true (rk_database_can_undo (db));
  g_assert_true (rk_database_exec (db, "UPDATE organization SET kind = 'clinic'", &error));
  g_assert_no_error (error);
  g_assert_false (rk_database_can_undo (db));
  g_assert_false (rk_database_can_redo (db));

  /* An unlabelled transaction that changed nothing leaves history alone. */
  rk_entity_update (RK_ENTITY (profile), "Four", &error, "name", "four", NULL);
  g_assert_no_error (error);
  tx = rk_database_begin (db, NULL, &error);
  g_assert_no_error (error);
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Four");

  g_clear_object (&profile);
  g_assert_finalize_object (db);
}

static void
test_undo_cascade (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(RkEntity) keep = NULL;
  g_autoptr(RkEntity) doomed = NULL;
  g_autofree char *parents_before = NULL;
  g_autofree char *children_before = NULL;
  RkDatabase *db;

  use_cascade_schema ();
  db = create_workspace ();
  _rk_database_set_migrations_for_testing (NULL, 0);
  g_assert_cmpint (rk_database_get_schema_version (db), ==, RK_SCHEMA_VERSION + 1);

  doomed = rk_entity_create (db, TEST_TYPE_PARENT, "Add", &error, "name", "退院支援WG", NULL);
  g_assert_no_error (error);
  keep = rk_entity_create (db, TEST_TYPE_PARENT, "Add", &error, "name", "看取りWG", NULL);
  g_assert_no_error (error);

  tx = rk_database_begin (db, "Add members", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO child (parent_id, name, note) "
                                              "VALUES (%" G_GINT64_FORMAT ", 'member %u', %s)",
                                              rk_entity_get_id (doomed), i,
                                              i == 1 ? "NULL" : "'x'");
      g_assert_true (rk_database_exec (db, sql, &error));
      g_assert_no_error (error);
    }
  g_assert_true (rk_database_exec (db, "INSERT INTO child (parent_id, name) VALUES (2, 'other')",
                                   &error));
  g_assert_no_error (error);
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);

  parents_before = dump (db, "parent");
  children_before = dump (db, "child");
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM child"), ==, 4);

  rk_entity_delete (doomed, "Delete group", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM parent"), ==, 1);
  /* The foreign key took the group's members with it… */
  assert_sql_text (db, "SELECT group_concat(name) FROM child", "other");

  /* …and undo brings them all back, ids, NULLs and all. */
  undo (db);
  assert_dump (db, "parent", parents_before);
  assert_dump (db, "child", children_before);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpstr (rk_entity_get_string (doomed, "name"), ==, "退院支援WG");

  redo (db);
  assert_sql_text (db, "SELECT group_concat(name) FROM child", "other");
  undo (db);
  assert_dump (db, "child", children_before);

  g_clear_object (&keep);
  g_clear_object (&doomed);
  g_assert_finalize_object (db);
}

static void
test_failed_commit_keeps_history (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(RkEntity) group = NULL;
  g_autofree char *parents = NULL;
  g_autofree char *children = NULL;
  RkDatabase *db;

  use_cascade_schema ();
  db = create_workspace ();
  _rk_database_set_migrations_for_testing (NULL, 0);

  group = rk_entity_create (db, TEST_TYPE_PARENT, "Add", &error, "name", "WG", NULL);
  g_assert_no_error (error);
  rk_entity_update (group, "Rename", &error, "name", "WG2", NULL);
  g_assert_no_error (error);
  undo (db);
  parents = dump (db, "parent");
  children = dump (db, "child");

  /* A labelled edit whose COMMIT fails: a deferred foreign key is only
   * checked there.
   */
  tx = rk_database_begin (db, "Broken", &error);
  g_assert_no_error (error);
  g_assert_true (rk_database_exec (db, "PRAGMA defer_foreign_keys = ON", &error));
  g_assert_no_error (error);
  g_assert_true (rk_database_exec (db, "INSERT INTO child (parent_id, name) VALUES (99, 'orphan')",
                                   &error));
  g_assert_no_error (error);
  rk_entity_update (group, NULL, &error, "name", "changed in the broken edit", NULL);
  g_assert_no_error (error);
  g_assert_false (rk_transaction_commit (tx, &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_clear_pointer (&tx, rk_transaction_free);

  /* Rolled back, and the history is as it was: "Add" to undo, "Rename"
   * to redo, both still working.
   */
  g_assert_false (rk_database_in_transaction (db));
  assert_dump (db, "parent", parents);
  assert_dump (db, "child", children);
  g_assert_cmpstr (rk_entity_get_string (group, "name"), ==, "WG");
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Add");
  g_assert_cmpstr (rk_database_get_redo_label (db), ==, "Rename");
  redo (db);
  assert_sql_text (db, "SELECT name FROM parent", "WG2");
  undo (db);
  undo (db);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM parent"), ==, 0);

  g_clear_object (&group);
  g_assert_finalize_object (db);
}

typedef struct
{
  RkDatabase *db;
  GString    *log;
} NotifyLog;

static void
undo_state_notified_cb (RkDatabase *db,
                        GParamSpec *pspec,
                        NotifyLog  *log)
{
  gboolean value = g_str_equal (pspec->name, "can-undo") ? rk_database_can_undo (db)
                                                         : rk_database_can_redo (db);

  g_string_append_printf (log->log, "%s=%d;", pspec->name, value);
}

static void
test_notify_undo_state (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  NotifyLog data;
  RkDatabase *db = create_workspace ();

  data.db = db;
  data.log = log;
  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  g_signal_connect (db, "notify::can-undo", G_CALLBACK (undo_state_notified_cb), &data);
  g_signal_connect (db, "notify::can-redo", G_CALLBACK (undo_state_notified_cb), &data);

  rk_entity_update (RK_ENTITY (profile), "One", &error, "name", "one", NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "can-undo=1;");
  g_string_truncate (log, 0);

  /* A second step changes neither property. */
  rk_entity_update (RK_ENTITY (profile), "Two", &error, "name", "two", NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "");

  undo (db);
  g_assert_cmpstr (log->str, ==, "can-redo=1;");
  g_string_truncate (log, 0);

  undo (db);
  g_assert_cmpstr (log->str, ==, "can-undo=0;");
  g_string_truncate (log, 0);

  redo (db);
  g_assert_cmpstr (log->str, ==, "can-undo=1;");
  g_string_truncate (log, 0);

  redo (db);
  g_assert_cmpstr (log->str, ==, "can-redo=0;");
  g_string_truncate (log, 0);

  undo (db);
  g_string_truncate (log, 0);
  /* A new edit drops the redo step. */
  rk_entity_update (RK_ENTITY (profile), "Three", &error, "notes", "three", NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "can-redo=0;");
  g_string_truncate (log, 0);

  /* An unlabelled change forgets everything. */
  g_assert_true (rk_database_exec (db, "UPDATE profile SET phone = '1'", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "can-undo=0;");

  g_signal_handlers_disconnect_by_data (db, &data);
  g_clear_object (&profile);
  g_assert_finalize_object (db);
}

static void
entity_notified_cb (GObject    *object,
                    GParamSpec *pspec,
                    GPtrArray  *log)
{
  g_ptr_array_add (log, g_strdup_printf ("%s=%s", pspec->name,
                                         rk_entity_get_string (RK_ENTITY (object), pspec->name)));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The notifications since the last call, sorted (GObject does not promise
 * an order for the ones a thaw releases).
 */
static char *
take_notifications (GPtrArray *log)
{
  GString *joined = g_string_new (NULL);

  g_ptr_array_sort (log, compare_strings);
  for (guint i = 0; i < log->len; i++)
    g_string_append_printf (joined, "%s;", (const char *) g_ptr_array_index (log, i));
  g_ptr_array_set_size (log, 0);

  return g_string_free (joined, FALSE);
}

#define assert_notifications(log, expected) \
  G_STMT_START { \
    g_autofree char *rk_taken_ = take_notifications (log); \
    g_assert_cmpstr (rk_taken_, ==, (expected)); \
  } G_STMT_END

static void
test_entity_notifies_on_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  g_autoptr(RkEntity) org = NULL;
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  RkDatabase *db = create_workspace ();

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  rk_entity_update (RK_ENTITY (profile), "Rename", &error, "name", "new", "phone", "123", NULL);
  g_assert_no_error (error);

  g_signal_connect (profile, "notify", G_CALLBACK (entity_notified_cb), log);

  /* The object another view holds follows undo and redo, and reads the
   * restored value while it notifies.
   */
  undo (db);
  assert_notifications (log, "name=;phone=;");
  redo (db);
  assert_notifications (log, "name=new;phone=123;");

  /* Only the columns that changed notify. */
  rk_entity_update (RK_ENTITY (profile), "Phone", &error, "phone", "456", NULL);
  g_assert_no_error (error);
  assert_notifications (log, "phone=456;");
  undo (db);
  assert_notifications (log, "phone=123;");
  g_signal_handlers_disconnect_by_data (profile, log);

  /* After undo of a delete, the object someone held is live again. */
  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "a", NULL);
  g_assert_no_error (error);
  rk_entity_delete (org, "Delete", &error);
  g_assert_no_error (error);
  undo (db);
  g_signal_connect (org, "notify", G_CALLBACK (entity_notified_cb), log);
  rk_entity_update (org, "Rename", &error, "name", "b", NULL);
  g_assert_no_error (error);
  assert_notifications (log, "name=b;");
  assert_sql_text (db, "SELECT group_concat(name) FROM organization", "b");
  g_signal_handlers_disconnect_by_data (org, log);

  g_clear_object (&profile);
  g_clear_object (&org);
  g_assert_finalize_object (db);
}

static void
count_committed_cb (RkDatabase         *db,
                    const char * const *tables,
                    guint              *counter)
{
  (*counter)++;
}

static void
test_undo_read_only (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "ro.renkei");
  g_autofree char *hash = NULL;
  g_autofree char *hash_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  RkDatabase *db;
  guint n_committed = 0;

  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  hash = rk_test_sha256 (path);

  db = rk_database_open (path, RK_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (rk_database_get_read_only (db));
  g_signal_connect (db, "committed", G_CALLBACK (count_committed_cb), &n_committed);

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  g_assert_false (rk_entity_update (RK_ENTITY (profile), "Rename", &error, "name", "x", NULL));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Nothing can have been recorded; undo and redo say why they cannot
   * act instead of pretending to.
   */
  g_assert_false (rk_database_can_undo (db));
  g_assert_false (rk_database_can_redo (db));
  g_assert_false (rk_database_undo (db, &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "ro.renkei"));
  g_clear_error (&error);
  g_assert_false (rk_database_redo (db, &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_cmpuint (n_committed, ==, 0);
  g_assert_false (rk_database_in_transaction (db));
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (profile), "name"), ==, "さくら在宅医療連携拠点");

  g_clear_object (&profile);
  g_assert_finalize_object (db);

  hash_after = rk_test_sha256 (path);
  g_assert_cmpstr (hash_after, ==, hash);
  rk_test_assert_no_sidecars (path);
}

static void
test_undo_limit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkProfile) profile = NULL;
  RkDatabase *db = create_workspace ();
  guint n = 0;

  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);

  for (guint i = 1; i <= 205; i++)
    {
      g_autofree char *label = g_strdup_printf ("Step %u", i);
      g_autofree char *name = g_strdup_printf ("%u", i);

      rk_entity_update (RK_ENTITY (profile), label, &error, "name", name, NULL);
      g_assert_no_error (error);
    }

  /* The oldest steps are forgotten, with their log rows. */
  g_assert_cmpint (sql_int (db, "SELECT count(DISTINCT step) FROM temp.rk_undo_log"), ==, 200);
  while (rk_database_can_undo (db))
    {
      undo (db);
      n++;
    }
  g_assert_cmpuint (n, ==, 200);
  assert_sql_text (db, "SELECT name FROM profile", "5");
  g_assert_cmpint (sql_int (db, "SELECT count(DISTINCT step) FROM temp.rk_undo_log"), ==, 200);
  redo (db);
  assert_sql_text (db, "SELECT name FROM profile", "6");

  g_clear_object (&profile);
  g_assert_finalize_object (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/undo/undo-redo", test_undo_redo);
  g_test_add_func ("/core/undo/merge-typing", test_merge_typing);
  g_test_add_func ("/core/undo/seal", test_seal);
  g_test_add_func ("/core/undo/new-edit-clears-redo", test_new_edit_clears_redo);
  g_test_add_func ("/core/undo/delete-restores-id", test_undo_delete_restores_id);
  g_test_add_func ("/core/undo/several-tables", test_undo_several_tables);
  g_test_add_func ("/core/undo/unlabelled-change-clears-history",
                   test_unlabelled_change_clears_history);
  g_test_add_func ("/core/undo/cascade", test_undo_cascade);
  g_test_add_func ("/core/undo/failed-commit-keeps-history", test_failed_commit_keeps_history);
  g_test_add_func ("/core/undo/notify-can-undo-redo", test_notify_undo_state);
  g_test_add_func ("/core/undo/entity-notifies", test_entity_notifies_on_undo);
  g_test_add_func ("/core/undo/read-only", test_undo_read_only);
  g_test_add_func ("/core/undo/limit", test_undo_limit);

  return g_test_run ();
}
