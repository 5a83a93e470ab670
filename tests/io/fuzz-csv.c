/* fuzz-csv.c — libFuzzer target for RkCsvReader.
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built and run by run-fuzz.sh with clang -fsanitize=fuzzer,address,undefined.
 * The first byte of an input chooses the encoding (AUTO, UTF-8, CP932) and
 * the chunk size (from 1 byte up), so that the fuzzer reaches the paths
 * where a record, a CRLF pair or a multibyte character is split between two
 * reads; the rest is the file. Besides crashes and sanitizer reports, every
 * record is checked: each field is valid UTF-8 of the length reported, and
 * line numbers never go backwards.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rk-csv-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *path;

static void
check (gboolean ok)
{
  if (!ok)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const gsize chunks[] = { 1, 2, 3, 5, 8, 64, 4096, 0 };
  static const RkCsvEncoding encodings[] = {
    RK_CSV_ENCODING_AUTO, RK_CSV_ENCODING_UTF8, RK_CSV_ENCODING_CP932,
  };
  g_autoptr(RkCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint last_line = 0;
  guint8 control;

  if (size < 1)
    return 0;
  control = data[0];
  data++;
  size--;

  if (path == NULL)
    {
      char *dir = g_dir_make_tmp ("fuzz-csv-XXXXXX", NULL);

      check (dir != NULL);
      path = g_build_filename (dir, "input.csv", NULL);
      g_free (dir);
    }
  check (g_file_set_contents (path, (const char *) data, size, NULL));

  _rk_csv_set_chunk_size (chunks[control % G_N_ELEMENTS (chunks)]);
  reader = rk_csv_reader_new (path, encodings[(control >> 3) % 3], &error);
  if (reader == NULL)
    {
      check (error != NULL && error->domain == RK_CSV_ERROR);
      return 0;
    }

  if ((control & 0x80) != 0 && !rk_csv_reader_read_header (reader, &error))
    return 0;

  while (rk_csv_reader_next (reader, &error))
    {
      guint n = rk_csv_reader_get_n_fields (reader);
      guint line = rk_csv_reader_get_line (reader);

      check (n > 0);
      check (line > last_line);
      last_line = line;
      for (guint i = 0; i < n; i++)
        {
          const char *f = rk_csv_reader_get_field (reader, i);
          gsize len = rk_csv_reader_get_field_length (reader, i);

          check (f != NULL && strlen (f) == len);
          check (g_utf8_validate (f, len, NULL));
        }
      check (rk_csv_reader_get_field (reader, n) == NULL);
      if ((control & 0x80) != 0)
        rk_csv_reader_find_column (reader, rk_csv_reader_get_field (reader, 0));
    }
  check (error == NULL || error->domain == RK_CSV_ERROR);
  check (!rk_csv_reader_next (reader, NULL));
  check (rk_csv_reader_get_bytes_read (reader) <= size || error != NULL);

  return 0;
}
