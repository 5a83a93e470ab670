/* rk-sample-logic-models.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-sample-logic-models"

#include "config.h"

#include <math.h>

#include "rk-indicator.h"
#include "rk-logic-model.h"
#include "rk-logic-model-node.h"
#include "rk-pdca-cycle.h"
#include "rk-pdca-entry.h"
#include "rk-sample-private.h"

/* The sample's logic models: one for 急変時の対応 and one for 看取り, as a
 * base would draw them for the 8th medical plan (FY2024–2029), with
 * indicator values for FY2023–2025 and the PDCA cycle of each year up to
 * the current one (FY2026). Every figure is invented.
 */

typedef struct
{
  RkLmLevel    level;
  const char  *text;
  const char  *actor;
  const char  *feeds;        /* numbers of the boxes it leads to, space-separated */
  const char  *indicators;   /* codes, or own indicators' names, "|"-separated */
} SampleNode;

typedef struct
{
  const char  *indicator;    /* code or name */
  const char  *area;         /* "" or a five-digit code */
  double       baseline;     /* FY2022 */
  double       actual[3];    /* FY2023, FY2024, FY2025 */
  double       target;       /* FY2029 */
} SampleValues;

typedef struct
{
  int          year;
  RkPdcaStage  stage;
  const char  *entries[RK_PDCA_N_STAGES][3];
} SampleCycle;

/* The base's own indicators (拠点独自), mostly output indicators. */
static const struct {
  const char *name;
  const char *category;
  int         functions;
  const char *unit;
  const char *source;
} own_indicators[] = {
  { "夜間・休日の往診当番に参加する医療機関数", "structure", RK_FUNCTION_EMERGENCY, "施設", "医師会調べ" },
  { "24時間対応の相互支援協定を結んだ訪問看護ステーション数", "structure", RK_FUNCTION_EMERGENCY, "事業所", "拠点調べ" },
  { "急変時対応シートを作成した在宅療養者の割合", "process", RK_FUNCTION_EMERGENCY, "%", "訪問看護ステーション報告" },
  { "急変時対応研修の参加者数", "process", RK_FUNCTION_EMERGENCY, "人", "研修出席簿" },
  { "後方支援病床の協定を結んだ病院数", "structure", RK_FUNCTION_EMERGENCY, "施設", "拠点調べ" },
  { "人生会議（ACP）を知っている住民の割合", "outcome", RK_FUNCTION_END_OF_LIFE, "%", "市民アンケート" },
  { "ACP市民講座の参加者数", "process", RK_FUNCTION_END_OF_LIFE, "人", "講座出席簿" },
  { "看取り期の多職種研修の修了者数", "process", RK_FUNCTION_END_OF_LIFE, "人", "研修出席簿" },
  { "看取りを行った介護施設数", "structure", RK_FUNCTION_END_OF_LIFE, "施設", "介護保険課調べ" },
};

static const SampleNode emergency_nodes[] = {
  { RK_LM_LEVEL_DISTAL, "在宅療養者が急変時にも住み慣れた場所で適切な医療を受けられる", "",
    "", "mhlw8-p-emergency-01" },
  { RK_LM_LEVEL_INTERMEDIATE, "24時間対応できる往診・訪問看護の体制が圏域全体で確保されている", "",
    "3-1", "mhlw8-s-emergency-01|mhlw8-s-emergency-03" },
  { RK_LM_LEVEL_INTERMEDIATE, "急変時に入院を受け入れる後方支援病床が確保されている", "",
    "3-1", "mhlw8-s-emergency-02" },
  { RK_LM_LEVEL_INTERMEDIATE, "本人・家族と関係者が急変時の対応方針を共有している", "",
    "3-1", "急変時対応シートを作成した在宅療養者の割合" },
  { RK_LM_LEVEL_MEASURE, "診診連携による夜間・休日の往診当番体制をつくる", "さくら市医師会",
    "2-1", "夜間・休日の往診当番に参加する医療機関数" },
  { RK_LM_LEVEL_MEASURE, "訪問看護ステーション間で24時間対応の相互支援協定を結ぶ",
    "訪問看護ステーション連絡協議会", "2-1",
    "24時間対応の相互支援協定を結んだ訪問看護ステーション数" },
  { RK_LM_LEVEL_MEASURE, "さくら市立病院・みなと中央病院と後方支援病床の協定を結ぶ", "拠点・各病院",
    "2-2", "後方支援病床の協定を結んだ病院数" },
  { RK_LM_LEVEL_MEASURE, "急変時対応シート（情報共有シート）を作り、普及する", "拠点・訪問看護",
    "2-3 2-2", "" },
  { RK_LM_LEVEL_MEASURE, "消防本部と救急搬送時の情報共有ルールを決める", "さくら地区広域消防本部・拠点",
    "2-3", "" },
  { RK_LM_LEVEL_MEASURE, "多職種で急変時対応研修を開く", "拠点",
    "2-1 2-3", "急変時対応研修の参加者数" },
};

