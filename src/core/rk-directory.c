/* rk-directory.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-directory"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rk-database-private.h"
#include "rk-directory.h"
#include "rk-search.h"
#include "rk-vocabulary.h"

/* The oldest confirmation of a resource: its common facts, or any
 * capability answered (a blank confirmation date sorts first).
 */
#define OLDEST_SQL \
  "min(o.confirmed_on, coalesce((SELECT min(rc.confirmed_on) FROM resource_capability AS rc " \
  "WHERE rc.organization_id = o.id AND rc.value <> ''), o.confirmed_on))"

/* Which resources are open: the list, the counts and the coverage gaps
 * agree on it. On a past day (a report as of the fiscal year's end), a
 * resource marked closed after that day was still open then; the
 * directory keeps no other history (when a resource opened, what it
 * answered before), so the rest is as recorded today.
 */
#define OPEN_SQL    "o.closed = 0"
#define OPEN_ON_SQL "(o.closed = 0 OR o.closed_on > ?)"

/*
 * Filters
 */

void
rk_resource_filter_init (RkResourceFilter *filter)
{
  g_return_if_fail (filter != NULL);

  memset (filter, 0, sizeof *filter);
  filter->capabilities = g_array_new (FALSE, FALSE, sizeof (gint64));
}

void
rk_resource_filter_clear (RkResourceFilter *filter)
{
  g_clear_pointer (&filter->text, g_free);
  g_clear_pointer (&filter->kinds, g_strfreev);
  g_clear_pointer (&filter->municipalities, g_strfreev);
  g_clear_pointer (&filter->capabilities, g_array_unref);
  g_clear_pointer (&filter->stale_before, g_free);
  g_clear_pointer (&filter->open_on, g_free);
}

void
rk_resource_filter_add_capability (RkResourceFilter *filter,
                                   gint64            capability_id)
{
  g_return_if_fail (filter != NULL);

  if (filter->capabilities == NULL)
    filter->capabilities = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < filter->capabilities->len; i++)
    if (g_array_index (filter->capabilities, gint64, i) == capability_id)
      return;
  g_array_append_val (filter->capabilities, capability_id);
}

static void
append_in_list (GString         *sql,
                GPtrArray       *params,
                const char      *column,
                const char * const *values)
{
  g_string_append_printf (sql, " AND %s IN (", column);
  for (guint i = 0; values[i] != NULL; i++)
    {
      g_string_append (sql, i > 0 ? ", ?" : "?");
      g_ptr_array_add (params, g_strdup (values[i]));
    }
  g_string_append (sql, ")");
}

static void
append_kind_order (GString *sql)
{
  const RkTerm *terms;
  guint n_terms;

  terms = rk_terms_get (RK_TERMS_ORGANIZATION_KIND, &n_terms);
  g_string_append (sql, "CASE o.kind");
  for (guint i = 0; i < n_terms; i++)
    g_string_append_printf (sql, " WHEN '%s' THEN %u", terms[i].code, i);
  g_string_append_printf (sql, " ELSE %u END", n_terms);
}

static char *build_select (const RkResourceFilter  *filter,
                           const char              *columns,
                           gboolean                 with_text,
                           GStrv                   *params);

/**
 * rk_resource_filter_build_sql:
 * @filter: the conditions and the order
 * @params: (out) (transfer full): the text bound to the query's
 *   parameters, in order
 *
 * Returns: (transfer full): a query returning the ids of the resources
 *   the filter lets through, in its order (for rk_query_model_set_query())
 */
char *
rk_resource_filter_build_sql (const RkResourceFilter  *filter,
                              GStrv                   *params)
{
  return rk_resource_filter_build_select (filter, "o.id", params);
}

/**
 * rk_resource_filter_build_select:
 * @columns: what to select, over `organization AS o`
 *
 * Like rk_resource_filter_build_sql(), selecting @columns (for exports
 * that read every row once).
 *
 * Returns: (transfer full): the query
 */
char *
rk_resource_filter_build_select (const RkResourceFilter  *filter,
                                 const char              *columns,
                                 GStrv                   *params)
{
  return build_select (filter, columns, TRUE, params);
}

