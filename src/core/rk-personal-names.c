/* rk-personal-names.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-personal-names"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-personal-names.h"

/* The guidebook asks that the coordination meeting not become a place for
 * individual cases (個別事案の対応策の検討の場とならないよう留意). Minutes
 * that name a patient, or describe one, are a sign that it has; they are
 * also personal data that a meeting record should not need. This is a
 * heuristic that warns; it never blocks.
 *
 * It catches:
 *  - a run of kanji (1–6, one space allowed inside: 「山田 太郎」) or of
 *    katakana (2–12) right before an honorific: さん, 様, さま, 氏, 君,
 *    くん, ちゃん, 殿 — 「山田さん」「ヤマダ様」「佐藤 花子様」;
 *  - a single Latin initial before an honorific: 「Aさん」「Ｂ氏」, the
 *    usual way an anonymised case is still an individual case;
 *  - an age with a sex: 「85歳男性」「80代の女性」「女性（92歳）」;
 *  - any name of a personal-data register the caller passes (the
 *    disaster BCP's register of people on medical devices, rk-care-names.c),
 *    compared without spaces, full-width letters as half-width and
 *    katakana as hiragana. Such a match wins over the others it overlaps
 *    (「見本太郎さん」 is the register's 「見本 太郎」), and a warning about it
 *    never quotes the name (rk_personal_names_warning()).
 *
 * It leaves alone: generic nouns before an honorific (患者さん, 利用者様,
 * ご家族様, 皆さん, ケアマネさん, 担当者様, 委員長…), words where 様 or 氏
 * is not an honorific (同様, 多様, 様式, 氏名), kana words ending in さん
 * (たくさん, おばあさん).
 *
 * It misses: names with no honorific (「山田が説明」), given names in
 * hiragana (「はなこさん」), names in romaji, and case descriptions without
 * age and sex (「独居の高齢者で…」). It also flags colleagues named with
 * さん (「田中さんより報告」), which a coordinator can read past.
 */

static const char *honorifics[] = {
  "ちゃん", "さん", "さま", "くん", "様", "氏", "君", "殿",
};

/* Words that end a kanji or katakana run before an honorific without
 * being anyone's name (患者さん, ご家族様, ケアマネさん).
 */
static const char *generic_words[] = {
  "患者", "利用者", "家族", "本人", "息子", "主人", "祖母", "祖父", "住民", "市民", "町民",
  "村民", "区民", "県民", "担当", "担当者", "関係者", "参加者", "出席者", "委員", "委員長",
  "会長", "副会長", "座長", "事業者", "事業所", "医師", "歯科医師", "薬剤師", "看護師", "保健師",
  "職員", "先生", "相手", "先方", "各位", "訪問者", "支援者", "介護者", "病院", "施設", "皆様",
  "ケアマネ", "ケアマネジャー", "ケアマネージャー", "ヘルパー", "ナース", "ドクター",
  "スタッフ", "ワーカー", "セラピスト", "マネジャー", "マネージャー", "リーダー", "メンバー",
  "ボランティア", "ドライバー", "オーナー", "ゲスト", "ファシリテーター", "コーディネーター",
};

/* Single kanji that are a person in general when they stand alone before
 * the honorific (皆さん, お母さん, この方), but may end a name otherwise
 * (緒方さん).
 */
static const char *generic_chars = "皆奥母父兄姉弟妹娘子孫夫妻嫁赤方客隣他";

/* Kanji before 様, 氏, 君 or 殿 that make another word of it (同様, 多様,
 * 仕様, 模様, 両氏, 各氏, 神様, 御殿).
 */
static const char *word_particles = "同両各多仕模異神王御宮貴源外諸";

/* Kanji after these honorifics makes a word instead (様式, 様子, 氏名,
 * 君主, 殿堂), except for a few that follow a name (山田様宅, 鈴木様方).
 */
static const char *kanji_honorifics = "様氏君殿";
static const char *after_name = "宅方家";

typedef struct
{
  gunichar c;
  gsize    offset;
} Char;

