/* test-directory.c — the resource directory: search, filters, capabilities,
 * 要確認, coverage gaps, the worker connection.
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "rk-directory.h"
#include "rk-municipality.h"
#include "rk-query-model.h"
#include "rk-search.h"
#include "rk-test-core.h"

/*
 * Helpers
 */

static RkDatabase *
create_workspace (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "directory.renkei", NULL);
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  db = rk_database_create (path, &error);
  g_assert_no_error (error);

  return db;
}

static gint64
add (RkDatabase *db,
     const char *kind,
     const char *name,
     const char *kana,
     const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) org = rk_entity_create (db, RK_TYPE_ORGANIZATION, "Add", &error,
                                              "kind", kind, "name", name, "kana", kana,
                                              "municipality-code", code, NULL);
  g_assert_no_error (error);
  return rk_entity_get_id (org);
}

static gint64
capability_id (RkDatabase *db,
               const char *code)
{
  g_autoptr(RkCapability) c = rk_directory_find_capability (db, code);

  g_assert_nonnull (c);
  return rk_entity_get_id (RK_ENTITY (c));
}

/* The names the filter lets through, in its order, joined with "|". */
static char *
names (RkDatabase             *db,
       const RkResourceFilter *filter)
{
  g_auto(GStrv) params = NULL;
  g_autofree char *sql = rk_resource_filter_build_sql (filter, &params);
  g_autoptr(RkQueryModel) model = rk_query_model_new (db, RK_TYPE_ORGANIZATION, "SELECT 0 WHERE 0");
  g_autoptr(GString) s = g_string_new (NULL);

  rk_query_model_set_query (model, sql, (const char * const *) params);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(RkEntity) row = g_list_model_get_item (G_LIST_MODEL (model), i);
      if (s->len > 0)
        g_string_append_c (s, '|');
      g_string_append (s, rk_entity_get_string (row, "name"));
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
search (RkDatabase *db,
        const char *text)
{
  g_auto(RkResourceFilter) filter;

  rk_resource_filter_init (&filter);
  filter.text = g_strdup (text);
  return names (db, &filter);
}

#define assert_search(db, text, expected) \
  G_STMT_START { \
    g_autofree char *found_ = search ((db), (text)); \
    g_assert_cmpstr (found_, ==, (expected)); \
  } G_STMT_END

/*
 * Folding and queries
 */

static void
test_fold (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "サクラ", "さくら" },
    { "ｻｸﾗ ｸﾘﾆｯｸ", "さくらくりにっく" },
    { "ガッコウ", "がっこう" },
    { "ﾀﾞｲｲﾁ", "だいいち" },
    { "ＡＢＣ　１２３", "abc123" },
    { "Sakura Clinic", "sakuraclinic" },
    { "㈱みなと①", "(株)みなと1" },
    { "髙﨑", "髙﨑" },
    { "ヴァ", "ゔぁ" },
    { "医療法人\r\n（旧名称）", "医療法人(旧名称)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = rk_search_fold_string (cases[i].in);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }

  {
    /* Invalid bytes are skipped, not a reason to fail. */
    GString *out = g_string_new (NULL);
    rk_search_fold ("a\xff\xfe" "b", 4, out);
    g_assert_cmpstr (out->str, ==, "ab");
    g_string_free (out, TRUE);
  }
}

static void
test_build_match (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "さくら", "\"さくら\"" },
    { "サクラ 眼科", "\"さくら\" AND \"眼科\"*" },
    { "　薬局　", "\"薬局\"*" },
    { "a\"b", "\"a\"\"b\"" },
    { "NEAR(x) OR y", "\"near(x)\" AND \"or\"* AND \"y\"*" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *match = rk_search_build_match (cases[i].in);
      g_assert_cmpstr (match, ==, cases[i].out);
    }

  g_assert_null (rk_search_build_match (NULL));
  g_assert_null (rk_search_build_match (" 　 "));
}

/*
 * Search
 */

