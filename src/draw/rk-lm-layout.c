/* rk-lm-layout.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-lm-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "rk-diagram.h"
#include "rk-lm-layout.h"
#include "rk-lm-layout-private.h"
#include "rk-lm-text.h"

/* The layout is a layered drawing in the manner of Sugiyama:
 *
 * 1. Columns: one per level the model uses. An arrow that skips a column
 *    gets a placeholder ("dummy") in each column it crosses, so that it
 *    passes through a gap kept free for it instead of through a box.
 * 2. Order: barycentre sweeps, left to right and back, move each item
 *    towards the mean position of its neighbours; the order with the
 *    fewest crossings wins, the model's own order included, so the result
 *    is never worse than no ordering at all.
 * 3. Heights: the text is wrapped to the box width with Pango, which sets
 *    each box's height.
 * 4. Positions: each column's items are pulled towards their neighbours'
 *    centres by isotonic regression (pool adjacent violators), which keeps
 *    their order and the gaps between them.
 * 5. Arrows: a box's arrows leave and enter at ports spread along its
 *    right and left sides. Between two columns an arrow runs across, up or
 *    down in a lane of its own, and across again; lanes are ordered so
 *    that arrows going the same way do not cross, and the gap widens when
 *    it needs more lanes. Through a skipped column an arrow runs level
 *    across its placeholder.
 */

#define DUMMY_HEIGHT 4.0
#define LANE_SPACING 5.0
#define PORT_MARGIN  5.0

typedef struct
{
  int     node;         /* graph node, or -1 for a placeholder */
  guint   column;
  double  height;
  double  y;            /* top */
  double  key;          /* sort key while ordering */
  guint   order;
  GArray *left;         /* guint: items in column - 1 linked to this one */
  GArray *right;        /* guint: items in column + 1 */
} Item;

typedef struct
{
  guint  a;             /* item in column c */
  guint  b;             /* item in column c + 1 */
  guint  edge;
  double ya;            /* port heights */
  double yb;
  double lane_x;
} Segment;

typedef struct
{
  const RkLogicModelGraph *graph;
  RkLmLayout              *layout;
  GArray                  *items;        /* Item */
  GArray                  *columns[RK_LM_N_LEVELS];  /* guint item indexes, in order */
  GArray                  *segments;     /* Segment */
  GArray                  *edge_segments; /* per edge: first segment index */
  int                      level_column[RK_LM_N_LEVELS];
} Builder;

void
rk_lm_layout_options_init (RkLmLayoutOptions *options)
{
  memset (options, 0, sizeof *options);
  options->font_family = "Noto Sans CJK JP, Sans";
  options->font_size = 9.5;
  options->box_width = 168;
  options->column_gap = 56;
  options->row_gap = 12;
  options->padding = 6;
  options->margin = 18;
  options->max_badges = 2;
  options->sweeps = 12;
}

/**
 * rk_lm_create_context:
 *
 * A Pango context for measuring diagrams the same way on screen, in PDF
 * and on paper: 72 dpi (a point is a unit), unhinted metrics, Japanese.
 *
 * Returns: (transfer full): the context
 */
PangoContext *
rk_lm_create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *fo = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, fo);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("ja"));
  cairo_font_options_destroy (fo);

  return context;
}

/*
 * Items and columns
 */

static Item *
item_at (Builder *b,
         guint    i)
{
  return &g_array_index (b->items, Item, i);
}

static guint
add_item (Builder *b,
          int      node,
          guint    column)
{
  Item item = { node, column, DUMMY_HEIGHT, 0, 0, 0, NULL, NULL };
  guint index = b->items->len;

  item.left = g_array_new (FALSE, FALSE, sizeof (guint));
  item.right = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (b->items, item);
  g_array_append_val (b->columns[column], index);
  return index;
}

static void
connect_items (Builder *b,
               guint    a,
               guint    c,
               guint    edge)
{
  Segment s = { a, c, edge, 0, 0, 0 };

  g_array_append_val (item_at (b, a)->right, c);
  g_array_append_val (item_at (b, c)->left, a);
  g_array_append_val (b->segments, s);
}

static void
build_columns (Builder *b)
{
  RkLmLayout *layout = b->layout;
  g_autofree guint *node_item = g_new0 (guint, b->graph->nodes->len + 1);
  gboolean used[RK_LM_N_LEVELS] = { FALSE };

  for (guint i = 0; i < b->graph->nodes->len; i++)
    used[((RkLmNode *) g_ptr_array_index (b->graph->nodes, i))->level] = TRUE;

  layout->n_columns = 0;
  for (guint l = 0; l < RK_LM_N_LEVELS; l++)
    {
      b->level_column[l] = used[l] ? (int) layout->n_columns : -1;
      if (used[l])
        layout->column_level[layout->n_columns++] = l;
    }
  for (guint c = 0; c < RK_LM_N_LEVELS; c++)
    b->columns[c] = g_array_new (FALSE, FALSE, sizeof (guint));

  /* The graph lists nodes by level and then the user's order. */
  for (guint i = 0; i < b->graph->nodes->len; i++)
    {
      RkLmNode *node = g_ptr_array_index (b->graph->nodes, i);

      node_item[i] = add_item (b, i, b->level_column[node->level]);
    }

  for (guint e = 0; e < b->graph->links->len; e++)
    {
      RkLmLink *link = &g_array_index (b->graph->links, RkLmLink, e);
      RkLmNode *s = g_ptr_array_index (b->graph->nodes, link->source);
      RkLmNode *t = g_ptr_array_index (b->graph->nodes, link->target);
      int cs = b->level_column[s->level];
      int ct = b->level_column[t->level];
      guint prev = node_item[link->source];
      guint first = b->segments->len;

      g_array_append_val (b->edge_segments, first);

      /* Links from a higher level down are not drawn (the core refuses
       * them); nor are links to the same column.
       */
      if (ct <= cs)
        continue;

      for (int c = cs + 1; c < ct; c++)
        {
          guint dummy = add_item (b, -1, c);

          connect_items (b, prev, dummy, e);
          prev = dummy;
        }
      connect_items (b, prev, node_item[link->target], e);
    }
  {
    guint end = b->segments->len;
    g_array_append_val (b->edge_segments, end);
  }
}