/**
 * rk_resource_filter_build_list_sql:
 *
 * The filter's query without its search text, for an RkQueryModel whose
 * search is set apart with rk_query_model_set_search() and
 * rk_directory_search_sql(): typing then does not re-run (and re-sort)
 * the whole list.
 *
 * Returns: (transfer full): the query
 */
char *
rk_resource_filter_build_list_sql (const RkResourceFilter  *filter,
                                   GStrv                   *params)
{
  return build_select (filter, "o.id", FALSE, params);
}

/**
 * rk_directory_search_sql:
 * @text: (nullable): what the search box says
 * @params: (out) (transfer full): the query's parameters
 *
 * Returns: (transfer full) (nullable): a query returning the ids of the
 *   resources matching @text, in no order; %NULL when @text holds no word
 */
char *
rk_directory_search_sql (const char  *text,
                         GStrv       *params)
{
  char *match = rk_search_build_match (text);

  *params = NULL;
  if (match == NULL)
    return NULL;

  *params = g_new0 (char *, 2);
  (*params)[0] = match;
  return g_strdup ("SELECT rowid FROM organization_fts WHERE organization_fts MATCH ?");
}

static char *
build_select (const RkResourceFilter  *filter,
              const char              *columns,
              gboolean                 with_text,
              GStrv                   *params)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) values = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  g_autofree char *match = NULL;
  const char *dir;

  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (params != NULL, NULL);

  g_string_printf (sql, "SELECT %s FROM organization AS o WHERE 1", columns);
  if (!filter->include_closed && filter->open_on != NULL)
    {
      g_string_append (sql, " AND " OPEN_ON_SQL);
      g_ptr_array_add (values, g_strdup (filter->open_on));
    }
  else if (!filter->include_closed)
    g_string_append (sql, " AND " OPEN_SQL);

  if (filter->kinds != NULL && filter->kinds[0] != NULL)
    append_in_list (sql, values, "o.kind", (const char * const *) filter->kinds);

  if (filter->municipalities != NULL && filter->municipalities[0] != NULL)
    append_in_list (sql, values, "o.municipality_code",
                    (const char * const *) filter->municipalities);

  if (filter->area_only)
    g_string_append (sql, " AND o.municipality_code IN "
                          "(SELECT code FROM municipality WHERE code <> '')");

  match = with_text ? rk_search_build_match (filter->text) : NULL;
  if (match != NULL)
    {
      g_string_append (sql, " AND o.id IN (SELECT rowid FROM organization_fts "
                            "WHERE organization_fts MATCH ?)");
      g_ptr_array_add (values, g_steal_pointer (&match));
    }

  for (guint i = 0; filter->capabilities != NULL && i < filter->capabilities->len; i++)
    g_string_append_printf (sql, " AND o.id IN (SELECT organization_id FROM resource_capability "
                                 "WHERE capability_id = %" G_GINT64_FORMAT
                                 " AND value NOT IN ('', 'no'))",
                            g_array_index (filter->capabilities, gint64, i));

  if (filter->stale_before != NULL)
    {
      g_string_append (sql, " AND (o.confirmed_on < ? OR EXISTS (SELECT 1 FROM "
                            "resource_capability AS rc WHERE rc.organization_id = o.id "
                            "AND rc.value <> '' AND rc.confirmed_on < ?))");
      g_ptr_array_add (values, g_strdup (filter->stale_before));
      g_ptr_array_add (values, g_strdup (filter->stale_before));
    }

  dir = filter->descending ? " DESC" : "";
  g_string_append (sql, " ORDER BY ");
  switch (filter->sort)
    {
    case RK_RESOURCE_SORT_NAME:
      g_string_append_printf (sql, "o.name%s, o.id%s", dir, dir);
      break;
    case RK_RESOURCE_SORT_KIND:
      append_kind_order (sql);
      g_string_append_printf (sql, "%s, o.kana, o.name, o.id", dir);
      break;
    case RK_RESOURCE_SORT_MUNICIPALITY:
      g_string_append_printf (sql, "o.municipality_code%s, o.kana, o.name, o.id", dir);
      break;
    case RK_RESOURCE_SORT_ADDRESS:
      g_string_append_printf (sql, "o.address%s, o.id%s", dir, dir);
      break;
    case RK_RESOURCE_SORT_PHONE:
      g_string_append_printf (sql, "o.phone%s, o.id%s", dir, dir);
      break;
    case RK_RESOURCE_SORT_CONFIRMED:
      g_string_append_printf (sql, OLDEST_SQL "%s, o.kana, o.id", dir);
      break;
    case RK_RESOURCE_SORT_KANA:
    default:
      g_string_append_printf (sql, "o.kana%s, o.name%s, o.id%s", dir, dir, dir);
      break;
    }

  *params = (GStrv) g_ptr_array_steal (values, NULL);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/**
 * rk_directory_count:
 *
 * Returns: how many resources @filter lets through, or -1 on error
 */
