/* rk-sample-meetings.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-sample-meetings"

#include "config.h"

#include "rk-agenda-item.h"
#include "rk-countermeasure.h"
#include "rk-issue.h"
#include "rk-issue-progress.h"
#include "rk-meeting.h"
#include "rk-participant.h"
#include "rk-sample-private.h"
#include "rk-working-group.h"
#include "rk-working-group-cycle.h"
#include "rk-working-group-member.h"

/* A year of the sample base's meetings (fiscal year 2026, April 2026 to
 * March 2027), as the guidebook's cases run them: an 一次連携 round in
 * which the base meets one profession at a time (事例①), two 二次連携
 * meetings held jointly with the 在宅医療・介護連携推進事業, a working group
 * with three meetings and its yearly cycle (事例②), and the plenary
 * meeting still to come. The issue register carries what was raised from
 * meeting to meeting; some countermeasures are done, some overdue.
 * Everything is invented, and the minutes name no one.
 */

typedef struct
{
  const char *name;
  const char *kind;
  const char *code5;
  const char *category;
} SampleOrg;

static const SampleOrg orgs[] = {
  /* 0 */ { "青葉県 健康福祉部 医療政策課", "government", "", "prefecture" },
  /* 1 */ { "さくら市 健康福祉部 高齢福祉課", "government", "99201", "municipality" },
  /* 2 */ { "みなと町 保健福祉課", "government", "99341", "municipality" },
  /* 3 */ { "やまべ村 住民福祉課", "government", "99382", "municipality" },
  /* 4 */ { "青葉県さくら保健所", "government", "99201", "public_health_center" },
  /* 5 */ { "さくら地区広域消防本部", "fire_department", "99201", "fire" },
  /* 6 */ { "一般社団法人さくら市医師会", "association", "99201", "medical_association" },
  /* 7 */ { "一般社団法人さくら歯科医師会", "association", "99201", "dental_association" },
  /* 8 */ { "一般社団法人さくら薬剤師会", "association", "99201", "pharmacist_association" },
  /* 9 */ { "公益社団法人青葉県看護協会 さくら地区支部", "association", "99201", "nursing_association" },
  /* 10 */ { "さくら市立病院", "hospital", "99201", "core_medical_institution" },
  /* 11 */ { "みなと中央病院", "hospital", "99341", "home_care_institution" },
  /* 12 */ { "さくら在宅クリニック", "clinic", "99201", "home_care_support_clinic" },
  /* 13 */ { "やまべ診療所", "clinic", "99382", "home_care_institution" },
  /* 14 */ { "さくら中央薬局", "pharmacy", "99201", "pharmacy" },
  /* 15 */ { "さくら訪問看護ステーション", "home_nursing", "99201", "home_nursing" },
  /* 16 */ { "みなと訪問看護ステーション", "home_nursing", "99341", "home_nursing" },
  /* 17 */ { "さくら地区介護支援専門員協会", "association", "99201", "care_manager_association" },
  /* 18 */ { "さくらケアプランセンター", "care_management", "99201", "care_management" },
  /* 19 */ { "さくら市地域包括支援センター", "community_support", "99201", "community_support" },
  /* 20 */ { "社会福祉法人さくら市社会福祉協議会", "association", "99201", "social_welfare_council" },
  /* 21 */ { "さくら歯科医院", "dental_clinic", "99201", "home_care_institution" },
};

typedef struct
{
  int         org;        /* index in orgs[], or -1 for a person on their own */
  const char *role;
  gboolean    attended;
} SampleParticipant;

typedef struct
{
  const char  *step;
  const char  *title;
  RkFunctions  functions;
  const char  *minutes;
  const char  *decisions;
} SampleItem;

typedef struct
{
  RkDatabase *db;
  gint64      org_ids[G_N_ELEMENTS (orgs)];
  gint64      wg_id;
} Filler;