/*
 * Ordering
 */

static void
renumber (Builder *b)
{
  for (guint c = 0; c < b->layout->n_columns; c++)
    for (guint k = 0; k < b->columns[c]->len; k++)
      item_at (b, g_array_index (b->columns[c], guint, k))->order = k;
}

static int
compare_pairs (gconstpointer x,
               gconstpointer y)
{
  const guint *p = x, *q = y;

  if (p[0] != q[0])
    return p[0] < q[0] ? -1 : 1;
  return p[1] < q[1] ? -1 : p[1] > q[1];
}

/* Crossings between two adjacent columns: pairs of segments whose ends
 * are in opposite orders, counted as inversions with a Fenwick tree in
 * O(E log V) (sorted by their left ends, a segment crosses every earlier
 * one whose right end is lower down).
 */
static guint
count_between (Builder *b,
               guint    c)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  guint size = b->columns[c + 1]->len + 1;
  g_autofree guint *tree = g_new0 (guint, size + 1);
  guint n = 0;

  for (guint k = 0; k < b->columns[c]->len; k++)
    {
      Item *a = item_at (b, g_array_index (b->columns[c], guint, k));

      for (guint r = 0; r < a->right->len; r++)
        {
          guint pair[2] = { a->order, item_at (b, g_array_index (a->right, guint, r))->order };
          g_array_append_val (pairs, pair);
        }
    }
  g_array_sort (pairs, compare_pairs);

  for (guint i = 0; i < pairs->len; i++)
    {
      guint pos = g_array_index (pairs, guint, 2 * i + 1) + 1;
      guint not_above = 0;

      /* Earlier segments ending at or above this one's end. */
      for (guint j = pos; j > 0; j -= j & -j)
        not_above += tree[j];
      n += i - not_above;
      for (guint j = pos; j <= size; j += j & -j)
        tree[j]++;
    }

  return n;
}

static guint
count_crossings (Builder *b)
{
  guint n = 0;

  renumber (b);
  for (guint c = 0; c + 1 < b->layout->n_columns; c++)
    n += count_between (b, c);
  return n;
}

static int
compare_keys (gconstpointer x,
              gconstpointer y,
              gpointer      data)
{
  Builder *b = data;
  const Item *a = item_at (b, *(const guint *) x);
  const Item *c = item_at (b, *(const guint *) y);

  if (a->key != c->key)
    return a->key < c->key ? -1 : 1;
  return (int) a->order - (int) c->order;
}

/* Sorts column @c by the mean order of each item's neighbours on the
 * given side; an item without neighbours there keeps its place.
 */
static void
sort_by_barycentre (Builder  *b,
                    guint     c,
                    gboolean  use_left)
{
  GArray *column = b->columns[c];

  for (guint k = 0; k < column->len; k++)
    {
      Item *item = item_at (b, g_array_index (column, guint, k));
      GArray *side = use_left ? item->left : item->right;
      double sum = 0;

      if (side->len == 0)
        {
          item->key = item->order;
          continue;
        }
      for (guint i = 0; i < side->len; i++)
        sum += item_at (b, g_array_index (side, guint, i))->order;
      item->key = sum / side->len;
    }

  g_array_sort_with_data (column, compare_keys, b);
  for (guint k = 0; k < column->len; k++)
    item_at (b, g_array_index (column, guint, k))->order = k;
}

static GArray **
save_order (Builder *b)
{
  GArray **saved = g_new0 (GArray *, RK_LM_N_LEVELS);

  for (guint c = 0; c < b->layout->n_columns; c++)
    saved[c] = g_array_copy (b->columns[c]);
  return saved;
}

static void
restore_order (Builder  *b,
               GArray  **saved)
{
  for (guint c = 0; c < b->layout->n_columns; c++)
    {
      g_array_unref (b->columns[c]);
      b->columns[c] = g_array_copy (saved[c]);
    }
  renumber (b);
}

static void
free_order (Builder  *b,
            GArray  **saved)
{
  for (guint c = 0; c < RK_LM_N_LEVELS; c++)
    if (saved[c] != NULL)
      g_array_unref (saved[c]);
  g_free (saved);
}

