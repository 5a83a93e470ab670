/* rk-pdca-draw.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-pdca-draw"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "rk-diagram.h"
#include "rk-lm-layout.h"
#include "rk-pdca-draw.h"

/* The four stages sit in a square, clockwise from the top left as the
 * cycle turns (計画 top left, 実行 top right, 評価 bottom right, 改善
 * bottom left), with arrows between them in the gaps and the year in the
 * middle. Every length is in points.
 */

#define MARGIN       18.0
#define STAGE_WIDTH  340.0
#define GAP          96.0
#define PAD          8.0
#define FONT         9.0
#define HEAD_FONT    11.0
#define MAX_ITEMS    10
#define HISTORY_ROW  26.0
#define YEAR_WIDTH   92.0

static const double stage_rgb[RK_PDCA_N_STAGES][3] = {
  { 0.24, 0.44, 0.71 },   /* 計画 */
  { 0.25, 0.56, 0.29 },   /* 実行 */
  { 0.78, 0.48, 0.12 },   /* 評価 */
  { 0.49, 0.31, 0.65 },   /* 改善 */
};

static const double status_rgb[3][3] = {
  [RK_LM_STATUS_NONE]   = { 0.55, 0.55, 0.55 },
  [RK_LM_STATUS_BEHIND] = { 0.85, 0.51, 0.17 },
  [RK_LM_STATUS_MET]    = { 0.18, 0.52, 0.25 },
};

typedef struct
{
  RkLmRect     stage[RK_PDCA_N_STAGES];
  double       head_height;
  double       cycle_height;      /* the square of stages */
  double       history_top;
  double       width;
  double       height;
  guint        years_per_row;
} Geometry;

static PangoLayout *
item_layout (PangoContext     *context,
             const RkPdcaItem *item)
{
  return rk_diagram_text (context, item->text, FONT, FALSE, STAGE_WIDTH - 2 * PAD - 14);
}

static double
stage_content_height (PangoContext        *context,
                      const RkPdcaSummary *summary,
                      RkPdcaStage          stage)
{
  GPtrArray *items = summary->items[stage];
  double h = 0;

  for (guint i = 0; i < items->len && i < MAX_ITEMS; i++)
    {
      g_autoptr(PangoLayout) layout = item_layout (context, g_ptr_array_index (items, i));
      h += rk_diagram_text_height (layout) + 3;
    }
  if (items->len > MAX_ITEMS || items->len == 0)
    h += FONT * 1.6;
  return h;
}

static void
compute (PangoContext        *context,
         const RkPdcaSummary *summary,
         Geometry            *g)
{
  double heights[RK_PDCA_N_STAGES];
  double top_row, bottom_row;
  guint n_years = summary->years->len;
  guint rows;

  g->head_height = HEAD_FONT * 2.6;
  for (guint s = 0; s < RK_PDCA_N_STAGES; s++)
    heights[s] = g->head_height + stage_content_height (context, summary, s) + PAD;

  top_row = MAX (MAX (heights[RK_PDCA_PLAN], heights[RK_PDCA_DO]), 90);
  bottom_row = MAX (MAX (heights[RK_PDCA_CHECK], heights[RK_PDCA_ACT]), 90);

  g->stage[RK_PDCA_PLAN] = (RkLmRect) { MARGIN, MARGIN, STAGE_WIDTH, top_row };
  g->stage[RK_PDCA_DO] = (RkLmRect) { MARGIN + STAGE_WIDTH + GAP, MARGIN, STAGE_WIDTH, top_row };
  g->stage[RK_PDCA_CHECK] = (RkLmRect) { MARGIN + STAGE_WIDTH + GAP, MARGIN + top_row + GAP,
                                         STAGE_WIDTH, bottom_row };
  g->stage[RK_PDCA_ACT] = (RkLmRect) { MARGIN, MARGIN + top_row + GAP, STAGE_WIDTH, bottom_row };

  g->width = 2 * MARGIN + 2 * STAGE_WIDTH + GAP;
  g->cycle_height = top_row + GAP + bottom_row;
  g->history_top = MARGIN + g->cycle_height + 22;
  g->years_per_row = MAX (1, (guint) ((g->width - 2 * MARGIN) / YEAR_WIDTH));
  rows = (n_years + g->years_per_row - 1) / g->years_per_row;
  g->height = g->history_top + HEAD_FONT * 1.8 + rows * (HISTORY_ROW * 2 + 6) + MARGIN;
}