static const SampleValues emergency_values[] = {
  { "mhlw8-p-emergency-01", "", 612, { 640, 702, 755 }, 850 },
  { "mhlw8-p-emergency-01", "99201", 488, { 505, 548, 590 }, 650 },
  { "mhlw8-p-emergency-01", "99341", 97, { 104, 120, 128 }, 150 },
  { "mhlw8-p-emergency-01", "99382", 27, { 31, 34, 37 }, 50 },
  { "mhlw8-s-emergency-01", "", 21, { 22, 24, 27 }, 30 },
  { "mhlw8-s-emergency-03", "", 4, { 4, 5, 6 }, 6 },
  { "mhlw8-s-emergency-02", "", 1, { 1, 1, 2 }, 2 },
  { "急変時対応シートを作成した在宅療養者の割合", "", 12, { 18, 31, 44 }, 70 },
  { "夜間・休日の往診当番に参加する医療機関数", "", 0, { 0, 9, 13 }, 18 },
  { "24時間対応の相互支援協定を結んだ訪問看護ステーション数", "", 0, { 0, 3, 5 }, 6 },
  { "後方支援病床の協定を結んだ病院数", "", 0, { 0, 1, 2 }, 2 },
  { "急変時対応研修の参加者数", "", 35, { 48, 62, 58 }, 80 },
};

static const SampleCycle emergency_cycles[] = {
  { 2024, RK_PDCA_ACT, {
      { "往診当番の試行について医師会と合意する", NULL },
      { "医師会在宅医療部会で夜間・休日の往診当番を試行（10月から）",
        "急変時対応シート案を作り、2事業所で試行", NULL },
      { "往診当番はさくら市内に偏り、みなと町・やまべ村が空白", NULL },
      { "みなと町・やまべ村の医療機関に個別に参加を依頼する", NULL } } },
  { 2025, RK_PDCA_ACT, {
      { "往診当番を圏域全体に広げる", "急変時対応シートを全訪問看護ステーションで使う", NULL },
      { "みなと町・やまべ村の3医療機関が往診当番に参加",
        "みなと中央病院と後方支援病床の協定を締結", "急変時対応研修を2回開催" },
      { "研修の参加者が前年より減った（介護職の参加が少ない）", NULL },
      { "研修を夜間のオンライン開催に切り替え、介護事業所に案内する", NULL } } },
  { 2026, RK_PDCA_DO, {
      { "消防本部との情報共有ルールを年度内に決める", NULL },
      { "消防本部・病院・訪問看護で情報共有ルールの検討会を開始", NULL },
      { NULL },
      { NULL } } },
};

static const SampleNode end_of_life_nodes[] = {
  { RK_LM_LEVEL_FINAL, "住み慣れた地域で、望む場所で最期まで暮らせる", "",
    "", "mhlw8-o-eol-01" },
  { RK_LM_LEVEL_DISTAL, "本人の意思に沿った在宅での看取りが行われている", "",
    "4-1", "mhlw8-p-eol-01|mhlw8-p-eol-02" },
  { RK_LM_LEVEL_INTERMEDIATE, "在宅看取りに対応できる医療機関と訪問看護ステーションが増えている", "",
    "3-1", "mhlw8-s-eol-01|mhlw8-s-eol-02" },
  { RK_LM_LEVEL_INTERMEDIATE, "住民が人生会議（ACP）を知り、家族や関係者と話し合っている", "",
    "3-1", "人生会議（ACP）を知っている住民の割合" },
  { RK_LM_LEVEL_INTERMEDIATE, "介護施設でも看取りができる", "",
    "3-1", "看取りを行った介護施設数" },
  { RK_LM_LEVEL_MEASURE, "人生会議（ACP）の市民講座を年4回開く", "拠点・地域包括支援センター",
    "2-2", "ACP市民講座の参加者数" },
  { RK_LM_LEVEL_MEASURE, "看取り期の多職種研修（医師・訪問看護・介護職）を開く", "拠点・さくら市医師会",
    "2-1 2-3", "看取り期の多職種研修の修了者数" },
  { RK_LM_LEVEL_MEASURE, "副主治医制で在宅看取りを担う医師を支える", "さくら市医師会",
    "2-1", "" },
  { RK_LM_LEVEL_MEASURE, "ACPの記録様式を作り、医療・介護の間で共有する", "拠点",
    "2-2 3-1", "" },
  { RK_LM_LEVEL_MEASURE, "看取り期に必要な麻薬・医療材料の供給体制を確かめる", "さくら薬剤師会",
    "2-1", "" },
};

