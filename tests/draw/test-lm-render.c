/* test-lm-render.c
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

#include "rk-diagram.h"
#include "rk-lm-draw.h"
#include "rk-pdca-draw.h"
#include "rk-report-private.h"
#include "rk-trend-chart.h"

/* The logic-model and PDCA diagrams written as PNG, SVG and PDF: valid
 * files, the PDF's text holding every box's text (pdftotext), the figure
 * scaled onto the page. Copies of the images go to the build directory
 * (lm-*.png, pdca-*.png) for a person to look at.
 */

static const char *texts[] = {
  "診診連携による夜間・休日の往診当番体制をつくる",
  "訪問看護ステーション間で24時間対応の相互支援協定を結ぶ",
  "急変時対応シート（情報共有シート）を作り、普及する",
  "24時間対応できる往診・訪問看護の体制が圏域全体で確保されている",
  "本人・家族と関係者が急変時の対応方針を共有している",
  "在宅療養者が急変時にも住み慣れた場所で適切な医療を受けられる",
};

static RkLogicModelGraph *
make_graph (void)
{
  RkLogicModelGraph *graph = rk_logic_model_graph_new ();
  RkLmIndicator *ind;

  g_free (graph->title);
  graph->title = g_strdup ("急変時の対応");
  g_free (graph->area_name);
  graph->area_name = g_strdup ("さくら圏域");
  graph->number = 1;

  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, "1-1", texts[0]);
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, "1-2", texts[1]);
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, "1-3", texts[2]);
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_INTERMEDIATE, "2-1", texts[3]);
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_INTERMEDIATE, "2-2", texts[4]);
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_DISTAL, "3-1", texts[5]);
  rk_logic_model_graph_add_link (graph, 0, 3);
  rk_logic_model_graph_add_link (graph, 1, 3);
  rk_logic_model_graph_add_link (graph, 2, 4);
  rk_logic_model_graph_add_link (graph, 2, 3);
  rk_logic_model_graph_add_link (graph, 3, 5);
  rk_logic_model_graph_add_link (graph, 4, 5);

  ind = rk_logic_model_graph_add_indicator (graph, 5, "往診を受けた患者数", "人");
  rk_logic_model_graph_add_value (ind, 2022, RK_VALUE_KIND_BASELINE, 612);
  rk_logic_model_graph_add_value (ind, 2025, RK_VALUE_KIND_ACTUAL, 755);
  rk_logic_model_graph_add_value (ind, 2029, RK_VALUE_KIND_TARGET, 850);
  ind = rk_logic_model_graph_add_indicator (graph, 0, "往診当番の参加医療機関数", "施設");
  ind->verified = TRUE;
  rk_logic_model_graph_add_value (ind, 2025, RK_VALUE_KIND_ACTUAL, 13);
  rk_logic_model_graph_add_value (ind, 2025, RK_VALUE_KIND_TARGET, 12);

  return graph;
}

static char *
temp_path (const char *name)
{
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  return g_build_filename (g_get_user_data_dir (), name, NULL);
}

static void
keep_copy (const char *path,
           const char *name)
{
  g_autofree char *dest = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL
                                            ? g_getenv ("G_TEST_BUILDDIR") : ".", name, NULL);
  g_autofree char *data = NULL;
  gsize len;

  if (g_file_get_contents (path, &data, &len, NULL))
    g_file_set_contents (dest, data, len, NULL);
}

static char *
run (const char *const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                     &status, &error))
    return NULL;
  if (!g_spawn_check_wait_status (status, NULL))
    return NULL;
  return g_steal_pointer (&out);
}

/* The text with every kind of white space taken out: pdftotext puts line
 * breaks where the boxes wrap.
 */
static char *
squeeze (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (s, g_utf8_get_char (p));
  return g_string_free (s, FALSE);
}

static void
check_png (const char *path,
           double      min_width,
           double      min_height)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), >=, (int) min_width);
  g_assert_cmpint (cairo_image_surface_get_height (png), >=, (int) min_height);
  cairo_surface_destroy (png);
}

