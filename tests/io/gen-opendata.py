#!/usr/bin/python3
# gen-opendata.py — writes synthetic files in the published layouts of the
# open data the resource directory imports (FIELD-NOTES §4):
#
#   医療情報ネット   01-1/02-1/03-1 facility files, 01-2/02-2/03-2 speciality
#                   and hours files, 05 pharmacy file (UTF-8 with BOM, CRLF,
#                   every field quoted except the coordinates)
#   介護サービス情報公表  jigyosho_{code}.csv (UTF-8 with BOM, header quoted)
#   WAM NET 障害福祉  csvdownload0NN.csv (UTF-8 with BOM, every field quoted)
#
# at any scale, with the real files' faults injected when asked (0.0/0.0
# and stand-in positions, inverted and contradicting 休診 flags, impossible
# hours, duplicate IDs, broken web addresses, names with commas, quotes and
# line breaks, CP932-only characters, half-width kana). A manifest.json
# beside the files counts rows and injected faults, for the tests.
#
#   gen-opendata.py OUT_DIR [--scale small|national|N] [--seed N]
#                   [--quirks] [--encoding utf-8|cp932] [--area-share F]
#                   [--date YYYYMMDD] [--only iryo,kaigo,wam]
#
# Rows of the fictional 青葉県 (prefecture code 99: さくら市 99201, みなと町
# 99341, やまべ村 99382), the region of the sample workspace, make up
# --area-share of each file, so that region filtering can be tested.
# Every value is invented.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import json
import os
import random
import sys

# National scale, as published in 2026 (FIELD-NOTES §4).
NATIONAL = dict(hospital=7715, clinic=80155, dental=54637, pharmacy=61398,
                nursing=17959, care_management=36491, wam=3000)
SMALL = dict(hospital=40, clinic=60, dental=40, pharmacy=40,
             nursing=30, care_management=30, wam=30)

DAYS = ["月", "火", "水", "木", "金", "土", "日"]
DAYS8 = DAYS + ["祝"]

SURNAMES = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
            ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"),
            ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山田", "ヤマダ"),
            ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"),
            ("清水", "シミズ"), ("山崎", "ヤマザキ"), ("森", "モリ"), ("池田", "イケダ"),
            ("橋本", "ハシモト"), ("阿部", "アベ"), ("石川", "イシカワ"), ("前田", "マエダ"),
            ("藤田", "フジタ"), ("岡田", "オカダ"), ("後藤", "ゴトウ"), ("長谷川", "ハセガワ"),
            ("村上", "ムラカミ"), ("近藤", "コンドウ"), ("坂本", "サカモト"), ("遠藤", "エンドウ"),
            ("青木", "アオキ"), ("藤井", "フジイ"), ("西村", "ニシムラ"), ("福田", "フクダ"),
            ("太田", "オオタ"), ("三浦", "ミウラ"), ("藤原", "フジワラ"), ("松田", "マツダ")]
NICE = [("さくら", "サクラ"), ("あおば", "アオバ"), ("ひまわり", "ヒマワリ"), ("たんぽぽ", "タンポポ"),
        ("こもれび", "コモレビ"), ("すずらん", "スズラン"), ("みどり", "ミドリ"), ("ひかり", "ヒカリ"),
        ("希望ヶ丘", "キボウガオカ"), ("中央", "チュウオウ"), ("駅前", "エキマエ"), ("本町", "ホンマチ"),
        ("若葉", "ワカバ"), ("東雲", "シノノメ"), ("松ヶ枝", "マツガエ"), ("泉", "イズミ"),
        ("春日", "カスガ"), ("宮前", "ミヤマエ"), ("清水台", "シミズダイ"), ("双葉", "フタバ")]
CORPS = [("医療法人社団", "イリョウホウジンシャダン"), ("医療法人", "イリョウホウジン"),
         ("社会医療法人", "シャカイイリョウホウジン"), ("", "")]
