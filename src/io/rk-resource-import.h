/* rk-resource-import.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "rk-database.h"

G_BEGIN_DECLS

#define RK_IMPORT_ERROR (rk_import_error_quark ())

typedef enum
{
  RK_IMPORT_ERROR_FAILED,
  /* The file is not one of the open-data layouts Renkei knows. */
  RK_IMPORT_ERROR_UNKNOWN_LAYOUT,
  /* The header lacks columns its layout needs (renamed or removed). */
  RK_IMPORT_ERROR_MISSING_COLUMNS,
  /* A record has more or fewer fields than the header. */
  RK_IMPORT_ERROR_FIELD_COUNT,
  /* The file has a header and nothing else. */
  RK_IMPORT_ERROR_NO_RECORDS,
  /* A speciality and hours file without its facility file. */
  RK_IMPORT_ERROR_MISSING_FACILITIES,
  /* The file is one of the open data's, but not one the directory holds. */
  RK_IMPORT_ERROR_NOT_DIRECTORY,
} RkImportError;

/* What the open data file is, recognised from its header. */
typedef enum
{
  RK_IMPORT_LAYOUT_UNKNOWN,
  RK_IMPORT_LAYOUT_IRYO_FACILITY,   /* 医療情報ネット 01-1 / 02-1 / 03-1 */
  RK_IMPORT_LAYOUT_IRYO_HOURS,      /* 医療情報ネット 01-2 / 02-2 / 03-2 */
  RK_IMPORT_LAYOUT_IRYO_PHARMACY,   /* 医療情報ネット 05 */
  RK_IMPORT_LAYOUT_KAIGO,           /* 介護サービス情報公表 jigyosho_{code}.csv */
  RK_IMPORT_LAYOUT_WAM,             /* WAM NET 障害福祉 csvdownload0NN.csv */
} RkImportLayout;

/* Why a record was skipped, or what about it needs checking. */
typedef enum
{
  RK_IMPORT_NOTE_DUPLICATE_ID,          /* skipped */
  RK_IMPORT_NOTE_NO_ID,                 /* skipped */
  RK_IMPORT_NOTE_NO_NAME,               /* skipped */
  RK_IMPORT_NOTE_UNKNOWN_FACILITY,      /* skipped: hours of an ID not in the facility file */
  RK_IMPORT_NOTE_POSITION_ZERO,         /* position unknown */
  RK_IMPORT_NOTE_POSITION_MISSING,      /* position unknown */
  RK_IMPORT_NOTE_POSITION_OUTSIDE,      /* position unknown */
  RK_IMPORT_NOTE_POSITION_PLACEHOLDER,  /* position unknown */
  RK_IMPORT_NOTE_POSITION_FAR,          /* kept, to check */
  RK_IMPORT_NOTE_FLAG_OPEN_NO_HOURS,
  RK_IMPORT_NOTE_FLAG_CLOSED_WITH_HOURS,
  RK_IMPORT_NOTE_HOURS_IMPOSSIBLE,
  RK_IMPORT_NOTE_HOURS_UNUSUAL,
  RK_IMPORT_NOTE_URL_BROKEN,
  RK_IMPORT_NOTE_NAME_LINE_BREAK,
  RK_IMPORT_NOTE_KEPT_LOCAL,            /* the coordinator's value was kept */
  RK_IMPORT_NOTE_REOPENED,
  RK_IMPORT_NOTE_CLOSED,                /* gone from the open data: marked closed */
  RK_IMPORT_N_NOTE_KINDS
} RkImportNoteKind;

typedef struct
{
  RkImportNoteKind  kind;
  char             *file;      /* base name */
  guint             line;      /* 0 when the note is about no one line */
  char             *id;        /* ID / 事業所番号 */
  char             *name;
  char             *detail;    /* what was found, in the user's language */
} RkImportNote;

typedef struct
{
  char           *file;        /* base name */
  RkImportLayout  layout;
  guint64         records;
  guint64         kept;        /* in the area */
} RkImportFileSummary;

typedef struct
{
  guint       added;
  guint       updated;
  guint       unchanged;
  guint       closed;
  guint       skipped;
  guint       outside;         /* records of other areas, not imported */
  guint       position_unknown;
  guint       note_counts[RK_IMPORT_N_NOTE_KINDS];
  GPtrArray  *notes;           /* RkImportNote */
  GPtrArray  *files;           /* RkImportFileSummary */
  char       *area;            /* how the area was chosen, for the report */
} RkImportReport;

/* Called with the share of the work done, 0–1, and what is being done. */
typedef void (*RkImportProgressFunc) (double      fraction,
                                      const char *what,
                                      gpointer    user_data);

typedef struct _RkResourceImport RkResourceImport;

GQuark                rk_import_error_quark            (void);

RkResourceImport     *rk_resource_import_new           (void);
void                  rk_resource_import_free          (RkResourceImport      *self);
void                  rk_resource_import_add_file      (RkResourceImport      *self,
                                                        const char            *path);
void                  rk_resource_import_set_area      (RkResourceImport      *self,
                                                        const char * const    *prefectures,
                                                        const char * const    *municipalities);
void                  rk_resource_import_set_everything (RkResourceImport     *self,
                                                        gboolean               everything);
void                  rk_resource_import_set_date      (RkResourceImport      *self,
                                                        const char            *iso_date);
gboolean              rk_resource_import_run           (RkResourceImport      *self,
                                                        sqlite3               *db,
                                                        GCancellable          *cancellable,
                                                        RkImportProgressFunc   progress,
                                                        gpointer               user_data,
                                                        GError               **error);
void                  rk_resource_import_run_async     (RkResourceImport      *self,
                                                        RkDatabase            *db,
                                                        GCancellable          *cancellable,
                                                        RkImportProgressFunc   progress,
                                                        gpointer               progress_data,
                                                        GAsyncReadyCallback    callback,
                                                        gpointer               user_data);
gboolean              rk_resource_import_run_finish    (RkResourceImport      *self,
                                                        GAsyncResult          *result,
                                                        GError               **error);
const RkImportReport *rk_resource_import_get_report    (RkResourceImport      *self);

RkImportLayout        rk_resource_import_detect_layout (const char            *path,
                                                        GError               **error);
const char           *rk_import_layout_get_label       (RkImportLayout         layout);
const char           *rk_import_note_kind_get_label    (RkImportNoteKind       kind);
gboolean              rk_import_note_kind_is_skip      (RkImportNoteKind       kind);
char                 *rk_import_report_format          (const RkImportReport  *report,
                                                        guint                  max_notes);

/* The tables an import writes, for rk_database_notify_external_change(). */
extern const char * const rk_resource_import_tables[];

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkResourceImport, rk_resource_import_free)

G_END_DECLS
