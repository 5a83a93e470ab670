/* test-lm-layout.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "lm-generate.h"
#include "rk-diagram.h"
#include "rk-lm-layout.h"

/* Geometric checks of the logic-model layout on generated models: boxes
 * apart, arrows from box to box through gaps only, text inside its box,
 * and fewer crossings than the model's own order.
 */

#define EPS 0.01

static PangoContext *context;

static gboolean
rects_overlap (const RkLmRect *a,
               const RkLmRect *b)
{
  return a->x < b->x + b->width - EPS && b->x < a->x + a->width - EPS &&
         a->y < b->y + b->height - EPS && b->y < a->y + a->height - EPS;
}

/* Whether the axis-parallel run p–q passes through the inside of @r. */
static gboolean
run_enters (const RkLmPoint *p,
            const RkLmPoint *q,
            const RkLmRect  *r)
{
  double x0 = MIN (p->x, q->x), x1 = MAX (p->x, q->x);
  double y0 = MIN (p->y, q->y), y1 = MAX (p->y, q->y);

  return x0 < r->x + r->width - EPS && x1 > r->x + EPS &&
         y0 < r->y + r->height - EPS && y1 > r->y + EPS;
}

static gboolean
on_side (const RkLmPoint *p,
         const RkLmRect  *r,
         gboolean         right)
{
  double x = right ? r->x + r->width : r->x;

  return fabs (p->x - x) < EPS && p->y >= r->y - EPS && p->y <= r->y + r->height + EPS;
}

static void
check_layout (RkLogicModelGraph *graph,
              RkLmLayout        *layout)
{
  g_assert_cmpuint (layout->boxes->len, ==, graph->nodes->len);
  g_assert_cmpuint (layout->edges->len, ==, graph->links->len);

  for (guint i = 0; i < layout->boxes->len; i++)
    {
      RkLmBox *a = &g_array_index (layout->boxes, RkLmBox, i);
      RkLmNode *node = g_ptr_array_index (graph->nodes, i);
      PangoLayout *text = rk_lm_layout_ensure_text (layout, a);
      PangoRectangle ink, logical;

      /* Inside the diagram, in its level's column. */
      g_assert_cmpfloat (a->rect.x, >=, 0);
      g_assert_cmpfloat (a->rect.y, >=, 0);
      g_assert_cmpfloat (a->rect.x + a->rect.width, <=, layout->width + EPS);
      g_assert_cmpfloat (a->rect.y + a->rect.height, <=, layout->height + EPS);
      g_assert_cmpint (layout->column_level[a->column], ==, node->level);

      /* No two boxes overlap. */
      for (guint j = i + 1; j < layout->boxes->len; j++)
        {
          RkLmBox *b = &g_array_index (layout->boxes, RkLmBox, j);

          if (rects_overlap (&a->rect, &b->rect))
            g_error ("boxes %s and %s overlap", node->number,
                     ((RkLmNode *) g_ptr_array_index (graph->nodes, j))->number);
        }

      /* The text fits its box: as Pango lays it out, not as estimated. */
      pango_layout_get_extents (text, &ink, &logical);
      g_assert_cmpfloat ((double) logical.width / PANGO_SCALE, <=, a->text_rect.width + EPS);
      g_assert_cmpfloat ((double) logical.height / PANGO_SCALE, <=, a->text_rect.height + EPS);
      g_assert_cmpfloat ((double) (ink.x + ink.width) / PANGO_SCALE, <=, a->text_rect.width + 1);
      g_assert_cmpfloat (a->text_rect.x, >=, a->rect.x);
      g_assert_cmpfloat (a->text_rect.x + a->text_rect.width, <=, a->rect.x + a->rect.width);
      g_assert_cmpfloat (a->text_rect.y + a->text_rect.height, <=, a->badge_top + EPS);
      g_assert_cmpfloat (a->badge_top + a->n_badges * a->badge_height, <=,
                         a->rect.y + a->rect.height + EPS);
      /* Its text says what the model says. */
      {
        g_autofree char *flat = g_strdup (pango_layout_get_text (text));
        g_autoptr(GString) joined = g_string_new (NULL);

        for (char *p = flat; *p != '\0'; p++)
          if (*p != '\n')
            g_string_append_c (joined, *p);
        g_assert_nonnull (strstr (joined->str, node->text));
      }
    }

  for (guint e = 0; e < layout->edges->len; e++)
    {
      RkLmEdge *edge = &g_array_index (layout->edges, RkLmEdge, e);
      RkLmLink *link = &g_array_index (graph->links, RkLmLink, e);
      GArray *points = edge->points;
      RkLmBox *source = &g_array_index (layout->boxes, RkLmBox, link->source);
      RkLmBox *target = &g_array_index (layout->boxes, RkLmBox, link->target);

      g_assert_cmpuint (edge->source, ==, link->source);
      g_assert_cmpuint (edge->target, ==, link->target);
      g_assert_cmpuint (points->len, >=, 2);

      /* It starts on the right side of its source and ends on the left
       * side of its target, going right.
       */
      g_assert_true (on_side (&g_array_index (points, RkLmPoint, 0), &source->rect, TRUE));
      g_assert_true (on_side (&g_array_index (points, RkLmPoint, points->len - 1), &target->rect,
                              FALSE));
      g_assert_cmpfloat (g_array_index (points, RkLmPoint, points->len - 2).x, <,
                         g_array_index (points, RkLmPoint, points->len - 1).x);

      for (guint k = 0; k + 1 < points->len; k++)
        {
          RkLmPoint *p = &g_array_index (points, RkLmPoint, k);
          RkLmPoint *q = &g_array_index (points, RkLmPoint, k + 1);

          /* Horizontal and vertical runs only. */
          g_assert_true (fabs (p->x - q->x) < EPS || fabs (p->y - q->y) < EPS);

          /* Through no box at all (its own two it only touches). */
          for (guint i = 0; i < layout->boxes->len; i++)
            if (run_enters (p, q, &g_array_index (layout->boxes, RkLmBox, i).rect))
              g_error ("arrow %s → %s passes through box %s",
                       ((RkLmNode *) g_ptr_array_index (graph->nodes, link->source))->number,
                       ((RkLmNode *) g_ptr_array_index (graph->nodes, link->target))->number,
                       ((RkLmNode *) g_ptr_array_index (graph->nodes, i))->number);
        }
    }
}