void
rk_pdca_measure (PangoContext        *context,
                 const RkPdcaSummary *summary,
                 double              *width,
                 double              *height)
{
  Geometry g;

  compute (context, summary, &g);
  *width = g.width;
  *height = g.height;
}

static void
set_rgb (cairo_t      *cr,
         const double  rgb[3],
         double        alpha)
{
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], alpha);
}

static void
draw_stage (cairo_t             *cr,
            PangoContext        *context,
            const RkPdcaSummary *summary,
            const Geometry      *g,
            RkPdcaStage          stage,
            gboolean             current,
            gboolean             reached)
{
  const RkLmRect *r = &g->stage[stage];
  GPtrArray *items = summary->items[stage];
  g_autofree char *heading = g_strdup_printf ("%s　%s", rk_pdca_stage_get_label (stage),
                                              rk_pdca_stage_get_description (stage));
  g_autoptr(PangoLayout) head = rk_diagram_text (context, heading, HEAD_FONT, TRUE,
                                                 STAGE_WIDTH - 2 * PAD - 60);
  double y;

  /* The current stage stands out; stages not reached yet stay pale. */
  rk_diagram_rounded_rect (cr, r->x, r->y, r->width, r->height, 8);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  set_rgb (cr, stage_rgb[stage], current ? 0.16 : reached ? 0.07 : 0.02);
  cairo_fill_preserve (cr);
  set_rgb (cr, stage_rgb[stage], reached || current ? 1.0 : 0.45);
  cairo_set_line_width (cr, current ? 3.0 : 1.0);
  cairo_stroke (cr);

  rk_diagram_rounded_rect (cr, r->x, r->y, r->width, g->head_height - 4, 8);
  set_rgb (cr, stage_rgb[stage], current ? 1.0 : reached ? 0.75 : 0.35);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  rk_diagram_show (cr, head, r->x + PAD, r->y + (g->head_height - 4 - rk_diagram_text_height (head)) / 2);

  if (current || (reached && stage != summary->stage))
    {
      g_autoptr(PangoLayout) tag = rk_diagram_text (context,
                                                    current ? C_("PDCA stage", "Now")
                                                            : C_("PDCA stage", "Done"),
                                                    FONT, TRUE, -1);
      double tw = rk_diagram_text_width (tag) + 12;
      double th = rk_diagram_text_height (tag) + 2;
      double tx = r->x + r->width - tw - PAD;
      double ty = r->y + (g->head_height - 4 - th) / 2;

      rk_diagram_rounded_rect (cr, tx, ty, tw, th, th / 2);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill (cr);
      set_rgb (cr, stage_rgb[stage], 1);
      rk_diagram_show (cr, tag, tx + 6, ty + 1);
    }

  y = r->y + g->head_height + 2;
  for (guint i = 0; i < items->len && i < MAX_ITEMS; i++)
    {
      RkPdcaItem *item = g_ptr_array_index (items, i);
      g_autoptr(PangoLayout) layout = item_layout (context, item);

      /* ◆ for what the indicators say, a dot for what the user wrote;
       * evaluated values in the colour of their result.
       */
      if (item->derived)
        {
          set_rgb (cr, stage == RK_PDCA_CHECK ? status_rgb[item->status] : stage_rgb[stage], 1);
          cairo_new_path (cr);
          cairo_move_to (cr, r->x + PAD + 4, y + FONT * 0.35);
          cairo_rel_line_to (cr, 3.5, 3.5);
          cairo_rel_line_to (cr, -3.5, 3.5);
          cairo_rel_line_to (cr, -3.5, -3.5);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
      else
        {
          set_rgb (cr, stage_rgb[stage], 1);
          cairo_new_path (cr);
          cairo_arc (cr, r->x + PAD + 4, y + FONT * 0.75, 2.2, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      rk_diagram_show (cr, layout, r->x + PAD + 14, y);
      y += rk_diagram_text_height (layout) + 3;
    }

  if (items->len == 0 || items->len > MAX_ITEMS)
    {
      g_autofree char *more = items->len == 0
        ? g_strdup (_("Nothing recorded yet"))
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                        items->len - MAX_ITEMS), items->len - MAX_ITEMS);
      g_autoptr(PangoLayout) layout = rk_diagram_text (context, more, FONT, FALSE, -1);

      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      rk_diagram_show (cr, layout, r->x + PAD + 14, y);
    }
}

static void
draw_cycle_arrows (cairo_t        *cr,
                   const Geometry *g)
{
  const RkLmRect *p = &g->stage[RK_PDCA_PLAN];
  const RkLmRect *d = &g->stage[RK_PDCA_DO];
  const RkLmRect *c = &g->stage[RK_PDCA_CHECK];
  const RkLmRect *a = &g->stage[RK_PDCA_ACT];
  double size = 9;
  struct { double x0, y0, x1, y1; } arrows[4] = {
    { p->x + p->width + 6, p->y + p->height / 2, d->x - 6, d->y + d->height / 2 },
    { d->x + d->width / 2, d->y + d->height + 6, c->x + c->width / 2, c->y - 6 },
    { c->x - 6, c->y + c->height / 2, a->x + a->width + 6, a->y + a->height / 2 },
    { a->x + a->width / 2, a->y - 6, p->x + p->width / 2, p->y + p->height + 6 },
  };

  cairo_set_source_rgb (cr, 0.45, 0.47, 0.50);
  cairo_set_line_width (cr, 3);
  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      double dx = arrows[i].x1 - arrows[i].x0, dy = arrows[i].y1 - arrows[i].y0;
      double len = hypot (dx, dy);

      cairo_move_to (cr, arrows[i].x0, arrows[i].y0);
      cairo_line_to (cr, arrows[i].x1 - dx / len * size, arrows[i].y1 - dy / len * size);
      cairo_stroke (cr);
      rk_diagram_arrow_head (cr, arrows[i].x1, arrows[i].y1, dx, dy, size + 3);
    }
}

