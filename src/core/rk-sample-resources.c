/* rk-sample-resources.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-sample"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rk-directory.h"
#include "rk-sample-private.h"

/* The sample region's resource directory: the hospitals, clinics,
 * pharmacies, home-visit nursing stations, care and disability-welfare
 * offices of さくら市, みなと町 and やまべ村, with what each can do and when
 * that was last confirmed — some of it long ago, so that the 要確認 list
 * has something to show, and やまべ村 without round-the-clock care, so that
 * the coverage table shows the gap the guidebook asks bases to find.
 * Everything is invented.
 */

typedef struct
{
  const char *kind;
  const char *name;
  const char *code5;
  const char *subkind;
  const char *kana;
  const char *address;
  const char *phone;
  const char *hours;
  const char *closed_days;
  const char *specialities;
  const char *home_care;
  const char *home_care_hours;
  int         beds;
  int         capacity;
  double      dlat;       /* offset from the town's centre */
  double      dlon;
  const char *confirmed_on;
  const char *method;
  /* "code=value" answers, separated by ";" */
  const char *answers;
} SampleResource;

static const struct {
  const char *code5;
  double      lat;
  double      lon;
} towns[] = {
  { "99201", 36.1000, 139.7000 },
  { "99341", 36.2000, 139.9000 },
  { "99382", 36.3000, 139.5000 },
};