static void
test_search (void)
{
  RkDatabase *db = create_workspace ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) clinic = NULL;
  gint64 id;

  id = add (db, "clinic", "さくら在宅クリニック", "サクラザイタククリニック", "992011");
  add (db, "hospital", "みなと中央病院", "ミナトチュウオウビョウイン", "993417");
  add (db, "clinic", "みなと眼科", "ミナトガンカ", "993417");
  add (db, "pharmacy", "さくら中央薬局", "サクラチュウオウヤッキョク", "992011");
  add (db, "disability_service", "ひだまりヘルパーステーション", "ひだまりへるぱーすてーしょん", "");
  add (db, "clinic", "林", "ハヤシ", "");

  /* Readings match in either kana, and in half width. */
  assert_search (db, "さくら", "さくら在宅クリニック|さくら中央薬局");
  assert_search (db, "サクラ", "さくら在宅クリニック|さくら中央薬局");
  assert_search (db, "ｻｸﾗ", "さくら在宅クリニック|さくら中央薬局");
  assert_search (db, "ヘルパー", "ひだまりヘルパーステーション");
  assert_search (db, "へるぱー", "ひだまりヘルパーステーション");

  /* One and two characters: anywhere in the text, also at its end. */
  assert_search (db, "眼科", "みなと眼科");
  assert_search (db, "病院", "みなと中央病院");
  assert_search (db, "局", "さくら中央薬局");
  assert_search (db, "林", "林");
  assert_search (db, "中央", "さくら中央薬局|みなと中央病院");

  /* Every word must occur. */
  assert_search (db, "さくら 薬局", "さくら中央薬局");
  assert_search (db, "みなと　中央", "みなと中央病院");
  assert_search (db, "さくら 病院", "");

  /* Substrings of several characters, also across the name's parts. */
  assert_search (db, "在宅クリ", "さくら在宅クリニック");
  assert_search (db, "ざいたく", "さくら在宅クリニック");

  /* The index follows edits, deletion and undo. */
  clinic = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, id, &error);
  g_assert_no_error (error);
  rk_entity_update (clinic, "Rename", &error, "name", "あおば在宅クリニック",
                    "kana", "アオバザイタククリニック", "notes", "夜間は携帯へ転送", NULL);
  g_assert_no_error (error);
  assert_search (db, "さくら", "さくら中央薬局");
  assert_search (db, "あおば", "あおば在宅クリニック");
  assert_search (db, "携帯", "あおば在宅クリニック");

  rk_entity_delete (clinic, "Delete", &error);
  g_assert_no_error (error);
  assert_search (db, "あおば", "");
  rk_database_undo (db, &error);
  g_assert_no_error (error);
  assert_search (db, "あおば", "あおば在宅クリニック");
  rk_database_undo (db, &error);
  g_assert_no_error (error);
  assert_search (db, "あおば", "");
  assert_search (db, "さくら", "さくら在宅クリニック|さくら中央薬局");

  /* Nothing the user types is query syntax. */
  assert_search (db, "\"", "");
  assert_search (db, "*", "");
  assert_search (db, "OR", "");

  /* The index agrees with the table after all that. */
  g_assert_cmpint (sqlite3_exec (rk_database_get_handle (db),
                                 "INSERT INTO organization_fts (organization_fts)"
                                 " VALUES ('integrity-check')", NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_object (&clinic);
  g_assert_finalize_object (db);
}

/* Search-as-you-type narrows the list's query without running it again,
 * and keeps its order.
 */
static void
test_model_search (void)
{
  RkDatabase *db = create_workspace ();
  g_autoptr(RkQueryModel) model = NULL;
  g_auto(RkResourceFilter) filter;
  g_auto(GStrv) params = NULL;
  g_auto(GStrv) search_params = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *search = NULL;

  add (db, "clinic", "かもめ内科", "カモメナイカ", "");
  add (db, "clinic", "あおば内科", "アオバナイカ", "");
  add (db, "pharmacy", "いろは薬局", "イロハヤッキョク", "");
  add (db, "clinic", "うみ眼科", "ウミガンカ", "");

  rk_resource_filter_init (&filter);
  filter.text = g_strdup ("内科");  /* ignored by the list's query */
  sql = rk_resource_filter_build_list_sql (&filter, &params);
  model = rk_query_model_new (db, RK_TYPE_ORGANIZATION, sql);
  rk_query_model_set_query (model, sql, (const char * const *) params);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 4);

  search = rk_directory_search_sql ("内科", &search_params);
  rk_query_model_set_search (model, search, (const char * const *) search_params);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  {
    g_autoptr(RkEntity) first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_autoptr(RkEntity) second = g_list_model_get_item (G_LIST_MODEL (model), 1);
    g_assert_cmpstr (rk_entity_get_string (first, "name"), ==, "あおば内科");
    g_assert_cmpstr (rk_entity_get_string (second, "name"), ==, "かもめ内科");
  }

  /* A new row that matches joins, in its place. */
  add (db, "clinic", "いずみ内科", "イズミナイカ", "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  {
    g_autoptr(RkEntity) middle = g_list_model_get_item (G_LIST_MODEL (model), 1);
    g_assert_cmpstr (rk_entity_get_string (middle, "name"), ==, "いずみ内科");
  }

  /* No words: the whole list again. */
  g_clear_pointer (&search, g_free);
  g_clear_pointer (&search_params, g_strfreev);
  search = rk_directory_search_sql ("  ", &search_params);
  g_assert_null (search);
  rk_query_model_set_search (model, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);

  g_clear_object (&model);
  g_assert_finalize_object (db);
}