CLINIC_TYPES = [("内科", "ナイカ"), ("クリニック", "クリニック"), ("診療所", "シンリョウジョ"),
                ("内科クリニック", "ナイカクリニック"), ("眼科", "ガンカ"), ("整形外科", "セイケイゲカ"),
                ("小児科", "ショウニカ"), ("在宅クリニック", "ザイタククリニック"),
                ("皮膚科", "ヒフカ"), ("耳鼻咽喉科", "ジビインコウカ")]
SPECIALITIES = [("01001", "内科"), ("01017", "循環器内科"), ("01020", "消化器内科"),
                ("02001", "外科"), ("02035", "整形外科"), ("03001", "小児科"),
                ("05001", "眼科"), ("06001", "皮膚科"), ("07001", "精神科"),
                ("09003", "リハビリテーション科"), ("01034", "緩和ケア内科"),
                ("09991", "訪問診療科"), ("01991", "在宅医療")]
DENTAL = [("08001", "歯科"), ("08004", "小児歯科"), ("08002", "矯正歯科"),
          ("08003", "歯科口腔外科"), ("08991", "訪問歯科")]
PREFS = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
         "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
         "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
         "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
         "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
         "鹿児島県", "沖縄県"]
AREA = [("99", "201", "さくら市", 36.100, 139.700), ("99", "341", "みなと町", 36.200, 139.900),
        ("99", "382", "やまべ村", 36.300, 139.500)]
KAIGO_SERVICES = {"130": "訪問看護", "430": "居宅介護支援", "110": "訪問介護",
                  "140": "訪問リハビリテーション", "510": "介護老人福祉施設"}
WAM_SERVICES = {"011": "居宅介護", "022": "生活介護", "052": "計画相談支援"}


def check_digit(code5):
    s = sum(int(d) * w for d, w in zip(code5, (6, 5, 4, 3, 2)))
    r = s % 11
    return str((11 - r) % 10) if r else "0"


class Gen:
    def __init__(self, args):
        self.r = random.Random(args.seed)
        self.quirks = args.quirks
        self.share = args.area_share
        self.date = args.date
        self.manifest = {"args": vars(args), "files": []}
        self.ids = set()
        # Municipalities: every prefecture with a few cities, each with a
        # centre point; 青葉県 is the sample's area.
        self.places = []
        for p in range(1, 48):
            lat0 = 26.2 + (p / 47.0) * 17.5
            lon0 = 127.7 + ((p * 7) % 47) / 47.0 * 17.0
            for c in range(8):
                code = "%03d" % (201 + c)
                self.places.append(("%02d" % p, code, "%s%s市" % (NICE[c % len(NICE)][0], "東西南北"[c % 4]),
                                    lat0 + c * 0.05, lon0 + c * 0.05, PREFS[p - 1]))
        # A stand-in point per prefecture (the prefectural office), rounded.
        self.stand_in = {"%02d" % p: (round(26.2 + p * 0.37, 3), round(128.0 + p * 0.33, 3))
                         for p in list(range(1, 48)) + [99]}

    def place(self):
        if self.r.random() < self.share:
            pref, city, name, lat, lon = self.r.choice(AREA)
            return pref, city, name, lat, lon, "青葉県"
        return self.r.choice(self.places)

    def quirk(self, rate):
        return self.quirks and self.r.random() < rate

    def name_parts(self, kinds):
        corp, corp_kana = self.r.choice(CORPS)
        first, first_kana = self.r.choice(SURNAMES + NICE)
        kind, kind_kana = self.r.choice(kinds)
        name = (corp + "　" if corp else "") + first + kind
        kana = (corp_kana + "　" if corp else "") + first_kana + kind_kana
        return name, kana

    def new_id(self, prefix, width):
        while True:
            i = prefix + "".join(self.r.choice("0123456789") for _ in range(width - len(prefix)))
            if i not in self.ids:
                self.ids.add(i)
                return i