static const SampleResource resources[] = {
  { "hospital", "さくら市立病院", "99201", "", "サクラシリツビョウイン", "青葉県さくら市本町1-1",
    "099-201-1000", "月〜金 8:30〜11:30", "土・日・祝／年末年始", "内科、外科、整形外科、小児科、救急科",
    "yes", "退院前カンファレンスに随時対応", 320, -1, 0.004, -0.006, "2026-04-10", "survey",
    "backup_hospital=yes;discharge_desk=yes;home_visit=yes;house_call=no;ventilator=yes;"
    "tpn=yes;gastrostomy=yes;tracheostomy=yes;pediatric=yes;facility_partner=yes;power_support=yes" },
  { "hospital", "みなと中央病院", "99341", "", "ミナトチュウオウビョウイン", "青葉県みなと町港2-8",
    "099-341-2000", "月〜金 9:00〜12:00、14:00〜17:00", "土・日・祝", "内科、外科、リハビリテーション科",
    "yes", "", 150, -1, 0.003, 0.004, "2025-10-01", "survey",
    "discharge_desk=yes;home_visit=yes;house_call=yes;home_death=yes;gastrostomy=yes;"
    "pediatric=no;facility_partner=yes" },
  { "clinic", "さくら在宅クリニック", "99201", "在宅療養支援診療所", "サクラザイタククリニック",
    "青葉県さくら市中央1-2-3", "099-201-3300", "月〜金 9:00〜12:00、14:00〜18:00／土 9:00〜12:00",
    "日・祝", "内科、訪問診療", "yes", "毎日 24時間（往診は夜間も対応）", -1, -1, -0.006, 0.002,
    "2026-07-15", "phone",
    "home_support=yes;home_visit=yes;house_call=yes;home_death=yes;around_clock=yes;"
    "ventilator=yes;tpn=yes;gastrostomy=yes;tracheostomy=yes;cancer_pain=yes;pediatric=yes;"
    "facility_partner=yes" },
  { "clinic", "やまべ診療所", "99382", "", "ヤマベシンリョウジョ", "青葉県やまべ村役場前5",
    "099-382-1100", "月・火・木・金 9:00〜12:00、14:00〜17:00", "水・土・日・祝", "内科",
    "yes", "火・金 午後（訪問診療）", -1, -1, 0.001, 0.002, "2023-05-20", "phone",
    "home_visit=yes;house_call=yes;home_death=no;around_clock=no;pediatric=no" },
  { "clinic", "あおば内科クリニック", "99201", "", "アオバナイカクリニック", "青葉県さくら市若葉町3-1",
    "099-201-4400", "月〜水・金 9:00〜12:30、15:00〜18:30／土 9:00〜12:30", "木・日・祝", "内科、糖尿病内科",
    "no", "", -1, -1, 0.012, 0.010, "2025-12-01", "survey", "home_visit=no;house_call=no" },
  { "clinic", "さくら中央眼科", "99201", "", "サクラチュウオウガンカ", "青葉県さくら市中央2-5",
    "099-201-5500", "月〜土 9:00〜12:00", "日・祝", "眼科", "no", "", -1, -1, -0.003, -0.002,
    "2024-06-01", "open_data", "" },
  { "clinic", "みなとファミリークリニック", "99341", "", "ミナトファミリークリニック",
    "青葉県みなと町汐見1-4", "099-341-3300", "月〜金 8:30〜12:00、15:00〜18:00", "土・日・祝",
    "内科、小児科", "yes", "平日午後", -1, -1, -0.005, -0.004, "2026-02-14", "phone",
    "home_visit=yes;house_call=yes;home_death=yes;around_clock=no;pediatric=yes" },
  { "dental_clinic", "さくら歯科医院", "99201", "", "サクラシカイイン", "青葉県さくら市本町4-4",
    "099-201-6600", "月〜金 9:00〜13:00、14:30〜19:00／土 9:00〜13:00", "日・祝", "歯科、訪問歯科",
    "yes", "木 午後（訪問歯科診療）", -1, -1, 0.006, 0.005, "2026-03-03", "phone",
    "home_patients=yes;pediatric=yes" },
  { "dental_clinic", "やまべ歯科診療所", "99382", "", "ヤマベシカシンリョウジョ", "青葉県やまべ村中里2",
    "099-382-2200", "月・水・金 9:00〜12:00", "火・木・土・日・祝", "歯科", "no", "", -1, -1,
    -0.004, 0.003, "2022-11-10", "survey", "home_patients=no" },
  { "pharmacy", "さくら中央薬局", "99201", "", "サクラチュウオウヤッキョク", "青葉県さくら市中央1-5",
    "099-201-7700", "月〜金 9:00〜19:00／土 9:00〜13:00", "日・祝", "", "yes", "夜間・休日も電話対応",
    -1, -1, -0.005, 0.003, "2026-06-20", "visit",
    "home_patients=yes;after_hours=yes;narcotics=yes;medical_supplies=yes;controlled_devices=yes;"
    "aseptic=no;tpn=yes;opioid_infusion=no;health_support=yes;regional_pharmacy=yes;pediatric=yes" },
  { "pharmacy", "さくら駅前薬局", "99201", "", "サクラエキマエヤッキョク", "青葉県さくら市駅前1-1",
    "099-201-7800", "月〜土 9:00〜20:00", "日・祝", "", "yes", "", -1, -1, 0.009, -0.011,
    "2025-09-09", "phone",
    "home_patients=yes;after_hours=yes;narcotics=yes;aseptic=yes;tpn=yes;opioid_infusion=yes;"
    "specialized_pharmacy=yes" },
  { "pharmacy", "みなと薬局", "99341", "", "ミナトヤッキョク", "青葉県みなと町港2-10",
    "099-341-4400", "月〜金 9:00〜18:00", "土・日・祝", "", "yes", "", -1, -1, 0.002, 0.006,
    "2024-01-15", "survey", "home_patients=yes;narcotics=yes;medical_supplies=yes" },
  { "pharmacy", "やまべ薬局", "99382", "", "ヤマベヤッキョク", "青葉県やまべ村役場前3",
    "099-382-3300", "月〜金 9:00〜17:00", "土・日・祝", "", "no", "", -1, -1, 0.002, -0.001,
    "2023-02-01", "phone", "home_patients=no;narcotics=no" },
  { "home_nursing", "さくら訪問看護ステーション", "99201", "", "サクラホウモンカンゴステーション",
    "青葉県さくら市中央3-3", "099-201-8800", "月〜金 8:30〜17:30", "土・日・祝（緊急時は対応）",
    "", "yes", "24時間（緊急時訪問）", -1, -1, 0.002, 0.008, "2026-05-01", "phone",
    "around_clock=yes;terminal_care=yes;ventilator=yes;tpn=yes;gastrostomy=yes;"
    "tracheostomy=yes;pediatric=no;psychiatric=yes;care_management_attached=yes;cancer_pain=yes" },
  { "home_nursing", "みなと訪問看護ステーション", "99341", "", "ミナトホウモンカンゴステーション",
    "青葉県みなと町汐見2-2", "099-341-5500", "月〜土 8:30〜17:30", "日・祝", "", "yes", "",
    -1, -1, -0.002, -0.006, "2024-04-01", "survey",
    "around_clock=yes;terminal_care=yes;ventilator=no;gastrostomy=yes;pediatric=no;"
    "psychiatric=no;care_management_attached=no" },
  { "home_nursing", "あおぞら訪問看護ステーション", "99201", "", "アオゾラホウモンカンゴステーション",
    "青葉県さくら市緑町5-5", "099-201-9900", "月〜金 9:00〜18:00", "土・日・祝", "", "yes",
    "小児の訪問看護に対応", -1, -1, -0.010, -0.009, "2026-08-20", "visit",
    "pediatric=yes;ventilator=yes;tracheostomy=yes;medical_care_children=yes;around_clock=no;"
    "terminal_care=yes" },
  { "home_rehabilitation", "さくら訪問リハビリテーション", "99201", "", "サクラホウモンリハビリテーション",
    "青葉県さくら市本町1-1（さくら市立病院内）", "099-201-1010", "月〜金 9:00〜17:00", "土・日・祝", "",
    "yes", "", -1, -1, 0.005, -0.005, "2025-04-01", "survey",
    "pt=yes;ot=yes;st=no;home_patients=yes;pediatric=no" },
  { "nutrition_care_station", "さくら栄養ケア・ステーション", "99201", "", "サクラエイヨウケアステーション",
    "青葉県さくら市中央1-2-3 医師会館1階", "099-201-1212", "月〜金 9:00〜17:00", "土・日・祝", "", "yes",
    "", -1, -1, -0.001, 0.000, "2025-11-11", "phone", "home_patients=yes;pediatric=no" },
  { "care_facility", "特別養護老人ホーム さくら苑", "99201", "介護老人福祉施設", "サクラエン",
    "青葉県さくら市山手7-1", "099-201-2323", "", "", "", "", "", -1, 80, 0.018, 0.014,
    "2025-06-30", "visit",
    "svc_short_stay=yes;svc_day_care=yes;svc_bathing=yes;suction=yes;gastrostomy=yes;"
    "partner_hospital=さくら市立病院;facility_staff=看護職員、介護職員、機能訓練指導員" },
  { "care_facility", "介護老人保健施設 みなとの里", "99341", "介護老人保健施設", "ミナトノサト",
    "青葉県みなと町高台1", "099-341-6600", "", "", "", "", "", -1, 100, 0.008, 0.010,
    "2023-08-01", "survey", "svc_short_stay=yes;pt=yes;ot=yes;partner_hospital=みなと中央病院" },
  { "care_management", "さくらケアプランセンター", "99201", "", "サクラケアプランセンター",
    "青葉県さくら市中央3-3", "099-201-8811", "月〜金 8:30〜17:30", "土・日・祝", "", "", "",
    -1, -1, 0.002, 0.009, "2026-05-01", "phone", "" },
  { "care_management", "みなとケアプランセンター", "99341", "", "ミナトケアプランセンター",
    "青葉県みなと町港3-1", "099-341-7700", "月〜金 9:00〜17:00", "土・日・祝", "", "", "",
    -1, -1, 0.004, -0.002, "2025-03-31", "survey", "" },
  { "home_help", "ヘルパーステーションさくら", "99201", "訪問介護", "ヘルパーステーションサクラ",
    "青葉県さくら市栄町2-2", "099-201-3434", "毎日 7:00〜21:00", "", "", "", "", -1, -1,
    -0.008, 0.012, "2026-01-20", "phone", "suction=yes" },
  { "community_support", "さくら市地域包括支援センター", "99201", "", "サクラシチイキホウカツシエンセンター",
    "青葉県さくら市本町1-1 市役所1階", "099-201-0001", "月〜金 8:30〜17:15", "土・日・祝", "", "", "",
    -1, -1, 0.001, -0.001, "2026-04-01", "phone", "" },
  { "community_support", "みなと町地域包括支援センター", "99341", "", "ミナトマチチイキホウカツシエンセンター",
    "青葉県みなと町役場内", "099-341-0001", "月〜金 8:30〜17:15", "土・日・祝", "", "", "", -1, -1,
    -0.001, 0.001, "2026-04-01", "phone", "" },
  { "disability_consultation", "基幹相談支援センター さくら", "99201", "基幹相談支援センター",
    "キカンソウダンシエンセンターサクラ", "青葉県さくら市中央4-1", "099-201-4545",
    "月〜金 9:00〜17:00", "土・日・祝", "", "", "", -1, -1, -0.004, -0.007, "2025-07-07", "visit",
    "disability_services=計画相談支援、障害児相談支援" },
  { "disability_service", "ひだまり工房", "99341", "就労継続支援B型", "ヒダマリコウボウ",
    "青葉県みなと町汐見4-4", "099-341-8800", "月〜金 9:00〜16:00", "土・日・祝", "", "", "", -1, 20,
    -0.007, 0.008, "2024-10-10", "survey", "disability_services=就労継続支援B型" },
  { "disability_service", "こもれびキッズ", "99201", "児童発達支援", "コモレビキッズ",
    "青葉県さくら市若葉町1-9", "099-201-6767", "月〜土 9:30〜17:30", "日・祝", "", "", "", -1, 10,
    0.014, -0.004, "2026-02-02", "visit",
    "disability_services=児童発達支援、放課後等デイサービス;medical_care_children=yes" },
};

