/* rk-resource-import.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resource-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk-resource-import-private.h"

/**
 * RkResourceImport:
 *
 * Imports the public open data of the region's resources into the
 * directory: 医療情報ネット (病院・診療所・歯科診療所 with their speciality and
 * hours files, 薬局), 介護サービス情報公表 and WAM NET 障害福祉, recognised from
 * their first line.
 *
 * Only the area's records are kept (the workspace's municipalities unless
 * told otherwise; a workspace without any takes everything). Every file is
 * read before anything is written, and the writing is one transaction on
 * a connection of its own: a fatal error or a cancel leaves the workspace
 * as it was. A record already in the directory (by its ID / 事業所番号) is
 * updated, except where the coordinator changed or confirmed a fact
 * locally; one that is no longer in the data is marked closed, never
 * deleted. The report says what was added, updated, left unchanged,
 * closed and skipped, with the file and line of each finding.
 */

const char * const rk_resource_import_tables[] = {
  "organization", "resource_capability", NULL,
};

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

G_DEFINE_QUARK (rk-import-error-quark, rk_import_error)

/*
 * Auxiliary methods
 */

static void
file_summary_free (RkImportFileSummary *summary)
{
  g_free (summary->file);
  g_free (summary);
}

static void
area_municipality_free (AreaMunicipality *m)
{
  g_free (m->code);
  g_free (m->name);
  g_free (m->prefecture);
  g_free (m);
}

static void
reset_run (RkResourceImport *self)
{
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->iryo_ids, g_hash_table_unref);
  g_clear_pointer (&self->coords, g_hash_table_unref);
  g_clear_pointer (&self->area_codes, g_hash_table_unref);
  g_clear_pointer (&self->area_prefectures, g_hash_table_unref);
  g_clear_pointer (&self->area_named, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->report.notes, g_ptr_array_unref);
  g_clear_pointer (&self->report.files, g_ptr_array_unref);
  g_clear_pointer (&self->report.area, g_free);
  g_clear_pointer (&self->chunk, g_string_chunk_free);
  memset (&self->report, 0, sizeof self->report);

  self->chunk = g_string_chunk_new (1 << 20);
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify) _rk_import_record_free);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->iryo_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->coords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->area_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->area_prefectures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->area_named = g_ptr_array_new_with_free_func ((GDestroyNotify) area_municipality_free);
  self->sources = g_hash_table_new (g_str_hash, g_str_equal);
  self->report.notes = g_ptr_array_new_with_free_func ((GDestroyNotify) _rk_import_note_free);
  self->report.files = g_ptr_array_new_with_free_func ((GDestroyNotify) file_summary_free);
  self->done_bytes = 0;
  self->total_bytes = 0;
  self->read_facilities = FALSE;
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, RK_IMPORT_ERROR, RK_IMPORT_ERROR_FAILED,
                   _("Could not write the import into the workspace: %s. The workspace was not "
                     "changed."),
                   message != NULL ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
sql_failed (sqlite3  *db,
            GError  **error)
{
  g_set_error (error, RK_IMPORT_ERROR, RK_IMPORT_ERROR_FAILED,
               _("Could not write the import into the workspace: %s. The workspace was not "
                 "changed."),
               sqlite3_errmsg (db));
  return FALSE;
}

/* The area to keep: what the caller chose, else the workspace's
 * municipalities (対象圏域), else everything.
 */