def q(s):
    return '"' + str(s).replace('"', '""') + '"'


class Writer:
    def __init__(self, gen, out, name, header, encoding, quote_all=True, raw_cols=()):
        self.gen = gen
        self.path = os.path.join(out, name)
        self.f = open(self.path, "w", encoding="utf-8-sig" if encoding == "utf-8" else "cp932",
                      newline="", errors="strict")
        self.header = header
        self.quote_all = quote_all
        self.raw_cols = set(raw_cols)
        self.rows = 0
        self.quirks = {}
        self.f.write(",".join(q(h) for h in header) + "\r\n")

    def note(self, quirk):
        self.quirks[quirk] = self.quirks.get(quirk, 0) + 1

    def row(self, values):
        assert len(values) == len(self.header), (len(values), len(self.header))
        out = []
        for i, v in enumerate(values):
            v = "" if v is None else str(v)
            if i in self.raw_cols:
                out.append(v)
            elif self.quote_all or any(c in v for c in ',"\r\n'):
                out.append(q(v))
            else:
                out.append(v)
        self.f.write(",".join(out) + "\r\n")
        self.rows += 1

    def close(self, layout, **extra):
        self.f.close()
        entry = dict(file=os.path.basename(self.path), layout=layout, rows=self.rows,
                     quirks=self.quirks)
        entry.update(extra)
        self.gen.manifest["files"].append(entry)


def funny_name(gen, w, name):
    """The name faults of the real files, each counted."""
    if gen.quirk(0.01):
        w.note("name_comma")
        return name + ",本院"
    if gen.quirk(0.01):
        w.note("name_quote")
        return '"' + name + '"'
    if gen.quirk(0.01):
        w.note("name_newline")
        return name + "\r\n（旧名称）"
    if gen.quirk(0.01):
        w.note("cp932_chars")
        return name.replace("田", "髙", 1) if "田" in name else "髙﨑" + name
    return name


def position(gen, w, pref, lat, lon):
    if gen.quirk(0.08):
        w.note("zero_coords")
        return "0.0", "0.0"
    if gen.quirk(0.01):
        w.note("placeholder_coords")
        a, b = gen.stand_in[pref]
        return "%.6f" % a, "%.6f" % b
    return ("%.6f" % (lat + gen.r.uniform(-0.02, 0.02) + 0.0000013),
            "%.6f" % (lon + gen.r.uniform(-0.02, 0.02) + 0.0000017))


def url(gen, w, slug):
    if gen.quirk(0.03):
        w.note("url_typo")
        return gen.r.choice(["http//www.%s.jp/", "https：//www.%s.jp/", "www.%s.jp",
                             "https://www.bing.com/ck/a?!&&p=%s"]) % slug
    return "https://www.%s.jp/" % slug if gen.r.random() < 0.5 else ""