static void
order_columns (Builder *b)
{
  RkLmLayout *layout = b->layout;
  GArray **best;
  guint best_n;

  layout->initial_crossings = count_crossings (b);
  best_n = layout->initial_crossings;
  best = save_order (b);

  for (guint sweep = 0; sweep < layout->options.sweeps && best_n > 0 && !layout->options.keep_order;
       sweep++)
    {
      guint n;

      for (guint c = 1; c < layout->n_columns; c++)
        sort_by_barycentre (b, c, TRUE);
      for (guint c = layout->n_columns - 1; c-- > 0;)
        sort_by_barycentre (b, c, FALSE);

      n = count_crossings (b);
      if (n < best_n)
        {
          free_order (b, best);
          best = save_order (b);
          best_n = n;
        }
    }

  restore_order (b, best);
  free_order (b, best);
  layout->crossings = best_n;
}

/*
 * Text and heights
 */

static PangoFontDescription *
font_for (RkLmLayout *layout,
          double      scale)
{
  PangoFontDescription *font = pango_font_description_from_string (layout->options.font_family);

  pango_font_description_set_absolute_size (font, layout->options.font_size * scale * PANGO_SCALE);
  return font;
}

static char *
badge_value_text (const RkLmIndicator *ind)
{
  g_autofree char *current = NULL;
  g_autofree char *target = NULL;

  current = rk_indicator_format_value (ind->current, NULL);
  if (isnan (ind->target))
    return g_strdup_printf ("%s %s", current, ind->unit);

  target = rk_indicator_format_value (ind->target, NULL);
  /* current／target unit: the legend explains it */
  return g_strdup_printf ("%s／%s %s", current, target, ind->unit);
}

/**
 * rk_lm_layout_ensure_badges:
 *
 * Makes the texts of a box's indicator lines. Their height is fixed, so
 * the layout does not need them: the renderer asks for them when it first
 * draws the box, which keeps laying out a large model fast.
 */
void
rk_lm_layout_ensure_badges (RkLmLayout              *layout,
                            const RkLogicModelGraph *graph,
                            RkLmBox                 *box)
{
  RkLmNode *node = g_ptr_array_index (graph->nodes, box->node);
  double width = box->text_rect.width;
  PangoFontDescription *font;
  double badge_height = box->badge_height;

  if (box->badge_layouts != NULL)
    return;

  font = font_for (layout, 0.85);
  box->badge_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < box->n_badges; k++)
    {
      RkLmIndicator *ind = g_ptr_array_index (graph->indicators,
                                              g_array_index (node->indicators, guint, k));
      g_autofree char *value = badge_value_text (ind);
      /* Indicators not checked against their source are marked, never
       * shown as if they were established fact.
       */
      g_autofree char *name = g_strconcat (ind->verified ? "" : "※", ind->name, NULL);
      PangoLayout *name_layout = pango_layout_new (layout->context);
      PangoLayout *value_layout = pango_layout_new (layout->context);
      double value_width;

      pango_layout_set_font_description (value_layout, font);
      pango_layout_set_text (value_layout, value, -1);
      value_width = MIN (rk_diagram_text_width (value_layout), width * 0.6);
      pango_layout_set_width (value_layout, (int) (value_width * PANGO_SCALE));
      pango_layout_set_ellipsize (value_layout, PANGO_ELLIPSIZE_END);

      pango_layout_set_font_description (name_layout, font);
      pango_layout_set_text (name_layout, name, -1);
      /* The dot takes a line height on the left, the value its width on
       * the right, with a little air between.
       */
      pango_layout_set_width (name_layout,
                              (int) (MAX (width - value_width - badge_height - 6, 10) * PANGO_SCALE));
      pango_layout_set_ellipsize (name_layout, PANGO_ELLIPSIZE_END);

      g_ptr_array_add (box->badge_layouts, name_layout);
      g_ptr_array_add (box->badge_layouts, value_layout);
    }

  if (box->n_actions > 0)
    {
      PangoLayout *actions = pango_layout_new (layout->context);
      g_autofree char *text = NULL;

      if (box->n_actions_done > 0)
        /* Translators: the line in a measure's box that counts the
         * countermeasures of the issue register linked to it
         */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u countermeasure, %u done",
                                             "%u countermeasures, %u done", box->n_actions),
                                box->n_actions, box->n_actions_done);
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u countermeasure",
                                             "%u countermeasures", box->n_actions),
                                box->n_actions);
      pango_layout_set_font_description (actions, font);
      pango_layout_set_text (actions, text, -1);
      /* The marker takes a line height on the left. */
      pango_layout_set_width (actions, (int) (MAX (width - badge_height - 6, 10) * PANGO_SCALE));
      pango_layout_set_ellipsize (actions, PANGO_ELLIPSIZE_END);
      g_ptr_array_add (box->badge_layouts, actions);
    }
  pango_font_description_free (font);
}

/* The box's text: its number in bold, an ideographic space, what it says;
 * wrapped by rk-lm-text.c without shaping, or by Pango when it must.
 */