gint64
rk_directory_count (RkDatabase              *db,
                    const RkResourceFilter  *filter,
                    GError                 **error)
{
  g_auto(GStrv) params = NULL;
  g_autofree char *query = rk_resource_filter_build_sql (filter, &params);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (%s)", query);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      for (guint i = 0; params[i] != NULL; i++)
        sqlite3_bind_text (stmt, i + 1, params[i], -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  if (rc != SQLITE_ROW)
    {
      rk_database_set_error (db, error, rc, _("count resources"));
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/**
 * rk_directory_stale_cutoff:
 * @months: how old a confirmation may be
 *
 * Returns: (transfer full): today's date @months months ago, YYYY-MM-DD
 */
/**
 * rk_directory_heading:
 * @msgid: a column's heading, marked N_() or NC_("resource", …)
 *
 * The heading translated, in the directory's own words where the same
 * English word means something else elsewhere ("Name" is 名称 here, 氏名 for
 * a person).
 *
 * Returns: (transfer none): the translation
 */
const char *
rk_directory_heading (const char *msgid)
{
  const char *text = g_dpgettext2 (GETTEXT_PACKAGE, "resource", msgid);

  /* Without a translation in the context, the msgid itself comes back. */
  return text != msgid ? text : _(msgid);
}

char *
rk_directory_stale_cutoff (guint months)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_months (now, -(int) months);

  return g_date_time_format (then, "%Y-%m-%d");
}

/*
 * Rows and answers
 */

/**
 * rk_directory_create:
 * @kind: an RK_TERMS_ORGANIZATION_KIND code
 *
 * Adds a resource entered by hand, as one undoable step.
 *
 * Returns: (transfer full) (nullable): the new resource
 */
RkOrganization *
rk_directory_create (RkDatabase  *db,
                     const char  *kind,
                     const char  *name,
                     const char  *undo_label,
                     GError     **error)
{
  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  return rk_entity_create (db, RK_TYPE_ORGANIZATION, undo_label, error,
                           "kind", kind != NULL ? kind : "other",
                           "name", name != NULL ? name : "",
                           NULL);
}

/**
 * rk_directory_kind_has_capability:
 * @kinds: a capability's kinds (space-separated; "" for all)
 * @kind: a resource's kind
 */
gboolean
rk_directory_kind_has_capability (const char *kinds,
                                  const char *kind)
{
  g_autofree char *padded = NULL;
  g_autofree char *needle = NULL;

  if (kinds == NULL || kinds[0] == '\0')
    return TRUE;
  if (kind == NULL)
    return FALSE;

  padded = g_strconcat (" ", kinds, " ", NULL);
  needle = g_strconcat (" ", kind, " ", NULL);
  return strstr (padded, needle) != NULL;
}

/**
 * rk_directory_list_capabilities:
 * @kind: (nullable): only those that apply to this kind
 *
 * Returns: (transfer full) (element-type RkCapability): the capabilities,
 *   in display order
 */
GPtrArray *
rk_directory_list_capabilities (RkDatabase  *db,
                                const char  *kind,
                                GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db),
                           "SELECT id, kinds FROM capability ORDER BY position, id",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("read the list of capabilities"));
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (kind == NULL ||
          rk_directory_kind_has_capability ((const char *) sqlite3_column_text (stmt, 1), kind))
        g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the list of capabilities"));
      return NULL;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      RkCapability *capability = rk_entity_lookup (db, RK_TYPE_CAPABILITY,
                                                   g_array_index (ids, gint64, i), error);
      if (capability == NULL)
        return NULL;
      g_ptr_array_add (list, capability);
    }

  return g_steal_pointer (&list);
}

