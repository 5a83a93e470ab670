/* rk-pdca-summary.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-pdca-summary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rk-lm-private.h"
#include "rk-meeting.h"
#include "rk-pdca-summary.h"

/* The longest stretch of years the history shows: two plan periods. */
#define MAX_YEARS 12

static void
item_free (RkPdcaItem *item)
{
  g_free (item->text);
  g_free (item);
}

RkPdcaSummary *
rk_pdca_summary_new (void)
{
  RkPdcaSummary *summary = g_new0 (RkPdcaSummary, 1);

  summary->title = g_strdup ("");
  summary->area_name = g_strdup ("");
  summary->notes = g_strdup ("");
  for (guint s = 0; s < RK_PDCA_N_STAGES; s++)
    summary->items[s] = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  summary->years = g_array_new (FALSE, TRUE, sizeof (RkPdcaYear));
  return summary;
}

void
rk_pdca_summary_free (RkPdcaSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->title);
  g_free (summary->area_name);
  g_free (summary->notes);
  for (guint s = 0; s < RK_PDCA_N_STAGES; s++)
    g_ptr_array_unref (summary->items[s]);
  g_array_unref (summary->years);
  g_free (summary);
}

RkPdcaItem *
rk_pdca_summary_add_item (RkPdcaSummary *summary,
                          RkPdcaStage    stage,
                          const char    *text,
                          gboolean       derived)
{
  RkPdcaItem *item = g_new0 (RkPdcaItem, 1);

  g_return_val_if_fail (stage < RK_PDCA_N_STAGES, NULL);

  item->text = g_strdup (text);
  item->derived = derived;
  g_ptr_array_add (summary->items[stage], item);
  return item;
}

void
rk_pdca_summary_add_year (RkPdcaSummary    *summary,
                          const RkPdcaYear *year)
{
  g_array_append_val (summary->years, *year);
}

/* The target an actual value of @year is judged against: the year's own,
 * or else the next one set for a later year (the plan's end target).
 */
static gboolean
target_for (RkLmIndicator *ind,
            int            year,
            double        *target,
            int           *target_year)
{
  gboolean found = FALSE;

  for (guint i = 0; i < ind->values->len; i++)
    {
      const RkLmValue *v = &g_array_index (ind->values, RkLmValue, i);

      if (v->kind != RK_VALUE_KIND_TARGET || v->fiscal_year < year)
        continue;
      if (!found || v->fiscal_year < *target_year)
        {
          *target = v->value;
          *target_year = v->fiscal_year;
          found = TRUE;
        }
    }

  return found;
}

static RkLmStatus
judge (RkLmIndicator *ind,
       double         value,
       double         target)
{
  if (ind->higher_is_better ? value >= target : value <= target)
    return RK_LM_STATUS_MET;
  return RK_LM_STATUS_BEHIND;
}

static void
add_derived (RkPdcaSummary     *summary,
             RkLogicModelGraph *graph,
             int                year,
             RkPdcaYear        *counts)
{
  for (guint i = 0; i < graph->indicators->len; i++)
    {
      RkLmIndicator *ind = g_ptr_array_index (graph->indicators, i);
      double target = NAN, actual;
      int target_year = 0;
      gboolean has_target = target_for (ind, year, &target, &target_year);

      if (has_target && summary != NULL)
        {
          g_autofree char *value = rk_indicator_format_value (target, ind->unit);
          g_autofree char *text = NULL;

          if (target_year == year)
            /* Translators: a PDCA plan line: indicator, then its target */
            text = g_strdup_printf (_("%s: target %s"), ind->name, value);
          else
            /* Translators: a PDCA plan line: indicator, target, the target's fiscal year */
            text = g_strdup_printf (_("%s: target %s by FY%d"), ind->name, value, target_year);
          rk_pdca_summary_add_item (summary, RK_PDCA_PLAN, text, TRUE);
        }

      if (rk_logic_model_graph_get_value (ind, year, RK_VALUE_KIND_ACTUAL, &actual))
        {
          /* A year is judged against its own target only: against the
           * plan's final target every earlier year would look behind.
           */
          RkLmStatus status = has_target && target_year == year ? judge (ind, actual, target)
                                                                 : RK_LM_STATUS_NONE;

          if (status == RK_LM_STATUS_MET)
            counts->n_met++;
          else if (status == RK_LM_STATUS_BEHIND)
            counts->n_behind++;

          if (summary != NULL)
            {
              g_autofree char *a = rk_indicator_format_value (actual, ind->unit);
              g_autofree char *t = has_target ? rk_indicator_format_value (target, ind->unit) : NULL;
              g_autofree char *text = NULL;
              RkPdcaItem *item;

              if (has_target && target_year == year)
                /* Translators: a PDCA evaluation line: indicator, actual value, target */
                text = g_strdup_printf (_("%s: actual %s against a target of %s"), ind->name, a, t);
              else if (has_target)
                /* Translators: a PDCA evaluation line: indicator, actual value, a later
                 * target and its fiscal year
                 */
                text = g_strdup_printf (_("%s: actual %s (target %s by FY%d)"), ind->name, a, t,
                                        target_year);
              else
                /* Translators: a PDCA evaluation line: indicator, actual value (no target set) */
                text = g_strdup_printf (_("%s: actual %s (no target)"), ind->name, a);
              item = rk_pdca_summary_add_item (summary, RK_PDCA_CHECK, text, TRUE);
              item->status = status;
            }
        }
    }
}