static gboolean
is_kanji (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN || c == 0x3005 /* 々 */ ||
         c == 0x30F6 /* ヶ */;
}

static gboolean
is_katakana (gunichar c)
{
  return (g_unichar_get_script (c) == G_UNICODE_SCRIPT_KATAKANA && c != 0x30FB /* ・ */) ||
         c == 0x30FC /* ー */;
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == 0x3000;
}

static gboolean
is_latin_upper (gunichar c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 0xFF21 && c <= 0xFF3A);
}

static gboolean
is_letter (gunichar c)
{
  return g_unichar_isalpha (c) && g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN;
}

static gboolean
utf8_has_char (const char *set,
               gunichar    c)
{
  return g_utf8_strchr (set, -1, c) != NULL;
}

static gboolean
run_is_generic (const char *text,
                gsize       start,
                gsize       end,
                gboolean    kanji_honorific)
{
  g_autofree char *run = g_strndup (text + start, end - start);
  gunichar last;

  g_strstrip (run);
  if (run[0] == '\0')
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (generic_words); i++)
    if (g_str_has_suffix (run, generic_words[i]))
      return TRUE;

  if (g_utf8_strlen (run, -1) == 1 && utf8_has_char (generic_chars, g_utf8_get_char (run)))
    return TRUE;

  last = g_utf8_get_char (g_utf8_find_prev_char (run, run + strlen (run)));
  return kanji_honorific && utf8_has_char (word_particles, last);
}

static void
add_match (GArray             *matches,
           gsize               offset,
           gsize               length,
           RkPersonalNameKind  kind)
{
  RkPersonalNameMatch m = { offset, length, kind };

  g_array_append_val (matches, m);
}

/* Looks back from chars[i] (the first character of an honorific) for a
 * name, and records it with the honorific.
 */
static void
look_back (const char *text,
           GArray     *chars,
           guint       i,
           gsize       honorific_end,
           gboolean    kanji_honorific,
           GArray     *matches)
{
  const Char *at = &g_array_index (chars, Char, 0);
  gboolean (*in_run) (gunichar) = NULL;
  guint n = 0;
  guint min, max;
  int j = (int) i - 1;
  int first = -1;

  /* 「山田 様」: one space may stand between a name and its honorific. */
  if (j >= 0 && is_space (at[j].c))
    j--;
  if (j < 0)
    return;

  if (is_latin_upper (at[j].c) && (j == 0 || !is_letter (at[j - 1].c)))
    {
      add_match (matches, at[j].offset, honorific_end - at[j].offset, RK_PERSONAL_NAME_INITIAL);
      return;
    }

  if (is_kanji (at[j].c))
    {
      in_run = is_kanji;
      min = 1;
      max = 6;
    }
  else if (is_katakana (at[j].c))
    {
      in_run = is_katakana;
      min = 2;
      max = 12;
    }
  else
    return;

  while (j >= 0)
    {
      if (in_run (at[j].c))
        {
          n++;
          first = j;
          j--;
        }
      /* One space inside the name: 「佐藤　花子」. */
      else if (is_space (at[j].c) && j > 0 && in_run (at[j - 1].c) && first == j + 1 &&
               (j + 1 >= (int) i || !is_space (at[j + 1].c)))
        j--;
      else
        break;
    }

  if (first < 0 || n < min ||
      run_is_generic (text, at[first].offset, at[i].offset, kanji_honorific))
    return;

  /* A long run of kanji is usually an organisation or a phrase with a
   * name at its end (「市役所山田さん」): mark only the last characters.
   */
  while (n > max)
    {
      if (!is_space (at[first].c))
        n--;
      first++;
    }

  add_match (matches, at[first].offset, honorific_end - at[first].offset,
             RK_PERSONAL_NAME_HONORIFIC);
}