static gboolean
resolve_orgs (Filler  *f,
              GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (orgs); i++)
    {
      f->org_ids[i] = _rk_sample_organization (f->db, orgs[i].kind, orgs[i].name, orgs[i].code5,
                                               error);
      if (f->org_ids[i] == 0)
        return FALSE;
    }

  return TRUE;
}

static RkMeeting *
add_meeting (Filler      *f,
             const char  *kind,
             const char  *title,
             const char  *date,
             const char  *start,
             const char  *end,
             const char  *place,
             gboolean     online,
             gboolean     joint,
             const char  *status,
             gboolean     working_group,
             GError     **error)
{
  return rk_entity_create (f->db, RK_TYPE_MEETING, NULL, error,
                           "kind", kind,
                           "title", title,
                           "date", date,
                           "start-time", start,
                           "end-time", end,
                           "place", place,
                           "online", online,
                           "joint", joint,
                           "status", status,
                           "working-group-id", working_group ? f->wg_id : (gint64) -1,
                           NULL);
}

static gboolean
add_participants (Filler                  *f,
                  RkMeeting               *meeting,
                  const SampleParticipant *list,
                  guint                    n,
                  GError                 **error)
{
  for (guint i = 0; i < n; i++)
    {
      const SampleParticipant *p = &list[i];
      g_autoptr(RkEntity) row = NULL;

      row = rk_entity_create (f->db, RK_TYPE_PARTICIPANT, NULL, error,
                              "meeting-id", rk_entity_get_id (RK_ENTITY (meeting)),
                              "position", (int) i,
                              "organization-id", p->org >= 0 ? f->org_ids[p->org] : (gint64) -1,
                              "name", p->org >= 0 ? "" : "森 由紀子",
                              "role", p->role,
                              "category", p->org >= 0 ? orgs[p->org].category : "other",
                              "invited", TRUE,
                              "attended", p->attended,
                              NULL);
      if (row == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_agenda (Filler           *f,
            RkMeeting        *meeting,
            const SampleItem *items,
            guint             n,
            GError          **error)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) row = rk_entity_create (f->db, RK_TYPE_AGENDA_ITEM, NULL, error,
                                                  "meeting-id", rk_entity_get_id (RK_ENTITY (meeting)),
                                                  "position", (int) i,
                                                  "step", items[i].step,
                                                  "title", items[i].title,
                                                  "functions", (int) items[i].functions,
                                                  "minutes", items[i].minutes != NULL ? items[i].minutes : "",
                                                  "decisions", items[i].decisions != NULL ? items[i].decisions : "",
                                                  NULL);
      if (row == NULL)
        return FALSE;
    }

  return TRUE;
}

static RkIssue *
add_issue (Filler      *f,
           RkMeeting   *meeting,
           const char  *title,
           const char  *description,
           RkFunctions  functions,
           const char  *priority,
           const char  *status,
           gboolean     working_group,
           GError     **error)
{
  g_autoptr(RkIssue) issue = rk_issue_new (f->db, meeting, title, error);

  if (issue == NULL ||
      !rk_entity_update (RK_ENTITY (issue), NULL, error,
                         "description", description,
                         "functions", (int) functions,
                         "priority", priority,
                         "status", status,
                         "working-group-id", working_group ? f->wg_id : (gint64) -1,
                         NULL))
    return NULL;

  return g_steal_pointer (&issue);
}

static gboolean
add_action (Filler      *f,
            RkIssue     *issue,
            RkMeeting   *meeting,
            const char  *what,
            const char  *owner,
            const char  *due,
            const char  *status,
            const char  *completed_on,
            const char  *evaluation,
            GError     **error)
{
  gint64 id = rk_issue_add_countermeasure (issue, meeting, what, error);
  g_autoptr(RkEntity) action = NULL;

  if (id == 0)
    return FALSE;
  action = rk_entity_lookup (f->db, RK_TYPE_COUNTERMEASURE, id, error);

  return action != NULL &&
         rk_entity_update (action, NULL, error,
                           "owner", owner,
                           "due-date", due,
                           "status", status,
                           "completed-on", completed_on,
                           "evaluation", evaluation,
                           NULL);
}

