/* rk-sample-training.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-sample-training"

#include "config.h"

#include "rk-activity.h"
#include "rk-sample-private.h"
#include "rk-vocabulary.h"

/* The sample base's 人材育成 and 普及啓発 over two fiscal years: training
 * sessions of every method with participants by profession, what it sent
 * to professionals, and what it did for residents. One record falls on the
 * last day of fiscal 2025 (2026-03-31) and one on the first of 2026, so
 * that a year's report is seen to cut at the right place. All invented.
 */

typedef struct
{
  const char *profession;
  int         headcount;
} Participants;

static const struct {
  const char         *category;
  const char         *held_on;
  const char         *kind;
  const char         *title;
  const char         *audience;
  const char         *venue;
  const char         *channel;
  gint64              reach;
  const char         *partners;
  RkFunctions         functions;
  const char         *evaluation;
  const Participants  participants[10];  /* ends with a NULL profession */
} activities[] = {
  { RK_ACTIVITY_TRAINING, "2025-11-12", "lecture",
    "人生会議（ACP）の基礎と多職種の関わり",
    "圏域の医療・介護・障害福祉の専門職", "さくら市医師会館 大会議室",
    "医師会報、メール、MCSの研修情報グループ", -1, "さくら市地域包括支援センター",
    RK_FUNCTION_END_OF_LIFE,
    "アンケート回答48人、「理解できた」92%",
    { { "physician", 6 }, { "nurse", 14 }, { "care_manager", 11 }, { "pharmacist", 4 },
      { "social_worker", 3 } } },
  { RK_ACTIVITY_OUTREACH, "2026-03-31", "leaflet",
    "在宅医療ガイドブック「おうちで過ごすために」（改訂版）",
    "圏域の住民", "",
    "市町村窓口、地域包括支援センター、薬局で配布", 3000, "さくら中央薬局、みなと薬局",
    RK_FUNCTION_DAILY_CARE | RK_FUNCTION_END_OF_LIFE,
    "", { { NULL } } },
  { RK_ACTIVITY_OUTREACH, "2026-04-01", "video",
    "在宅医療PR動画「さくら圏域で、家で暮らす」",
    "圏域の住民", "",
    "市ホームページ、動画共有サイト、市役所ロビーのモニター", 1450, "さくら市",
    RK_FUNCTION_DAILY_CARE,
    "再生回数1,450回（令和8年9月末）", { { NULL } } },
  { RK_ACTIVITY_TRAINING, "2026-06-18", "lecture",
    "在宅での看取りを支える多職種連携",
    "圏域の医療・介護の専門職", "さくら市医師会館 大会議室",
    "医師会報、メール、MCSの研修情報グループ", -1, "さくら訪問看護ステーション",
    RK_FUNCTION_END_OF_LIFE,
    "アンケート回答率82%、「今後の実践に役立つ」90%",
    { { "physician", 8 }, { "nurse", 15 }, { "care_manager", 12 }, { "pharmacist", 5 },
      { "therapist", 4 }, { "social_worker", 3 } } },
  { RK_ACTIVITY_SHARING, "2026-07-01", "newsletter",
    "さくら在宅医療・介護連携ニュース 第12号",
    "圏域内の医療機関・介護事業所", "",
    "郵送、メール", 186, "",
    RK_FUNCTION_DISCHARGE,
    "入退院支援ルールの改訂点を特集", { { NULL } } },
  { RK_ACTIVITY_OUTREACH, "2026-08-23", "public_lecture",
    "市民公開講座「人生会議を考える ― 家で最期まで暮らすには」",
    "市民", "さくら市民会館 小ホール",
    "広報さくら8月号、回覧板、ポスター", 132, "一般社団法人さくら市医師会",
    RK_FUNCTION_END_OF_LIFE,
    "参加者アンケート「人生会議を家族と話したい」76%", { { NULL } } },
  { RK_ACTIVITY_TRAINING, "2026-09-10", "case_study",
    "退院前カンファレンスの進め方（事例検討）",
    "病院の退院支援担当者、ケアマネジャー、訪問看護師", "さくら市立病院 研修室",
    "病院・居宅介護支援事業所へのメール", -1, "さくら市立病院 地域連携室",
    RK_FUNCTION_DISCHARGE,
    "事例2件を検討。退院前カンファレンスの開催基準を次回会議に提案",
    { { "medical_social_worker", 4 }, { "nurse", 9 }, { "care_manager", 10 },
      { "therapist", 2 } } },
  { RK_ACTIVITY_OUTREACH, "2026-10-08", "outreach_lecture",
    "出前講座「在宅医療ってなに？」",
    "みなと町老人クラブ連合会", "みなと町公民館",
    "老人クラブからの依頼", 28, "みなと町 保健福祉課",
    RK_FUNCTION_DAILY_CARE,
    "", { { NULL } } },
  { RK_ACTIVITY_SHARING, "2026-10-15", "resource_list",
    "在宅医療・介護資源マップ（令和8年度版）",
    "圏域内の医療機関・介護事業所、地域包括支援センター", "",
    "郵送、拠点ホームページに掲載", 240, "",
    RK_FUNCTION_DAILY_CARE | RK_FUNCTION_EMERGENCY,
    "訪問診療・24時間対応の可否を更新", { { NULL } } },
  { RK_ACTIVITY_TRAINING, "2026-11-05", "world_cafe",
    "顔の見える関係づくり ― 急変時の連絡をどうする？",
    "医療・介護・障害福祉の専門職、行政", "さくら市民会館 多目的室",
    "関係団体経由の案内、MCSの研修情報グループ", -1, "さくら市社会福祉協議会",
    RK_FUNCTION_EMERGENCY,
    "6グループで対話。急変時連絡票の試行を提案",
    { { "physician", 5 }, { "dentist", 3 }, { "pharmacist", 6 }, { "nurse", 18 },
      { "care_manager", 21 }, { "care_worker", 9 }, { "disability_counselor", 4 },
      { "paramedic", 2 } } },
  { RK_ACTIVITY_SHARING, "2026-12-01", "ict",
    "年末年始の診療・訪問体制一覧",
    "圏域の医療・介護の専門職", "",
    "MCSの研修情報グループに掲載", 310, "さくら市医師会、さくら歯科医師会、さくら薬剤師会",
    RK_FUNCTION_EMERGENCY,
    "", { { NULL } } },
  { RK_ACTIVITY_TRAINING, "2027-01-20", "accompanied_visit",
    "訪問看護同行研修（新任ケアマネジャー向け）",
    "新任の介護支援専門員", "みなと訪問看護ステーション",
    "居宅介護支援事業所へのメール", -1, "みなと訪問看護ステーション",
    RK_FUNCTION_DAILY_CARE,
    "同行4件。医療的ケアの理解が深まったとの感想",
    { { "care_manager", 4 } } },
  { RK_ACTIVITY_OUTREACH, "2027-02-14", "forum",
    "さくら圏域 在宅医療市民フォーラム",
    "市民、家族介護者", "さくら市民会館 大ホール",
    "広報誌3市町村分、新聞折込、ポスター", -1, "さくら市、みなと町、やまべ村",
    RK_FUNCTION_DAILY_CARE | RK_FUNCTION_END_OF_LIFE | RK_FUNCTION_DISASTER,
    "", { { NULL } } },
};

gboolean
_rk_sample_fill_training (RkDatabase  *db,
                          GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    {
      g_autoptr(RkActivity) activity = rk_activity_new (db, activities[i].category,
                                                        activities[i].held_on, NULL, error);

      if (activity == NULL ||
          !rk_entity_update (RK_ENTITY (activity), NULL, error,
                             "kind", activities[i].kind,
                             "title", activities[i].title,
                             "audience", activities[i].audience,
                             "venue", activities[i].venue,
                             "channel", activities[i].channel,
                             "reach", activities[i].reach,
                             "partners", activities[i].partners,
                             "functions", (int) activities[i].functions,
                             "evaluation", activities[i].evaluation,
                             NULL))
        return FALSE;

      for (guint p = 0; activities[i].participants[p].profession != NULL; p++)
        {
          g_autoptr(RkEntity) row =
            rk_activity_add_participant (activity, activities[i].participants[p].profession,
                                         activities[i].participants[p].headcount, NULL, error);
          if (row == NULL)
            return FALSE;
        }
    }

  return TRUE;
}