static void
find_honorifics (const char *text,
                 GArray     *matches)
{
  g_autoptr(GArray) chars = g_array_new (FALSE, FALSE, sizeof (Char));
  const Char *at;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      Char c = { g_utf8_get_char (p), p - text };
      g_array_append_val (chars, c);
    }
  at = &g_array_index (chars, Char, 0);

  for (guint i = 0; i < chars->len; i++)
    {
      for (guint h = 0; h < G_N_ELEMENTS (honorifics); h++)
        {
          gsize len = strlen (honorifics[h]);
          glong n_chars = g_utf8_strlen (honorifics[h], -1);
          gboolean kanji;
          gsize end;

          if (strncmp (text + at[i].offset, honorifics[h], len) != 0)
            continue;
          end = at[i].offset + len;

          kanji = n_chars == 1 && utf8_has_char (kanji_honorifics, at[i].c);
          if (kanji && i + 1 < chars->len && is_kanji (at[i + 1].c) &&
              !utf8_has_char (after_name, at[i + 1].c))
            break;

          look_back (text, chars, i, end, kanji, matches);
          i += n_chars - 1;
          break;
        }
    }
}

static void
find_regex (const char         *text,
            const char         *pattern,
            RkPersonalNameKind  kind,
            GArray             *matches)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;

  g_return_if_fail (regex != NULL);

  g_regex_match (regex, text, 0, &info);
  while (g_match_info_matches (info))
    {
      int start, end;

      g_match_info_fetch_pos (info, 0, &start, &end);
      add_match (matches, start, end - start, kind);
      g_match_info_next (info, NULL);
    }
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const RkPersonalNameMatch *x = a;
  const RkPersonalNameMatch *y = b;

  if (x->offset != y->offset)
    return x->offset < y->offset ? -1 : 1;
  return x->length > y->length ? -1 : x->length < y->length;
}

/*
 * Registered names
 */

/* One character of text as it is compared with registered names, with
 * where it came from in the text (bytes).
 */
typedef struct
{
  gunichar c;
  guint    start;
  guint    end;
} NormChar;

typedef struct
{
  gunichar *chars;
  guint     length;
} IndexedName;

struct _RkNameIndex
{
  GPtrArray  *names;       /* IndexedName */
  GHashTable *by_start;    /* the first two characters (gint64) → GPtrArray of IndexedName */
};

/* Old forms of kanji common in family names, compared as their usual form. */
static const gunichar variants[][2] = {
  { 0x9AD9 /* 髙 */, 0x9AD8 /* 高 */ },
  { 0xFA11 /* 﨑 */, 0x5D0E /* 崎 */ },
  { 0x5D5C /* 嵜 */, 0x5D0E /* 崎 */ },
  { 0x9089 /* 邉 */, 0x8FBA /* 辺 */ },
  { 0x908A /* 邊 */, 0x8FBA /* 辺 */ },
  { 0x6FF5 /* 濵 */, 0x6D5C /* 浜 */ },
  { 0x6FF1 /* 濱 */, 0x6D5C /* 浜 */ },
  { 0x9F4B /* 齋 */, 0x658E /* 斎 */ },
  { 0x9F4A /* 齊 */, 0x658E /* 斎 */ },
};

static gboolean
is_ignored (gunichar c)
{
  /* Spaces, and the dots between given and family names. */
  return g_unichar_isspace (c) || c == 0x3000 || c == 0x30FB || c == 0xFF65 || c == 0x00B7;
}

static gunichar
fold (gunichar c)
{
  if (c >= 0xFF01 && c <= 0xFF5E)          /* full-width ASCII */
    c -= 0xFEE0;
  if (c >= 'A' && c <= 'Z')
    c += 'a' - 'A';
  if (c >= 0x30A1 && c <= 0x30F6)          /* katakana → hiragana */
    c -= 0x60;
  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    if (c == variants[i][0])
      return variants[i][1];
  return c;
}

/* Half-width katakana (ｶﾞ): to full width, a sound mark joined to the kana
 * before it.
 */
