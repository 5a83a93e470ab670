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
 *  - any name of a personal-data register the caller passes.
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

/**
 * rk_personal_names_find:
 * @text: minutes or other free text
 * @registered: (nullable) (array zero-terminated=1): names of people held
 *   in a register of personal data; any of them in @text is reported
 *
 * Looks for what may name or describe an individual person (see the
 * comment at the top of this file for what is caught and what is not).
 *
 * Returns: (transfer full) (element-type RkPersonalNameMatch): the
 *   matches, in text order, none overlapping
 */
GArray *
rk_personal_names_find (const char         *text,
                        const char * const *registered)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (RkPersonalNameMatch));
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (RkPersonalNameMatch));
  gsize covered = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return matches;

  find_honorifics (text, all);
  find_regex (text, "[0-9０-９]{1,3}\\s*(歳|才)\\s*(代)?\\s*の?\\s*(男性|女性|男児|女児|男|女)",
              RK_PERSONAL_NAME_AGE_SEX, all);
  find_regex (text, "[0-9０-９]{1,2}0\\s*代\\s*の?\\s*(男性|女性)", RK_PERSONAL_NAME_AGE_SEX, all);
  find_regex (text, "(男性|女性)\\s*[（(、，,]\\s*[0-9０-９]{1,3}\\s*(歳|才|代)",
              RK_PERSONAL_NAME_AGE_SEX, all);

  for (guint i = 0; registered != NULL && registered[i] != NULL; i++)
    {
      const char *name = registered[i];
      gsize len = strlen (name);

      /* One character would match everywhere. */
      if (g_utf8_strlen (name, -1) < 2)
        continue;
      for (const char *p = strstr (text, name); p != NULL; p = strstr (p + len, name))
        add_match (all, p - text, len, RK_PERSONAL_NAME_REGISTERED);
    }

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
