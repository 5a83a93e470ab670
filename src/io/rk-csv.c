/* rk-csv.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-csv"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rk-csv-private.h"

/* The parser and the public API; the decoding stage that feeds the parser
 * is in rk-csv-decode.c, and rk-csv-private.h describes the whole.
 */

typedef enum
{
  PARSE_MORE,
  PARSE_RECORD,
} ParseResult;

G_DEFINE_QUARK (rk-csv-error-quark, rk_csv_error)

/* Bytes that end an unquoted run. */
static const guint8 special[256] = {
  ['\n'] = 1, ['\r'] = 1, [','] = 1, ['"'] = 1,
};

static inline void
append (RkCsvReader *self,
        const void  *data,
        gsize        len)
{
  if (G_UNLIKELY (self->rec_len + len + 1 > self->rec_cap))
    {
      self->rec_cap = MAX (self->rec_len + len + 1, self->rec_cap * 2);
      self->rec = g_realloc (self->rec, self->rec_cap);
    }
  memcpy (self->rec + self->rec_len, data, len);
  self->rec_len += len;
}

static void
end_field (RkCsvReader *self)
{
  if (G_UNLIKELY (self->n_fields + 1 >= self->fields_cap))
    {
      self->fields_cap = MAX (16, self->fields_cap * 2);
      self->fields = g_renew (gsize, self->fields, self->fields_cap);
    }
  append (self, "", 1);
  self->fields[self->n_fields++] = self->field_begin;
  self->field_begin = self->rec_len;
  self->field_quoted = FALSE;
}

static gboolean
record_is_blank (RkCsvReader *self)
{
  return self->n_fields == 0 && self->rec_len == 0 && !self->field_quoted;
}

