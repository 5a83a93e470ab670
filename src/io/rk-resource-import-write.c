/* rk-resource-import-write.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resource-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rk-resource-import-private.h"

/* Writing what was read, in the import's one transaction: each record
 * found by (source, source_id) and updated, or added; what the
 * coordinator changed or confirmed locally left alone; rows that vanished
 * from the data sets read marked closed; bulk imports without the
 * organisation table's triggers and secondary indexes until the end.
 */

typedef struct
{
  const char *column;
  char        type;      /* 't' text, 'i' integer, 'r' real */
} FieldInfo;

static const FieldInfo fields[N_FIELDS] = {
  [F_KIND]              = { "kind", 't' },
  [F_SUBKIND]           = { "subkind", 't' },
  [F_NAME]              = { "name", 't' },
  [F_KANA]              = { "kana", 't' },
  [F_SHORT_NAME]        = { "short_name", 't' },
  [F_CORPORATION]       = { "corporation", 't' },
  [F_MUNICIPALITY_CODE] = { "municipality_code", 't' },
  [F_ADDRESS]           = { "address", 't' },
  [F_PHONE]             = { "phone", 't' },
  [F_FAX]               = { "fax", 't' },
  [F_URL]               = { "url", 't' },
  [F_HOURS]             = { "hours", 't' },
  [F_CLOSED_DAYS]       = { "closed_days", 't' },
  [F_SPECIALITIES]      = { "specialities", 't' },
  [F_BEDS]              = { "beds", 'i' },
  [F_CAPACITY]          = { "capacity", 'i' },
  [F_LATITUDE]          = { "latitude", 'r' },
  [F_LONGITUDE]         = { "longitude", 'r' },
  [F_POSITION_NOTE]     = { "position_note", 't' },
};

/* What the last import wrote is kept in source_values as the fields in
 * the order above, separated by U+001F, after this version mark.
 */
#define SNAPSHOT_MARK "v1"
#define SEP           "\037"

typedef struct
{
  sqlite3      *db;
  sqlite3_stmt *find;
  sqlite3_stmt *insert;
  sqlite3_stmt *update;
  sqlite3_stmt *touch;
  sqlite3_stmt *seen;
  sqlite3_stmt *capability;
  gint64        cap_home_visit;
  gint64        cap_home_patients;
  gint64        cap_around_clock;
  GHashTable   *existing;     /* sources that had rows before */
} Writer;

static void
writer_clear (Writer *w)
{
  g_clear_pointer (&w->find, sqlite3_finalize);
  g_clear_pointer (&w->insert, sqlite3_finalize);
  g_clear_pointer (&w->update, sqlite3_finalize);
  g_clear_pointer (&w->touch, sqlite3_finalize);
  g_clear_pointer (&w->seen, sqlite3_finalize);
  g_clear_pointer (&w->capability, sqlite3_finalize);
  g_clear_pointer (&w->existing, g_hash_table_unref);
}