static gboolean
resolve_area (RkResourceImport  *self,
              sqlite3           *db,
              GError           **error)
{
  /* Translators: between the names of the area's municipalities */
  const char *separator = _(", ");
  g_autoptr(GString) description = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  guint n = 0;
  int rc;

  if (self->everything)
    {
      self->report.area = g_strdup (_("everything in the files"));
      return TRUE;
    }

  if (self->area_set)
    {
      for (guint i = 0; self->prefectures != NULL && self->prefectures[i] != NULL; i++)
        {
          const char *name = _rk_import_prefecture_name (self->prefectures[i]);
          g_autofree char *code2 = g_strdup_printf ("%02d", atoi (self->prefectures[i]));

          g_hash_table_add (self->area_prefectures, g_strdup (code2));
          g_string_append_printf (description, "%s%s", description->len > 0 ? separator : "",
                                  name != NULL ? name : self->prefectures[i]);
        }
      for (guint i = 0; self->municipalities != NULL && self->municipalities[i] != NULL; i++)
        {
          char *code6 = _rk_import_code6 (self->municipalities[i]);

          if (code6 == NULL)
            continue;
          g_string_append_printf (description, "%s%s", description->len > 0 ? separator : "", code6);
          g_hash_table_add (self->area_codes, code6);
        }
      self->report.area = g_string_free (g_steal_pointer (&description), FALSE);
      return TRUE;
    }

  rc = sqlite3_prepare_v2 (db, "SELECT code, name, prefecture FROM municipality"
                               " ORDER BY position, id", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return sql_failed (db, error);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      AreaMunicipality *m = g_new0 (AreaMunicipality, 1);

      m->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      m->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      m->prefecture = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      if (m->code[0] != '\0')
        g_hash_table_add (self->area_codes, g_strdup (m->code));
      g_string_append_printf (description, "%s%s", description->len > 0 ? separator : "", m->name);
      g_ptr_array_add (self->area_named, m);
      n++;
    }
  sqlite3_finalize (stmt);

  if (n == 0)
    {
      self->everything = TRUE;
      self->report.area = g_strdup (_("everything in the files (the workspace has no "
                                      "municipalities)"));
      return TRUE;
    }

  self->report.area = g_string_free (g_steal_pointer (&description), FALSE);
  return TRUE;
}

/*
 * Writing
 */

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
    return sql_failed (db, error);

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
        return sql_failed (db, error);
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
        return sql_failed (w->db, error);
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
    return sql_failed (w->db, error);
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
    return sql_failed (w->db, error);

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
    return sql_failed (w->db, error);
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

      if (!exec (db, "CREATE TEMP TABLE IF NOT EXISTS rk_import_area (code TEXT PRIMARY KEY);"
                     "DELETE FROM temp.rk_import_area;", error))
        return FALSE;
      if (sqlite3_prepare_v2 (db, "INSERT OR IGNORE INTO temp.rk_import_area (code) VALUES (?)",
                              -1, &stmt, NULL) != SQLITE_OK)
        return sql_failed (db, error);
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
          return sql_failed (db, error);
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
        return sql_failed (db, error);
      sqlite3_bind_text (stmt, 1, date, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          return sql_failed (db, error);
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
    return sql_failed (db, error);
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
      gboolean ok = exec (db, sql, error);

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
        !exec (db, g_ptr_array_index (saved, i + 2), error))
      return FALSE;
  g_debug ("Indexes rebuilt in %.3f s", (g_get_monotonic_time () - t0) / 1e6);

  /* The full-text index is rebuilt from the table in one statement. With
   * room for 64 MB of pending terms, FTS5 writes a few large segments
   * instead of merging many small ones (2.5 s → 1 s for a national
   * import); the default comes back afterwards.
   */
  t0 = g_get_monotonic_time ();
  if (!exec (db, "INSERT INTO organization_fts (organization_fts, rank) VALUES ('hashsize', 67108864);"
                 "INSERT INTO organization_fts (organization_fts) VALUES ('rebuild');"
                 "INSERT INTO organization_fts (organization_fts, rank) VALUES ('hashsize', 1048576);",
             error))
    return FALSE;
  g_debug ("Full-text index rebuilt in %.3f s", (g_get_monotonic_time () - t0) / 1e6);

  for (guint i = 0; i < saved->len; i += 3)
    if (strcmp (g_ptr_array_index (saved, i), "trigger") == 0 &&
        !exec (db, g_ptr_array_index (saved, i + 2), error))
      return FALSE;

  return TRUE;
}

