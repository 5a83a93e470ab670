/* bench-care-names.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rk-care-names.h"
#include "rk-personal-names.h"
#include "rk-test-core.h"

/* The minutes warning runs at every key press: how long it takes with a
 * register of 1,000 people (each with a reading and two contacts) against
 * minutes of about 2,000 characters, and how long reading the register's
 * names takes after each change to it. meson test --benchmark
 */

#define N_PEOPLE 1000

static const char *family[] = { "見本", "例示", "仮名", "試験", "模擬", "架空", "想定", "検証" };
static const char *given[] = { "太郎", "花子", "一郎", "次郎", "和子", "正", "健", "さくら", "ゆうき",
                               "まなみ", "三郎", "良子", "誠", "恵" };

static const char *paragraph =
  "訪問看護ステーションの24時間対応体制について、みなと町とやまべ村では夜間の往診に対応できる医療機関が"
  "限られていることが報告された。当番医の試行を10月から始め、急変時対応シートを訪問看護ステーションから"
  "当番医に渡す手順を確認した。退院支援ルールの周知研修は4病院で計6回開催し、病棟看護師142名が受講した。"
  "薬剤師会からは24時間対応可能な薬局の一覧を11月中に配布する見込みとの説明があった。";

static void
bench (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) minutes = g_string_new (NULL);
  g_autoptr(GString) sql = g_string_new ("BEGIN;");
  RkDatabase *db;
  RkCareNames *names;
  const char *labels[] = { "議事の記録", "決定事項" };
  const char *texts[2];
  gint64 start;
  double load_ms, find_us, warn_us;
  guint rounds = 200;
  char *warning;

  dir = rk_test_make_dir ();
  path = g_build_filename (dir, "bench.renkei", NULL);
  db = rk_database_create (path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      const char *f = family[i % G_N_ELEMENTS (family)];
      const char *g = given[(i / G_N_ELEMENTS (family)) % G_N_ELEMENTS (given)];

      g_string_append_printf (sql, "INSERT INTO care_person (id, name, kana) VALUES (%u, '%s %s%u', "
                                   "'みほん たろう%u');", i + 1, f, g, i, i);
      g_string_append_printf (sql, "INSERT INTO care_contact (person_id, name) VALUES "
                                   "(%u, '%s 花江%u'), (%u, '例示 和夫%u');", i + 1, f, i, i + 1, i);
    }
  g_string_append (sql, "COMMIT;");
  g_assert_true (rk_database_exec (db, sql->str, &error));
  g_assert_no_error (error);
  rk_database_notify_external_change (db, (const char *[]) { "care_person", "care_contact", NULL });

  while (minutes->len < 2000 * 3)   /* about 2,000 characters of 3 bytes */
    g_string_append (minutes, paragraph);
  texts[0] = minutes->str;
  texts[1] = "次回までに当番医の参加状況を確認する。";

  names = rk_care_names_get (db);
  start = g_get_monotonic_time ();
  g_assert_nonnull (rk_care_names_get_index (names));
  load_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_cmpuint (rk_name_index_get_size (rk_care_names_get_index (names)), ==, 4 * N_PEOPLE);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(GArray) m = rk_personal_names_find_indexed (minutes->str,
                                                            rk_care_names_get_index (names));
      g_assert_cmpuint (m->len, ==, 0);
    }
  find_us = (g_get_monotonic_time () - start) / (double) rounds;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      warning = rk_personal_names_warning (2, labels, texts, rk_care_names_get_index (names));
      g_assert_null (warning);
    }
  warn_us = (g_get_monotonic_time () - start) / (double) rounds;

  /* A name of the register deep in the text is found. */
  g_string_append (minutes, "例示 和夫500");
  texts[0] = minutes->str;
  warning = rk_personal_names_warning (2, labels, texts, rk_care_names_get_index (names));
  g_assert_nonnull (warning);
  g_free (warning);

  g_print ("# register of %d people: %u names read in %.1f ms\n", N_PEOPLE,
           rk_name_index_get_size (rk_care_names_get_index (names)), load_ms);
  g_print ("# minutes of %ld characters: searched in %.0f us; warning for two fields in %.0f us\n",
           g_utf8_strlen (minutes->str, -1), find_us, warn_us);

  rk_care_names_release (db);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/core/care-names/benchmark", bench);
  return g_test_run ();
}
