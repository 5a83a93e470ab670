/* test-csv.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rk-csv-private.h"

/* Each fixture is written by the test itself, byte by byte, so that what is
 * tested (BOM, CRLF, CP932 bytes) is visible here.
 */

static char *tmp_dir;

static char *
write_fixture (const char *name,
               const void *data,
               gssize      len)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (len < 0)
    len = strlen (data);
  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
  return path;
}

typedef struct
{
  GPtrArray *records;  /* GStrv */
  GArray    *lines;    /* guint */
  GError    *error;
  RkCsvEncoding encoding;
} ReadResult;

static void
read_result_clear (ReadResult *r)
{
  g_clear_pointer (&r->records, g_ptr_array_unref);
  g_clear_pointer (&r->lines, g_array_unref);
  g_clear_error (&r->error);
}

/* Reads every record, stopping at the first error (kept in r->error). */
static void
read_all (const char    *path,
          RkCsvEncoding  encoding,
          ReadResult    *r)
{
  g_autoptr(RkCsvReader) reader = NULL;

  r->records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  r->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  r->error = NULL;

  reader = rk_csv_reader_new (path, encoding, &r->error);
  if (reader == NULL)
    return;

  while (rk_csv_reader_next (reader, &r->error))
    {
      guint n = rk_csv_reader_get_n_fields (reader);
      char **fields = g_new0 (char *, n + 1);
      guint line = rk_csv_reader_get_line (reader);

      for (guint i = 0; i < n; i++)
        {
          fields[i] = g_strdup (rk_csv_reader_get_field (reader, i));
          g_assert_cmpuint (strlen (fields[i]), ==, rk_csv_reader_get_field_length (reader, i));
        }
      g_assert_null (rk_csv_reader_get_field (reader, n));
      g_ptr_array_add (r->records, fields);
      g_array_append_val (r->lines, line);
    }
  r->encoding = rk_csv_reader_get_encoding (reader);

  /* After the end or an error the reader stays there. */
  g_assert_false (rk_csv_reader_next (reader, NULL));
  if (r->error == NULL)
    g_assert_cmpuint (rk_csv_reader_get_bytes_read (reader), ==, rk_csv_reader_get_size (reader));
}

static void
assert_record (ReadResult *r,
               guint       i,
               guint       line,
               ...)
{
  char **fields;
  va_list ap;
  guint n = 0;

  g_assert_cmpuint (i, <, r->records->len);
  fields = g_ptr_array_index (r->records, i);
  g_assert_cmpuint (g_array_index (r->lines, guint, i), ==, line);

  va_start (ap, line);
  for (const char *want = va_arg (ap, const char *); want != NULL; want = va_arg (ap, const char *))
    {
      g_assert_nonnull (fields[n]);
      g_assert_cmpstr (fields[n], ==, want);
      n++;
    }
  va_end (ap);
  g_assert_null (fields[n]);
}

/* UTF-8 with BOM and CRLF, as the MHLW files are: quoted header, quoted
 * fields with a comma, a doubled quote and a line break, unquoted
 * coordinates, an empty field and a last line without line break.
 */
static const char utf8_bom_csv[] =
  "\xEF\xBB\xBF\"ID\",\"正式名称\",\"緯度\",\"備考\"\r\n"
  "\"0100000000001\",\"医療法人社団　髙﨑会\",43.06,\"\"\r\n"
  "\"0100000000002\",\"在宅医療クリニック, 札幌\",0.0,\"「往診」\"\"可\"\"\"\r\n"
  "\"0100000000003\",\"訪問看護\r\nステーション①\",43.1,\"㈱\"\r\n"
  "\r\n"
  "\"0100000000004\",\"最終行\",,\"改行なし\"";

