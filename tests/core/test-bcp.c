/* test-bcp.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "rk-bcp-member.h"
#include "rk-bcp-plan.h"
#include "rk-bcp-store.h"
#include "rk-bcp-vocabulary.h"
#include "rk-care-contact.h"
#include "rk-care-device.h"
#include "rk-care-person.h"
#include "rk-entity.h"
#include "rk-organization.h"
#include "rk-query-model.h"
#include "rk-sample.h"
#include "rk-test-core.h"

#define TODAY "2026-10-01"

static RkDatabase *
new_workspace (char **path_out)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "bcp.renkei", NULL);
  g_autoptr(GError) error = NULL;
  RkDatabase *db = rk_database_create (path, &error);

  g_assert_no_error (error);
  if (path_out != NULL)
    *path_out = g_steal_pointer (&path);
  return db;
}

static gint64
take_id (gpointer row)
{
  g_autoptr(RkEntity) entity = row;

  g_assert_nonnull (entity);
  return rk_entity_get_id (entity);
}

#define create(db, type, ...) \
  take_id (rk_entity_create ((db), (type), "Add", NULL, __VA_ARGS__))

static gint64
org (RkDatabase *db,
     const char *kind,
     const char *name)
{
  return create (db, RK_TYPE_ORGANIZATION, "kind", kind, "name", name, "kana", name, NULL);
}

static char *
join (GPtrArray *names)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (s, "%s%s", i > 0 ? "," : "", (char *) g_ptr_array_index (names, i));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
assert_readiness (RkBcpReadiness *r,
                  const char     *kind,
                  guint           n,
                  guint           own,
                  const char     *missing_own,
                  guint           coop,
                  const char     *missing_coop,
                  guint           regional,
                  const char     *missing_regional)
{
  g_autofree char *m_own = join (r->missing_own);
  g_autofree char *m_coop = join (r->missing_cooperative);
  g_autofree char *m_regional = join (r->missing_regional);

  g_assert_cmpstr (r->kind, ==, kind);
  g_assert_cmpuint (r->n_organizations, ==, n);
  g_assert_cmpuint (r->n_own, ==, own);
  g_assert_cmpstr (m_own, ==, missing_own);
  g_assert_cmpuint (r->n_cooperative, ==, coop);
  g_assert_cmpstr (m_coop, ==, missing_coop);
  g_assert_cmpuint (r->n_regional, ==, regional);
  g_assert_cmpstr (m_regional, ==, missing_regional);
}

static void
test_readiness (void)
{
  g_autoptr(RkDatabase) db = new_workspace (NULL);
  g_autoptr(GPtrArray) readiness = NULL;
  g_autoptr(GError) error = NULL;
  gint64 h1, h2, n1, n2, c1, coop, regional;

  n1 = org (db, "home_nursing", "N1");
  n2 = org (db, "home_nursing", "N2");
  c1 = org (db, "clinic", "C1");
  h1 = org (db, "hospital", "H1");
  h2 = org (db, "hospital", "H2");

  /* Own plans: only 策定済 and 要見直し count. */
  create (db, RK_TYPE_BCP_PLAN, "owner-id", h1, "status", "done", NULL);
  create (db, RK_TYPE_BCP_PLAN, "owner-id", h2, "status", "drafting", NULL);
  create (db, RK_TYPE_BCP_PLAN, "owner-id", n1, "status", "needs_review", NULL);
  /* Someone else's plan is not C1's own. */
  create (db, RK_TYPE_BCP_PLAN, "owner-id", n2, "status", "not_started", NULL);

  /* The cooperative plan: N1 owns it, H1 took part, H2 was only told. */
  coop = create (db, RK_TYPE_BCP_PLAN, "kind", "cooperative", "owner-id", n1, NULL);
  create (db, RK_TYPE_BCP_MEMBER, "plan-id", coop, "organization-id", h1, NULL);
  create (db, RK_TYPE_BCP_MEMBER, "plan-id", coop, "organization-id", h2,
          "took-part", FALSE, "shared-on", "2026-01-01", NULL);

  /* The regional plan, owned by nobody in the list: H1 and C1 took part. */
  regional = create (db, RK_TYPE_BCP_PLAN, "kind", "regional", NULL);
  create (db, RK_TYPE_BCP_MEMBER, "plan-id", regional, "organization-id", h1, NULL);
  create (db, RK_TYPE_BCP_MEMBER, "plan-id", regional, "organization-id", c1, NULL);
  create (db, RK_TYPE_BCP_MEMBER, "plan-id", regional, "organization-id", n2,
          "took-part", FALSE, "shared-on", "2026-02-01", NULL);

  readiness = rk_bcp_get_readiness (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (readiness->len, ==, 3);

  /* In the order of the guidebook's list of kinds. */
  assert_readiness (g_ptr_array_index (readiness, 0), "hospital", 2,
                    1, "H2", 1, "H2", 1, "H2");
  assert_readiness (g_ptr_array_index (readiness, 1), "clinic", 1,
                    0, "C1", 0, "C1", 1, "");
  assert_readiness (g_ptr_array_index (readiness, 2), "home_nursing", 2,
                    1, "N2", 1, "N2", 0, "N1,N2");

  g_assert_cmpuint (rk_bcp_count_members (db, coop, FALSE), ==, 1);
  g_assert_cmpuint (rk_bcp_count_members (db, coop, TRUE), ==, 1);
  g_assert_cmpuint (rk_bcp_count_members (db, regional, FALSE), ==, 2);

  rk_database_close (db);
}

