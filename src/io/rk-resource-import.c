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

gboolean
_rk_import_exec (sqlite3     *db,
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

gboolean
_rk_import_sql_failed (sqlite3  *db,
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
    return _rk_import_sql_failed (db, error);

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
      ok = _rk_import_write_records (self, db, error);
      g_debug ("Wrote them at %.3f s", (g_get_monotonic_time () - start) / 1e6);
    }

  if (ok)
    _rk_import_report_progress (self, 1.0, C_("import progress", "Done"));

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
