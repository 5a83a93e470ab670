/* rk-resource-import-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-csv.h"
#include "rk-resource-import.h"

G_BEGIN_DECLS

/* An import reads every file into records first (the hours of a facility
 * come from another file), checks them, then writes them all in one
 * transaction: rk-resource-import-read.c reads, rk-resource-import.c
 * writes and reports.
 */

#define N_DAYS    8   /* 月 火 水 木 金 土 日 祝 */
#define MAX_SPANS 6

typedef struct
{
  guint16 start;      /* minutes from midnight */
  guint16 end;
} Span;

typedef struct
{
  Span     spans[N_DAYS][MAX_SPANS];
  guint8   n_spans[N_DAYS];
  GString *specialities;
  guint    rows;          /* rows of the hours file */
  guint    file_index;    /* which hours file */
  gboolean visits;        /* 訪問診療 or the like among the specialities */
} Hours;

typedef struct _HoursJob HoursJob;

/* The columns an import fills, in the order of the field table of
 * rk-resource-import.c.
 */
typedef enum
{
  F_KIND,
  F_SUBKIND,
  F_NAME,
  F_KANA,
  F_SHORT_NAME,
  F_CORPORATION,
  F_MUNICIPALITY_CODE,
  F_ADDRESS,
  F_PHONE,
  F_FAX,
  F_URL,
  F_HOURS,
  F_CLOSED_DAYS,
  F_SPECIALITIES,
  F_BEDS,
  F_CAPACITY,
  F_LATITUDE,
  F_LONGITUDE,
  F_POSITION_NOTE,
  N_FIELDS
} Field;

/* Capabilities the open data itself states. */
typedef enum
{
  OPEN_CAP_HOME_VISIT    = 1 << 0,   /* 訪問診療 among a clinic's specialities */
  OPEN_CAP_HOME_PATIENTS = 1 << 1,   /* 訪問歯科 among a dentist's */
  OPEN_CAP_AROUND_CLOCK  = 1 << 2,   /* 24時間 in a care office's notes */
} OpenCapability;

typedef struct
{
  const char *source;               /* "iryo:01", "kaigo:130", "wam:11" */
  const char *source_id;
  const char *file;
  const char *date;                 /* YYYY-MM-DD of the snapshot */
  guint       line;
  const char *values[N_FIELDS];     /* never NULL */
  const char *coord_key;            /* the position as written, or NULL */
  double      latitude;             /* NAN when not known */
  double      longitude;
  gint8       open[N_DAYS];         /* iryo flags: 1 open, 0 closed, -1 not said */
  Hours      *hours;
  guint       open_caps;
} Record;

typedef struct
{
  char *code;
  char *name;
  char *prefecture;
} AreaMunicipality;

struct _RkResourceImport
{
  GPtrArray            *paths;
  GStrv                 prefectures;
  GStrv                 municipalities;
  gboolean              area_set;
  gboolean              everything;
  char                 *date;

  /* One run */
  GStringChunk         *chunk;
  GPtrArray            *records;          /* Record *, owned */
  GHashTable           *seen;             /* "source\037id" → Record * */
  GHashTable           *iryo_ids;         /* iryo ID → Record * (for the hours) */
  GHashTable           *coords;           /* position as written → municipality code, or "" if shared */
  GHashTable           *area_codes;       /* 6-digit codes of the area */
  GHashTable           *area_prefectures; /* 2-digit codes */
  GPtrArray            *area_named;       /* AreaMunicipality * */
  GHashTable           *sources;          /* sources read in this run */
  gboolean              read_facilities;  /* an iryo facility file was read */
  RkImportReport        report;
  GCancellable         *cancellable;
  RkImportProgressFunc  progress;
  gpointer              progress_data;
  guint64               total_bytes;
  guint64               done_bytes;
};

/* rk-resource-import-hours.c */
extern const char * const _rk_import_day_names[N_DAYS];

void      _rk_import_add_span       (Hours             *hours,
                                     guint              day,
                                     int                start,
                                     int                end);
gboolean  _rk_import_check_span     (const char        *day,
                                     const char        *start_text,
                                     const char        *end_text,
                                     int               *start,
                                     int               *end,
                                     GString           *impossible,
                                     GString           *unusual);
char     *_rk_import_format_hours   (const Hours       *hours);
void      _rk_import_hours_free     (Hours             *hours);
HoursJob *_rk_import_hours_job_start (RkResourceImport *import,
                                     GPtrArray         *paths);
gboolean  _rk_import_hours_job_finish (HoursJob        *job,
                                     RkResourceImport  *self,
                                     gboolean           stop,
                                     GError           **error);

/* rk-resource-import-read.c */
RkImportLayout _rk_import_recognise (RkCsvReader       *reader,
                                     const char        *path,
                                     GError           **error);