static gint64
capability_id (sqlite3    *db,
               const char *code)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  if (sqlite3_prepare_v2 (db, "SELECT id FROM capability WHERE code = ?", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_finalize (stmt);
  return id;
}

static gboolean
writer_init (Writer            *w,
             RkResourceImport  *self,
             sqlite3           *db,
             GError           **error)
{
  g_autoptr(GString) find = g_string_new ("SELECT id, closed, confirmed_on, confirmed_method, "
                                          "source_values");
  g_autoptr(GString) insert = g_string_new ("INSERT INTO organization (");
  g_autoptr(GString) update = g_string_new ("UPDATE organization SET ");
  GHashTableIter iter;
  gpointer key;

  w->db = db;
  w->existing = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint f = 0; f < N_FIELDS; f++)
    {
      const char *c = fields[f].column;

      if (fields[f].type == 'r')
        g_string_append_printf (find, ", CASE WHEN %s IS NULL THEN '' ELSE printf('%%.7f', %s) END",
                                c, c);
      else if (fields[f].type == 'i')
        g_string_append_printf (find, ", coalesce(%s, '')", c);
      else
        g_string_append_printf (find, ", %s", c);
      g_string_append_printf (insert, "%s, ", c);
      g_string_append_printf (update, "%s = ?%u, ", c, f + 1);
    }
  /* "source <> ''" lets SQLite use the partial index on (source, source_id). */
  g_string_append (find, " FROM organization WHERE source = ?1 AND source_id = ?2"
                         " AND source <> ''");
  g_string_append (insert, "source, source_id, source_file, source_date, source_values, "
                           "confirmed_on, confirmed_method) VALUES (");
  for (guint f = 0; f < N_FIELDS + 7; f++)
    g_string_append_printf (insert, "%s?%u", f > 0 ? ", " : "", f + 1);
  g_string_append (insert, ")");
  g_string_append_printf (update, "closed = 0, closed_on = '', source_file = ?%u, "
                                  "source_date = ?%u, source_values = ?%u, confirmed_on = ?%u, "
                                  "confirmed_method = ?%u WHERE id = ?%u",
                          N_FIELDS + 1, N_FIELDS + 2, N_FIELDS + 3, N_FIELDS + 4, N_FIELDS + 5,
                          N_FIELDS + 6);

  if (sqlite3_prepare_v2 (db, find->str, -1, &w->find, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, insert->str, -1, &w->insert, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, update->str, -1, &w->update, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "UPDATE organization SET source_file = ?1, source_date = ?2,"
                              " confirmed_on = CASE WHEN confirmed_method IN ('', 'open_data')"
                              "   THEN ?2 ELSE confirmed_on END,"
                              " confirmed_method = CASE WHEN confirmed_method IN ('', 'open_data')"
                              "   THEN 'open_data' ELSE confirmed_method END"
                              " WHERE id = ?3", -1, &w->touch, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "INSERT INTO temp.rk_import_seen (id) VALUES (?)",
                          -1, &w->seen, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "INSERT INTO resource_capability (organization_id, capability_id,"
                              "   value, confirmed_on, confirmed_method, source)"
                              " VALUES (?1, ?2, 'yes', ?3, 'open_data', ?4)"
                              " ON CONFLICT (organization_id, capability_id) DO UPDATE SET"
                              "   value = 'yes', confirmed_on = excluded.confirmed_on,"
                              "   source = excluded.source"
                              " WHERE resource_capability.confirmed_method IN ('', 'open_data')",
                          -1, &w->capability, NULL) != SQLITE_OK)
    return _rk_import_sql_failed (db, error);

  w->cap_home_visit = capability_id (db, "home_visit");
  w->cap_home_patients = capability_id (db, "home_patients");
  w->cap_around_clock = capability_id (db, "around_clock");

  /* A first import of a data set needs no look-ups. */
  g_hash_table_iter_init (&iter, self->sources);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, "SELECT 1 FROM organization WHERE source = ? AND source <> '' LIMIT 1",
                              -1, &stmt, NULL) != SQLITE_OK)
        return _rk_import_sql_failed (db, error);
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        g_hash_table_add (w->existing, key);
      sqlite3_finalize (stmt);
    }

  return TRUE;
}

static void
bind_field (sqlite3_stmt *stmt,
            int           index,
            guint         field,
            const char   *value)
{
  if (fields[field].type == 'i')
    {
      if (value[0] == '\0')
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, g_ascii_strtoll (value, NULL, 10));
    }
  else if (fields[field].type == 'r')
    {
      if (value[0] == '\0')
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_double (stmt, index, g_ascii_strtod (value, NULL));
    }
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_STATIC);
}

static char *
snapshot (const char * const *values)
{
  GString *s = g_string_new (SNAPSHOT_MARK);

  for (guint f = 0; f < N_FIELDS; f++)
    {
      g_string_append (s, SEP);
      for (const char *p = values[f]; *p != '\0'; p++)
        g_string_append_c (s, *p == '\037' ? ' ' : *p);
    }

  return g_string_free (s, FALSE);
}

static const char *
field_label (guint field)
{
  switch ((Field) field)
    {
    case F_KIND:              return _("kind");
    case F_SUBKIND:           return _("facility type");
    case F_NAME:              return _("name");
    case F_KANA:              return _("reading");
    case F_SHORT_NAME:        return _("short name");
    case F_CORPORATION:       return _("corporation");
    case F_MUNICIPALITY_CODE: return _("municipality code");
    case F_ADDRESS:           return _("address");
    case F_PHONE:             return _("phone");
    case F_FAX:               return _("fax");
    case F_URL:               return _("web address");
    case F_HOURS:             return _("hours");
    case F_CLOSED_DAYS:       return _("closed days");
    case F_SPECIALITIES:      return _("specialities");
    case F_BEDS:              return _("beds");
    case F_CAPACITY:          return _("capacity");
    case F_LATITUDE:          return _("latitude");
    case F_LONGITUDE:         return _("longitude");
    case F_POSITION_NOTE:     return _("position check");
    case N_FIELDS:
    default:                  return "";
    }
}