static gboolean
add_progress (RkIssue     *issue,
              RkMeeting   *meeting,
              const char  *note,
              GError     **error)
{
  return rk_issue_add_progress (issue, meeting, note, error) != 0;
}

static gboolean
close_issue (RkIssue     *issue,
             const char  *status,
             const char  *closed_on,
             const char  *evaluation,
             GError     **error)
{
  return rk_entity_update (RK_ENTITY (issue), NULL, error,
                           "status", status,
                           "closed-on", closed_on,
                           "evaluation", evaluation,
                           NULL);
}

static gboolean
fill_working_group (Filler  *f,
                    GError **error)
{
  static const struct {
    int         org;
    const char *role;
  } members[] = {
    { 6, "委員長（在宅医療担当理事）" },
    { 10, "委員（地域医療連携室長）" },
    { 11, "委員（地域連携担当看護師長）" },
    { 12, "委員（院長）" },
    { 13, "委員（所長）" },
    { 15, "委員（管理者）" },
    { 14, "委員（管理薬剤師）" },
  };
  g_autoptr(RkWorkingGroup) group = NULL;
  g_autoptr(RkWorkingGroupCycle) cycle = NULL;

  group = rk_entity_create (f->db, RK_TYPE_WORKING_GROUP, NULL, error,
                            "name", "24時間対応体制ワーキンググループ",
                            "theme", "休日・夜間を含む24時間の在宅医療提供体制（病診連携・診診連携）",
                            "meetings-per-year", 3,
                            NULL);
  if (group == NULL)
    return FALSE;
  f->wg_id = rk_entity_get_id (RK_ENTITY (group));

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autoptr(RkEntity) row = rk_entity_create (f->db, RK_TYPE_WORKING_GROUP_MEMBER, NULL, error,
                                                  "working-group-id", f->wg_id,
                                                  "position", (int) i,
                                                  "organization-id", f->org_ids[members[i].org],
                                                  "role", members[i].role,
                                                  "category", orgs[members[i].org].category,
                                                  NULL);
      if (row == NULL)
        return FALSE;
    }

  cycle = rk_working_group_get_cycle (group, 2026, TRUE, error);
  return cycle != NULL &&
         rk_entity_update (RK_ENTITY (cycle), NULL, error,
                           "stage", "implementation",
                           "extraction-notes",
                           "一次連携のヒアリングから、みなと町・やまべ村では休日・夜間の往診と訪問指示に"
                           "応じられる医師が限られ、主治医一人に負担が集中していることを確認。",
                           "decision-notes",
                           "主治医・副主治医制と、休日・夜間の当番医を市医師会が調整する方式を"
                           "みなと町・やまべ村で試行することを決定。",
                           "implementation-notes",
                           "10月から試行中。参加医療機関は6か所。訪問看護ステーションとの連絡票を共通化。",
                           NULL);
}

static const SampleItem primary_doctors[] = {
  { "situation", "医師会員の訪問診療・往診の実施状況", RK_FUNCTION_DAILY_CARE | RK_FUNCTION_EMERGENCY,
    "訪問診療を行う会員診療所は18か所。うち休日・夜間の往診に応じているのは7か所で、さくら市内に集中している。",
    NULL },
  { "issues", "休日・夜間の往診・訪問指示への対応体制", RK_FUNCTION_EMERGENCY,
    "みなと町・やまべ村では主治医一人が24時間対応を担っており、継続が難しいとの意見。",
    "二次連携会議の議題とし、病院・訪問看護を交えて検討する。" },
};

