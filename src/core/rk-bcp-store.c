/* rk-bcp-store.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rk-bcp-check.h"
#include "rk-bcp-drill.h"
#include "rk-bcp-drill-member.h"
#include "rk-bcp-member.h"
#include "rk-bcp-plan.h"
#include "rk-bcp-review.h"
#include "rk-bcp-store.h"
#include "rk-bcp-task.h"
#include "rk-bcp-vocabulary.h"
#include "rk-care-contact.h"
#include "rk-care-device.h"
#include "rk-care-person.h"
#include "rk-database-private.h"
#include "rk-entity.h"

/* The questions the disaster BCP tab asks of the whole workspace: how
 * ready the region's organisations are, and what the register of people
 * on medical devices still lacks. Everything here only reads.
 */

static const char *issue_labels[RK_CARE_N_ISSUES] = {
  N_("Under 24 hours of power"),
  N_("No backup power"),
  N_("No receiving hospital"),
  N_("No consent to share"),
  N_("Review overdue"),
};

/**
 * rk_care_issue_get_label:
 * @issue: one #RkCareIssues bit
 *
 * Returns: what the board calls it
 */
const char *
rk_care_issue_get_label (RkCareIssues issue)
{
  for (guint i = 0; i < RK_CARE_N_ISSUES; i++)
    if (issue == (1u << i))
      return _(issue_labels[i]);

  g_return_val_if_reached ("");
}

static const char *list_sql[RK_BCP_N_LISTS] = {
  [RK_BCP_LIST_PLANS] = RK_BCP_PLANS_SQL,
  [RK_BCP_LIST_PLAN_MEMBERS] =
    "SELECT m.id FROM bcp_member m JOIN organization o ON o.id = m.organization_id "
    "WHERE m.plan_id = ?1 ORDER BY m.took_part DESC, o.kind, o.kana, o.name, m.id",
  [RK_BCP_LIST_PLAN_TASKS] =
    "SELECT id FROM bcp_task WHERE plan_id = ?1 ORDER BY position, id",
  [RK_BCP_LIST_PLAN_REVIEWS] =
    "SELECT id FROM bcp_review WHERE plan_id = ?1 ORDER BY review_date = '', review_date, id",
  [RK_BCP_LIST_DRILLS] = RK_BCP_DRILLS_SQL,
  [RK_BCP_LIST_DRILL_MEMBERS] =
    "SELECT m.id FROM bcp_drill_member m JOIN organization o ON o.id = m.organization_id "
    "WHERE m.drill_id = ?1 ORDER BY m.id",
  [RK_BCP_LIST_DRILL_REVIEWS] =
    "SELECT id FROM bcp_review WHERE drill_id = ?1 ORDER BY review_date, id",
  [RK_BCP_LIST_CHECKS] = RK_BCP_CHECKS_SQL,
  [RK_CARE_LIST_PEOPLE] = "SELECT id FROM care_person ORDER BY id",
  [RK_CARE_LIST_FAMILY] =
    "SELECT id FROM care_contact WHERE person_id = ?1 AND kind = 'family' ORDER BY position, id",
  [RK_CARE_LIST_SUPPORTERS] =
    "SELECT id FROM care_contact WHERE person_id = ?1 AND kind = 'supporter' ORDER BY position, id",
  [RK_CARE_LIST_DEVICES] =
    "SELECT id FROM care_device WHERE person_id = ?1 ORDER BY position, id",
};

/**
 * rk_bcp_list_get_sql:
 *
 * Returns: the query of @list, for an #RkQueryModel (the parent's id is
 *   its first parameter)
 */
const char *
rk_bcp_list_get_sql (RkBcpList list)
{
  g_return_val_if_fail (list < RK_BCP_N_LISTS, NULL);

  return list_sql[list];
}

/**
 * rk_bcp_list_get_item_type:
 *
 * Returns: the #RkEntity subclass of @list's rows
 */