static gint64
person (RkDatabase *db,
        const char *name,
        gboolean    backup,
        gint64      hospital,
        const char *consent,
        const char *reviewed)
{
  return create (db, RK_TYPE_CARE_PERSON, "name", name, "backup-generator", backup,
                 "hospital-id", hospital, "consent-date", consent, "reviewed-on", reviewed, NULL);
}

static void
device (RkDatabase *db,
        gint64      person_id,
        const char *kind,
        double      internal,
        double      external)
{
  create (db, RK_TYPE_CARE_DEVICE, "person-id", person_id, "device", kind,
          "internal-hours", internal, "external-hours", external, NULL);
}

static void
test_board (void)
{
  g_autoptr(RkDatabase) db = new_workspace (NULL);
  g_autoptr(GArray) board = NULL;
  g_autoptr(RkCareCounts) counts = NULL;
  g_autoptr(RkQueryModel) model = NULL;
  g_autoptr(GError) error = NULL;
  const char *params[] = { TODAY, "4", NULL };
  RkCareStatus status;
  gint64 hospital = org (db, "hospital", "H");
  gint64 p1, p2, p3, p4, p5;

  p1 = person (db, "P1", FALSE, hospital, "2026-01-01", "2026-01-01");
  device (db, p1, "ventilator", 6, 12);
  device (db, p1, "suction", 1, 40);

  /* Reviewed a year and a day ago: overdue. */
  p2 = person (db, "P2", TRUE, hospital, "2026-01-01", "2025-09-30");
  device (db, p2, "ventilator", 10, 20);

  /* Reviewed exactly a year ago: due today, not overdue. One device of
   * unknown battery time makes the person's power unknown.
   */
  p3 = person (db, "P3", TRUE, -1, "", "2025-10-01");
  device (db, p3, "ventilator", 48, 0);
  device (db, p3, "suction", NAN, NAN);

  /* No device recorded: power not known. */
  p4 = person (db, "P4", TRUE, hospital, "2026-01-01", "2026-01-01");

  /* Ready: one known battery time counts with the other unknown. */
  p5 = person (db, "P5", TRUE, hospital, "2026-01-01", "2026-09-01");
  device (db, p5, "ventilator", 24, NAN);

  board = rk_care_get_board (db, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (board->len, ==, 5);

#define STATUS(i) (&g_array_index (board, RkCareStatus, i))
  g_assert_cmpint (STATUS (0)->id, ==, p1);
  g_assert_cmpfloat (STATUS (0)->hours, ==, 18);
  g_assert_cmpint (STATUS (0)->issues, ==, RK_CARE_SHORT_POWER | RK_CARE_NO_BACKUP);
  g_assert_cmpint (STATUS (1)->id, ==, p2);
  g_assert_cmpfloat (STATUS (1)->hours, ==, 30);
  g_assert_cmpint (STATUS (1)->issues, ==, RK_CARE_REVIEW_OVERDUE);
  g_assert_cmpint (STATUS (2)->id, ==, p3);
  g_assert_true (isnan (STATUS (2)->hours));
  g_assert_cmpint (STATUS (2)->issues, ==, RK_CARE_SHORT_POWER | RK_CARE_NO_HOSPITAL | RK_CARE_NO_CONSENT);
  g_assert_cmpint (STATUS (3)->id, ==, p4);
  g_assert_true (isnan (STATUS (3)->hours));
  g_assert_cmpint (STATUS (3)->issues, ==, RK_CARE_SHORT_POWER);
  g_assert_cmpint (STATUS (4)->id, ==, p5);
  g_assert_cmpfloat (STATUS (4)->hours, ==, 24);
  g_assert_cmpint (STATUS (4)->issues, ==, 0);
#undef STATUS

  g_assert_true (rk_care_get_status (db, p2, "2026-09-30", &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status.issues, ==, 0);
  g_assert_false (rk_care_get_status (db, 999, TODAY, &status, &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  counts = rk_care_get_counts (db, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts->n_people, ==, 5);
  g_assert_cmpuint (counts->n_ready, ==, 1);
  g_assert_cmpuint (counts->n_issue[0], ==, 3);   /* short power */
  g_assert_cmpuint (counts->n_issue[1], ==, 1);   /* no backup */
  g_assert_cmpuint (counts->n_issue[2], ==, 1);   /* no hospital */
  g_assert_cmpuint (counts->n_issue[3], ==, 1);   /* no consent */
  g_assert_cmpuint (counts->n_issue[4], ==, 1);   /* overdue */
  g_assert_cmpuint (counts->devices->len, ==, 2);
  g_assert_cmpstr (((RkBcpCount *) g_ptr_array_index (counts->devices, 0))->code, ==, "ventilator");
  g_assert_cmpuint (((RkBcpCount *) g_ptr_array_index (counts->devices, 0))->n, ==, 4);
  g_assert_cmpuint (((RkBcpCount *) g_ptr_array_index (counts->devices, 1))->n, ==, 2);

  /* The board's list of one issue, as the tab shows it. */
  model = rk_query_model_new (db, RK_TYPE_CARE_PERSON, "SELECT id FROM care_person WHERE 0");
  rk_query_model_set_query (model, RK_CARE_PEOPLE_SQL, params);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_cmpint (rk_query_model_get_id (model, 0), ==, p3);
  params[1] = "0";
  rk_query_model_set_query (model, RK_CARE_PEOPLE_SQL, params);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);

  g_clear_object (&model);
  rk_database_close (db);
}

/* Whether @needle occurs anywhere in the raw bytes of @path (a missing
 * file holds nothing).
 */
static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  /* Not memmem(): it is a GNU extension, and this is plain C. */
  for (gsize i = 0, n = strlen (needle); i + n <= length; i++)
    if (memcmp (contents + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
workspace_contains (const char *path,
                    const char *needle)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  return file_contains (path, needle) || file_contains (wal, needle);
}

static const char *const secrets[] = {
  "旧姓確認用の氏名",        /* the name before it was corrected */
  "消去確認 太郎",           /* the name */
  "しょうきょかくにん",      /* kana */
  "消去確認の家族 花代",     /* a family contact */
  "099-555-0199",            /* a phone number */
  "消去確認用の疾患名",      /* the condition */
};

static gint64
add_secret_person (RkDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) p = NULL;
  gint64 id;

  p = rk_entity_create (db, RK_TYPE_CARE_PERSON, "Add Person", &error,
                        "name", secrets[0], "kana", "しょうきょかくにん たろう",
                        "phone", secrets[4], "condition", secrets[5], NULL);
  g_assert_no_error (error);
  id = rk_entity_get_id (p);
  g_assert_true (rk_entity_update (p, "Change Name", &error, "name", secrets[1], NULL));
  g_assert_no_error (error);
  create (db, RK_TYPE_CARE_CONTACT, "person-id", id, "name", secrets[3], "phone", secrets[4], NULL);
  device (db, id, "ventilator", 6, 6);
  return id;
}

static void
test_erase (void)
{
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autoptr(RkDatabase) db = new_workspace (&path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkCarePerson) p = NULL;
  struct stat st;
  gint64 id;

  wal = g_strconcat (path, "-wal", NULL);
  id = add_secret_person (db);
  create (db, RK_TYPE_CARE_PERSON, "name", "残る 花子", NULL);

  /* The check can fail: before the erasure every value is on disk. */
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    g_assert_true (workspace_contains (path, secrets[i]));
  g_assert_true (rk_database_can_undo (db));

  p = rk_entity_lookup (db, RK_TYPE_CARE_PERSON, id, &error);
  g_assert_no_error (error);
  g_assert_true (rk_care_person_erase (p, &error));
  g_assert_no_error (error);

  /* Not a byte left, in the file or its log, while the workspace is open. */
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    if (workspace_contains (path, secrets[i]))
      g_error ("“%s” is still in the workspace after the person was erased", secrets[i]);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
  g_assert_cmpint (rk_test_file_mode (path), ==, 0600);

  /* Nothing in memory can bring them back. */
  g_assert_false (rk_database_can_undo (db));
  g_assert_false (rk_database_can_redo (db));

  /* The contacts and devices went with the person; the other stayed. */
  g_assert_cmpint (rk_database_count_rows (db, "care_person", NULL), ==, 1);
  g_assert_cmpint (rk_database_count_rows (db, "care_contact", NULL), ==, 0);
  g_assert_cmpint (rk_database_count_rows (db, "care_device", NULL), ==, 0);
  g_assert_true (workspace_contains (path, "残る 花子"));

  rk_database_close (db);
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    g_assert_false (file_contains (path, secrets[i]));
}

/* The control: an ordinary undoable delete leaves the person in the log
 * (and in memory for undo), which is why the register uses the erasure.
 */
static void
test_plain_delete_leaves_traces (void)
{
  g_autofree char *path = NULL;
  g_autoptr(RkDatabase) db = new_workspace (&path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) p = NULL;
  gint64 id = add_secret_person (db);

  p = rk_entity_lookup (db, RK_TYPE_CARE_PERSON, id, &error);
  g_assert_true (rk_entity_delete (p, "Remove", &error));
  g_assert_no_error (error);
  g_assert_true (workspace_contains (path, secrets[1]));
  g_assert_true (rk_database_can_undo (db));

  rk_database_close (db);
}

/* Undoing the addition of a person deletes them too; the tab then scrubs
 * the log the same way.
 */
static void
test_undo_then_scrub (void)
{
  g_autofree char *path = NULL;
  g_autoptr(RkDatabase) db = new_workspace (&path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) p = NULL;

  p = rk_entity_create (db, RK_TYPE_CARE_PERSON, "Add Person", &error,
                        "name", "取り消し 確認", NULL);
  g_assert_no_error (error);
  g_assert_true (workspace_contains (path, "取り消し 確認"));

  g_assert_true (rk_database_undo (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rk_database_count_rows (db, "care_person", NULL), ==, 0);
  g_assert_true (rk_care_register_scrub (db, &error));
  g_assert_no_error (error);
  g_assert_false (workspace_contains (path, "取り消し 確認"));

  rk_database_close (db);
}

/* An organisation that a person or a plan depends on cannot vanish. */
static void
test_organizations_restricted (void)
{
  g_autoptr(RkDatabase) db = new_workspace (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) hospital = NULL;
  gint64 h = org (db, "hospital", "H");

  person (db, "P", FALSE, h, "", "");
  hospital = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, h, &error);
  g_assert_false (rk_entity_delete (hospital, "Remove", &error));
  g_assert_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpint (rk_database_count_rows (db, "organization", NULL), ==, 1);

  rk_database_close (db);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static void
test_old_copies (void)
{
  g_autofree char *path = NULL;
  g_autoptr(RkDatabase) db = new_workspace (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_auto(GStrv) found = NULL;
  const char *names[] = { "bcp.renkei.v1.bak", "bcp.renkei.v4.bak", "bcp.renkei.v5.bak",
                          "bcp.renkei.v12.bak", "bcp.renkei.v6.bak.tmp", "other.renkei.v7.bak" };
  g_autofree char *joined = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = g_build_filename (dir, names[i], NULL);
      rk_test_write_file (file, "x", 1, 0600);
    }

  found = rk_care_register_find_old_copies (db);
  for (guint i = 0; found[i] != NULL; i++)
    {
      char *base = g_path_get_basename (found[i]);
      g_free (found[i]);
      found[i] = base;
    }
  g_qsort_with_data (found, g_strv_length (found), sizeof (char *), compare_strings, NULL);
  joined = g_strjoinv (" ", found);
  g_assert_cmpstr (joined, ==, "bcp.renkei.v12.bak bcp.renkei.v5.bak");

  rk_database_close (db);
}

static gboolean
names_contain (GPtrArray  *names,
               const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return TRUE;
  return FALSE;
}

static const char * const bcp_stations[] = {
  "さくら訪問看護ステーション", "みなと訪問看護ステーション",
};

static void
test_sample (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "sample.renkei", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = rk_sample_create (path, &error);
  g_autoptr(GPtrArray) readiness = NULL;
  g_autoptr(GArray) board = NULL;

  g_assert_no_error (error);

  readiness = rk_bcp_get_readiness (db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < readiness->len; i++)
    {
      RkBcpReadiness *r = g_ptr_array_index (readiness, i);

      /* The sample's directory holds more stations and clinics than the
       * BCP sample speaks of: check the ones it does. */
      if (g_str_equal (r->kind, "home_nursing"))
        for (guint k = 0; k < G_N_ELEMENTS (bcp_stations); k++)
          {
            g_assert_false (names_contain (r->missing_own, bcp_stations[k]));
            g_assert_false (names_contain (r->missing_cooperative, bcp_stations[k]));
            g_assert_false (names_contain (r->missing_regional, bcp_stations[k]));
          }
      else if (g_str_equal (r->kind, "clinic"))
        {
          g_assert_true (names_contain (r->missing_own, "さくら在宅クリニック"));
          g_assert_true (names_contain (r->missing_own, "やまべ診療所"));
          g_assert_true (names_contain (r->missing_cooperative, "さくら在宅クリニック"));
          g_assert_true (names_contain (r->missing_cooperative, "やまべ診療所"));
          g_assert_false (names_contain (r->missing_regional, "さくら在宅クリニック"));
          g_assert_true (names_contain (r->missing_regional, "やまべ診療所"));
        }
    }

  board = rk_care_get_board (db, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (board->len, ==, 4);
  g_assert_cmpint (g_array_index (board, RkCareStatus, 0).issues, ==, RK_CARE_SHORT_POWER);
  g_assert_cmpint (g_array_index (board, RkCareStatus, 1).issues, ==, RK_CARE_REVIEW_OVERDUE);
  g_assert_cmpint (g_array_index (board, RkCareStatus, 2).issues, ==, 0x1f);
  g_assert_cmpint (g_array_index (board, RkCareStatus, 3).issues, ==, 0);

  rk_database_close (db);
}

static void
test_dates (void)
{
  static const struct {
    const char *text;
    const char *iso;
  } good[] = {
    { "", "" },
    { "2026-09-01", "2026-09-01" },
    { "2026/9/1", "2026-09-01" },
    { "２０２６年９月１日", "2026-09-01" },
    { " 2026.9.1 ", "2026-09-01" },
    { "令和8年9月1日", "2026-09-01" },
    { "R8.9.1", "2026-09-01" },
    { "令和元年5月1日", "2019-05-01" },
    { "昭和36年5月12日", "1961-05-12" },
    { "H31/4/30", "2019-04-30" },
  };
  static const char *bad[] = { "2026-02-30", "9/1", "明日", "2026-13-01", "26-9-1", "2026-09-01x" };
  g_autofree char *next = NULL;
  g_autofree char *leap = NULL;
  g_autofree char *hours = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *iso = NULL;

      g_assert_true (rk_bcp_parse_date (good[i].text, &iso));
      g_assert_cmpstr (iso, ==, good[i].iso);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *iso = NULL;

      if (rk_bcp_parse_date (bad[i], &iso))
        g_error ("“%s” was read as %s", bad[i], iso);
    }

  next = rk_bcp_add_years ("2025-05-10", 1);
  g_assert_cmpstr (next, ==, "2026-05-10");
  leap = rk_bcp_add_years ("2024-02-29", 1);
  g_assert_cmpstr (leap, ==, "2025-02-28");
  g_assert_null (rk_bcp_add_years ("", 1));

  hours = rk_bcp_format_hours (18);
  g_assert_cmpstr (hours, ==, "18 h");
  g_clear_pointer (&hours, g_free);
  hours = rk_bcp_format_hours (1.5);
  g_assert_cmpstr (hours, ==, "1.5 h");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/bcp/readiness", test_readiness);
  g_test_add_func ("/bcp/board", test_board);
  g_test_add_func ("/bcp/erase", test_erase);
  g_test_add_func ("/bcp/plain-delete-leaves-traces", test_plain_delete_leaves_traces);
  g_test_add_func ("/bcp/undo-then-scrub", test_undo_then_scrub);
  g_test_add_func ("/bcp/organizations-restricted", test_organizations_restricted);
  g_test_add_func ("/bcp/old-copies", test_old_copies);
  g_test_add_func ("/bcp/sample", test_sample);
  g_test_add_func ("/bcp/dates", test_dates);

  return g_test_run ();
}
