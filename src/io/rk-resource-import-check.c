/* rk-resource-import-check.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resource-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk-resource-import-private.h"
#include "rk-vocabulary.h"

/* What the import checks as it reads and once everything is read: the
 * area, positions, web addresses, names, hours against the 休診 flags,
 * duplicate IDs, positions shared or far from their town; each finding a
 * note of the report with its file and line.
 */

#define day_names _rk_import_day_names

/*
 * Notes
 */

RkImportNote *
_rk_import_note_new (RkImportNoteKind  kind,
                     const char       *file,
                     guint             line,
                     const char       *id,
                     const char       *name,
                     const char       *detail)
{
  RkImportNote *note = g_new0 (RkImportNote, 1);

  note->kind = kind;
  note->file = g_strdup (file);
  note->line = line;
  note->id = g_strdup (id != NULL ? id : "");
  note->name = g_strdup (name != NULL ? name : "");
  note->detail = g_strdup (detail);

  return note;
}

void
_rk_import_note_free (RkImportNote *note)
{
  if (note == NULL)
    return;
  g_free (note->file);
  g_free (note->id);
  g_free (note->name);
  g_free (note->detail);
  g_free (note);
}

void
_rk_import_add_note (RkResourceImport *self,
                     RkImportNoteKind  kind,
                     const char       *file,
                     guint             line,
                     const char       *id,
                     const char       *name,
                     const char       *detail)
{
  g_ptr_array_add (self->report.notes, _rk_import_note_new (kind, file, line, id, name, detail));
  self->report.note_counts[kind]++;
}

void
_rk_import_note_record (RkResourceImport *self,
                        Record           *record,
                        RkImportNoteKind  kind,
                        const char       *detail)
{
  _rk_import_add_note (self, kind, record->file, record->line, record->source_id,
                       record->values[F_NAME], detail);
}

gboolean
_rk_import_cancelled (RkResourceImport  *self,
                      GError           **error)
{
  if (self->cancellable != NULL && g_cancellable_is_cancelled (self->cancellable))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("The import was cancelled. The workspace was not changed."));
      return TRUE;
    }
  return FALSE;
}

void
_rk_import_report_progress (RkResourceImport *self,
                            double            fraction,
                            const char       *what)
{
  if (self->progress != NULL)
    self->progress (CLAMP (fraction, 0.0, 1.0), what, self->progress_data);
}

/*
 * The area
 */

/* Whether a record of @code6 (or, when the file gives no code, of the
 * municipality named @place, such as "北海道札幌市東区") belongs to the
 * area; @matched says which of the area's municipalities it is in.
 */
gboolean
_rk_import_in_area (RkResourceImport  *self,
                    const char        *code6,
                    const char        *prefecture_code,
                    const char        *place,
                    const char       **matched)
{
  *matched = NULL;

  if (code6 != NULL && g_hash_table_contains (self->area_codes, code6))
    {
      *matched = code6;
      return TRUE;
    }

  /* Wards of a designated city have codes of their own: 札幌市東区 is in
   * an area that lists 札幌市.
   */
  if (place != NULL && place[0] != '\0')
    for (guint i = 0; i < self->area_named->len; i++)
      {
        AreaMunicipality *m = g_ptr_array_index (self->area_named, i);
        const char *rest = place;

        if (m->prefecture[0] != '\0' && g_str_has_prefix (rest, m->prefecture))
          rest += strlen (m->prefecture);
        if (m->name[0] != '\0' && g_str_has_prefix (rest, m->name))
          {
            *matched = m->code;
            return TRUE;
          }
      }

  if (self->everything)
    return TRUE;

  return prefecture_code != NULL && g_hash_table_contains (self->area_prefectures, prefecture_code);
}

/*
 * Positions and addresses
 */

static gboolean
rounded_to_thousandths (double v)
{
  double scaled = v * 1000.0;
  return fabs (scaled - round (scaled)) < 1e-6;
}

void
_rk_import_read_position (RkResourceImport *self,
                          Record           *record,
                          const char       *lat_text,
                          const char       *lon_text)
{
  char *end_lat = NULL;
  char *end_lon = NULL;
  double lat;
  double lon;

  if (lat_text[0] == '\0' && lon_text[0] == '\0')
    {
      record->values[F_POSITION_NOTE] = "missing";
      return;
    }

  lat = g_ascii_strtod (lat_text, &end_lat);
  lon = g_ascii_strtod (lon_text, &end_lon);
  if (end_lat == lat_text || end_lon == lon_text || *end_lat != '\0' || *end_lon != '\0' ||
      !isfinite (lat) || !isfinite (lon))
    {
      record->values[F_POSITION_NOTE] = "outside";
      return;
    }

  if (lat == 0.0 || lon == 0.0)
    {
      record->values[F_POSITION_NOTE] = "zero";
      return;
    }

  /* Japan, with its outlying islands. */
  if (lat < 20.0 || lat > 46.0 || lon < 122.0 || lon > 154.0)
    {
      record->values[F_POSITION_NOTE] = "outside";
      return;
    }

  if (rounded_to_thousandths (lat) && rounded_to_thousandths (lon))
    {
      record->values[F_POSITION_NOTE] = "placeholder";
      return;
    }

  record->latitude = lat;
  record->longitude = lon;
  {
    g_autofree char *key = g_strconcat (lat_text, ",", lon_text, NULL);
    record->coord_key = _rk_import_keep_const (self, key);
  }
}