static gboolean
write_records (RkResourceImport  *self,
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
  if (!exec (db, "PRAGMA cache_size = -262144; PRAGMA threads = 2;"
                 "CREATE TEMP TABLE IF NOT EXISTS rk_import_seen (id INTEGER PRIMARY KEY);"
                 "DELETE FROM temp.rk_import_seen;", error))
    return FALSE;
  if (!exec (db, "BEGIN IMMEDIATE", error))
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
              sql_failed (db, error);
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
  ok = exec (db, "COMMIT", error);

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

/*
 * Public API
 */

RkResourceImport *
rk_resource_import_new (void)
{
  RkResourceImport *self = g_new0 (RkResourceImport, 1);

  self->paths = g_ptr_array_new_with_free_func (g_free);
  reset_run (self);

  return self;
}

void
rk_resource_import_free (RkResourceImport *self)
{
  if (self == NULL)
    return;

  reset_run (self);
  g_clear_pointer (&self->chunk, g_string_chunk_free);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->iryo_ids, g_hash_table_unref);
  g_clear_pointer (&self->coords, g_hash_table_unref);
  g_clear_pointer (&self->area_codes, g_hash_table_unref);
  g_clear_pointer (&self->area_prefectures, g_hash_table_unref);
  g_clear_pointer (&self->area_named, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->report.notes, g_ptr_array_unref);
  g_clear_pointer (&self->report.files, g_ptr_array_unref);
  g_clear_pointer (&self->paths, g_ptr_array_unref);
  g_clear_pointer (&self->prefectures, g_strfreev);
  g_clear_pointer (&self->municipalities, g_strfreev);
  g_clear_pointer (&self->date, g_free);
  g_free (self);
}

void
rk_resource_import_add_file (RkResourceImport *self,
                             const char       *path)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (path != NULL);

  g_ptr_array_add (self->paths, g_strdup (path));
}

/**
 * rk_resource_import_set_area:
 * @prefectures: (nullable): two-digit prefecture codes to keep whole
 * @municipalities: (nullable): municipality codes (five or six digits)
 *
 * Keeps the records of these places instead of the workspace's
 * municipalities.
 */
void
rk_resource_import_set_area (RkResourceImport   *self,
                             const char * const *prefectures,
                             const char * const *municipalities)
{
  g_return_if_fail (self != NULL);

  g_strfreev (self->prefectures);
  g_strfreev (self->municipalities);
  self->prefectures = g_strdupv ((char **) prefectures);
  self->municipalities = g_strdupv ((char **) municipalities);
  self->area_set = (prefectures != NULL && prefectures[0] != NULL) ||
                   (municipalities != NULL && municipalities[0] != NULL);
}

/**
 * rk_resource_import_set_everything:
 *
 * Keeps every record of the files, whatever the workspace's area (for a
 * prefecture's staff).
 */
void
rk_resource_import_set_everything (RkResourceImport *self,
                                   gboolean          everything)
{
  g_return_if_fail (self != NULL);
  self->everything = everything;
}

/**
 * rk_resource_import_set_date:
 * @iso_date: (nullable): the date of the snapshot, YYYY-MM-DD
 *
 * Overrides the date taken from the file names (or, for files without one,
 * from their modification time).
 */
void
rk_resource_import_set_date (RkResourceImport *self,
                             const char       *iso_date)
{
  g_return_if_fail (self != NULL);

  g_free (self->date);
  self->date = g_strdup (iso_date);
}

static RkImportLayout
layout_of (const char *path)
{
  return rk_resource_import_detect_layout (path, NULL);
}

/**
 * rk_resource_import_run:
 * @db: a connection to the workspace (rk_database_open_worker()); used
 *   from the calling thread only
 * @cancellable: (nullable): to stop the import; the workspace is then left
 *   as it was
 * @progress: (nullable): told how far the import has come
 *
 * Reads every file, then writes the records in one transaction. On any
 * error the workspace is left unchanged, and the error names the file and
 * line and says what to do.
 */
