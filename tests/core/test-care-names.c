/* test-care-names.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "rk-care-contact.h"
#include "rk-care-names.h"
#include "rk-care-person.h"
#include "rk-personal-names.h"
#include "rk-profile.h"
#include "rk-sample.h"
#include "rk-test-core.h"

/* The minutes warning wired to the disaster BCP's register (issue #4):
 * names and readings found however they are spaced or written, a
 * registered name winning over the heuristic's match and never quoted,
 * the register's names cached and refreshed on its commits, and gone
 * when the workspace closes. Every message logged meanwhile is kept and
 * checked for the names.
 */

static GString *logged;

static GLogWriterOutput
record_log (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
      g_string_append_printf (logged, "%s\n", (const char *) fields[i].value);

  /* Debug messages are kept, not printed. */
  if (level & G_LOG_LEVEL_DEBUG)
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (level, fields, n_fields, user_data);
}

static char *
found (const char        *text,
       const RkNameIndex *index)
{
  g_autoptr(GArray) matches = rk_personal_names_find_indexed (text, index);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      const RkPersonalNameMatch *m = &g_array_index (matches, RkPersonalNameMatch, i);

      if (s->len > 0)
        g_string_append_c (s, '|');
      g_string_append_len (s, text + m->offset, m->length);
      if (m->kind == RK_PERSONAL_NAME_REGISTERED)
        g_string_append (s, "*");
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_normalized (void)
{
  static const struct {
    const char *text;
    const char *expected;   /* matches, "|"-separated; * marks the register's */
  } cases[] = {
    { "見本太郎の電源確保について", "見本太郎*" },
    { "見本　太郎さんのご家族", "見本　太郎*" },          /* the honorific's match gives way */
    { "ミホン タロウ様の件", "ミホン タロウ*" },           /* the reading, in katakana */
    { "ﾐﾎﾝﾀﾛｳ", "ﾐﾎﾝﾀﾛｳ*" },                               /* half-width */
    { "ﾜﾀﾞ ｹﾞﾝ の件", "ﾜﾀﾞ ｹﾞﾝ*" },                        /* sound marks joined */
    { "髙橋一郎より", "髙橋一郎*" },                         /* the old form of 高 */
    { "ＫＥＮ　ＳＭＩＴＨ", "ＫＥＮ　ＳＭＩＴＨ*" },        /* full-width letters */
    { "見本次郎さんと山田さん", "見本次郎さん|山田さん" },   /* not registered */
    { "見本太", "" },
    { "", "" },
  };
  g_autoptr(RkNameIndex) index = rk_name_index_new ();

  rk_name_index_add (index, "見本 太郎");
  rk_name_index_add (index, "みほん たろう");
  rk_name_index_add (index, "みほん　たろう");   /* the same once folded: kept once */
  rk_name_index_add (index, "和田 源");
  rk_name_index_add (index, "わだ げん");
  rk_name_index_add (index, "高橋 一郎");
  rk_name_index_add (index, "Ken Smith");
  rk_name_index_add (index, "X");                /* one character: left out */
  rk_name_index_add (index, "");
  rk_name_index_add (index, NULL);
  g_assert_cmpuint (rk_name_index_get_size (index), ==, 6);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = found (cases[i].text, index);

      g_test_message ("%s → %s", cases[i].text, got);
      g_assert_cmpstr (got, ==, cases[i].expected);
    }

  /* Without a register, the heuristic alone. */
  {
    g_autofree char *got = found ("見本　太郎さんのご家族", NULL);
    g_assert_cmpstr (got, ==, "見本　太郎さん");
  }
}

static void
test_warning_text (void)
{
  g_autoptr(RkNameIndex) index = rk_name_index_new ();
  const char *labels[] = { "議事の記録", "決定事項" };
  g_autofree char *none = NULL;
  g_autofree char *heuristic = NULL;
  g_autofree char *registered = NULL;
  g_autofree char *both = NULL;

  rk_name_index_add (index, "見本 太郎");

  none = rk_personal_names_warning (2, labels, (const char *[]) { "研修を開催した。", "" }, index);
  g_assert_null (none);

  heuristic = rk_personal_names_warning (2, labels,
                                         (const char *[]) { "山田さんから報告。", "" }, index);
  g_assert_nonnull (heuristic);
  g_assert_nonnull (strstr (heuristic, "“山田さん”"));

  /* A name of the register: the fields are named, the name never. */
  registered = rk_personal_names_warning (2, labels,
                                          (const char *[]) { "", "見本太郎さんの避難先を決めた。" },
                                          index);
  g_assert_nonnull (registered);
  g_test_message ("%s", registered);
  g_assert_nonnull (strstr (registered, "“決定事項”"));
  g_assert_null (strstr (registered, "議事の記録"));
  g_assert_null (strstr (registered, "見本"));
  g_assert_null (strstr (registered, "太郎"));
  g_assert_nonnull (strstr (registered, "register"));

  /* With a register's name in one field, nothing else is quoted either
   * (a surname beside it would tell whose it is).
   */
  both = rk_personal_names_warning (2, labels,
                                    (const char *[]) { "見本さんの件、山田さん", "見本太郎の件" },
                                    index);
  g_assert_nonnull (both);
  g_assert_nonnull (strstr (both, "“決定事項”"));
  g_assert_null (strstr (both, "見本"));
  g_assert_null (strstr (both, "山田"));
}