/* Every position read, kept or not: a point that facilities of different
 * municipalities share is a placeholder (a prefectural office, a city
 * hall), not where they are.
 */
void
_rk_import_remember_position (RkResourceImport *self,
                              const char       *lat_text,
                              const char       *lon_text,
                              const char       *code)
{
  g_autofree char *key = NULL;
  const char *seen;

  if (lat_text[0] == '\0' || code == NULL || code[0] == '\0')
    return;

  key = g_strconcat (lat_text, ",", lon_text, NULL);
  seen = g_hash_table_lookup (self->coords, key);
  if (seen == NULL)
    g_hash_table_insert (self->coords, g_steal_pointer (&key),
                         (gpointer) _rk_import_keep_const (self, code));
  else if (seen[0] != '\0' && strcmp (seen, code) != 0)
    g_hash_table_insert (self->coords, g_steal_pointer (&key), (gpointer) "");
}

void
_rk_import_check_url (RkResourceImport *self,
                      Record           *record)
{
  const char *url = record->values[F_URL];
  const char *why = NULL;

  if (url[0] == '\0')
    return;

  if (!g_str_is_ascii (url))
    why = _("it contains full-width characters");
  else if (strstr (url, "bing.com/ck/") != NULL || strstr (url, "google.com/url?") != NULL)
    why = _("it is a search engine’s redirect, not the facility’s own page");
  else if (strchr (url, '@') != NULL && !g_str_has_prefix (url, "http"))
    why = _("it is an e-mail address");
  else if (strspn (url, "0123456789-() ") == strlen (url))
    why = _("it is a phone number");
  else if (!g_str_has_prefix (url, "http://") && !g_str_has_prefix (url, "https://"))
    why = _("it does not begin with http:// or https://");
  else if (strchr (url + strlen ("https://") - 1, '.') == NULL || strchr (url, ' ') != NULL)
    why = _("it is not a complete address");

  if (why != NULL)
    {
      /* Translators: %s is a web address from the open data, then why it
       * cannot be opened
       */
      g_autofree char *detail = g_strdup_printf (_("Web address “%s” kept as written: %s."),
                                                 url, why);
      _rk_import_note_record (self, record, RK_IMPORT_NOTE_URL_BROKEN, detail);
    }
}

void
_rk_import_check_name (RkResourceImport *self,
                       Record           *record)
{
  if (strchr (record->values[F_NAME], '\n') != NULL)
    _rk_import_note_record (self, record, RK_IMPORT_NOTE_NAME_LINE_BREAK,
                            _("The name contains a line break; it was kept as written."));
}

Hours *
_rk_import_ensure_hours (Record *record)
{
  if (record->hours == NULL)
    record->hours = g_new0 (Hours, 1);
  return record->hours;
}

void
_rk_import_note_hours_problems (RkResourceImport *self,
                                Record           *record,
                                GString          *impossible,
                                GString          *unusual)
{
  if (impossible->len > 0)
    {
      g_autofree char *detail = g_strdup_printf (_("Impossible hours left out of the summary: %s."),
                                                 impossible->str);
      _rk_import_note_record (self, record, RK_IMPORT_NOTE_HOURS_IMPOSSIBLE, detail);
    }
  if (unusual->len > 0)
    {
      g_autofree char *detail = g_strdup_printf (_("Unusual hours, kept as written — check them: %s."),
                                                 unusual->str);
      _rk_import_note_record (self, record, RK_IMPORT_NOTE_HOURS_UNUSUAL, detail);
    }
}

/* The days a flag says are closed, but with hours, and the reverse. */
void
_rk_import_check_flags_against_hours (RkResourceImport *self,
                                      Record           *record)
{
  g_autoptr(GString) open_without = g_string_new (NULL);
  g_autoptr(GString) closed_with = g_string_new (NULL);

  for (guint d = 0; d < N_DAYS; d++)
    {
      gboolean has_hours = record->hours != NULL && record->hours->n_spans[d] > 0;

      if (record->open[d] == 1 && !has_hours)
        g_string_append_printf (open_without, "%s%s", open_without->len > 0 ? "・" : "", day_names[d]);
      else if (record->open[d] == 0 && has_hours)
        g_string_append_printf (closed_with, "%s%s", closed_with->len > 0 ? "・" : "", day_names[d]);
    }

  if (open_without->len > 0)
    {
      /* Translators: %s lists days of the week, e.g. 水・土 */
      g_autofree char *detail = g_strdup_printf (_("Open on %s by the flags, but no hours are given for those days."),
                                                 open_without->str);
      _rk_import_note_record (self, record, RK_IMPORT_NOTE_FLAG_OPEN_NO_HOURS, detail);
    }
  if (closed_with->len > 0)
    {
      g_autofree char *detail = g_strdup_printf (_("Closed on %s by the flags, but hours are given for those days."),
                                                 closed_with->str);
      _rk_import_note_record (self, record, RK_IMPORT_NOTE_FLAG_CLOSED_WITH_HOURS, detail);
    }
}