static void
measure_text (RkLmLayout *layout,
              RkLmNode   *node,
              RkLmBox    *box,
              double      width)
{
  RkLmTextMeasurer *m = _rk_lm_text_measurer_get (layout->context, layout->options.font_family,
                                                  layout->options.font_size);
  g_autofree char *text = NULL;
  gsize bold = 0;
  double height;

  if (node->number[0] != '\0')
    {
      text = g_strdup_printf ("%s\u3000%s", node->number, node->text);
      bold = strlen (node->number);
    }
  else
    text = g_strdup (node->text);

  box->text = _rk_lm_text_wrap (m, text, bold, width, &box->bold_length, &box->n_lines, &height);
  if (box->text != NULL)
    {
      box->text_rect.height = height;
      return;
    }

  box->text = g_steal_pointer (&text);
  box->bold_length = bold;
  box->text_layout = _rk_lm_text_layout (m, box->text, bold, width);
  box->n_lines = pango_layout_get_line_count (box->text_layout);
  box->text_rect.height = rk_diagram_text_height (box->text_layout);
}

/**
 * rk_lm_layout_ensure_text:
 *
 * Returns: (transfer none): the layout that draws the box's text, made
 *   when first needed
 */
PangoLayout *
rk_lm_layout_ensure_text (RkLmLayout *layout,
                          RkLmBox    *box)
{
  if (box->text_layout == NULL)
    {
      RkLmTextMeasurer *m = _rk_lm_text_measurer_get (layout->context,
                                                      layout->options.font_family,
                                                      layout->options.font_size);

      box->text_layout = _rk_lm_text_layout (m, box->text, box->bold_length, -1);
    }

  return box->text_layout;
}

static void
measure_boxes (Builder *b)
{
  RkLmLayout *layout = b->layout;
  RkLmLayoutOptions *o = &layout->options;
  double inner = o->box_width - 2 * o->padding;

  layout->boxes = g_array_sized_new (FALSE, TRUE, sizeof (RkLmBox), b->graph->nodes->len);
  g_array_set_size (layout->boxes, b->graph->nodes->len);

  for (guint i = 0; i < b->items->len; i++)
    {
      Item *item = item_at (b, i);
      RkLmNode *node;
      RkLmBox *box;
      double h;

      if (item->node < 0)
        continue;

      node = g_ptr_array_index (b->graph->nodes, item->node);
      box = &g_array_index (layout->boxes, RkLmBox, item->node);
      box->node = item->node;
      box->column = item->column;
      measure_text (layout, node, box, inner);

      h = box->text_rect.height;
      box->n_badges = MIN (node->indicators->len, o->max_badges);
      box->n_more = node->indicators->len - box->n_badges;
      box->badge_height = round (o->font_size * 1.6 * 10) / 10;
      rk_logic_model_graph_count_actions (b->graph, node, &box->n_actions, &box->n_actions_done);

      item->height = o->padding + h + o->padding;
      if (box->n_badges > 0)
        item->height += box->n_badges * box->badge_height + 3;
      /* The countermeasures' line, below the indicators. */
      if (box->n_actions > 0)
        item->height += box->badge_height + (box->n_badges > 0 ? 0 : 3);
      item->height = MAX (item->height, 3 * o->font_size);
    }
}

/*
 * Vertical positions
 */

/* Places the column's items as near their wishes as their order and the
 * gaps allow: with offsets o_k (the room the items above need), minimise
 * Σ (y_k − w_k)² subject to y_k+1 ≥ y_k + h_k + gap, by pooling adjacent
 * violators on z_k = y_k − o_k.
 */
static void
place_column (Builder *b,
              guint    c,
              double  *wish,
              double   top)
{
  GArray *column = b->columns[c];
  guint n = column->len;
  g_autofree double *offset = g_new (double, n);
  g_autofree double *value = g_new (double, n);   /* pooled means */
  g_autofree guint *size = g_new (guint, n);      /* pool sizes */
  guint pools = 0;
  double acc = 0;

  for (guint k = 0; k < n; k++)
    {
      Item *item = item_at (b, g_array_index (column, guint, k));
      double gap = b->layout->options.row_gap;

      /* Arrows through a column need less room than boxes. */
      if (item->node < 0 || (k + 1 < n && item_at (b, g_array_index (column, guint, k + 1))->node < 0))
        gap = MAX (gap / 2, 6.0);

      offset[k] = acc;
      value[pools] = wish[k] - acc;
      size[pools] = 1;
      pools++;
      while (pools > 1 && value[pools - 2] > value[pools - 1])
        {
          double merged = (value[pools - 2] * size[pools - 2] + value[pools - 1] * size[pools - 1]) /
                          (size[pools - 2] + size[pools - 1]);
          size[pools - 2] += size[pools - 1];
          value[pools - 2] = merged;
          pools--;
        }
      acc += item->height + gap;
    }

  {
    guint k = 0;
    double shift = 0;

    /* Nothing above the top: shift the column down as a whole if needed. */
    if (pools > 0 && value[0] < top)
      shift = top - value[0];
    for (guint p = 0; p < pools; p++)
      for (guint s = 0; s < size[p]; s++, k++)
        item_at (b, g_array_index (column, guint, k))->y = value[p] + shift + offset[k];
  }
}

static double
centre (Item *item)
{
  return item->y + item->height / 2;
}

