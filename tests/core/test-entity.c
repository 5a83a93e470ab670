/* test-entity.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "rk-database-private.h"
#include "rk-entity.h"
#include "rk-municipality.h"
#include "rk-organization.h"
#include "rk-profile.h"
#include "rk-test-core.h"

/*
 * A test-only table with every column type RkEntity supports
 */

typedef enum
{
  TEST_LEVEL_LOW,
  TEST_LEVEL_MEDIUM,
  TEST_LEVEL_HIGH,
} TestLevel;

GType test_level_get_type (void);
G_DEFINE_ENUM_TYPE (TestLevel, test_level,
                    G_DEFINE_ENUM_VALUE (TEST_LEVEL_LOW, "low"),
                    G_DEFINE_ENUM_VALUE (TEST_LEVEL_MEDIUM, "medium"),
                    G_DEFINE_ENUM_VALUE (TEST_LEVEL_HIGH, "high"))

#define TEST_TYPE_MEASURE (test_measure_get_type ())
G_DECLARE_FINAL_TYPE (TestMeasure, test_measure, TEST, MEASURE, RkEntity)

struct _TestMeasure
{
  RkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (TestMeasure, test_measure, RK_TYPE_ENTITY)

static void
test_measure_class_init (TestMeasureClass *klass)
{
  static GParamSpec *pspecs[7];
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  rk_entity_class_set_table (RK_ENTITY_CLASS (klass), "test_measure");
  /* NULL when unset */
  pspecs[1] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  /* NaN when unset */
  pspecs[2] = g_param_spec_double ("amount", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  /* -1 when unset */
  pspecs[3] = g_param_spec_int ("count", NULL, NULL, -1, G_MAXINT, -1, flags);
  pspecs[4] = g_param_spec_int64 ("total", NULL, NULL, -1, G_MAXINT64, -1, flags);
  pspecs[5] = g_param_spec_boolean ("flag", NULL, NULL, FALSE, flags);
  pspecs[6] = g_param_spec_enum ("level", NULL, NULL, test_level_get_type (), TEST_LEVEL_LOW,
                                 flags);
  rk_entity_class_install_columns (RK_ENTITY_CLASS (klass), pspecs, G_N_ELEMENTS (pspecs));
}

static void
test_measure_init (TestMeasure *self)
{
}

static RkDatabase *
create_workspace (gboolean with_measures)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "entity.renkei", NULL);
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  if (with_measures)
    rk_test_use_extra_migration ("CREATE TABLE test_measure ("
                                 "  id INTEGER PRIMARY KEY,"
                                 "  label TEXT,"
                                 "  amount REAL,"
                                 "  count INTEGER,"
                                 "  total INTEGER,"
                                 "  flag INTEGER NOT NULL DEFAULT 0,"
                                 "  level INTEGER NOT NULL DEFAULT 0"
                                 ");");

  db = rk_database_create (path, &error);
  _rk_database_set_migrations_for_testing (NULL, 0);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  return db;
}

static guint
count_live (RkDatabase *db,
            const char *table)
{
  GHashTable *rows = g_hash_table_lookup (_rk_database_get_entities (db), g_intern_string (table));

  return rows != NULL ? g_hash_table_size (rows) : 0;
}

static char *
sql_text (RkDatabase *db,
          const char *sql)
{
  return rk_test_query_text (rk_database_get_handle (db), sql);
}

#define assert_sql_text(db, sql, expected) \
  G_STMT_START { \
    g_autofree char *rk_value_ = sql_text ((db), (sql)); \
    g_assert_cmpstr (rk_value_, ==, (expected)); \
  } G_STMT_END

/*
 * Tests
 */