static gboolean
set_open_capabilities (Writer   *w,
                       Record   *r,
                       gint64    id,
                       GError  **error)
{
  const struct { guint bit; gint64 cap; } caps[] = {
    { OPEN_CAP_HOME_VISIT, w->cap_home_visit },
    { OPEN_CAP_HOME_PATIENTS, w->cap_home_patients },
    { OPEN_CAP_AROUND_CLOCK, w->cap_around_clock },
  };

  for (guint i = 0; i < G_N_ELEMENTS (caps); i++)
    {
      if ((r->open_caps & caps[i].bit) == 0 || caps[i].cap == 0)
        continue;
      sqlite3_bind_int64 (w->capability, 1, id);
      sqlite3_bind_int64 (w->capability, 2, caps[i].cap);
      sqlite3_bind_text (w->capability, 3, r->date, -1, SQLITE_STATIC);
      sqlite3_bind_text (w->capability, 4, r->file, -1, SQLITE_STATIC);
      if (sqlite3_step (w->capability) != SQLITE_DONE)
        return _rk_import_sql_failed (w->db, error);
      sqlite3_reset (w->capability);
    }

  return TRUE;
}

static gboolean
insert_record (RkResourceImport  *self,
               Writer            *w,
               Record            *r,
               gint64            *id,
               GError           **error)
{
  g_autofree char *snap = snapshot (r->values);
  sqlite3_stmt *stmt = w->insert;

  for (guint f = 0; f < N_FIELDS; f++)
    bind_field (stmt, f + 1, f, r->values[f]);
  sqlite3_bind_text (stmt, N_FIELDS + 1, r->source, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, N_FIELDS + 2, r->source_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, N_FIELDS + 3, r->file, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, N_FIELDS + 4, r->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, N_FIELDS + 5, snap, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, N_FIELDS + 6, r->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, N_FIELDS + 7, "open_data", -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _rk_import_sql_failed (w->db, error);
  sqlite3_reset (stmt);

  *id = sqlite3_last_insert_rowid (w->db);
  self->report.added++;
  return TRUE;
}

/* Brings a row up to date with its record. A fact the coordinator changed
 * since the last import (it differs from what that import wrote), or any
 * fact of a row the coordinator confirmed by phone, survey or visit, is
 * kept; the report says what the open data says instead.
 */
static gboolean
update_record (RkResourceImport  *self,
               Writer            *w,
               Record            *r,
               gint64            *id,
               GError           **error)
{
  sqlite3_stmt *find = w->find;
  const char *final[N_FIELDS];
  g_auto(GStrv) old = NULL;
  g_autofree char *snap = NULL;
  g_autoptr(GString) kept = g_string_new (NULL);
  gboolean closed;
  gboolean confirmed_locally;
  gboolean changed = FALSE;
  gboolean position_kept = FALSE;
  char *current[N_FIELDS];
  const char *confirmed_on;
  const char *confirmed_method;
  int rc;

  sqlite3_bind_text (find, 1, r->source, -1, SQLITE_STATIC);
  sqlite3_bind_text (find, 2, r->source_id, -1, SQLITE_STATIC);
  rc = sqlite3_step (find);
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (find);
      return insert_record (self, w, r, id, error);
    }
  if (rc != SQLITE_ROW)
    return _rk_import_sql_failed (w->db, error);

  *id = sqlite3_column_int64 (find, 0);
  closed = sqlite3_column_int (find, 1) != 0;
  confirmed_on = (const char *) sqlite3_column_text (find, 2);
  confirmed_method = (const char *) sqlite3_column_text (find, 3);
  confirmed_locally = confirmed_method[0] != '\0' && strcmp (confirmed_method, "open_data") != 0;
  {
    const char *s = (const char *) sqlite3_column_text (find, 4);
    if (g_str_has_prefix (s, SNAPSHOT_MARK SEP))
      old = g_strsplit (s + strlen (SNAPSHOT_MARK SEP), SEP, N_FIELDS);
    if (old != NULL && g_strv_length (old) != N_FIELDS)
      g_clear_pointer (&old, g_strfreev);
  }
  for (guint f = 0; f < N_FIELDS; f++)
    current[f] = g_strdup ((const char *) sqlite3_column_text (find, 5 + f));
  sqlite3_reset (find);

  /* Latitude, longitude and the position check go together. */
  for (guint f = F_LATITUDE; f <= F_LONGITUDE; f++)
    if (strcmp (current[f], r->values[f]) != 0 &&
        (confirmed_locally || (old != NULL && strcmp (current[f], old[f]) != 0)))
      position_kept = TRUE;

  for (guint f = 0; f < N_FIELDS; f++)
    {
      gboolean protect;

      if (strcmp (current[f], r->values[f]) == 0)
        {
          final[f] = current[f];
          continue;
        }

      if (f == F_LATITUDE || f == F_LONGITUDE || f == F_POSITION_NOTE)
        protect = position_kept;
      else
        protect = confirmed_locally || (old != NULL && strcmp (current[f], old[f]) != 0);

      if (protect)
        {
          final[f] = current[f];
          if (f != F_POSITION_NOTE)
            {
              if (kept->len > 0)
                g_string_append (kept, "; ");
              /* Translators: a field's name, the value the directory
               * keeps, then what the open data says
               */
              g_string_append_printf (kept, _("%s “%s” kept (the open data says “%s”)"),
                                      field_label (f), current[f], r->values[f]);
            }
        }
      else
        {
          final[f] = r->values[f];
          changed = TRUE;
        }
    }

  if (closed)
    {
      changed = TRUE;
      _rk_import_add_note (self, RK_IMPORT_NOTE_REOPENED, r->file, r->line, r->source_id,
                           r->values[F_NAME],
                           _("Marked closed earlier, but back in the open data: open again."));
    }

  if (kept->len > 0)
    {
      g_autofree char *detail = NULL;

      if (confirmed_locally)
        detail = g_strdup_printf (_("Confirmed locally on %s, so the directory keeps its own "
                                    "values: %s."), confirmed_on, kept->str);
      else
        detail = g_strdup_printf (_("Changed locally since the last import, so the directory "
                                    "keeps its own values: %s."), kept->str);
      _rk_import_add_note (self, RK_IMPORT_NOTE_KEPT_LOCAL, r->file, r->line, r->source_id,
                           r->values[F_NAME], detail);
    }

  if (changed)
    {
      sqlite3_stmt *stmt = w->update;

      snap = snapshot (r->values);
      for (guint f = 0; f < N_FIELDS; f++)
        bind_field (stmt, f + 1, f, final[f]);
      sqlite3_bind_text (stmt, N_FIELDS + 1, r->file, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, N_FIELDS + 2, r->date, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, N_FIELDS + 3, snap, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, N_FIELDS + 4, confirmed_locally ? confirmed_on : r->date, -1,
                         SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, N_FIELDS + 5, confirmed_locally ? confirmed_method : "open_data",
                         -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, N_FIELDS + 6, *id);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      self->report.updated++;
    }
  else
    {
      sqlite3_bind_text (w->touch, 1, r->file, -1, SQLITE_STATIC);
      sqlite3_bind_text (w->touch, 2, r->date, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (w->touch, 3, *id);
      rc = sqlite3_step (w->touch);
      sqlite3_reset (w->touch);
      self->report.unchanged++;
    }

  for (guint f = 0; f < N_FIELDS; f++)
    g_free (current[f]);

  if (rc != SQLITE_DONE)
    return _rk_import_sql_failed (w->db, error);
  return TRUE;
}

/* Rows of the data sets read that are no longer in them (within the area)
 * are marked closed, not deleted: meetings and BCPs may refer to them, and
 * a facility missing from one snapshot sometimes comes back.
 */
static gboolean
close_vanished (RkResourceImport  *self,
                sqlite3           *db,
                GHashTable        *existing,
                const char        *date,
                GError           **error)
{
  GHashTableIter iter;
  gpointer key;
  g_autoptr(GString) area = g_string_new (NULL);

  if (!self->everything)
    {
      GHashTableIter it;
      gpointer code;
      sqlite3_stmt *stmt = NULL;

      if (!_rk_import_exec (db, "CREATE TEMP TABLE IF NOT EXISTS rk_import_area (code TEXT PRIMARY KEY);"
                                "DELETE FROM temp.rk_import_area;", error))
        return FALSE;
      if (sqlite3_prepare_v2 (db, "INSERT OR IGNORE INTO temp.rk_import_area (code) VALUES (?)",
                              -1, &stmt, NULL) != SQLITE_OK)
        return _rk_import_sql_failed (db, error);
      g_hash_table_iter_init (&it, self->area_codes);
      while (g_hash_table_iter_next (&it, &code, NULL))
        {
          sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
          sqlite3_step (stmt);
          sqlite3_reset (stmt);
        }
      g_hash_table_iter_init (&it, self->area_prefectures);
      while (g_hash_table_iter_next (&it, &code, NULL))
        {
          g_autofree char *pattern = g_strconcat (code, "%", NULL);
          char *clause = sqlite3_mprintf (" OR municipality_code LIKE %Q", pattern);
          g_string_append (area, clause);
          sqlite3_free (clause);
        }
      sqlite3_finalize (stmt);
    }

  g_hash_table_iter_init (&iter, self->sources);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt = NULL;
      char *where;

      /* A data set imported for the first time has nothing to close. */
      if (!g_hash_table_contains (existing, key))
        continue;

      where = sqlite3_mprintf ("source = %Q AND source <> '' AND closed = 0"
                               " AND id NOT IN (SELECT id FROM temp.rk_import_seen)%s%s%s",
                               (const char *) key,
                               self->everything ? "" : " AND (municipality_code IN"
                                                       " (SELECT code FROM temp.rk_import_area)",
                               self->everything ? "" : area->str,
                               self->everything ? "" : ")");
      sql = g_strdup_printf ("SELECT source_id, name, source_file FROM organization WHERE %s", where);
      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        {
          sqlite3_free (where);
          return _rk_import_sql_failed (db, error);
        }
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          /* Translators: %s is the date of the open data */
          g_autofree char *detail = g_strdup_printf (_("No longer in the open data of %s: marked "
                                                       "closed (not deleted)."), date);
          _rk_import_add_note (self, RK_IMPORT_NOTE_CLOSED,
                               (const char *) sqlite3_column_text (stmt, 2), 0,
                               (const char *) sqlite3_column_text (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 1), detail);
        }
      sqlite3_finalize (stmt);

      g_free (sql);
      sql = g_strdup_printf ("UPDATE organization SET closed = 1, closed_on = ? WHERE %s", where);
      sqlite3_free (where);
      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        return _rk_import_sql_failed (db, error);
      sqlite3_bind_text (stmt, 1, date, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          return _rk_import_sql_failed (db, error);
        }
      self->report.closed += sqlite3_changes (db);
      sqlite3_finalize (stmt);
    }

  return TRUE;
}