static gboolean
fold_half_width (gunichar  c,
                 GArray   *out,
                 guint     start,
                 guint     end)
{
  char buf[8];
  g_autofree char *wide = NULL;
  gunichar w;
  int len;

  if (c < 0xFF61 || c > 0xFF9F)
    return FALSE;

  len = g_unichar_to_utf8 (c, buf);
  wide = g_utf8_normalize (buf, len, G_NORMALIZE_NFKC);
  if (wide == NULL)
    return FALSE;
  w = g_utf8_get_char (wide);

  if ((w == 0x3099 || w == 0x309A || w == 0x309B || w == 0x309C) && out->len > 0)
    {
      NormChar *prev = &g_array_index (out, NormChar, out->len - 1);
      gunichar composed;

      /* Compose on katakana: hiragana and katakana compose alike. */
      if (g_unichar_compose (prev->c + 0x60, w == 0x309B ? 0x3099 : w == 0x309C ? 0x309A : w,
                             &composed))
        {
          prev->c = fold (composed);
          prev->end = end;
        }
      return TRUE;
    }

  {
    NormChar n = { fold (w), start, end };
    g_array_append_val (out, n);
  }
  return TRUE;
}

static GArray *
normalize (const char *text)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (NormChar));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint start = p - text;
      guint end = g_utf8_next_char (p) - text;

      if (is_ignored (c) || fold_half_width (c, out, start, end))
        continue;
      {
        NormChar n = { fold (c), start, end };
        g_array_append_val (out, n);
      }
    }

  return out;
}

static gint64 *
pair_key (gunichar a,
          gunichar b)
{
  gint64 *key = g_new (gint64, 1);

  *key = ((gint64) a << 21) | b;
  return key;
}

static void
indexed_name_free (IndexedName *name)
{
  /* Personal data: overwritten before the memory goes back. */
  memset (name->chars, 0, name->length * sizeof (gunichar));
  g_free (name->chars);
  g_free (name);
}

/**
 * rk_name_index_new:
 *
 * Returns: (transfer full): an empty index of registered names
 */
RkNameIndex *
rk_name_index_new (void)
{
  RkNameIndex *index = g_new0 (RkNameIndex, 1);

  index->names = g_ptr_array_new_with_free_func ((GDestroyNotify) indexed_name_free);
  index->by_start = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  return index;
}

/* A folded name is personal data: cleared before it is freed. An empty
 * array may have no storage at all.
 */
static void
wipe (GArray *norm)
{
  if (norm->len > 0)
    memset (norm->data, 0, norm->len * sizeof (NormChar));
}

/**
 * rk_name_index_add:
 * @name: a name or its reading, as the register holds it
 *
 * Adds a name to look for. Names shorter than two characters (without
 * spaces) would match everywhere and are left out; a name already there
 * is not added again.
 */
void
rk_name_index_add (RkNameIndex *index,
                   const char  *name)
{
  g_autoptr(GArray) norm = NULL;
  IndexedName *entry;
  GPtrArray *bucket;
  g_autofree gint64 *key = NULL;

  g_return_if_fail (index != NULL);

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return;
  norm = normalize (name);
  if (norm->len < 2)
    {
      wipe (norm);
      return;
    }

  entry = g_new0 (IndexedName, 1);
  entry->length = norm->len;
  entry->chars = g_new (gunichar, norm->len);
  for (guint i = 0; i < norm->len; i++)
    entry->chars[i] = g_array_index (norm, NormChar, i).c;
  wipe (norm);

  key = pair_key (entry->chars[0], entry->chars[1]);
  bucket = g_hash_table_lookup (index->by_start, key);
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (index->by_start, g_steal_pointer (&key), bucket);
    }
  for (guint i = 0; i < bucket->len; i++)
    {
      IndexedName *other = g_ptr_array_index (bucket, i);

      if (other->length == entry->length &&
          memcmp (other->chars, entry->chars, entry->length * sizeof (gunichar)) == 0)
        {
          indexed_name_free (entry);
          return;
        }
    }
  g_ptr_array_add (bucket, entry);
  g_ptr_array_add (index->names, entry);
}

guint
rk_name_index_get_size (const RkNameIndex *index)
{
  return index != NULL ? index->names->len : 0;
}

/**
 * rk_name_index_free:
 *
 * Frees the index, overwriting every name first.
 */
void
rk_name_index_free (RkNameIndex *index)
{
  if (index == NULL)
    return;

  g_hash_table_unref (index->by_start);
  g_ptr_array_unref (index->names);
  g_free (index);
}