/*
 * Filters
 */

static void
test_filters (void)
{
  RkDatabase *db = create_workspace ();
  g_autoptr(GError) error = NULL;
  g_auto(RkResourceFilter) filter;
  g_autoptr(RkEntity) m = NULL;
  g_autoptr(RkEntity) closed = NULL;
  gint64 a, b, c, d;
  gint64 vent = capability_id (db, "ventilator");
  gint64 day = capability_id (db, "around_clock");
  gint64 kids = capability_id (db, "pediatric");

  a = add (db, "home_nursing", "あおば訪問看護", "アオバホウモンカンゴ", "992011");
  b = add (db, "home_nursing", "いずみ訪問看護", "イズミホウモンカンゴ", "993417");
  c = add (db, "clinic", "うみべ診療所", "ウミベシンリョウジョ", "992011");
  d = add (db, "clinic", "えびす診療所", "エビスシンリョウジョ", "123456");

  m = rk_entity_create (db, RK_TYPE_MUNICIPALITY, "Add", &error,
                        "code", "992011", "name", "さくら市", "elderly-population", (gint64) 4000,
                        NULL);
  g_assert_no_error (error);

  /* 24時間対応 かつ 人工呼吸器 かつ 小児 */
  for (guint i = 0; i < 3; i++)
    {
      gint64 cap = i == 0 ? vent : i == 1 ? day : kids;
      rk_directory_set_answer (db, a, cap, "yes", "2026-04-01", RK_CONFIRM_PHONE, "佐藤", "Set",
                               &error);
      g_assert_no_error (error);
    }
  rk_directory_set_answer (db, b, vent, "yes", "2026-04-01", RK_CONFIRM_SURVEY, "", "Set", &error);
  rk_directory_set_answer (db, b, day, "no", "2026-04-01", RK_CONFIRM_SURVEY, "", "Set", &error);
  rk_directory_set_answer (db, c, day, "yes", "2026-04-01", RK_CONFIRM_VISIT, "", "Set", &error);
  g_assert_no_error (error);

  rk_resource_filter_init (&filter);
  {
    g_autofree char *all = names (db, &filter);
    g_assert_cmpstr (all, ==, "あおば訪問看護|いずみ訪問看護|うみべ診療所|えびす診療所");
  }

  rk_resource_filter_add_capability (&filter, day);
  {
    g_autofree char *found = names (db, &filter);
    g_assert_cmpstr (found, ==, "あおば訪問看護|うみべ診療所");
  }
  rk_resource_filter_add_capability (&filter, vent);
  rk_resource_filter_add_capability (&filter, kids);
  {
    g_autofree char *found = names (db, &filter);
    g_assert_cmpstr (found, ==, "あおば訪問看護");
  }
  g_array_set_size (filter.capabilities, 0);

  filter.kinds = g_strsplit ("clinic", " ", -1);
  {
    g_autofree char *found = names (db, &filter);
    g_assert_cmpstr (found, ==, "うみべ診療所|えびす診療所");
  }
  g_clear_pointer (&filter.kinds, g_strfreev);

  filter.area_only = TRUE;
  {
    g_autofree char *found = names (db, &filter);
    g_assert_cmpstr (found, ==, "あおば訪問看護|うみべ診療所");
  }
  filter.area_only = FALSE;
  filter.municipalities = g_strsplit ("993417,123456", ",", -1);
  {
    g_autofree char *found = names (db, &filter);
    g_assert_cmpstr (found, ==, "いずみ訪問看護|えびす診療所");
  }
  g_clear_pointer (&filter.municipalities, g_strfreev);

  /* Closed rows are hidden unless asked for. */
  closed = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, d, &error);
  rk_entity_update (closed, "Close", &error, "closed", TRUE, "closed-on", "2026-06-01", NULL);
  g_assert_no_error (error);
  {
    g_autofree char *found = names (db, &filter);
    g_assert_cmpstr (found, ==, "あおば訪問看護|いずみ訪問看護|うみべ診療所");
  }
  filter.include_closed = TRUE;
  filter.sort = RK_RESOURCE_SORT_KIND;
  {
    /* Kinds in the guidebook's order: clinics before nursing. */
    g_autofree char *found = names (db, &filter);
    g_assert_cmpstr (found, ==, "うみべ診療所|えびす診療所|あおば訪問看護|いずみ訪問看護");
  }
  filter.descending = TRUE;
  filter.sort = RK_RESOURCE_SORT_KANA;
  {
    g_autofree char *found = names (db, &filter);
    g_assert_cmpstr (found, ==, "えびす診療所|うみべ診療所|いずみ訪問看護|あおば訪問看護");
  }
  g_assert_cmpint (rk_directory_count (db, &filter, &error), ==, 4);

  g_clear_object (&closed);
  g_clear_object (&m);
  g_assert_finalize_object (db);
}

