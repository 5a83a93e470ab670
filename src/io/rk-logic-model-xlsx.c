/* rk-logic-model-xlsx.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-model-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include <string.h>

#include "rk-logic-model-xlsx-private.h"
#include "rk-meeting-terms.h"

/* A logic model in the grid MHLW publishes its own in (第4期がん対策推進
 * 基本計画のロジックモデル): one block of columns per level, measures on the
 * left, "# | 個別施策 | アウトプット指標 | データソース", then the
 * intermediate and field outcomes the same way, and each indicator's
 * current and target values after its data source. Several rows that feed
 * one outcome share its merged cells; a measure that feeds two outcomes
 * appears under each. The measures' block ends with the countermeasures
 * of the meetings' issue register that carry each measure out, one a
 * line with its number and status. A second sheet lists the indicators
 * with their values by fiscal year.
 *
 * The rows are a tree read from the highest level down: each outcome's
 * rows hold the rows of the boxes that lead to it. A box that leads
 * nowhere hangs under empty cells at the end, so every box appears.
 *
 * The grid itself (_rk_logic_model_grid_write()) is also what the
 * submission workbook's ロジックモデル sheet lays out, with the columns its
 * template picks (rk-submission-logic-models-xlsx.c).
 */

#define HEADING_ROW 3
#define FIRST_ROW 4

typedef struct _Entry Entry;
struct _Entry
{
  int        node;       /* -1: empty cells */
  RkLmLevel  level;
  GPtrArray *children;   /* Entry */
  guint      span;
  guint      row;
};

static Entry *
entry_new (int       node,
           RkLmLevel level)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->node = node;
  entry->level = level;
  entry->children = g_ptr_array_new ();
  return entry;
}

static void
entry_free (Entry *entry)
{
  g_ptr_array_set_free_func (entry->children, (GDestroyNotify) entry_free);
  g_ptr_array_unref (entry->children);
  g_free (entry);
}

static RkLmNode *
node_at (const RkLogicModelGraph *graph,
         int                      node)
{
  return g_ptr_array_index (graph->nodes, node);
}

/* The empty entry at @level under @parent that holds boxes of lower
 * levels, made when first needed.
 */
static Entry *
blank_child (Entry     *parent,
             RkLmLevel  level)
{
  for (guint i = 0; i < parent->children->len; i++)
    {
      Entry *child = g_ptr_array_index (parent->children, i);

      if (child->node < 0 && child->level == level)
        return child;
    }
  g_ptr_array_add (parent->children, entry_new (-1, level));
  return g_ptr_array_index (parent->children, parent->children->len - 1);
}

/* Hangs @node (at a level below @parent's) under @parent, through empty
 * cells for the levels it skips.
 */
static void add_children (const RkLogicModelGraph *graph,
                          Entry                   *entry,
                          guint                    depth);

static void
hang (const RkLogicModelGraph *graph,
      Entry                   *parent,
      int                      node,
      guint                    depth)
{
  RkLmLevel level = node_at (graph, node)->level;
  Entry *holder = parent;
  Entry *child;

  for (int l = (int) parent->level - 1; l > (int) level; l--)
    holder = blank_child (holder, l);

  child = entry_new (node, level);
  g_ptr_array_add (holder->children, child);
  add_children (graph, child, depth + 1);
}

static void
add_children (const RkLogicModelGraph *graph,
              Entry                   *entry,
              guint                    depth)
{
  /* Arrows only go up, so the tree is finite; the guard is for a
   * damaged model.
   */
  if (entry->node < 0 || depth > RK_LM_N_LEVELS + 1)
    return;

  /* The level just below first, then boxes that skip a level. */
  for (int level = (int) entry->level - 1; level >= 0; level--)
    for (guint i = 0; i < graph->nodes->len; i++)
      {
        if ((int) node_at (graph, i)->level != level)
          continue;
        for (guint e = 0; e < graph->links->len; e++)
          {
            const RkLmLink *link = &g_array_index (graph->links, RkLmLink, e);

            if ((int) link->target == entry->node && link->source == i)
              {
                hang (graph, entry, i, depth);
                break;
              }
          }
      }
}

