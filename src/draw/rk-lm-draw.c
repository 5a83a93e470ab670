/* rk-lm-draw.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-lm-draw"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "rk-diagram.h"
#include "rk-lm-draw.h"

/* Drawing a laid-out logic model on any cairo_t: the tab's canvas, a
 * printed page, a PDF, a PNG or an SVG. Boxes are tinted by level; the
 * indicator lines in a box show the latest value against the target with
 * a coloured dot (met, behind, nothing to compare); a measure carried out
 * by countermeasures of the meetings' issue register has a line that
 * counts them, behind a check-mark tag.
 */

typedef struct
{
  double fill[3];
  double stroke[3];
  double band[3];
} LevelColours;

static const LevelColours level_colours[RK_LM_N_LEVELS] = {
  { { 0.91, 0.95, 0.99 }, { 0.24, 0.44, 0.71 }, { 0.84, 0.90, 0.97 } },   /* 個別施策 */
  { { 0.91, 0.96, 0.92 }, { 0.25, 0.56, 0.29 }, { 0.84, 0.93, 0.85 } },   /* 中間 */
  { { 0.99, 0.94, 0.89 }, { 0.78, 0.48, 0.12 }, { 0.97, 0.89, 0.80 } },   /* 分野 */
  { { 0.95, 0.92, 0.98 }, { 0.49, 0.31, 0.65 }, { 0.91, 0.86, 0.96 } },   /* 最終 */
};

static const double status_colours[3][3] = {
  [RK_LM_STATUS_NONE]   = { 0.62, 0.62, 0.62 },
  [RK_LM_STATUS_BEHIND] = { 0.85, 0.51, 0.17 },
  [RK_LM_STATUS_MET]    = { 0.18, 0.52, 0.25 },
};

/* The countermeasures' tag: apart from the levels' and the statuses' colours. */
static const double action_rgb[3] = { 0.05, 0.47, 0.52 };

#define SELECTED_RGB 0.11, 0.44, 0.85
#define EDGE_RGB 0.35, 0.37, 0.40

void
rk_lm_draw_options_init (RkLmDrawOptions *options)
{
  options->selected = -1;
  options->focused = -1;
  options->clip = NULL;
  options->print = FALSE;
}

static gboolean
meets (const RkLmRect *clip,
       double          x,
       double          y,
       double          width,
       double          height)
{
  return clip == NULL ||
         (x <= clip->x + clip->width && x + width >= clip->x &&
          y <= clip->y + clip->height && y + height >= clip->y);
}

static void
draw_headings (cairo_t          *cr,
               RkLmLayout       *layout)
{
  for (guint c = 0; c < layout->n_columns; c++)
    {
      RkLmLevel level = layout->column_level[c];
      const RkLmRect *r = &layout->column_rect[c];
      g_autoptr(PangoLayout) text = rk_diagram_text (layout->context, rk_lm_level_get_label (level),
                                                     layout->options.font_size * 1.05, TRUE,
                                                     r->width - 8);
      double h = layout->heading_height - 6;

      pango_layout_set_alignment (text, PANGO_ALIGN_CENTER);
      cairo_set_source_rgb (cr, level_colours[level].band[0], level_colours[level].band[1],
                            level_colours[level].band[2]);
      rk_diagram_rounded_rect (cr, r->x, r->y, r->width, h, 4);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
      rk_diagram_show (cr, text, r->x + 4, r->y + (h - rk_diagram_text_height (text)) / 2);
    }
}

static void
draw_edge (cairo_t          *cr,
           RkLmLayout       *layout,
           const RkLmEdge   *edge,
           gboolean          highlight)
{
  GArray *points = edge->points;
  const RkLmPoint *last, *before;
  double size = layout->arrow_size;

  if (points->len < 2)
    return;

  if (highlight)
    cairo_set_source_rgb (cr, SELECTED_RGB);
  else
    cairo_set_source_rgb (cr, EDGE_RGB);
  cairo_set_line_width (cr, highlight ? 1.6 : 0.9);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  last = &g_array_index (points, RkLmPoint, points->len - 1);
  before = &g_array_index (points, RkLmPoint, points->len - 2);

  cairo_move_to (cr, g_array_index (points, RkLmPoint, 0).x, g_array_index (points, RkLmPoint, 0).y);
  for (guint i = 1; i + 1 < points->len; i++)
    cairo_line_to (cr, g_array_index (points, RkLmPoint, i).x,
                   g_array_index (points, RkLmPoint, i).y);
  /* The line stops where the head begins, so the tip stays sharp. */
  {
    double dx = last->x - before->x, dy = last->y - before->y;
    double len = hypot (dx, dy);
    double cut = len > size ? size * 0.8 / len : 0;

    cairo_line_to (cr, last->x - dx * cut, last->y - dy * cut);
    cairo_stroke (cr);
    rk_diagram_arrow_head (cr, last->x, last->y, dx, dy, size);
  }
}

