/* test-links.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "rk-countermeasure.h"
#include "rk-issue.h"
#include "rk-logic-model.h"
#include "rk-logic-model-graph.h"
#include "rk-logic-model-node.h"
#include "rk-meeting.h"
#include "rk-pdca-summary.h"
#include "rk-sample.h"
#include "rk-test-core.h"

/* The chain across the tabs (issues #4 and #5): a logic model's 個別施策
 * linked to the countermeasures of the meetings' issue register. Links
 * both ways, undoable; what deleting either side does (CASCADE, undone
 * with the rows); what the graph, the PDCA summary and the sample hold.
 */

typedef struct
{
  RkDatabase       *db;
  RkIssue          *issue;
  gint64            action;      /* a countermeasure of the issue */
  gint64            other;       /* another one */
  RkLogicModel     *model;
  RkLogicModelNode *measure;
  RkLogicModelNode *measure2;
  RkLogicModelNode *outcome;
} Fixture;

static gint64
count (RkDatabase *db,
       const char *sql)
{
  return rk_test_query_int (rk_database_get_handle (db), sql);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "links.renkei", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkMeeting) meeting = NULL;

  f->db = rk_database_create (path, &error);
  g_assert_no_error (error);

  meeting = rk_meeting_new (f->db, "secondary", "2026-07-15", "第1回 連携会議", &error);
  g_assert_no_error (error);
  f->issue = rk_issue_new (f->db, meeting, "夜間の往診体制がない", &error);
  g_assert_no_error (error);
  f->action = rk_issue_add_countermeasure (f->issue, meeting, "当番医を試行する", &error);
  g_assert_no_error (error);
  f->other = rk_issue_add_countermeasure (f->issue, meeting, "連絡票を共通化する", &error);
  g_assert_no_error (error);

  f->model = rk_logic_model_create (f->db, "急変時の対応", NULL, &error);
  g_assert_no_error (error);
  f->measure = rk_logic_model_add_node (f->model, RK_LM_LEVEL_MEASURE, "往診当番をつくる", NULL,
                                        &error);
  g_assert_no_error (error);
  f->measure2 = rk_logic_model_add_node (f->model, RK_LM_LEVEL_MEASURE, "情報共有シートを作る",
                                         NULL, &error);
  g_assert_no_error (error);
  f->outcome = rk_logic_model_add_node (f->model, RK_LM_LEVEL_INTERMEDIATE,
                                        "24時間対応できる体制", NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->issue);
  g_clear_object (&f->measure);
  g_clear_object (&f->measure2);
  g_clear_object (&f->outcome);
  g_clear_object (&f->model);
  rk_database_close (f->db);
  g_assert_finalize_object (f->db);
}

static GArray *
measures_of (RkDatabase *db,
             gint64      countermeasure_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkCountermeasure) action = rk_entity_lookup (db, RK_TYPE_COUNTERMEASURE,
                                                         countermeasure_id, &error);
  GArray *ids;

  g_assert_no_error (error);
  ids = rk_countermeasure_list_measures (action, &error);
  g_assert_no_error (error);
  return ids;
}

