/* rk-resource-import-hours.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resource-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-resource-import-private.h"

/* Opening hours: the speciality-and-hours files of 医療情報ネット (one row per
 * facility, speciality and time slot, 650,000 rows nationally) and the
 * pharmacy file's own slots become one summary per facility, 「月〜金
 * 9:00〜12:00、13:30〜17:00／土 9:00〜12:00」: the union of the outpatient
 * hours of its specialities. The 救急科 works round the clock and is left
 * out (FIELD-NOTES §4.1). Impossible hours (00:00〜00:00, an end before the
 * start) are left out and reported; unusual ones (before 6:00, after
 * 22:00) are kept and reported.
 *
 * The hours files are read in a thread of their own while the facility
 * files are read, since they hold no facility and need none to be read:
 * their hours are kept by ID and joined to the facilities afterwards.
 */

const char * const _rk_import_day_names[N_DAYS] = {
  "月", "火", "水", "木", "金", "土", "日", "祝",
};

#define EMERGENCY_SPECIALITY "09010"

/* "9:00", "17:30": written by hand, since hours are formatted for every
 * facility of a national import.
 */
static void
append_time (GString *s,
             int      minutes)
{
  int h = minutes / 60;
  int m = minutes % 60;

  if (h >= 10)
    g_string_append_c (s, '0' + h / 10);
  g_string_append_c (s, '0' + h % 10);
  g_string_append_c (s, ':');
  g_string_append_c (s, '0' + m / 10);
  g_string_append_c (s, '0' + m % 10);
}

/* Minutes from midnight, -1 for text that is no time, -2 for nothing. */
static int
parse_time (const char *s)
{
  int h = 0;
  int m;
  const char *p = s;

  if (s[0] == '\0')
    return -2;

  /* H:MM or HH:MM, by hand: sscanf() is slow for 650,000 rows. */
  if (!g_ascii_isdigit (*p))
    return -1;
  h = *p++ - '0';
  if (g_ascii_isdigit (*p))
    h = h * 10 + (*p++ - '0');
  if (*p++ != ':' || !g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || p[2] != '\0')
    return -1;
  m = (p[0] - '0') * 10 + (p[1] - '0');
  if (h > 24 || m > 59 || (h == 24 && m != 0))
    return -1;

  return h * 60 + m;
}

void
_rk_import_add_span (Hours *hours,
                     guint  day,
                     int    start,
                     int    end)
{
  Span *spans = hours->spans[day];
  guint n = hours->n_spans[day];
  guint i = 0;

  /* Keep the day's spans sorted and merged: a facility's outpatient hours
   * are the union of its specialities'.
   */
  while (i < n && spans[i].end < start)
    i++;
  if (i < n && spans[i].start <= end)
    {
      spans[i].start = MIN (spans[i].start, start);
      spans[i].end = MAX (spans[i].end, end);
      while (i + 1 < n && spans[i + 1].start <= spans[i].end)
        {
          spans[i].end = MAX (spans[i].end, spans[i + 1].end);
          memmove (&spans[i + 1], &spans[i + 2], (n - i - 2) * sizeof (Span));
          n--;
        }
    }
  else if (n < MAX_SPANS)
    {
      memmove (&spans[i + 1], &spans[i], (n - i) * sizeof (Span));
      spans[i].start = start;
      spans[i].end = end;
      n++;
    }
  hours->n_spans[day] = n;
}

/* Checks one day's span of an hours record; returns whether it may join
 * the summary, and appends what is wrong with it to @problems.
 */
gboolean
_rk_import_check_span (const char *day,
                       const char *start_text,
                       const char *end_text,
                       int        *start,
                       int        *end,
                       GString    *impossible,
                       GString    *unusual)
{
  *start = parse_time (start_text);
  *end = parse_time (end_text);

  if (*start == -2 && *end == -2)
    return FALSE;

  if (*start < 0 || *end < 0 || *start >= *end)
    {
      g_string_append_printf (impossible, "%s%s %s〜%s", impossible->len > 0 ? ", " : "",
                              day, start_text, end_text);
      return FALSE;
    }

  if (*start < 6 * 60 || *end > 22 * 60)
    g_string_append_printf (unusual, "%s%s %s〜%s", unusual->len > 0 ? ", " : "",
                            day, start_text, end_text);
  return TRUE;
}