static gboolean
leads_anywhere (const RkLogicModelGraph *graph,
                guint                    node,
                RkLmLevel                top)
{
  for (guint e = 0; e < graph->links->len; e++)
    {
      const RkLmLink *link = &g_array_index (graph->links, RkLmLink, e);

      if (link->source == node && node_at (graph, link->target)->level > node_at (graph, node)->level &&
          node_at (graph, link->target)->level <= top)
        return TRUE;
    }
  return FALSE;
}

static guint
n_indicators (const RkLogicModelGraph *graph,
              const Entry             *entry)
{
  return entry->node >= 0 ? node_at (graph, entry->node)->indicators->len : 0;
}

static guint
assign_rows (const RkLogicModelGraph *graph,
             Entry                   *entry,
             guint                    row)
{
  guint sum = 0;

  entry->row = row;
  for (guint i = 0; i < entry->children->len; i++)
    sum += assign_rows (graph, g_ptr_array_index (entry->children, i), row + sum);
  entry->span = MAX (MAX (sum, n_indicators (graph, entry)), 1);
  return entry->span;
}

/* Column widths of a block, in Excel's character units: narrow enough
 * for three or four blocks on one A3 page, text wrapping inside.
 */
static const double block_widths[RK_LM_GRID_N_COLUMNS] = { 5, 26, 22, 11, 8, 8 };
#define ACTIONS_WIDTH 30

/* The measures' column of countermeasures, where the layout has it: one
 * place after the grid's own columns, in the measures' block only.
 */
#define GRID_ACTIONS RK_LM_GRID_N_COLUMNS

/* Excel and LibreOffice size a row to its wrapped text only when no cell
 * of it is merged: the heights are worked out here instead.
 */
#define LINE_HEIGHT 17.0

typedef struct
{
  const RkLogicModelGraph *graph;
  RkXlsxSheet             *sheet;
  const RkLmGridLayout    *layout;
  guint                    first_row;              /* of the boxes */
  int                      block[RK_LM_N_LEVELS];  /* level → its first column, -1: not shown */
  int                      position[GRID_ACTIONS + 1];  /* column → place in a block, -1 */
  GArray                  *lines;                  /* guint per row: the lines it needs */
} Writer;

/* The width of @column (RkLmGridColumn, or GRID_ACTIONS). */
static double
width_of (const RkLmGridLayout *layout,
          guint                 column)
{
  return column == GRID_ACTIONS ? layout->actions_width : layout->widths[column];
}

/* How many columns @level's block has. */
static guint
block_columns (const RkLmGridLayout *layout,
               RkLmLevel             level)
{
  return layout->n_columns + (level == RK_LM_LEVEL_MEASURE && layout->measure_actions ? 1 : 0);
}

static guint
grid_columns (const RkLogicModelGraph *graph,
              const RkLmGridLayout    *layout)
{
  guint n = 0;

  for (guint l = 0; l < _rk_logic_model_grid_get_n_levels (graph); l++)
    n += block_columns (layout, l);
  return n;
}