static void
draw_centre (cairo_t             *cr,
             PangoContext        *context,
             const RkPdcaSummary *summary,
             const Geometry      *g)
{
  double cx = MARGIN + STAGE_WIDTH + GAP / 2;
  double cy = MARGIN + g->stage[RK_PDCA_PLAN].height + GAP / 2;
  g_autofree char *year = rk_fiscal_year_to_string (summary->fiscal_year);
  g_autoptr(PangoLayout) year_layout = rk_diagram_text (context, year, HEAD_FONT, TRUE, -1);
  double radius = GAP / 2 - 6;

  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  if (summary->recorded)
    set_rgb (cr, stage_rgb[summary->stage], 1);
  else
    cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  rk_diagram_show (cr, year_layout, cx - rk_diagram_text_width (year_layout) / 2,
                   cy - rk_diagram_text_height (year_layout) + 1);
  {
    g_autoptr(PangoLayout) stage = rk_diagram_text (context,
                                                    summary->recorded
                                                    ? rk_pdca_stage_get_label (summary->stage)
                                                    : _("Not started"),
                                                    FONT, FALSE, -1);

    if (summary->recorded)
      set_rgb (cr, stage_rgb[summary->stage], 1);
    rk_diagram_show (cr, stage, cx - rk_diagram_text_width (stage) / 2, cy + 2);
  }
}