static const SampleValues end_of_life_values[] = {
  { "mhlw8-o-eol-01", "", 318, { 335, 352, 371 }, 420 },
  { "mhlw8-p-eol-01", "", 142, { 150, 163, 171 }, 200 },
  { "mhlw8-p-eol-02", "", 205, { 214, 236, 249 }, 280 },
  { "mhlw8-s-eol-01", "", 14, { 15, 15, 17 }, 20 },
  { "mhlw8-s-eol-02", "", 5, { 5, 6, 6 }, 7 },
  { "人生会議（ACP）を知っている住民の割合", "", 11.5, { 14.2, 19.8, 24.6 }, 40 },
  { "看取りを行った介護施設数", "", 3, { 4, 4, 6 }, 8 },
  { "ACP市民講座の参加者数", "", 0, { 86, 142, 168 }, 200 },
  { "看取り期の多職種研修の修了者数", "", 0, { 24, 41, 39 }, 60 },
};

static const SampleCycle end_of_life_cycles[] = {
  { 2024, RK_PDCA_ACT, {
      { "ACP市民講座を年4回開く", NULL },
      { "市民講座を4回開催（延べ142人）", "看取り期の多職種研修を開催（41人修了）", NULL },
      { "在宅看取りを行う診療所が増えていない", NULL },
      { "副主治医制の検討を医師会に提案する", NULL } } },
  { 2025, RK_PDCA_ACT, {
      { "副主治医制を試行する", NULL },
      { "副主治医制を2地区で試行", "ACP記録様式の案を作成", NULL },
      { "介護施設での看取りが増えた一方、研修修了者は横ばい", NULL },
      { "研修を介護施設向けと医療職向けに分ける", NULL } } },
  { 2026, RK_PDCA_PLAN, {
      { "ACP記録様式を圏域で統一して使い始める", "副主治医制を圏域全体に広げる", NULL },
      { NULL }, { NULL }, { NULL } } },
};

static gboolean
create_own_indicators (RkDatabase  *db,
                       GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (own_indicators); i++)
    {
      g_autoptr(RkIndicator) ind = rk_indicator_create (db, own_indicators[i].name, NULL, error);

      if (ind == NULL ||
          !rk_entity_update (RK_ENTITY (ind), NULL, error,
                             "category", own_indicators[i].category,
                             "functions", own_indicators[i].functions,
                             "unit", own_indicators[i].unit,
                             "data-source", own_indicators[i].source,
                             "source-document", "さくら在宅医療連携拠点 第8次計画期間の評価計画",
                             "verified", TRUE,
                             NULL))
        return FALSE;
    }

  return TRUE;
}

static RkLogicModelNode *
find_node (GPtrArray  *nodes,
           const char *number)
{
  for (guint i = 0; i < nodes->len; i++)
    if (g_str_equal (rk_entity_get_string (g_ptr_array_index (nodes, i), "number"), number))
      return g_ptr_array_index (nodes, i);

  return NULL;
}