gboolean
rk_resource_import_run (RkResourceImport      *self,
                        sqlite3               *db,
                        GCancellable          *cancellable,
                        RkImportProgressFunc   progress,
                        gpointer               user_data,
                        GError               **error)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  g_autoptr(GPtrArray) hours_files = g_ptr_array_new ();
  HoursJob *job = NULL;
  gboolean everything = self->everything;
  gboolean facilities = FALSE;
  gint64 start;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (db != NULL, FALSE);

  reset_run (self);
  self->cancellable = cancellable;
  self->progress = progress;
  self->progress_data = user_data;

  for (guint i = 0; i < self->paths->len; i++)
    {
      const char *path = g_ptr_array_index (self->paths, i);
      RkImportLayout layout = layout_of (path);
      GStatBuf st;

      if (layout == RK_IMPORT_LAYOUT_IRYO_HOURS)
        g_ptr_array_add (hours_files, (gpointer) path);
      else
        {
          g_ptr_array_add (others, (gpointer) path);
          facilities |= layout == RK_IMPORT_LAYOUT_IRYO_FACILITY;
        }
      if (layout != RK_IMPORT_LAYOUT_IRYO_HOURS && g_stat (path, &st) == 0)
        self->total_bytes += st.st_size;
    }

  if (hours_files->len > 0 && !facilities)
    {
      g_set_error (error, RK_IMPORT_ERROR, RK_IMPORT_ERROR_MISSING_FACILITIES,
                   _("“%s” holds the specialities and hours of facilities, not the facilities "
                     "themselves. Import it together with its facility file (01-1, 02-1 or "
                     "03-1 of the same date)."),
                   (const char *) g_ptr_array_index (hours_files, 0));
      return FALSE;
    }

  start = g_get_monotonic_time ();
  ok = resolve_area (self, db, error);

  /* The hours files are read beside the others, in a thread. */
  if (ok && hours_files->len > 0)
    job = _rk_import_hours_job_start (self, hours_files);

  for (guint i = 0; ok && i < others->len; i++)
    ok = _rk_import_read_file (self, g_ptr_array_index (others, i), error);

  if (job != NULL)
    {
      if (ok)
        _rk_import_report_progress (self, 0.8, _("Reading the opening hours…"));
      ok = _rk_import_hours_job_finish (job, self, !ok, ok ? error : NULL) && ok;
    }
  g_debug ("Read %u records in %.3f s", self->records->len,
           (g_get_monotonic_time () - start) / 1e6);

  if (ok)
    {
      _rk_import_check_records (self);
      g_debug ("Checked them at %.3f s", (g_get_monotonic_time () - start) / 1e6);
      ok = write_records (self, db, error);
      g_debug ("Wrote them at %.3f s", (g_get_monotonic_time () - start) / 1e6);
    }

  if (ok)
    _rk_import_report_progress (self, 1.0, _("Done"));

  /* The area may have been widened for lack of municipalities. */
  self->everything = everything;
  self->cancellable = NULL;
  self->progress = NULL;
  self->progress_data = NULL;
  return ok;
}

const RkImportReport *
rk_resource_import_get_report (RkResourceImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->report;
}

/*
 * In a worker thread
 */

typedef struct
{
  RkResourceImport     *import;
  RkDatabase           *db;
  sqlite3              *conn;
  RkImportProgressFunc  progress;
  gpointer              progress_data;
  GMainContext         *context;
  double                last_fraction;
} TaskData;

typedef struct
{
  TaskData *data;
  double    fraction;
  char     *what;
} ProgressUpdate;

static void
task_data_free (TaskData *data)
{
  g_clear_object (&data->db);
  g_clear_pointer (&data->context, g_main_context_unref);
  g_free (data);
}

