/* rk-work-items.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-work-items"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-activity.h"
#include "rk-database.h"
#include "rk-submission-private.h"
#include "rk-work-items.h"

/* The 推進事業 sheet: one row per work item ア〜ク, filled from rules (an
 * item, a label, a query) that the areas register. What a year's records
 * show under an item is listed, counted, and marks the item 実施 as a
 * suggestion the coordinator may change; items no rule answers are left
 * for the coordinator to fill in, never marked 未実施 on their behalf.
 */

/* How many titles a line lists before "… and N more". */
#define MAX_TITLES 8

static const struct {
  const char *letter;
  const char *name;
} items[RK_N_WORK_ITEMS] = {
  /* Translators: the work items of the 在宅医療・介護連携推進事業; use the
   * wording of the MHLW 手引き
   */
  { "ア", N_("Understanding the region's medical and care resources") },
  { "イ", N_("Identifying issues and considering measures") },
  { "ウ", N_("Building seamless home medical and home care services") },
  { "エ", N_("Supporting information sharing among medical and care professionals") },
  { "オ", N_("Consultation support on home medical and care coordination") },
  { "カ", N_("Training for medical and care professionals") },
  { "キ", N_("Raising awareness among residents") },
  { "ク", N_("Coordination among the municipalities concerned") },
};

static const char * const status_choices[] = {
  N_("Done"), N_("Partly done"), N_("Not done"), NULL,
};

static const RkSubmissionField fields[] = {
  { "item",    N_("Item"), RK_SUBMISSION_CODE },
  { "name",    N_("Work item"), RK_SUBMISSION_TEXT },
  { "status",  N_("Status"), RK_SUBMISSION_TEXT, status_choices },
  { "count",   N_("Records"), RK_SUBMISSION_INTEGER },
  { "summary", N_("What was done (from Renkei's records)"), RK_SUBMISSION_TEXT },
};

/* The training tab's records. The conditions match
 * rk_work_item_for_activity(), so the 研修・普及啓発 sheet names the same
 * items.
 */
static const RkWorkItemRule activity_rules[] = {
  { RK_WORK_ITEM_RESOURCES, N_("Resource lists and maps"),
    "SELECT title FROM activity WHERE category = 'sharing' AND kind = 'resource_list'"
    " AND held_on >= ?1 AND held_on < ?2 ORDER BY held_on, id", TRUE },
  { RK_WORK_ITEM_SHARING, N_("Information shared with professionals"),
    "SELECT title FROM activity WHERE category = 'sharing' AND kind <> 'resource_list'"
    " AND held_on >= ?1 AND held_on < ?2 ORDER BY held_on, id", TRUE },
  { RK_WORK_ITEM_TRAINING, N_("Training sessions"),
    "SELECT title FROM activity WHERE category = 'training'"
    " AND held_on >= ?1 AND held_on < ?2 ORDER BY held_on, id", TRUE },
  { RK_WORK_ITEM_AWARENESS, N_("Awareness activities for residents"),
    "SELECT title FROM activity WHERE category = 'outreach'"
    " AND held_on >= ?1 AND held_on < ?2 ORDER BY held_on, id", TRUE },
  /* The base profile: an area of several municipalities is where (ク)
   * applies. It is context for the coordinator, not work done.
   */
  { RK_WORK_ITEM_MUNICIPALITIES, N_("Municipalities of the area"),
    "SELECT name FROM municipality WHERE (SELECT count(*) FROM municipality) > 1"
    " ORDER BY position, id", FALSE },
};

static GPtrArray *rules;   /* const RkWorkItemRule * */

typedef struct
{
  gint64   evidence;       /* records that are work done */
  gboolean answered;       /* some evidence rule covers the item */
  GString *summary;
} ItemState;

static gboolean
run_rule (RkDatabase            *db,
          const RkWorkItemRule  *rule,
          const char            *first_day,
          const char            *next_first_day,
          ItemState             *state,
          GError               **error)
{
  g_auto(RkStatement) stmt = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autofree char *count_s = NULL;
  g_autofree char *line = NULL;
  guint max_titles = rule->max_titles == 0 ? MAX_TITLES : rule->max_titles;
  gint64 count = 0;
  int rc;

  stmt = rk_database_prepare (db, rule->sql, error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_text (stmt, 1, first_day, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_text (stmt, 2, next_first_day, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *title = (const char *) sqlite3_column_text (stmt, 0);

      if (++count > max_titles)
        continue;
      if (titles->len > 0)
        g_string_append (titles, C_("list separator", ", "));
      g_string_append (titles, title != NULL && *title != '\0' ? title : _("(untitled)"));
    }
  if (rc != SQLITE_DONE)
    {
      g_autofree char *what = g_strdup_printf (_("collect “%s” for the work items"), _(rule->label));
      rk_database_set_error (db, error, rc, what);
      return FALSE;
    }

  if (rule->evidence)
    {
      state->answered = TRUE;
      state->evidence += count;
    }
  if (count == 0)
    return TRUE;

  if (count > max_titles && max_titles != RK_WORK_ITEM_COUNT_ONLY)
    {
      g_autofree char *more = _rk_submission_format_count (count - max_titles);
      /* Translators: ends a list that was cut short: "… ほか3件" */
      g_string_append_printf (titles, _(" and %s more"), more);
    }

  count_s = _rk_submission_format_count (count);
  if (max_titles == RK_WORK_ITEM_COUNT_ONLY)
    /* Translators: one line of the 推進事業 sheet, a count only:
     * "資源（関係機関）152件"
     */
    line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s record", "%s: %s records",
                                         (gulong) MIN (count, G_MAXULONG)),
                            _(rule->label), count_s);
  else if (rule->evidence)
    /* Translators: one line of the 推進事業 sheet: what, how many, which:
     * "研修 4件：在宅での看取り…、退院前カンファレンス…"
     */
    line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s record (%s)", "%s: %s records (%s)",
                                         (gulong) MIN (count, G_MAXULONG)),
                            _(rule->label), count_s, titles->str);
  else
    /* Translators: context in the 推進事業 sheet: "対象圏域の市町村：さくら市、…" */
    line = g_strdup_printf (_("%s: %s"), _(rule->label), titles->str);
  if (state->summary->len > 0)
    g_string_append_c (state->summary, '\n');
  g_string_append (state->summary, line);
  return TRUE;
}