static const SampleItem primary_pharmacists[] = {
  { "situation", "夜間・休日の調剤と麻薬・医療材料の供給状況", RK_FUNCTION_EMERGENCY | RK_FUNCTION_END_OF_LIFE,
    "24時間対応の届出薬局は5か所。麻薬の在庫を持つ薬局は3か所にとどまる。",
    NULL },
  { "issues", "ターミナル期の医薬品提供体制", RK_FUNCTION_END_OF_LIFE,
    "急な麻薬の処方に応じられる薬局が分からず、訪問看護が問い合わせに時間を要している。",
    "24時間対応可能な薬局の一覧を薬剤師会が作成する。" },
};

static const SampleItem primary_care_managers[] = {
  { "situation", "退院時の情報提供の状況", RK_FUNCTION_DISCHARGE,
    "退院前カンファレンスに呼ばれる割合は病院によって大きく異なる。",
    NULL },
  { "issues", "退院支援ルールの運用", RK_FUNCTION_DISCHARGE,
    "退院支援ルールが一部の病院で運用されておらず、退院当日に連絡が来る例がある。",
    "二次連携会議で病院の地域連携室と共有する。" },
};

static const SampleItem secondary_first[] = {
  { "situation", "一次連携（医師会・薬剤師会・介護支援専門員協会）で把握した連携上の課題",
    RK_FUNCTION_DISCHARGE | RK_FUNCTION_EMERGENCY | RK_FUNCTION_END_OF_LIFE,
    "拠点から、5月から6月に行った一次連携の結果を報告。", NULL },
  { "situation", "退院支援ルールの導入状況", RK_FUNCTION_DISCHARGE,
    "ルールを運用している病院は4病院中2病院。", NULL },
  { "situation", "訪問診療・訪問看護・訪問歯科診療・訪問薬剤管理指導の利用状況", RK_FUNCTION_DAILY_CARE,
    "訪問歯科診療の利用が他圏域と比べて少ない。", NULL },
  { "issues", "退院支援ルールの利用が進まない要因", RK_FUNCTION_DISCHARGE,
    "病棟看護師へのルールの周知不足と、情報提供シートの記入負担が挙げられた。", NULL },
  { "issues", "24時間対応の提供体制が構築できていない地域", RK_FUNCTION_EMERGENCY,
    "みなと町・やまべ村。24時間対応体制ワーキンググループで検討を始める。", NULL },
  { "measures", "退院支援ルール普及のためのルール見直し及び普及啓発活動", RK_FUNCTION_DISCHARGE,
    "各病院で周知研修を行い、あわせて情報提供シートの様式を見直す。",
    "周知研修はさくら市立病院の地域医療連携室が取りまとめる。様式の見直しは拠点が事務局となる。" },
  { "measures", "訪問歯科診療の利用促進", RK_FUNCTION_DAILY_CARE,
    "歯科医師会から案内チラシを作成するとの提案。",
    "チラシを居宅介護支援事業所へ配布する。" },
};

static const SampleItem secondary_second[] = {
  { "situation", "前回会議で決めた対応策の実施状況", RK_FUNCTION_DISCHARGE | RK_FUNCTION_DAILY_CARE,
    "周知研修は全病院で実施済み。訪問歯科のチラシは9月に配布を終えた。", NULL },
  { "situation", "災害時の在宅療養者の把握状況", RK_FUNCTION_DISASTER,
    "人工呼吸器使用者の把握は市町村ごとに方法が異なり、保健所・消防との共有の仕組みがない。", NULL },
  { "issues", "災害時対応を含む連携上の課題", RK_FUNCTION_DISASTER | RK_FUNCTION_EMERGENCY,
    "停電時の電源確保と避難先の調整を誰が担うかが決まっていない。", NULL },
  { "measures", "災害時の情報共有の仕組みづくり", RK_FUNCTION_DISASTER,
    "保健所が中心となり、把握方法と共有範囲の案を作成する。",
    "保健所・消防・市町村で検討し、全体会議で報告する。" },
};

