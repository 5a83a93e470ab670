/* rk-submission-resources.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-resources"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rk-database-private.h"
#include "rk-directory.h"
#include "rk-submission-private.h"
#include "rk-vocabulary.h"
#include "rk-work-items.h"

/* 資源の状況: the resources of the area as the resources tab knows them at
 * the fiscal year's end — counted by kind for each municipality, the key
 * capabilities of the coverage table for each municipality (with the
 * gaps), and the list. All three read the directory's own definitions:
 * the filter of rk-directory.c (RkResourceFilter with area_only and
 * open_on) and rk_coverage_compute_as_of(), so that the sheet, the tab's
 * coverage table and its export count alike. A resource marked closed
 * after the year's end still counts for that year; the directory keeps no
 * other history, so the rest is as recorded today.
 */

/* The kinds of RK_TERMS_ORGANIZATION_KIND that are organisations taking
 * part rather than resources of care: counted together in "related",
 * their own columns only when a template names them.
 */
static const char * const related_kinds[] = {
  "fire_department", "association", "government", "other", NULL,
};

/* The key capabilities of the coverage table (capability.coverage = 1 in
 * the guidebook's list, migration v2), in its order. Field ids are known
 * before any workspace is open (a template is checked without one), so
 * they are listed here by code; a capability the workspace no longer
 * marks for coverage leaves its column empty, and one it adds is named in
 * the "gaps" column only.
 */
static const struct {
  const char *code;
  const char *heading;
  const char *rate_heading;
} key_capabilities[] = {
  { "home_visit",   N_("Home visits"), N_("Home visits per 10,000 aged 65+") },
  { "house_call",   N_("House calls"), N_("House calls per 10,000 aged 65+") },
  { "home_death",   N_("End-of-life care at home"),
    N_("End-of-life care at home per 10,000 aged 65+") },
  { "ventilator",   N_("Ventilator care"), N_("Ventilator care per 10,000 aged 65+") },
  { "pediatric",    N_("Care for children"), N_("Care for children per 10,000 aged 65+") },
  { "around_clock", N_("Round-the-clock care"), N_("Round-the-clock care per 10,000 aged 65+") },
  { "terminal_care", N_("Terminal care"), N_("Terminal care per 10,000 aged 65+") },
  { "narcotics",    N_("Medical narcotics (injections included)"),
    N_("Medical narcotics (injections included) per 10,000 aged 65+") },
  { "aseptic",      N_("Aseptic compounding"), N_("Aseptic compounding per 10,000 aged 65+") },
};