static gboolean
deliver_progress (gpointer user_data)
{
  ProgressUpdate *update = user_data;

  update->data->progress (update->fraction, update->what, update->data->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (ProgressUpdate *update)
{
  g_free (update->what);
  g_free (update);
}

static void
thread_progress (double      fraction,
                 const char *what,
                 gpointer    user_data)
{
  TaskData *data = user_data;
  ProgressUpdate *update;

  /* A bar moves in steps of half a percent; more would flood the loop. */
  if (fraction < 1.0 && fraction - data->last_fraction < 0.005 && fraction >= data->last_fraction)
    return;
  data->last_fraction = fraction;

  update = g_new0 (ProgressUpdate, 1);
  update->data = data;
  update->fraction = fraction;
  update->what = g_strdup (what);
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, deliver_progress, update,
                              (GDestroyNotify) progress_update_free);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  gboolean ok;

  ok = rk_resource_import_run (data->import, data->conn, cancellable,
                               data->progress != NULL ? thread_progress : NULL, data, &error);
  sqlite3_close (data->conn);
  data->conn = NULL;

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * rk_resource_import_run_async:
 * @db: the open workspace; the import writes through a connection of its
 *   own, in a worker thread, while the window goes on working
 * @progress: (nullable): called in the calling thread's main context
 *
 * Runs the import in a worker thread. The caller keeps @self alive until
 * @callback, which calls rk_resource_import_run_finish().
 */
void
rk_resource_import_run_async (RkResourceImport     *self,
                              RkDatabase           *db,
                              GCancellable         *cancellable,
                              RkImportProgressFunc  progress,
                              gpointer              progress_data,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  TaskData *data;

  g_return_if_fail (self != NULL);
  g_return_if_fail (RK_IS_DATABASE (db));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rk_resource_import_run_async);

  data = g_new0 (TaskData, 1);
  data->import = self;
  data->db = g_object_ref (db);
  data->progress = progress;
  data->progress_data = progress_data;
  data->context = g_main_context_ref_thread_default ();
  data->last_fraction = -1.0;
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);

  data->conn = rk_database_open_worker (db, &error);
  if (data->conn == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_run_in_thread (task, import_thread);
}

/**
 * rk_resource_import_run_finish:
 *
 * Completes the import and, when it wrote something, tells the open views
 * (rk_database_notify_external_change()), which also drops the undo
 * history: the import cannot be undone.
 */
gboolean
rk_resource_import_run_finish (RkResourceImport  *self,
                               GAsyncResult      *result,
                               GError           **error)
{
  TaskData *data;
  g_autoptr(RkDatabase) db = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rk_resource_import_run_async,
                        FALSE);

  /* The workspace is let go here, on the main thread: the task itself
   * may be freed last by the worker thread, where the workspace must not
   * be finalised. */
  data = g_task_get_task_data (G_TASK (result));
  db = g_steal_pointer (&data->db);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  rk_database_notify_external_change (db, rk_resource_import_tables);
  return TRUE;
}

/*
 * Labels and the report
 */

const char *
rk_import_layout_get_label (RkImportLayout layout)
{
  switch (layout)
    {
    case RK_IMPORT_LAYOUT_IRYO_FACILITY:
      return _("医療情報ネット facilities");
    case RK_IMPORT_LAYOUT_IRYO_HOURS:
      return _("医療情報ネット specialities and hours");
    case RK_IMPORT_LAYOUT_IRYO_PHARMACY:
      return _("医療情報ネット pharmacies");
    case RK_IMPORT_LAYOUT_KAIGO:
      return _("介護サービス情報公表 offices");
    case RK_IMPORT_LAYOUT_WAM:
      return _("WAM NET disability-welfare offices");
    case RK_IMPORT_LAYOUT_UNKNOWN:
    default:
      return _("Unknown file");
    }
}

const char *
rk_import_note_kind_get_label (RkImportNoteKind kind)
{
  switch (kind)
    {
    case RK_IMPORT_NOTE_DUPLICATE_ID:         return _("Duplicate ID");
    case RK_IMPORT_NOTE_NO_ID:                return _("No ID");
    case RK_IMPORT_NOTE_NO_NAME:              return _("No name");
    case RK_IMPORT_NOTE_UNKNOWN_FACILITY:     return _("Unknown facility");
    case RK_IMPORT_NOTE_POSITION_ZERO:        return _("Position 0.0, 0.0");
    case RK_IMPORT_NOTE_POSITION_MISSING:     return _("No position");
    case RK_IMPORT_NOTE_POSITION_OUTSIDE:     return _("Position outside Japan");
    case RK_IMPORT_NOTE_POSITION_PLACEHOLDER: return _("Stand-in position");
    case RK_IMPORT_NOTE_POSITION_FAR:         return _("Position far from its town");
    case RK_IMPORT_NOTE_FLAG_OPEN_NO_HOURS:   return _("Open day without hours");
    case RK_IMPORT_NOTE_FLAG_CLOSED_WITH_HOURS: return _("Closed day with hours");
    case RK_IMPORT_NOTE_HOURS_IMPOSSIBLE:     return _("Impossible hours");
    case RK_IMPORT_NOTE_HOURS_UNUSUAL:        return _("Unusual hours");
    case RK_IMPORT_NOTE_URL_BROKEN:           return _("Broken web address");
    case RK_IMPORT_NOTE_NAME_LINE_BREAK:      return _("Line break in the name");
    case RK_IMPORT_NOTE_KEPT_LOCAL:           return _("Local value kept");
    case RK_IMPORT_NOTE_REOPENED:             return _("Open again");
    case RK_IMPORT_NOTE_CLOSED:               return _("Marked closed");
    case RK_IMPORT_N_NOTE_KINDS:
    default:                                  return "";
    }
}