/*
 * After reading
 */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* A position far from the other facilities of its municipality (in the
 * wrong prefecture, say) is kept but reported for checking.
 */
static void
check_far_positions (RkResourceImport *self)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < self->records->len; i++)
    {
      Record *r = g_ptr_array_index (self->records, i);
      GPtrArray *group;

      if (isnan (r->latitude) || r->values[F_MUNICIPALITY_CODE][0] == '\0')
        continue;
      group = g_hash_table_lookup (groups, r->values[F_MUNICIPALITY_CODE]);
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, (gpointer) r->values[F_MUNICIPALITY_CODE], group);
        }
      g_ptr_array_add (group, r);
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *group = value;
      g_autofree double *lats = NULL;
      g_autofree double *lons = NULL;
      double mlat, mlon;

      if (group->len < 5)
        continue;

      lats = g_new (double, group->len);
      lons = g_new (double, group->len);
      for (guint i = 0; i < group->len; i++)
        {
          Record *r = g_ptr_array_index (group, i);
          lats[i] = r->latitude;
          lons[i] = r->longitude;
        }
      qsort (lats, group->len, sizeof (double), compare_doubles);
      qsort (lons, group->len, sizeof (double), compare_doubles);
      mlat = lats[group->len / 2];
      mlon = lons[group->len / 2];

      for (guint i = 0; i < group->len; i++)
        {
          Record *r = g_ptr_array_index (group, i);
          double dy = (r->latitude - mlat) * 111.0;
          double dx = (r->longitude - mlon) * 111.0 * cos (mlat * G_PI / 180.0);
          double km = sqrt (dx * dx + dy * dy);

          if (km > 30.0)
            {
              /* Translators: %.0f is a distance in kilometres */
              g_autofree char *detail = g_strdup_printf (_("The position is %.0f km from the other "
                                                           "facilities of its municipality; it was "
                                                           "kept, but check it."), km);
              r->values[F_POSITION_NOTE] = "far";
              _rk_import_note_record (self, r, RK_IMPORT_NOTE_POSITION_FAR, detail);
            }
        }
    }
}

/**
 * _rk_import_check_records:
 *
 * The checks that need every file read: hours against the flags, the
 * positions facilities of different municipalities share, positions far
 * from their municipality.
 */
void
_rk_import_check_records (RkResourceImport *self)
{
  for (guint i = 0; i < self->records->len; i++)
    {
      Record *r = g_ptr_array_index (self->records, i);
      const char *note = r->values[F_POSITION_NOTE];

      if (r->hours != NULL && g_str_has_prefix (r->source, "iryo:0") &&
          strcmp (r->source, "iryo:05") != 0)
        {
          g_autofree char *hours = _rk_import_format_hours (r->hours);
          r->values[F_HOURS] = _rk_import_keep (self, hours);
          if (r->hours->specialities != NULL)
            r->values[F_SPECIALITIES] = _rk_import_keep (self, r->hours->specialities->str);
          _rk_import_check_flags_against_hours (self, r);
        }
      else if (r->hours != NULL)
        {
          g_autofree char *hours = _rk_import_format_hours (r->hours);
          r->values[F_HOURS] = _rk_import_keep (self, hours);
        }

      if (r->coord_key != NULL)
        {
          const char *seen = g_hash_table_lookup (self->coords, r->coord_key);

          if (seen != NULL && seen[0] == '\0')
            {
              r->latitude = NAN;
              r->longitude = NAN;
              note = r->values[F_POSITION_NOTE] = "placeholder";
            }
        }

      if (strcmp (note, "zero") == 0)
        _rk_import_note_record (self, r, RK_IMPORT_NOTE_POSITION_ZERO,
                                _("The position is 0.0, 0.0: recorded as unknown."));
      else if (strcmp (note, "missing") == 0)
        _rk_import_note_record (self, r, RK_IMPORT_NOTE_POSITION_MISSING,
                                _("The file gives no position: recorded as unknown."));
      else if (strcmp (note, "outside") == 0)
        _rk_import_note_record (self, r, RK_IMPORT_NOTE_POSITION_OUTSIDE,
                                _("The position is not a point in Japan: recorded as unknown."));
      else if (strcmp (note, "placeholder") == 0)
        _rk_import_note_record (self, r, RK_IMPORT_NOTE_POSITION_PLACEHOLDER,
                                _("The position is a stand-in point (rounded, or shared with facilities of "
                                  "other municipalities): recorded as unknown."));

      if (isnan (r->latitude))
        self->report.position_unknown++;
      else
        {
          g_autofree char *lat = g_strdup_printf ("%.7f", r->latitude);
          g_autofree char *lon = g_strdup_printf ("%.7f", r->longitude);
          r->values[F_LATITUDE] = _rk_import_keep (self, lat);
          r->values[F_LONGITUDE] = _rk_import_keep (self, lon);
        }
    }

  check_far_positions (self);
}

