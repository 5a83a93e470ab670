/* lm-generate.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "lm-generate.h"

static const char *phrases[] = {
  "在宅医療", "訪問看護", "往診体制", "多職種連携", "情報共有シート", "退院支援ルール",
  "24時間対応", "後方支援病床", "人生会議（ACP）", "看取り期の支援", "研修会", "普及啓発",
  "地域包括支援センター", "介護支援専門員", "薬局の夜間対応", "医療的ケア児", "災害時の連絡網",
  "を整える", "を広げる", "に取り組む", "を支える", "が確保されている", "を共有する",
};

static char *
make_text (GRand *rand)
{
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 2, 7);

  for (guint i = 0; i < n; i++)
    g_string_append (s, phrases[g_rand_int_range (rand, 0, G_N_ELEMENTS (phrases))]);
  return g_string_free (s, FALSE);
}

RkLogicModelGraph *
lm_generate (guint    n_nodes,
             guint32  seed,
             gboolean with_final)
{
  RkLogicModelGraph *graph = rk_logic_model_graph_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint counts[RK_LM_N_LEVELS];
  guint first[RK_LM_N_LEVELS + 1];
  guint next = 0;

  /* About half measures, a third intermediate outcomes, the rest field
   * (and final) outcomes.
   */
  counts[RK_LM_LEVEL_FINAL] = with_final ? MAX (1, n_nodes / 20) : 0;
  counts[RK_LM_LEVEL_DISTAL] = MAX (1, n_nodes / 7);
  counts[RK_LM_LEVEL_INTERMEDIATE] = MAX (1, n_nodes / 3);
  counts[RK_LM_LEVEL_MEASURE] = n_nodes - counts[1] - counts[2] - counts[3];

  g_free (graph->title);
  graph->title = g_strdup ("生成モデル");
  graph->number = 1;

  for (guint l = 0; l < RK_LM_N_LEVELS; l++)
    {
      first[l] = next;
      for (guint i = 0; i < counts[l]; i++, next++)
        {
          g_autofree char *number = g_strdup_printf ("%u-%u", l + 1, i + 1);
          g_autofree char *text = make_text (rand);

          rk_logic_model_graph_add_node (graph, l, number, text);
          if (g_rand_int_range (rand, 0, 10) < 7)
            {
              g_autofree char *name = make_text (rand);
              RkLmIndicator *ind = rk_logic_model_graph_add_indicator (graph, next, name, "人");
              int base = g_rand_int_range (rand, 5, 500);

              ind->verified = g_rand_boolean (rand);
              rk_logic_model_graph_add_value (ind, 2022, RK_VALUE_KIND_BASELINE, base);
              rk_logic_model_graph_add_value (ind, 2024, RK_VALUE_KIND_ACTUAL,
                                              base + g_rand_int_range (rand, -20, 60));
              rk_logic_model_graph_add_value (ind, 2029, RK_VALUE_KIND_TARGET, base + 40);
            }
        }
    }
  first[RK_LM_N_LEVELS] = next;

  for (guint l = 0; l + 1 < RK_LM_N_LEVELS; l++)
    {
      guint up = l + 1;

      while (up < RK_LM_N_LEVELS && counts[up] == 0)
        up++;
      if (up == RK_LM_N_LEVELS)
        break;

      for (guint i = first[l]; i < first[l + 1]; i++)
        {
          guint n_links = g_rand_int_range (rand, 1, 4);
          guint last = G_MAXUINT;

          for (guint k = 0; k < n_links; k++)
            {
              /* Mostly to boxes "near" in the model's own order, as real
               * models are drafted, with some long links across it.
               */
              guint span = counts[up];
              double pos = (double) (i - first[l]) / MAX (counts[l], 1) * span;
              int near = (int) pos + g_rand_int_range (rand, -2, 3);
              int target = g_rand_int_range (rand, 0, 10) < 8 ? CLAMP (near, 0, (int) span - 1)
                                                              : g_rand_int_range (rand, 0, span);

              if ((guint) target == last)
                continue;
              rk_logic_model_graph_add_link (graph, i, first[up] + target);
              last = target;
            }

          /* Now and then a link that skips a level. */
          if (up + 1 < RK_LM_N_LEVELS && counts[up + 1] > 0 && g_rand_int_range (rand, 0, 12) == 0)
            rk_logic_model_graph_add_link (graph, i,
                                           first[up + 1] + g_rand_int_range (rand, 0, counts[up + 1]));
        }
    }

  return graph;
}