static void
position_items (Builder *b)
{
  RkLmLayout *layout = b->layout;
  double top = layout->options.margin + layout->heading_height;

  /* Start stacked from the top. */
  for (guint c = 0; c < layout->n_columns; c++)
    {
      g_autofree double *wish = g_new0 (double, b->columns[c]->len + 1);

      place_column (b, c, wish, top);
    }

  for (guint round = 0; round < 6; round++)
    {
      for (guint pass = 0; pass < 2; pass++)
        for (guint step = 0; step < layout->n_columns; step++)
          {
            guint c = pass == 0 ? step : layout->n_columns - 1 - step;
            GArray *column = b->columns[c];
            g_autofree double *wish = g_new (double, column->len + 1);

            for (guint k = 0; k < column->len; k++)
              {
                Item *item = item_at (b, g_array_index (column, guint, k));
                double sum = 0;
                guint count = 0;

                for (guint i = 0; i < item->left->len; i++, count++)
                  sum += centre (item_at (b, g_array_index (item->left, guint, i)));
                for (guint i = 0; i < item->right->len; i++, count++)
                  sum += centre (item_at (b, g_array_index (item->right, guint, i)));
                wish[k] = (count > 0 ? sum / count : centre (item)) - item->height / 2;
              }
            place_column (b, c, wish, top);
          }
    }

  /* Move everything up so that the highest item touches the top. */
  {
    double min_y = G_MAXDOUBLE;

    for (guint i = 0; i < b->items->len; i++)
      min_y = MIN (min_y, item_at (b, i)->y);
    if (b->items->len > 0)
      for (guint i = 0; i < b->items->len; i++)
        item_at (b, i)->y += top - min_y;
  }
}

/*
 * Arrows
 */

static double
port_y (Item  *item,
        guint  i,
        guint  n)
{
  double usable;

  if (item->node < 0)
    return centre (item);

  usable = MAX (item->height - 2 * PORT_MARGIN, 0);
  return item->y + PORT_MARGIN + usable * (i + 1) / (n + 1);
}

typedef struct
{
  Builder *b;
  gboolean by_target;
} PortSort;

static int
compare_port_segments (gconstpointer x,
                       gconstpointer y,
                       gpointer      data)
{
  PortSort *ps = data;
  const Segment *s = &g_array_index (ps->b->segments, Segment, *(const guint *) x);
  const Segment *t = &g_array_index (ps->b->segments, Segment, *(const guint *) y);
  double cs = centre (item_at (ps->b, ps->by_target ? s->b : s->a));
  double ct = centre (item_at (ps->b, ps->by_target ? t->b : t->a));

  if (cs != ct)
    return cs < ct ? -1 : 1;
  return (int) *(const guint *) x - (int) *(const guint *) y;
}