/*
 * Answers, confirmations, 要確認
 */

static void
test_answers_and_stale (void)
{
  RkDatabase *db = create_workspace ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkResourceCapability) answer = NULL;
  g_autoptr(RkOrganization) org = NULL;
  g_auto(RkResourceFilter) filter;
  g_autofree char *summary = NULL;
  gint64 fresh, old, never;
  gint64 vent = capability_id (db, "ventilator");
  gint64 term = capability_id (db, "terminal_care");

  fresh = add (db, "home_nursing", "あ訪問看護", "ア", "");
  old = add (db, "home_nursing", "い訪問看護", "イ", "");
  never = add (db, "home_nursing", "う訪問看護", "ウ", "");

  org = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, fresh, &error);
  rk_directory_confirm (org, "2026-09-01", RK_CONFIRM_PHONE, "田中", "Confirm", &error);
  g_assert_no_error (error);
  g_clear_object (&org);
  org = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, old, &error);
  rk_directory_confirm (org, "2026-09-01", RK_CONFIRM_VISIT, "", "Confirm", &error);
  g_assert_no_error (error);

  rk_directory_set_answer (db, fresh, vent, "yes", "2026-08-01", RK_CONFIRM_PHONE, "田中", "Set",
                           &error);
  rk_directory_set_answer (db, fresh, term, "yes", "2026-08-01", RK_CONFIRM_PHONE, "田中", "Set",
                           &error);
  rk_directory_set_answer (db, old, vent, "yes", "2023-04-01", RK_CONFIRM_SURVEY, "", "Set",
                           &error);
  g_assert_no_error (error);

  answer = rk_directory_get_answer (db, old, vent);
  g_assert_nonnull (answer);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (answer), "value"), ==, "yes");
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (answer), "confirmed-method"), ==, "survey");
  g_assert_null (rk_directory_get_answer (db, never, vent));

  summary = rk_directory_summarize_answers (db, fresh);
  g_assert_cmpstr (summary, ==, "人工呼吸器管理・ターミナルケア");

  /* 要確認: older than the cut-off, or never confirmed. */
  rk_resource_filter_init (&filter);
  filter.stale_before = g_strdup ("2025-01-01");
  {
    g_autofree char *found = names (db, &filter);
    g_assert_cmpstr (found, ==, "い訪問看護|う訪問看護");
  }
  filter.sort = RK_RESOURCE_SORT_CONFIRMED;
  {
    g_autofree char *found = names (db, &filter);
    g_assert_cmpstr (found, ==, "う訪問看護|い訪問看護");
  }
  {
    g_autofree char *oldest = rk_directory_oldest_confirmation (db, old);
    g_assert_cmpstr (oldest, ==, "2023-04-01");
  }

  /* Confirming again brings every answer up to date, in one undo step. */
  rk_directory_confirm (org, "2026-10-01", RK_CONFIRM_PHONE, "田中", "Confirm", &error);
  g_assert_no_error (error);
  {
    g_autofree char *found = names (db, &filter);
    g_assert_cmpstr (found, ==, "う訪問看護");
  }
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (answer), "confirmed-on"), ==, "2026-10-01");
  rk_database_undo (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_entity_get_string (RK_ENTITY (answer), "confirmed-on"), ==, "2023-04-01");

  /* Forgetting an answer, and undoing that. */
  rk_directory_set_answer (db, old, vent, "", NULL, NULL, NULL, "Clear", &error);
  g_assert_no_error (error);
  g_assert_null (rk_directory_get_answer (db, old, vent));
  rk_database_undo (db, &error);
  g_assert_no_error (error);
  {
    g_autoptr(RkResourceCapability) back = rk_directory_get_answer (db, old, vent);
    g_assert_true (back == answer);
  }

  {
    g_autofree char *cutoff = rk_directory_stale_cutoff (12);
    g_assert_cmpuint (strlen (cutoff), ==, 10);
    g_assert_cmpstr (cutoff, <, "2999-01-01");
  }

  g_clear_object (&org);
  g_clear_object (&answer);
  g_assert_finalize_object (db);
}