static void
check_utf8_records (ReadResult *r)
{
  g_assert_no_error (r->error);
  g_assert_cmpuint (r->records->len, ==, 5);
  assert_record (r, 0, 1, "ID", "正式名称", "緯度", "備考", NULL);
  assert_record (r, 1, 2, "0100000000001", "医療法人社団　髙﨑会", "43.06", "", NULL);
  assert_record (r, 2, 3, "0100000000002", "在宅医療クリニック, 札幌", "0.0", "「往診」\"可\"", NULL);
  assert_record (r, 3, 4, "0100000000003", "訪問看護\r\nステーション①", "43.1", "㈱", NULL);
  /* Line 6: the quoted line break took line 5, and line 6 is blank. */
  assert_record (r, 4, 7, "0100000000004", "最終行", "", "改行なし", NULL);
}

static void
test_utf8_bom (void)
{
  g_autofree char *path = write_fixture ("bom.csv", utf8_bom_csv, -1);
  ReadResult r;

  read_all (path, RK_CSV_ENCODING_AUTO, &r);
  check_utf8_records (&r);
  g_assert_cmpint (r.encoding, ==, RK_CSV_ENCODING_UTF8);
  read_result_clear (&r);

  read_all (path, RK_CSV_ENCODING_UTF8, &r);
  check_utf8_records (&r);
  read_result_clear (&r);
}

static void
test_utf8_no_bom (void)
{
  g_autofree char *path = write_fixture ("nobom.csv", utf8_bom_csv + 3, -1);
  g_autofree char *lf = NULL;
  g_autofree char *lf_path = NULL;
  ReadResult r;

  read_all (path, RK_CSV_ENCODING_AUTO, &r);
  check_utf8_records (&r);
  g_assert_cmpint (r.encoding, ==, RK_CSV_ENCODING_UTF8);
  read_result_clear (&r);

  /* The same with LF line ends: only the quoted line break differs. */
  {
    g_auto(GStrv) parts = g_strsplit (utf8_bom_csv + 3, "\r\n", -1);
    lf = g_strjoinv ("\n", parts);
  }
  lf_path = write_fixture ("lf.csv", lf, -1);
  read_all (lf_path, RK_CSV_ENCODING_AUTO, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.records->len, ==, 5);
  assert_record (&r, 3, 4, "0100000000003", "訪問看護\nステーション①", "43.1", "㈱", NULL);
  assert_record (&r, 4, 7, "0100000000004", "最終行", "", "改行なし", NULL);
  read_result_clear (&r);
}

/* CP932 as Excel saves it: 髙 FB FC (IBM), 﨑 FA B1, ① 87 40, ㈱ 87 8A,
 * ～ 81 60, half-width katakana ｶﾅ B6 C5.
 */
static const char cp932_csv[] =
  "\"\x96\xBC\x8F\xCC\",\"\x94\xF5\x8D\x6C\"\r\n"                 /* "名称","備考" */
  "\"\xFB\xFC\xFA\xB1\x87\x40\x87\x8A\",\"\xB6\xC5\x81\x60\"\r\n"  /* 髙﨑①㈱, ｶﾅ～ */
  "\"a,b \"\"q\"\"\r\nc\",x\r\n"
  "last,\x82\xA0";                                                 /* あ, no CRLF */

static void
check_cp932_records (ReadResult *r)
{
  g_assert_no_error (r->error);
  g_assert_cmpint (r->encoding, ==, RK_CSV_ENCODING_CP932);
  g_assert_cmpuint (r->records->len, ==, 4);
  assert_record (r, 0, 1, "名称", "備考", NULL);
  assert_record (r, 1, 2, "髙﨑①㈱", "ｶﾅ～", NULL);
  assert_record (r, 2, 3, "a,b \"q\"\r\nc", "x", NULL);
  assert_record (r, 3, 5, "last", "あ", NULL);
}

static void
test_cp932 (void)
{
  g_autofree char *path = write_fixture ("sjis.csv", cp932_csv, -1);
  ReadResult r;

  read_all (path, RK_CSV_ENCODING_AUTO, &r);
  check_cp932_records (&r);
  read_result_clear (&r);

  read_all (path, RK_CSV_ENCODING_CP932, &r);
  check_cp932_records (&r);
  read_result_clear (&r);

  /* Forced UTF-8 on CP932 bytes: an encoding error on line 1. */
  read_all (path, RK_CSV_ENCODING_UTF8, &r);
  g_assert_error (r.error, RK_CSV_ERROR, RK_CSV_ERROR_ENCODING);
  g_assert_nonnull (strstr (r.error->message, "line 1"));
  g_assert_nonnull (strstr (r.error->message, "sjis.csv"));
  read_result_clear (&r);
}