/* The notes about one hours record's problems (@impossible, @unusual). */
static void
hours_problem_notes (GPtrArray  *notes,
                     const char *file,
                     guint       line,
                     const char *id,
                     const char *what,
                     GString    *impossible,
                     GString    *unusual)
{
  if (impossible->len > 0)
    {
      g_autofree char *listed = what[0] != '\0' ? g_strdup_printf ("%s: %s", what, impossible->str)
                                                : g_strdup (impossible->str);
      /* Translators: %s says whose hours (a speciality) and which, e.g.
       * "内科: 月 0:00〜0:00"
       */
      g_autofree char *detail = g_strdup_printf (_("Impossible hours left out of the summary: %s."),
                                                 listed);
      g_ptr_array_add (notes, _rk_import_note_new (RK_IMPORT_NOTE_HOURS_IMPOSSIBLE, file, line,
                                                   id, "", detail));
    }
  if (unusual->len > 0)
    {
      g_autofree char *listed = what[0] != '\0' ? g_strdup_printf ("%s: %s", what, unusual->str)
                                                : g_strdup (unusual->str);
      g_autofree char *detail = g_strdup_printf (_("Unusual hours, kept as written — check them: %s."),
                                                 listed);
      g_ptr_array_add (notes, _rk_import_note_new (RK_IMPORT_NOTE_HOURS_UNUSUAL, file, line,
                                                   id, "", detail));
    }
}

static char *
format_days (const guint *days,
             guint        n)
{
  GString *s = g_string_new (NULL);
  guint i = 0;

  while (i < n)
    {
      guint j = i;

      while (j + 1 < n && days[j + 1] == days[j] + 1 && days[j + 1] < 7)
        j++;
      if (s->len > 0)
        g_string_append (s, "・");
      if (j - i >= 2)
        g_string_append_printf (s, "%s〜%s", _rk_import_day_names[days[i]], _rk_import_day_names[days[j]]);
      else
        for (guint k = i; k <= j; k++)
          g_string_append_printf (s, "%s%s", k > i ? "・" : "", _rk_import_day_names[days[k]]);
      i = j + 1;
    }

  return g_string_free (s, FALSE);
}

/* "月〜金 9:00〜12:00、13:30〜17:00／土 9:00〜12:00": days with the same hours
 * grouped. The hours are data of a Japanese directory and read the same
 * whatever the user's language.
 */
char *
_rk_import_format_hours (const Hours *hours)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char **texts = g_new0 (char *, N_DAYS);
  gboolean done[N_DAYS] = { FALSE, };

  for (guint d = 0; d < N_DAYS; d++)
    {
      GString *t = g_string_new (NULL);

      for (guint i = 0; i < hours->n_spans[d]; i++)
        {
          if (i > 0)
            g_string_append (t, "、");
          append_time (t, hours->spans[d][i].start);
          g_string_append (t, "〜");
          append_time (t, hours->spans[d][i].end);
        }
      texts[d] = g_string_free (t, FALSE);
    }

  for (guint d = 0; d < N_DAYS; d++)
    {
      guint days[N_DAYS];
      guint n = 0;
      g_autofree char *label = NULL;

      if (done[d] || texts[d][0] == '\0')
        continue;
      for (guint e = d; e < N_DAYS; e++)
        if (!done[e] && strcmp (texts[e], texts[d]) == 0)
          {
            days[n++] = e;
            done[e] = TRUE;
          }
      label = format_days (days, n);
      g_string_append_printf (out, "%s%s %s", out->len > 0 ? "／" : "", label, texts[d]);
    }

  for (guint d = 0; d < N_DAYS; d++)
    g_free (texts[d]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
_rk_import_hours_free (Hours *hours)
{
  if (hours == NULL)
    return;
  if (hours->specialities != NULL)
    g_string_free (hours->specialities, TRUE);
  g_free (hours);
}

/*
 * The hours files, in a thread
 */

struct _HoursJob
{
  RkResourceImport *import;       /* for its cancellable only */
  GPtrArray        *paths;
  GThread          *thread;
  GHashTable       *by_id;        /* ID → Hours * */
  GPtrArray        *notes;        /* RkImportNote *, without names */
  GPtrArray        *summaries;    /* RkImportFileSummary * */
  GError           *error;
  volatile gint     stop;
};

static gboolean
job_stopped (HoursJob  *job,
             GError   **error)
{
  if (g_atomic_int_get (&job->stop))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "");
      return TRUE;
    }
  return _rk_import_cancelled (job->import, error);
}