static void
test_identity_map (void)
{
  g_autoptr(GError) error = NULL;
  RkDatabase *db = create_workspace (FALSE);
  RkEntity *created;
  RkEntity *a;
  RkEntity *b;
  RkEntity *c;
  RkProfile *profile;
  gpointer weak_a = NULL;
  gpointer weak_db = NULL;
  gint64 id;

  created = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "さくら病院", NULL);
  g_assert_no_error (error);
  id = rk_entity_get_id (created);
  g_assert_cmpint (id, ==, 1);
  g_assert_true (rk_entity_get_database (created) == db);

  /* Every lookup of a row gives the one live object. */
  a = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, id, &error);
  g_assert_no_error (error);
  b = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, id, &error);
  g_assert_no_error (error);
  g_assert_true (a == created);
  g_assert_true (b == created);
  g_assert_cmpuint (count_live (db, "organization"), ==, 1);

  /* Same id, other table: another object. */
  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rk_entity_get_id (RK_ENTITY (profile)), ==, 1);
  g_assert_true ((gpointer) profile != (gpointer) a);
  g_assert_cmpuint (count_live (db, "profile"), ==, 1);
  g_assert_finalize_object (profile);
  g_assert_cmpuint (count_live (db, "profile"), ==, 0);

  /* Freed when the last holder lets go, and forgotten by the map. */
  weak_a = a;
  g_object_add_weak_pointer (G_OBJECT (a), &weak_a);
  g_object_unref (created);
  g_object_unref (b);
  g_assert_nonnull (weak_a);
  g_assert_cmpuint (count_live (db, "organization"), ==, 1);
  g_assert_finalize_object (a);
  g_assert_null (weak_a);
  g_assert_cmpuint (count_live (db, "organization"), ==, 0);

  /* A later lookup loads a fresh object with the row's values. */
  c = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (c, "name"), ==, "さくら病院");
  g_assert_cmpuint (count_live (db, "organization"), ==, 1);

  /* A missing row is an error, and leaves nothing in the map. */
  g_assert_null (rk_entity_lookup (db, RK_TYPE_ORGANIZATION, 999, &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count_live (db, "organization"), ==, 1);

  /* A live row keeps its workspace alive, and releases it with itself. */
  weak_db = db;
  g_object_add_weak_pointer (G_OBJECT (db), &weak_db);
  g_object_unref (db);
  g_assert_nonnull (weak_db);
  g_assert_cmpstr (rk_entity_get_string (c, "name"), ==, "さくら病院");
  g_assert_finalize_object (c);
  g_assert_null (weak_db);
}

static void
test_nullable_columns (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) m = NULL;
  g_autofree char *sql = NULL;
  RkDatabase *db = create_workspace (TRUE);
  double amount;
  int count;
  gint64 total;
  char *label;

  /* Unset: NULL, NaN, -1 and -1 are SQL NULL. */
  m = rk_entity_create (db, TEST_TYPE_MEASURE, "Add", &error,
                        "label", NULL, "amount", NAN, "count", -1, "total", (gint64) -1, NULL);
  g_assert_no_error (error);
  assert_sql_text (db, "SELECT quote(label) || quote(amount) || quote(count) || quote(total) "
                       "FROM test_measure",
                   "NULLNULLNULLNULL");
  g_assert_null (rk_entity_get_string (m, "label"));
  g_assert_true (isnan (rk_entity_get_double (m, "amount")));
  g_assert_cmpint (rk_entity_get_int (m, "count"), ==, -1);
  g_assert_cmpint (rk_entity_get_int (m, "total"), ==, -1);

  /* Empty and zero are values, not NULL. */
  rk_entity_update (m, "Zero", &error,
                    "label", "", "amount", 0.0, "count", 0, "total", (gint64) 0, NULL);
  g_assert_no_error (error);
  assert_sql_text (db, "SELECT quote(label) || ',' || typeof(amount) || ',' || "
                       "quote(count) || ',' || quote(total) FROM test_measure",
                   "'',real,0,0");
  g_assert_cmpstr (rk_entity_get_string (m, "label"), ==, "");
  g_assert_cmpfloat (rk_entity_get_double (m, "amount"), ==, 0.0);
  g_assert_cmpint (rk_entity_get_int (m, "count"), ==, 0);

  /* Values, up to the types' ranges. */
  rk_entity_update (m, "Set", &error,
                    "label", "高齢化率", "amount", 30.25, "count", G_MAXINT,
                    "total", G_GINT64_CONSTANT (1) << 40, "flag", TRUE, "level", TEST_LEVEL_HIGH,
                    NULL);
  g_assert_no_error (error);
  assert_sql_text (db, "SELECT label || ',' || amount || ',' || count || ',' || total || ',' || "
                       "flag || ',' || level FROM test_measure",
                   "高齢化率,30.25,2147483647,1099511627776,1,2");
  g_object_get (m, "label", &label, "amount", &amount, "count", &count, "total", &total, NULL);
  g_assert_cmpstr (label, ==, "高齢化率");
  g_free (label);
  g_assert_cmpfloat (amount, ==, 30.25);
  g_assert_cmpint (count, ==, G_MAXINT);
  g_assert_cmpint (total, ==, G_GINT64_CONSTANT (1) << 40);
  g_assert_true (rk_entity_get_boolean (m, "flag"));
  g_assert_cmpint (rk_entity_get_int (m, "level"), ==, TEST_LEVEL_HIGH);

  /* NULL written by SQL reads back as unset. */
  g_assert_true (rk_database_exec (db, "UPDATE test_measure SET label = NULL, amount = NULL, "
                                       "count = NULL, total = NULL", &error));
  g_assert_no_error (error);
  g_assert_null (rk_entity_get_string (m, "label"));
  g_assert_true (isnan (rk_entity_get_double (m, "amount")));
  g_assert_cmpint (rk_entity_get_int (m, "count"), ==, -1);
  g_assert_cmpint (rk_entity_get_int (m, "total"), ==, -1);

  /* The real tables use the same convention: unknown population is NULL. */
  {
    g_autoptr(RkEntity) town = rk_entity_create (db, RK_TYPE_MUNICIPALITY, "Add", &error,
                                                 "name", "やまべ村", "population", (gint64) 4310, NULL);

    g_assert_no_error (error);
    assert_sql_text (db, "SELECT population || ',' || quote(elderly_population) FROM municipality",
                     "4310,NULL");
    g_assert_cmpint (rk_entity_get_int (town, "elderly-population"), ==, -1);
  }

  g_clear_object (&m);
  g_assert_finalize_object (db);
}