def iryo_facility(gen, out, prefix, label, kind_code, n, kinds, specialities, beds, encoding):
    header = ["ID", "正式名称", "正式名称（フリガナ）", "略称", "略称（フリガナ）",
              "英語表記（ローマ字表記）", "機関区分", "都道府県コード", "市区町村コード", "所在地",
              "所在地座標（緯度）", "所在地座標（経度）", "案内用ホームページアドレス"]
    header += ["毎週決まった曜日に休診（%s）" % d for d in DAYS]
    header += ["決まった週に休診（定期週）第%d週（%s）" % (w, d) for w in range(1, 6) for d in DAYS]
    header += ["祝日に休診", "その他の休診日（gw、お盆等）"]
    if beds:
        header += ["一般病床", "療養病床", "療養病床のうち医療保険適用", "療養病床のうち介護保険適用",
                   "精神病床", "結核病床", "感染症病床", "合計病床数"]
    f = Writer(gen, out, "%s-1_%s_facility_info_%s.csv" % (prefix, label, gen.date), header,
               encoding, raw_cols=(10, 11))
    h = Writer(gen, out, "%s-2_%s_speciality_hours_%s.csv" % (prefix, label, gen.date),
               ["ID", "診療科目コード", "診療科目名", "診療時間帯"] +
               ["%s_%s" % (d, c) for d in DAYS8 for c in ("診療開始時間", "診療終了時間",
                                                        "外来受付開始時間", "外来受付終了時間")],
               encoding)
    area = 0
    previous = None
    for i in range(n):
        pref, city, town, lat, lon, pref_name = gen.place()
        if pref == "99":
            area += 1
        fid = gen.new_id(pref + city[0] + ("1" if kind_code == "1" else "2" if kind_code == "2" else "3"), 13)
        if previous is not None and gen.quirk(0.005):
            fid = previous
            f.note("duplicate_id")
        previous = fid
        name, kana = gen.name_parts(kinds)
        name = funny_name(gen, f, name)
        if gen.quirk(0.01):
            f.note("halfwidth_kana")
            kana = kana.translate(str.maketrans("アイウエオカキクケコサシスセソタチツテトナニヌネノ",
                                                "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉ"))
        la, lo = position(gen, f, pref, lat, lon)
        # The flags mean the opposite of their names: 1 = open.
        open_days = [1, 1, 1, 1, 1, 1 if gen.r.random() < 0.7 else 0, 0]
        holiday = 0
        mismatch_open = gen.quirk(0.02)
        mismatch_closed = gen.quirk(0.02)
        flags = list(open_days)
        if mismatch_open:
            f.note("flag_open_without_times")
            flags[6] = 1
        if mismatch_closed:
            f.note("flag_closed_with_times")
            flags[2] = 0
        row = [fid, name, kana, "", "", "", kind_code, pref, city,
               "%s%s%s%d-%d-%d" % (pref_name, town, gen.r.choice(NICE)[0], gen.r.randint(1, 9),
                                   gen.r.randint(1, 30), gen.r.randint(1, 20)),
               la, lo, url(gen, f, "f%s" % fid[-6:])]
        row += [str(x) for x in flags]
        row += [str(flags[d]) for w in range(5) for d in range(7)]
        row += [str(holiday), gen.r.choice(["", "年末年始", "GW、お盆、年末年始", "12/29~1/3"])]
        if beds:
            general = gen.r.randint(20, 400) if kind_code == "1" else gen.r.choice([0, 0, 0, 19])
            row += [general, 0, 0, 0, 0, 0, 0, general]
        f.row(row)
        # Hours: a few specialities, mornings and afternoons.
        n_spec = {"1": gen.r.randint(5, 10), "2": gen.r.randint(1, 4), "3": gen.r.randint(1, 2)}[kind_code]
        chosen = gen.r.sample(specialities, min(n_spec, len(specialities)))
        if kind_code == "1":
            chosen.append(("09010", "救急科"))
        for code, spec in chosen:
            for slot, (a, b) in enumerate([("09:00", "12:00"), ("14:00", "17:30")], 1):
                cells = []
                for d in range(8):
                    is_open = d < 7 and open_days[d] == 1
                    if mismatch_closed and d == 2:
                        is_open = True
                    if code == "09010":
                        cells += ["17:15", "08:30", "", ""] if slot == 2 else ["", "", "", ""]
                    elif is_open and not (d == 5 and slot == 2):
                        cells += [a, b, a, b]
                    else:
                        cells += ["", "", "", ""]
                if gen.quirk(0.002):
                    h.note("hours_0000")
                    cells[0:2] = ["00:00", "00:00"]
                elif gen.quirk(0.002):
                    h.note("hours_reversed")
                    cells[0:2] = ["15:30", "15:00"]
                h.row([fid, code, spec, slot] + cells)
    f.close("med_facility", area_rows=area)
    h.close("med_speciality_hours")