/**
 * rk_directory_find_capability:
 * @code: a seeded capability's code, e.g. "ventilator"
 *
 * Returns: (transfer full) (nullable): the capability
 */
RkCapability *
rk_directory_find_capability (RkDatabase *db,
                              const char *code)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  if (sqlite3_prepare_v2 (rk_database_get_handle (db),
                          "SELECT id FROM capability WHERE code = ?", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return rk_entity_lookup (db, RK_TYPE_CAPABILITY, sqlite3_column_int64 (stmt, 0), NULL);
}

/**
 * rk_directory_get_answer:
 *
 * Returns: (transfer full) (nullable): what the resource answered about
 *   the capability, or %NULL if nothing is recorded
 */
RkResourceCapability *
rk_directory_get_answer (RkDatabase *db,
                         gint64      organization_id,
                         gint64      capability_id)
{
  g_auto(RkStatement) stmt = NULL;
  gint64 id;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  stmt = rk_database_prepare (db, "SELECT id FROM resource_capability "
                                  "WHERE organization_id = ? AND capability_id = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, organization_id);
  sqlite3_bind_int64 (stmt, 2, capability_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  id = sqlite3_column_int64 (stmt, 0);
  rk_statement_reset (stmt);

  return rk_entity_lookup (db, RK_TYPE_RESOURCE_CAPABILITY, id, NULL);
}

/**
 * rk_directory_set_answer:
 * @value: "yes", "no", text, or "" to forget the answer
 * @confirmed_on: (nullable): YYYY-MM-DD
 * @method: (nullable): how it was confirmed (RK_CONFIRM_PHONE …)
 * @confirmed_by: (nullable): who confirmed it
 * @undo_label: what Undo says; used unless a transaction is open
 *
 * Records a resource's answer about a capability, as entered locally.
 */
gboolean
rk_directory_set_answer (RkDatabase  *db,
                         gint64       organization_id,
                         gint64       capability_id,
                         const char  *value,
                         const char  *confirmed_on,
                         const char  *method,
                         const char  *confirmed_by,
                         const char  *undo_label,
                         GError     **error)
{
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *handle;
  int rc;

  g_return_val_if_fail (RK_IS_DATABASE (db), FALSE);

  if (!rk_database_in_transaction (db))
    {
      tx = rk_database_begin (db, undo_label, error);
      if (tx == NULL)
        return FALSE;
    }

  handle = rk_database_get_handle (db);
  if (value == NULL || value[0] == '\0')
    rc = sqlite3_prepare_v2 (handle, "DELETE FROM resource_capability "
                                     "WHERE organization_id = ?1 AND capability_id = ?2",
                             -1, &stmt, NULL);
  else
    rc = sqlite3_prepare_v2 (handle,
                             "INSERT INTO resource_capability (organization_id, capability_id, "
                             "  value, confirmed_on, confirmed_method, confirmed_by)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                             " ON CONFLICT (organization_id, capability_id) DO UPDATE SET"
                             "  value = excluded.value, confirmed_on = excluded.confirmed_on,"
                             "  confirmed_method = excluded.confirmed_method,"
                             "  confirmed_by = excluded.confirmed_by, source = ''",
                             -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("record the answer"));
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, organization_id);
  sqlite3_bind_int64 (stmt, 2, capability_id);
  if (value != NULL && value[0] != '\0')
    {
      sqlite3_bind_text (stmt, 3, value, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, confirmed_on != NULL ? confirmed_on : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, method != NULL ? method : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, confirmed_by != NULL ? confirmed_by : "", -1, SQLITE_STATIC);
    }

  if (!rk_database_step_done (db, stmt, error))
    return FALSE;

  return tx == NULL || rk_transaction_commit (tx, error);
}

/**
 * rk_directory_confirm:
 * @date: YYYY-MM-DD
 * @method: RK_CONFIRM_PHONE, RK_CONFIRM_SURVEY, RK_CONFIRM_VISIT …
 *
 * Marks everything recorded about a resource (its common facts and every
 * capability answered) as confirmed on @date, in one undoable step.
 */
gboolean
rk_directory_confirm (RkOrganization  *resource,
                      const char      *date,
                      const char      *method,
                      const char      *confirmed_by,
                      const char      *undo_label,
                      GError         **error)
{
  RkDatabase *db;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RK_IS_ORGANIZATION (resource), FALSE);
  g_return_val_if_fail (date != NULL && method != NULL, FALSE);

  db = rk_entity_get_database (RK_ENTITY (resource));
  if (!rk_database_in_transaction (db))
    {
      tx = rk_database_begin (db, undo_label, error);
      if (tx == NULL)
        return FALSE;
    }

  if (!rk_entity_update (RK_ENTITY (resource), undo_label, error,
                         "confirmed-on", date,
                         "confirmed-method", method,
                         "confirmed-by", confirmed_by != NULL ? confirmed_by : "",
                         NULL))
    return FALSE;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db),
                           "UPDATE resource_capability SET confirmed_on = ?, confirmed_method = ?,"
                           " confirmed_by = ? WHERE organization_id = ? AND value <> ''",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("record the confirmation"));
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, method, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, confirmed_by != NULL ? confirmed_by : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, rk_entity_get_id (RK_ENTITY (resource)));
  if (!rk_database_step_done (db, stmt, error))
    return FALSE;

  return tx == NULL || rk_transaction_commit (tx, error);
}