static const SampleItem wg_first[] = {
  { "situation", "休日・夜間の往診・訪問指示の現状", RK_FUNCTION_EMERGENCY,
    "委員の医療機関の対応状況を共有。", NULL },
  { "issues", "主治医一人に負担が集中している要因", RK_FUNCTION_EMERGENCY,
    "副主治医を頼める医師が近くにいないこと、連絡方法が統一されていないことが挙げられた。", NULL },
};

static const SampleItem wg_second[] = {
  { "measures", "主治医・副主治医制と当番医の試行", RK_FUNCTION_EMERGENCY,
    "当番医の調整を医師会が担う案を検討。",
    "みなと町・やまべ村で10月から試行する。" },
};

static const SampleItem wg_third[] = {
  { "situation", "試行の実施状況", RK_FUNCTION_EMERGENCY, NULL, NULL },
  { "measures", "試行の評価と来年度の進め方", RK_FUNCTION_EMERGENCY, NULL, NULL },
};

static const SampleItem plenary[] = {
  { "situation", "今年度の連携会議・ワーキンググループの取組報告",
    RK_FUNCTION_DISCHARGE | RK_FUNCTION_DAILY_CARE | RK_FUNCTION_EMERGENCY | RK_FUNCTION_END_OF_LIFE,
    NULL, NULL },
  { "issues", "災害時の在宅療養者の情報共有について", RK_FUNCTION_DISASTER, NULL, NULL },
  { "measures", "来年度の重点課題と対応策について",
    RK_FUNCTION_DISCHARGE | RK_FUNCTION_EMERGENCY | RK_FUNCTION_DISASTER, NULL, NULL },
};

#define ADD_AGENDA(f, m, items, error) add_agenda ((f), (m), (items), G_N_ELEMENTS (items), (error))
#define ADD_PARTICIPANTS(f, m, list, error) \
  add_participants ((f), (m), (list), G_N_ELEMENTS (list), (error))

