/* rk-personal-names.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  /* A name-like run followed by an honorific: 山田さん, 佐藤 花子様, 鈴木氏 */
  RK_PERSONAL_NAME_HONORIFIC,
  /* An initial standing for a person: Aさん, Ｂ氏 (an anonymised case) */
  RK_PERSONAL_NAME_INITIAL,
  /* A case described by age and sex: 85歳男性, 80代の女性 */
  RK_PERSONAL_NAME_AGE_SEX,
  /* A name from a register of personal data given by the caller */
  RK_PERSONAL_NAME_REGISTERED,
} RkPersonalNameKind;

/**
 * RkPersonalNameMatch:
 * @offset: where the match starts, in bytes
 * @length: its length in bytes
 * @kind: what made it look personal
 */
typedef struct
{
  gsize              offset;
  gsize              length;
  RkPersonalNameKind kind;
} RkPersonalNameMatch;

/* Names of people held in a register of personal data, ready to be
 * looked for in text: compared without spaces, with full-width letters
 * as half-width and katakana as hiragana, so that 「見本 太郎」 is found
 * in 「見本太郎さん」 and the reading 「みほん たろう」 in 「ミホンタロウ」.
 * Freeing it overwrites the names before their memory is released.
 */
typedef struct _RkNameIndex RkNameIndex;

RkNameIndex *rk_name_index_new        (void);
void         rk_name_index_add        (RkNameIndex          *index,
                                       const char           *name);
guint        rk_name_index_get_size   (const RkNameIndex    *index);
void         rk_name_index_free       (RkNameIndex          *index);

GArray *rk_personal_names_find         (const char          *text,
                                        const char * const  *registered);
GArray *rk_personal_names_find_indexed (const char          *text,
                                        const RkNameIndex   *registered);
char   *rk_personal_names_describe     (const char          *text,
                                        GArray              *matches,
                                        guint                max_shown);
char   *rk_personal_names_warning      (guint                n_fields,
                                        const char * const  *labels,
                                        const char * const  *texts,
                                        const RkNameIndex   *registered);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RkNameIndex, rk_name_index_free)

G_END_DECLS
