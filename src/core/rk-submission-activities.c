/* rk-submission-activities.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-activities"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rk-activity.h"
#include "rk-submission-private.h"
#include "rk-work-items.h"

/* 研修・普及啓発実績: the year's training sessions, information shared with
 * professionals and awareness activities for residents, in date order.
 * Besides the fixed fields, "participants.<profession>" gives one column of
 * participants per profession (participants.nurse = 看護師), as forms that
 * count participants by profession ask.
 */

static const RkSubmissionField fixed_fields[] = {
  { "no",                         N_("No."), RK_SUBMISSION_INTEGER },
  { "date",                       N_("Date"), RK_SUBMISSION_DATE },
  { "fiscal_year",                N_("Fiscal year"), RK_SUBMISSION_CODE, NULL, TRUE },
  { "category",                   N_("Category"), RK_SUBMISSION_TEXT },
  { "work_item",                  N_("Work item"), RK_SUBMISSION_CODE },
  { "kind",                       N_("Method or medium"), RK_SUBMISSION_TEXT },
  { "title",                      N_("Theme or title"), RK_SUBMISSION_TEXT },
  { "audience",                   N_("Audience"), RK_SUBMISSION_TEXT },
  { "venue",                      N_("Venue"), RK_SUBMISSION_TEXT },
  { "participants_by_profession", N_("Participants by profession"), RK_SUBMISSION_TEXT },
  { "count",                      N_("Participants or copies"), RK_SUBMISSION_INTEGER },
  { "channel",                    N_("How it was announced or distributed"), RK_SUBMISSION_TEXT },
  { "partners",                   N_("Co-organisers"), RK_SUBMISSION_TEXT },
  { "functions",                  N_("Functions of home care"), RK_SUBMISSION_TEXT },
  { "evaluation",                 N_("Evaluation"), RK_SUBMISSION_TEXT },
  { "notes",                      N_("Notes"), RK_SUBMISSION_TEXT, NULL, TRUE },
};

/* The fixed fields, then one "participants.<code>" per profession and
 * "participants.unknown"; built once, when the kind is registered.
 */
static RkSubmissionField *fields;
static guint n_fields;
static RkSubmissionKind kind;

static const char *
label_or_code (RkTermList  list,
               const char *code)
{
  return code != NULL && *code != '\0' ? rk_terms_get_label (list, code) : NULL;
}

static gboolean
add_participants (RkDatabase        *db,
                  RkActivity        *activity,
                  RkSubmissionRows  *rows,
                  GError           **error)
{
  g_auto(RkStatement) stmt = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) per_field = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 total = 0;
  gboolean any = FALSE;
  GHashTableIter iter;
  gpointer key, value;
  int rc;

  stmt = rk_database_prepare (db, "SELECT profession, headcount FROM activity_participant "
                                  "WHERE activity_id = ? ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rk_entity_get_id (RK_ENTITY (activity)));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      gint64 headcount = sqlite3_column_int64 (stmt, 1);
      g_autofree char *count = _rk_submission_format_count (headcount);
      gboolean known = code != NULL && *code != '\0';
      g_autofree char *field = g_strconcat ("participants.", known ? code : "unknown", NULL);

      any = TRUE;
      total += headcount;
      if (text->len > 0)
        g_string_append (text, C_("list separator", ", "));
      /* Translators: a profession and its number of participants, kept
       * short for a table cell: "看護師 15"
       */
      g_string_append_printf (text, C_("participants", "%s %s"),
                              known ? rk_terms_get_label (RK_TERMS_PROFESSION, code)
                                    : _("Profession not recorded"), count);

      /* A profession typed by the user (no code of the list) counts as
       * unknown in the per-profession columns; the text above keeps it.
       */
      if (rk_submission_kind_find_field (&kind, field) < 0)
        {
          g_free (field);
          field = g_strdup ("participants.unknown");
        }
      value = g_hash_table_lookup (per_field, field);
      g_hash_table_replace (per_field, g_steal_pointer (&field),
                            GSIZE_TO_POINTER (GPOINTER_TO_SIZE (value) + (gsize) headcount));
    }
  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the participants of a training session"));
      return FALSE;
    }

  if (!any)
    return TRUE;

  rk_submission_rows_set_text (rows, "participants_by_profession", text->str);
  rk_submission_rows_set_number (rows, "count", total);
  g_hash_table_iter_init (&iter, per_field);
  while (g_hash_table_iter_next (&iter, &key, &value))
    rk_submission_rows_set_number (rows, key, GPOINTER_TO_SIZE (value));
  return TRUE;
}