typedef struct
{
  guint statements;
  guint changed;
  guint committed;
  guint notify;
} Activity;

static int
trace_cb (unsigned int  type,
          void         *user_data,
          void         *p,
          void         *x)
{
  Activity *activity = user_data;

  activity->statements++;
  return 0;
}

static void
changed_cb (RkDatabase *db,
            const char *table,
            gint64      rowid,
            int         kind,
            Activity   *activity)
{
  activity->changed++;
}

static void
committed_cb (RkDatabase         *db,
              const char * const *tables,
              Activity           *activity)
{
  activity->committed++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Activity   *activity)
{
  activity->notify++;
}

static gboolean
update_value (RkEntity     *entity,
              const char   *property,
              const GValue *value)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = rk_entity_update_value (entity, property, value, "Edit", &error);
  g_assert_no_error (error);

  return ok;
}

static void
test_update_value_noop (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) org = NULL;
  g_autoptr(RkEntity) m = NULL;
  g_auto(GValue) text = G_VALUE_INIT;
  g_auto(GValue) nan = G_VALUE_INIT;
  g_auto(GValue) minus_one = G_VALUE_INIT;
  g_auto(GValue) as_int = G_VALUE_INIT;
  RkDatabase *db = create_workspace (TRUE);
  sqlite3 *handle = rk_database_get_handle (db);
  Activity activity = { 0, };

  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "a", NULL);
  g_assert_no_error (error);
  m = rk_entity_create (db, TEST_TYPE_MEASURE, "Add", &error,
                        "amount", NAN, "count", -1, "total", (gint64) 5, NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Add");

  g_signal_connect (db, "changed", G_CALLBACK (changed_cb), &activity);
  g_signal_connect (db, "committed", G_CALLBACK (committed_cb), &activity);
  g_signal_connect (org, "notify", G_CALLBACK (notify_cb), &activity);
  g_signal_connect (m, "notify", G_CALLBACK (notify_cb), &activity);
  sqlite3_trace_v2 (handle, SQLITE_TRACE_STMT, trace_cb, &activity);

  g_value_init (&text, G_TYPE_STRING);
  g_value_set_string (&text, "a");
  g_value_init (&nan, G_TYPE_DOUBLE);
  g_value_set_double (&nan, NAN);
  g_value_init (&minus_one, G_TYPE_INT);
  g_value_set_int (&minus_one, -1);
  g_value_init (&as_int, G_TYPE_INT);
  g_value_set_int (&as_int, 5);

  /* The same value: no statement at all (so no transaction), no signal,
   * no undo step.
   */
  g_assert_true (update_value (org, "name", &text));
  g_assert_true (update_value (m, "amount", &nan));
  g_assert_true (update_value (m, "count", &minus_one));
  g_assert_true (update_value (m, "total", &as_int));
  g_assert_cmpuint (activity.statements, ==, 0);
  g_assert_cmpuint (activity.changed, ==, 0);
  g_assert_cmpuint (activity.committed, ==, 0);
  g_assert_cmpuint (activity.notify, ==, 0);
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Add");
  g_assert_false (rk_database_can_redo (db));

  /* A different value does all of that, once. */
  g_value_set_string (&text, "b");
  g_assert_true (update_value (org, "name", &text));
  g_assert_cmpuint (activity.statements, >, 0);
  g_assert_cmpuint (activity.changed, ==, 1);
  g_assert_cmpuint (activity.committed, ==, 1);
  g_assert_cmpuint (activity.notify, ==, 1);
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Edit");
  assert_sql_text (db, "SELECT name FROM organization", "b");

  /* NaN to a number and back are real changes too. */
  activity.changed = 0;
  g_value_set_double (&nan, 1.5);
  g_assert_true (update_value (m, "amount", &nan));
  g_value_set_double (&nan, NAN);
  g_assert_true (update_value (m, "amount", &nan));
  g_assert_cmpuint (activity.changed, ==, 2);
  assert_sql_text (db, "SELECT quote(amount) FROM test_measure", "NULL");

  sqlite3_trace_v2 (handle, 0, NULL, NULL);
  g_signal_handlers_disconnect_by_data (db, &activity);
  g_signal_handlers_disconnect_by_data (org, &activity);
  g_signal_handlers_disconnect_by_data (m, &activity);
  g_clear_object (&org);
  g_clear_object (&m);
  g_assert_finalize_object (db);
}