/* Parses buf[start + scan, limit). @at_eof: nothing will ever follow limit. */
static ParseResult
parse (RkCsvReader *self,
       gboolean     at_eof)
{
  const guchar *buf = (const guchar *) self->buf;
  const guchar *p = buf + self->start + self->scan;
  const guchar *lim = buf + self->limit;
  ParseState state = self->state;
  guint line = self->line;
  ParseResult result = PARSE_MORE;

  while (p < lim)
    {
      const guchar *q;

      switch (state)
        {
        case ST_FIELD_START:
          if (*p == '"')
            {
              state = ST_QUOTED;
              self->field_quoted = TRUE;
              self->quote_line = line;
              p++;
            }
          else if (*p == ',')
            {
              end_field (self);
              p++;
            }
          else
            state = ST_UNQUOTED;
          break;

        case ST_UNQUOTED:
          for (q = p; q < lim && !special[*q]; q++)
            ;
          if (q > p)
            append (self, p, q - p);
          p = q;
          if (p == lim)
            break;

          if (*p == ',')
            {
              end_field (self);
              state = ST_FIELD_START;
              p++;
              break;
            }
          if (*p == '"')
            {
              /* Lenient: a quote inside an unquoted field is data. */
              append (self, p, 1);
              p++;
              break;
            }
          if (*p == '\r')
            {
              if (p + 1 == lim && !at_eof)
                goto out;
              if (p + 1 < lim && p[1] == '\n')
                {
                  p++;
                  break;
                }
              if (p + 1 < lim)
                {
                  /* A lone CR inside a line is data. */
                  append (self, p, 1);
                  p++;
                  break;
                }
            }
          else
            line++;

          /* End of line (LF, CRLF, or a CR that ends the file). */
          p++;
          state = ST_FIELD_START;
          if (record_is_blank (self))
            {
              /* Blank lines between records are skipped. */
              self->start = p - buf;
              self->record_line = line;
              continue;
            }
          end_field (self);
          result = PARSE_RECORD;
          goto out;

        case ST_QUOTED:
          for (q = p; q < lim && *q != '"'; q++)
            if (*q == '\n')
              line++;
          if (q > p)
            append (self, p, q - p);
          p = q;
          if (p < lim)
            {
              p++;
              state = ST_QUOTE_SEEN;
            }
          break;

        case ST_QUOTE_SEEN:
          if (*p == '"')
            {
              append (self, p, 1);
              p++;
              state = ST_QUOTED;
            }
          else
            {
              /* The field's closing quote; anything up to the next comma
               * or line end is (leniently) kept as data.
               */
              state = ST_UNQUOTED;
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

out:
  self->scan = p - (buf + self->start);
  self->state = state;
  self->line = line;
  return result;
}

static void
reset_record (RkCsvReader *self)
{
  self->rec_len = 0;
  self->n_fields = 0;
  self->field_begin = 0;
  self->field_quoted = FALSE;
  self->state = ST_FIELD_START;
  self->scan = 0;
  self->record_line = self->line;
}

/**
 * rk_csv_reader_new:
 * @path: a CSV file, in the GLib file name encoding
 * @encoding: %RK_CSV_ENCODING_AUTO to detect it, or the file's encoding
 * @error: return location for an error
 *
 * Opens a CSV file (RFC 4180: quoted fields may hold commas, doubled quotes
 * and line breaks; lines end with CRLF or LF; the last line may lack its
 * line break) and reads its first chunk.
 *
 * With %RK_CSV_ENCODING_AUTO a UTF-8 byte-order mark means UTF-8; without
 * one, the first non-ASCII text decides: UTF-8 if it is valid UTF-8, else
 * CP932. A UTF-8 byte-order mark is skipped.
 *
 * Files that are not CSV text are refused here with a message that says
 * what to do: an empty file (%RK_CSV_ERROR_EMPTY), a ZIP archive or Excel
 * workbook (%RK_CSV_ERROR_ARCHIVE), UTF-16 text (%RK_CSV_ERROR_ENCODING).
 *
 * Returns: (transfer full) (nullable): a reader positioned before the first
 *   record; free it with rk_csv_reader_free()
 */
RkCsvReader *
rk_csv_reader_new (const char     *path,
                   RkCsvEncoding   encoding,
                   GError        **error)
{
  g_autoptr(RkCsvReader) self = NULL;
  struct stat st;
  gssize n;
  gsize first;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (encoding <= RK_CSV_ENCODING_CP932, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (RkCsvReader, 1);
  self->path = g_strdup (path);
  self->display_name = g_filename_display_basename (path);
  self->cd = (GIConv) -1;
  self->line = 1;
  self->record_line = 1;
  self->encoding = RK_CSV_ENCODING_UTF8;

  self->fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (self->fd < 0)
    {
      _rk_csv_reader_set_read_error (self, errno, error);
      return NULL;
    }
  if (fstat (self->fd, &st) == 0 && S_ISREG (st.st_mode))
    self->size = st.st_size;

  /* The first chunk: enough to see a signature, a BOM and some text. */
  first = MAX (_rk_csv_chunk_size, 64);
  _rk_csv_reader_ensure_buf (self, first + 1);
  n = _rk_csv_read_full (self->fd, self->buf, first);
  if (n < 0)
    {
      _rk_csv_reader_set_read_error (self, errno, error);
      return NULL;
    }
  self->end = n;
  self->bytes_read = n;
  self->eof = (gsize) n < first;

  if (!_rk_csv_reader_check_magic (self, error))
    return NULL;

  if (encoding != RK_CSV_ENCODING_CP932 && self->end >= 3 &&
      memcmp (self->buf, "\xEF\xBB\xBF", 3) == 0)
    {
      self->start = self->limit = 3;
      encoding = RK_CSV_ENCODING_UTF8;
    }
  if (self->end == self->start && self->eof)
    {
      g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_EMPTY,
                   _("“%s” is empty. Download the file again, or choose another file."),
                   self->display_name);
      return NULL;
    }

  switch (encoding)
    {
    case RK_CSV_ENCODING_AUTO:
      self->undecided = TRUE;
      if (!_rk_csv_reader_decide_encoding (self, error))
        return NULL;
      break;

    case RK_CSV_ENCODING_CP932:
      if (!_rk_csv_reader_switch_to_cp932 (self, error))
        return NULL;
      break;

    case RK_CSV_ENCODING_UTF8:
    default:
      _rk_csv_reader_validate_utf8 (self);
      break;
    }

  return g_steal_pointer (&self);
}

/**
 * rk_csv_reader_free:
 * @self: (nullable): a #RkCsvReader
 *
 * Closes the file and frees the reader.
 */
void
rk_csv_reader_free (RkCsvReader *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (self->cd != (GIConv) -1)
    g_iconv_close (self->cd);
  if (self->header != NULL)
    g_ptr_array_unref (self->header);
  g_free (self->path);
  g_free (self->display_name);
  g_free (self->buf);
  g_free (self->raw);
  g_free (self->rec);
  g_free (self->fields);
  g_free (self);
}

/**
 * rk_csv_reader_next:
 * @self: a #RkCsvReader
 * @error: return location for an error
 *
 * Reads the next record. Blank lines between records are skipped. The
 * fields are then available through rk_csv_reader_get_field() until the
 * next call.
 *
 * A record that follows a problem (invalid text, a NUL byte, a quote left
 * open) is never returned: every record before it is, and then the error,
 * whose message names the file and the line.
 *
 * Returns: %TRUE if a record was read; %FALSE at the end of the file (with
 *   @error unset) or on an error (with @error set). After %FALSE, further
 *   calls return %FALSE without an error.
 */
gboolean
rk_csv_reader_next (RkCsvReader  *self,
                    GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->failed || self->finished)
    return FALSE;

  reset_record (self);

  for (;;)
    {
      gboolean at_eof = self->eof && !self->has_pending && self->limit == self->end;

      if (parse (self, at_eof) == PARSE_RECORD)
        {
          self->start += self->scan;
          self->scan = 0;
          self->n_records++;
          return TRUE;
        }

      if (self->has_pending)
        {
          _rk_csv_reader_set_pending_error (self, error);
          self->failed = TRUE;
          return FALSE;
        }

      if (at_eof)
        {
          self->finished = TRUE;
          self->start = self->end;
          self->scan = 0;
          if (self->state == ST_QUOTED)
            {
              g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_UNTERMINATED_QUOTE,
                           _("“%s”, line %u: a quoted field that begins on this line "
                             "is never closed. Add the missing double quote (\") and "
                             "import the file again."),
                           self->display_name, self->quote_line);
              self->failed = TRUE;
              return FALSE;
            }
          if (record_is_blank (self))
            return FALSE;
          end_field (self);
          self->n_records++;
          return TRUE;
        }

      if (self->limit - self->start > RK_CSV_MAX_RECORD_SIZE)
        {
          if (self->state == ST_QUOTED)
            g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_TOO_LONG,
                         _("“%s”, line %u: a quoted field that begins on this line "
                           "is longer than %u MB. A closing double quote (\") is "
                           "probably missing; add it and import the file again."),
                         self->display_name, self->quote_line,
                         RK_CSV_MAX_RECORD_SIZE >> 20);
          else
            g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_TOO_LONG,
                         _("“%s”, line %u: this line is longer than %u MB, so the "
                           "file is probably not a CSV file. Check that you chose "
                           "the right file."),
                         self->display_name, self->record_line,
                         RK_CSV_MAX_RECORD_SIZE >> 20);
          self->failed = TRUE;
          return FALSE;
        }

      if (!_rk_csv_reader_fill (self, error))
        {
          self->failed = TRUE;
          return FALSE;
        }
    }
}

