/* rk-sample-bcp.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-sample-bcp"

#include "config.h"

#include <math.h>

#include "rk-bcp-check.h"
#include "rk-bcp-drill.h"
#include "rk-bcp-drill-member.h"
#include "rk-bcp-member.h"
#include "rk-bcp-plan.h"
#include "rk-bcp-review.h"
#include "rk-bcp-task.h"
#include "rk-care-contact.h"
#include "rk-care-device.h"
#include "rk-care-person.h"
#include "rk-entity.h"
#include "rk-sample-private.h"

/* The sample's disaster preparedness: the area's 地域BCP, a 連携型
 * agreement between the two visiting-nurse stations, the institutional
 * BCPs some organisations have (and some do not), a drill that led to a
 * revision, the peacetime checklist, and four people in the register.
 *
 * The people are invented, and named so that nobody can mistake them for
 * real patients: every surname is 見本 ("sample") or 例示 ("example"),
 * addresses are in the non-existent 青葉県, and phone numbers use the
 * unassigned 099 area code.
 */

typedef struct
{
  const char *kind;
  const char *name;
  const char *code5;
} SampleOrg;

enum {
  CITY, HEALTH_CENTER, FIRE, MEDICAL_ASSOCIATION, PHARMACISTS, NURSING_COUNCIL,
  SAKURA_HOSPITAL, MINATO_HOSPITAL, SAKURA_CLINIC, YAMABE_CLINIC, SAKURA_DENTAL,
  SAKURA_PHARMACY, MINATO_PHARMACY, SAKURA_NURSING, MINATO_NURSING, SAKURA_CARE_PLAN,
  SAKURA_COMMUNITY, N_ORGS
};

static const SampleOrg orgs[N_ORGS] = {
  [CITY] = { "government", "さくら市 健康福祉部 高齢福祉課", "99201" },
  [HEALTH_CENTER] = { "government", "青葉県さくら保健所", "99201" },
  [FIRE] = { "fire_department", "さくら地区広域消防本部", "99201" },
  [MEDICAL_ASSOCIATION] = { "association", "一般社団法人さくら市医師会", "99201" },
  [PHARMACISTS] = { "association", "一般社団法人さくら薬剤師会", "99201" },
  [NURSING_COUNCIL] = { "association", "青葉県訪問看護ステーション連絡協議会", "" },
  [SAKURA_HOSPITAL] = { "hospital", "さくら市立病院", "99201" },
  [MINATO_HOSPITAL] = { "hospital", "みなと中央病院", "99341" },
  [SAKURA_CLINIC] = { "clinic", "さくら在宅クリニック", "99201" },
  [YAMABE_CLINIC] = { "clinic", "やまべ診療所", "99382" },
  [SAKURA_DENTAL] = { "dental_clinic", "さくら歯科医院", "99201" },
  [SAKURA_PHARMACY] = { "pharmacy", "さくら中央薬局", "99201" },
  [MINATO_PHARMACY] = { "pharmacy", "みなと薬局", "99341" },
  [SAKURA_NURSING] = { "home_nursing", "さくら訪問看護ステーション", "99201" },
  [MINATO_NURSING] = { "home_nursing", "みなと訪問看護ステーション", "99341" },
  [SAKURA_CARE_PLAN] = { "care_management", "さくらケアプランセンター", "99201" },
  [SAKURA_COMMUNITY] = { "community_support", "さくら市地域包括支援センター", "99201" },
};

typedef struct
{
  RkDatabase *db;
  gint64      org[N_ORGS];
} Sample;

static gint64
take_id (gpointer row)
{
  g_autoptr(RkEntity) entity = row;

  return entity != NULL ? rk_entity_get_id (entity) : 0;
}

/* Inserts a row into the sample's transaction and gives its id, 0 on error. */
#define create(s, type, error, ...) \
  take_id (rk_entity_create ((s)->db, (type), NULL, (error), __VA_ARGS__))

static gboolean
add_member (Sample      *s,
            gint64       plan,
            int          org,
            gboolean     took_part,
            const char  *shared_on,
            const char  *role,
            GError     **error)
{
  return create (s, RK_TYPE_BCP_MEMBER, error,
                 "plan-id", plan, "organization-id", s->org[org], "took-part", took_part,
                 "shared-on", shared_on, "role", role, NULL) != 0;
}