static int
compare_completed (gconstpointer a,
                   gconstpointer b)
{
  const RkLmAction *x = *(RkLmAction * const *) a;
  const RkLmAction *y = *(RkLmAction * const *) b;
  int c = g_strcmp0 (x->completed_on, y->completed_on);

  return c != 0 ? c : (x->id > y->id) - (x->id < y->id);
}

/* 実行: the countermeasures of the issue register, linked to the model's
 * measures, that were done in @year. What the base wrote itself stays
 * beside them; these are read, never copied, so the line follows the
 * register (a countermeasure reopened leaves the year's list).
 */
static void
add_done_actions (RkPdcaSummary     *summary,
                  RkLogicModelGraph *graph,
                  int                year)
{
  g_autoptr(GPtrArray) done = g_ptr_array_new ();
  char first[11], last[11];

  rk_fiscal_year_get_range (year, first, last);
  for (guint i = 0; i < graph->actions->len; i++)
    {
      RkLmAction *action = g_ptr_array_index (graph->actions, i);

      if (g_strcmp0 (action->status, "done") == 0 && action->completed_on[0] != '\0' &&
          g_strcmp0 (action->completed_on, first) >= 0 && g_strcmp0 (action->completed_on, last) <= 0)
        g_ptr_array_add (done, action);
    }
  g_ptr_array_sort (done, compare_completed);

  for (guint i = 0; i < done->len; i++)
    {
      RkLmAction *action = g_ptr_array_index (done, i);
      g_autoptr(GString) numbers = g_string_new (NULL);
      g_autofree char *date = rk_format_iso_date (action->completed_on);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, action->id);
      g_autofree char *text = NULL;
      guint index = G_MAXUINT;

      for (guint a = 0; a < graph->actions->len; a++)
        if (g_ptr_array_index (graph->actions, a) == action)
          index = a;
      /* The measures it carries out, by number. */
      for (guint n = 0; n < graph->nodes->len; n++)
        {
          RkLmNode *node = g_ptr_array_index (graph->nodes, n);

          for (guint k = 0; k < node->actions->len; k++)
            if (g_array_index (node->actions, guint, k) == index)
              g_string_append_printf (numbers, "%s%s", numbers->len > 0 ? ", " : "", node->number);
        }

      /* Translators: a line of the PDCA cycle's 実行 stage read from the
       * issue register: the numbers of the measures it carries out, the
       * countermeasure's number and text, and the date it was done
       */
      text = g_strdup_printf (_("[%s] Countermeasure %s: %s (done %s)"), numbers->str, id,
                              action->what, date);
      rk_pdca_summary_add_item (summary, RK_PDCA_DO, text, TRUE);
    }
}