/**
 * rk_csv_reader_get_n_fields:
 * @self: a #RkCsvReader
 *
 * Returns: the number of fields of the current record (0 before the first)
 */
guint
rk_csv_reader_get_n_fields (RkCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_fields;
}

/**
 * rk_csv_reader_get_field:
 * @self: a #RkCsvReader
 * @index: a field index, from 0
 *
 * Returns the field's text: valid UTF-8, without its quotes and with
 * doubled quotes undone; line breaks inside it are kept as they are in the
 * file (LF or CRLF). Short records are a normal fault of real data, so an
 * index past the end is not a programming error.
 *
 * Returns: (nullable): the text, valid until the next call of
 *   rk_csv_reader_next(), or %NULL if the record has no such field
 */
const char *
rk_csv_reader_get_field (RkCsvReader *self,
                         guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->n_fields)
    return NULL;
  return self->rec + self->fields[index];
}

/**
 * rk_csv_reader_get_field_length:
 * @self: a #RkCsvReader
 * @index: a field index, from 0
 *
 * Returns: the length in bytes of the field's text (0 if there is no such
 *   field), saving a strlen() in tight import loops
 */
gsize
rk_csv_reader_get_field_length (RkCsvReader *self,
                                guint        index)
{
  gsize field_end;

  g_return_val_if_fail (self != NULL, 0);

  if (index >= self->n_fields)
    return 0;
  field_end = index + 1 < self->n_fields ? self->fields[index + 1] : self->rec_len;
  return field_end - self->fields[index] - 1;
}

/**
 * rk_csv_reader_get_line:
 * @self: a #RkCsvReader
 *
 * Returns the physical line (from 1) on which the current record begins,
 * for messages such as “file X, line N”. It counts the line breaks inside
 * quoted fields, so it is the line a text editor shows.
 *
 * Returns: the line number
 */
guint
rk_csv_reader_get_line (RkCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->record_line;
}