static void
assign_ports (Builder *b)
{
  g_autoptr(GPtrArray) outs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) ins = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < b->items->len; i++)
    {
      g_ptr_array_add (outs, g_array_new (FALSE, FALSE, sizeof (guint)));
      g_ptr_array_add (ins, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  for (guint k = 0; k < b->segments->len; k++)
    {
      Segment *s = &g_array_index (b->segments, Segment, k);

      g_array_append_val (g_ptr_array_index (outs, s->a), k);
      g_array_append_val (g_ptr_array_index (ins, s->b), k);
    }

  for (guint i = 0; i < b->items->len; i++)
    {
      GArray *out = g_ptr_array_index (outs, i);
      GArray *in = g_ptr_array_index (ins, i);
      PortSort by_target = { b, TRUE };
      PortSort by_source = { b, FALSE };

      /* Ports in the order of the other ends, so arrows leaving one box
       * do not cross each other at its side.
       */
      g_array_sort_with_data (out, compare_port_segments, &by_target);
      g_array_sort_with_data (in, compare_port_segments, &by_source);
      for (guint k = 0; k < out->len; k++)
        g_array_index (b->segments, Segment, g_array_index (out, guint, k)).ya =
          port_y (item_at (b, i), k, out->len);
      for (guint k = 0; k < in->len; k++)
        g_array_index (b->segments, Segment, g_array_index (in, guint, k)).yb =
          port_y (item_at (b, i), k, in->len);
    }
}

/* An arrow that is the only one leaving its box and the only one entering
 * the other runs straight across when the two boxes face each other at
 * some height: a jog of a few points looks like a mistake.
 */
static void
straighten (Builder *b)
{
  g_autofree guint *n_out = g_new0 (guint, b->items->len);
  g_autofree guint *n_in = g_new0 (guint, b->items->len);

  for (guint k = 0; k < b->segments->len; k++)
    {
      Segment *s = &g_array_index (b->segments, Segment, k);

      n_out[s->a]++;
      n_in[s->b]++;
    }

  for (guint k = 0; k < b->segments->len; k++)
    {
      Segment *s = &g_array_index (b->segments, Segment, k);
      Item *a = item_at (b, s->a);
      Item *c = item_at (b, s->b);
      double top, bottom;

      if (n_out[s->a] != 1 || n_in[s->b] != 1 || a->node < 0 || c->node < 0)
        continue;
      top = MAX (a->y, c->y) + PORT_MARGIN;
      bottom = MIN (a->y + a->height, c->y + c->height) - PORT_MARGIN;
      if (top <= bottom)
        s->ya = s->yb = CLAMP ((s->ya + s->yb) / 2, top, bottom);
    }
}

typedef struct
{
  double top;
  double bottom;
} Span;

static int
compare_lane_order (gconstpointer x,
                    gconstpointer y)
{
  const Segment *s = *(Segment * const *) x;
  const Segment *t = *(Segment * const *) y;
  gboolean s_down = s->yb > s->ya;
  gboolean t_down = t->yb > t->ya;

  /* Arrows going down first, the highest start first; then arrows going
   * up, the lowest start first: each takes the rightmost lane free along
   * its run, which keeps arrows going the same way from crossing.
   */
  if (s_down != t_down)
    return s_down ? -1 : 1;
  if (s->ya != t->ya)
    return (s_down ? s->ya < t->ya : s->ya > t->ya) ? -1 : 1;
  if (s->yb != t->yb)
    return (s_down ? s->yb < t->yb : s->yb > t->yb) ? -1 : 1;
  return 0;
}

/* Gives each bent segment between columns c and c + 1 a lane (0 is the
 * rightmost); returns the number of lanes, writing each segment's lane
 * into its lane_x for now.
 */
static guint
assign_lanes (Builder *b,
              guint    c)
{
  g_autoptr(GPtrArray) bent = g_ptr_array_new ();
  g_autoptr(GPtrArray) lanes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint k = 0; k < b->segments->len; k++)
    {
      Segment *s = &g_array_index (b->segments, Segment, k);

      if (item_at (b, s->a)->column != c)
        continue;
      s->lane_x = -1;
      if (fabs (s->ya - s->yb) > 1e-9)
        g_ptr_array_add (bent, s);
    }
  g_ptr_array_sort (bent, compare_lane_order);

  for (guint k = 0; k < bent->len; k++)
    {
      Segment *s = g_ptr_array_index (bent, k);
      Span span = { MIN (s->ya, s->yb) - 2, MAX (s->ya, s->yb) + 2 };
      guint lane;

      for (lane = 0; lane < lanes->len; lane++)
        {
          GArray *taken = g_ptr_array_index (lanes, lane);
          gboolean free = TRUE;

          for (guint i = 0; i < taken->len && free; i++)
            {
              Span *t = &g_array_index (taken, Span, i);

              free = span.bottom < t->top || span.top > t->bottom;
            }
          if (free)
            break;
        }
      if (lane == lanes->len)
        g_ptr_array_add (lanes, g_array_new (FALSE, FALSE, sizeof (Span)));
      g_array_append_val (g_ptr_array_index (lanes, lane), span);
      s->lane_x = lane;
    }

  return lanes->len;
}

static void
append_point (GArray *points,
              double  x,
              double  y)
{
  RkLmPoint p = { x, y };

  if (points->len > 0)
    {
      RkLmPoint *last = &g_array_index (points, RkLmPoint, points->len - 1);

      if (fabs (last->x - x) < 1e-6 && fabs (last->y - y) < 1e-6)
        return;
      /* Merge runs that go on in the same direction. */
      if (points->len > 1)
        {
          RkLmPoint *before = &g_array_index (points, RkLmPoint, points->len - 2);

          if ((fabs (before->x - last->x) < 1e-6 && fabs (last->x - x) < 1e-6) ||
              (fabs (before->y - last->y) < 1e-6 && fabs (last->y - y) < 1e-6))
            {
              *last = p;
              return;
            }
        }
    }
  g_array_append_val (points, p);
}

static void
route (Builder *b)
{
  RkLmLayout *layout = b->layout;
  RkLmLayoutOptions *o = &layout->options;
  guint n_lanes[RK_LM_N_LEVELS] = { 0 };
  double gap[RK_LM_N_LEVELS] = { 0 };
  double x = o->margin;
  double clear_source = 6;
  double clear_target = layout->arrow_size + 6;

  assign_ports (b);
  straighten (b);
  for (guint c = 0; c + 1 < layout->n_columns; c++)
    {
      n_lanes[c] = assign_lanes (b, c);
      gap[c] = MAX (o->column_gap, clear_source + clear_target + (n_lanes[c] + 1) * LANE_SPACING);
    }

  for (guint c = 0; c < layout->n_columns; c++)
    {
      layout->column_rect[c].x = x;
      layout->column_rect[c].width = o->box_width;
      x += o->box_width + (c + 1 < layout->n_columns ? gap[c] : 0);
    }
  layout->width = x + o->margin;

  /* Lanes from the right edge of each gap. */
  for (guint k = 0; k < b->segments->len; k++)
    {
      Segment *s = &g_array_index (b->segments, Segment, k);
      guint c = item_at (b, s->a)->column;
      double left = layout->column_rect[c].x + o->box_width + clear_source;
      double right = layout->column_rect[c + 1].x - clear_target;

      if (s->lane_x >= 0)
        s->lane_x = right - (s->lane_x + 0.5) * (right - left) / MAX (n_lanes[c], 1);
    }

  layout->edges = g_array_sized_new (FALSE, TRUE, sizeof (RkLmEdge), b->graph->links->len);
  for (guint e = 0; e < b->graph->links->len; e++)
    {
      RkLmLink *link = &g_array_index (b->graph->links, RkLmLink, e);
      guint first = g_array_index (b->edge_segments, guint, e);
      guint end = g_array_index (b->edge_segments, guint, e + 1);
      RkLmEdge edge = { e, link->source, link->target, g_array_new (FALSE, FALSE, sizeof (RkLmPoint)) };

      for (guint k = first; k < end; k++)
        {
          Segment *s = &g_array_index (b->segments, Segment, k);
          guint c = item_at (b, s->a)->column;
          double xa = layout->column_rect[c].x + (item_at (b, s->a)->node < 0 ? 0 : o->box_width);
          double xb = layout->column_rect[c + 1].x;

          /* A placeholder is crossed level from its left side. */
          append_point (edge.points, xa, s->ya);
          if (item_at (b, s->a)->node < 0)
            append_point (edge.points, xa + o->box_width, s->ya);
          if (s->lane_x >= 0)
            {
              append_point (edge.points, s->lane_x, s->ya);
              append_point (edge.points, s->lane_x, s->yb);
            }
          append_point (edge.points, xb, s->yb);
        }
      g_array_append_val (layout->edges, edge);
    }
}