static gboolean
read_hours_file (HoursJob    *job,
                 const char  *path,
                 guint        file_index,
                 GError     **error)
{
  g_autoptr(RkCsvReader) reader = NULL;
  g_autofree char *file = g_path_get_basename (path);
  g_autoptr(GString) impossible = g_string_new (NULL);
  g_autoptr(GString) unusual = g_string_new (NULL);
  g_autoptr(GString) speciality = g_string_new (NULL);
  RkImportFileSummary *summary;
  int c_id, c_code, c_name;
  int c_start[N_DAYS];
  int c_end[N_DAYS];
  guint n_columns;
  Hours *hours = NULL;
  const char *last_id = NULL;

  reader = rk_csv_reader_new (path, RK_CSV_ENCODING_AUTO, error);
  if (reader == NULL || !rk_csv_reader_read_header (reader, error))
    return FALSE;
  if (_rk_import_recognise (reader, path, error) != RK_IMPORT_LAYOUT_IRYO_HOURS)
    return FALSE;

  summary = g_new0 (RkImportFileSummary, 1);
  summary->file = g_strdup (file);
  summary->layout = RK_IMPORT_LAYOUT_IRYO_HOURS;
  g_ptr_array_add (job->summaries, summary);

  n_columns = rk_csv_reader_get_n_fields (reader);
  c_id = rk_csv_reader_find_column (reader, "ID");
  c_code = rk_csv_reader_find_column (reader, "診療科目コード");
  c_name = rk_csv_reader_find_column (reader, "診療科目名");
  for (guint d = 0; d < N_DAYS; d++)
    {
      g_autofree char *start = g_strdup_printf ("%s_診療開始時間", _rk_import_day_names[d]);
      g_autofree char *end = g_strdup_printf ("%s_診療終了時間", _rk_import_day_names[d]);
      c_start[d] = rk_csv_reader_find_column (reader, start);
      c_end[d] = rk_csv_reader_find_column (reader, end);
    }

  while (rk_csv_reader_next (reader, error))
    {
      const char *id = rk_csv_reader_get_field (reader, c_id);
      const char *code = rk_csv_reader_get_field (reader, c_code);
      const char *name = rk_csv_reader_get_field (reader, c_name);

      if (rk_csv_reader_get_n_fields (reader) != n_columns)
        {
          _rk_import_set_field_count_error (error, path, rk_csv_reader_get_line (reader),
                                            rk_csv_reader_get_n_fields (reader), n_columns);
          return FALSE;
        }
      summary->records++;
      if ((summary->records & 4095) == 0 && job_stopped (job, error))
        return FALSE;

      /* The rows of a facility follow each other in the published files:
       * the last one found is the likely one.
       */
      if (last_id == NULL || strcmp (last_id, id) != 0)
        {
          gpointer key = NULL;

          if (!g_hash_table_lookup_extended (job->by_id, id, &key, (gpointer *) &hours))
            {
              hours = g_new0 (Hours, 1);
              hours->file_index = file_index;
              key = g_strdup (id);
              g_hash_table_insert (job->by_id, key, hours);
            }
          last_id = key;
        }
      hours->rows++;

      g_string_assign (speciality, name);
      g_strstrip (speciality->str);
      g_string_set_size (speciality, strlen (speciality->str));
      if (speciality->len > 0)
        {
          g_autofree char *needle = g_strconcat ("、", speciality->str, "、", NULL);
          g_autofree char *hay = NULL;

          if (hours->specialities == NULL)
            hours->specialities = g_string_new (NULL);
          hay = g_strconcat ("、", hours->specialities->str, "、", NULL);
          if (strstr (hay, needle) == NULL)
            {
              if (hours->specialities->len > 0)
                g_string_append (hours->specialities, "、");
              g_string_append (hours->specialities, speciality->str);
            }

          /* 訪問診療 / 訪問歯科 / 在宅医療 as a speciality is the open data
           * saying the facility visits patients at home.
           */
          if (strstr (speciality->str, "訪問") != NULL || strstr (speciality->str, "在宅") != NULL)
            hours->visits = TRUE;
        }

      if (strcmp (code, EMERGENCY_SPECIALITY) == 0)
        continue;

      g_string_truncate (impossible, 0);
      g_string_truncate (unusual, 0);
      for (guint d = 0; d < N_DAYS; d++)
        {
          int start, end;

          if (_rk_import_check_span (_rk_import_day_names[d],
                                     rk_csv_reader_get_field (reader, c_start[d]),
                                     rk_csv_reader_get_field (reader, c_end[d]),
                                     &start, &end, impossible, unusual))
            _rk_import_add_span (hours, d, start, end);
        }
      if (impossible->len > 0 || unusual->len > 0)
        hours_problem_notes (job->notes, file, rk_csv_reader_get_line (reader), id,
                             speciality->str, impossible, unusual);
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  if (summary->records == 0)
    {
      _rk_import_set_no_records_error (error, path);
      return FALSE;
    }

  return TRUE;
}

static gpointer
hours_thread (gpointer data)
{
  HoursJob *job = data;

  for (guint i = 0; i < job->paths->len && job->error == NULL; i++)
    read_hours_file (job, g_ptr_array_index (job->paths, i), i, &job->error);

  return NULL;
}

HoursJob *
_rk_import_hours_job_start (RkResourceImport *import,
                            GPtrArray        *paths)
{
  HoursJob *job = g_new0 (HoursJob, 1);

  job->import = import;
  job->paths = g_ptr_array_ref (paths);
  job->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) _rk_import_hours_free);
  job->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) _rk_import_note_free);
  job->summaries = g_ptr_array_new ();
  job->thread = g_thread_new ("rk-import-hours", hours_thread, job);

  return job;
}