/* A rounded square with a check mark: the countermeasures' tag. */
static void
draw_action_tag (cairo_t *cr,
                 double   x,
                 double   y,
                 double   size)
{
  cairo_new_path (cr);
  cairo_set_source_rgb (cr, action_rgb[0], action_rgb[1], action_rgb[2]);
  rk_diagram_rounded_rect (cr, x, y, size, size, size * 0.2);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, MAX (size * 0.14, 0.6));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, x + size * 0.24, y + size * 0.52);
  cairo_line_to (cr, x + size * 0.43, y + size * 0.72);
  cairo_line_to (cr, x + size * 0.78, y + size * 0.30);
  cairo_stroke (cr);
}

static void
draw_badges (cairo_t                 *cr,
             const RkLogicModelGraph *graph,
             RkLmLayout              *layout,
             RkLmBox                 *box)
{
  RkLmNode *node = g_ptr_array_index (graph->nodes, box->node);
  double x = box->text_rect.x;
  double w = box->text_rect.width;

  rk_lm_layout_ensure_badges (layout, graph, box);

  for (guint k = 0; k < box->n_badges; k++)
    {
      RkLmIndicator *ind = g_ptr_array_index (graph->indicators,
                                              g_array_index (node->indicators, guint, k));
      RkLmStatus status = rk_lm_indicator_get_status (ind);
      PangoLayout *name = g_ptr_array_index (box->badge_layouts, 2 * k);
      PangoLayout *value = g_ptr_array_index (box->badge_layouts, 2 * k + 1);
      double y = box->badge_top + k * box->badge_height;
      double h = box->badge_height - 2;
      double text_h = rk_diagram_text_height (value);
      double value_w = rk_diagram_text_width (value);

      cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
      rk_diagram_rounded_rect (cr, x, y, w, h, h / 2);
      cairo_fill (cr);

      cairo_set_source_rgb (cr, status_colours[status][0], status_colours[status][1],
                            status_colours[status][2]);
      cairo_new_path (cr);
      cairo_arc (cr, x + h / 2, y + h / 2, h * 0.22, 0, 2 * G_PI);
      cairo_fill (cr);

      cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
      rk_diagram_show (cr, name, x + h, y + (h - text_h) / 2);
      cairo_set_source_rgb (cr, 0.08, 0.08, 0.08);
      rk_diagram_show (cr, value, x + w - value_w - 4, y + (h - text_h) / 2);
    }

  if (box->n_actions > 0)
    {
      PangoLayout *text = g_ptr_array_index (box->badge_layouts, 2 * box->n_badges);
      double y = box->actions_top;
      double h = box->badge_height - 2;
      double tag = h * 0.62;

      cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
      rk_diagram_rounded_rect (cr, x, y, w, h, h / 2);
      cairo_fill (cr);
      draw_action_tag (cr, x + (h - tag) / 2, y + (h - tag) / 2, tag);
      cairo_set_source_rgb (cr, action_rgb[0] * 0.6, action_rgb[1] * 0.6, action_rgb[2] * 0.6);
      rk_diagram_show (cr, text, x + h, y + (h - rk_diagram_text_height (text)) / 2);
    }
}

/* Text too small to read (a whole large model fitted on the screen) is
 * drawn as grey lines where its lines are: it looks the same, and costs a
 * fraction of shaping and rasterising thousands of one-pixel glyphs.
 */
