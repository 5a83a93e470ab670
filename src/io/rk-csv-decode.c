/* rk-csv-decode.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-csv"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <unistd.h>

#include "rk-csv-private.h"

/* The decoding stage of RkCsvReader: reads the file, detects or applies
 * the encoding, and leaves valid UTF-8 in buf[start, limit) for the parser
 * in rk-csv.c (see rk-csv-private.h).
 */

#define DEFAULT_CHUNK_SIZE (1u << 20)

gsize _rk_csv_chunk_size = DEFAULT_CHUNK_SIZE;

void
_rk_csv_set_chunk_size (gsize size)
{
  _rk_csv_chunk_size = size > 0 ? size : DEFAULT_CHUNK_SIZE;
}

static const char *
encoding_name (RkCsvEncoding encoding)
{
  return encoding == RK_CSV_ENCODING_CP932 ? "Shift_JIS (CP932)" : "UTF-8";
}

void
_rk_csv_reader_set_pending_error (RkCsvReader  *self,
                                  GError      **error)
{
  switch (self->pending)
    {
    case RK_CSV_ERROR_NUL:
      g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_NUL,
                   _("“%s”, line %u: the file contains a NUL byte, so it is not a "
                     "text file. Check that you chose the right CSV file."),
                   self->display_name, self->line);
      break;

    case RK_CSV_ERROR_ENCODING:
      g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_ENCODING,
                   /* Translators: the second %s is an encoding name,
                    * "UTF-8" or "Shift_JIS (CP932)".
                    */
                   _("“%s”, line %u: this is not valid %s text. Save the file again "
                     "as a UTF-8 or Shift_JIS (CP932) CSV file and import it again."),
                   self->display_name, self->line, encoding_name (self->encoding));
      break;

    case RK_CSV_ERROR_FAILED:
    case RK_CSV_ERROR_READ:
    case RK_CSV_ERROR_EMPTY:
    case RK_CSV_ERROR_ARCHIVE:
    case RK_CSV_ERROR_UNTERMINATED_QUOTE:
    case RK_CSV_ERROR_TOO_LONG:
    default:
      g_assert_not_reached ();
    }
}

void
_rk_csv_reader_ensure_buf (RkCsvReader *self,
                           gsize        need)
{
  if (self->cap >= need)
    return;
  self->cap = MAX (need, self->cap * 2);
  self->buf = g_realloc (self->buf, self->cap);
}

void
_rk_csv_reader_set_read_error (RkCsvReader  *self,
                               int           errsv,
                               GError      **error)
{
  g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_READ,
               _("Could not read “%s”: %s. Check that the file exists and that "
                 "you are allowed to read it."),
               self->display_name, g_strerror (errsv));
}

static void
set_pending (RkCsvReader *self,
             RkCsvError   code)
{
  self->has_pending = TRUE;
  self->pending = code;
}

/* Reads up to @want bytes, fewer only at the end of the file. */
gssize
_rk_csv_read_full (int    fd,
                   char  *dest,
                   gsize  want)
{
  gsize got = 0;

  while (got < want)
    {
      gssize n = read (fd, dest + got, want - got);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return -1;
      if (n == 0)
        break;
      got += n;
    }

  return got;
}

/* Whether @p[0..@len) is the start of a UTF-8 sequence that more bytes
 * could complete.
 */
static gboolean
is_incomplete_utf8 (const guchar *p,
                    gsize         len)
{
  gsize need;

  if (p[0] >= 0xC2 && p[0] <= 0xDF)
    need = 2;
  else if (p[0] >= 0xE0 && p[0] <= 0xEF)
    need = 3;
  else if (p[0] >= 0xF0 && p[0] <= 0xF4)
    need = 4;
  else
    return FALSE;

  if (len >= need)
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if ((p[i] & 0xC0) != 0x80)
      return FALSE;
  return TRUE;
}