def pharmacy(gen, out, n, encoding):
    header = ["ID", "名称", "フリガナ", "ローマ字", "都道府県コード", "市区町村コード", "所在地",
              "所在地座標（緯度）", "所在地座標（経度）", "薬局のホームページアドレス"]
    header += ["営業日（%s）" % d for d in DAYS8] + ["その他の閉店日（gw、お盆等）"]
    header += ["%s_開店時間帯%d_%s" % (d, k, c) for d in DAYS8 for k in range(1, 5)
               for c in ("開始時間", "終了時間")]
    w = Writer(gen, out, "05_pharmacy_%s.csv" % gen.date, header, encoding, raw_cols=(7, 8))
    area = 0
    for i in range(n):
        pref, city, town, lat, lon, pref_name = gen.place()
        if pref == "99":
            area += 1
        pid = gen.new_id(pref + city[0] + "5", 13)
        first, first_kana = gen.r.choice(SURNAMES + NICE)
        name = funny_name(gen, w, first + "薬局")
        la, lo = position(gen, w, pref, lat, lon)
        flags = [1, 1, 1, 1, 1, 1, 0, 0]
        row = [pid, name, first_kana + "ヤッキョク", "", pref, city,
               "%s%s%s%d-%d" % (pref_name, town, gen.r.choice(NICE)[0], gen.r.randint(1, 9),
                                gen.r.randint(1, 30)), la, lo, url(gen, w, "p%s" % pid[-6:])]
        row += [str(x) for x in flags] + [""]
        for d in range(8):
            for k in range(4):
                row += (["09:00", "18:00"] if flags[d] and k == 0 else ["", ""])
        w.row(row)
    w.close("med_pharmacy", area_rows=area)


def kaigo(gen, out, code, n, encoding):
    header = ["都道府県コード又は市町村コード", "No", "都道府県名", "市区町村名", "事業所名",
              "事業所名カナ", "サービスの種類", "住所", "方書（ビル名等）", "緯度", "経度", "電話番号",
              "FAX番号", "法人番号", "法人の名称", "事業所番号", "利用可能曜日", "利用可能曜日特記事項",
              "定員", "URL", "高齢者の方と障害者の方が同時一体的に利用できるサービス",
              "介護保険の通常の指定基準を満たしている", "障害福祉の通常の指定基準を満たしている", "備考"]
    w = Writer(gen, out, "jigyosho_%s.csv" % code, header, encoding, quote_all=False)
    service = KAIGO_SERVICES[code]
    area = 0
    for i in range(n):
        pref, city, town, lat, lon, pref_name = gen.place()
        if pref == "99":
            area += 1
        number = gen.new_id(pref, 10)
        first, first_kana = gen.r.choice(SURNAMES + NICE)
        name = funny_name(gen, w, "%s%sステーション" % (first, service))
        code6 = pref + city + check_digit(pref + city)
        la, lo = position(gen, w, pref, lat, lon)
        if gen.quirk(0.02):
            w.note("empty_coords")
            la, lo = "", ""
        note = "緊急時は24時間対応" if code == "130" and gen.r.random() < 0.4 else ""
        w.row([code6, number, pref_name, town, name, first_kana + " ステーション", service,
               "%s%s%d-%d" % (town, gen.r.choice(NICE)[0], gen.r.randint(1, 9), gen.r.randint(1, 30)),
               "", la, lo, "0%d-%03d-%04d" % (gen.r.randint(10, 99), gen.r.randint(0, 999),
                                            gen.r.randint(0, 9999)),
               "", "%013d" % gen.r.randint(0, 10 ** 12), "株式会社" + first, number,
               "平日,土曜日", note, 0, "", "", "", "", ""])
    w.close("kaigo_jigyosho", area_rows=area)