GType
rk_bcp_list_get_item_type (RkBcpList list)
{
  switch (list)
    {
    case RK_BCP_LIST_PLANS:
      return RK_TYPE_BCP_PLAN;
    case RK_BCP_LIST_PLAN_MEMBERS:
      return RK_TYPE_BCP_MEMBER;
    case RK_BCP_LIST_PLAN_TASKS:
      return RK_TYPE_BCP_TASK;
    case RK_BCP_LIST_PLAN_REVIEWS:
    case RK_BCP_LIST_DRILL_REVIEWS:
      return RK_TYPE_BCP_REVIEW;
    case RK_BCP_LIST_DRILLS:
      return RK_TYPE_BCP_DRILL;
    case RK_BCP_LIST_DRILL_MEMBERS:
      return RK_TYPE_BCP_DRILL_MEMBER;
    case RK_BCP_LIST_CHECKS:
      return RK_TYPE_BCP_CHECK;
    case RK_CARE_LIST_PEOPLE:
      return RK_TYPE_CARE_PERSON;
    case RK_CARE_LIST_FAMILY:
    case RK_CARE_LIST_SUPPORTERS:
      return RK_TYPE_CARE_CONTACT;
    case RK_CARE_LIST_DEVICES:
      return RK_TYPE_CARE_DEVICE;
    case RK_BCP_N_LISTS:
    default:
      g_return_val_if_reached (G_TYPE_INVALID);
    }
}

/**
 * rk_bcp_list_entities:
 * @parent_id: the plan, drill or person whose rows to list (ignored by
 *   the lists without a parent)
 *
 * Returns: (transfer full) (element-type RkEntity) (nullable): the rows
 */
GPtrArray *
rk_bcp_list_entities (RkDatabase  *db,
                      RkBcpList    list,
                      gint64       parent_id,
                      GError     **error)
{
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(RkStatement) stmt = NULL;
  GType type;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);
  g_return_val_if_fail (list < RK_BCP_N_LISTS, NULL);

  type = rk_bcp_list_get_item_type (list);
  stmt = rk_database_prepare (db, list_sql[list], error);
  if (stmt == NULL)
    return NULL;

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, parent_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read a list"));
      return NULL;
    }
  rk_statement_reset (stmt);

  /* Rows load after the query is done: loading one uses statements too. */
  for (guint i = 0; i < ids->len; i++)
    {
      RkEntity *entity = rk_entity_lookup (db, type, g_array_index (ids, gint64, i), error);

      if (entity == NULL)
        return NULL;
      g_ptr_array_add (entities, entity);
    }

  return g_steal_pointer (&entities);
}

static RkBcpCount *
count_new (const char *code,
           guint       n)
{
  RkBcpCount *count = g_new0 (RkBcpCount, 1);

  count->code = g_strdup (code);
  count->n = n;
  return count;
}

static void
count_free (RkBcpCount *count)
{
  g_free (count->code);
  g_free (count);
}

static char *
today_or (const char *today)
{
  return today != NULL ? g_strdup (today) : rk_bcp_today ();
}

static void
read_status (sqlite3_stmt *stmt,
             RkCareStatus *status)
{
  status->id = sqlite3_column_int64 (stmt, 0);
  status->hours = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? NAN
                                                              : sqlite3_column_double (stmt, 1);
  status->issues = sqlite3_column_int (stmt, 2);
}

/**
 * rk_care_get_board:
 * @today: (nullable): "YYYY-MM-DD", or %NULL for today
 *
 * Returns: (transfer full) (element-type RkCareStatus) (nullable): every
 *   person of the register, by number, with what their plan lacks
 */
GArray *
rk_care_get_board (RkDatabase  *db,
                   const char  *today,
                   GError     **error)
{
  g_autoptr(GArray) board = g_array_new (FALSE, FALSE, sizeof (RkCareStatus));
  g_autofree char *date = today_or (today);
  g_auto(RkStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  stmt = rk_database_prepare (db, RK_CARE_BOARD_SQL " ORDER BY p.id", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RkCareStatus status;

      read_status (stmt, &status);
      g_array_append_val (board, status);
    }

  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the register"));
      return NULL;
    }

  return g_steal_pointer (&board);
}

/**
 * rk_care_get_status:
 * @today: (nullable): "YYYY-MM-DD", or %NULL for today
 * @status: (out caller-allocates): filled in
 *
 * Returns: whether the person exists
 */
gboolean
rk_care_get_status (RkDatabase    *db,
                    gint64         person_id,
                    const char    *today,
                    RkCareStatus  *status,
                    GError       **error)
{
  g_autofree char *date = today_or (today);
  g_auto(RkStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (db), FALSE);

  stmt = rk_database_prepare (db, RK_CARE_BOARD_SQL " WHERE p.id = ?2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      read_status (stmt, status);
      return TRUE;
    }

  if (rc == SQLITE_DONE)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, person_id);

      /* Translators: %s is a number of the register */
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_NOT_FOUND,
                   _("There is no person No. %s in the register."),
                   number);
    }
  else
    rk_database_set_error (db, error, rc, _("read the register"));
  return FALSE;
}