/* Moves limit over the valid UTF-8 in buf[limit, end). */
void
_rk_csv_reader_validate_utf8 (RkCsvReader *self)
{
  const char *bad;
  gsize at;

  if (self->has_pending)
    return;
  if (g_utf8_validate_len (self->buf + self->limit, self->end - self->limit, &bad))
    {
      self->limit = self->end;
      return;
    }

  at = bad - self->buf;
  self->limit = at;
  if (self->buf[at] == '\0')
    set_pending (self, RK_CSV_ERROR_NUL);
  else if (self->eof || !is_incomplete_utf8 ((const guchar *) bad, self->end - at))
    set_pending (self, RK_CSV_ERROR_ENCODING);
}

/* Converts as much of raw as possible onto the end of buf. */
static void
convert_cp932 (RkCsvReader *self)
{
  gsize old_end = self->end;
  char *in = self->raw;
  gsize in_left = self->raw_len;
  const char *nul;

  if (self->has_pending)
    return;

  while (in_left > 0)
    {
      char *out;
      gsize out_left;
      gsize r;

      /* One CP932 byte (half-width katakana) becomes three UTF-8 bytes. */
      _rk_csv_reader_ensure_buf (self, self->end + in_left * 3 + 16);
      out = self->buf + self->end;
      out_left = self->cap - self->end;
      r = g_iconv (self->cd, &in, &in_left, &out, &out_left);
      self->end = out - self->buf;
      if (r != (gsize) -1)
        break;
      if (errno == E2BIG)
        continue;
      if (errno == EINVAL && !self->eof)
        break;
      /* EILSEQ, or a sequence cut off by the end of the file. */
      set_pending (self, RK_CSV_ERROR_ENCODING);
      break;
    }

  memmove (self->raw, in, in_left);
  self->raw_len = in_left;

  /* iconv passes NUL through; text must not contain it. */
  nul = memchr (self->buf + old_end, '\0', self->end - old_end);
  if (nul != NULL)
    {
      self->end = nul - self->buf;
      self->has_pending = FALSE;
      set_pending (self, RK_CSV_ERROR_NUL);
    }
  self->limit = self->end;
}

gboolean
_rk_csv_reader_switch_to_cp932 (RkCsvReader  *self,
                                GError      **error)
{
  gsize n = self->end - self->limit;

  self->cd = g_iconv_open ("UTF-8", "CP932");
  if (self->cd == (GIConv) -1)
    {
      g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_FAILED,
                   _("Shift_JIS (CP932) text cannot be decoded on this system: %s"),
                   g_strerror (errno));
      return FALSE;
    }
  self->encoding = RK_CSV_ENCODING_CP932;
  self->undecided = FALSE;

  /* Whatever was read but not validated goes back through the decoder. */
  self->raw_cap = MAX (n, _rk_csv_chunk_size) + 16;
  self->raw = g_malloc (self->raw_cap);
  memcpy (self->raw, self->buf + self->limit, n);
  self->raw_len = n;
  self->end = self->limit;
  convert_cp932 (self);
  return TRUE;
}

/* Looks at freshly read bytes in buf[limit, end) while the encoding is not
 * decided: as long as they are ASCII, both encodings agree; the first
 * non-ASCII text decides.
 */
gboolean
_rk_csv_reader_decide_encoding (RkCsvReader  *self,
                                GError      **error)
{
  const guchar *p = (const guchar *) self->buf + self->limit;
  const guchar *e = (const guchar *) self->buf + self->end;
  const guchar *high = p;
  const char *bad;

  while (high < e && *high < 0x80)
    high++;
  if (high == e)
    {
      _rk_csv_reader_validate_utf8 (self);
      return TRUE;
    }

  if (g_utf8_validate_len ((const char *) p, e - p, &bad))
    {
      self->undecided = FALSE;
      self->limit = self->end;
      return TRUE;
    }
  if (*bad == '\0' && (const guchar *) bad < high)
    {
      self->limit = bad - self->buf;
      set_pending (self, RK_CSV_ERROR_NUL);
      return TRUE;
    }
  if (!self->eof && is_incomplete_utf8 ((const guchar *) bad, e - (const guchar *) bad))
    {
      /* Decided only if a whole multibyte character came before the cut. */
      self->undecided = (const guchar *) bad == high;
      self->limit = bad - self->buf;
      return TRUE;
    }

  return _rk_csv_reader_switch_to_cp932 (self, error);
}