def wam(gen, out, nn, n, encoding):
    header = ["都道府県コード又は市区町村コード", "NO（※システム内の固有の番号、連番）", "指定機関名",
              "法人の名称", "法人の名称_かな", "法人番号", "法人住所（市区町村）", "法人住所（番地以降）",
              "法人電話番号", "法人FAX番号", "法人URL", "サービス種別", "事業所の名称", "事業所の名称_かな",
              "事業所番号", "事業所住所（市区町村）", "事業所住所（番地以降）", "事業所電話番号",
              "事業所FAX番号", "事業所URL", "事業所緯度", "事業所経度", "利用可能な時間帯（平日）",
              "利用可能な時間帯（土曜）", "利用可能な時間帯（日曜）", "利用可能な時間帯（祝日）",
              "定休日", "利用可能曜日特記事項（留意事項）", "定員"]
    w = Writer(gen, out, "csvdownload%s.csv" % nn, header, encoding)
    service = WAM_SERVICES[nn]
    area = 0
    for i in range(n):
        pref, city, town, lat, lon, pref_name = gen.place()
        if pref == "99":
            area += 1
        number = gen.new_id(pref, 10)
        first, first_kana = gen.r.choice(NICE)
        la, lo = position(gen, w, pref, lat, lon)
        w.row([pref + "000", str(i + 1), pref_name, "社会福祉法人" + first, "しゃかいふくしほうじん",
               "", pref_name + town, "1-1", "", "", "", service,
               funny_name(gen, w, "%s%s事業所" % (first, service)),
               first_kana.translate(str.maketrans("サクラアオバヒマワリタンポポコモレビスズランミドリカ",
                                                  "さくらあおばひまわりたんぽぽこもれびすずらんみどりか")),
               number, pref_name + town, "%s%d-%d" % (gen.r.choice(NICE)[0], gen.r.randint(1, 9),
                                                     gen.r.randint(1, 30)),
               "", "", "", la, lo, "09:00-18:00", "09:00-12:00", "", "", "日曜日", "", "20"])
    w.close("wam_shogai", area_rows=area)


def main():
    parser = argparse.ArgumentParser(description="Writes synthetic open-data files.")
    parser.add_argument("out")
    parser.add_argument("--scale", default="small",
                        help="small, national, or a factor of the national counts")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quirks", action="store_true")
    parser.add_argument("--encoding", default="utf-8", choices=["utf-8", "cp932"])
    parser.add_argument("--area-share", type=float, default=0.1)
    parser.add_argument("--date", default="20260601")
    parser.add_argument("--only", default="iryo,kaigo,wam")
    args = parser.parse_args()

    if args.scale == "small":
        counts = SMALL
    elif args.scale == "national":
        counts = NATIONAL
    else:
        counts = {k: max(1, int(v * float(args.scale))) for k, v in NATIONAL.items()}

    os.makedirs(args.out, exist_ok=True)
    gen = Gen(args)
    only = args.only.split(",")
    enc = args.encoding
    if "iryo" in only:
        iryo_facility(gen, args.out, "01", "hospital", "1", counts["hospital"],
                      [("病院", "ビョウイン"), ("総合病院", "ソウゴウビョウイン"), ("記念病院", "キネンビョウイン")],
                      SPECIALITIES, True, enc)
        iryo_facility(gen, args.out, "02", "clinic", "2", counts["clinic"], CLINIC_TYPES,
                      SPECIALITIES, True, enc)
        iryo_facility(gen, args.out, "03", "dental", "3", counts["dental"],
                      [("歯科医院", "シカイイン"), ("デンタルクリニック", "デンタルクリニック"),
                       ("歯科", "シカ")], DENTAL, False, enc)
        pharmacy(gen, args.out, counts["pharmacy"], enc)
    if "kaigo" in only:
        kaigo(gen, args.out, "130", counts["nursing"], enc)
        kaigo(gen, args.out, "430", counts["care_management"], enc)
    if "wam" in only:
        wam(gen, args.out, "052", counts["wam"], enc)

    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(gen.manifest, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.exit(main())