gboolean
_rk_sample_fill_meetings (RkDatabase  *db,
                          GError     **error)
{
  static const SampleParticipant with_doctors[] = {
    { 6, "在宅医療担当理事", TRUE }, { 1, "在宅医療・介護連携担当", TRUE },
  };
  static const SampleParticipant with_pharmacists[] = {
    { 8, "副会長", TRUE }, { 14, "管理薬剤師", TRUE },
  };
  static const SampleParticipant with_care_managers[] = {
    { 17, "会長", TRUE }, { 18, "主任介護支援専門員", TRUE },
  };
  static const SampleParticipant secondary[] = {
    { 0, "在宅医療推進担当", FALSE },
    { 1, "在宅医療・介護連携担当", TRUE },
    { 2, "保健師", TRUE },
    { 3, "保健師", TRUE },
    { 4, "地域保健課長", TRUE },
    { 5, "救急課", FALSE },
    { 6, "在宅医療担当理事", TRUE },
    { 7, "地域歯科保健担当理事", TRUE },
    { 8, "副会長", TRUE },
    { 9, "支部長", TRUE },
    { 10, "地域医療連携室長", TRUE },
    { 11, "地域連携担当看護師長", TRUE },
    { 12, "院長", TRUE },
    { 15, "管理者", TRUE },
    { 17, "会長", TRUE },
    { 19, "センター長", TRUE },
    { 20, "地域福祉課", FALSE },
    { -1, "青葉県立大学 看護学部 教授（学識経験者）", TRUE },
  };
  static const SampleParticipant secondary2[] = {
    { 0, "在宅医療推進担当", TRUE },
    { 1, "在宅医療・介護連携担当", TRUE },
    { 2, "保健師", TRUE },
    { 3, "保健師", FALSE },
    { 4, "地域保健課長", TRUE },
    { 5, "救急課長", TRUE },
    { 6, "在宅医療担当理事", TRUE },
    { 7, "地域歯科保健担当理事", TRUE },
    { 8, "副会長", TRUE },
    { 10, "地域医療連携室長", TRUE },
    { 12, "院長", TRUE },
    { 15, "管理者", TRUE },
    { 16, "管理者", TRUE },
    { 17, "会長", TRUE },
    { 19, "センター長", TRUE },
    { -1, "青葉県立大学 看護学部 教授（学識経験者）", TRUE },
  };
  static const SampleParticipant wg[] = {
    { 6, "委員長（在宅医療担当理事）", TRUE },
    { 10, "地域医療連携室長", TRUE },
    { 11, "地域連携担当看護師長", TRUE },
    { 12, "院長", TRUE },
    { 13, "所長", TRUE },
    { 15, "管理者", TRUE },
    { 14, "管理薬剤師", TRUE },
  };
  static const SampleParticipant wg_planned[] = {
    { 6, "委員長（在宅医療担当理事）", FALSE },
    { 10, "地域医療連携室長", FALSE },
    { 12, "院長", FALSE },
    { 13, "所長", FALSE },
    { 15, "管理者", FALSE },
  };
  static const SampleParticipant plenary_invited[] = {
    { 0, "医療政策課長", FALSE },
    { 1, "高齢福祉課長", FALSE },
    { 2, "保健福祉課長", FALSE },
    { 3, "住民福祉課長", FALSE },
    { 4, "所長", FALSE },
    { 5, "救急課長", FALSE },
    { 6, "会長", FALSE },
    { 7, "会長", FALSE },
    { 8, "会長", FALSE },
    { 9, "支部長", FALSE },
    { 10, "院長", FALSE },
    { 11, "院長", FALSE },
    { 17, "会長", FALSE },
    { 19, "センター長", FALSE },
    { 20, "事務局長", FALSE },
  };
  Filler filler = { db };
  Filler *f = &filler;
  g_autoptr(RkMeeting) m_doctors = NULL;
  g_autoptr(RkMeeting) m_pharmacists = NULL;
  g_autoptr(RkMeeting) m_care = NULL;
  g_autoptr(RkMeeting) m_second1 = NULL;
  g_autoptr(RkMeeting) m_second2 = NULL;
  g_autoptr(RkMeeting) m_wg1 = NULL;
  g_autoptr(RkMeeting) m_wg2 = NULL;
  g_autoptr(RkMeeting) m_wg3 = NULL;
  g_autoptr(RkMeeting) m_plenary = NULL;
  g_autoptr(RkIssue) night = NULL;
  g_autoptr(RkIssue) medicines = NULL;
  g_autoptr(RkIssue) discharge = NULL;
  g_autoptr(RkIssue) dental = NULL;
  g_autoptr(RkIssue) disaster = NULL;

  if (!resolve_orgs (f, error) || !fill_working_group (f, error))
    return FALSE;

  /* 一次連携: the base and one profession at a time. */
  if (!(m_doctors = add_meeting (f, "primary", "一次連携：さくら市医師会との打合せ", "2026-05-20",
                                 "14:00", "15:30", "さくら市医師会館 会議室", FALSE, FALSE, "held",
                                 FALSE, error)) ||
      !ADD_PARTICIPANTS (f, m_doctors, with_doctors, error) ||
      !ADD_AGENDA (f, m_doctors, primary_doctors, error) ||
      !(night = add_issue (f, m_doctors, "休日・夜間の往診・訪問指示に対応する体制が、みなと町・やまべ村で構築できていない",
                           "主治医一人が24時間対応を担っており、負担が大きく継続が難しい。",
                           RK_FUNCTION_EMERGENCY | RK_FUNCTION_END_OF_LIFE, "high", "in_progress", TRUE,
                           error)))
    return FALSE;

  if (!(m_pharmacists = add_meeting (f, "primary", "一次連携：さくら薬剤師会との打合せ", "2026-05-27",
                                     "18:30", "19:30", "", TRUE, FALSE, "held", FALSE, error)) ||
      !ADD_PARTICIPANTS (f, m_pharmacists, with_pharmacists, error) ||
      !ADD_AGENDA (f, m_pharmacists, primary_pharmacists, error) ||
      !(medicines = add_issue (f, m_pharmacists, "夜間・休日の麻薬・医療材料の提供体制が薬局ごとに異なる",
                               "急な処方に応じられる薬局が分からず、訪問看護の問い合わせに時間を要している。",
                               RK_FUNCTION_EMERGENCY | RK_FUNCTION_END_OF_LIFE, "medium", "in_progress",
                               FALSE, error)) ||
      !add_action (f, medicines, m_pharmacists, "24時間対応可能な薬局の一覧を作成し、医療機関と訪問看護ステーションに配布する",
                   "さくら薬剤師会", "2026-08-31", "in_progress", "", "", error))
    return FALSE;

  if (!(m_care = add_meeting (f, "primary", "一次連携：介護支援専門員協会との打合せ", "2026-06-03",
                              "10:00", "11:00", "さくら在宅医療連携拠点 相談室", FALSE, FALSE, "held",
                              FALSE, error)) ||
      !ADD_PARTICIPANTS (f, m_care, with_care_managers, error) ||
      !ADD_AGENDA (f, m_care, primary_care_managers, error) ||
      !(discharge = add_issue (f, m_care, "退院支援ルールが一部の病院で運用されておらず、退院時の情報提供が遅れる",
                               "退院当日に連絡が来る例があり、在宅サービスの調整が間に合わない。",
                               RK_FUNCTION_DISCHARGE, "high", "in_progress", FALSE, error)))
    return FALSE;

  /* The working group's first meeting: finding the issues. */
  if (!(m_wg1 = add_meeting (f, "working_group", "24時間対応体制WG 第1回（課題の抽出）", "2026-06-24",
                             "19:00", "20:30", "さくら市医師会館 会議室", FALSE, FALSE, "held", TRUE,
                             error)) ||
      !ADD_PARTICIPANTS (f, m_wg1, wg, error) ||
      !ADD_AGENDA (f, m_wg1, wg_first, error) ||
      !add_progress (night, m_wg1, "WGで現状を共有し、主治医一人に負担が集中する要因を整理した。", error))
    return FALSE;

  /* The first 二次連携 meeting, held with the 推進事業's meeting. */
  if (!(m_second1 = add_meeting (f, "secondary", "第1回 在宅医療・介護連携会議（二次連携）", "2026-07-15",
                                 "14:00", "16:00", "さくら市医師会館 大会議室", TRUE, TRUE, "held",
                                 FALSE, error)) ||
      !ADD_PARTICIPANTS (f, m_second1, secondary, error) ||
      !ADD_AGENDA (f, m_second1, secondary_first, error) ||
      !add_action (f, discharge, m_second1, "退院支援ルールの周知研修を各病院の病棟看護師向けに開催する",
                   "さくら市立病院 地域医療連携室", "2026-09-30", "done", "2026-09-25",
                   "4病院で計6回開催、病棟看護師142名が受講。", error) ||
      !add_action (f, discharge, m_second1, "退院時情報提供シートの様式を見直し、記入項目を減らす",
                   "さくら在宅医療連携拠点", "2026-10-15", "in_progress", "", "", error) ||
      !add_progress (medicines, m_second1, "薬剤師会が会員薬局へのアンケートを実施中。", error) ||
      !(dental = add_issue (f, m_second1, "訪問歯科診療の利用が少ない",
                            "居宅介護支援事業所に訪問歯科の窓口が知られていない。",
                            RK_FUNCTION_DAILY_CARE, "low", "in_progress", FALSE, error)) ||
      !add_action (f, dental, m_second1, "訪問歯科の案内チラシを作成し、居宅介護支援事業所へ配布する",
                   "さくら歯科医師会", "2026-09-30", "done", "2026-09-12",
                   "配布後、ケアマネジャーからの訪問歯科の依頼が月3件から月8件に増えた。", error))
    return FALSE;

  /* The working group decides its measures. */
  if (!(m_wg2 = add_meeting (f, "working_group", "24時間対応体制WG 第2回（方策の決定）", "2026-09-30",
                             "19:00", "20:30", "さくら市医師会館 会議室", FALSE, FALSE, "held", TRUE,
                             error)) ||
      !ADD_PARTICIPANTS (f, m_wg2, wg, error) ||
      !ADD_AGENDA (f, m_wg2, wg_second, error) ||
      !add_action (f, night, m_wg2, "主治医・副主治医制と休日・夜間の当番医をみなと町・やまべ村で試行する",
                   "さくら市医師会（24時間対応体制WG）", "2026-12-31", "in_progress", "", "", error) ||
      /* Done before the next meeting: the logic model's PDCA cycle lists
       * it under 実行 (rk-sample-links.c links it to its measure).
       */
      !add_action (f, night, m_wg2, "当番医が初めて診る患者にも対応できるよう、急変時対応シートを訪問看護ステーションから当番医に渡す手順を決める",
                   "青葉県訪問看護ステーション連絡協議会", "2026-10-31", "done", "2026-10-14",
                   "手順を決め、圏域の全訪問看護ステーションで運用を始めた。", error))
    return FALSE;

  /* The second 二次連携 meeting: what was carried over, and disasters. */
  if (!(m_second2 = add_meeting (f, "secondary", "第2回 在宅医療・介護連携会議（二次連携）", "2026-10-21",
                                 "14:00", "16:00", "さくら市医師会館 大会議室", TRUE, TRUE, "held",
                                 FALSE, error)) ||
      !ADD_PARTICIPANTS (f, m_second2, secondary2, error) ||
      !ADD_AGENDA (f, m_second2, secondary_second, error) ||
      !add_progress (discharge, m_second2, "周知研修は完了。様式の見直しは病院との調整に時間がかかり、期限を延ばして継続。",
                     error) ||
      !add_progress (medicines, m_second2, "一覧の作成が遅れている。11月中に配布の見込み。", error) ||
      !add_progress (night, m_second2, "10月から試行を開始したとWGから報告。", error) ||
      !close_issue (dental, "resolved", "2026-10-21",
                    "チラシの配布で依頼件数が増えたため解決とする。引き続き利用状況を把握する。", error) ||
      !(disaster = add_issue (f, m_second2, "災害時に人工呼吸器使用者の情報を関係機関で共有する仕組みがない",
                              "停電時の電源確保や避難先の調整を担う機関が決まっていない。",
                              RK_FUNCTION_DISASTER, "high", "open", FALSE, error)) ||
      !add_action (f, disaster, m_second2, "在宅人工呼吸器使用者の把握方法と共有範囲の案を、保健所・消防・市町村で作成する",
                   "青葉県さくら保健所", "2027-01-31", "planned", "", "", error))
    return FALSE;

  /* Still to come: the working group's evaluation and the plenary. */
  if (!(m_wg3 = add_meeting (f, "working_group", "24時間対応体制WG 第3回（評価）", "2027-01-27",
                             "19:00", "20:30", "さくら市医師会館 会議室", FALSE, FALSE, "planned", TRUE,
                             error)) ||
      !ADD_PARTICIPANTS (f, m_wg3, wg_planned, error) ||
      !ADD_AGENDA (f, m_wg3, wg_third, error))
    return FALSE;

  if (!(m_plenary = add_meeting (f, "plenary", "令和8年度 在宅医療・介護連携推進協議会（全体会議）",
                                 "2027-02-17", "14:00", "16:00", "さくら市役所 大会議室", FALSE, TRUE,
                                 "planned", FALSE, error)) ||
      !ADD_PARTICIPANTS (f, m_plenary, plenary_invited, error) ||
      !ADD_AGENDA (f, m_plenary, plenary, error))
    return FALSE;

  return TRUE;
}
