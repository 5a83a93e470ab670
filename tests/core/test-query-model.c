/* test-query-model.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "rk-database-private.h"
#include "rk-entity.h"
#include "rk-municipality.h"
#include "rk-organization.h"
#include "rk-profile.h"
#include "rk-query-model.h"
#include "rk-test-core.h"

#define BY_NAME "SELECT id FROM organization ORDER BY name, id"

/*
 * Helpers
 */

static RkDatabase *
create_workspace (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "model.renkei", NULL);
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  db = rk_database_create (path, &error);
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

static RkEntity *
add_org (RkDatabase *db,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  RkEntity *org;

  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error, "name", name, NULL);
  g_assert_no_error (error);

  return org;
}

static void
rename_org (RkEntity   *org,
            const char *name)
{
  g_autoptr(GError) error = NULL;

  rk_entity_update (org, "Rename", &error, "name", name, NULL);
  g_assert_no_error (error);
}

/* Records what the model said, and replays each items-changed onto a copy
 * of the old id list: when the copy and the model agree afterwards, the
 * signal described the change correctly.
 */
typedef struct
{
  RkQueryModel *model;
  GString      *log;
  GArray       *shadow;
  guint         n_items_notify;
} Watcher;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watcher    *w)
{
  g_string_append_printf (w->log, "%u,%u,%u;", position, removed, added);

  /* Announced after the commit, never from inside a transaction. */
  g_assert_false (rk_database_in_transaction (rk_query_model_get_database (w->model)));

  g_assert_cmpuint (position + removed, <=, w->shadow->len);
  g_array_remove_range (w->shadow, position, removed);
  for (guint i = 0; i < added; i++)
    {
      gint64 id = rk_query_model_get_id (w->model, position + i);

      g_array_insert_val (w->shadow, position + i, id);
    }
}

static void
n_items_notified_cb (GObject    *object,
                     GParamSpec *pspec,
                     Watcher    *w)
{
  w->n_items_notify++;
}

static void
watcher_init (Watcher      *w,
              RkQueryModel *model)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

  w->model = model;
  w->log = g_string_new (NULL);
  w->shadow = g_array_new (FALSE, FALSE, sizeof (gint64));
  w->n_items_notify = 0;
  for (guint i = 0; i < n; i++)
    {
      gint64 id = rk_query_model_get_id (model, i);

      g_array_append_val (w->shadow, id);
    }

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), w);
  g_signal_connect (model, "notify::n-items", G_CALLBACK (n_items_notified_cb), w);
}

static void
watcher_finish (Watcher *w)
{
  g_signal_handlers_disconnect_by_data (w->model, w);
  g_string_free (w->log, TRUE);
  g_array_unref (w->shadow);
}

/* Asserts the signals since the last check, and that the model's list is
 * what replaying them gives.
 */
static void
assert_changes (Watcher    *w,
                const char *expected,
                guint       n_items_notify)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (w->model));

  g_assert_cmpstr (w->log->str, ==, expected);
  g_assert_cmpuint (w->n_items_notify, ==, n_items_notify);
  g_assert_cmpuint (w->shadow->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (w->shadow, gint64, i), ==, rk_query_model_get_id (w->model, i));

  g_string_truncate (w->log, 0);
  w->n_items_notify = 0;
}

static char *
names (RkQueryModel *model)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(RkEntity) item = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_string_append_printf (s, "%s%s", i > 0 ? "," : "", rk_entity_get_string (item, "name"));
    }

  return g_string_free (s, FALSE);
}

#define assert_names(model, expected) \
  G_STMT_START { \
    g_autofree char *rk_names_ = names (model); \
    g_assert_cmpstr (rk_names_, ==, (expected)); \
  } G_STMT_END

/*
 * Tests
 */