static void
need_lines (Writer     *w,
            guint       first,
            guint       last,
            guint       column,
            const char *text)
{
  double width = width_of (w->layout, column) - 1;
  guint rows = last - first + 1;
  guint lines = 0, per_row;
  g_auto(GStrv) parts = NULL;

  if (text == NULL || text[0] == '\0')
    return;
  /* Each line of the text wraps on its own. */
  parts = g_strsplit (text, "\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    lines += MAX ((guint) ceil ((rk_xlsx_text_width (parts[i]) - 2) / width), 1);
  per_row = (MAX (lines, 1) + rows - 1) / rows;
  if (w->lines->len <= last)
    g_array_set_size (w->lines, last + 1);
  for (guint r = first; r <= last; r++)
    g_array_index (w->lines, guint, r) = MAX (g_array_index (w->lines, guint, r), per_row);
}

/* The sheet column of @column (RkLmGridColumn, or GRID_ACTIONS) in
 * @level's block, or -1 if not shown.
 */
static int
column_of (Writer    *w,
           RkLmLevel  level,
           guint      column)
{
  if (w->block[level] < 0 || w->position[column] < 0 ||
      (column == GRID_ACTIONS && level != RK_LM_LEVEL_MEASURE))
    return -1;
  return w->block[level] + w->position[column];
}

static gboolean
cell (Writer          *w,
      guint            first,
      guint            last,
      RkLmLevel        level,
      guint            column,
      const char      *text,
      RkXlsxStyle      style,
      GError         **error)
{
  int col = column_of (w, level, column);

  if (col < 0)
    return TRUE;
  need_lines (w, first, last, column, text);
  if (last > first)
    return rk_xlsx_sheet_merge (w->sheet, first, col, last, col, text, style, error);
  if (text == NULL || text[0] == '\0')
    return rk_xlsx_sheet_write_blank (w->sheet, first, col, style, error);
  return rk_xlsx_sheet_write_text (w->sheet, first, col, text, style, error);
}

static gboolean
number_cell (Writer          *w,
             guint            first,
             guint            last,
             RkLmLevel        level,
             RkLmGridColumn   column,
             double           value,
             GError         **error)
{
  int col = column_of (w, level, column);
  RkXlsxStyle style = fabs (value - round (value)) < 1e-9 ? RK_XLSX_STYLE_INTEGER
                                                          : RK_XLSX_STYLE_DECIMAL;

  if (col < 0)
    return TRUE;
  /* A merged range holds its value in its first cell. */
  if (last > first && !rk_xlsx_sheet_merge (w->sheet, first, col, last, col, "", style, error))
    return FALSE;
  if (isnan (value))
    return last > first || rk_xlsx_sheet_write_blank (w->sheet, first, col, style, error);
  return rk_xlsx_sheet_write_number (w->sheet, first, col, value, style, error);
}

/* The countermeasures that carry the measure out: "対応策12：what（status）",
 * one a line.
 */
static char *
actions_text (const RkLogicModelGraph *graph,
              const RkLmNode          *node)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint k = 0; node != NULL && k < node->actions->len; k++)
    {
      const RkLmAction *action = g_ptr_array_index (graph->actions,
                                                    g_array_index (node->actions, guint, k));
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, action->id);

      if (s->len > 0)
        g_string_append_c (s, '\n');
      /* Translators: one countermeasure in the logic model workbook's
       * column of them: its number in the issue register, what it is, its
       * status (対応策12　当番医の試行（実施中）)
       */
      g_string_append_printf (s, _("Countermeasure %s: %s (%s)"), number, action->what,
                              rk_meeting_terms_get_label (RK_MEETING_TERMS_ACTION_STATUS,
                                                          action->status));
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
write_entry (Writer  *w,
             Entry   *entry,
             GError **error)
{
  guint first = w->first_row + entry->row;
  guint last = first + entry->span - 1;
  RkLmLevel l = entry->level;
  RkLmNode *node = entry->node >= 0 ? node_at (w->graph, entry->node) : NULL;
  guint n_ind = node != NULL ? node->indicators->len : 0;

  if (w->block[l] >= 0)
    {
      if (!cell (w, first, last, l, RK_LM_GRID_NUMBER, node != NULL ? node->number : "",
                 RK_XLSX_STYLE_TEXT, error) ||
          !cell (w, first, last, l, RK_LM_GRID_TEXT, node != NULL ? node->text : "",
                 RK_XLSX_STYLE_TEXT, error))
        return FALSE;

      if (column_of (w, l, GRID_ACTIONS) >= 0)
        {
          g_autofree char *actions = actions_text (w->graph, node);

          if (!cell (w, first, last, l, GRID_ACTIONS, actions, RK_XLSX_STYLE_TEXT, error))
            return FALSE;
        }

      for (guint k = 0; k < MAX (n_ind, 1); k++)
        {
          /* The last indicator fills the rest of the box's rows. */
          guint row = first + k;
          guint end = k + 1 >= MAX (n_ind, 1) ? last : row;
          RkLmIndicator *ind = k < n_ind ? g_ptr_array_index (w->graph->indicators,
                                                              g_array_index (node->indicators, guint, k))
                                         : NULL;
          g_autofree char *name = NULL;

          if (ind != NULL)
            name = g_strconcat (ind->name, ind->unit[0] != '\0' ? "（" : "", ind->unit,
                                ind->unit[0] != '\0' ? "）" : "", ind->verified ? "" : " ※", NULL);

          if (!cell (w, row, end, l, RK_LM_GRID_INDICATOR, name != NULL ? name : "",
                     RK_XLSX_STYLE_TEXT, error) ||
              !cell (w, row, end, l, RK_LM_GRID_SOURCE, ind != NULL ? ind->data_source : "",
                     RK_XLSX_STYLE_TEXT, error) ||
              !number_cell (w, row, end, l, RK_LM_GRID_CURRENT, ind != NULL ? ind->current : NAN,
                            error) ||
              !number_cell (w, row, end, l, RK_LM_GRID_TARGET, ind != NULL ? ind->target : NAN,
                            error))
            return FALSE;
        }
    }

  for (guint i = 0; i < entry->children->len; i++)
    if (!write_entry (w, g_ptr_array_index (entry->children, i), error))
      return FALSE;

  /* A box whose children are fewer than its own rows leaves the lower
   * blocks empty below them: give those cells their borders.
   */
  if (l > 0)
    {
      guint used = 0;

      for (guint i = 0; i < entry->children->len; i++)
        used += ((Entry *) g_ptr_array_index (entry->children, i))->span;
      if (used < entry->span)
        for (int lower = (int) l - 1; lower >= 0; lower--)
          for (guint c = 0; c <= GRID_ACTIONS; c++)
            if (!cell (w, first + used, last, lower, c, "", RK_XLSX_STYLE_TEXT, error))
              return FALSE;
    }

  return TRUE;
}