/**
 * rk_csv_reader_get_record_number:
 * @self: a #RkCsvReader
 *
 * Returns: how many records have been read, the current one included
 *   (the header record counts)
 */
guint64
rk_csv_reader_get_record_number (RkCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_records;
}

/**
 * rk_csv_reader_read_header:
 * @self: a #RkCsvReader
 * @error: return location for an error
 *
 * Reads the next record (normally the first) as the column names, for
 * rk_csv_reader_find_column(). The record stays current, so its fields can
 * be read as well.
 *
 * Returns: %TRUE on success; a file with nothing but blank lines is
 *   %RK_CSV_ERROR_EMPTY
 */
gboolean
rk_csv_reader_read_header (RkCsvReader  *self,
                           GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rk_csv_reader_next (self, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_EMPTY,
                     _("“%s” is empty. Download the file again, or choose another file."),
                     self->display_name);
      return FALSE;
    }

  g_clear_pointer (&self->header, g_ptr_array_unref);
  self->header = g_ptr_array_new_full (self->n_fields, g_free);
  for (guint i = 0; i < self->n_fields; i++)
    g_ptr_array_add (self->header, rk_csv_normalize_header (rk_csv_reader_get_field (self, i)));

  return TRUE;
}

/**
 * rk_csv_reader_find_column:
 * @self: a #RkCsvReader
 * @name: a column name
 *
 * Finds a column of the header read by rk_csv_reader_read_header(),
 * comparing names as rk_csv_normalize_header() does, so that
 * “所在地座標（緯度）” matches “所在地座標(緯度)” and “ ID” matches “ＩＤ”.
 *
 * Returns: the index of the first matching column, or -1
 */
int
rk_csv_reader_find_column (RkCsvReader *self,
                           const char  *name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  if (self->header == NULL)
    return -1;

  key = rk_csv_normalize_header (name);
  for (guint i = 0; i < self->header->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->header, i), key) == 0)
      return i;
  return -1;
}

/**
 * rk_csv_reader_get_path:
 * @self: a #RkCsvReader
 *
 * Returns: the path given to rk_csv_reader_new()
 */
const char *
rk_csv_reader_get_path (RkCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->path;
}

/**
 * rk_csv_reader_get_encoding:
 * @self: a #RkCsvReader
 *
 * Returns the encoding in use: %RK_CSV_ENCODING_UTF8 or
 * %RK_CSV_ENCODING_CP932. When detecting, a file whose first chunk (1 MB)
 * is plain ASCII reports UTF-8 until its first non-ASCII text, which may
 * turn it into CP932; the ASCII read before means the same in both.
 *
 * Returns: the encoding
 */
RkCsvEncoding
rk_csv_reader_get_encoding (RkCsvReader *self)
{
  g_return_val_if_fail (self != NULL, RK_CSV_ENCODING_UTF8);
  return self->encoding;
}

/**
 * rk_csv_reader_get_bytes_read:
 * @self: a #RkCsvReader
 *
 * Returns: how many bytes of the file have been read so far, for a
 *   progress bar against rk_csv_reader_get_size()
 */
guint64
rk_csv_reader_get_bytes_read (RkCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->bytes_read;
}

/**
 * rk_csv_reader_get_size:
 * @self: a #RkCsvReader
 *
 * Returns: the size of the file in bytes, or 0 if it is not a regular
 *   file (a pipe)
 */
guint64
rk_csv_reader_get_size (RkCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->size;
}

/**
 * rk_csv_normalize_header:
 * @name: (nullable): a column name as found in a file
 *
 * Normalises a column name for tolerant matching: byte-order marks are
 * removed, full-width and half-width forms are unified (Unicode NFKC:
 * “（”→“(”, “ＩＤ”→“ID”, half-width katakana → full-width), white space
 * (including the ideographic space) is trimmed at both ends, and the result
 * is case-folded.
 *
 * Returns: (transfer full): the normalised name; "" for %NULL or text that
 *   is not UTF-8
 */
char *
rk_csv_normalize_header (const char *name)
{
  g_autofree char *nfkc = NULL;
  g_autoptr(GString) s = NULL;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return g_strdup ("");

  nfkc = g_utf8_normalize (name, -1, G_NORMALIZE_NFKC);
  s = g_string_sized_new (strlen (nfkc));
  for (const char *p = nfkc; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) != 0xFEFF)
      g_string_append_unichar (s, g_utf8_get_char (p));

  /* NFKC has turned the ideographic space into U+0020 already. */
  return g_utf8_casefold (g_strstrip (s->str), -1);
}
