/* rk-search.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-search"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-database.h"
#include "rk-search.h"

/* Japanese search in the directory.
 *
 * A coordinator types 「さくら」, 「サクラ」 or 「ｻｸﾗ」 and means the same
 * thing; names from the open data mix full- and half-width forms, and
 * readings come in katakana (医療情報ネット, 介護) or hiragana (WAM NET).
 * Both the indexed text and the query are folded the same way: Unicode
 * compatibility forms unified (NFKC, only where such characters occur,
 * since it is slow), katakana turned into hiragana, Latin letters into
 * lower case, white space and control characters dropped.
 *
 * SQLite's own trigram tokenizer finds nothing for words shorter than three
 * characters (checked on 3.40), yet 「眼科」 and 「薬局」 are what people
 * type. This tokenizer therefore pads every indexed column with two
 * characters that folding never produces: every 1- or 2-character
 * substring is then the start of some trigram, and a short word becomes a
 * prefix query ("眼科"*) that the index answers without scanning the table.
 */

/* U+0001: folding drops control characters, so it never occurs in text. */
#define PAD "\x01"

static gboolean
needs_nfkc (gunichar c)
{
  return (c >= 0x2100 && c <= 0x24FF) ||   /* letterlike, numbers, ①… */
         (c >= 0x3200 && c <= 0x33FF) ||   /* ㈱, ㍻, ㌔… */
         (c >= 0xF900 && c <= 0xFAFF) ||   /* CJK compatibility ideographs */
         (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFFEF);     /* full-width ASCII, half-width kana */
}

static void
fold_valid (const char *text,
            gssize      length,
            GString    *out)
{
  const char *end = text + length;

  for (const char *p = text; p < end; )
    {
      guchar b = *p;
      gunichar c;

      /* Fast paths for the bulk of Japanese text: kanji are kept as they
       * are, kana need at most a shift (folding runs for every row of a
       * national import).
       */
      if (b >= 0xE4 && b <= 0xE9 && end - p >= 3 &&
          (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
        {
          g_string_append_len (out, p, 3);
          p += 3;
          continue;
        }

      c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      p = g_utf8_next_char (p);

      if (c < 0x80)
        {
          if (c <= 0x20 || c == 0x7F)
            continue;
          g_string_append_c (out, g_ascii_tolower ((char) c));
          continue;
        }

      if (c == 0x3000 || g_unichar_isspace (c))
        continue;
      if (c >= 0x30A1 && c <= 0x30F6)         /* katakana → hiragana */
        c -= 0x60;
      else if (c == 0x30FD || c == 0x30FE)    /* ヽヾ → ゝゞ */
        c -= 0x60;
      else if (c >= 0xFF01 && c <= 0xFF5E)    /* in case NFKC was skipped */
        {
          g_string_append_c (out, g_ascii_tolower ((char) (c - 0xFEE0)));
          continue;
        }
      else if (g_unichar_isupper (c))
        c = g_unichar_tolower (c);

      g_string_append_unichar (out, c);
    }
}

/**
 * rk_search_fold:
 * @text: UTF-8 text (invalid bytes are skipped)
 * @length: its length in bytes, or -1 if NUL-terminated
 * @out: where the folded text is appended
 *
 * Folds text for searching: NFKC where compatibility characters occur,
 * katakana to hiragana, lower case, no white space or control characters.
 */
void
rk_search_fold (const char *text,
                gssize      length,
                GString    *out)
{
  const char *end;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;
  if (length < 0)
    length = strlen (text);
  end = text + length;

  for (const char *p = text; p < end; p++)
    {
      guchar b = *p;

      /* Only lead bytes of the blocks NFKC changes: E2 (letterlike,
       * numbers, enclosed), E3 (from U+3200), EF (compatibility forms).
       */
      if (b != 0xE2 && b != 0xE3 && b != 0xEF)
        continue;

      if (needs_nfkc (g_utf8_get_char_validated (p, end - p)))
        {
          g_autofree char *valid = g_utf8_make_valid (text, length);
          g_autofree char *nfkc = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);

          fold_valid (nfkc, strlen (nfkc), out);
          return;
        }
    }

  fold_valid (text, length, out);
}

/**
 * rk_search_fold_string:
 *
 * Returns: (transfer full): @text folded by rk_search_fold()
 */
char *
rk_search_fold_string (const char *text)
{
  GString *out = g_string_new (NULL);

  rk_search_fold (text, -1, out);
  return g_string_free (out, FALSE);
}

/**
 * rk_search_build_match:
 * @query: what the user typed; words are separated by spaces (of either
 *   width) and must all occur
 *
 * Builds an FTS5 MATCH expression for the "rk" tokenizer. Every word is
 * quoted, so nothing the user types is read as query syntax.
 *
 * Returns: (transfer full) (nullable): the expression, or %NULL when the
 *   query holds no word
 */
char *
rk_search_build_match (const char *query)
{
  g_autoptr(GString) match = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autofree char *spaced = NULL;
  g_auto(GStrv) words = NULL;

  if (query == NULL)
    return NULL;

  /* Split before folding, which removes the spaces. */
  spaced = g_utf8_make_valid (query, -1);
  for (char *p = spaced; *p != '\0'; p++)
    if (*p == '\t' || *p == '\n' || *p == '\r')
      *p = ' ';
  {
    g_autoptr(GString) s = g_string_new (spaced);
    g_string_replace (s, "\xE3\x80\x80", " ", 0);   /* U+3000 */
    words = g_strsplit (s->str, " ", -1);
  }

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_string_truncate (word, 0);
      rk_search_fold (words[i], -1, word);
      if (word->len == 0)
        continue;

      if (match->len > 0)
        g_string_append (match, " AND ");
      g_string_append_c (match, '"');
      for (const char *p = word->str; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (match, '"');
          g_string_append_c (match, *p);
        }
      g_string_append_c (match, '"');
      if (g_utf8_strlen (word->str, -1) < 3)
        g_string_append_c (match, '*');
    }

  if (match->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&match), FALSE);
}