static void
find_registered (const char        *text,
                 const RkNameIndex *index,
                 GArray            *matches)
{
  g_autoptr(GArray) norm = NULL;
  const NormChar *t;

  if (index == NULL || index->names->len == 0)
    return;

  norm = normalize (text);
  t = (const NormChar *) (gpointer) norm->data;
  for (guint i = 0; i + 1 < norm->len; i++)
    {
      gint64 key = ((gint64) t[i].c << 21) | t[i + 1].c;
      GPtrArray *bucket = g_hash_table_lookup (index->by_start, &key);

      for (guint b = 0; bucket != NULL && b < bucket->len; b++)
        {
          const IndexedName *name = g_ptr_array_index (bucket, b);
          guint k;

          if (name->length > norm->len - i)
            continue;
          for (k = 2; k < name->length && t[i + k].c == name->chars[k]; k++)
            ;
          if (k == name->length)
            add_match (matches, t[i].start, t[i + k - 1].end - t[i].start,
                       RK_PERSONAL_NAME_REGISTERED);
        }
    }
}

static gboolean
overlaps (const RkPersonalNameMatch *m,
          GArray                    *others)
{
  for (guint i = 0; i < others->len; i++)
    {
      const RkPersonalNameMatch *o = &g_array_index (others, RkPersonalNameMatch, i);

      if (m->offset < o->offset + o->length && o->offset < m->offset + m->length)
        return TRUE;
    }
  return FALSE;
}

/**
 * rk_personal_names_find_indexed:
 * @text: minutes or other free text
 * @registered: (nullable): names of people held in a register of personal
 *   data; any of them in @text is reported, and wins over a match of
 *   another kind that overlaps it
 *
 * Looks for what may name or describe an individual person (see the
 * comment at the top of this file for what is caught and what is not).
 * Fast enough to run at every key press with a register of thousands.
 *
 * Returns: (transfer full) (element-type RkPersonalNameMatch): the
 *   matches, in text order, none overlapping
 */
GArray *
rk_personal_names_find_indexed (const char        *text,
                                const RkNameIndex *registered)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (RkPersonalNameMatch));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (RkPersonalNameMatch));
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (RkPersonalNameMatch));
  gsize covered = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return matches;

  find_honorifics (text, found);
  find_regex (text, "[0-9０-９]{1,3}\\s*(歳|才)\\s*(代)?\\s*の?\\s*(男性|女性|男児|女児|男|女)",
              RK_PERSONAL_NAME_AGE_SEX, found);
  find_regex (text, "[0-9０-９]{1,2}0\\s*代\\s*の?\\s*(男性|女性)", RK_PERSONAL_NAME_AGE_SEX, found);
  find_regex (text, "(男性|女性)\\s*[（(、，,]\\s*[0-9０-９]{1,3}\\s*(歳|才|代)",
              RK_PERSONAL_NAME_AGE_SEX, found);

  find_registered (text, registered, all);
  for (guint i = 0; i < found->len; i++)
    if (!overlaps (&g_array_index (found, RkPersonalNameMatch, i), all))
      g_array_append_val (all, g_array_index (found, RkPersonalNameMatch, i));

  g_array_sort (all, compare_matches);
  for (guint i = 0; i < all->len; i++)
    {
      const RkPersonalNameMatch *m = &g_array_index (all, RkPersonalNameMatch, i);

      if (m->offset < covered)
        continue;
      g_array_append_val (matches, *m);
      covered = m->offset + m->length;
    }

  return matches;
}

/**
 * rk_personal_names_find:
 * @text: minutes or other free text
 * @registered: (nullable) (array zero-terminated=1): names of people held
 *   in a register of personal data
 *
 * rk_personal_names_find_indexed() with a list of names; for many names
 * or many texts, build an #RkNameIndex once instead.
 *
 * Returns: (transfer full) (element-type RkPersonalNameMatch): the
 *   matches, in text order, none overlapping
 */