static void
test_create_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) org = NULL;
  g_autoptr(RkEntity) staff = NULL;
  RkDatabase *db = create_workspace (FALSE);

  /* Columns left out take the table's defaults, and the object says so. */
  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", "x", NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (org, "kind"), ==, "other");
  g_assert_cmpstr (rk_entity_get_string (org, "phone"), ==, "");
  assert_sql_text (db, "SELECT kind || '|' || phone FROM organization", "other|");

  g_clear_object (&org);
  g_assert_finalize_object (db);
}

static void
test_constraint_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) town = NULL;
  g_autoptr(RkEntity) bad = NULL;
  RkDatabase *db = create_workspace (FALSE);
  Activity activity = { 0, };

  town = rk_entity_create (db, RK_TYPE_MUNICIPALITY, "Add", &error,
                           "code", "131016", "name", "千代田区", NULL);
  g_assert_no_error (error);
  g_signal_connect (db, "changed", G_CALLBACK (changed_cb), &activity);
  g_signal_connect (db, "committed", G_CALLBACK (committed_cb), &activity);

  /* A code that is not six digits, the same code twice, more old people
   * than people: refused by the schema, with nothing written.
   */
  bad = rk_entity_create (db, RK_TYPE_MUNICIPALITY, "Add", &error, "code", "13101", NULL);
  g_assert_null (bad);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  bad = rk_entity_create (db, RK_TYPE_MUNICIPALITY, "Add", &error, "code", "131016", NULL);
  g_assert_null (bad);
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (rk_entity_update (town, "Edit", &error,
                                    "population", (gint64) 10,
                                    "elderly-population", (gint64) 11,
                                    NULL));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_false (rk_database_in_transaction (db));
  g_assert_cmpuint (activity.changed, ==, 0);
  g_assert_cmpuint (activity.committed, ==, 0);
  g_assert_cmpint (rk_database_count_rows (db, "municipality", NULL), ==, 1);
  g_assert_cmpint (rk_entity_get_int (town, "population"), ==, -1);
  g_assert_cmpstr (rk_database_get_undo_label (db), ==, "Add");
  g_assert_false (rk_database_can_redo (db));

  /* A column that does not exist is a programming error. */
  g_test_expect_message ("rk-entity", G_LOG_LEVEL_CRITICAL, "*has no column “nmae”*");
  g_assert_false (rk_entity_update (town, "Edit", &error, "nmae", "x", NULL));
  g_test_assert_expected_messages ();
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  g_signal_handlers_disconnect_by_data (db, &activity);
  g_clear_object (&town);
  g_assert_finalize_object (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/entity/identity-map", test_identity_map);
  g_test_add_func ("/core/entity/nullable-columns", test_nullable_columns);
  g_test_add_func ("/core/entity/update-value-noop", test_update_value_noop);
  g_test_add_func ("/core/entity/create-defaults", test_create_defaults);
  g_test_add_func ("/core/entity/constraint-error", test_constraint_error);

  return g_test_run ();
}