static void
draw_text_placeholder (cairo_t        *cr,
                       const RkLmBox  *box)
{
  int n_lines = box->n_lines;
  double line = box->text_rect.height / MAX (n_lines, 1);

  cairo_set_source_rgba (cr, 0, 0, 0, 0.28);
  for (int i = 0; i < n_lines; i++)
    {
      double w = i + 1 < n_lines ? box->text_rect.width : box->text_rect.width * 0.55;

      cairo_rectangle (cr, box->text_rect.x, box->text_rect.y + i * line + line * 0.25, w,
                       line * 0.5);
    }
  for (guint k = 0; k < box->n_badges; k++)
    cairo_rectangle (cr, box->text_rect.x, box->badge_top + k * box->badge_height + 2,
                     box->text_rect.width, box->badge_height - 4);
  if (box->n_actions > 0)
    cairo_rectangle (cr, box->text_rect.x, box->actions_top + 2, box->text_rect.width * 0.5,
                     box->badge_height - 4);
  cairo_fill (cr);
}

static void
draw_box (cairo_t                 *cr,
          const RkLogicModelGraph *graph,
          RkLmLayout              *layout,
          RkLmBox                 *box,
          gboolean                 selected,
          gboolean                 focused,
          gboolean                 readable)
{
  RkLmNode *node = g_ptr_array_index (graph->nodes, box->node);
  const LevelColours *colours = &level_colours[node->level];
  const RkLmRect *r = &box->rect;

  cairo_new_path (cr);
  rk_diagram_rounded_rect (cr, r->x, r->y, r->width, r->height, 5);
  cairo_set_source_rgb (cr, colours->fill[0], colours->fill[1], colours->fill[2]);
  cairo_fill_preserve (cr);
  if (selected)
    {
      cairo_set_source_rgb (cr, SELECTED_RGB);
      cairo_set_line_width (cr, 2.4);
    }
  else
    {
      cairo_set_source_rgb (cr, colours->stroke[0], colours->stroke[1], colours->stroke[2]);
      cairo_set_line_width (cr, 1.0);
    }
  cairo_stroke (cr);

  if (focused)
    {
      static const double dash[] = { 3, 2 };

      cairo_save (cr);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 1.2);
      cairo_set_source_rgb (cr, SELECTED_RGB);
      rk_diagram_rounded_rect (cr, r->x - 3.5, r->y - 3.5, r->width + 7, r->height + 7, 7);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (!readable)
    {
      draw_text_placeholder (cr, box);
      return;
    }

  cairo_set_source_rgb (cr, 0.08, 0.08, 0.08);
  rk_diagram_show (cr, rk_lm_layout_ensure_text (layout, box), box->text_rect.x, box->text_rect.y);
  draw_badges (cr, graph, layout, box);

  if (box->n_more > 0)
    {
      g_autofree char *more = g_strdup_printf ("+%u", box->n_more);
      g_autoptr(PangoLayout) text = rk_diagram_text (layout->context, more,
                                                     layout->options.font_size * 0.8, TRUE, -1);

      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      rk_diagram_show (cr, text, r->x + r->width - rk_diagram_text_width (text) - 4,
                       r->y + r->height - rk_diagram_text_height (text) - 1);
    }
}

/**
 * rk_lm_draw:
 * @cr: where to draw, in the layout's points
 * @options: (nullable): selection, focus, clip
 *
 * Draws the diagram: column headings, arrows, then boxes over them. With a
 * clip, boxes and arrows outside it are skipped, so that a large model
 * scrolls and zooms smoothly.
 */