/* Makes room at the end of buf and reads the next chunk. */
gboolean
_rk_csv_reader_fill (RkCsvReader  *self,
                     GError      **error)
{
  gsize partial;
  gsize want;
  gssize n;

  if (self->start > 0)
    {
      memmove (self->buf, self->buf + self->start, self->end - self->start);
      self->end -= self->start;
      self->limit -= self->start;
      self->start = 0;
    }

  if (self->has_pending || self->eof)
    return TRUE;

  /* Read at least as much as the partial record holds, so that a record
   * of many chunks is not parsed over and over, but not much beyond
   * RK_CSV_MAX_RECORD_SIZE: a record that long is refused anyway.
   */
  partial = self->end;
  want = MIN (partial, RK_CSV_MAX_RECORD_SIZE + 1 - MIN (partial, RK_CSV_MAX_RECORD_SIZE));
  want = MAX (_rk_csv_chunk_size, want);

  if (self->encoding == RK_CSV_ENCODING_CP932)
    {
      if (self->raw_cap < self->raw_len + want)
        {
          self->raw_cap = self->raw_len + want;
          self->raw = g_realloc (self->raw, self->raw_cap);
        }
      n = _rk_csv_read_full (self->fd, self->raw + self->raw_len, want);
      if (n < 0)
        {
          _rk_csv_reader_set_read_error (self, errno, error);
          return FALSE;
        }
      self->raw_len += n;
      self->bytes_read += n;
      self->eof = (gsize) n < want;
      convert_cp932 (self);
      return TRUE;
    }

  _rk_csv_reader_ensure_buf (self, self->end + want + 1);
  n = _rk_csv_read_full (self->fd, self->buf + self->end, want);
  if (n < 0)
    {
      _rk_csv_reader_set_read_error (self, errno, error);
      return FALSE;
    }
  self->end += n;
  self->bytes_read += n;
  self->eof = (gsize) n < want;

  if (self->undecided)
    return _rk_csv_reader_decide_encoding (self, error);
  _rk_csv_reader_validate_utf8 (self);
  return TRUE;
}

/* Refuses what is not CSV text, with a message that says what to do. */
gboolean
_rk_csv_reader_check_magic (RkCsvReader  *self,
                            GError      **error)
{
  const guchar *p = (const guchar *) self->buf;
  gsize n = self->end;

  if (n >= 4 && memcmp (p, "PK\3\4", 4) == 0)
    {
      /* An xlsx workbook is a ZIP whose first member is [Content_Types].xml. */
      if (n >= 30 + 19 && memcmp (p + 30, "[Content_Types].xml", 19) == 0)
        g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_ARCHIVE,
                     _("“%s” is an Excel workbook, not a CSV file: open it in Excel "
                       "or LibreOffice Calc and save it as CSV first."),
                     self->display_name);
      else
        g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_ARCHIVE,
                     _("“%s” is a ZIP archive: extract the CSV files from it first, "
                       "then import those."),
                     self->display_name);
      return FALSE;
    }
  if (n >= 8 && memcmp (p, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    {
      g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_ARCHIVE,
                   _("“%s” is an Excel workbook, not a CSV file: open it in Excel "
                     "or LibreOffice Calc and save it as CSV first."),
                   self->display_name);
      return FALSE;
    }
  if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
    {
      g_set_error (error, RK_CSV_ERROR, RK_CSV_ERROR_ENCODING,
                   _("“%s” is UTF-16 text, which cannot be imported: save it as a "
                     "UTF-8 or Shift_JIS (CP932) CSV file first."),
                   self->display_name);
      return FALSE;
    }

  return TRUE;
}