RkImportNote *_rk_import_note_new   (RkImportNoteKind   kind,
                                     const char        *file,
                                     guint              line,
                                     const char        *id,
                                     const char        *name,
                                     const char        *detail);
void      _rk_import_note_free      (RkImportNote      *note);
void      _rk_import_set_field_count_error (GError    **error,
                                     const char        *path,
                                     guint              line,
                                     guint              n_fields,
                                     guint              n_columns);
void      _rk_import_set_no_records_error (GError     **error,
                                     const char        *path);
gboolean  _rk_import_read_file      (RkResourceImport  *self,
                                     const char        *path,
                                     GError           **error);
void      _rk_import_check_records  (RkResourceImport  *self);
void      _rk_import_add_note       (RkResourceImport  *self,
                                     RkImportNoteKind   kind,
                                     const char        *file,
                                     guint              line,
                                     const char        *id,
                                     const char        *name,
                                     const char        *detail);
gboolean  _rk_import_cancelled      (RkResourceImport  *self,
                                     GError           **error);
void      _rk_import_report_progress (RkResourceImport *self,
                                     double             fraction,
                                     const char        *what);
const char *_rk_import_prefecture_name (const char     *code2);
char       *_rk_import_code6         (const char       *digits);
void        _rk_import_record_free   (Record           *record);

/* Reading a file (rk-resource-import-read.c, -layouts.c, -check.c) */

typedef struct
{
  RkImportLayout  layout;
  RkCsvReader    *reader;
  const char     *file;     /* interned base name */
  const char     *date;     /* interned YYYY-MM-DD */
  const char     *source;   /* interned, for the layouts with one source per file */
  guint           n_columns;
} FileContext;

extern const char * const _rk_import_weekdays[7];
extern const char * const _rk_import_prefectures[47];

gboolean _rk_import_add_record (RkResourceImport  *self,
                                Record            *record);
void _rk_import_check_flags_against_hours (RkResourceImport  *self,
                                           Record            *record);
void _rk_import_check_name (RkResourceImport  *self,
                            Record            *record);
void _rk_import_check_url (RkResourceImport  *self,
                           Record            *record);
gboolean _rk_import_check_width (FileContext  *ctx,
                                 const char   *path,
                                 GError      **error);
int _rk_import_col (FileContext  *ctx,
                    const char   *name);
Hours *_rk_import_ensure_hours (Record  *record);
const char *_rk_import_get (FileContext  *ctx,
                            int           column);
gboolean _rk_import_in_area (RkResourceImport  *self,
                             const char        *code6,
                             const char        *prefecture_code,
                             const char        *place,
                             const char       **matched);
const char *_rk_import_keep (RkResourceImport  *self,
                             const char        *s);
const char *_rk_import_keep_const (RkResourceImport  *self,
                                   const char        *s);
const char *_rk_import_keep_kana (RkResourceImport  *self,
                                  const char        *s);
void _rk_import_note_hours_problems (RkResourceImport  *self,
                                     Record            *record,
                                     GString           *impossible,
                                     GString           *unusual);
void _rk_import_note_record (RkResourceImport  *self,
                             Record            *record,
                             RkImportNoteKind   kind,
                             const char        *detail);
char *_rk_import_number_in_name (const char  *path,
                                 const char  *prefix);
char *_rk_import_one_line (const char  *s);
gboolean _rk_import_read_iryo_facility (RkResourceImport     *self,
                                        FileContext          *ctx,
                                        RkImportFileSummary  *summary,
                                        GError              **error);
gboolean _rk_import_read_iryo_pharmacy (RkResourceImport     *self,
                                        FileContext          *ctx,
                                        RkImportFileSummary  *summary,
                                        GError              **error);
gboolean _rk_import_read_kaigo (RkResourceImport     *self,
                                FileContext          *ctx,
                                RkImportFileSummary  *summary,
                                GError              **error);
void _rk_import_read_position (RkResourceImport  *self,
                               Record            *record,
                               const char        *lat_text,
                               const char        *lon_text);
gboolean _rk_import_read_wam (RkResourceImport     *self,
                              FileContext          *ctx,
                              RkImportFileSummary  *summary,
                              GError              **error);
Record *_rk_import_record_new (FileContext  *ctx,
                               const char   *source);
void _rk_import_remember_position (RkResourceImport  *self,
                                   const char        *lat_text,
                                   const char        *lon_text,
                                   const char        *code);

/* Writing (rk-resource-import-write.c), and the SQL helpers it shares with
 * rk-resource-import.c */

gboolean _rk_import_exec          (sqlite3           *db,
                                   const char        *sql,
                                   GError           **error);
gboolean _rk_import_sql_failed    (sqlite3           *db,
                                   GError           **error);
gboolean _rk_import_write_records (RkResourceImport  *self,
                                   sqlite3           *db,
                                   GError           **error);

G_END_DECLS
