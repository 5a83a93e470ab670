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

GArray *rk_personal_names_find     (const char          *text,
                                    const char * const  *registered);
char   *rk_personal_names_describe (const char          *text,
                                    GArray              *matches,
                                    guint                max_shown);

G_END_DECLS