static void
year_rect (const Geometry *g,
           guint           i,
           RkLmRect       *r)
{
  guint row = i / g->years_per_row;
  guint col = i % g->years_per_row;

  r->x = MARGIN + col * YEAR_WIDTH;
  r->y = g->history_top + HEAD_FONT * 1.8 + row * (HISTORY_ROW * 2 + 6);
  r->width = YEAR_WIDTH - 6;
  r->height = HISTORY_ROW * 2;
}

static void
draw_history (cairo_t             *cr,
              PangoContext        *context,
              const RkPdcaSummary *summary,
              const Geometry      *g)
{
  g_autoptr(PangoLayout) title = rk_diagram_text (context, _("Yearly history"), HEAD_FONT, TRUE, -1);
  g_autoptr(PangoLayout) key = rk_diagram_text (context,
                                                _("◆ from the indicators   ● recorded by the base"),
                                                FONT * 0.9, FALSE, -1);

  cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
  rk_diagram_show (cr, title, MARGIN, g->history_top);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  rk_diagram_show (cr, key, g->width - MARGIN - rk_diagram_text_width (key),
                   g->history_top + rk_diagram_text_height (title) - rk_diagram_text_height (key));

  for (guint i = 0; i < summary->years->len; i++)
    {
      const RkPdcaYear *year = &g_array_index (summary->years, RkPdcaYear, i);
      g_autofree char *label = rk_fiscal_year_to_string (year->fiscal_year);
      g_autoptr(PangoLayout) label_layout = rk_diagram_text (context, label, FONT, TRUE, -1);
      g_autofree char *counts = NULL;
      g_autoptr(PangoLayout) counts_layout = NULL;
      gboolean shown = year->fiscal_year == summary->fiscal_year;
      RkLmRect r;
      double seg;

      year_rect (g, i, &r);
      rk_diagram_rounded_rect (cr, r.x, r.y, r.width, r.height, 5);
      cairo_set_source_rgb (cr, shown ? 0.93 : 0.97, shown ? 0.95 : 0.97, shown ? 0.99 : 0.97);
      cairo_fill_preserve (cr);
      if (shown)
        cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
      else
        cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
      cairo_set_line_width (cr, shown ? 2 : 0.8);
      cairo_stroke (cr);

      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      rk_diagram_show (cr, label_layout, r.x + 5, r.y + 3);

      /* Four cells, P D C A, filled up to the stage the year reached. */
      seg = (r.width - 10) / RK_PDCA_N_STAGES;
      for (guint s = 0; s < RK_PDCA_N_STAGES; s++)
        {
          cairo_rectangle (cr, r.x + 5 + s * seg, r.y + HISTORY_ROW - 4, seg - 2, 7);
          if (year->recorded && s <= year->stage)
            set_rgb (cr, stage_rgb[s], 1);
          else
            cairo_set_source_rgb (cr, 0.86, 0.86, 0.86);
          cairo_fill (cr);
        }

      if (year->n_met + year->n_behind > 0)
        /* Translators: a year in the PDCA history: indicators met / behind target */
        counts = g_strdup_printf (_("met %u · behind %u"), year->n_met, year->n_behind);
      else if (!year->recorded)
        counts = g_strdup (_("no cycle"));
      else
        counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line", "%u lines",
                                               year->n_entries), year->n_entries);
      counts_layout = rk_diagram_text (context, counts, FONT * 0.8, FALSE, r.width - 10);
      pango_layout_set_ellipsize (counts_layout, PANGO_ELLIPSIZE_END);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      rk_diagram_show (cr, counts_layout, r.x + 5, r.y + HISTORY_ROW + 6);
    }
}

/**
 * rk_pdca_draw:
 * @cr: where to draw, in points from the diagram's top left corner
 * @print: for paper (no difference yet but the intent)
 *
 * Draws the diagram at its natural size (rk_pdca_measure()).
 */