/* Many rows at once are written faster without the full-text triggers
 * and the secondary indexes of the organisation table: FTS5 writes a new
 * segment of its index at the end of every statement, and five indexes
 * fed in no particular order cost more than building them once, sorted.
 * They are dropped inside the import's transaction and put back, exactly
 * as the schema has them, before it commits; readers never see the
 * difference.
 */
#define BULK_ROWS 2000

static gboolean
suspend_schema (sqlite3    *db,
                GPtrArray  *saved,
                gboolean    keep_source_index,
                GError    **error)
{
  sqlite3_stmt *stmt = NULL;

  /* The index on (source, source_id) finds the rows to update; an import
   * of data sets new to the workspace has none to find.
   */
  if (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM main.sqlite_schema"
                              " WHERE tbl_name = 'organization' AND sql IS NOT NULL"
                              " AND (type = 'trigger' OR (type = 'index'"
                              "      AND (?1 = 0 OR name <> 'organization_source')))",
                          -1, &stmt, NULL) != SQLITE_OK)
    return _rk_import_sql_failed (db, error);
  sqlite3_bind_int (stmt, 1, keep_source_index);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (saved, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (saved, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      g_ptr_array_add (saved, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < saved->len; i += 3)
    {
      char *sql = sqlite3_mprintf ("DROP %s main.\"%w\"",
                                   strcmp (g_ptr_array_index (saved, i), "trigger") == 0
                                   ? "TRIGGER" : "INDEX",
                                   (const char *) g_ptr_array_index (saved, i + 1));
      gboolean ok = _rk_import_exec (db, sql, error);

      sqlite3_free (sql);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

static gboolean
restore_schema (sqlite3    *db,
                GPtrArray  *saved,
                GError    **error)
{
  gint64 t0 = g_get_monotonic_time ();

  for (guint i = 0; i < saved->len; i += 3)
    if (strcmp (g_ptr_array_index (saved, i), "index") == 0 &&
        !_rk_import_exec (db, g_ptr_array_index (saved, i + 2), error))
      return FALSE;
  g_debug ("Indexes rebuilt in %.3f s", (g_get_monotonic_time () - t0) / 1e6);

  /* The full-text index is rebuilt from the table in one statement. With
   * room for 64 MB of pending terms, FTS5 writes a few large segments
   * instead of merging many small ones (2.5 s → 1 s for a national
   * import); the default comes back afterwards.
   */
  t0 = g_get_monotonic_time ();
  if (!_rk_import_exec (db,
                        "INSERT INTO organization_fts (organization_fts, rank) VALUES ('hashsize', 67108864);"
                        "INSERT INTO organization_fts (organization_fts) VALUES ('rebuild');"
                        "INSERT INTO organization_fts (organization_fts, rank) VALUES ('hashsize', 1048576);",
                        error))
    return FALSE;
  g_debug ("Full-text index rebuilt in %.3f s", (g_get_monotonic_time () - t0) / 1e6);

  for (guint i = 0; i < saved->len; i += 3)
    if (strcmp (g_ptr_array_index (saved, i), "trigger") == 0 &&
        !_rk_import_exec (db, g_ptr_array_index (saved, i + 2), error))
      return FALSE;

  return TRUE;
}

gboolean
_rk_import_write_records (RkResourceImport  *self,
                          sqlite3           *db,
                          GError           **error)
{
  Writer w = { 0, };
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_free);
  const char *date = NULL;
  gboolean ok = FALSE;
  guint n = self->records->len;

  /* A national import inserts into five indexes in no particular order:
   * with SQLite's default 2 MB of cache, most of its time would go to
   * reading back pages it has just written. The connection is the
   * import's own, so it may take more for the length of the import.
   */
  /* Building the indexes again sorts with a helper thread. */
  if (!_rk_import_exec (db, "PRAGMA cache_size = -262144; PRAGMA threads = 2;"
                            "CREATE TEMP TABLE IF NOT EXISTS rk_import_seen (id INTEGER PRIMARY KEY);"
                            "DELETE FROM temp.rk_import_seen;", error))
    return FALSE;
  if (!_rk_import_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!writer_init (&w, self, db, error))
    goto out;

  if (n >= BULK_ROWS)
    {
      /* The statements prepared against the old schema are prepared
       * again by SQLite on their first step.
       */
      if (!suspend_schema (db, saved, g_hash_table_size (w.existing) > 0, error))
        goto out;
    }

  for (guint i = 0; i < n; i++)
    {
      Record *r = g_ptr_array_index (self->records, i);
      gint64 id = 0;
      gboolean done;

      if ((i & 1023) == 0)
        {
          if (_rk_import_cancelled (self, error))
            goto out;
          _rk_import_report_progress (self, 0.8 + 0.2 * i / MAX (n, 1),
                                      _("Writing into the workspace…"));
        }

      if (g_hash_table_contains (w.existing, r->source))
        done = update_record (self, &w, r, &id, error);
      else
        done = insert_record (self, &w, r, &id, error);
      if (!done || !set_open_capabilities (&w, r, id, error))
        goto out;

      /* Only data sets that were there before can have rows to close. */
      if (g_hash_table_contains (w.existing, r->source))
        {
          sqlite3_bind_int64 (w.seen, 1, id);
          if (sqlite3_step (w.seen) != SQLITE_DONE)
            {
              _rk_import_sql_failed (db, error);
              goto out;
            }
          sqlite3_reset (w.seen);
        }
      date = r->date;
    }

  if (date == NULL && self->records->len == 0 && self->report.files->len > 0)
    date = self->date;
  if (date != NULL && !close_vanished (self, db, w.existing, date, error))
    goto out;

  if (_rk_import_cancelled (self, error))
    goto out;

  writer_clear (&w);
  if (saved->len > 0)
    {
      _rk_import_report_progress (self, 0.99, _("Indexing…"));
      if (!restore_schema (db, saved, error))
        goto out;
    }
  ok = _rk_import_exec (db, "COMMIT", error);

out:
  writer_clear (&w);
  if (!ok && !sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_exec (db, "DROP TABLE IF EXISTS temp.rk_import_seen;"
                    "DROP TABLE IF EXISTS temp.rk_import_area;", NULL, NULL, NULL);
  if (!ok)
    {
      /* Nothing was written: a report of what would have been is wrong. */
      self->report.added = self->report.updated = self->report.unchanged = 0;
      self->report.closed = 0;
    }
  return ok;
}