static const RkSubmissionField list_fields[] = {
  { "no",               N_("No."), RK_SUBMISSION_INTEGER },
  { "municipality",     N_("Municipality"), RK_SUBMISSION_TEXT },
  { "kind",             N_("Kind"), RK_SUBMISSION_TEXT },
  { "subkind",          N_("Facility type"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "name",             N_("Name of the resource"), RK_SUBMISSION_TEXT },
  { "address",          N_("Address"), RK_SUBMISSION_TEXT },
  { "phone",            N_("Phone"), RK_SUBMISSION_CODE },
  { "fax",              N_("Fax"), RK_SUBMISSION_CODE, NULL, TRUE },
  { "key_capabilities", N_("Key capabilities"), RK_SUBMISSION_TEXT },
  { "capabilities",     N_("Capabilities"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "confirmed_on",     N_("Confirmed on"), RK_SUBMISSION_DATE },
  { "confirmed_method", N_("Confirmed by (method)"), RK_SUBMISSION_TEXT, NULL, TRUE },
  { "closed_on",        N_("Closed down on"), RK_SUBMISSION_DATE, NULL, TRUE },
  { "notes",            N_("Notes"), RK_SUBMISSION_TEXT, NULL, TRUE },
};

/* Built once, when registered: the kinds' and capabilities' columns come
 * from the tables above and the vocabulary.
 */
static RkSubmissionField *count_fields;
static RkSubmissionField *coverage_fields;
static RkSubmissionKind counts_kind;
static RkSubmissionKind coverage_kind;

/* (ア) 地域の医療・介護の資源の把握, from the directory. ?1 and ?2 bound the
 * fiscal year (rk-work-items.h).
 */
static const RkWorkItemRule resource_rules[] = {
  /* Work done in the year: resources whose facts or answers the base
   * checked itself (by phone, survey form or visit; an open data import
   * is not a check), in the area or beyond it (a hospital across the
   * border the area relies on). The directory keeps each fact's latest
   * check only, so a resource checked again in a later year counts for
   * that year alone.
   */
  { RK_WORK_ITEM_RESOURCES, N_("Resources checked by phone, survey or visit"),
    "SELECT o.name FROM organization AS o WHERE (o.confirmed_on >= ?1 AND o.confirmed_on < ?2"
    " AND o.confirmed_method IN ('phone', 'survey', 'visit')) OR EXISTS (SELECT 1"
    " FROM resource_capability AS rc WHERE rc.organization_id = o.id AND rc.value <> ''"
    " AND rc.confirmed_on >= ?1 AND rc.confirmed_on < ?2"
    " AND rc.confirmed_method IN ('phone', 'survey', 'visit')) ORDER BY o.kana, o.id",
    TRUE, RK_WORK_ITEM_COUNT_ONLY },
  /* Context: the directory the base keeps, as the 資源の状況 sheet counts
   * it (open at the year's end, in the area). closed_on >= ?2 is
   * RkResourceFilter.open_on's closed_on > the year's last day.
   */
  { RK_WORK_ITEM_RESOURCES, N_("Resources of the area in the directory at the year's end"),
    "SELECT o.name FROM organization AS o WHERE (o.closed = 0 OR o.closed_on >= ?2)"
    " AND o.municipality_code IN (SELECT code FROM municipality WHERE code <> '')"
    " ORDER BY o.kana, o.id", FALSE, RK_WORK_ITEM_COUNT_ONLY },
};

typedef struct
{
  char *code;
  char *name;
} Municipality;

static void
municipality_free (gpointer data)
{
  Municipality *m = data;

  g_free (m->code);
  g_free (m->name);
  g_free (m);
}

static sqlite3_stmt *
prepare (RkDatabase          *db,
         const char          *sql,
         const char * const  *params,
         const char          *what,
         GError             **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, what);
      sqlite3_finalize (stmt);
      return NULL;
    }
  for (guint i = 0; params != NULL && params[i] != NULL; i++)
    sqlite3_bind_text (stmt, i + 1, params[i], -1, SQLITE_TRANSIENT);
  return stmt;
}