/* A resource's capabilities (answered yes, or filled in), in display order. */
#define SUMMARY_SQL(condition) \
  "SELECT group_concat(label, '・') FROM (SELECT c.label" \
  " FROM resource_capability AS rc JOIN capability AS c" \
  " ON c.id = rc.capability_id WHERE rc.organization_id = ?" \
  " AND rc.value NOT IN ('', 'no')" condition " ORDER BY c.position, c.id)"

static char *
summarize (RkDatabase *db,
           const char *sql,
           gint64      organization_id)
{
  g_auto(RkStatement) stmt = NULL;
  char *summary;

  stmt = rk_database_prepare (db, sql, NULL);
  if (stmt == NULL)
    return g_strdup ("");

  sqlite3_bind_int64 (stmt, 1, organization_id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    summary = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else
    summary = g_strdup ("");

  return summary;
}

/**
 * rk_directory_summarize_answers:
 *
 * Returns: (transfer full): the capabilities the resource has, joined
 *   with 「・」 in display order ("" for none)
 */
char *
rk_directory_summarize_answers (RkDatabase *db,
                                gint64      organization_id)
{
  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  return summarize (db, SUMMARY_SQL (""), organization_id);
}

/**
 * rk_directory_summarize_key_answers:
 *
 * Returns: (transfer full): the key capabilities (those of the coverage
 *   table) the resource has, joined with 「・」 in display order ("" for
 *   none)
 */
char *
rk_directory_summarize_key_answers (RkDatabase *db,
                                    gint64      organization_id)
{
  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  return summarize (db, SUMMARY_SQL (" AND c.coverage = 1"), organization_id);
}

/**
 * rk_directory_oldest_confirmation:
 *
 * Returns: (transfer full): the oldest confirmation date of what is
 *   recorded about the resource, "" if something was never confirmed
 */
char *
rk_directory_oldest_confirmation (RkDatabase *db,
                                  gint64      organization_id)
{
  g_auto(RkStatement) stmt = NULL;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  stmt = rk_database_prepare (db, "SELECT " OLDEST_SQL " FROM organization AS o WHERE o.id = ?",
                              NULL);
  if (stmt == NULL)
    return g_strdup ("");

  sqlite3_bind_int64 (stmt, 1, organization_id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  return g_strdup ("");
}

/**
 * rk_directory_municipality_names:
 *
 * Returns: (transfer full) (element-type utf8 utf8): the workspace's
 *   municipalities, code → name
 */
GHashTable *
rk_directory_municipality_names (RkDatabase *db)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (rk_database_get_handle (db),
                          "SELECT code, name FROM municipality WHERE code <> ''",
                          -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_hash_table_insert (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)));

  return names;
}