/* Deleting a resource takes its answers with it; Undo brings back both,
 * whatever order the undo log replays them in (the keys are deferred).
 */
static void
test_delete_and_undo (void)
{
  RkDatabase *db = create_workspace ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) org = NULL;
  sqlite3 *handle = rk_database_get_handle (db);
  gint64 id = add (db, "pharmacy", "さくら中央薬局", "サクラチュウオウヤッキョク", "992011");

  rk_directory_set_answer (db, id, capability_id (db, "aseptic"), "yes", "2026-01-10",
                           RK_CONFIRM_PHONE, "", "Set", &error);
  rk_directory_set_answer (db, id, capability_id (db, "narcotics"), "yes", "2026-01-10",
                           RK_CONFIRM_PHONE, "", "Set", &error);
  g_assert_no_error (error);

  org = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, id, &error);
  rk_entity_delete (org, "Delete", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rk_test_query_int (handle, "SELECT count(*) FROM resource_capability"), ==, 0);

  rk_database_undo (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rk_test_query_int (handle, "SELECT count(*) FROM resource_capability"), ==, 2);
  g_assert_cmpint (rk_test_query_int (handle, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  assert_search (db, "無菌", "");
  assert_search (db, "中央薬局", "さくら中央薬局");

  rk_database_redo (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rk_test_query_int (handle, "SELECT count(*) FROM resource_capability"), ==, 0);

  g_clear_object (&org);
  g_assert_finalize_object (db);
}

/*
 * Capabilities are data
 */

static void
test_capabilities (void)
{
  RkDatabase *db = create_workspace ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pharmacy = NULL;
  g_autoptr(GPtrArray) nursing = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(RkEntity) own = NULL;
  gboolean seen_aseptic = FALSE;
  gboolean seen_ventilator = FALSE;

  pharmacy = rk_directory_list_capabilities (db, "pharmacy", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < pharmacy->len; i++)
    {
      RkEntity *c = g_ptr_array_index (pharmacy, i);
      const char *code = rk_entity_get_string (c, "code");

      seen_aseptic |= g_strcmp0 (code, "aseptic") == 0;
      seen_ventilator |= g_strcmp0 (code, "ventilator") == 0;
    }
  g_assert_true (seen_aseptic);
  g_assert_false (seen_ventilator);

  /* The guidebook's items for 訪問看護事業所, in order. */
  nursing = rk_directory_list_capabilities (db, "home_nursing", &error);
  g_assert_no_error (error);
  {
    g_autoptr(GString) codes = g_string_new (NULL);
    for (guint i = 0; i < nursing->len; i++)
      g_string_append_printf (codes, "%s ", rk_entity_get_string (g_ptr_array_index (nursing, i),
                                                                   "code"));
    g_assert_nonnull (strstr (codes->str, "gastrostomy tracheostomy tpn ventilator "));
    g_assert_nonnull (strstr (codes->str, "around_clock terminal_care care_management_attached "));
    g_assert_nonnull (strstr (codes->str, "pediatric psychiatric "));
  }

  /* A base adds one of its own as a row: no schema change. */
  own = rk_entity_create (db, RK_TYPE_CAPABILITY, "Add", &error,
                          "label", "褥瘡予防の指導", "kinds", "home_nursing care_facility",
                          "position", 100, NULL);
  g_assert_no_error (error);
  all = rk_directory_list_capabilities (db, "care_facility", &error);
  g_assert_no_error (error);
  g_assert_true (g_ptr_array_index (all, all->len - 1) == (gpointer) own);

  g_assert_true (rk_directory_kind_has_capability ("", "clinic"));
  g_assert_true (rk_directory_kind_has_capability ("clinic hospital", "hospital"));
  g_assert_false (rk_directory_kind_has_capability ("home_nursing", "home"));

  g_clear_object (&own);
  g_clear_pointer (&all, g_ptr_array_unref);
  g_clear_pointer (&pharmacy, g_ptr_array_unref);
  g_clear_pointer (&nursing, g_ptr_array_unref);
  g_assert_finalize_object (db);
}

/*
 * Coverage gaps
 */

static void
test_coverage (void)
{
  RkDatabase *db = create_workspace ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkCoverage) coverage = NULL;
  g_autoptr(RkEntity) m1 = NULL;
  g_autoptr(RkEntity) m2 = NULL;
  gint64 day = capability_id (db, "around_clock");
  guint c_day = G_MAXUINT;
  gint64 a, b, c;

  m1 = rk_entity_create (db, RK_TYPE_MUNICIPALITY, "Add", &error, "position", 0,
                         "code", "992011", "name", "さくら市", "elderly-population", (gint64) 20000,
                         NULL);
  m2 = rk_entity_create (db, RK_TYPE_MUNICIPALITY, "Add", &error, "position", 1,
                         "code", "993417", "name", "みなと町", "elderly-population", (gint64) 5000,
                         NULL);
  g_assert_no_error (error);

  a = add (db, "home_nursing", "あ", "", "992011");
  b = add (db, "home_nursing", "い", "", "992011");
  c = add (db, "home_nursing", "う", "", "993417");
  rk_directory_set_answer (db, a, day, "yes", "", "", "", "Set", &error);
  rk_directory_set_answer (db, b, day, "yes", "", "", "", "Set", &error);
  rk_directory_set_answer (db, c, day, "no", "", "", "", "Set", &error);
  g_assert_no_error (error);

  coverage = rk_coverage_compute (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coverage->n_municipalities, ==, 3);
  g_assert_cmpstr (coverage->municipality_names[0], ==, "さくら市");
  g_assert_cmpstr (coverage->municipality_codes[2], ==, "");
  for (guint i = 0; i < coverage->n_capabilities; i++)
    if (coverage->capability_ids[i] == day)
      c_day = i;
  g_assert_cmpuint (c_day, !=, G_MAXUINT);

  g_assert_cmpuint (rk_coverage_get_count (coverage, 0, c_day), ==, 2);
  g_assert_cmpuint (rk_coverage_get_count (coverage, 1, c_day), ==, 0);
  g_assert_cmpuint (rk_coverage_get_count (coverage, 2, c_day), ==, 2);
  g_assert_cmpfloat_with_epsilon (rk_coverage_get_rate (coverage, 0, c_day), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (rk_coverage_get_rate (coverage, 1, c_day), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (rk_coverage_get_rate (coverage, 2, c_day), 0.8, 1e-9);

  /* Without the older population, there is no rate to give. */
  rk_entity_update (m2, "Clear", &error, "elderly-population", (gint64) -1, NULL);
  g_assert_no_error (error);
  g_clear_pointer (&coverage, rk_coverage_free);
  coverage = rk_coverage_compute (db, &error);
  g_assert_no_error (error);
  g_assert_true (isnan (rk_coverage_get_rate (coverage, 1, c_day)));
  g_assert_true (isnan (rk_coverage_get_rate (coverage, 2, c_day)));

  g_clear_object (&m1);
  g_clear_object (&m2);
  g_assert_finalize_object (db);
}

/* A report as of a past day counts what was open then: a resource marked
 * closed after the day still counts, one closed on or before it (or on
 * an unknown day) does not; the list, the counts and the coverage agree.
 */
static void
test_open_on (void)
{
  RkDatabase *db = create_workspace ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkCoverage) now = NULL;
  g_autoptr(RkCoverage) then = NULL;
  g_autoptr(RkEntity) m1 = NULL;
  g_autofree char *open_now = NULL;
  g_autofree char *open_then = NULL;
  g_autofree char *key = NULL;
  g_autofree char *all = NULL;
  gint64 day = capability_id (db, "around_clock");
  gint64 gastrostomy = capability_id (db, "gastrostomy");
  guint c_day = G_MAXUINT;
  gint64 a, b, c;

  m1 = rk_entity_create (db, RK_TYPE_MUNICIPALITY, "Add", &error, "position", 0,
                         "code", "992011", "name", "さくら市", NULL);
  g_assert_no_error (error);
  a = add (db, "home_nursing", "あ", "あ", "992011");
  b = add (db, "home_nursing", "い", "い", "992011");
  c = add (db, "home_nursing", "う", "う", "992011");
  for (gint64 id = a; id <= c; id++)
    rk_directory_set_answer (db, id, day, "yes", "", "", "", "Set", &error);
  rk_directory_set_answer (db, a, gastrostomy, "yes", "", "", "", "Set", &error);
  g_assert_no_error (error);
  /* い closed after 31 March 2026, う before it. */
  {
    g_autoptr(RkEntity) ib = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, b, &error);
    g_autoptr(RkEntity) ic = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, c, &error);

    rk_entity_update (ib, "Close", &error, "closed", TRUE, "closed-on", "2026-05-01", NULL);
    rk_entity_update (ic, "Close", &error, "closed", TRUE, "closed-on", "2026-03-31", NULL);
    g_assert_no_error (error);
  }

  {
    g_auto(RkResourceFilter) filter;

    rk_resource_filter_init (&filter);
    open_now = names (db, &filter);
    filter.open_on = g_strdup ("2026-03-31");
    open_then = names (db, &filter);
    g_assert_cmpint (rk_directory_count (db, &filter, &error), ==, 2);
    g_assert_no_error (error);
  }
  g_assert_cmpstr (open_now, ==, "あ");
  g_assert_cmpstr (open_then, ==, "あ|い");

  now = rk_coverage_compute (db, &error);
  g_assert_no_error (error);
  then = rk_coverage_compute_as_of (db, "2026-03-31", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < now->n_capabilities; i++)
    if (now->capability_ids[i] == day)
      c_day = i;
  g_assert_cmpuint (c_day, !=, G_MAXUINT);
  g_assert_cmpuint (rk_coverage_get_count (now, 0, c_day), ==, 1);
  g_assert_cmpuint (rk_coverage_get_count (then, 0, c_day), ==, 2);
  g_assert_cmpuint (rk_coverage_get_count (then, 1, c_day), ==, 2);

  /* The key capabilities are those of the coverage table. */
  key = rk_directory_summarize_key_answers (db, a);
  all = rk_directory_summarize_answers (db, a);
  g_assert_cmpstr (key, ==, "24時間対応");
  g_assert_cmpstr (all, ==, "胃ろう管理・24時間対応");

  g_clear_object (&m1);
  g_assert_finalize_object (db);
}