static GPtrArray *
count_by (RkDatabase  *db,
          const char  *sql,
          GError     **error)
{
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func ((GDestroyNotify) count_free);
  g_auto(RkStatement) stmt = rk_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (counts, count_new ((const char *) sqlite3_column_text (stmt, 0),
                                        sqlite3_column_int (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the register"));
      return NULL;
    }

  return g_steal_pointer (&counts);
}

/**
 * rk_care_get_counts:
 * @today: (nullable): "YYYY-MM-DD", or %NULL for today
 *
 * Counts the register without naming anyone: what exports and prints
 * show unless the user asks for personal data.
 *
 * Returns: (transfer full) (nullable): the counts
 */
RkCareCounts *
rk_care_get_counts (RkDatabase  *db,
                    const char  *today,
                    GError     **error)
{
  g_autoptr(RkCareCounts) counts = g_new0 (RkCareCounts, 1);
  g_autoptr(GArray) board = NULL;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  board = rk_care_get_board (db, today, error);
  if (board == NULL)
    return NULL;

  counts->n_people = board->len;
  for (guint i = 0; i < board->len; i++)
    {
      const RkCareStatus *s = &g_array_index (board, RkCareStatus, i);

      if (s->issues == 0)
        counts->n_ready++;
      for (guint bit = 0; bit < RK_CARE_N_ISSUES; bit++)
        if (s->issues & (1u << bit))
          counts->n_issue[bit]++;
    }

  counts->devices = count_by (db,
                              "SELECT device, count (DISTINCT person_id) FROM care_device "
                              "GROUP BY device ORDER BY count (DISTINCT person_id) DESC, device",
                              error);
  if (counts->devices == NULL)
    return NULL;

  counts->destinations = count_by (db,
                                   "SELECT destination, count (*) FROM care_person "
                                   "GROUP BY destination ORDER BY CASE destination "
                                   "WHEN 'home' THEN 0 WHEN 'hospital' THEN 1 "
                                   "WHEN 'welfare_shelter' THEN 2 ELSE 3 END",
                                   error);
  if (counts->destinations == NULL)
    return NULL;

  return g_steal_pointer (&counts);
}

void
rk_care_counts_free (RkCareCounts *counts)
{
  if (counts == NULL)
    return;

  g_clear_pointer (&counts->devices, g_ptr_array_unref);
  g_clear_pointer (&counts->destinations, g_ptr_array_unref);
  g_free (counts);
}

/*
 * Readiness of the region
 */

void
rk_bcp_readiness_free (RkBcpReadiness *readiness)
{
  if (readiness == NULL)
    return;

  g_free (readiness->kind);
  g_clear_pointer (&readiness->missing_own, g_ptr_array_unref);
  g_clear_pointer (&readiness->missing_cooperative, g_ptr_array_unref);
  g_clear_pointer (&readiness->missing_regional, g_ptr_array_unref);
  g_free (readiness);
}

static RkBcpReadiness *
readiness_new (const char *kind)
{
  RkBcpReadiness *r = g_new0 (RkBcpReadiness, 1);

  r->kind = g_strdup (kind);
  r->missing_own = g_ptr_array_new_with_free_func (g_free);
  r->missing_cooperative = g_ptr_array_new_with_free_func (g_free);
  r->missing_regional = g_ptr_array_new_with_free_func (g_free);
  return r;
}

static int
kind_rank (const char *kind)
{
  const RkTerm *terms;
  guint n;

  terms = rk_terms_get (RK_TERMS_ORGANIZATION_KIND, &n);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (terms[i].code, kind) == 0)
      return i;

  return n;
}

static int
compare_readiness (gconstpointer a,
                   gconstpointer b)
{
  const RkBcpReadiness *x = *(RkBcpReadiness **) a;
  const RkBcpReadiness *y = *(RkBcpReadiness **) b;
  int rx = kind_rank (x->kind);
  int ry = kind_rank (y->kind);

  return rx != ry ? rx - ry : g_strcmp0 (x->kind, y->kind);
}

/* An organisation has its own BCP when a 機関型 plan it owns is drafted
 * (策定済, or 要見直し: it exists and is due for revision). It takes part
 * in a 連携型 or the 地域BCP when it owns one or is a member that took
 * part, whatever the plan's state: joining the drafting is what counts.
 */
#define READINESS_SQL \
  "WITH own (id) AS (SELECT owner_id FROM bcp_plan WHERE kind = 'institutional' " \
  "    AND status IN ('done', 'needs_review') AND owner_id IS NOT NULL), " \
  "  cooperative (id) AS (SELECT owner_id FROM bcp_plan WHERE kind = 'cooperative' " \
  "      AND owner_id IS NOT NULL " \
  "    UNION SELECT m.organization_id FROM bcp_member m JOIN bcp_plan p ON p.id = m.plan_id " \
  "      WHERE p.kind = 'cooperative' AND m.took_part), " \
  "  regional (id) AS (SELECT owner_id FROM bcp_plan WHERE kind = 'regional' " \
  "      AND owner_id IS NOT NULL " \
  "    UNION SELECT m.organization_id FROM bcp_member m JOIN bcp_plan p ON p.id = m.plan_id " \
  "      WHERE p.kind = 'regional' AND m.took_part) " \
  "SELECT o.kind, o.name, o.id IN own, o.id IN cooperative, o.id IN regional " \
  "FROM organization o ORDER BY o.kind, o.kana, o.name, o.id"

/**
 * rk_bcp_get_readiness:
 *
 * For each kind of organisation in the directory: how many there are, how
 * many have a BCP of their own, take part in a cooperative BCP and joined
 * the regional BCP, and which ones do not.
 *
 * Returns: (transfer full) (element-type RkBcpReadiness) (nullable): one
 *   entry per kind present, in the order of the guidebook's list of kinds
 */
GPtrArray *
rk_bcp_get_readiness (RkDatabase  *db,
                      GError     **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) rk_bcp_readiness_free);
  g_auto(RkStatement) stmt = NULL;
  RkBcpReadiness *current = NULL;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  stmt = rk_database_prepare (db, READINESS_SQL, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      if (current == NULL || g_strcmp0 (current->kind, kind) != 0)
        {
          current = readiness_new (kind);
          g_ptr_array_add (result, current);
        }

      current->n_organizations++;
      if (sqlite3_column_int (stmt, 2))
        current->n_own++;
      else
        g_ptr_array_add (current->missing_own, g_strdup (name));
      if (sqlite3_column_int (stmt, 3))
        current->n_cooperative++;
      else
        g_ptr_array_add (current->missing_cooperative, g_strdup (name));
      if (sqlite3_column_int (stmt, 4))
        current->n_regional++;
      else
        g_ptr_array_add (current->missing_regional, g_strdup (name));
    }

  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the organisations’ BCPs"));
      return NULL;
    }

  g_ptr_array_sort (result, compare_readiness);
  return g_steal_pointer (&result);
}