static void
finish_boxes (Builder *b)
{
  RkLmLayout *layout = b->layout;
  RkLmLayoutOptions *o = &layout->options;
  double bottom = layout->heading_height + o->margin;

  for (guint c = 0; c < layout->n_columns; c++)
    for (guint k = 0, order = 0; k < b->columns[c]->len; k++)
      {
        Item *item = item_at (b, g_array_index (b->columns[c], guint, k));
        RkLmBox *box;

        bottom = MAX (bottom, item->y + item->height);
        if (item->node < 0)
          continue;

        box = &g_array_index (layout->boxes, RkLmBox, item->node);
        box->order = order++;
        box->rect.x = layout->column_rect[c].x;
        box->rect.y = item->y;
        box->rect.width = o->box_width;
        box->rect.height = item->height;
        box->text_rect.x = box->rect.x + o->padding;
        box->text_rect.y = box->rect.y + o->padding;
        box->text_rect.width = o->box_width - 2 * o->padding;
        box->badge_top = box->text_rect.y + box->text_rect.height + 3;
        box->actions_top = box->badge_top + box->n_badges * box->badge_height;
      }

  layout->height = bottom + o->margin;
  for (guint c = 0; c < layout->n_columns; c++)
    {
      layout->column_rect[c].y = o->margin;
      layout->column_rect[c].height = bottom - o->margin;
    }
}

/**
 * rk_lm_layout_new:
 * @graph: the model
 * @context: measures the text (rk_lm_create_context())
 * @options: (nullable): sizes; %NULL for rk_lm_layout_options_init()'s
 *
 * Lays a model out. The result depends on nothing but its arguments.
 *
 * Returns: (transfer full): the geometry
 */
RkLmLayout *
rk_lm_layout_new (const RkLogicModelGraph *graph,
                  PangoContext            *context,
                  const RkLmLayoutOptions *options)
{
  RkLmLayout *layout = g_new0 (RkLmLayout, 1);
  Builder b = { 0 };

  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  if (options != NULL)
    layout->options = *options;
  else
    rk_lm_layout_options_init (&layout->options);
  layout->context = g_object_ref (context);
  layout->heading_height = round (layout->options.font_size * 2.6);
  layout->arrow_size = 6;

  b.graph = graph;
  b.layout = layout;
  b.items = g_array_new (FALSE, TRUE, sizeof (Item));
  b.segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  b.edge_segments = g_array_new (FALSE, FALSE, sizeof (guint));

  build_columns (&b);
  order_columns (&b);
  measure_boxes (&b);
  position_items (&b);
  route (&b);
  finish_boxes (&b);

  for (guint i = 0; i < b.items->len; i++)
    {
      g_array_unref (item_at (&b, i)->left);
      g_array_unref (item_at (&b, i)->right);
    }
  for (guint c = 0; c < RK_LM_N_LEVELS; c++)
    g_clear_pointer (&b.columns[c], g_array_unref);
  g_array_unref (b.items);
  g_array_unref (b.segments);
  g_array_unref (b.edge_segments);

  return layout;
}

void
rk_lm_layout_free (RkLmLayout *layout)
{
  if (layout == NULL)
    return;

  for (guint i = 0; layout->boxes != NULL && i < layout->boxes->len; i++)
    {
      RkLmBox *box = &g_array_index (layout->boxes, RkLmBox, i);

      g_clear_object (&box->text_layout);
      g_free (box->text);
      g_clear_pointer (&box->badge_layouts, g_ptr_array_unref);
    }
  for (guint i = 0; layout->edges != NULL && i < layout->edges->len; i++)
    g_array_unref (g_array_index (layout->edges, RkLmEdge, i).points);
  g_clear_pointer (&layout->boxes, g_array_unref);
  g_clear_pointer (&layout->edges, g_array_unref);
  g_clear_object (&layout->context);
  g_free (layout);
}

/**
 * rk_lm_layout_hit:
 *
 * Returns: the node whose box holds the point, or -1
 */
