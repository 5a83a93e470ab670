/* rk-csv.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RK_CSV_ERROR (rk_csv_error_quark ())

typedef enum
{
  RK_CSV_ERROR_FAILED,
  /* The file could not be opened or read. */
  RK_CSV_ERROR_READ,
  /* The file holds nothing (or only a byte-order mark). */
  RK_CSV_ERROR_EMPTY,
  /* A ZIP archive (as the open data is distributed) or an Excel workbook. */
  RK_CSV_ERROR_ARCHIVE,
  /* Bytes that are not valid in the file's encoding, or UTF-16 text. */
  RK_CSV_ERROR_ENCODING,
  /* A NUL byte: a binary file, not text. */
  RK_CSV_ERROR_NUL,
  /* A quoted field is still open at the end of the file. */
  RK_CSV_ERROR_UNTERMINATED_QUOTE,
  /* One record is longer than RK_CSV_MAX_RECORD_SIZE bytes. */
  RK_CSV_ERROR_TOO_LONG,
} RkCsvError;

typedef enum
{
  /* A byte-order mark means UTF-8; else text that is valid UTF-8 is
   * UTF-8, and anything else is CP932.
   */
  RK_CSV_ENCODING_AUTO,
  RK_CSV_ENCODING_UTF8,
  /* Shift_JIS with Microsoft's extensions (髙, 﨑, ①, ㈱), as Excel writes it. */
  RK_CSV_ENCODING_CP932,
} RkCsvEncoding;

/* A record longer than this is refused: it is almost certainly a quote
 * that was never closed, or not a CSV file at all.
 */
#define RK_CSV_MAX_RECORD_SIZE (32u * 1024u * 1024u)

typedef struct _RkCsvReader RkCsvReader;

GQuark         rk_csv_error_quark              (void);

RkCsvReader   *rk_csv_reader_new               (const char     *path,
                                                RkCsvEncoding   encoding,
                                                GError        **error);
void           rk_csv_reader_free              (RkCsvReader    *self);

gboolean       rk_csv_reader_next              (RkCsvReader    *self,
                                                GError        **error);
guint          rk_csv_reader_get_n_fields      (RkCsvReader    *self);
const char    *rk_csv_reader_get_field         (RkCsvReader    *self,
                                                guint           index);
gsize          rk_csv_reader_get_field_length  (RkCsvReader    *self,
                                                guint           index);
guint          rk_csv_reader_get_line          (RkCsvReader    *self);
guint64        rk_csv_reader_get_record_number (RkCsvReader    *self);

gboolean       rk_csv_reader_read_header       (RkCsvReader    *self,
                                                GError        **error);
int            rk_csv_reader_find_column       (RkCsvReader    *self,
                                                const char     *name);

const char    *rk_csv_reader_get_path          (RkCsvReader    *self);
RkCsvEncoding  rk_csv_reader_get_encoding      (RkCsvReader    *self);
guint64        rk_csv_reader_get_bytes_read    (RkCsvReader    *self);
guint64        rk_csv_reader_get_size          (RkCsvReader    *self);

char          *rk_csv_normalize_header         (const char     *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkCsvReader, rk_csv_reader_free)

G_END_DECLS