/**
 * rk_bcp_join_names:
 * @names: (element-type utf8): organisation names
 * @max_names: how many to name at most
 *
 * A directory can hold thousands of organisations: a list of the missing
 * ones names the first @max_names and counts the rest, so that it fits a
 * row, a printed page or a spreadsheet cell.
 *
 * Returns: (transfer full): "A、B、C ほか12機関"
 */
char *
rk_bcp_join_names (GPtrArray *names,
                   guint      max_names)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < names->len && i < max_names; i++)
    {
      if (i > 0)
        g_string_append (s, C_("list separator", ", "));
      g_string_append (s, g_ptr_array_index (names, i));
    }

  if (names->len > max_names)
    /* Translators: after a list of organisations cut short */
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more",
                                            names->len - max_names),
                            names->len - max_names);

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * rk_bcp_get_organization_name:
 * @id: an organization id, or -1
 *
 * Returns: (transfer full) (nullable): its name, or %NULL for none
 */
char *
rk_bcp_get_organization_name (RkDatabase *db,
                              gint64      id)
{
  g_auto(RkStatement) stmt = NULL;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  if (id <= 0)
    return NULL;

  stmt = rk_database_prepare (db, "SELECT name FROM organization WHERE id = ?", NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/**
 * rk_bcp_count_members:
 * @shared: %FALSE to count the organisations that took part, %TRUE to
 *   count those it was shared with
 */
guint
rk_bcp_count_members (RkDatabase *db,
                      gint64      plan_id,
                      gboolean    shared)
{
  g_auto(RkStatement) stmt = NULL;

  g_return_val_if_fail (RK_IS_DATABASE (db), 0);

  stmt = rk_database_prepare (db,
                              shared ? "SELECT count (*) FROM bcp_member WHERE plan_id = ? AND shared_on <> ''"
                                     : "SELECT count (*) FROM bcp_member WHERE plan_id = ? AND took_part",
                              NULL);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, plan_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
}