static void
test_items_changed_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) b = NULL;
  g_autoptr(RkEntity) d = NULL;
  g_autoptr(RkEntity) f = NULL;
  g_autoptr(RkEntity) c = NULL;
  g_autoptr(RkEntity) a = NULL;
  g_autoptr(RkEntity) g = NULL;
  RkQueryModel *model;
  RkDatabase *db = create_workspace ();
  Watcher w;

  b = add_org (db, "b");
  d = add_org (db, "d");
  f = add_org (db, "f");

  model = rk_query_model_new (db, RK_TYPE_ORGANIZATION, BY_NAME);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == RK_TYPE_ORGANIZATION);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  assert_names (model, "b,d,f");
  watcher_init (&w, model);

  /* Inserts: in the middle, at the start, at the end. */
  c = add_org (db, "c");
  assert_changes (&w, "1,0,1;", 1);
  a = add_org (db, "a");
  assert_changes (&w, "0,0,1;", 1);
  g = add_org (db, "g");
  assert_changes (&w, "5,0,1;", 1);
  assert_names (model, "a,b,c,d,f,g");

  /* Delete */
  rk_entity_delete (d, "Delete", &error);
  g_assert_no_error (error);
  assert_changes (&w, "3,1,0;", 1);
  assert_names (model, "a,b,c,f,g");

  /* Reorder: two neighbours swap; only they are reported, and the count
   * does not notify.
   */
  rename_org (b, "cz");
  assert_changes (&w, "1,2,2;", 0);
  assert_names (model, "a,c,cz,f,g");

  /* The last row moves to the front: everything between moved. */
  rename_org (g, "0");
  assert_changes (&w, "0,5,5;", 0);
  assert_names (model, "0,a,c,cz,f");

  /* No change of order or membership: no signal at all. */
  rename_org (c, "c2");
  assert_changes (&w, "", 0);
  g_assert_true (rk_query_model_refresh (model, &error));
  g_assert_no_error (error);
  assert_changes (&w, "", 0);

  /* A changed row that did not move is not reported by the model: the
   * live object itself notifies.
   */
  {
    g_autoptr(RkEntity) item = g_list_model_get_item (G_LIST_MODEL (model), 2);

    g_assert_true (item == c);
    g_assert_cmpstr (rk_entity_get_string (item, "name"), ==, "c2");
  }

  /* Undo is a commit like any other. */
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  assert_changes (&w, "", 0);
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  assert_changes (&w, "0,5,5;", 0);
  assert_names (model, "a,c,cz,f,g");

  /* One commit with several changes is one items-changed. */
  {
    g_autoptr(RkTransaction) tx = rk_database_begin (db, "Several", &error);

    g_assert_no_error (error);
    g_clear_object (&d);
    d = add_org (db, "d");
    rename_org (a, "b");
    rk_transaction_commit (tx, &error);
    g_assert_no_error (error);
  }
  assert_changes (&w, "3,0,1;", 1);
  assert_names (model, "b,c,cz,d,f,g");

  /* A new query (a filter) is reported the same way. */
  rk_query_model_set_query (model, "SELECT id FROM organization WHERE name >= ? ORDER BY name, id",
                            (const char * const[]) { "cz", NULL });
  assert_changes (&w, "0,2,0;", 1);
  assert_names (model, "cz,d,f,g");

  watcher_finish (&w);
  g_assert_finalize_object (model);
  g_clear_object (&a);
  g_clear_object (&b);
  g_clear_object (&c);
  g_clear_object (&d);
  g_clear_object (&f);
  g_clear_object (&g);
  g_assert_finalize_object (db);
}

typedef struct
{
  const char *sql;
  guint       runs;
} QueryCounter;

static int
count_runs_cb (unsigned int  type,
               void         *user_data,
               void         *p,
               void         *x)
{
  QueryCounter *counter = user_data;

  if (g_strcmp0 (sqlite3_sql (p), counter->sql) == 0)
    counter->runs++;
  return 0;
}