const char *
rk_directory_method_label (const char *method)
{
  if (g_strcmp0 (method, RK_CONFIRM_PHONE) == 0)
    return C_("confirmed by", "Phone");
  if (g_strcmp0 (method, RK_CONFIRM_SURVEY) == 0)
    return C_("confirmed by", "Survey form");
  if (g_strcmp0 (method, RK_CONFIRM_VISIT) == 0)
    return C_("confirmed by", "Visit");
  if (g_strcmp0 (method, RK_CONFIRM_OPEN_DATA) == 0)
    return C_("confirmed by", "Open data");
  return method != NULL ? method : "";
}

const char *
rk_directory_value_label (const char *value)
{
  if (value == NULL || value[0] == '\0')
    return C_("capability", "Unknown");
  if (strcmp (value, "yes") == 0)
    return C_("capability", "Yes");
  if (strcmp (value, "no") == 0)
    return C_("capability", "No");
  return value;
}

/*
 * Coverage gaps
 */

/* Steps @stmt unless preparing it (or an earlier step) failed. */
static int
step (int          *rc,
      sqlite3_stmt *stmt)
{
  if (*rc == SQLITE_OK || *rc == SQLITE_ROW)
    *rc = sqlite3_step (stmt);
  return *rc;
}

/**
 * rk_coverage_compute:
 *
 * Counts, for each municipality of the area and each capability marked
 * for coverage, the open resources that have it. The last row is the
 * whole area.
 *
 * Returns: (transfer full) (nullable): the table
 */
RkCoverage *
rk_coverage_compute (RkDatabase  *db,
                     GError     **error)
{
  return rk_coverage_compute_as_of (db, NULL, error);
}

/**
 * rk_coverage_compute_as_of:
 * @open_on: (nullable): YYYY-MM-DD: count the resources open on that day
 *   (as RkResourceFilter.open_on), or %NULL for those open now
 *
 * rk_coverage_compute() for a report as of a past day, such as the end of
 * a fiscal year.
 *
 * Returns: (transfer full) (nullable): the table
 */
