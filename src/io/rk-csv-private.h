/* rk-csv-private.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rk-csv.h"

G_BEGIN_DECLS

/* The reader works in three stages, each on a reused buffer:
 *
 *   file ──read()──▶ raw bytes ──(CP932 only: g_iconv)──▶ buf (UTF-8)
 *   buf[start, limit) ──parse()──▶ rec (the fields of one record, each
 *                                   NUL-terminated) + field offsets
 *
 * UTF-8 input is read straight into buf and validated in place, so the
 * common case copies each byte once (into rec). Only buf[start, limit) is
 * known to be valid text; a problem found at limit (invalid bytes, a NUL)
 * is kept "pending" and reported when the parser reaches it, so every
 * record before it is still delivered and the error names its line.
 *
 * A record may end beyond the data read so far: the parser's state is kept
 * in the reader, buf is compacted so that it starts at the record, and more
 * is read. Reads grow with the partial record, so even a record of many
 * megabytes costs linear time.
 */

typedef enum
{
  ST_FIELD_START,
  ST_UNQUOTED,
  ST_QUOTED,
  ST_QUOTE_SEEN,
} ParseState;

struct _RkCsvReader
{
  char          *path;
  char          *display_name;
  int            fd;
  guint64        size;
  guint64        bytes_read;
  guint          eof : 1;
  guint          undecided : 1;
  guint          failed : 1;
  guint          finished : 1;
  guint          field_quoted : 1;

  RkCsvEncoding  encoding;
  GIConv         cd;

  /* Decoded text. [start, limit) is valid UTF-8 not yet consumed;
   * [limit, end) was read but not validated yet.
   */
  char          *buf;
  gsize          cap;
  gsize          start;
  gsize          limit;
  gsize          end;

  /* CP932 bytes not converted yet (a sequence split by a read). */
  char          *raw;
  gsize          raw_cap;
  gsize          raw_len;

  /* An error found at limit, reported when the parser gets there. */
  gboolean       has_pending;
  RkCsvError     pending;

  /* The record being parsed. */
  ParseState     state;
  gsize          scan;          /* offset of the parser from start */
  guint          line;          /* physical line at buf[start + scan] */
  guint          record_line;
  guint          quote_line;
  guint64        n_records;

  char          *rec;
  gsize          rec_len;
  gsize          rec_cap;
  gsize         *fields;        /* offsets into rec */
  guint          n_fields;
  guint          fields_cap;
  gsize          field_begin;

  GPtrArray     *header;        /* normalised column names */
};

extern gsize _rk_csv_chunk_size;

void     _rk_csv_reader_ensure_buf        (RkCsvReader  *self,
                                           gsize         need);
gssize   _rk_csv_read_full                (int           fd,
                                           char         *dest,
                                           gsize         want);
void     _rk_csv_reader_set_read_error    (RkCsvReader  *self,
                                           int           errsv,
                                           GError      **error);
void     _rk_csv_reader_set_pending_error (RkCsvReader  *self,
                                           GError      **error);
gboolean _rk_csv_reader_check_magic       (RkCsvReader  *self,
                                           GError      **error);
void     _rk_csv_reader_validate_utf8     (RkCsvReader  *self);
gboolean _rk_csv_reader_switch_to_cp932   (RkCsvReader  *self,
                                           GError      **error);
gboolean _rk_csv_reader_decide_encoding   (RkCsvReader  *self,
                                           GError      **error);
gboolean _rk_csv_reader_fill              (RkCsvReader  *self,
                                           GError      **error);


/* For tests and the fuzzer only: read the file in chunks of @size bytes
 * (0 restores the default) so that every chunk-boundary path is taken with
 * small inputs. Not thread-safe; set it before creating readers.
 */
void _rk_csv_set_chunk_size (gsize size);

G_END_DECLS