/* The municipalities of the area, in the workspace's order. */
static GPtrArray *
list_municipalities (RkDatabase  *db,
                     GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (municipality_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *what = _("read the municipalities of the area");
  int rc;

  stmt = prepare (db, "SELECT code, name FROM municipality WHERE code <> '' ORDER BY position, id",
                  NULL, what, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Municipality *m = g_new0 (Municipality, 1);

      m->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      m->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (list, m);
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, what);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* The resources open at the year's end, in the area: the sheet's filter. */
static void
init_filter (RkResourceFilter *filter,
             int               fiscal_year)
{
  rk_resource_filter_init (filter);
  filter->area_only = TRUE;
  filter->open_on = g_strdup_printf ("%04d-03-31", fiscal_year + 1);
}

/*
 * Counts by kind and municipality
 */

static gboolean
collect_counts (RkDatabase        *db,
                int                fiscal_year,
                RkSubmissionRows  *rows,
                gpointer           user_data,
                GError           **error)
{
  g_auto(RkResourceFilter) filter;
  g_autoptr(GPtrArray) towns = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_auto(GStrv) params = NULL;
  g_autofree char *select = NULL;
  g_autofree char *sql = NULL;
  const RkTerm *kinds;
  guint n_kinds;
  g_autofree guint *counts = NULL;   /* [town * n_kinds + kind] */
  int rc;

  init_filter (&filter, fiscal_year);
  towns = list_municipalities (db, error);
  if (towns == NULL)
    return FALSE;
  if (towns->len == 0)
    return TRUE;

  kinds = rk_terms_get (RK_TERMS_ORGANIZATION_KIND, &n_kinds);
  counts = g_new0 (guint, (towns->len + 1) * n_kinds);

  select = rk_resource_filter_build_select (&filter, "o.municipality_code AS town, o.kind AS kind",
                                            &params);
  sql = g_strdup_printf ("SELECT town, kind, count(*) FROM (%s) GROUP BY 1, 2", select);
  stmt = prepare (db, sql, (const char * const *) params, _("count the resources of the area"),
                  error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *town = (const char *) sqlite3_column_text (stmt, 0);
      const char *kind = (const char *) sqlite3_column_text (stmt, 1);
      guint n = sqlite3_column_int (stmt, 2);
      guint k;

      /* A kind this build does not know counts as another organisation. */
      for (k = 0; k < n_kinds; k++)
        if (g_strcmp0 (kinds[k].code, kind) == 0)
          break;
      for (guint o = 0; k == n_kinds && o < n_kinds; o++)
        if (strcmp (kinds[o].code, "other") == 0)
          k = o;
      if (k == n_kinds)
        continue;

      for (guint t = 0; t < towns->len; t++)
        if (g_strcmp0 (((Municipality *) g_ptr_array_index (towns, t))->code, town) == 0)
          {
            counts[t * n_kinds + k] += n;
            counts[towns->len * n_kinds + k] += n;
          }
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("count the resources of the area"));
      return FALSE;
    }

  /* Every municipality and every kind, even at 0: a 0 is an answer too. */
  for (guint t = 0; t <= towns->len; t++)
    {
      guint total = 0;
      guint related = 0;

      rk_submission_rows_add (rows);
      if (t < towns->len)
        {
          Municipality *town = g_ptr_array_index (towns, t);
          rk_submission_rows_set_text (rows, "municipality", town->name);
        }
      else
        {
          rk_submission_rows_set_total (rows);
          rk_submission_rows_set_text (rows, "municipality", _("Total"));
        }

      for (guint k = 0; k < n_kinds; k++)
        {
          g_autofree char *field = g_strconcat ("kind.", kinds[k].code, NULL);
          guint n = counts[t * n_kinds + k];

          rk_submission_rows_set_number (rows, field, n);
          total += n;
          if (g_strv_contains (related_kinds, kinds[k].code))
            related += n;
        }
      rk_submission_rows_set_number (rows, "related", related);
      rk_submission_rows_set_number (rows, "total", total);
    }

  return TRUE;
}

/*
 * Key capabilities by municipality
 */

static gboolean
collect_coverage (RkDatabase        *db,
                  int                fiscal_year,
                  RkSubmissionRows  *rows,
                  gpointer           user_data,
                  GError           **error)
{
  g_autoptr(RkCoverage) coverage = NULL;
  g_autofree char *year_end = g_strdup_printf ("%04d-03-31", fiscal_year + 1);
  int column[G_N_ELEMENTS (key_capabilities)];

  coverage = rk_coverage_compute_as_of (db, year_end, error);
  if (coverage == NULL)
    return FALSE;
  /* Only the whole area's row: no municipality to report on. */
  if (coverage->n_municipalities <= 1)
    return TRUE;

  /* Which column of the table each key capability is. */
  for (guint i = 0; i < G_N_ELEMENTS (key_capabilities); i++)
    {
      g_autoptr(RkCapability) capability = NULL;

      capability = rk_directory_find_capability (db, key_capabilities[i].code);

      column[i] = -1;
      for (guint c = 0; capability != NULL && c < coverage->n_capabilities; c++)
        if (coverage->capability_ids[c] == rk_entity_get_id (RK_ENTITY (capability)))
          column[i] = c;
    }

  for (guint m = 0; m < coverage->n_municipalities; m++)
    {
      g_autoptr(GString) gaps = g_string_new (NULL);
      gint64 elderly = coverage->elderly[m];

      rk_submission_rows_add (rows);
      if (m + 1 == coverage->n_municipalities)
        rk_submission_rows_set_total (rows);
      rk_submission_rows_set_text (rows, "municipality", coverage->municipality_names[m]);
      rk_submission_rows_set_number (rows, "elderly_population",
                                     elderly >= 0 ? (double) elderly : NAN);

      for (guint i = 0; i < G_N_ELEMENTS (key_capabilities); i++)
        {
          g_autofree char *count_id = NULL;
          g_autofree char *rate_id = NULL;
          int c = column[i];

          if (c < 0)
            continue;
          count_id = g_strconcat ("capability.", key_capabilities[i].code, NULL);
          rate_id = g_strconcat ("rate.", key_capabilities[i].code, NULL);
          rk_submission_rows_set_number (rows, count_id, rk_coverage_get_count (coverage, m, c));
          rk_submission_rows_set_number (rows, rate_id, rk_coverage_get_rate (coverage, m, c));
        }

      /* Every capability of the coverage table, the workspace's own too. */
      for (guint c = 0; c < coverage->n_capabilities; c++)
        {
          if (rk_coverage_get_count (coverage, m, c) > 0)
            continue;
          if (gaps->len > 0)
            g_string_append (gaps, C_("list separator", ", "));
          g_string_append (gaps, coverage->capability_labels[c]);
        }
      rk_submission_rows_set_text (rows, "gaps", gaps->str);
    }

  return TRUE;
}

/*
 * The list
 */

static const char *
text_at (sqlite3_stmt *stmt,
         int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

#define LIST_COLUMNS \
  "o.id, o.name, o.kind, o.subkind, o.address, o.phone, o.fax, o.confirmed_on," \
  " o.confirmed_method, o.closed, o.closed_on, o.notes"

static gboolean
collect_list (RkDatabase        *db,
              int                fiscal_year,
              RkSubmissionRows  *rows,
              gpointer           user_data,
              GError           **error)
{
  g_autoptr(GPtrArray) towns = list_municipalities (db, error);
  guint no = 0;

  if (towns == NULL)
    return FALSE;

  /* By municipality in the workspace's order, then by kind and reading,
   * as the resources tab sorts by kind.
   */
  for (guint t = 0; t < towns->len; t++)
    {
      Municipality *town = g_ptr_array_index (towns, t);
      g_auto(RkResourceFilter) filter;
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_auto(GStrv) params = NULL;
      g_autofree char *sql = NULL;
      const char *only[] = { town->code, NULL };
      int rc;

      init_filter (&filter, fiscal_year);
      filter.municipalities = g_strdupv ((char **) only);
      filter.sort = RK_RESOURCE_SORT_KIND;
      sql = rk_resource_filter_build_select (&filter, LIST_COLUMNS, &params);
      stmt = prepare (db, sql, (const char * const *) params, _("list the resources of the area"),
                      error);
      if (stmt == NULL)
        return FALSE;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          const char *kind = text_at (stmt, 2);
          const char *method = text_at (stmt, 8);

          rk_submission_rows_add (rows);
          rk_submission_rows_set_number (rows, "no", ++no);
          rk_submission_rows_set_text (rows, "municipality", town->name);
          rk_submission_rows_set_text (rows, "kind",
                                       rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND, kind));
          rk_submission_rows_set_text (rows, "subkind", text_at (stmt, 3));
          rk_submission_rows_set_text (rows, "name", text_at (stmt, 1));
          rk_submission_rows_set_text (rows, "address", text_at (stmt, 4));
          rk_submission_rows_set_text (rows, "phone", text_at (stmt, 5));
          rk_submission_rows_set_text (rows, "fax", text_at (stmt, 6));
          rk_submission_rows_take_text (rows, "key_capabilities",
                                        rk_directory_summarize_key_answers (db, id));
          rk_submission_rows_take_text (rows, "capabilities",
                                        rk_directory_summarize_answers (db, id));
          rk_submission_rows_set_date (rows, "confirmed_on", text_at (stmt, 7));
          if (method != NULL && *method != '\0')
            rk_submission_rows_set_text (rows, "confirmed_method",
                                         rk_directory_method_label (method));
          /* Closed since the year's end: still listed, with the day. */
          if (sqlite3_column_int (stmt, 9))
            rk_submission_rows_set_date (rows, "closed_on", text_at (stmt, 10));
          rk_submission_rows_set_text (rows, "notes", text_at (stmt, 11));
        }
      if (rc != SQLITE_DONE)
        {
          rk_database_set_error (db, error, rc, _("list the resources of the area"));
          return FALSE;
        }
    }

  return TRUE;
}