gboolean
rk_import_note_kind_is_skip (RkImportNoteKind kind)
{
  return kind == RK_IMPORT_NOTE_DUPLICATE_ID || kind == RK_IMPORT_NOTE_NO_ID ||
         kind == RK_IMPORT_NOTE_NO_NAME || kind == RK_IMPORT_NOTE_UNKNOWN_FACILITY;
}

/**
 * rk_import_report_format:
 * @max_notes: how many notes to list (0 for all)
 *
 * Returns: (transfer full): the report as text, as renkei-cli prints it
 */
char *
rk_import_report_format (const RkImportReport *report,
                         guint                 max_notes)
{
  GString *s = g_string_new (NULL);
  guint shown = 0;

  g_return_val_if_fail (report != NULL, NULL);

  g_string_append_printf (s, "%s %s\n", _("Area:"), report->area != NULL ? report->area : "");
  g_string_append_printf (s, "%s %u\n", _("Added:"), report->added);
  g_string_append_printf (s, "%s %u\n", _("Updated:"), report->updated);
  g_string_append_printf (s, "%s %u\n", _("Unchanged:"), report->unchanged);
  g_string_append_printf (s, "%s %u\n", _("Marked closed:"), report->closed);
  g_string_append_printf (s, "%s %u\n", _("Skipped:"), report->skipped);
  g_string_append_printf (s, "%s %u\n", _("Outside the area (not imported):"), report->outside);
  g_string_append_printf (s, "%s %u\n", _("Position unknown:"), report->position_unknown);

  if (report->files != NULL && report->files->len > 0)
    {
      g_string_append_printf (s, "%s\n", _("Files:"));
      for (guint i = 0; i < report->files->len; i++)
        {
          const RkImportFileSummary *f = g_ptr_array_index (report->files, i);

          /* Translators: a file, what it is, how many records it has and
           * how many of them are in the area
           */
          g_string_append_printf (s, _("  %s (%s): %u records, %u in the area\n"),
                                  f->file, rk_import_layout_get_label (f->layout),
                                  (guint) f->records, (guint) f->kept);
        }
    }

  if (report->notes != NULL && report->notes->len > 0)
    {
      g_string_append_printf (s, "%s\n", _("Findings:"));
      for (guint i = 0; i < report->notes->len; i++)
        {
          const RkImportNote *n = g_ptr_array_index (report->notes, i);
          g_autofree char *name = g_strdup (n->name);

          if (max_notes > 0 && shown >= max_notes)
            {
              g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "  … and %u more\n",
                                                      "  … and %u more\n",
                                                      report->notes->len - shown),
                                      report->notes->len - shown);
              break;
            }
          shown++;
          g_strdelimit (name, "\r\n", ' ');

          if (n->line > 0)
            /* Translators: file, line, what kind of finding, ID, name,
             * then the details
             */
            g_string_append_printf (s, _("  “%s”, line %u: [%s] %s %s — %s\n"), n->file, n->line,
                                    rk_import_note_kind_get_label (n->kind), n->id, name,
                                    n->detail);
          else
            g_string_append_printf (s, _("  “%s”: [%s] %s %s — %s\n"), n->file,
                                    rk_import_note_kind_get_label (n->kind), n->id, name,
                                    n->detail);
        }
    }

  return g_string_free (s, FALSE);
}