/*
 * The worker connection
 */

static void
committed_cb (RkDatabase         *db,
              const char * const *tables,
              guint              *n_committed)
{
  (*n_committed)++;
}

static void
test_worker_connection (void)
{
  RkDatabase *db = create_workspace ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkQueryModel) model = rk_query_model_new (db, RK_TYPE_ORGANIZATION,
                                                      "SELECT id FROM organization ORDER BY id");
  sqlite3 *worker;
  guint n_committed = 0;
  const char *tables[] = { "organization", NULL };

  add (db, "clinic", "既存の診療所", "", "");
  rk_database_seal_undo (db);
  g_assert_true (rk_database_can_undo (db));
  g_signal_connect (db, "committed", G_CALLBACK (committed_cb), &n_committed);

  worker = rk_database_open_worker (db, &error);
  g_assert_no_error (error);
  g_assert_nonnull (worker);

  g_assert_cmpint (sqlite3_exec (worker, "BEGIN IMMEDIATE;"
                                 "INSERT INTO organization (kind, name) VALUES ('clinic', 'ワーカー診療所');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  /* The window goes on reading what was committed. */
  g_assert_cmpint (rk_test_query_int (rk_database_get_handle (db),
                                      "SELECT count(*) FROM organization"), ==, 1);
  g_assert_cmpint (sqlite3_exec (worker, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (worker), ==, SQLITE_OK);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  rk_database_notify_external_change (db, tables);
  g_assert_cmpuint (n_committed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  g_assert_false (rk_database_can_undo (db));
  /* The worker's rows are in the search index too. */
  assert_search (db, "ワーカー", "ワーカー診療所");

  g_clear_object (&model);
  g_assert_finalize_object (db);
}

static void
test_worker_refused_read_only (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = rk_test_create_sample (dir, "ro.renkei");
  g_autoptr(GError) error = NULL;
  RkDatabase *db;

  db = rk_database_open (path, RK_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_null (rk_database_open_worker (db, &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_READ_ONLY);
  g_assert_finalize_object (db);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/directory/fold", test_fold);
  g_test_add_func ("/core/directory/build-match", test_build_match);
  g_test_add_func ("/core/directory/search", test_search);
  g_test_add_func ("/core/directory/model-search", test_model_search);
  g_test_add_func ("/core/directory/filters", test_filters);
  g_test_add_func ("/core/directory/answers-and-stale", test_answers_and_stale);
  g_test_add_func ("/core/directory/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/core/directory/capabilities", test_capabilities);
  g_test_add_func ("/core/directory/coverage", test_coverage);
  g_test_add_func ("/core/directory/open-on", test_open_on);
  g_test_add_func ("/core/directory/worker-connection", test_worker_connection);
  g_test_add_func ("/core/directory/worker-refused-read-only", test_worker_refused_read_only);

  return g_test_run ();
}