static gboolean
add_answers (RkDatabase  *db,
             gint64       id,
             const char  *answers,
             const char  *date,
             const char  *method,
             GError     **error)
{
  g_auto(GStrv) pairs = g_strsplit (answers, ";", -1);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (pairs[i], "=", 2);
      g_autoptr(RkCapability) capability = NULL;

      if (kv[0] == NULL || kv[1] == NULL)
        continue;
      capability = rk_directory_find_capability (db, kv[0]);
      if (capability == NULL)
        {
          g_critical ("The sample names an unknown capability “%s”", kv[0]);
          continue;
        }
      if (!rk_directory_set_answer (db, id, rk_entity_get_id (RK_ENTITY (capability)), kv[1],
                                    date, method, "佐藤", NULL, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_rk_sample_fill_resources (RkDatabase  *db,
                           GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (resources); i++)
    {
      const SampleResource *r = &resources[i];
      g_autoptr(RkEntity) row = NULL;
      double lat = NAN;
      double lon = NAN;
      gint64 id;

      id = _rk_sample_organization (db, r->kind, r->name, r->code5, error);
      if (id == 0)
        return FALSE;
      row = rk_entity_lookup (db, RK_TYPE_ORGANIZATION, id, error);
      if (row == NULL)
        return FALSE;

      for (guint t = 0; t < G_N_ELEMENTS (towns); t++)
        if (strcmp (towns[t].code5, r->code5) == 0)
          {
            lat = towns[t].lat + r->dlat;
            lon = towns[t].lon + r->dlon;
          }

      if (!rk_entity_update (row, NULL, error,
                             "subkind", r->subkind,
                             "kana", r->kana,
                             "address", r->address,
                             "phone", r->phone,
                             "hours", r->hours,
                             "closed-days", r->closed_days,
                             "specialities", r->specialities,
                             "home-care", r->home_care,
                             "home-care-hours", r->home_care_hours,
                             "beds", (gint64) r->beds,
                             "capacity", (gint64) r->capacity,
                             "latitude", lat,
                             "longitude", lon,
                             "confirmed-on", r->confirmed_on,
                             "confirmed-method", r->method,
                             "confirmed-by", g_str_equal (r->method, "open_data") ? "" : "佐藤",
                             NULL))
        return FALSE;

      if (!add_answers (db, id, r->answers, r->confirmed_on, r->method, error))
        return FALSE;
    }

  return TRUE;
}