static void
check_svg (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { 0 };
  GMarkupParseContext *context;

  g_assert_true (g_file_get_contents (path, &data, NULL, &error));
  g_assert_nonnull (strstr (data, "<svg"));
  /* Well-formed XML. */
  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (context, data, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
}

static char *
check_pdf (const char *path,
           const char *page_size)
{
  const char *info_argv[] = { "pdfinfo", path, NULL };
  const char *text_argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *info = run (info_argv);
  char *text;

  if (info == NULL)
    {
      g_test_skip ("poppler-utils (pdfinfo, pdftotext) are not installed");
      return NULL;
    }
  g_assert_nonnull (strstr (info, "Pages:"));
  g_assert_cmpint (atoi (strstr (info, "Pages:") + strlen ("Pages:")), ==, 1);
  if (strstr (info, page_size) == NULL)
    g_error ("not %s:\n%s", page_size, info);
  text = run (text_argv);
  g_assert_nonnull (text);
  return text;
}

static void
test_logic_model_files (void)
{
  g_autoptr(RkLogicModelGraph) graph = make_graph ();
  g_autoptr(GError) error = NULL;
  g_autofree char *png = temp_path ("lm.png");
  g_autofree char *svg = temp_path ("lm.svg");
  g_autofree char *pdf = temp_path ("lm.pdf");
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  g_assert_true (rk_lm_write (graph, png, &error));
  g_assert_no_error (error);
  check_png (png, 600, 300);
  keep_copy (png, "lm-render.png");

  g_assert_true (rk_lm_write (graph, svg, &error));
  g_assert_no_error (error);
  check_svg (svg);

  g_assert_true (rk_lm_write (graph, pdf, &error));
  g_assert_no_error (error);
  /* A small model prints on A4 landscape. */
  text = check_pdf (pdf, "841.89 x 595.276");
  if (text == NULL)
    return;
  flat = squeeze (text);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *want = squeeze (texts[i]);

      if (strstr (flat, want) == NULL)
        g_error ("the PDF lacks “%s”:\n%s", texts[i], text);
    }
  g_assert_nonnull (strstr (flat, "急変時の対応"));
  /* The badge: latest actual against the latest target. */
  g_assert_nonnull (strstr (flat, "755／850人"));
  /* The unverified indicator is marked, the verified one is not. */
  g_assert_nonnull (strstr (flat, "※往診を受けた患者数"));
  g_assert_null (strstr (flat, "※往診当番"));
}

static void
test_large_model_goes_to_a3 (void)
{
  g_autoptr(RkLogicModelGraph) graph = rk_logic_model_graph_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = temp_path ("big.pdf");
  g_autofree char *text = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *n = g_strdup_printf ("1-%u", i + 1);
      rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_MEASURE, n, texts[i % 3]);
    }
  rk_logic_model_graph_add_node (graph, RK_LM_LEVEL_DISTAL, "3-1", texts[5]);
  for (guint i = 0; i < 40; i++)
    rk_logic_model_graph_add_link (graph, i, 40);

  g_assert_true (rk_lm_write (graph, pdf, &error));
  g_assert_no_error (error);
  text = check_pdf (pdf, "1190.55 x 841.89");
}