static const char *
level_heading (RkLmLevel level)
{
  switch (level)
    {
    case RK_LM_LEVEL_MEASURE:
      return C_("xlsx heading", "Measure");
    case RK_LM_LEVEL_INTERMEDIATE:
      return C_("xlsx heading", "Intermediate outcome");
    case RK_LM_LEVEL_DISTAL:
      return C_("xlsx heading", "Field outcome");
    case RK_LM_LEVEL_FINAL:
      return C_("xlsx heading", "Final outcome");
    default:
      g_return_val_if_reached ("");
    }
}

/* MHLW's headings of a block: "# | 個別施策 | アウトプット指標 | …". */
static const char *
default_heading (RkLmLevel      level,
                 RkLmGridColumn column)
{
  switch (column)
    {
    case RK_LM_GRID_NUMBER:
      return "#";
    case RK_LM_GRID_TEXT:
      return level_heading (level);
    case RK_LM_GRID_INDICATOR:
      return level == RK_LM_LEVEL_MEASURE ? C_("xlsx heading", "Output indicator")
                                          : C_("xlsx heading", "Indicator");
    case RK_LM_GRID_SOURCE:
      return C_("xlsx heading", "Data source");
    case RK_LM_GRID_CURRENT:
      return C_("xlsx heading", "Current value");
    case RK_LM_GRID_TARGET:
      return C_("xlsx heading", "Target value");
    case RK_LM_GRID_N_COLUMNS:
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * _rk_logic_model_grid_layout_init_default:
 *
 * MHLW's six columns per level, with their own headings and widths.
 */
void
_rk_logic_model_grid_layout_init_default (RkLmGridLayout *layout)
{
  memset (layout, 0, sizeof *layout);
  layout->n_columns = RK_LM_GRID_N_COLUMNS;
  for (guint c = 0; c < RK_LM_GRID_N_COLUMNS; c++)
    {
      layout->columns[c] = c;
      layout->widths[c] = block_widths[c];
    }
}

/**
 * _rk_logic_model_grid_get_n_levels:
 *
 * Returns: how many level blocks the grid of @graph has: MHLW's three,
 *   and the final outcome's where the model has one
 */
guint
_rk_logic_model_grid_get_n_levels (const RkLogicModelGraph *graph)
{
  return rk_logic_model_graph_count_level ((RkLogicModelGraph *) graph, RK_LM_LEVEL_FINAL) > 0
         ? RK_LM_N_LEVELS : RK_LM_LEVEL_DISTAL + 1;
}

/**
 * _rk_logic_model_grid_write:
 * @first_row: where the grid starts: the level headings (merged over each
 *   block), then the column headings, then the boxes
 * @next_row: (out): the row after the grid
 *
 * Writes @graph in MHLW's grid: one block of @layout's columns per level,
 * measures on the left (their block ending with their countermeasures
 * when @layout->measure_actions is set); several boxes that lead to one share its merged
 * cells; a box that leads to two appears under each. Sets the heights of
 * the rows it writes, not the columns' widths (the caller's, from
 * @layout->widths).
 */
gboolean
_rk_logic_model_grid_write (RkXlsxSheet              *sheet,
                            const RkLogicModelGraph  *graph,
                            const RkLmGridLayout     *layout,
                            guint                     first_row,
                            guint                    *next_row,
                            GError                  **error)
{
  Writer w = { graph, sheet, layout, first_row + 2, { -1, -1, -1, -1 }, { 0 },
               g_array_new (FALSE, TRUE, sizeof (guint)) };
  guint col = 0;
  guint n_blocks = _rk_logic_model_grid_get_n_levels (graph);
  RkLmLevel top = n_blocks - 1;
  Entry *root;
  guint heading_lines = 1;
  gboolean ok = TRUE;

  g_return_val_if_fail (layout->n_columns > 0 && layout->n_columns <= RK_LM_GRID_N_COLUMNS, FALSE);

  for (guint c = 0; c <= GRID_ACTIONS; c++)
    w.position[c] = -1;
  for (guint p = 0; p < layout->n_columns; p++)
    w.position[layout->columns[p]] = p;
  if (layout->measure_actions)
    w.position[GRID_ACTIONS] = layout->n_columns;
  for (guint l = 0; l <= top; l++)
    {
      w.block[l] = col;
      col += block_columns (layout, l);
    }

  /* The tree: one root holding the top level's boxes, then the boxes that
   * lead nowhere under empty cells.
   */
  root = entry_new (-1, top + 1);
  for (guint i = 0; i < graph->nodes->len; i++)
    if (node_at (graph, i)->level == top)
      hang (graph, root, i, 0);
  for (guint i = 0; i < graph->nodes->len; i++)
    if (node_at (graph, i)->level < top && !leads_anywhere (graph, i, top))
      hang (graph, root, i, 0);
  assign_rows (graph, root, 0);

  for (guint l = 0; ok && l <= top; l++)
    {
      guint col0 = w.block[l];
      guint n = block_columns (layout, l);

      if (n > 1)
        ok = rk_xlsx_sheet_merge (sheet, first_row, col0, first_row, col0 + n - 1,
                                  level_heading (l), RK_XLSX_STYLE_GROUP, error);
      else
        ok = rk_xlsx_sheet_write_text (sheet, first_row, col0, level_heading (l),
                                       RK_XLSX_STYLE_GROUP, error);
      for (guint p = 0; ok && p < n; p++)
        {
          gboolean actions = p == layout->n_columns;
          const char *heading = actions ? C_("xlsx heading", "Countermeasures (issue register)")
                                : layout->headings[p] != NULL ? layout->headings[p]
                                : default_heading (l, layout->columns[p]);
          double width = width_of (layout, actions ? GRID_ACTIONS : layout->columns[p]) - 1;

          ok = rk_xlsx_sheet_write_text (sheet, first_row + 1, col0 + p, heading,
                                         RK_XLSX_STYLE_HEADING, error);
          heading_lines = MAX (heading_lines,
                               (guint) ceil ((rk_xlsx_text_width (heading) - 2) / MAX (width, 1)));
        }
    }
  if (ok && layout->fit_headings && heading_lines > 1)
    worksheet_set_row (rk_xlsx_sheet_get_worksheet (sheet), first_row + 1,
                       heading_lines * LINE_HEIGHT, NULL);

  for (guint i = 0; ok && i < root->children->len; i++)
    ok = write_entry (&w, g_ptr_array_index (root->children, i), error);

  for (guint r = w.first_row; ok && r < w.lines->len; r++)
    if (g_array_index (w.lines, guint, r) > 1)
      worksheet_set_row (rk_xlsx_sheet_get_worksheet (sheet), r,
                         g_array_index (w.lines, guint, r) * LINE_HEIGHT, NULL);

  *next_row = w.first_row + root->span;
  entry_free (root);
  g_array_unref (w.lines);
  return ok;
}

static gboolean
write_model_sheet (RkXlsxBook              *book,
                   const RkLogicModelGraph *graph,
                   GError                 **error)
{
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;
  RkXlsxPageSetup setup = { 0 };
  RkLmGridLayout layout;
  RkXlsxSheet *sheet;
  guint n_columns, col = 0;
  guint next_row;
  gboolean ok;

  sheet = rk_xlsx_book_add_sheet (book, C_("xlsx sheet", "Logic model"), error);
  if (sheet == NULL)
    return FALSE;

  _rk_logic_model_grid_layout_init_default (&layout);
  layout.measure_actions = TRUE;
  layout.actions_width = ACTIONS_WIDTH;
  n_columns = grid_columns (graph, &layout);
  for (guint l = 0; l < _rk_logic_model_grid_get_n_levels (graph); l++)
    {
      for (guint c = 0; c < RK_LM_GRID_N_COLUMNS; c++)
        rk_xlsx_sheet_set_column_width (sheet, col++, block_widths[c]);
      if (block_columns (&layout, l) > RK_LM_GRID_N_COLUMNS)
        rk_xlsx_sheet_set_column_width (sheet, col++, ACTIONS_WIDTH);
    }

  title = g_strdup_printf (_("Logic model %d: %s (%s)"), graph->number, graph->title,
                           graph->area_name);
  note = g_strdup (_("Current value: the latest actual value (or, without one, the baseline). "
                     "Target: the latest target. ※ An indicator example not yet checked against "
                     "its source. Values by fiscal year are on the sheet “Indicators”."));

  ok = rk_xlsx_sheet_merge (sheet, 0, 0, 0, n_columns - 1, title, RK_XLSX_STYLE_TITLE, error) &&
       rk_xlsx_sheet_merge (sheet, 1, 0, 1, n_columns - 1, note, RK_XLSX_STYLE_TEXT, error) &&
       _rk_logic_model_grid_write (sheet, graph, &layout, HEADING_ROW - 1, &next_row, error);

  /* The note under the title wraps over the whole width. */
  if (ok)
    worksheet_set_row (rk_xlsx_sheet_get_worksheet (sheet), 1, 2 * LINE_HEIGHT, NULL);

  setup.landscape = TRUE;
  setup.heading_row = HEADING_ROW;
  setup.n_heading_rows = 1;
  setup.header_left = graph->area_name;
  setup.header_center = title;
  if (ok)
    ok = rk_xlsx_sheet_set_page_setup (sheet, &setup, error);
  /* Three or four blocks of six columns are legible on A3 only. */
  if (ok)
    worksheet_set_paper (rk_xlsx_sheet_get_worksheet (sheet), 8);
  return ok;
}

static void
year_range (const RkLogicModelGraph *graph,
            int                     *first,
            int                     *last)
{
  *first = G_MAXINT;
  *last = G_MININT;
  for (guint i = 0; i < graph->indicators->len; i++)
    {
      RkLmIndicator *ind = g_ptr_array_index (graph->indicators, i);

      for (guint v = 0; v < ind->values->len; v++)
        {
          RkLmValue *value = &g_array_index (ind->values, RkLmValue, v);

          if (value->kind == RK_VALUE_KIND_TARGET)
            continue;
          *first = MIN (*first, value->fiscal_year);
          *last = MAX (*last, value->fiscal_year);
        }
    }
}

static char *
uses_of (const RkLogicModelGraph *graph,
         guint                    indicator)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint n = 0; n < graph->nodes->len; n++)
    {
      RkLmNode *node = node_at (graph, n);

      for (guint k = 0; k < node->indicators->len; k++)
        if (g_array_index (node->indicators, guint, k) == indicator)
          g_string_append_printf (s, "%s%s", s->len > 0 ? ", " : "", node->number);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
write_indicator_sheet (RkXlsxBook              *book,
                       const RkLogicModelGraph *graph,
                       GError                 **error)
{
  const char *fixed[] = {
    C_("xlsx heading", "Category"), C_("xlsx heading", "Functions"),
    C_("xlsx heading", "Indicator"), C_("xlsx heading", "Priority"), C_("xlsx heading", "Unit"),
    C_("xlsx heading", "Data source"), C_("xlsx heading", "Edition"),
    C_("xlsx heading", "Source document"), C_("xlsx heading", "Checked"),
    C_("xlsx heading", "Used in boxes"),
  };
  guint n_fixed = G_N_ELEMENTS (fixed);
  RkXlsxSheet *sheet = rk_xlsx_book_add_sheet (book, C_("xlsx sheet", "Indicators"), error);
  RkXlsxPageSetup setup = { 0 };
  g_autofree char *title = NULL;
  int first, last;
  guint n_years, col;
  gboolean ok;

  if (sheet == NULL)
    return FALSE;

  year_range (graph, &first, &last);
  n_years = first <= last ? (guint) (last - first + 1) : 0;

  title = g_strdup_printf (_("Indicators of logic model %d: %s (%s)"), graph->number, graph->title,
                           graph->area_name);
  ok = rk_xlsx_sheet_write_text (sheet, 0, 0, title, RK_XLSX_STYLE_TITLE, error) &&
       rk_xlsx_sheet_write_text (sheet, 1, 0,
                                 _("Yearly values are actual values, or the baseline where a year "
                                   "has no actual value."), RK_XLSX_STYLE_PLAIN, error);

  for (col = 0; ok && col < n_fixed; col++)
    ok = rk_xlsx_sheet_write_text (sheet, 3, col, fixed[col], RK_XLSX_STYLE_HEADING, error);
  for (guint y = 0; ok && y < n_years; y++)
    {
      g_autofree char *label = rk_fiscal_year_to_string (first + (int) y);

      ok = rk_xlsx_sheet_write_text (sheet, 3, col++, label, RK_XLSX_STYLE_HEADING, error);
    }
  if (ok)
    ok = rk_xlsx_sheet_write_text (sheet, 3, col++, C_("xlsx heading", "Target value"),
                                   RK_XLSX_STYLE_HEADING, error) &&
         rk_xlsx_sheet_write_text (sheet, 3, col++, C_("xlsx heading", "Target year"),
                                   RK_XLSX_STYLE_HEADING, error);

  for (guint i = 0; ok && i < graph->indicators->len; i++)
    {
      RkLmIndicator *ind = g_ptr_array_index (graph->indicators, i);
      g_autofree char *functions = rk_functions_to_string (ind->functions);
      g_autofree char *uses = uses_of (graph, i);
      guint row = 4 + i;
      const char *cells[] = {
        ind->category[0] != '\0' ? rk_terms_get_label (RK_TERMS_INDICATOR_CATEGORY, ind->category) : "",
        functions[0] != '\0' ? functions : C_("functions", "Cross-cutting"),
        ind->name, ind->priority ? "●" : "", ind->unit, ind->data_source,
        ind->edition[0] != '\0' ? rk_terms_get_label (RK_TERMS_INDICATOR_EDITION, ind->edition) : "",
        ind->source_document, ind->verified ? _("Checked") : _("Not checked"), uses, NULL,
      };

      ok = rk_xlsx_sheet_write_row (sheet, row, cells, RK_XLSX_STYLE_TEXT, error);
      col = n_fixed;
      for (guint y = 0; ok && y < n_years; y++, col++)
        {
          double v;

          if (rk_logic_model_graph_get_value (ind, first + (int) y, RK_VALUE_KIND_ACTUAL, &v) ||
              rk_logic_model_graph_get_value (ind, first + (int) y, RK_VALUE_KIND_BASELINE, &v))
            ok = rk_xlsx_sheet_write_number (sheet, row, col, v,
                                             fabs (v - round (v)) < 1e-9 ? RK_XLSX_STYLE_INTEGER
                                                                         : RK_XLSX_STYLE_DECIMAL,
                                             error);
          else
            ok = rk_xlsx_sheet_write_blank (sheet, row, col, RK_XLSX_STYLE_INTEGER, error);
        }
      if (ok && !isnan (ind->target))
        ok = rk_xlsx_sheet_write_number (sheet, row, col, ind->target,
                                         fabs (ind->target - round (ind->target)) < 1e-9
                                         ? RK_XLSX_STYLE_INTEGER : RK_XLSX_STYLE_DECIMAL, error) &&
             rk_xlsx_sheet_write_number (sheet, row, col + 1, ind->target_year,
                                         RK_XLSX_STYLE_PLAIN, error);
      else if (ok)
        ok = rk_xlsx_sheet_write_blank (sheet, row, col, RK_XLSX_STYLE_INTEGER, error) &&
             rk_xlsx_sheet_write_blank (sheet, row, col + 1, RK_XLSX_STYLE_INTEGER, error);
    }

  rk_xlsx_sheet_set_column_width (sheet, 2, 36);
  rk_xlsx_sheet_set_column_width (sheet, 7, 30);
  setup.landscape = TRUE;
  setup.heading_row = 3;
  setup.n_heading_rows = 1;
  setup.autofilter = graph->indicators->len > 0;
  setup.header_left = graph->area_name;
  setup.header_center = title;
  return ok && rk_xlsx_sheet_set_page_setup (sheet, &setup, error);
}

/**
 * rk_logic_model_write_xlsx:
 * @path: the .xlsx file; written whole or not at all
 *
 * Writes the model in MHLW's grid, with the indicator list on a second
 * sheet, ready to print.
 */
gboolean
rk_logic_model_write_xlsx (const RkLogicModelGraph  *graph,
                           const char               *path,
                           GError                  **error)
{
  g_autoptr(RkXlsxBook) book = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (graph != NULL, FALSE);

  book = rk_xlsx_book_new (path, RK_XLSX_BOOK_DEFAULT, error);
  if (book == NULL)
    return FALSE;

  title = g_strdup_printf (_("Logic model %d: %s (%s)"), graph->number, graph->title,
                           graph->area_name);
  rk_xlsx_book_set_properties (book, title, NULL, NULL);

  if (!write_model_sheet (book, graph, error) || !write_indicator_sheet (book, graph, error))
    return FALSE;

  return rk_xlsx_book_close (g_steal_pointer (&book), error);
}