static gboolean
collect_work_items (RkDatabase        *db,
                    int                fiscal_year,
                    RkSubmissionRows  *out,
                    gpointer           user_data,
                    GError           **error)
{
  ItemState state[RK_N_WORK_ITEMS] = { { 0 } };
  char first_day[11], next_first_day[11];
  gboolean ok = TRUE;

  rk_fiscal_year_bounds (fiscal_year, first_day, next_first_day);

  for (guint i = 0; i < RK_N_WORK_ITEMS; i++)
    state[i].summary = g_string_new (NULL);

  for (guint r = 0; ok && r < rules->len; r++)
    {
      const RkWorkItemRule *rule = g_ptr_array_index (rules, r);
      ok = run_rule (db, rule, first_day, next_first_day, &state[rule->item], error);
    }

  for (guint i = 0; ok && i < RK_N_WORK_ITEMS; i++)
    {
      rk_submission_rows_add (out);
      rk_submission_rows_set_text (out, "item", items[i].letter);
      rk_submission_rows_set_text (out, "name", _(items[i].name));
      if (state[i].evidence > 0)
        rk_submission_rows_set_text (out, "status", _(status_choices[0]));
      if (state[i].answered)
        rk_submission_rows_set_number (out, "count", state[i].evidence);
      rk_submission_rows_set_text (out, "summary", state[i].summary->str);
    }

  for (guint i = 0; i < RK_N_WORK_ITEMS; i++)
    g_string_free (state[i].summary, TRUE);

  return ok;
}

static const RkSubmissionKind work_items_kind = {
  "work_items", N_("Work items of the home medical and care coordination project"),
  N_("The eight work items (ア–ク) of the 在宅医療・介護連携推進事業, with what the year's records show under each."),
  RK_SUBMISSION_LAYOUT_TABLE, fields, G_N_ELEMENTS (fields), collect_work_items, NULL,
};

void
_rk_submission_register_work_items (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (activity_rules); i++)
    rk_work_items_add_rule (&activity_rules[i]);

  rk_submission_register_kind (&work_items_kind);
}

/*
 * Public API
 */

/**
 * rk_work_items_add_rule:
 * @rule: (transfer none): a static rule; it must live as long as the program
 *
 * Adds a source of the 推進事業 sheet. Rules run in the order they were
 * added; an item lists the lines of its rules in that order.
 */
void
rk_work_items_add_rule (const RkWorkItemRule *rule)
{
  g_return_if_fail (rule != NULL);
  g_return_if_fail (rule->item < RK_N_WORK_ITEMS);
  g_return_if_fail (rule->label != NULL && rule->sql != NULL);

  if (rules == NULL)
    rules = g_ptr_array_new ();
  g_ptr_array_add (rules, (gpointer) rule);
}

/**
 * rk_work_items_list_rules:
 *
 * Returns: (transfer container) (element-type RkWorkItemRule): the rules
 */
GPtrArray *
rk_work_items_list_rules (void)
{
  GPtrArray *list = g_ptr_array_new ();

  /* Registrars add the rules. */
  rk_submission_find_kind ("work_items");
  for (guint i = 0; rules != NULL && i < rules->len; i++)
    g_ptr_array_add (list, g_ptr_array_index (rules, i));
  return list;
}

/**
 * rk_work_item_get_letter:
 *
 * Returns: the item's letter, "ア" … "ク"
 */
const char *
rk_work_item_get_letter (RkWorkItem item)
{
  g_return_val_if_fail (item < RK_N_WORK_ITEMS, NULL);
  return items[item].letter;
}

/**
 * rk_work_item_get_name:
 *
 * Returns: the item's name, translated
 */
const char *
rk_work_item_get_name (RkWorkItem item)
{
  g_return_val_if_fail (item < RK_N_WORK_ITEMS, NULL);
  return _(items[item].name);
}

/**
 * rk_work_item_for_activity:
 *
 * Returns: the work item a training-tab record belongs to: a resource
 *   list or map is (ア), other information for professionals (エ), a
 *   training session (カ), an activity for residents (キ)
 */
RkWorkItem
rk_work_item_for_activity (const char *category,
                           const char *kind)
{
  if (g_strcmp0 (category, RK_ACTIVITY_SHARING) == 0)
    return g_strcmp0 (kind, "resource_list") == 0 ? RK_WORK_ITEM_RESOURCES : RK_WORK_ITEM_SHARING;
  if (g_strcmp0 (category, RK_ACTIVITY_OUTREACH) == 0)
    return RK_WORK_ITEM_AWARENESS;
  return RK_WORK_ITEM_TRAINING;
}