static gboolean
fill_model (RkDatabase        *db,
            const char        *title,
            RkFunctions        functions,
            const SampleNode  *nodes,
            guint              n_nodes,
            const SampleValues *values,
            guint              n_values,
            const SampleCycle *cycles,
            guint              n_cycles,
            GError           **error)
{
  g_autoptr(RkLogicModel) model = rk_logic_model_create (db, title, NULL, error);
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_object_unref);

  if (model == NULL ||
      !rk_entity_update (RK_ENTITY (model), NULL, error,
                         "functions", (int) functions,
                         "first-year", 2024,
                         "last-year", 2029,
                         NULL))
    return FALSE;

  for (guint i = 0; i < n_nodes; i++)
    {
      RkLogicModelNode *node = rk_logic_model_add_node (model, nodes[i].level, nodes[i].text,
                                                        NULL, error);
      g_auto(GStrv) codes = NULL;

      if (node == NULL)
        return FALSE;
      g_ptr_array_add (made, node);
      if (!rk_entity_update (RK_ENTITY (node), NULL, error,
                             "actor", nodes[i].actor,
                             "functions", (int) functions,
                             NULL))
        return FALSE;

      codes = g_strsplit (nodes[i].indicators, "|", -1);
      for (guint c = 0; codes[c] != NULL; c++)
        {
          g_autoptr(RkIndicator) ind = NULL;

          if (codes[c][0] == '\0')
            continue;
          ind = rk_indicator_find (db, codes[c], error);
          if (ind == NULL ||
              !rk_logic_model_node_add_indicator (node, rk_entity_get_id (RK_ENTITY (ind)), NULL,
                                                  error))
            return FALSE;
        }
    }

  /* Links, once every box exists. */
  for (guint i = 0; i < n_nodes; i++)
    {
      g_auto(GStrv) feeds = g_strsplit (nodes[i].feeds, " ", -1);

      for (guint f = 0; feeds[f] != NULL; f++)
        {
          RkLogicModelNode *target = feeds[f][0] != '\0' ? find_node (made, feeds[f]) : NULL;

          if (target != NULL &&
              !rk_logic_model_node_set_linked (g_ptr_array_index (made, i), target, TRUE, NULL,
                                               error))
            return FALSE;
        }
    }

  for (guint i = 0; i < n_values; i++)
    {
      g_autoptr(RkIndicator) ind = rk_indicator_find (db, values[i].indicator, error);
      g_autofree char *area = NULL;

      if (ind == NULL)
        return FALSE;
      if (values[i].area[0] != '\0')
        area = g_strdup_printf ("%s%c", values[i].area,
                                rk_municipality_code_check_digit (values[i].area));

      /* A value for a whole area is shared by both models: the first
       * model to name an indicator sets it.
       */
      /* The plan's final target, and a midway one for FY2025 (the midterm
       * review), on the straight line from the baseline.
       */
      if (!rk_indicator_set_value (ind, area, 2022, RK_VALUE_KIND_BASELINE, values[i].baseline,
                                   "拠点調べ", "2023-03-31", NULL, error) ||
          !rk_indicator_set_value (ind, area, 2029, RK_VALUE_KIND_TARGET, values[i].target,
                                   "第8次医療計画（さくら圏域）", "2024-03-29", NULL, error) ||
          !rk_indicator_set_value (ind, area, 2025, RK_VALUE_KIND_TARGET,
                                   round (values[i].baseline +
                                          (values[i].target - values[i].baseline) * 0.55),
                                   "第8次医療計画（さくら圏域）中間目標", "2024-03-29", NULL, error))
        return FALSE;
      for (guint y = 0; y < 3; y++)
        {
          g_autofree char *as_of = g_strdup_printf ("%u-03-31", 2024 + y);

          if (!rk_indicator_set_value (ind, area, 2023 + y, RK_VALUE_KIND_ACTUAL,
                                       values[i].actual[y], "拠点調べ", as_of, NULL, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < n_cycles; i++)
    {
      g_autoptr(RkPdcaCycle) cycle = rk_pdca_cycle_ensure (model, cycles[i].year, NULL, error);

      if (cycle == NULL ||
          !rk_entity_update (RK_ENTITY (cycle), NULL, error, "stage", (int) cycles[i].stage, NULL))
        return FALSE;

      for (guint s = 0; s < RK_PDCA_N_STAGES; s++)
        for (guint e = 0; e < 3 && cycles[i].entries[s][e] != NULL; e++)
          {
            g_autoptr(RkPdcaEntry) entry = rk_pdca_cycle_add_entry (cycle, s,
                                                                    cycles[i].entries[s][e],
                                                                    NULL, error);
            if (entry == NULL)
              return FALSE;
          }
    }

  return TRUE;
}

gboolean
_rk_sample_fill_logic_models (RkDatabase  *db,
                              GError     **error)
{
  return rk_indicator_load_examples (db, NULL, error) &&
         create_own_indicators (db, error) &&
         fill_model (db, "急変時の対応", RK_FUNCTION_EMERGENCY,
                     emergency_nodes, G_N_ELEMENTS (emergency_nodes),
                     emergency_values, G_N_ELEMENTS (emergency_values),
                     emergency_cycles, G_N_ELEMENTS (emergency_cycles), error) &&
         fill_model (db, "看取り", RK_FUNCTION_END_OF_LIFE,
                     end_of_life_nodes, G_N_ELEMENTS (end_of_life_nodes),
                     end_of_life_values, G_N_ELEMENTS (end_of_life_values),
                     end_of_life_cycles, G_N_ELEMENTS (end_of_life_cycles), error);
}