static gboolean
collect_activities (RkDatabase        *db,
                    int                fiscal_year,
                    RkSubmissionRows  *rows,
                    gpointer           user_data,
                    GError           **error)
{
  g_autoptr(RkQueryModel) model = NULL;
  g_autofree char *era = rk_fiscal_year_to_era_string (fiscal_year);
  char first_day[11], next_first_day[11];
  const char *params[3] = { first_day, next_first_day, NULL };
  guint n;

  rk_fiscal_year_bounds (fiscal_year, first_day, next_first_day);

  /* Undated records (still being planned) belong to no year's report. */
  model = rk_activity_query_new (db);
  rk_query_model_set_query (model, "SELECT id FROM activity WHERE held_on >= ? AND held_on < ?"
                                   " ORDER BY held_on, id", params);

  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkActivity) activity = g_list_model_get_item (G_LIST_MODEL (model), i);
      RkEntity *a = RK_ENTITY (activity);
      const char *category = rk_entity_get_string (a, "category");
      const char *kind_code = rk_entity_get_string (a, "kind");
      RkFunctions functions = rk_entity_get_int (a, "functions");

      rk_submission_rows_add (rows);
      rk_submission_rows_set_number (rows, "no", i + 1);
      rk_submission_rows_set_date (rows, "date", rk_entity_get_string (a, "held-on"));
      rk_submission_rows_set_text (rows, "fiscal_year", era);
      rk_submission_rows_set_text (rows, "category",
                                   rk_terms_get_label (RK_TERMS_ACTIVITY_CATEGORY, category));
      rk_submission_rows_set_text (rows, "work_item",
                                   rk_work_item_get_letter (rk_work_item_for_activity (category, kind_code)));
      rk_submission_rows_set_text (rows, "kind",
                                   label_or_code (rk_activity_category_get_kind_list (category), kind_code));
      rk_submission_rows_set_text (rows, "title", rk_entity_get_string (a, "title"));
      rk_submission_rows_set_text (rows, "audience", rk_entity_get_string (a, "audience"));
      rk_submission_rows_set_text (rows, "venue", rk_entity_get_string (a, "venue"));
      rk_submission_rows_set_text (rows, "channel", rk_entity_get_string (a, "channel"));
      rk_submission_rows_set_text (rows, "partners", rk_entity_get_string (a, "partners"));
      if (functions != 0)
        rk_submission_rows_take_text (rows, "functions", rk_functions_to_string (functions));
      rk_submission_rows_set_text (rows, "evaluation", rk_entity_get_string (a, "evaluation"));
      rk_submission_rows_set_text (rows, "notes", rk_entity_get_string (a, "notes"));

      if (rk_activity_is_training (activity))
        {
          if (!add_participants (db, activity, rows, error))
            return FALSE;
        }
      else if (rk_entity_get_int (a, "reach") >= 0)
        rk_submission_rows_set_number (rows, "count", rk_entity_get_int (a, "reach"));
    }

  return TRUE;
}

void
_rk_submission_register_activities (void)
{
  g_autoptr(GArray) all = g_array_new (FALSE, TRUE, sizeof (RkSubmissionField));
  const RkTerm *professions;
  guint n_professions;

  g_array_append_vals (all, fixed_fields, G_N_ELEMENTS (fixed_fields));

  professions = rk_terms_get (RK_TERMS_PROFESSION, &n_professions);
  for (guint i = 0; i < n_professions + 1; i++)
    {
      RkSubmissionField field = { 0 };
      g_autofree char *id = g_strconcat ("participants.",
                                         i < n_professions ? professions[i].code : "unknown", NULL);

      /* Interned: the field table lives as long as the program. */
      field.id = g_intern_string (id);
      field.heading = i < n_professions ? professions[i].label : N_("Profession not recorded");
      field.type = RK_SUBMISSION_INTEGER;
      field.extra = TRUE;
      g_array_append_val (all, field);
    }

  n_fields = all->len;
  fields = (RkSubmissionField *) g_array_free (g_steal_pointer (&all), FALSE);

  kind = (RkSubmissionKind) {
    "activities", N_("Training and public awareness"),
    N_("The year's training sessions, information shared with professionals and awareness "
       "activities for residents, in date order."),
    RK_SUBMISSION_LAYOUT_TABLE, fields, n_fields, collect_activities, NULL,
  };
  rk_submission_register_kind (&kind);
}
