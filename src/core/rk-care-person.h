/* rk-care-person.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rk-entity.h"

G_BEGIN_DECLS

#define RK_TYPE_CARE_PERSON (rk_care_person_get_type ())

G_DECLARE_FINAL_TYPE (RkCarePerson, rk_care_person, RK, CARE_PERSON, RkEntity)

gboolean  rk_care_person_erase            (RkCarePerson  *self,
                                           GError       **error);
gboolean  rk_care_register_scrub          (RkDatabase    *db,
                                           GError       **error);
GStrv     rk_care_register_find_old_copies (RkDatabase   *db);

G_END_DECLS