static RkLmLayout *
lay_out (RkLogicModelGraph *graph,
         gboolean           keep_order)
{
  RkLmLayoutOptions options;

  rk_lm_layout_options_init (&options);
  options.keep_order = keep_order;
  return rk_lm_layout_new (graph, context, &options);
}

static void
test_generated (void)
{
  static const struct { guint n; gboolean final; } sizes[] = {
    { 4, FALSE }, { 12, FALSE }, { 25, TRUE }, { 60, FALSE }, { 120, TRUE }, { 300, TRUE },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint32 seed = 1; seed <= (sizes[s].n >= 300 ? 2 : 6); seed++)
      {
        g_autoptr(RkLogicModelGraph) graph = lm_generate (sizes[s].n, seed, sizes[s].final);
        g_autoptr(RkLmLayout) layout = lay_out (graph, FALSE);
        g_autoptr(RkLmLayout) simple = lay_out (graph, TRUE);

        g_test_message ("%u boxes, seed %u: crossings %u (model order %u), drawn %u (%u)",
                        sizes[s].n, seed, layout->crossings, simple->crossings,
                        rk_lm_layout_count_crossings (layout), rk_lm_layout_count_crossings (simple));
        check_layout (graph, layout);
        check_layout (graph, simple);

        /* Never worse than the simple order, counted both ways. */
        g_assert_cmpuint (layout->crossings, <=, simple->crossings);
        g_assert_cmpuint (layout->initial_crossings, ==, simple->crossings);
        g_assert_cmpuint (rk_lm_layout_count_crossings (layout), <=,
                          rk_lm_layout_count_crossings (simple));
      }
}