static gboolean
load_cycles (RkDatabase     *db,
             RkPdcaSummary  *summary,
             GHashTable     *cycles,
             gint64         *cycle_id,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db),
                           "SELECT c.id, c.fiscal_year, c.stage, c.notes, "
                           "  (SELECT count(*) FROM pdca_entry e WHERE e.cycle_id = c.id) "
                           "FROM pdca_cycle c WHERE c.model_id = ? ORDER BY c.fiscal_year",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("read the PDCA cycle"));
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, summary->model_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RkPdcaYear *year = g_new0 (RkPdcaYear, 1);
      gint64 id = sqlite3_column_int64 (stmt, 0);

      year->fiscal_year = sqlite3_column_int (stmt, 1);
      year->recorded = TRUE;
      year->stage = sqlite3_column_int (stmt, 2);
      year->n_entries = sqlite3_column_int (stmt, 4);
      if (year->fiscal_year == summary->fiscal_year)
        {
          summary->recorded = TRUE;
          summary->stage = year->stage;
          g_free (summary->notes);
          summary->notes = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
          *cycle_id = id;
        }
      g_hash_table_insert (cycles, GINT_TO_POINTER (year->fiscal_year), year);
    }

  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the PDCA cycle"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_entries (RkDatabase     *db,
              RkPdcaSummary  *summary,
              gint64          cycle_id,
              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db),
                           "SELECT e.stage, e.text, n.number FROM pdca_entry e "
                           "LEFT JOIN logic_model_node n ON n.id = e.node_id "
                           "WHERE e.cycle_id = ? ORDER BY e.stage, e.position, e.id",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rk_database_set_error (db, error, rc, _("read the PDCA cycle"));
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, cycle_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int stage = sqlite3_column_int (stmt, 0);
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      const char *number = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *line = NULL;

      if (stage < 0 || stage >= RK_PDCA_N_STAGES || text == NULL || text[0] == '\0')
        continue;
      line = number != NULL && number[0] != '\0' ? g_strdup_printf ("[%s] %s", number, text)
                                                 : g_strdup (text);
      rk_pdca_summary_add_item (summary, stage, line, FALSE);
    }

  if (rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("read the PDCA cycle"));
      return FALSE;
    }
  return TRUE;
}

/**
 * rk_pdca_summary_load:
 * @fiscal_year: the year to show
 *
 * Reads one year of a model's cycle: the lines the user wrote for each
 * stage, the targets of the year (計画) and the values evaluated against
 * them (評価) from the indicators of the model's boxes, the countermeasures
 * of the issue register linked to its measures and done that year (実行),
 * and a line per
 * year for the history (the years with a cycle, the plan period, and
 * @fiscal_year).
 *
 * Returns: (transfer full) (nullable): the summary
 */
RkPdcaSummary *
rk_pdca_summary_load (RkDatabase  *db,
                      gint64       model_id,
                      int          fiscal_year,
                      GError     **error)
{
  g_autoptr(RkPdcaSummary) summary = rk_pdca_summary_new ();
  g_autoptr(RkLogicModelGraph) graph = NULL;
  g_autoptr(GHashTable) cycles = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  gint64 cycle_id = 0;
  int first, last;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  graph = rk_logic_model_graph_load (db, model_id, error);
  if (graph == NULL)
    return NULL;

  summary->model_id = model_id;
  summary->number = graph->number;
  g_free (summary->title);
  summary->title = g_strdup (graph->title);
  g_free (summary->area_name);
  summary->area_name = g_strdup (graph->area_name);
  summary->fiscal_year = fiscal_year;

  if (!load_cycles (db, summary, cycles, &cycle_id, error) ||
      (cycle_id > 0 && !load_entries (db, summary, cycle_id, error)))
    return NULL;

  {
    RkPdcaYear ignored = { 0 };
    add_derived (summary, graph, fiscal_year, &ignored);
  }
  add_done_actions (summary, graph, fiscal_year);

  /* The history: the plan period, every year with a cycle, and this one. */
  first = fiscal_year;
  last = fiscal_year;
  if (graph->first_year > 0)
    first = MIN (first, graph->first_year);
  if (graph->last_year > 0)
    last = MAX (last, graph->last_year);
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, cycles);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        first = MIN (first, GPOINTER_TO_INT (key));
        last = MAX (last, GPOINTER_TO_INT (key));
      }
  }
  /* Keep the years around the one shown when there are too many. */
  if (last - first + 1 > MAX_YEARS)
    {
      first = MAX (first, fiscal_year - MAX_YEARS / 2);
      last = first + MAX_YEARS - 1;
    }

  for (int y = first; y <= last; y++)
    {
      RkPdcaYear *cycle = g_hash_table_lookup (cycles, GINT_TO_POINTER (y));
      RkPdcaYear year = { 0 };

      if (cycle != NULL)
        year = *cycle;
      year.fiscal_year = y;
      year.n_met = year.n_behind = 0;
      add_derived (NULL, graph, y, &year);
      rk_pdca_summary_add_year (summary, &year);
    }

  return g_steal_pointer (&summary);
}