/**
 * _rk_import_hours_job_finish:
 * @stop: whether the caller gave up (an error of its own)
 *
 * Waits for the thread; on success, joins the hours to the facilities of
 * the area and files the notes about them. Frees @job.
 */
gboolean
_rk_import_hours_job_finish (HoursJob          *job,
                             RkResourceImport  *self,
                             gboolean           stop,
                             GError           **error)
{
  gboolean ok;

  if (stop)
    g_atomic_int_set (&job->stop, 1);
  g_thread_join (job->thread);

  ok = !stop && job->error == NULL;
  if (!stop && job->error != NULL)
    g_propagate_error (error, g_steal_pointer (&job->error));

  for (guint i = 0; i < job->summaries->len; i++)
    g_ptr_array_add (self->report.files, g_ptr_array_index (job->summaries, i));

  if (ok)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, job->by_id);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          Record *record = g_hash_table_lookup (self->iryo_ids, key);
          Hours *hours = value;
          RkImportFileSummary *summary;

          if (record == NULL)
            continue;   /* a facility of another area, or one skipped */

          summary = g_ptr_array_index (job->summaries, hours->file_index);
          summary->kept += hours->rows;
          if (hours->visits)
            record->open_caps |= strcmp (record->values[F_KIND], "dental_clinic") == 0
                                 ? OPEN_CAP_HOME_PATIENTS : OPEN_CAP_HOME_VISIT;
          _rk_import_hours_free (record->hours);
          record->hours = hours;
          g_hash_table_iter_steal (&iter);
          g_free (key);
        }

      for (guint i = 0; i < job->notes->len; i++)
        {
          RkImportNote *note = g_ptr_array_index (job->notes, i);
          Record *record = g_hash_table_lookup (self->iryo_ids, note->id);

          if (record == NULL)
            continue;
          g_free (note->name);
          note->name = g_strdup (record->values[F_NAME]);
          self->report.note_counts[note->kind]++;
          g_ptr_array_add (self->report.notes, g_steal_pointer (&job->notes->pdata[i]));
        }
    }

  g_clear_error (&job->error);
  g_ptr_array_unref (job->summaries);
  g_ptr_array_unref (job->notes);
  g_hash_table_unref (job->by_id);
  g_ptr_array_unref (job->paths);
  g_free (job);

  return ok;
}