void
rk_lm_draw (cairo_t                 *cr,
            const RkLogicModelGraph *graph,
            RkLmLayout              *layout,
            const RkLmDrawOptions   *options)
{
  RkLmDrawOptions defaults;
  int selected, focused;
  gboolean readable;

  if (options == NULL)
    {
      rk_lm_draw_options_init (&defaults);
      options = &defaults;
    }
  selected = options->print ? -1 : options->selected;
  focused = options->print ? -1 : options->focused;

  /* How big the text comes out: below about 3 pixels nobody can read it.
   * Vector surfaces (paper, PDF, SVG) always get the text.
   */
  {
    double dx = layout->options.font_size, dy = 0;
    cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));

    cairo_user_to_device_distance (cr, &dx, &dy);
    readable = options->print || hypot (dx, dy) >= 3.0 ||
               (type != CAIRO_SURFACE_TYPE_IMAGE && type != CAIRO_SURFACE_TYPE_XLIB &&
                type != CAIRO_SURFACE_TYPE_XCB);
  }

  cairo_save (cr);
  draw_headings (cr, layout);

  for (guint e = 0; e < layout->edges->len; e++)
    {
      const RkLmEdge *edge = &g_array_index (layout->edges, RkLmEdge, e);
      double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

      for (guint i = 0; i < edge->points->len; i++)
        {
          const RkLmPoint *p = &g_array_index (edge->points, RkLmPoint, i);

          x0 = MIN (x0, p->x), y0 = MIN (y0, p->y);
          x1 = MAX (x1, p->x), y1 = MAX (y1, p->y);
        }
      if (meets (options->clip, x0 - 4, y0 - 4, x1 - x0 + 8, y1 - y0 + 8))
        draw_edge (cr, layout, edge,
                   selected >= 0 && ((int) edge->source == selected || (int) edge->target == selected));
    }

  for (guint i = 0; i < layout->boxes->len; i++)
    {
      RkLmBox *box = &g_array_index (layout->boxes, RkLmBox, i);

      if (meets (options->clip, box->rect.x - 4, box->rect.y - 4, box->rect.width + 8,
                 box->rect.height + 8))
        draw_box (cr, graph, layout, box, (int) i == selected, (int) i == focused, readable);
    }

  cairo_restore (cr);
}

/**
 * rk_lm_draw_legend:
 * @draw: %FALSE to measure only
 *
 * The key to the indicator lines (and, @with_actions, to the
 * countermeasures' tag), on one or more lines from (x, y).
 *
 * Returns: its height
 */
double
rk_lm_draw_legend (cairo_t      *cr,
                   PangoContext *context,
                   double        x,
                   double        y,
                   double        width,
                   gboolean      with_actions,
                   gboolean      draw)
{
  static const RkLmStatus order[] = { RK_LM_STATUS_MET, RK_LM_STATUS_BEHIND, RK_LM_STATUS_NONE };
  const char *labels[] = { _("Target met"), _("Behind target"), _("No target or value") };
  g_autoptr(PangoLayout) note = NULL;
  double size = 8;
  double cx = x;
  double h;

  if (with_actions)
    {
      g_autoptr(PangoLayout) text = rk_diagram_text (context,
                                                     _("Countermeasures decided in meetings "
                                                       "(issue register)"),
                                                     size, FALSE, -1);

      if (draw)
        {
          draw_action_tag (cr, cx + 0.5, y + size * 0.75 - 3.5, 7);
          cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
          rk_diagram_show (cr, text, cx + 10, y);
        }
      cx += 10 + rk_diagram_text_width (text) + 14;
    }

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(PangoLayout) text = rk_diagram_text (context, labels[i], size, FALSE, -1);

      if (draw)
        {
          cairo_set_source_rgb (cr, status_colours[order[i]][0], status_colours[order[i]][1],
                                status_colours[order[i]][2]);
          /* Showing text leaves a current point: start the dot afresh. */
          cairo_new_path (cr);
          cairo_arc (cr, cx + 4, y + size * 0.75, 3, 0, 2 * G_PI);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
          rk_diagram_show (cr, text, cx + 10, y);
        }
      cx += 10 + rk_diagram_text_width (text) + 14;
    }

  note = rk_diagram_text (context,
                          _("Values: the latest actual value (or baseline) / the latest target. "
                            "※ An indicator example not yet checked against its source."),
                          size, FALSE, MAX (width - (cx - x), width / 2));
  h = rk_diagram_text_height (note);
  if (cx - x + rk_diagram_text_width (note) > width)
    {
      /* Not enough room beside the key: the note goes below it. */
      if (draw)
        {
          pango_layout_set_width (note, (int) (width * PANGO_SCALE));
          rk_diagram_show (cr, note, x, y + size * 1.6);
        }
      pango_layout_set_width (note, (int) (width * PANGO_SCALE));
      return size * 1.6 + rk_diagram_text_height (note);
    }
  if (draw)
    rk_diagram_show (cr, note, cx, y);
  return MAX (h, size * 1.5);
}