/*
 * The FTS5 tokenizer
 */

typedef struct
{
  GString *folded;
  GArray  *starts;   /* byte offset of each character, then the end */
} Tokenizer;

static int
tokenizer_create (void          *user_data,
                  const char   **args,
                  int            n_args,
                  Fts5Tokenizer **out)
{
  Tokenizer *self = g_new0 (Tokenizer, 1);

  self->folded = g_string_new (NULL);
  self->starts = g_array_new (FALSE, FALSE, sizeof (int));
  *out = (Fts5Tokenizer *) self;
  return SQLITE_OK;
}

static void
tokenizer_delete (Fts5Tokenizer *tokenizer)
{
  Tokenizer *self = (Tokenizer *) tokenizer;

  g_string_free (self->folded, TRUE);
  g_array_unref (self->starts);
  g_free (self);
}

static int
tokenizer_tokenize (Fts5Tokenizer *tokenizer,
                    void          *ctx,
                    int            flags,
                    const char    *text,
                    int            length,
                    int          (*token) (void       *ctx,
                                           int         tflags,
                                           const char *token,
                                           int         n_token,
                                           int         start,
                                           int         end))
{
  Tokenizer *self = (Tokenizer *) tokenizer;
  gboolean query = (flags & FTS5_TOKENIZE_QUERY) != 0;
  const char *s;
  guint n_chars;
  int rc;

  g_string_truncate (self->folded, 0);
  g_array_set_size (self->starts, 0);

  rk_search_fold (text, length, self->folded);
  if (self->folded->len == 0)
    return SQLITE_OK;
  if (!query)
    g_string_append (self->folded, PAD PAD);

  s = self->folded->str;
  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      int offset = p - s;
      g_array_append_val (self->starts, offset);
    }
  n_chars = self->starts->len;
  {
    int offset = self->folded->len;
    g_array_append_val (self->starts, offset);
  }

  /* A query word of one or two characters: the caller asks for it as a
   * prefix, which matches the trigrams that begin with it.
   */
  if (n_chars < 3)
    return token (ctx, 0, s, self->folded->len, 0, MIN ((int) self->folded->len, length));

  for (guint i = 0; i + 3 <= n_chars; i++)
    {
      int start = g_array_index (self->starts, int, i);
      int end = g_array_index (self->starts, int, i + 3);

      /* The offsets point into the folded text; they only matter to
       * highlight(), which the directory does not use.
       */
      rc = token (ctx, 0, s + start, end - start, MIN (start, length), MIN (end, length));
      if (rc != SQLITE_OK)
        return rc;
    }

  return SQLITE_OK;
}

static fts5_api *
get_fts5_api (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_pointer (stmt, 1, (void *) &api, "fts5_api_ptr", NULL);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  return api;
}

/**
 * _rk_search_register:
 * @db: a connection to a workspace
 *
 * Teaches @db the "rk" tokenizer. Every connection that reads or writes
 * the organisation table needs it: its triggers keep the full-text index
 * up to date.
 */
gboolean
_rk_search_register (sqlite3  *db,
                     GError  **error)
{
  static fts5_tokenizer tokenizer = {
    tokenizer_create,
    tokenizer_delete,
    tokenizer_tokenize,
  };
  fts5_api *api = get_fts5_api (db);

  if (api == NULL ||
      api->xCreateTokenizer (api, RK_SEARCH_TOKENIZER, NULL, &tokenizer, NULL) != SQLITE_OK)
    {
      g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                   _("This SQLite has no full-text search (FTS5). Install the SQLite library "
                     "that comes with your system."));
      return FALSE;
    }

  return TRUE;
}