void
rk_pdca_draw (cairo_t             *cr,
              PangoContext        *context,
              const RkPdcaSummary *summary,
              gboolean             print)
{
  Geometry g;

  compute (context, summary, &g);

  cairo_save (cr);
  draw_cycle_arrows (cr, &g);
  for (guint s = 0; s < RK_PDCA_N_STAGES; s++)
    draw_stage (cr, context, summary, &g, s, summary->recorded && s == summary->stage,
                summary->recorded && s <= summary->stage);
  draw_centre (cr, context, summary, &g);
  draw_history (cr, context, summary, &g);
  cairo_restore (cr);
}

/**
 * rk_pdca_hit_year:
 *
 * Returns: the fiscal year whose history cell holds the point, or 0
 */
int
rk_pdca_hit_year (PangoContext        *context,
                  const RkPdcaSummary *summary,
                  double               x,
                  double               y)
{
  Geometry g;

  compute (context, summary, &g);
  for (guint i = 0; i < summary->years->len; i++)
    {
      RkLmRect r;

      year_rect (&g, i, &r);
      if (x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height)
        return g_array_index (summary->years, RkPdcaYear, i).fiscal_year;
    }

  return 0;
}

char *
rk_pdca_get_title (const RkPdcaSummary *summary)
{
  g_autofree char *year = rk_fiscal_year_to_string (summary->fiscal_year);

  /* Translators: the PDCA diagram's title: fiscal year, model number, model title */
  return g_strdup_printf (_("PDCA cycle %s — logic model %d: %s"), year, summary->number,
                          summary->title[0] != '\0' ? summary->title : _("Untitled"));
}

typedef struct
{
  RkPdcaSummary *summary;   /* borrowed */
  PangoContext  *context;
} Figure;

static void
figure_free (Figure *figure)
{
  g_object_unref (figure->context);
  g_free (figure);
}

static void
figure_draw (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  Figure *figure = user_data;

  rk_pdca_draw (cr, figure->context, figure->summary, TRUE);
}

/**
 * rk_pdca_create_report:
 *
 * The diagram as a printable A4 landscape page. @summary must outlive
 * the report.
 *
 * Returns: (transfer full): the report
 */
RkReport *
rk_pdca_create_report (const RkPdcaSummary *summary)
{
  g_autofree char *title = rk_pdca_get_title (summary);
  RkReport *report = rk_report_new (title);
  Figure *figure = g_new0 (Figure, 1);
  double w, h;

  figure->summary = (RkPdcaSummary *) summary;
  figure->context = rk_lm_create_context ();
  rk_pdca_measure (figure->context, summary, &w, &h);

  rk_report_set_paper (report, RK_PAPER_A4, RK_ORIENTATION_LANDSCAPE);
  rk_report_set_margins (report, 12, 12, 12, 12);
  rk_report_set_header (report, summary->area_name, NULL, NULL);
  rk_report_add_heading (report, 1, title);
  rk_report_add_drawing (report, w, h, figure_draw, figure, (GDestroyNotify) figure_free);
  return report;
}

/**
 * rk_pdca_write:
 * @path: ends in .png, .pdf or .svg
 */
gboolean
rk_pdca_write (const RkPdcaSummary  *summary,
               const char           *path,
               GError              **error)
{
  RkDiagramFormat format;

  if (!rk_diagram_format_for_path (path, &format, error))
    return FALSE;

  if (format == RK_DIAGRAM_PDF)
    {
      g_autoptr(RkReport) report = rk_pdca_create_report (summary);
      return rk_report_write_pdf (report, path, error);
    }
  else
    {
      g_autofree char *title = rk_pdca_get_title (summary);
      Figure figure = { (RkPdcaSummary *) summary, rk_lm_create_context () };
      double w, h;
      gboolean ok;

      rk_pdca_measure (figure.context, summary, &w, &h);
      ok = rk_diagram_write_image (path, format, title, w, h, figure_draw, &figure, error);
      g_object_unref (figure.context);
      return ok;
    }
}