static RkDatabase *
sample_workspace (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "sample.renkei", NULL);
  g_autoptr(GError) error = NULL;
  RkDatabase *db = rk_sample_create (path, &error);

  g_assert_no_error (error);
  return db;
}

static gboolean
mentions (RkCareNames *names,
          const char  *text)
{
  g_autoptr(GArray) m = rk_personal_names_find_indexed (text, rk_care_names_get_index (names));

  for (guint i = 0; i < m->len; i++)
    if (g_array_index (m, RkPersonalNameMatch, i).kind == RK_PERSONAL_NAME_REGISTERED)
      return TRUE;
  return FALSE;
}

static void
changed_cb (RkCareNames *names,
            guint       *n)
{
  (*n)++;
}

static gint64
person_id (RkDatabase *db,
           const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM care_person WHERE name = '%s'", name);

  return rk_test_query_int (rk_database_get_handle (db), sql);
}

/* The register's names, read once, dropped on the register's commits, and
 * overwritten when the workspace closes.
 */
static void
test_register_cache (void)
{
  RkDatabase *db = sample_workspace ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RkCarePerson) person = NULL;
  g_autoptr(RkCareNames) held = NULL;
  RkCareNames *names = rk_care_names_get (db);
  guint changes = 0;
  gint64 id;

  g_string_truncate (logged, 0);
  g_assert_true (rk_care_names_get (db) == names);
  g_signal_connect (names, "changed", G_CALLBACK (changed_cb), &changes);
  /* Nothing is read before it is needed. */
  g_assert_false (rk_care_names_is_loaded (names));

  /* The sample's four people and their contacts, by name and reading. */
  g_assert_true (mentions (names, "見本太郎さんの電源について"));
  g_assert_true (rk_care_names_is_loaded (names));
  g_assert_true (mentions (names, "れいじゆうきちゃん"));
  g_assert_true (mentions (names, "民生委員の例示和子さん"));       /* a contact */
  g_assert_false (mentions (names, "見本医師"));                   /* a doctor is not in it */
  g_assert_false (mentions (names, "見本町の自主防災組織"));
  /* Four people with their readings, seven contacts. */
  g_assert_cmpuint (rk_name_index_get_size (rk_care_names_get_index (names)), ==, 4 * 2 + 7);

  /* A change elsewhere keeps the names. */
  {
    g_autoptr(RkEntity) profile = rk_entity_lookup (db, RK_TYPE_PROFILE, 1, &error);
    g_assert_no_error (error);
    g_assert_true (rk_entity_update (profile, "Change", &error, "notes", "x", NULL));
  }
  g_assert_true (rk_care_names_is_loaded (names));
  g_assert_cmpuint (changes, ==, 0);

  /* A renamed person: the old name no longer matches, the new one does. */
  id = person_id (db, "見本 太郎");
  person = rk_entity_lookup (db, RK_TYPE_CARE_PERSON, id, &error);
  g_assert_no_error (error);
  g_assert_true (rk_entity_update (RK_ENTITY (person), "Change Name", &error,
                                   "name", "見本 次郎吉", "kana", "みほん じろきち", NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_false (rk_care_names_is_loaded (names));
  g_assert_false (mentions (names, "見本太郎さん"));
  g_assert_true (mentions (names, "ミホンジロキチ"));

  /* Undo is a commit too. */
  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_true (mentions (names, "見本太郎さん"));

  /* A contact added. */
  {
    g_autoptr(RkEntity) contact = rk_entity_create (db, RK_TYPE_CARE_CONTACT, "Add", &error,
                                                    "person-id", id, "kind", "family",
                                                    "name", "見本 梅子", NULL);
    g_assert_no_error (error);
    g_assert_true (mentions (names, "見本梅子さん"));
  }

  /* Erased from the register: gone from the names at once. */
  g_assert_true (rk_care_person_erase (person, &error));
  g_assert_no_error (error);
  g_assert_false (mentions (names, "見本太郎さん"));
  g_assert_false (mentions (names, "見本梅子さん"));
  g_assert_false (mentions (names, "見本花江"));                   /* the erased person's wife */
  g_assert_true (mentions (names, "見本花子"));

  /* Released when the workspace closes: nothing held, even by a view that
   * still holds the object; nothing read again.
   */
  held = g_object_ref (names);
  changes = 0;
  rk_care_names_release (db);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_false (rk_care_names_is_loaded (held));
  g_assert_null (rk_care_names_get_index (held));
  g_assert_false (rk_care_names_is_loaded (held));
  g_assert_false (mentions (held, "見本花子"));

  /* A new one can be had while the workspace is open… */
  g_assert_true (rk_care_names_get (db) != held);
  g_assert_true (mentions (rk_care_names_get (db), "見本花子"));

  /* …and closing the workspace object drops it too. */
  g_clear_object (&person);
  rk_database_close (db);
  g_assert_finalize_object (db);
  g_assert_finalize_object (g_steal_pointer (&held));

  /* Nothing of a person was logged on the way. */
  for (const char *name = "見本\0例示\0みほん\0れいじ\0"; *name != '\0'; name += strlen (name) + 1)
    if (strstr (logged->str, name) != NULL)
      g_error ("a name was logged: %s", logged->str);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  logged = g_string_new (NULL);
  g_log_set_writer_func (record_log, NULL, NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/care-names/normalized", test_normalized);
  g_test_add_func ("/core/care-names/warning-text", test_warning_text);
  g_test_add_func ("/core/care-names/register-cache", test_register_cache);

  return g_test_run ();
}