static void
shuffle_levels (RkLogicModelGraph *graph,
                guint32            seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint n = graph->nodes->len;
  g_autofree guint *perm = g_new (guint, n);
  g_autofree guint *inverse = g_new (guint, n);
  g_autoptr(GPtrArray) nodes = NULL;

  for (guint i = 0; i < n; i++)
    perm[i] = i;
  /* Shuffle within each level: the graph keeps nodes by level. */
  for (guint i = n; i-- > 1;)
    {
      guint j = g_rand_int_range (rand, 0, i + 1);
      RkLmNode *a = g_ptr_array_index (graph->nodes, perm[i]);
      RkLmNode *b = g_ptr_array_index (graph->nodes, perm[j]);

      if (a->level == b->level)
        {
          guint t = perm[i];
          perm[i] = perm[j];
          perm[j] = t;
        }
    }

  nodes = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (nodes, g_ptr_array_index (graph->nodes, perm[i]));
      inverse[perm[i]] = i;
    }
  for (guint i = 0; i < n; i++)
    graph->nodes->pdata[i] = g_ptr_array_index (nodes, i);
  for (guint e = 0; e < graph->links->len; e++)
    {
      RkLmLink *link = &g_array_index (graph->links, RkLmLink, e);

      link->source = inverse[link->source];
      link->target = inverse[link->target];
    }
}

static void
test_untangles (void)
{
  /* A tidy model drawn in a scrambled order: the sweeps find their way
   * back to far fewer crossings.
   */
  for (guint32 seed = 1; seed <= 4; seed++)
    {
      g_autoptr(RkLogicModelGraph) graph = lm_generate (80, seed, FALSE);
      g_autoptr(RkLmLayout) layout = NULL;
      g_autoptr(RkLmLayout) simple = NULL;

      shuffle_levels (graph, seed * 7);
      layout = lay_out (graph, FALSE);
      simple = lay_out (graph, TRUE);
      g_test_message ("scrambled, seed %u: crossings %u against %u", seed, layout->crossings,
                      simple->crossings);
      check_layout (graph, layout);
      g_assert_cmpuint (layout->crossings * 2, <, simple->crossings);
    }
}

static void
test_skipping_links (void)
{
  /* 1-1 leads straight to the final outcome past two columns of boxes. */
  g_autoptr(RkLogicModelGraph) graph = rk_logic_model_graph_new ();
  g_autoptr(RkLmLayout) layout = NULL;
  RkLmEdge *edge;

  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, "1-1", "ACP市民講座を年4回開く");
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, "1-2", "多職種研修");
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *n = g_strdup_printf ("2-%u", i + 1);
      rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_INTERMEDIATE, n, "中間アウトカムの文章がここに入る");
    }
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_DISTAL, "3-1", "在宅での看取りが行われている");
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_FINAL, "4-1", "望む場所で最期まで暮らせる");
  for (guint i = 2; i < 6; i++)
    {
      rk_logic_model_graph_add_link (graph, 1, i);
      rk_logic_model_graph_add_link (graph, i, 6);
    }
  rk_logic_model_graph_add_link (graph, 6, 7);
  rk_logic_model_graph_add_link (graph, 0, 7);

  layout = lay_out (graph, FALSE);
  check_layout (graph, layout);
  edge = &g_array_index (layout->edges, RkLmEdge, graph->links->len - 1);
  /* It crosses each of the two middle columns level, in a gap between
   * their boxes (check_layout() made sure it touches none).
   */
  for (guint c = 1; c <= 2; c++)
    {
      const RkLmRect *column = &layout->column_rect[c];
      gboolean crossed = FALSE;

      for (guint k = 0; k + 1 < edge->points->len; k++)
        {
          RkLmPoint *p = &g_array_index (edge->points, RkLmPoint, k);
          RkLmPoint *q = &g_array_index (edge->points, RkLmPoint, k + 1);

          crossed |= fabs (p->y - q->y) < EPS && MIN (p->x, q->x) <= column->x + EPS &&
                     MAX (p->x, q->x) >= column->x + column->width - EPS;
        }
      g_assert_true (crossed);
    }
}