static const RkSubmissionKind list_kind = {
  "resources", N_("Resource list"),
  N_("The resources of the area open at the fiscal year's end, by municipality and kind, with "
     "their key capabilities and when they were last confirmed."),
  RK_SUBMISSION_LAYOUT_TABLE, list_fields, G_N_ELEMENTS (list_fields), collect_list, NULL,
};

static RkSubmissionField
make_field (const char       *id,
            const char       *heading,
            RkSubmissionType  type,
            gboolean          extra)
{
  RkSubmissionField field = { 0 };

  /* Interned: the field tables live as long as the program. */
  field.id = g_intern_string (id);
  field.heading = heading;
  field.type = type;
  field.extra = extra;
  return field;
}

void
_rk_submission_register_resources (void)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (RkSubmissionField));
  g_autoptr(GArray) cover = g_array_new (FALSE, TRUE, sizeof (RkSubmissionField));
  RkSubmissionField field;
  const RkTerm *kinds;
  guint n_kinds;
  guint n_counts, n_cover;

  field = make_field ("municipality", N_("Municipality"), RK_SUBMISSION_TEXT, FALSE);
  g_array_append_val (counts, field);
  kinds = rk_terms_get (RK_TERMS_ORGANIZATION_KIND, &n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      g_autofree char *id = g_strconcat ("kind.", kinds[k].code, NULL);

      field = make_field (id, kinds[k].label, RK_SUBMISSION_INTEGER, FALSE);
      g_array_append_val (counts, field);
    }
  /* Translators: the fire department, associations, local government and
   * other organisations of the directory, counted together
   */
  field = make_field ("related", N_("Other organizations taking part"), RK_SUBMISSION_INTEGER,
                      TRUE);
  g_array_append_val (counts, field);
  field = make_field ("total", N_("Total"), RK_SUBMISSION_INTEGER, FALSE);
  g_array_append_val (counts, field);

  field = make_field ("municipality", N_("Municipality"), RK_SUBMISSION_TEXT, FALSE);
  g_array_append_val (cover, field);
  field = make_field ("elderly_population", N_("Population aged 65 and over"),
                      RK_SUBMISSION_INTEGER, FALSE);
  g_array_append_val (cover, field);
  for (guint i = 0; i < G_N_ELEMENTS (key_capabilities); i++)
    {
      g_autofree char *id = g_strconcat ("capability.", key_capabilities[i].code, NULL);

      field = make_field (id, key_capabilities[i].heading, RK_SUBMISSION_INTEGER, FALSE);
      g_array_append_val (cover, field);
    }
  for (guint i = 0; i < G_N_ELEMENTS (key_capabilities); i++)
    {
      g_autofree char *id = g_strconcat ("rate.", key_capabilities[i].code, NULL);

      field = make_field (id, key_capabilities[i].rate_heading, RK_SUBMISSION_DECIMAL, TRUE);
      g_array_append_val (cover, field);
    }
  field = make_field ("gaps", N_("Key capabilities no resource offers"), RK_SUBMISSION_TEXT, FALSE);
  g_array_append_val (cover, field);

  n_counts = counts->len;
  count_fields = (RkSubmissionField *) g_array_free (g_steal_pointer (&counts), FALSE);
  n_cover = cover->len;
  coverage_fields = (RkSubmissionField *) g_array_free (g_steal_pointer (&cover), FALSE);

  counts_kind = (RkSubmissionKind) {
    "resource_counts", N_("Resources by kind and municipality"),
    N_("The resources of the area open at the fiscal year's end, counted by kind for each "
       "municipality, with a total."),
    RK_SUBMISSION_LAYOUT_TABLE, count_fields, n_counts, collect_counts, NULL,
  };
  coverage_kind = (RkSubmissionKind) {
    "resource_coverage", N_("Key capabilities by municipality"),
    N_("For each municipality and the whole area, the resources open at the fiscal year's end "
       "that have each key capability of the coverage table, and the capabilities none has."),
    RK_SUBMISSION_LAYOUT_TABLE, coverage_fields, n_cover, collect_coverage, NULL,
  };

  rk_submission_register_kind (&counts_kind);
  rk_submission_register_kind (&coverage_kind);
  rk_submission_register_kind (&list_kind);

  for (guint i = 0; i < G_N_ELEMENTS (resource_rules); i++)
    rk_work_items_add_rule (&resource_rules[i]);
}
