/* test-lm-actions.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rk-lm-draw.h"
#include "rk-lm-layout.h"

/* The countermeasures' marker in a measure's box (the link between the
 * meetings' issue register and the logic model): a line of its own below
 * the indicators, inside the box, drawn with its tag; counted in the
 * printed text and explained by the legend, which leaves it out when no
 * box has one. A copy of the picture goes to the build directory
 * (lm-actions.png) for a person to look at.
 */

static RkLogicModelGraph *
make_graph (gboolean with_actions)
{
  RkLogicModelGraph *graph = rk_logic_model_graph_new ();
  RkLmIndicator *ind;

  g_free (graph->title);
  graph->title = g_strdup ("急変時の対応");
  graph->number = 1;

  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, "1-1",
                                 "診診連携による夜間・休日の往診当番体制をつくる");
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, "1-2",
                                 "急変時対応シート（情報共有シート）を作り、普及する");
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, "1-3",
                                 "消防本部と救急搬送時の情報共有ルールを決める");
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_INTERMEDIATE, "2-1",
                                 "24時間対応できる往診・訪問看護の体制が圏域全体で確保されている");
  for (guint i = 0; i < 3; i++)
    rk_logic_model_graph_add_link (graph, i, 3);
  ind = rk_logic_model_graph_add_indicator (graph, 0, "往診当番の参加医療機関数", "施設");
  rk_logic_model_graph_add_value (ind, 2025, RK_VALUE_KIND_ACTUAL, 13);

  if (with_actions)
    {
      rk_logic_model_graph_add_action (graph, 0, 5, "当番医を試行する", "in_progress");
      rk_logic_model_graph_add_action (graph, 0, 6, "急変時対応シートを当番医に渡す", "done");
      rk_logic_model_graph_add_action (graph, 1, 7, "様式を決める", "planned");
      /* Cancelled: not counted, no line. */
      rk_logic_model_graph_add_action (graph, 2, 8, "取りやめた案", "cancelled");
    }
  return graph;
}

static RkLmBox *
box_at (RkLmLayout *layout,
        guint       node)
{
  return &g_array_index (layout->boxes, RkLmBox, node);
}

static void
test_geometry (void)
{
  g_autoptr(RkLogicModelGraph) plain = make_graph (FALSE);
  g_autoptr(RkLogicModelGraph) graph = make_graph (TRUE);
  PangoContext *context = rk_lm_create_context ();
  g_autoptr(RkLmLayout) a = NULL;
  g_autoptr(RkLmLayout) b = NULL;
  RkLmLayoutOptions options;

  rk_lm_layout_options_init (&options);
  options.keep_order = TRUE;
  a = rk_lm_layout_new (plain, context, &options);
  b = rk_lm_layout_new (graph, context, &options);
  g_object_unref (context);

  /* 1-1: two counted, one done, below its indicator line. */
  g_assert_cmpuint (box_at (b, 0)->n_actions, ==, 2);
  g_assert_cmpuint (box_at (b, 0)->n_actions_done, ==, 1);
  g_assert_cmpfloat_with_epsilon (box_at (b, 0)->rect.height - box_at (a, 0)->rect.height,
                                  box_at (b, 0)->badge_height, 1e-6);
  /* 1-2: no indicator, so the line brings its own gap. */
  g_assert_cmpuint (box_at (b, 1)->n_actions, ==, 1);
  g_assert_cmpfloat_with_epsilon (box_at (b, 1)->rect.height - box_at (a, 1)->rect.height,
                                  box_at (b, 1)->badge_height + 3, 1e-6);
  /* 1-3: only a cancelled one; the outcome: none. */
  g_assert_cmpuint (box_at (b, 2)->n_actions, ==, 0);
  g_assert_cmpfloat (box_at (b, 2)->rect.height, ==, box_at (a, 2)->rect.height);
  g_assert_cmpuint (box_at (b, 3)->n_actions, ==, 0);

  for (guint i = 0; i < 2; i++)
    {
      RkLmBox *box = box_at (b, i);

      /* Below the text and the indicators, inside the box. */
      g_assert_cmpfloat (box->actions_top, >=, box->text_rect.y + box->text_rect.height);
      g_assert_cmpfloat (box->actions_top, >=,
                         box->badge_top + box->n_badges * box->badge_height - 1e-6);
      g_assert_cmpfloat (box->actions_top + box->badge_height, <=,
                         box->rect.y + box->rect.height + 1e-6);
    }
}