static void
test_link_both_ways (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) actions = NULL;
  g_autoptr(GArray) measures = NULL;

  g_assert_false (rk_logic_model_node_has_countermeasure (f->measure, f->action));
  g_assert_true (rk_logic_model_node_set_countermeasure (f->measure, f->action, TRUE,
                                                         "Link Countermeasure", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rk_database_get_undo_label (f->db), ==, "Link Countermeasure");
  g_assert_true (rk_logic_model_node_has_countermeasure (f->measure, f->action));
  g_assert_false (rk_logic_model_node_has_countermeasure (f->measure2, f->action));

  /* Many-to-many: one countermeasure for two measures, two for one. */
  g_assert_true (rk_logic_model_node_set_countermeasure (f->measure2, f->action, TRUE, "Link",
                                                         &error));
  g_assert_true (rk_logic_model_node_set_countermeasure (f->measure, f->other, TRUE, "Link",
                                                         &error));
  g_assert_no_error (error);

  actions = rk_logic_model_node_list_countermeasures (f->measure, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 2);
  g_assert_cmpint (g_array_index (actions, gint64, 0), ==, f->action);
  g_assert_cmpint (g_array_index (actions, gint64, 1), ==, f->other);

  /* The register's side: which measures the countermeasure carries out. */
  measures = measures_of (f->db, f->action);
  g_assert_cmpuint (measures->len, ==, 2);
  g_assert_cmpint (g_array_index (measures, gint64, 0), ==, rk_entity_get_id (RK_ENTITY (f->measure)));
  g_assert_cmpint (g_array_index (measures, gint64, 1), ==, rk_entity_get_id (RK_ENTITY (f->measure2)));

  /* Linking again changes nothing and is no new step. */
  g_assert_true (rk_logic_model_node_set_countermeasure (f->measure, f->action, TRUE, "Again",
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rk_database_get_undo_label (f->db), ==, "Link");
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 3);

  /* Unlinking is one undoable step. */
  g_assert_true (rk_logic_model_node_set_countermeasure (f->measure, f->action, FALSE,
                                                         "Unlink Countermeasure", &error));
  g_assert_no_error (error);
  g_assert_false (rk_logic_model_node_has_countermeasure (f->measure, f->action));
  g_assert_true (rk_database_undo (f->db, &error));
  g_assert_no_error (error);
  g_assert_true (rk_logic_model_node_has_countermeasure (f->measure, f->action));
  g_assert_true (rk_database_redo (f->db, &error));
  g_assert_false (rk_logic_model_node_has_countermeasure (f->measure, f->action));
}

static void
test_link_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* An outcome is reached through its measures. */
  g_assert_false (rk_logic_model_node_set_countermeasure (f->outcome, f->action, TRUE, "Link",
                                                          &error));
  g_assert_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_INVALID_LINK);
  g_assert_nonnull (strstr (error->message, "2-1"));
  g_clear_error (&error);

  /* A countermeasure that is not (or no longer) in the register. */
  g_assert_false (rk_logic_model_node_set_countermeasure (f->measure, 999, TRUE, "Link", &error));
  g_assert_error (error, RK_LOGIC_MODEL_ERROR, RK_LOGIC_MODEL_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "999"));
  g_clear_error (&error);

  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 0);
  /* Nothing was written: no step to undo beyond the fixture's. */
  g_assert_cmpstr (rk_database_get_undo_label (f->db), !=, "Link");

  /* Unlinking what is not linked is not an error. */
  g_assert_true (rk_logic_model_node_set_countermeasure (f->outcome, f->action, FALSE, "Unlink",
                                                         &error));
  g_assert_no_error (error);
}

static void
link_all (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rk_logic_model_node_set_countermeasure (f->measure, f->action, TRUE, "Link", &error));
  g_assert_true (rk_logic_model_node_set_countermeasure (f->measure2, f->action, TRUE, "Link", &error));
  g_assert_true (rk_logic_model_node_set_countermeasure (f->measure, f->other, TRUE, "Link", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 3);
}

/* Deleting a countermeasure (or its issue) takes its links and nothing
 * else; Undo brings the rows and their links back.
 */