GArray *
rk_personal_names_find (const char         *text,
                        const char * const *registered)
{
  g_autoptr(RkNameIndex) index = NULL;

  if (registered != NULL && registered[0] != NULL)
    {
      index = rk_name_index_new ();
      for (guint i = 0; registered[i] != NULL; i++)
        rk_name_index_add (index, registered[i]);
    }

  return rk_personal_names_find_indexed (text, index);
}

/**
 * rk_personal_names_describe:
 * @max_shown: how many matches to quote at most
 *
 * Returns: (transfer full): the matched texts, quoted and joined, e.g.
 *   「山田さん」「Aさん」, with "…" when there are more
 */
char *
rk_personal_names_describe (const char *text,
                            GArray     *matches,
                            guint       max_shown)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint shown = 0;

  for (guint i = 0; i < matches->len; i++)
    {
      const RkPersonalNameMatch *m = &g_array_index (matches, RkPersonalNameMatch, i);
      char *found = g_strndup (text + m->offset, m->length);

      if (!g_hash_table_add (seen, found))
        continue;
      if (shown == max_shown)
        {
          g_string_append (s, "…");
          break;
        }
      /* Translators: quotes a name found in minutes, e.g. 「山田さん」 */
      g_string_append_printf (s, _("“%s”"), found);
      shown++;
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * rk_personal_names_warning:
 * @n_fields: how many fields
 * @labels: (array length=n_fields): what the user calls each field
 *   (「議事の記録」, a progress note's date and meeting)
 * @texts: (array length=n_fields): what each field says
 * @registered: (nullable): the names of the register of personal data
 *
 * The warning to show under fields that may name a person. A name of the
 * register is never quoted: the warning names the fields it is in, so
 * that nothing of the register reaches the screen, the accessibility
 * tree or a screenshot by way of the warning (the register itself stays
 * hidden until asked for). Other matches are quoted, as long as no field
 * holds a registered name.
 *
 * Returns: (transfer full) (nullable): the warning, or %NULL when no field
 *   seems to name anyone
 */
char *
rk_personal_names_warning (guint               n_fields,
                           const char * const *labels,
                           const char * const *texts,
                           const RkNameIndex  *registered)
{
  g_autoptr(GString) fields = g_string_new (NULL);
  g_autoptr(GString) quoted = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint shown = 0;
  gboolean more = FALSE;

  for (guint f = 0; f < n_fields; f++)
    {
      g_autoptr(GArray) matches = rk_personal_names_find_indexed (texts[f], registered);
      gboolean in_register = FALSE;

      for (guint i = 0; i < matches->len; i++)
        {
          const RkPersonalNameMatch *m = &g_array_index (matches, RkPersonalNameMatch, i);
          char *text;

          if (m->kind == RK_PERSONAL_NAME_REGISTERED)
            {
              in_register = TRUE;
              continue;
            }
          text = g_strndup (texts[f] + m->offset, m->length);
          if (!g_hash_table_add (seen, text))
            continue;
          if (shown == 3)
            {
              more = TRUE;
              continue;
            }
          g_string_append_printf (quoted, _("“%s”"), text);
          shown++;
        }

      if (in_register)
        {
          if (fields->len > 0)
            /* Translators: between the quoted names of fields in a list */
            g_string_append (fields, C_("list separator", ", "));
          g_string_append_printf (fields, _("“%s”"), labels[f]);
        }
    }

  if (fields->len > 0)
    /* Translators: %s is the list of fields (「議事の記録」、「決定事項」) that
     * contain the name or reading of someone in the disaster BCP's register
     * (要配慮者名簿); the name itself is never shown
     */
    return g_strdup_printf (_("%s contains a name from the register of people on medical "
                              "devices. The coordination meeting is not the place for individual "
                              "cases; leave out anything that identifies someone."), fields->str);

  if (shown == 0)
    return NULL;
  if (more)
    g_string_append (quoted, "…");
  /* Translators: %s quotes what looks like a person's name in the minutes */
  return g_strdup_printf (_("This may name a person: %s. The coordination meeting is not the "
                            "place for individual cases; leave out anything that identifies "
                            "someone."), quoted->str);
}