/* Pixels of the tag's colour inside a rectangle of the image. */
static guint
count_tag_pixels (cairo_surface_t *surface,
                  double           scale,
                  const RkLmRect  *r)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint n = 0;

  for (int y = (int) (r->y * scale); y < (int) ((r->y + r->height) * scale); y++)
    for (int x = (int) (r->x * scale); x < (int) ((r->x + r->width) * scale); x++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + 4 * x);
        int red = (px >> 16) & 0xff, green = (px >> 8) & 0xff, blue = px & 0xff;

        /* 0.05, 0.47, 0.52 of rk-lm-draw.c */
        if (abs (red - 13) <= 6 && abs (green - 120) <= 6 && abs (blue - 133) <= 6)
          n++;
      }
  return n;
}

static void
test_marker_drawn (void)
{
  g_autoptr(RkLogicModelGraph) graph = make_graph (TRUE);
  PangoContext *context = rk_lm_create_context ();
  g_autoptr(RkLmLayout) layout = rk_lm_layout_new (graph, context, NULL);
  double scale = 2;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) ceil (layout->width * scale),
                                                         (int) ceil (layout->height * scale));
  cairo_t *cr = cairo_create (surface);
  g_autofree char *copy = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL
                                            ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                            "lm-actions.png", NULL);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  rk_lm_draw (cr, graph, layout, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_write_to_png (surface, copy);

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      RkLmBox *box = box_at (layout, i);
      RkLmRect line = { box->text_rect.x, box->actions_top, box->text_rect.width, box->badge_height };
      guint n = count_tag_pixels (surface, scale, &box->rect);

      g_test_message ("box %u: %u pixels of the tag", i, n);
      if (box->n_actions > 0)
        {
          /* The tag is there, on the countermeasures' line. */
          g_assert_cmpuint (n, >, 20);
          g_assert_cmpuint (count_tag_pixels (surface, scale, &line), ==, n);
        }
      else
        g_assert_cmpuint (n, ==, 0);
    }
  cairo_surface_destroy (surface);
  g_object_unref (context);
}

static char *
pdf_text (RkLogicModelGraph *graph,
          const char        *name)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  GString *flat = g_string_new (NULL);
  int status = 0;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_assert_true (rk_lm_write (graph, path, &error));
  g_assert_no_error (error);

  if (!g_spawn_sync (NULL, (char *[]) { (char *) "pdftotext", (char *) "-enc", (char *) "UTF-8",
                                        path, (char *) "-", NULL },
                     NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return NULL;
  /* Without white space: the text wraps where the page does. */
  for (const char *p = out; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (flat, g_utf8_get_char (p));
  return g_string_free (flat, FALSE);
}

static void
test_printed (void)
{
  g_autoptr(RkLogicModelGraph) graph = make_graph (TRUE);
  g_autoptr(RkLogicModelGraph) plain = make_graph (FALSE);
  g_autofree char *text = pdf_text (graph, "actions.pdf");
  g_autofree char *plain_text = NULL;

  if (text == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "2countermeasures,1done"));
  g_assert_nonnull (strstr (text, "1countermeasure"));
  g_assert_nonnull (strstr (text, "Countermeasuresdecidedinmeetings(issueregister)"));

  plain_text = pdf_text (plain, "plain.pdf");
  g_assert_null (strstr (plain_text, "countermeasure"));
  g_assert_null (strstr (plain_text, "Countermeasures"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/draw/lm-actions/geometry", test_geometry);
  g_test_add_func ("/draw/lm-actions/marker-drawn", test_marker_drawn);
  g_test_add_func ("/draw/lm-actions/printed", test_printed);

  return g_test_run ();
}