/* Every chunk size must give the same records: multibyte characters, CRLF
 * pairs and doubled quotes split between two reads, and a first chunk that
 * is all ASCII so that CP932 is only recognised later.
 */
static void
test_chunk_boundaries (void)
{
  g_autoptr(GString) late = g_string_new ("id,name\r\n");
  g_autofree char *p1 = write_fixture ("chunks-utf8.csv", utf8_bom_csv, -1);
  g_autofree char *p2 = write_fixture ("chunks-sjis.csv", cp932_csv, -1);
  g_autofree char *p3 = NULL;
  static const gsize sizes[] = { 1, 2, 3, 4, 5, 7, 13, 64 };

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (late, "%u,\"plain ascii\"\r\n", i);
  g_string_append (late, "41,\"\xFB\xFC\xFA\xB1\"\r\n");
  p3 = write_fixture ("chunks-late.csv", late->str, late->len);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      ReadResult r;

      _rk_csv_set_chunk_size (sizes[s]);

      read_all (p1, RK_CSV_ENCODING_AUTO, &r);
      check_utf8_records (&r);
      read_result_clear (&r);

      read_all (p2, RK_CSV_ENCODING_AUTO, &r);
      check_cp932_records (&r);
      read_result_clear (&r);

      read_all (p3, RK_CSV_ENCODING_AUTO, &r);
      g_assert_no_error (r.error);
      g_assert_cmpint (r.encoding, ==, RK_CSV_ENCODING_CP932);
      g_assert_cmpuint (r.records->len, ==, 42);
      assert_record (&r, 41, 42, "41", "髙﨑", NULL);
      read_result_clear (&r);
    }
  _rk_csv_set_chunk_size (0);
}

static void
test_line_numbers (void)
{
  g_autofree char *path = write_fixture ("lines.csv",
                                         "h1,h2\n"
                                         "\"a\nb\nc\",1\n"   /* lines 2-4 */
                                         "\n\n"              /* 5, 6 blank */
                                         "x,\"\"\"\n\"\"\"\n" /* 7-8: field "\n" in quotes */
                                         "y,2\n", -1);
  ReadResult r;

  read_all (path, RK_CSV_ENCODING_AUTO, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.records->len, ==, 4);
  assert_record (&r, 0, 1, "h1", "h2", NULL);
  assert_record (&r, 1, 2, "a\nb\nc", "1", NULL);
  assert_record (&r, 2, 7, "x", "\"\n\"", NULL);
  assert_record (&r, 3, 9, "y", "2", NULL);
  read_result_clear (&r);
}

static void
test_fields (void)
{
  /* Empty fields, a trailing comma, an empty quoted line, lenient quotes. */
  g_autofree char *path = write_fixture ("fields.csv",
                                         "a,,b,\r\n"
                                         "\"\"\r\n"
                                         "ab\"c,\"d\"e\r\n"
                                         ",\r\n", -1);
  ReadResult r;

  read_all (path, RK_CSV_ENCODING_AUTO, &r);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.records->len, ==, 4);
  assert_record (&r, 0, 1, "a", "", "b", "", NULL);
  assert_record (&r, 1, 2, "", NULL);
  assert_record (&r, 2, 3, "ab\"c", "de", NULL);
  assert_record (&r, 3, 4, "", "", NULL);
  read_result_clear (&r);
}

static void
assert_open_error (const char    *name,
                   const void    *data,
                   gssize         len,
                   int            code,
                   const char    *needle)
{
  g_autofree char *path = write_fixture (name, data, len);
  g_autoptr(GError) error = NULL;
  RkCsvReader *reader = rk_csv_reader_new (path, RK_CSV_ENCODING_AUTO, &error);

  g_assert_null (reader);
  g_assert_error (error, RK_CSV_ERROR, code);
  g_assert_nonnull (strstr (error->message, name));
  if (needle != NULL)
    g_assert_nonnull (strstr (error->message, needle));
}