static RkPdcaSummary *
make_summary (void)
{
  RkPdcaSummary *summary = rk_pdca_summary_new ();
  RkPdcaYear years[] = {
    { 2024, TRUE, RK_PDCA_ACT, 4, 1, 2 },
    { 2025, TRUE, RK_PDCA_CHECK, 3, 2, 1 },
    { 2026, FALSE, RK_PDCA_PLAN, 0, 0, 0 },
  };

  g_free (summary->title);
  summary->title = g_strdup ("急変時の対応");
  summary->number = 1;
  summary->fiscal_year = 2025;
  summary->recorded = TRUE;
  summary->stage = RK_PDCA_CHECK;
  rk_pdca_summary_add_item (summary, RK_PDCA_PLAN, "往診当番を圏域全体に広げる", FALSE);
  rk_pdca_summary_add_item (summary, RK_PDCA_PLAN, "往診当番の参加医療機関数: 目標 15 施設", TRUE);
  rk_pdca_summary_add_item (summary, RK_PDCA_DO, "みなと町の3医療機関が往診当番に参加", FALSE);
  rk_pdca_summary_add_item (summary, RK_PDCA_CHECK, "往診当番の参加医療機関数: 実績 13 施設", TRUE)->status =
    RK_LM_STATUS_BEHIND;
  rk_pdca_summary_add_item (summary, RK_PDCA_ACT, "やまべ村の診療所に個別に参加を依頼する", FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    rk_pdca_summary_add_year (summary, &years[i]);
  return summary;
}

static void
test_pdca_files (void)
{
  g_autoptr(RkPdcaSummary) summary = make_summary ();
  g_autoptr(GError) error = NULL;
  g_autofree char *png = temp_path ("pdca.png");
  g_autofree char *svg = temp_path ("pdca.svg");
  g_autofree char *pdf = temp_path ("pdca.pdf");
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  g_assert_true (rk_pdca_write (summary, png, &error));
  g_assert_no_error (error);
  check_png (png, 600, 400);
  keep_copy (png, "pdca-render.png");
  g_assert_true (rk_pdca_write (summary, svg, &error));
  check_svg (svg);
  g_assert_true (rk_pdca_write (summary, pdf, &error));
  g_assert_no_error (error);

  text = check_pdf (pdf, "841.89 x 595.276");
  if (text == NULL)
    return;
  flat = squeeze (text);
  for (guint s = 0; s < RK_PDCA_N_STAGES; s++)
    {
      g_autofree char *want = squeeze (rk_pdca_stage_get_label (s));

      g_assert_nonnull (strstr (flat, want));
      for (guint i = 0; i < summary->items[s]->len; i++)
        {
          g_autofree char *item = squeeze (((RkPdcaItem *) g_ptr_array_index (summary->items[s], i))->text);

          if (strstr (flat, item) == NULL)
            g_error ("the PDF lacks “%s”", item);
        }
    }
  g_assert_nonnull (strstr (flat, "FY2024"));
  g_assert_nonnull (strstr (flat, "FY2026"));
}

static void
test_pdca_hit_year (void)
{
  g_autoptr(RkPdcaSummary) summary = make_summary ();
  PangoContext *context = rk_lm_create_context ();
  double w, h;
  int found = 0;

  rk_pdca_measure (context, summary, &w, &h);
  g_assert_cmpfloat (w, >, 500);
  /* Somewhere along the history row lies each year. */
  for (double x = 0; x < w && found != 2026; x += 4)
    for (double y = h * 0.75; y < h && found != 2026; y += 4)
      {
        int year = rk_pdca_hit_year (context, summary, x, y);

        if (year != 0)
          {
            g_assert_true (year >= 2024 && year <= 2026);
            found = MAX (found, year);
          }
      }
  g_assert_cmpint (found, ==, 2026);
  g_assert_cmpint (rk_pdca_hit_year (context, summary, 1, 1), ==, 0);
  g_object_unref (context);
}

static void
count_colours (cairo_surface_t *surface,
               guint           *blue,
               guint           *orange)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  *blue = *orange = 0;
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 px = *(guint32 *) (data + y * stride + 4 * x);
        int r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;

        *blue += b > 180 && r < 80;
        *orange += r > 180 && g > 90 && g < 160 && b < 90;
      }
}