static void
test_cascade_from_register (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkCountermeasure) action = NULL;

  link_all (f);

  action = rk_entity_lookup (f->db, RK_TYPE_COUNTERMEASURE, f->action, &error);
  g_assert_true (rk_entity_delete (RK_ENTITY (action), "Remove Countermeasure", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 1);
  g_assert_false (rk_logic_model_node_has_countermeasure (f->measure, f->action));
  /* The measures stay. */
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node"), ==, 3);

  g_assert_true (rk_database_undo (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 3);
  g_assert_true (rk_logic_model_node_has_countermeasure (f->measure2, f->action));

  /* The issue: its countermeasures and, through them, every link. */
  g_assert_true (rk_entity_delete (RK_ENTITY (f->issue), "Delete Issue", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM countermeasure"), ==, 0);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 0);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node"), ==, 3);

  g_assert_true (rk_database_undo (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM countermeasure"), ==, 2);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 3);
  g_assert_true (rk_logic_model_node_has_countermeasure (f->measure, f->other));

  g_assert_true (rk_database_redo (f->db, &error));
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 0);
}

/* Deleting a box (or its model) takes its links; the register keeps its
 * countermeasures.
 */
static void
test_cascade_from_model (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) measures = NULL;

  link_all (f);

  g_assert_true (rk_entity_delete (RK_ENTITY (f->measure), "Delete Box", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 1);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM countermeasure"), ==, 2);
  measures = measures_of (f->db, f->action);
  g_assert_cmpuint (measures->len, ==, 1);
  g_assert_cmpint (g_array_index (measures, gint64, 0), ==, rk_entity_get_id (RK_ENTITY (f->measure2)));

  g_assert_true (rk_database_undo (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 3);

  g_assert_true (rk_entity_delete (RK_ENTITY (f->model), "Delete Logic Model", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 0);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM countermeasure"), ==, 2);
  g_assert_true (rk_database_undo (f->db, &error));
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 3);
}

static void
test_graph (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkLogicModelGraph) graph = NULL;
  g_autoptr(RkCountermeasure) action = NULL;
  RkLmNode *node;
  RkLmAction *a;
  guint total, done;
  int i;

  link_all (f);
  action = rk_entity_lookup (f->db, RK_TYPE_COUNTERMEASURE, f->action, &error);
  g_assert_true (rk_entity_update (RK_ENTITY (action), NULL, &error, "owner", "さくら市医師会",
                                   "due-date", "2026-12-31", NULL));
  g_assert_true (rk_countermeasure_set_status (action, "done", &error));
  g_assert_no_error (error);

  graph = rk_logic_model_graph_load (f->db, rk_entity_get_id (RK_ENTITY (f->model)), &error);
  g_assert_no_error (error);
  /* Each countermeasure once, however many boxes it carries out. */
  g_assert_cmpuint (graph->actions->len, ==, 2);

  i = rk_logic_model_graph_find_node (graph, rk_entity_get_id (RK_ENTITY (f->measure)));
  g_assert_cmpint (i, >=, 0);
  node = g_ptr_array_index (graph->nodes, i);
  g_assert_cmpuint (node->actions->len, ==, 2);
  a = g_ptr_array_index (graph->actions, g_array_index (node->actions, guint, 0));
  g_assert_cmpint (a->id, ==, f->action);
  g_assert_cmpint (a->issue_id, ==, rk_entity_get_id (RK_ENTITY (f->issue)));
  g_assert_cmpstr (a->issue_title, ==, "夜間の往診体制がない");
  g_assert_cmpstr (a->what, ==, "当番医を試行する");
  g_assert_cmpstr (a->owner, ==, "さくら市医師会");
  g_assert_cmpstr (a->due_date, ==, "2026-12-31");
  g_assert_cmpstr (a->status, ==, "done");
  g_assert_cmpuint (strlen (a->completed_on), ==, 10);
  rk_logic_model_graph_count_actions (graph, node, &total, &done);
  g_assert_cmpuint (total, ==, 2);
  g_assert_cmpuint (done, ==, 1);

  i = rk_logic_model_graph_find_node (graph, rk_entity_get_id (RK_ENTITY (f->measure2)));
  node = g_ptr_array_index (graph->nodes, i);
  g_assert_cmpuint (node->actions->len, ==, 1);
  g_assert_true (g_ptr_array_index (graph->actions, g_array_index (node->actions, guint, 0)) == a);

  /* A cancelled countermeasure is listed but not counted. */
  {
    g_autoptr(RkCountermeasure) other = rk_entity_lookup (f->db, RK_TYPE_COUNTERMEASURE, f->other,
                                                          &error);
    g_autoptr(RkLogicModelGraph) again = NULL;

    g_assert_true (rk_countermeasure_set_status (other, "cancelled", &error));
    again = rk_logic_model_graph_load (f->db, rk_entity_get_id (RK_ENTITY (f->model)), &error);
    g_assert_no_error (error);
    node = g_ptr_array_index (again->nodes,
                              rk_logic_model_graph_find_node (again,
                                                              rk_entity_get_id (RK_ENTITY (f->measure))));
    g_assert_cmpuint (node->actions->len, ==, 2);
    rk_logic_model_graph_count_actions (again, node, &total, &done);
    g_assert_cmpuint (total, ==, 1);
    g_assert_cmpuint (done, ==, 1);
  }
}

static gboolean
has_item (RkPdcaSummary *summary,
          RkPdcaStage    stage,
          const char    *fragment)
{
  for (guint i = 0; i < summary->items[stage]->len; i++)
    {
      RkPdcaItem *item = g_ptr_array_index (summary->items[stage], i);

      if (strstr (item->text, fragment) != NULL)
        {
          g_assert_true (item->derived);
          return TRUE;
        }
    }
  return FALSE;
}

/* 実行: the linked countermeasures done in the year, read from the
 * register (and gone from it when reopened).
 */
static void
test_pdca_done (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkCountermeasure) action = NULL;
  gint64 model_id = rk_entity_get_id (RK_ENTITY (f->model));

  link_all (f);
  action = rk_entity_lookup (f->db, RK_TYPE_COUNTERMEASURE, f->action, &error);
  g_assert_true (rk_entity_update (RK_ENTITY (action), NULL, &error, "status", "done",
                                   "completed-on", "2027-03-31", NULL));
  g_assert_no_error (error);

  {
    g_autoptr(RkPdcaSummary) s = rk_pdca_summary_load (f->db, model_id, 2026, &error);
    g_autofree char *want = g_strdup_printf ("[1-1, 1-2] Countermeasure %" G_GINT64_FORMAT
                                             ": 当番医を試行する", f->action);

    g_assert_no_error (error);
    g_assert_true (has_item (s, RK_PDCA_DO, want));
    g_assert_true (has_item (s, RK_PDCA_DO, "2027"));
    /* Not done: not listed. */
    g_assert_false (has_item (s, RK_PDCA_DO, "連絡票を共通化する"));
    g_assert_false (has_item (s, RK_PDCA_PLAN, "当番医"));
  }
  {
    /* FY2027 begins on 1 April 2027. */
    g_autoptr(RkPdcaSummary) s = rk_pdca_summary_load (f->db, model_id, 2027, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (s->items[RK_PDCA_DO]->len, ==, 0);
  }

  g_assert_true (rk_countermeasure_set_status (action, "in_progress", &error));
  {
    g_autoptr(RkPdcaSummary) s = rk_pdca_summary_load (f->db, model_id, 2026, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (s->items[RK_PDCA_DO]->len, ==, 0);
  }
}

/* The sample links its register to both models where it makes sense, and
 * the 急変時の対応 model's FY2026 cycle lists what was done.
 */
static void
test_sample (void)
{
  g_autofree char *dir = rk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "sample.renkei", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkLogicModel) model = NULL;
  g_autoptr(RkLogicModelGraph) graph = NULL;
  g_autoptr(RkPdcaSummary) summary = NULL;
  RkDatabase *db = rk_sample_create (path, &error);
  guint with_actions = 0;

  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM logic_model_node_countermeasure"), ==, 5);
  /* Only measures are linked. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM logic_model_node_countermeasure l"
                              " JOIN logic_model_node n ON n.id = l.node_id WHERE n.level <> 0"), ==, 0);

  model = rk_logic_model_find_by_argument (db, "急変時の対応", &error);
  g_assert_no_error (error);
  graph = rk_logic_model_graph_load (db, rk_entity_get_id (RK_ENTITY (model)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (graph->actions->len, ==, 3);
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      RkLmNode *node = g_ptr_array_index (graph->nodes, i);

      if (node->actions->len > 0)
        with_actions++;
      if (g_str_equal (node->text, "診診連携による夜間・休日の往診当番体制をつくる"))
        {
          RkLmAction *a = g_ptr_array_index (graph->actions, g_array_index (node->actions, guint, 0));

          g_assert_cmpuint (node->actions->len, ==, 1);
          g_assert_true (g_str_has_prefix (a->what, "主治医・副主治医制"));
          g_assert_cmpstr (a->status, ==, "in_progress");
        }
    }
  g_assert_cmpuint (with_actions, ==, 3);

  summary = rk_pdca_summary_load (db, rk_entity_get_id (RK_ENTITY (model)), 2026, &error);
  g_assert_no_error (error);
  g_assert_true (has_item (summary, RK_PDCA_DO, "急変時対応シートを訪問看護ステーションから当番医に渡す"));

  g_clear_object (&model);
  rk_database_close (db);
  g_assert_finalize_object (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, fn) \
  g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/core/links/both-ways", test_link_both_ways);
  ADD ("/core/links/refused", test_link_refused);
  ADD ("/core/links/cascade-from-register", test_cascade_from_register);
  ADD ("/core/links/cascade-from-model", test_cascade_from_model);
  ADD ("/core/links/graph", test_graph);
  ADD ("/core/links/pdca-done", test_pdca_done);
#undef ADD
  g_test_add_func ("/core/links/sample", test_sample);

  return g_test_run ();
}