int
rk_lm_layout_hit (const RkLmLayout *layout,
                  double            x,
                  double            y)
{
  for (guint i = 0; i < layout->boxes->len; i++)
    {
      const RkLmRect *r = &g_array_index (layout->boxes, RkLmBox, i).rect;

      if (x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height)
        return i;
    }

  return -1;
}

/**
 * rk_lm_layout_neighbour:
 * @node: the box the user is on, or -1 for none
 * @dx: -1 or +1 to move to the column on the left or right (preferring a
 *   box linked to @node), 0 to stay in the column
 * @dy: -1 or +1 to move up or down the column
 *
 * Where the arrow keys lead.
 *
 * Returns: a node, or @node when there is nowhere to go
 */
int
rk_lm_layout_neighbour (const RkLmLayout        *layout,
                        const RkLogicModelGraph *graph,
                        int                      node,
                        int                      dx,
                        int                      dy)
{
  const RkLmBox *from;
  double cy;
  int best = -1;
  double best_d = G_MAXDOUBLE;

  if (layout->boxes->len == 0)
    return -1;
  if (node < 0 || (guint) node >= layout->boxes->len)
    {
      /* Start at the top of the first column. */
      for (guint i = 0; i < layout->boxes->len; i++)
        {
          const RkLmBox *box = &g_array_index (layout->boxes, RkLmBox, i);

          if (box->column == 0 && box->order == 0)
            return i;
        }
      return 0;
    }

  from = &g_array_index (layout->boxes, RkLmBox, node);
  cy = from->rect.y + from->rect.height / 2;

  if (dy != 0)
    {
      for (guint i = 0; i < layout->boxes->len; i++)
        {
          const RkLmBox *box = &g_array_index (layout->boxes, RkLmBox, i);

          if (box->column == from->column && (int) box->order == (int) from->order + dy)
            return i;
        }
      return node;
    }

  if (dx == 0)
    return node;

  /* A linked box first, the nearest in height. */
  for (guint e = 0; e < graph->links->len; e++)
    {
      const RkLmLink *link = &g_array_index (graph->links, RkLmLink, e);
      int other = -1;
      const RkLmBox *box;
      double d;

      if (dx > 0 && (int) link->source == node)
        other = link->target;
      else if (dx < 0 && (int) link->target == node)
        other = link->source;
      if (other < 0)
        continue;
      box = &g_array_index (layout->boxes, RkLmBox, other);
      d = fabs (box->rect.y + box->rect.height / 2 - cy) +
          1000 * abs ((int) box->column - (int) from->column - dx);
      if (d < best_d)
        best = other, best_d = d;
    }
  if (best >= 0)
    return best;

  /* Else the nearest box of the next column that has any. */
  for (int c = (int) from->column + dx; c >= 0 && c < (int) layout->n_columns && best < 0; c += dx)
    for (guint i = 0; i < layout->boxes->len; i++)
      {
        const RkLmBox *box = &g_array_index (layout->boxes, RkLmBox, i);
        double d = fabs (box->rect.y + box->rect.height / 2 - cy);

        if ((int) box->column == c && d < best_d)
          best = i, best_d = d;
      }

  return best >= 0 ? best : node;
}

/**
 * rk_lm_layout_count_crossings:
 *
 * Returns: how many times the drawn arrows cross each other
 */
guint
rk_lm_layout_count_crossings (const RkLmLayout *layout)
{
  guint n = 0;

  for (guint e = 0; e < layout->edges->len; e++)
    {
      GArray *p = g_array_index (layout->edges, RkLmEdge, e).points;

      for (guint f = e + 1; f < layout->edges->len; f++)
        {
          GArray *q = g_array_index (layout->edges, RkLmEdge, f).points;

          for (guint i = 0; i + 1 < p->len; i++)
            for (guint j = 0; j + 1 < q->len; j++)
              if (_rk_lm_segments_cross (&g_array_index (p, RkLmPoint, i),
                                         &g_array_index (p, RkLmPoint, i + 1),
                                         &g_array_index (q, RkLmPoint, j),
                                         &g_array_index (q, RkLmPoint, j + 1)))
                n++;
        }
    }

  return n;
}

/* Whether an axis-parallel run crosses another one at a point inside both
 * (touching ends and overlapping runs do not count).
 */
gboolean
_rk_lm_segments_cross (const RkLmPoint *a1,
                       const RkLmPoint *a2,
                       const RkLmPoint *b1,
                       const RkLmPoint *b2)
{
  gboolean a_vertical = fabs (a1->x - a2->x) < 1e-6;
  gboolean b_vertical = fabs (b1->x - b2->x) < 1e-6;
  const RkLmPoint *h1, *h2, *v1, *v2;

  if (a_vertical == b_vertical)
    return FALSE;

  h1 = a_vertical ? b1 : a1;
  h2 = a_vertical ? b2 : a2;
  v1 = a_vertical ? a1 : b1;
  v2 = a_vertical ? a2 : b2;

  return v1->x > MIN (h1->x, h2->x) + 1e-6 && v1->x < MAX (h1->x, h2->x) - 1e-6 &&
         h1->y > MIN (v1->y, v2->y) + 1e-6 && h1->y < MAX (v1->y, v2->y) - 1e-6;
}