static void
test_text_fallback_and_wrapping (void)
{
  g_autoptr(RkLogicModelGraph) graph = rk_logic_model_graph_new ();
  g_autoptr(RkLmLayout) layout = NULL;
  RkLmBox *box;

  /* Long Japanese, a long Latin word, punctuation that may not start a
   * line, and a character the font lacks (drawn from a fallback font).
   */
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, "1-1",
                                 "在宅療養者が急変時にも住み慣れた場所で適切な医療を受けられるよう、"
                                 "診療所・病院・訪問看護ステーションが連携して24時間の体制をつくる。");
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, "1-2",
                                 "Supercalifragilisticexpialidociousandmoreandmoreandmore 研修");
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_DISTAL, "3-1", "𠮷野家🙂の看取り体制");
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_DISTAL, "", "");
  rk_logic_model_graph_add_link (graph, 0, 2);
  rk_logic_model_graph_add_link (graph, 1, 2);

  layout = lay_out (graph, FALSE);
  check_layout (graph, layout);

  box = &g_array_index (layout->boxes, RkLmBox, 0);
  g_assert_cmpuint (box->n_lines, >=, 4);
  /* No line starts with 、 or 。 (kinsoku). */
  {
    g_auto(GStrv) lines = g_strsplit (box->text, "\n", -1);

    for (guint i = 1; lines[i] != NULL; i++)
      g_assert_false (g_str_has_prefix (lines[i], "、") || g_str_has_prefix (lines[i], "。"));
  }
}

static void
test_hit_and_keys (void)
{
  g_autoptr(RkLogicModelGraph) graph = lm_generate (20, 3, FALSE);
  g_autoptr(RkLmLayout) layout = lay_out (graph, FALSE);
  int first = rk_lm_layout_neighbour (layout, graph, -1, 0, 1);
  RkLmBox *box = &g_array_index (layout->boxes, RkLmBox, first);
  int down, right;

  g_assert_cmpint (first, >=, 0);
  g_assert_cmpuint (box->column, ==, 0);
  g_assert_cmpuint (box->order, ==, 0);
  g_assert_cmpint (rk_lm_layout_hit (layout, box->rect.x + 2, box->rect.y + 2), ==, first);
  g_assert_cmpint (rk_lm_layout_hit (layout, 1, 1), ==, -1);

  down = rk_lm_layout_neighbour (layout, graph, first, 0, 1);
  g_assert_cmpuint (g_array_index (layout->boxes, RkLmBox, down).order, ==, 1);
  g_assert_cmpint (rk_lm_layout_neighbour (layout, graph, first, 0, -1), ==, first);
  g_assert_cmpint (rk_lm_layout_neighbour (layout, graph, down, 0, -1), ==, first);

  /* Right goes to a box the measure leads to. */
  right = rk_lm_layout_neighbour (layout, graph, first, 1, 0);
  g_assert_cmpuint (g_array_index (layout->boxes, RkLmBox, right).column, ==, 1);
  {
    gboolean linked = FALSE;

    for (guint e = 0; e < graph->links->len; e++)
      {
        RkLmLink *l = &g_array_index (graph->links, RkLmLink, e);
        linked |= (int) l->source == first && (int) l->target == right;
      }
    g_assert_true (linked);
  }
  g_assert_cmpint (rk_lm_layout_neighbour (layout, graph, first, -1, 0), ==, first);
}

static void
test_empty (void)
{
  g_autoptr(RkLogicModelGraph) graph = rk_logic_model_graph_new ();
  g_autoptr(RkLmLayout) layout = lay_out (graph, FALSE);

  g_assert_cmpuint (layout->n_columns, ==, 0);
  g_assert_cmpuint (layout->boxes->len, ==, 0);
  g_assert_cmpfloat (layout->width, >, 0);
  g_assert_cmpint (rk_lm_layout_neighbour (layout, graph, -1, 1, 0), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  context = rk_lm_create_context ();

  g_test_add_func ("/draw/lm-layout/generated", test_generated);
  g_test_add_func ("/draw/lm-layout/untangles", test_untangles);
  g_test_add_func ("/draw/lm-layout/skipping-links", test_skipping_links);
  g_test_add_func ("/draw/lm-layout/text", test_text_fallback_and_wrapping);
  g_test_add_func ("/draw/lm-layout/hit-and-keys", test_hit_and_keys);
  g_test_add_func ("/draw/lm-layout/empty", test_empty);

  status = g_test_run ();
  g_object_unref (context);
  return status;
}