static void
test_errors_open (void)
{
  g_autofree char *missing = g_build_filename (tmp_dir, "missing.csv", NULL);
  g_autoptr(GError) error = NULL;
  static const char zip[] = "PK\3\4\x14\0\0\0\x08\0 some zip bytes";
  char xlsx[80] = "PK\3\4";

  g_assert_null (rk_csv_reader_new (missing, RK_CSV_ENCODING_AUTO, &error));
  g_assert_error (error, RK_CSV_ERROR, RK_CSV_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "missing.csv"));

  assert_open_error ("empty.csv", "", 0, RK_CSV_ERROR_EMPTY, NULL);
  assert_open_error ("bom-only.csv", "\xEF\xBB\xBF", 3, RK_CSV_ERROR_EMPTY, NULL);
  assert_open_error ("data.zip", zip, sizeof zip, RK_CSV_ERROR_ARCHIVE, "ZIP");
  memcpy (xlsx + 30, "[Content_Types].xml", 19);
  assert_open_error ("book.xlsx", xlsx, sizeof xlsx, RK_CSV_ERROR_ARCHIVE, "Excel");
  assert_open_error ("old.xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10,
                     RK_CSV_ERROR_ARCHIVE, "Excel");
  assert_open_error ("u16.csv", "\xFF\xFE" "a\0,\0", 6, RK_CSV_ERROR_ENCODING, "UTF-16");
}

/* Errors found while reading: the records before are delivered, and the
 * message names the file and the line.
 */
static void
assert_read_error (const char *name,
                   const void *data,
                   gssize      len,
                   RkCsvEncoding encoding,
                   int         code,
                   guint       good_records,
                   const char *line)
{
  g_autofree char *path = write_fixture (name, data, len);
  static const gsize sizes[] = { 0, 1, 3 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      ReadResult r;

      _rk_csv_set_chunk_size (sizes[s]);
      read_all (path, encoding, &r);
      g_assert_error (r.error, RK_CSV_ERROR, code);
      g_assert_nonnull (strstr (r.error->message, name));
      g_assert_nonnull (strstr (r.error->message, line));
      g_assert_cmpuint (r.records->len, ==, good_records);
      read_result_clear (&r);
    }
  _rk_csv_set_chunk_size (0);
}

static void
test_errors_read (void)
{
  static const char nul[] = "a,b\n\"x\ny\",1\nz,\0\n";

  /* A quote opened on line 3 and never closed. */
  assert_read_error ("open-quote.csv", "a,b\r\n1,2\r\n3,\"oops\r\n4,5\r\n", -1,
                     RK_CSV_ENCODING_AUTO, RK_CSV_ERROR_UNTERMINATED_QUOTE, 2, "line 3");
  /* A NUL byte on line 4, after a quoted line break. */
  assert_read_error ("nul.csv", nul, sizeof nul - 1,
                     RK_CSV_ENCODING_AUTO, RK_CSV_ERROR_NUL, 2, "line 4");
  /* Invalid UTF-8 on line 3 of a UTF-8 file (BOM). */
  assert_read_error ("bad-utf8.csv", "\xEF\xBB\xBFid,名前\n1,髙\n2,\xE9\xAB\n3,x\n", -1,
                     RK_CSV_ENCODING_AUTO, RK_CSV_ERROR_ENCODING, 2, "line 3");
  /* Forced UTF-8, a UTF-8 sequence cut off by the end of the file. */
  assert_read_error ("cut-utf8.csv", "id\n1\n\xE9\xAB", -1,
                     RK_CSV_ENCODING_UTF8, RK_CSV_ERROR_ENCODING, 2, "line 3");
  /* Bytes that CP932 does not define (0xA0, 0xFD) on line 2. */
  assert_read_error ("bad-sjis.csv", "\x96\xBC\x8F\xCC\r\n\xA0\xFD\r\n", -1,
                     RK_CSV_ENCODING_AUTO, RK_CSV_ERROR_ENCODING, 1, "line 2");
  /* A CP932 lead byte with nothing after it at the end of the file. */
  assert_read_error ("cut-sjis.csv", "\x96\xBC\r\n\x96", -1,
                     RK_CSV_ENCODING_CP932, RK_CSV_ERROR_ENCODING, 1, "line 2");
}