static void
test_trend_chart (void)
{
  g_autoptr(RkLmIndicator) ind = rk_lm_indicator_new ();
  PangoContext *context = rk_lm_create_context ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 360, 180);
  cairo_t *cr = cairo_create (surface);
  guint blue, orange;

  /* Nothing to show: a message, no line. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  rk_trend_chart_draw (cr, context, ind, 360, 180);
  cairo_surface_flush (surface);
  count_colours (surface, &blue, &orange);
  g_assert_cmpuint (blue + orange, ==, 0);

  rk_logic_model_graph_add_value (ind, 2022, RK_VALUE_KIND_BASELINE, 612);
  rk_logic_model_graph_add_value (ind, 2023, RK_VALUE_KIND_ACTUAL, 640);
  rk_logic_model_graph_add_value (ind, 2024, RK_VALUE_KIND_ACTUAL, 702);
  rk_logic_model_graph_add_value (ind, 2025, RK_VALUE_KIND_ACTUAL, 755);
  rk_logic_model_graph_add_value (ind, 2029, RK_VALUE_KIND_TARGET, 850);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  rk_trend_chart_draw (cr, context, ind, 360, 180);
  cairo_surface_flush (surface);
  count_colours (surface, &blue, &orange);
  g_assert_cmpuint (blue, >, 50);     /* the actual line */
  g_assert_cmpuint (orange, >, 20);   /* the target */
  {
    g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL
                                              ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                              "trend-chart.png", NULL);
    cairo_surface_write_to_png (surface, path);
  }

  /* A thumbnail: no labels, still the line. */
  rk_trend_chart_draw (cr, context, ind, 60, 24);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (context);
}

static void
fill_drawing (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  user_data)
{
  guint *calls = user_data;

  (*calls)++;
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

static void
test_report_drawing_block (void)
{
  g_autoptr(RkReport) report = rk_report_new ("drawing");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  const RkReportItem *items;
  RkReportRect body, content;
  guint calls = 0, n_items, pages;

  /* A figure wider than the page shrinks to its width; one that follows a
   * page nearly full of notes starts a new page.
   */
  rk_report_add_heading (report, 1, "図");
  rk_report_add_drawing (report, 2000, 500, fill_drawing, &calls, NULL);
  rk_report_add_notes_space (report, 0);
  rk_report_add_drawing (report, 300, 300, fill_drawing, &calls, NULL);
  pages = rk_report_paginate (report, cr, 595.276, 841.89);
  g_assert_cmpuint (pages, ==, 2);

  _rk_report_get_body (report, &body, &content);
  items = _rk_report_get_items (report, 0, &n_items);
  g_assert_cmpuint (n_items, ==, 3);
  g_assert_cmpint (items[1].kind, ==, RK_ITEM_DRAWING);
  g_assert_cmpfloat (fabs (items[1].height - 500 * body.width / 2000), <, 0.01);
  items = _rk_report_get_items (report, 1, &n_items);
  g_assert_cmpuint (n_items, ==, 1);
  g_assert_cmpint (items[0].kind, ==, RK_ITEM_DRAWING);
  g_assert_cmpfloat (items[0].height, ==, 300);

  rk_report_draw_page (report, cr, 0);
  rk_report_draw_page (report, cr, 1);
  g_assert_cmpuint (calls, ==, 2);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_write_errors (void)
{
  g_autoptr(RkLogicModelGraph) graph = make_graph ();
  g_autoptr(GError) error = NULL;
  RkDiagramFormat format;

  g_assert_false (rk_diagram_format_for_path ("model.jpg", &format, &error));
  g_assert_error (error, RK_DIAGRAM_ERROR, RK_DIAGRAM_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_true (rk_diagram_format_for_path ("MODEL.SVG", &format, &error));
  g_assert_cmpint (format, ==, RK_DIAGRAM_SVG);

  g_assert_false (rk_lm_write (graph, "/nonexistent-dir/model.png", &error));
  g_assert_error (error, RK_REPORT_ERROR, RK_REPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "nonexistent-dir"));
  g_clear_error (&error);
  g_assert_false (rk_lm_write (graph, "/nonexistent-dir/model.pdf", &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/draw/lm-render/logic-model-files", test_logic_model_files);
  g_test_add_func ("/draw/lm-render/large-model-a3", test_large_model_goes_to_a3);
  g_test_add_func ("/draw/lm-render/pdca-files", test_pdca_files);
  g_test_add_func ("/draw/lm-render/pdca-hit-year", test_pdca_hit_year);
  g_test_add_func ("/draw/lm-render/trend-chart", test_trend_chart);
  g_test_add_func ("/draw/lm-render/report-drawing-block", test_report_drawing_block);
  g_test_add_func ("/draw/lm-render/write-errors", test_write_errors);

  return g_test_run ();
}