RkCoverage *
rk_coverage_compute_as_of (RkDatabase  *db,
                           const char  *open_on,
                           GError     **error)
{
  g_autoptr(RkCoverage) coverage = g_new0 (RkCoverage, 1);
  g_autoptr(GPtrArray) codes = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  g_autoptr(GPtrArray) names = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  g_autoptr(GArray) elderly = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) cap_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *handle = rk_database_get_handle (db);
  gint64 total_elderly = 0;
  gboolean all_known = TRUE;
  guint n_m;
  guint n_c;
  int rc;

  rc = sqlite3_prepare_v2 (handle, "SELECT code, name, elderly_population FROM municipality"
                                   " ORDER BY position, id", -1, &stmt, NULL);
  while (step (&rc, stmt) == SQLITE_ROW)
    {
      gint64 old = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 2);

      g_ptr_array_add (codes, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      g_array_append_val (elderly, old);
      if (old < 0)
        all_known = FALSE;
      else
        total_elderly += old;
    }
  if (rc != SQLITE_DONE)
    goto failed;
  g_clear_pointer (&stmt, sqlite3_finalize);

  g_ptr_array_add (codes, g_strdup (""));
  /* Translators: the row of the coverage table that adds up the area */
  g_ptr_array_add (names, g_strdup (_("Whole area")));
  if (!all_known || elderly->len == 0)
    total_elderly = -1;
  g_array_append_val (elderly, total_elderly);

  rc = sqlite3_prepare_v2 (handle, "SELECT id, label FROM capability WHERE coverage = 1"
                                   " ORDER BY position, id", -1, &stmt, NULL);
  while (step (&rc, stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (cap_ids, id);
      g_ptr_array_add (labels, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  if (rc != SQLITE_DONE)
    goto failed;
  g_clear_pointer (&stmt, sqlite3_finalize);

  n_m = codes->len;
  n_c = cap_ids->len;
  coverage->n_municipalities = n_m;
  coverage->n_capabilities = n_c;
  coverage->counts = g_new0 (guint, MAX (n_m * n_c, 1));

#define COVERAGE_SQL(open) \
  "SELECT o.municipality_code, rc.capability_id, count(*)" \
  " FROM resource_capability AS rc" \
  " JOIN organization AS o ON o.id = rc.organization_id" \
  " JOIN capability AS c ON c.id = rc.capability_id" \
  " WHERE c.coverage = 1 AND rc.value NOT IN ('', 'no') AND " open \
  " AND o.municipality_code IN (SELECT code FROM municipality)" \
  " GROUP BY 1, 2"
  rc = sqlite3_prepare_v2 (handle, open_on != NULL ? COVERAGE_SQL (OPEN_ON_SQL) : COVERAGE_SQL (OPEN_SQL),
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK && open_on != NULL)
    sqlite3_bind_text (stmt, 1, open_on, -1, SQLITE_TRANSIENT);
  while (step (&rc, stmt) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      gint64 cap = sqlite3_column_int64 (stmt, 1);
      guint count = sqlite3_column_int (stmt, 2);

      for (guint c = 0; c < n_c; c++)
        {
          if (g_array_index (cap_ids, gint64, c) != cap)
            continue;
          for (guint m = 0; m + 1 < n_m; m++)
            if (g_strcmp0 (g_ptr_array_index (codes, m), code) == 0)
              coverage->counts[m * n_c + c] += count;
          coverage->counts[(n_m - 1) * n_c + c] += count;
        }
    }
  if (rc != SQLITE_DONE)
    goto failed;

  coverage->municipality_codes = (char **) g_ptr_array_steal (codes, NULL);
  coverage->municipality_names = (char **) g_ptr_array_steal (names, NULL);
  coverage->elderly = (gint64 *) (gpointer) g_array_free (g_steal_pointer (&elderly), FALSE);
  coverage->capability_ids = (gint64 *) (gpointer) g_array_free (g_steal_pointer (&cap_ids), FALSE);
  coverage->capability_labels = (char **) g_ptr_array_steal (labels, NULL);

  return g_steal_pointer (&coverage);

failed:
  rk_database_set_error (db, error, rc, _("count the resources of the area"));
  return NULL;
}

guint
rk_coverage_get_count (RkCoverage *coverage,
                       guint       municipality,
                       guint       capability)
{
  g_return_val_if_fail (coverage != NULL, 0);
  g_return_val_if_fail (municipality < coverage->n_municipalities, 0);
  g_return_val_if_fail (capability < coverage->n_capabilities, 0);

  return coverage->counts[municipality * coverage->n_capabilities + capability];
}

/**
 * rk_coverage_get_rate:
 *
 * Returns: resources per 10,000 residents aged 65 and over, or NaN when
 *   the municipality's older population is not known
 */
double
rk_coverage_get_rate (RkCoverage *coverage,
                      guint       municipality,
                      guint       capability)
{
  gint64 old;

  g_return_val_if_fail (coverage != NULL, NAN);
  g_return_val_if_fail (municipality < coverage->n_municipalities, NAN);

  old = coverage->elderly[municipality];
  if (old <= 0)
    return NAN;

  return rk_coverage_get_count (coverage, municipality, capability) * 10000.0 / old;
}

void
rk_coverage_free (RkCoverage *coverage)
{
  if (coverage == NULL)
    return;

  g_strfreev (coverage->municipality_codes);
  g_strfreev (coverage->municipality_names);
  g_free (coverage->elderly);
  g_free (coverage->capability_ids);
  g_strfreev (coverage->capability_labels);
  g_free (coverage->counts);
  g_free (coverage);
}