static void
test_too_long (void)
{
  gsize len = RK_CSV_MAX_RECORD_SIZE + (4 << 20);
  g_autofree char *data = g_malloc (len);
  g_autofree char *path = NULL;
  ReadResult r;

  memset (data, 'x', len);
  memcpy (data, "a,b\n1,\"", 7);
  path = write_fixture ("long.csv", data, len);
  read_all (path, RK_CSV_ENCODING_AUTO, &r);
  g_assert_error (r.error, RK_CSV_ERROR, RK_CSV_ERROR_TOO_LONG);
  g_assert_nonnull (strstr (r.error->message, "line 2"));
  g_assert_cmpuint (r.records->len, ==, 1);
  read_result_clear (&r);
}

static void
test_header (void)
{
  g_autofree char *path = write_fixture ("header.csv",
                                         "\xEF\xBB\xBF\"\xEF\xBB\xBF ID \",\"所在地座標（緯度）\","
                                         "\"ﾌﾘｶﾞﾅ\",\"　電話番号　\"\r\n"
                                         "1,43.0,ｱ,011\r\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkCsvReader) reader = rk_csv_reader_new (path, RK_CSV_ENCODING_AUTO, &error);
  g_autofree char *norm = rk_csv_normalize_header ("\xEF\xBB\xBF　ＩＤ（Ａ） ");

  g_assert_cmpstr (norm, ==, "id(a)");
  g_assert_no_error (error);
  g_assert_cmpint (rk_csv_reader_find_column (reader, "ID"), ==, -1);
  g_assert_true (rk_csv_reader_read_header (reader, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rk_csv_reader_find_column (reader, "ID"), ==, 0);
  g_assert_cmpint (rk_csv_reader_find_column (reader, "ＩＤ"), ==, 0);
  g_assert_cmpint (rk_csv_reader_find_column (reader, "所在地座標(緯度)"), ==, 1);
  g_assert_cmpint (rk_csv_reader_find_column (reader, "フリガナ"), ==, 2);
  g_assert_cmpint (rk_csv_reader_find_column (reader, "電話番号"), ==, 3);
  g_assert_cmpint (rk_csv_reader_find_column (reader, "FAX番号"), ==, -1);
  g_assert_true (rk_csv_reader_next (reader, &error));
  g_assert_cmpstr (rk_csv_reader_get_field (reader, 2), ==, "ｱ");
  g_assert_cmpuint (rk_csv_reader_get_record_number (reader), ==, 2);
  g_assert_cmpstr (rk_csv_reader_get_path (reader), ==, path);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  tmp_dir = g_dir_make_tmp ("test-csv-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/io/csv/utf8-bom", test_utf8_bom);
  g_test_add_func ("/io/csv/utf8-no-bom", test_utf8_no_bom);
  g_test_add_func ("/io/csv/cp932", test_cp932);
  g_test_add_func ("/io/csv/chunk-boundaries", test_chunk_boundaries);
  g_test_add_func ("/io/csv/line-numbers", test_line_numbers);
  g_test_add_func ("/io/csv/fields", test_fields);
  g_test_add_func ("/io/csv/errors-on-open", test_errors_open);
  g_test_add_func ("/io/csv/errors-while-reading", test_errors_read);
  g_test_add_func ("/io/csv/too-long", test_too_long);
  g_test_add_func ("/io/csv/header", test_header);

  ret = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *p = g_build_filename (tmp_dir, name, NULL);
        g_unlink (p);
      }
    g_rmdir (tmp_dir);
    g_free (tmp_dir);
  }

  return ret;
}