/**
 * rk_lm_get_title:
 *
 * Returns: (transfer full): "ロジックモデル 1　急変時の対応（さくら圏域）"
 */
char *
rk_lm_get_title (const RkLogicModelGraph *graph)
{
  /* Translators: a logic model's title: its number, its title and the
   * area whose values it shows
   */
  return g_strdup_printf (_("Logic model %d: %s (%s)"), graph->number,
                          graph->title[0] != '\0' ? graph->title : _("Untitled"),
                          graph->area_name);
}

typedef struct
{
  RkLogicModelGraph *graph;   /* borrowed */
  RkLmLayout        *layout;
  PangoContext      *context;
  double             legend_height;
  gboolean           print;
} Figure;

static void
figure_free (Figure *figure)
{
  rk_lm_layout_free (figure->layout);
  g_object_unref (figure->context);
  g_free (figure);
}

static Figure *
figure_new (const RkLogicModelGraph *graph,
            gboolean                 print)
{
  Figure *figure = g_new0 (Figure, 1);

  figure->graph = (RkLogicModelGraph *) graph;
  figure->context = rk_lm_create_context ();
  figure->layout = rk_lm_layout_new (graph, figure->context, NULL);
  figure->print = print;
  figure->legend_height = graph->indicators->len > 0 || graph->actions->len > 0
                          ? 8 + rk_lm_draw_legend (NULL, figure->context, 0, 0,
                                                   figure->layout->width - 36,
                                                   graph->actions->len > 0, FALSE)
                          : 0;
  return figure;
}

static void
figure_draw (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  Figure *figure = user_data;
  RkLmDrawOptions options;

  rk_lm_draw_options_init (&options);
  options.print = figure->print;
  rk_lm_draw (cr, figure->graph, figure->layout, &options);
  if (figure->legend_height > 0)
    rk_lm_draw_legend (cr, figure->context, figure->layout->options.margin,
                       figure->layout->height, width - 2 * figure->layout->options.margin,
                       figure->graph->actions->len > 0, TRUE);
}

/**
 * rk_lm_create_report:
 *
 * The model as a printable document: its title and the diagram, fitted to
 * A3 landscape when it is large and A4 landscape otherwise. @graph must
 * outlive the report.
 *
 * Returns: (transfer full): the report
 */
RkReport *
rk_lm_create_report (const RkLogicModelGraph *graph)
{
  g_autofree char *title = rk_lm_get_title (graph);
  RkReport *report = rk_report_new (title);
  Figure *figure = figure_new (graph, TRUE);
  double w = figure->layout->width;
  double h = figure->layout->height + figure->legend_height;

  /* A4 landscape holds about 740 × 470 pt of diagram; beyond that A3. */
  rk_report_set_paper (report, w > 760 || h > 480 ? RK_PAPER_A3 : RK_PAPER_A4,
                       RK_ORIENTATION_LANDSCAPE);
  rk_report_set_margins (report, 12, 12, 12, 12);
  rk_report_set_header (report, graph->area_name, NULL, NULL);
  rk_report_add_heading (report, 1, title);
  rk_report_add_drawing (report, w, h, figure_draw, figure, (GDestroyNotify) figure_free);

  return report;
}

static void
image_draw (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  user_data)
{
  figure_draw (cr, width, height, user_data);
}

/**
 * rk_lm_write:
 * @path: ends in .png, .pdf or .svg
 *
 * Writes the diagram of a model: a PNG or SVG image of its natural size
 * under its title, or a PDF of the printed page.
 */
gboolean
rk_lm_write (const RkLogicModelGraph  *graph,
             const char               *path,
             GError                  **error)
{
  RkDiagramFormat format;

  if (!rk_diagram_format_for_path (path, &format, error))
    return FALSE;

  if (format == RK_DIAGRAM_PDF)
    {
      g_autoptr(RkReport) report = rk_lm_create_report (graph);
      return rk_report_write_pdf (report, path, error);
    }
  else
    {
      g_autofree char *title = rk_lm_get_title (graph);
      Figure *figure = figure_new (graph, TRUE);
      gboolean ok;

      ok = rk_diagram_write_image (path, format, title, figure->layout->width,
                                   figure->layout->height + figure->legend_height, image_draw,
                                   figure, error);
      figure_free (figure);
      return ok;
    }
}