static void
test_refresh_watched_tables (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) org = NULL;
  g_autoptr(RkEntity) town = NULL;
  g_autoptr(RkProfile) profile = NULL;
  const char *sql = "SELECT o.id FROM organization o "
                    "JOIN municipality m ON m.code = o.municipality_code ORDER BY o.id";
  QueryCounter counter = { sql, 0 };
  RkDatabase *db = create_workspace ();
  RkQueryModel *model;
  Watcher w;

  org = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error,
                          "name", "さくら病院", "municipality-code", "992011", NULL);
  g_assert_no_error (error);
  profile = rk_profile_get (db, &error);
  g_assert_no_error (error);

  sqlite3_trace_v2 (rk_database_get_handle (db), SQLITE_TRACE_STMT, count_runs_cb, &counter);
  model = rk_query_model_new (db, RK_TYPE_ORGANIZATION, sql);
  g_assert_cmpuint (counter.runs, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  watcher_init (&w, model);

  /* A table the model does not watch: no query, even though the answer
   * would now differ.
   */
  rk_entity_update (RK_ENTITY (profile), "Rename", &error, "name", "x", NULL);
  g_assert_no_error (error);
  town = rk_entity_create (db, RK_TYPE_MUNICIPALITY, "Add", &error,
                           "code", "992011", "name", "さくら市", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (counter.runs, ==, 1);
  assert_changes (&w, "", 0);

  /* Its own table: the query runs once per commit. */
  rk_entity_update (org, "Edit", &error, "phone", "1", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (counter.runs, ==, 2);
  assert_changes (&w, "0,0,1;", 1);

  /* Watching the joined table too. */
  rk_query_model_watch (model, "municipality");
  rk_entity_update (town, "Edit", &error, "code", "993417", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (counter.runs, ==, 3);
  assert_changes (&w, "0,1,0;", 1);

  /* A commit of both tables runs it once. */
  {
    g_autoptr(RkTransaction) tx = rk_database_begin (db, "Both", &error);

    g_assert_no_error (error);
    rk_entity_update (town, NULL, &error, "code", "992011", NULL);
    g_assert_no_error (error);
    rk_entity_update (org, NULL, &error, "phone", "2", NULL);
    g_assert_no_error (error);
    rk_transaction_commit (tx, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (counter.runs, ==, 4);
  assert_changes (&w, "0,0,1;", 1);

  /* A rolled-back transaction runs nothing. */
  {
    g_autoptr(RkTransaction) tx = rk_database_begin (db, "Nothing", &error);

    g_assert_no_error (error);
    rk_entity_update (org, NULL, &error, "municipality-code", "", NULL);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (counter.runs, ==, 4);
  assert_changes (&w, "", 0);

  sqlite3_trace_v2 (rk_database_get_handle (db), 0, NULL, NULL);
  watcher_finish (&w);
  g_assert_finalize_object (model);
  g_clear_object (&org);
  g_clear_object (&town);
  g_clear_object (&profile);
  g_assert_finalize_object (db);
}

#define N_BIG 200000

static void
test_large_table_is_lazy (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  static const guint positions[10] = {
    0, 1, 2, 99999, 100000, 123456, 150000, 199997, 199998, 199999
  };
  RkDatabase *db = create_workspace ();
  RkQueryModel *model;
  gint64 start;
  Watcher w;

  /* An import of 200,000 organisations, in one transaction. */
  start = g_get_monotonic_time ();
  tx = rk_database_begin (db, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rk_database_exec (db,
                                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                   "  WHERE i < 200000) "
                                   "INSERT INTO organization (name, kind) "
                                   "  SELECT printf('機関%06d', i), 'clinic' FROM n",
                                   &error));
  g_assert_no_error (error);
  rk_transaction_commit (tx, &error);
  g_assert_no_error (error);
  g_clear_pointer (&tx, rk_transaction_free);
  g_test_message ("Inserting %d rows took %.0f ms",
                  N_BIG, (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  model = rk_query_model_new (db, RK_TYPE_ORGANIZATION, BY_NAME);
  g_test_message ("Loading the ids took %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_BIG);
  {
    guint n_items = 0;

    g_object_get (model, "n-items", &n_items, NULL);
    g_assert_cmpuint (n_items, ==, N_BIG);
  }

  /* Knowing the count made no row objects. */
  g_assert_cmpuint (count_live (db, "organization"), ==, 0);

  /* Asking for ten rows makes ten, the right ones. */
  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      g_autoptr(RkEntity) item = g_list_model_get_item (G_LIST_MODEL (model), positions[i]);
      g_autofree char *expected = g_strdup_printf ("機関%06u", positions[i] + 1);
      g_autoptr(RkEntity) same = NULL;

      g_assert_nonnull (item);
      g_assert_cmpint (rk_entity_get_id (item), ==, rk_query_model_get_id (model, positions[i]));
      g_assert_cmpstr (rk_entity_get_string (item, "name"), ==, expected);
      same = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, rk_entity_get_id (item), &error);
      g_assert_no_error (error);
      g_assert_true (same == item);
    }
  g_assert_cmpuint (count_live (db, "organization"), ==, G_N_ELEMENTS (positions));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), N_BIG));

  /* Scrolling through many rows keeps a bounded number of them. */
  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(RkEntity) item = g_list_model_get_item (G_LIST_MODEL (model), i * 97);

      g_assert_nonnull (item);
    }
  g_assert_cmpuint (count_live (db, "organization"), <=, 512);

  /* One more row: one items-changed at its place, one notify. */
  watcher_init (&w, model);
  {
    g_autoptr(RkEntity) extra = add_org (db, "機関100000a");
    guint position = 0;

    g_assert_true (rk_query_model_find (model, rk_entity_get_id (extra), &position));
    g_assert_cmpuint (position, ==, 100000);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_BIG + 1);
  assert_changes (&w, "100000,0,1;", 1);
  watcher_finish (&w);

  /* The model holds the rows it cached, and nothing else does. */
  g_assert_finalize_object (model);
  g_assert_cmpuint (count_live (db, "organization"), ==, 0);
  g_assert_finalize_object (db);
}

static void
test_find (void)
{
  g_autoptr(RkEntity) x = NULL;
  g_autoptr(RkEntity) y = NULL;
  RkDatabase *db = create_workspace ();
  RkQueryModel *model;
  guint position = 99;

  x = add_org (db, "x");
  y = add_org (db, "y");
  model = rk_query_model_new (db, RK_TYPE_ORGANIZATION,
                              "SELECT id FROM organization ORDER BY name DESC");

  g_assert_true (rk_query_model_find (model, rk_entity_get_id (x), &position));
  g_assert_cmpuint (position, ==, 1);
  g_assert_true (rk_query_model_find (model, rk_entity_get_id (y), NULL));
  g_assert_false (rk_query_model_find (model, 12345, &position));
  g_assert_cmpint (rk_query_model_get_id (model, 0), ==, rk_entity_get_id (y));
  g_assert_true (rk_query_model_get_database (model) == db);

  g_assert_finalize_object (model);
  g_clear_object (&x);
  g_clear_object (&y);
  g_assert_finalize_object (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/query-model/items-changed-minimal", test_items_changed_minimal);
  g_test_add_func ("/core/query-model/refresh-watched-tables", test_refresh_watched_tables);
  g_test_add_func ("/core/query-model/large-table-is-lazy", test_large_table_is_lazy);
  g_test_add_func ("/core/query-model/find", test_find);

  return g_test_run ();
}