static gboolean
fill_plans (Sample  *s,
            gint64  *regional,
            GError **error)
{
  static const struct {
    int         org;
    const char *title;
    const char *status;
    const char *version;
    const char *date;
  } institutional[] = {
    { SAKURA_HOSPITAL, "さくら市立病院 事業継続計画（自然災害編）", "done", "第3版", "2025-04-01" },
    { SAKURA_NURSING, "さくら訪問看護ステーション BCP", "done", "第2版", "2025-10-01" },
    { MINATO_NURSING, "みなと訪問看護ステーション BCP", "needs_review", "第1版", "2024-03-31" },
    { SAKURA_CLINIC, "さくら在宅クリニック BCP", "drafting", "案", "" },
    { SAKURA_CARE_PLAN, "さくらケアプランセンター 自然災害BCP", "done", "第1版", "2024-03-29" },
    { SAKURA_PHARMACY, "さくら中央薬局 災害時対応計画", "done", "第1版", "2025-06-01" },
  };
  static const struct {
    int         org;
    gboolean    took_part;
    const char *shared_on;
    const char *role;
  } regional_members[] = {
    { MEDICAL_ASSOCIATION, TRUE, "2026-03-20", "事務局（拠点）・策定会議の運営" },
    { HEALTH_CENTER, TRUE, "2026-03-20", "人工呼吸器使用者の把握・県との連絡" },
    { FIRE, TRUE, "2026-03-20", "搬送" },
    { SAKURA_HOSPITAL, TRUE, "2026-03-20", "受入医療機関・充電拠点" },
    { SAKURA_CLINIC, TRUE, "2026-03-20", "在宅患者の診療継続" },
    { SAKURA_NURSING, TRUE, "2026-03-20", "在宅療養者の安否確認" },
    { MINATO_NURSING, TRUE, "2026-03-20", "在宅療養者の安否確認（みなと町）" },
    { SAKURA_PHARMACY, TRUE, "2026-03-20", "医薬品の供給" },
    { SAKURA_CARE_PLAN, TRUE, "2026-03-20", "利用者の安否確認" },
    { SAKURA_COMMUNITY, TRUE, "2026-03-20", "自宅避難者の把握" },
    { MINATO_HOSPITAL, FALSE, "2026-03-25", "" },
    { YAMABE_CLINIC, FALSE, "2026-03-25", "" },
    { MINATO_PHARMACY, FALSE, "2026-03-25", "" },
    { SAKURA_DENTAL, FALSE, "2026-03-25", "" },
  };
  static const struct {
    const char *task;
    int         org;
    const char *notes;
  } tasks[] = {
    { "home_evacuee_visits", SAKURA_COMMUNITY, "民生委員・ケアマネジャーと分担して戸別訪問" },
    { "shelter_support", MEDICAL_ASSOCIATION, "避難所への医師・看護師の巡回" },
    { "patient_calls", SAKURA_NURSING, "人工呼吸器使用者から順に架電、不通なら訪問" },
    { "power_charging", SAKURA_HOSPITAL, "非常用発電による充電場所を開放" },
    { "hospital_transport", FIRE, "電源を確保できない人工呼吸器使用者を受入医療機関へ" },
    { "medicine_supply", PHARMACISTS, "在宅患者の医薬品・衛生材料の確保" },
  };
  gint64 plan;

  for (guint i = 0; i < G_N_ELEMENTS (institutional); i++)
    if (create (s, RK_TYPE_BCP_PLAN, error,
                "kind", "institutional", "title", institutional[i].title,
                "owner-id", s->org[institutional[i].org], "status", institutional[i].status,
                "version", institutional[i].version, "plan-date", institutional[i].date,
                "hazards", "地震、風水害、大規模停電", NULL) == 0)
      return FALSE;

  plan = create (s, RK_TYPE_BCP_PLAN, error,
                 "kind", "regional",
                 "title", "さくら圏域 在宅医療・介護 地域BCP",
                 "owner-id", s->org[CITY],
                 "status", "done",
                 "version", "第1.1版",
                 "plan-date", "2026-03-15",
                 "hazards", "地震（震度6弱以上）、風水害、24時間以上の大規模停電",
                 "activation-rule", "さくら市に災害対策本部が設置されたとき、または圏域で24時間以上の停電が見込まれるとき",
                 "activator-id", s->org[CITY],
                 "activator-note", "さくら市災害対策本部長の決定を受け、拠点（さくら市医師会）が参加機関に発動を連絡する",
                 "notes", "拠点が多職種会議の場を提供して策定。年1回の合同訓練で見直す。",
                 NULL);
  if (plan == 0)
    return FALSE;
  *regional = plan;

  for (guint i = 0; i < G_N_ELEMENTS (regional_members); i++)
    if (!add_member (s, plan, regional_members[i].org, regional_members[i].took_part,
                     regional_members[i].shared_on, regional_members[i].role, error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    if (create (s, RK_TYPE_BCP_TASK, error,
                "plan-id", plan, "position", (int) i, "task", tasks[i].task,
                "organization-id", s->org[tasks[i].org], "notes", tasks[i].notes, NULL) == 0)
      return FALSE;

  if (create (s, RK_TYPE_BCP_REVIEW, error,
              "plan-id", plan, "review-date", "2025-03-24", "version", "第1版",
              "summary", "多職種会議（3回）を経て策定", NULL) == 0)
    return FALSE;

  plan = create (s, RK_TYPE_BCP_PLAN, error,
                 "kind", "cooperative",
                 "title", "さくら圏域 訪問看護ステーション 相互支援BCP",
                 "owner-id", s->org[NURSING_COUNCIL],
                 "status", "done",
                 "version", "第1版",
                 "plan-date", "2025-11-01",
                 "hazards", "地震、風水害、大規模停電",
                 "activation-rule", "いずれかのステーションが被災し、訪問の継続が困難になったとき",
                 "activator-id", s->org[SAKURA_NURSING],
                 "activator-note", "被災したステーションの管理者が要請し、相手方の管理者が応諾する",
                 "agreement", "看護師の相互派遣、利用者の一時的な訪問の引受け、医療材料・予備バッテリーの融通",
                 "agreement-date", "2025-11-01",
                 NULL);
  if (plan == 0 ||
      !add_member (s, plan, SAKURA_NURSING, TRUE, "2025-11-01", "相互支援（派遣・受入れ）", error) ||
      !add_member (s, plan, MINATO_NURSING, TRUE, "2025-11-01", "相互支援（派遣・受入れ）", error) ||
      !add_member (s, plan, MEDICAL_ASSOCIATION, FALSE, "2025-11-10", "", error))
    return FALSE;

  return TRUE;
}

static gboolean
fill_drill (Sample  *s,
            gint64   regional,
            GError **error)
{
  static const struct {
    int         org;
    const char *role;
  } members[] = {
    { CITY, "発動の決定と連絡" },
    { MEDICAL_ASSOCIATION, "情報の集約（拠点）" },
    { FIRE, "搬送要請の受付" },
    { SAKURA_HOSPITAL, "受入れと充電場所の開放" },
    { SAKURA_NURSING, "人工呼吸器使用者への架電" },
    { MINATO_NURSING, "人工呼吸器使用者への架電" },
    { SAKURA_COMMUNITY, "自宅避難者の把握" },
  };
  gint64 drill;

  drill = create (s, RK_TYPE_BCP_DRILL, error,
                  "drill-date", "2026-01-17",
                  "title", "圏域合同 停電・搬送訓練",
                  "hazard", "earthquake",
                  "outage-hours", 72,
                  "plan-id", regional,
                  "relay-minutes", 48,
                  "findings", "夜間の連絡網で訪問看護ステーションから市への報告が二重になった。"
                              "人工呼吸器使用者1名の受入医療機関が決まっていなかった。",
                  "notes", "情報伝達は電話とFAXのみで実施。",
                  NULL);
  if (drill == 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    if (create (s, RK_TYPE_BCP_DRILL_MEMBER, error,
                "drill-id", drill, "organization-id", s->org[members[i].org],
                "role", members[i].role, NULL) == 0)
      return FALSE;

  return create (s, RK_TYPE_BCP_REVIEW, error,
                 "plan-id", regional, "review-date", "2026-03-15", "version", "第1.1版",
                 "summary", "訓練の結果、報告先を拠点に一本化し、受入医療機関の事前調整を追加",
                 "drill-id", drill, NULL) != 0;
}

static gboolean
fill_checklist (Sample  *s,
                GError **error)
{
  static const struct {
    const char *item;
    const char *done_on;
    const char *notes;
  } done[] = {
    { "vulnerable_people", "2026-04-01", "保健所・訪問看護と人工呼吸器使用者を年1回確認" },
    { "evacuation_support", "2026-04-01", "市の避難行動要支援者名簿と突合" },
    { "bcp_support", "2026-03-15", "地域BCP策定会議を3回開催" },
    { "bcp_sharing", "2026-03-20", "多職種連携会議で共有" },
    { "drills", "2026-01-17", "圏域合同 停電・搬送訓練" },
    { "power_supply", "2025-12-01", "市の発電機貸与制度を案内" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (done); i++)
    {
      g_auto(RkStatement) stmt = rk_database_prepare (s->db, "SELECT id FROM bcp_check WHERE item = ?", error);
      g_autoptr(RkEntity) check = NULL;
      gint64 id;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, done[i].item, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        continue;
      id = sqlite3_column_int64 (stmt, 0);
      rk_statement_reset (stmt);

      check = rk_entity_lookup (s->db, RK_TYPE_BCP_CHECK, id, error);
      if (check == NULL ||
          !rk_entity_update (check, NULL, error, "done", TRUE, "done-on", done[i].done_on,
                             "notes", done[i].notes, NULL))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill_register (Sample  *s,
               GError **error)
{
  gint64 p;

  p = create (s, RK_TYPE_CARE_PERSON, error,
              "name", "見本 太郎", "kana", "みほん たろう", "birth-date", "1961-05-12", "sex", "male",
              "address", "青葉県さくら市見本町1-2-3", "phone", "099-000-0101",
              "condition", "筋萎縮性側索硬化症（ALS）、気管切開下の人工呼吸療法",
              "doctor-id", s->org[SAKURA_CLINIC], "doctor-name", "見本 医師",
              "nurse-id", s->org[SAKURA_NURSING],
              "backup-spare-battery", TRUE, "backup-car", TRUE,
              "backup-notes", "車のシガーソケットからインバータで給電（家族が手順を練習済み）",
              "destination", "hospital", "hospital-id", s->org[SAKURA_HOSPITAL],
              "transport", "消防による搬送（家族・訪問看護師が同乗）",
              "consent-date", "2026-04-01", "consent-scope", "市・保健所・消防・受入医療機関・訪問看護",
              "reviewed-on", "2026-04-01", NULL);
  if (p == 0 ||
      !create (s, RK_TYPE_CARE_DEVICE, error, "person-id", p, "device", "ventilator",
               "model", "見本社 HV-100", "usage", "24時間", "internal-hours", 6.0,
               "external-hours", 12.0, NULL) ||
      !create (s, RK_TYPE_CARE_DEVICE, error, "person-id", p, "position", 1, "device", "suction",
               "model", "見本社 S-2", "usage", "随時", "internal-hours", 1.0,
               "external-hours", 40.0, NULL) ||
      !create (s, RK_TYPE_CARE_CONTACT, error, "person-id", p, "kind", "family",
               "name", "見本 花江", "relation", "妻（同居）", "phone", "099-000-0102", NULL) ||
      !create (s, RK_TYPE_CARE_CONTACT, error, "person-id", p, "position", 1, "kind", "family",
               "name", "見本 一郎", "relation", "長男（別居）", "phone", "099-000-0103", NULL) ||
      !create (s, RK_TYPE_CARE_CONTACT, error, "person-id", p, "kind", "supporter",
               "name", "例示 正", "relation", "近所の自主防災組織", "phone", "099-000-0104", NULL))
    return FALSE;

  p = create (s, RK_TYPE_CARE_PERSON, error,
              "name", "見本 花子", "kana", "みほん はなこ", "birth-date", "1978-11-03", "sex", "female",
              "address", "青葉県みなと町見本浜4-5", "phone", "099-000-0201",
              "condition", "筋ジストロフィー、夜間の非侵襲的陽圧換気（NPPV）",
              "doctor-id", s->org[MINATO_HOSPITAL], "nurse-id", s->org[MINATO_NURSING],
              "backup-generator", TRUE, "backup-notes", "町の給付制度で発電機を購入",
              "destination", "home", "hospital-id", s->org[MINATO_HOSPITAL],
              "transport", "家族の自家用車",
              "consent-date", "2025-05-10", "consent-scope", "町・保健所・訪問看護",
              "reviewed-on", "2025-05-10", NULL);
  if (p == 0 ||
      !create (s, RK_TYPE_CARE_DEVICE, error, "person-id", p, "device", "ventilator",
               "model", "見本社 NV-20", "usage", "夜間", "internal-hours", 8.0,
               "external-hours", 24.0, NULL) ||
      !create (s, RK_TYPE_CARE_CONTACT, error, "person-id", p, "kind", "family",
               "name", "見本 次郎", "relation", "夫（同居）", "phone", "099-000-0202", NULL))
    return FALSE;

  p = create (s, RK_TYPE_CARE_PERSON, error,
              "name", "例示 ゆうき", "kana", "れいじ ゆうき", "birth-date", "2019-02-20",
              "address", "青葉県やまべ村例示1234", "phone", "099-000-0301",
              "condition", "医療的ケア児（在宅酸素療法・吸引）",
              "doctor-id", s->org[YAMABE_CLINIC], "nurse-id", s->org[SAKURA_NURSING],
              "destination", "welfare_shelter", "transport", "未定",
              NULL);
  if (p == 0 ||
      !create (s, RK_TYPE_CARE_DEVICE, error, "person-id", p, "device", "oxygen",
               "model", "見本社 OC-3", "usage", "24時間", "internal-hours", 0.0,
               "external-hours", 0.0, "notes", "停電時は酸素ボンベ（約6時間分）に切替", NULL) ||
      !create (s, RK_TYPE_CARE_DEVICE, error, "person-id", p, "position", 1, "device", "suction",
               "usage", "随時", "internal-hours", NAN, "external-hours", NAN, NULL) ||
      !create (s, RK_TYPE_CARE_CONTACT, error, "person-id", p, "kind", "family",
               "name", "例示 まなみ", "relation", "母（同居）", "phone", "099-000-0302", NULL))
    return FALSE;

  p = create (s, RK_TYPE_CARE_PERSON, error,
              "name", "見本 さくら", "kana", "みほん さくら", "birth-date", "1949-08-08", "sex", "female",
              "address", "青葉県さくら市見本町7-8-9", "phone", "099-000-0401",
              "condition", "慢性呼吸不全、人工呼吸療法",
              "doctor-id", s->org[SAKURA_CLINIC], "nurse-id", s->org[SAKURA_NURSING],
              "backup-spare-battery", TRUE, "backup-storage-battery", TRUE,
              "destination", "hospital", "hospital-id", s->org[SAKURA_HOSPITAL],
              "transport", "福祉タクシー（事前契約）",
              "consent-date", "2026-06-01", "consent-scope", "市・保健所・消防・受入医療機関・訪問看護",
              "reviewed-on", "2026-06-01", NULL);
  if (p == 0 ||
      !create (s, RK_TYPE_CARE_DEVICE, error, "person-id", p, "device", "ventilator",
               "model", "見本社 HV-100", "usage", "24時間", "internal-hours", 10.0,
               "external-hours", 20.0, NULL) ||
      !create (s, RK_TYPE_CARE_CONTACT, error, "person-id", p, "kind", "family",
               "name", "見本 健", "relation", "長男（同居）", "phone", "099-000-0402", NULL) ||
      !create (s, RK_TYPE_CARE_CONTACT, error, "person-id", p, "kind", "supporter",
               "name", "例示 和子", "relation", "民生委員", "phone", "099-000-0403", NULL))
    return FALSE;

  return TRUE;
}

gboolean
_rk_sample_fill_bcp (RkDatabase  *db,
                     GError     **error)
{
  Sample s = { db, { 0 } };
  gint64 regional = 0;

  for (guint i = 0; i < N_ORGS; i++)
    {
      s.org[i] = _rk_sample_organization (db, orgs[i].kind, orgs[i].name, orgs[i].code5, error);
      if (s.org[i] == 0)
        return FALSE;
    }

  return fill_plans (&s, &regional, error) &&
         fill_drill (&s, regional, error) &&
         fill_checklist (&s, error) &&
         fill_register (&s, error);
}
