/* test-submission-template.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rk-submission.h"
#include "rk-submission-export-private.h"
#include "rk-submission-template-private.h"
#include "rk-work-items.h"

/* The template of the submission workbook: the default one reads, a
 * coordinator's own reorders and renames, and every kind of mistake is an
 * error that names the file and the line.
 */

static RkSubmissionTemplate *
parse (const char  *text,
       GError     **error)
{
  return rk_submission_template_new_from_data (text, -1, "mine.txt", error);
}

static RkTemplateSheet *
sheet_at (RkSubmissionTemplate *tmpl,
          guint                 i)
{
  return g_ptr_array_index (tmpl->sheets, i);
}

static RkTemplateBlock *
block_at (RkTemplateSheet *sheet,
          guint            i)
{
  return g_ptr_array_index (sheet->blocks, i);
}

static char *
headings (RkTemplateBlock *block)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < block->columns->len; i++)
    {
      RkTemplateColumn *c = &g_array_index (block->columns, RkTemplateColumn, i);
      g_string_append_printf (s, "%s%s=%s", i > 0 ? "|" : "",
                              c->field >= 0 ? block->kind->fields[c->field].id : "@input",
                              c->heading);
    }
  return g_string_free (s, FALSE);
}

static void
test_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkSubmissionTemplate) tmpl = rk_submission_template_new_default (&error);
  g_autofree char *cols = NULL;
  RkTemplateSheet *sheet;

  const char *names[] = {
    /* The issue's order; the list of resources has a sheet of its own. */
    "拠点基本情報", "会議開催実績", "課題・対応策一覧", "研修・普及啓発実績", "資源の状況",
    "資源の一覧", "指標", "ロジックモデル", "災害対策", "推進事業の取組状況",
  };

  g_assert_no_error (error);
  g_assert_cmpuint (rk_submission_template_get_n_sheets (tmpl), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (rk_submission_template_get_sheet_name (tmpl, i), ==, names[i]);

  sheet = sheet_at (tmpl, 0);
  g_assert_cmpint (sheet->orientation, ==, RK_TEMPLATE_ORIENTATION_PORTRAIT);
  g_assert_cmpuint (sheet->blocks->len, ==, 4);
  g_assert_cmpstr (block_at (sheet, 0)->kind->id, ==, "profile");
  g_assert_cmpstr (block_at (sheet, 0)->heading, ==, "【取組主体の基礎情報】");
  g_assert_cmpstr (block_at (sheet, 2)->kind->id, ==, "staff");
  g_assert_cmpstr (block_at (sheet, 3)->kind->id, ==, "municipalities");

  sheet = sheet_at (tmpl, 1);
  g_assert_cmpstr (block_at (sheet, 0)->kind->id, ==, "meetings");
  g_assert_cmpuint (block_at (sheet, 0)->columns->len, ==, 17);
  sheet = sheet_at (tmpl, 2);
  g_assert_cmpstr (block_at (sheet, 0)->kind->id, ==, "issues");

  /* 資源の状況: the counts by kind, the key capabilities, under captions;
   * the list on the next sheet.
   */
  sheet = sheet_at (tmpl, 4);
  g_assert_cmpint (sheet->orientation, ==, RK_TEMPLATE_ORIENTATION_LANDSCAPE);
  g_assert_cmpuint (sheet->blocks->len, ==, 2);
  g_assert_cmpstr (block_at (sheet, 0)->kind->id, ==, "resource_counts");
  g_assert_cmpstr (block_at (sheet, 1)->kind->id, ==, "resource_coverage");
  for (guint i = 0; i < sheet->blocks->len; i++)
    g_assert_nonnull (block_at (sheet, i)->heading);
  g_assert_cmpuint (block_at (sheet, 0)->columns->len, ==, 16);
  g_assert_cmpuint (block_at (sheet, 1)->columns->len, ==, 12);
  sheet = sheet_at (tmpl, 5);
  g_assert_cmpstr (block_at (sheet, 0)->kind->id, ==, "resources");
  g_clear_pointer (&cols, g_free);
  cols = headings (block_at (sheet, 0));
  g_assert_cmpstr (cols, ==, "no=No.|municipality=市町村|kind=種類|name=名称|address=所在地|"
                             "phone=電話番号|key_capabilities=主な機能|confirmed_on=確認日");

  sheet = sheet_at (tmpl, 6);
  g_assert_cmpstr (block_at (sheet, 0)->kind->id, ==, "indicators");

  /* ロジックモデル: no fields listed, so every column of the grid. */
  sheet = sheet_at (tmpl, 7);
  g_clear_pointer (&cols, g_free);
  cols = headings (block_at (sheet, 0));
  g_assert_cmpstr (cols, ==, "number=#|box=Measure or outcome|indicator=Indicator|"
                             "data_source=Data source|current=Current value|target=Target value");

  /* 災害対策: five blocks, each under its caption; none names a person. */
  sheet = sheet_at (tmpl, 8);
  g_assert_cmpuint (sheet->blocks->len, ==, 5);
  for (guint i = 0; i < sheet->blocks->len; i++)
    g_assert_nonnull (block_at (sheet, i)->heading);
  g_assert_cmpstr (block_at (sheet, 0)->kind->id, ==, "bcp_plans");
  g_assert_cmpstr (block_at (sheet, 4)->kind->id, ==, "care_counts");

  sheet = sheet_at (tmpl, 9);
  g_assert_cmpstr (sheet->title, ==, "在宅医療・介護連携推進事業 (ア)〜(ク) の取組状況（{年度}）");
  g_clear_pointer (&cols, g_free);
  cols = headings (block_at (sheet, 0));
  g_assert_cmpstr (cols, ==, "item=項目|name=事業項目|status=実施状況|count=件数|"
                             "summary=主な取組（Renkei の記録から）|@input=県確認|@input=県記入欄");
  g_assert_cmpstr (g_array_index (block_at (sheet, 0)->columns, RkTemplateColumn, 5).choices[2],
                   ==, "要ヒアリング");
  g_assert_null (g_array_index (block_at (sheet, 0)->columns, RkTemplateColumn, 6).choices);
}

/* A prefecture's own layout: sheets renamed and reordered, columns in
 * another order with other headings, a column left to its default
 * heading, and a kind named without fields (its usual ones). Written the
 * way a Windows editor saves it: BOM, CRLF, full-width marks and spaces.
 */
static void
test_custom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkSubmissionTemplate) tmpl = NULL;
  g_autofree char *cols = NULL;
  g_autofree char *staff = NULL;
  const char *text =
    "\xEF\xBB\xBF# 青葉県様式\r\n"
    "\r\n"
    "［様式２　研修］\r\n"
    "＠title ＝ {都道府県}　研修等の実績（{西暦年度}）\r\n"
    "@orientation = landscape\r\n"
    "@data = activities\r\n"
    "　title ＝ 研修名\r\n"
    "date = 開催日\r\n"
    "participants.nurse = 看護師\r\n"
    "count\r\n"
    "@input 評価 = Ａ，Ｂ、C\r\n"
    "[様式１　担当者]\r\n"
    "@data = staff\r\n";

  tmpl = parse (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rk_submission_template_get_n_sheets (tmpl), ==, 2);
  g_assert_cmpstr (sheet_at (tmpl, 0)->name, ==, "様式２　研修");
  g_assert_cmpstr (sheet_at (tmpl, 0)->title, ==, "{都道府県}　研修等の実績（{西暦年度}）");
  g_assert_cmpint (sheet_at (tmpl, 0)->orientation, ==, RK_TEMPLATE_ORIENTATION_LANDSCAPE);

  cols = headings (block_at (sheet_at (tmpl, 0), 0));
  g_assert_cmpstr (cols, ==, "title=研修名|date=開催日|participants.nurse=看護師|"
                             "count=Participants or copies|@input=評価");
  {
    RkTemplateColumn *input = &g_array_index (block_at (sheet_at (tmpl, 0), 0)->columns,
                                              RkTemplateColumn, 4);
    g_assert_cmpuint (g_strv_length (input->choices), ==, 3);
    g_assert_cmpstr (input->choices[0], ==, "Ａ");
    g_assert_cmpstr (input->choices[1], ==, "Ｂ");
    g_assert_cmpstr (input->choices[2], ==, "C");
  }

  /* No fields listed: the kind's usual ones, with their headings. */
  staff = headings (block_at (sheet_at (tmpl, 1), 0));
  g_assert_cmpstr (staff, ==, "profession=Profession|headcount=Number");
  g_assert_cmpstr (sheet_at (tmpl, 1)->title, ==, "様式１　担当者");
}

static void
test_expand (void)
{
  const char *values[RK_TEMPLATE_N_VALUES] = {
    [RK_TEMPLATE_VALUE_FISCAL_YEAR] = "令和8年度",
    [RK_TEMPLATE_VALUE_FISCAL_YEAR_WESTERN] = "2026年度",
    [RK_TEMPLATE_VALUE_BASE] = "さくら拠点",
  };
  g_autofree char *a = _rk_submission_template_expand ("{拠点名}の{年度}（{西暦年度}）{都道府県}", values);
  g_autofree char *b = _rk_submission_template_expand ("{base} {fiscal_year}", values);

  g_assert_cmpstr (a, ==, "さくら拠点の令和8年度（2026年度）");
  g_assert_cmpstr (b, ==, "さくら拠点 令和8年度");
}

/* Each mistake: where it is, which error, and a word of the message. */
static const struct {
  const char *text;
  guint       line;
  int         code;
  const char *says;
} mistakes[] = {
  { "[研修]\n@data = activites\n", 2, RK_SUBMISSION_ERROR_TEMPLATE_UNKNOWN_KIND, "activities" },
  { "[会議]\n@data = meeting\n", 2, RK_SUBMISSION_ERROR_TEMPLATE_UNKNOWN_KIND, "“meeting”" },
  { "[会議]\n@data = meetings\nattendance.doctor = 医師\n", 3,
    RK_SUBMISSION_ERROR_TEMPLATE_UNKNOWN_FIELD, "attendance.… (such as attendance.prefecture, "
    "attendance.municipality), invited.total," },
  { "[ロジックモデル]\n@data = logic_models\nbox = 施策\n@input 県確認 = 済\n", 4,
    RK_SUBMISSION_ERROR_TEMPLATE_INVALID, "logic_models" },
  { "[研修]\n@data = activities\ndate = 日付\ndat = 日付\n", 4,
    RK_SUBMISSION_ERROR_TEMPLATE_UNKNOWN_FIELD, "“dat”" },
  { "[研修]\n@data = activities\nparticipants.wizard = 魔法使い\n", 3,
    RK_SUBMISSION_ERROR_TEMPLATE_UNKNOWN_FIELD, "participants.nurse" },
  { "# comment\n[研修]\n@data = activities\nこれは壊れた行\n", 4,
    RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX, "field = heading" },
  { "[研修\n", 1, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX, "]" },
  { "date = 日付\n", 1, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX, "first sheet" },
  { "[研修]\ndate = 日付\n", 2, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX, "@data" },
  { "[研修]\n@data = staff\n\n[研修]\n@data = staff\n", 4, RK_SUBMISSION_ERROR_TEMPLATE_INVALID, "already" },
  { "[研修]\n@orientation = 斜め\n@data = staff\n", 2, RK_SUBMISSION_ERROR_TEMPLATE_INVALID, "斜め" },
  { "[研修]\n@title = {年度の報告\n", 2, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX, "}" },
  { "[研修]\n@title = {会計年度}\n", 2, RK_SUBMISSION_ERROR_TEMPLATE_INVALID, "{会計年度}" },
  { "[研修]\n@colour = red\n", 2, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX, "@colour" },
  { "[研修]\n@title\n", 2, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX, "@title = " },
  { "[研修]\n@heading = 見出し\n", 2, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX, "@data" },
  { "[研修]\n@input 県確認\n", 2, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX, "@data" },
  { "[研修]\n@data = staff\n@input = 選択肢\n", 3, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX, "heading" },
  { "[研修]\n@data = staff\n@input 県確認 = 可、、不可\n", 3, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX, "empty" },
  { "[研修]\n@data = staff\nprofession = 職種\nprofession = 職種2\n", 4,
    RK_SUBMISSION_ERROR_TEMPLATE_INVALID, "once" },
  { "[研修：実績]\n", 1, RK_SUBMISSION_ERROR_TEMPLATE_INVALID, NULL },
  { "[a/b]\n", 1, RK_SUBMISSION_ERROR_TEMPLATE_INVALID, "a/b" },
  { "[]\n", 1, RK_SUBMISSION_ERROR_TEMPLATE_INVALID, "no name" },
  { "[あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみ]\n", 1,
    RK_SUBMISSION_ERROR_TEMPLATE_INVALID, "31" },
  { "[History]\n", 1, RK_SUBMISSION_ERROR_TEMPLATE_INVALID, "reserves" },
};

static void
test_mistakes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (mistakes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RkSubmissionTemplate) tmpl = NULL;
      g_autofree char *where = g_strdup_printf ("mine.txt, line %u: ", mistakes[i].line);

      g_test_message ("mistake %u: %s", i, mistakes[i].text);
      tmpl = parse (mistakes[i].text, &error);

      /* "[研修：実績]" is fine (a full-width colon): it fails only for
       * showing no data, on no particular line.
       */
      if (mistakes[i].says == NULL)
        {
          g_assert_null (tmpl);
          g_assert_error (error, RK_SUBMISSION_ERROR, RK_SUBMISSION_ERROR_TEMPLATE_INVALID);
          g_assert_nonnull (strstr (error->message, "[研修：実績]"));
          continue;
        }

      g_assert_null (tmpl);
      g_assert_error (error, RK_SUBMISSION_ERROR, mistakes[i].code);
      g_test_message ("→ %s", error->message);
      g_assert_true (g_str_has_prefix (error->message, where));
      g_assert_nonnull (strstr (error->message, mistakes[i].says));
    }
}

static void
test_whole_file_mistakes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkSubmissionTemplate) tmpl = NULL;

  tmpl = parse ("# nothing but comments\n\n", &error);
  g_assert_null (tmpl);
  g_assert_error (error, RK_SUBMISSION_ERROR, RK_SUBMISSION_ERROR_TEMPLATE_INVALID);
  g_assert_nonnull (strstr (error->message, "mine.txt"));
  g_clear_error (&error);

  tmpl = parse ("[拠点]\n@title = 基本情報\n", &error);
  g_assert_null (tmpl);
  g_assert_error (error, RK_SUBMISSION_ERROR, RK_SUBMISSION_ERROR_TEMPLATE_INVALID);
  g_assert_nonnull (strstr (error->message, "[拠点]"));
  g_clear_error (&error);

  tmpl = rk_submission_template_new_from_data ("[a]\0zip", 7, "book.xlsx", &error);
  g_assert_null (tmpl);
  g_assert_error (error, RK_SUBMISSION_ERROR, RK_SUBMISSION_ERROR_TEMPLATE_UNREADABLE);
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkSubmissionTemplate) tmpl = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rk-template-XXXXXX", NULL);
  g_autofree char *sjis_path = g_build_filename (dir, "sjis.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autofree char *binary = g_build_filename (dir, "binary.txt", NULL);
  g_autofree char *sjis = NULL;
  gsize sjis_len = 0;
  const char *utf8 = "[研修実績]\n@data = activities\ndate = 開催日\n";

  /* Shift_JIS, as older Japanese editors save. */
  sjis = g_convert (utf8, -1, "CP932", "UTF-8", NULL, &sjis_len, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (sjis_path, sjis, sjis_len, &error));
  tmpl = rk_submission_template_new_from_file (sjis_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rk_submission_template_get_sheet_name (tmpl, 0), ==, "研修実績");
  g_clear_pointer (&tmpl, rk_submission_template_free);

  tmpl = rk_submission_template_new_from_file (missing, &error);
  g_assert_null (tmpl);
  g_assert_error (error, RK_SUBMISSION_ERROR, RK_SUBMISSION_ERROR_TEMPLATE_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "missing.txt"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (binary, "\x80\x80\xff\xfe\x81", 5, NULL));
  tmpl = rk_submission_template_new_from_file (binary, &error);
  g_assert_null (tmpl);
  g_assert_error (error, RK_SUBMISSION_ERROR, RK_SUBMISSION_ERROR_TEMPLATE_UNREADABLE);
  g_clear_error (&error);

  g_unlink (sjis_path);
  g_unlink (binary);
  g_rmdir (dir);
}

/* The registry: every kind's fields are unique identifiers; the sheet
 * of work items lists ア〜ク.
 */
static void
test_registry (void)
{
  g_autoptr(GPtrArray) kinds = rk_submission_list_kinds ();
  g_autoptr(GPtrArray) rules = rk_work_items_list_rules ();
  const char *expected[] = {
    "profile", "staff", "municipalities", "meetings", "issues", "activities", "resource_counts",
    "resource_coverage", "resources", "indicators", "logic_models", "bcp_plans", "bcp_readiness",
    "bcp_drills", "bcp_checks", "care_counts", "work_items",
  };
  guint per_item[RK_N_WORK_ITEMS] = { 0 };

  g_assert_cmpuint (kinds->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const RkSubmissionKind *kind = g_ptr_array_index (kinds, i);

      g_assert_cmpstr (kind->id, ==, expected[i]);
      g_assert_true (rk_submission_find_kind (expected[i]) == kind);
      g_assert_cmpint (rk_submission_kind_find_field (kind, kind->fields[0].id), ==, 0);
      for (guint f = 0; f < kind->n_fields; f++)
        g_assert_nonnull (kind->fields[f].heading);
      /* A kind laid out by a writer of its own has one. */
      g_assert_true ((kind->layout == RK_SUBMISSION_LAYOUT_CUSTOM) ==
                     (_rk_submission_find_custom_writer (kind->id) != NULL));
    }
  g_assert_cmpint (rk_submission_kind_find_field (rk_submission_find_kind ("activities"),
                                                  "participants.dentist"), >, 0);
  /* One attendance column per column of the meetings tab's workbook. */
  g_assert_cmpint (rk_submission_kind_find_field (rk_submission_find_kind ("meetings"),
                                                  "attendance.care_welfare"), >, 0);
  g_assert_cmpint (rk_submission_kind_find_field (rk_submission_find_kind ("meetings"),
                                                  "function.disaster"), >, 0);
  /* One count per kind of the directory, one per key capability. */
  g_assert_cmpint (rk_submission_kind_find_field (rk_submission_find_kind ("resource_counts"),
                                                  "kind.disability_consultation"), >, 0);
  g_assert_cmpint (rk_submission_kind_find_field (rk_submission_find_kind ("resource_coverage"),
                                                  "capability.around_clock"), >, 0);
  g_assert_cmpint (rk_submission_kind_find_field (rk_submission_find_kind ("resource_coverage"),
                                                  "rate.aseptic"), >, 0);
  /* The rules: the resource directory's and the training tab's (ア), the
   * meetings' (イ, ウ, カ, ク).
   */
  for (guint i = 0; i < rules->len; i++)
    {
      const RkWorkItemRule *rule = g_ptr_array_index (rules, i);
      per_item[rule->item]++;
    }
  g_assert_cmpuint (per_item[RK_WORK_ITEM_RESOURCES], ==, 3);
  g_assert_cmpuint (per_item[RK_WORK_ITEM_ISSUES], ==, 3);
  g_assert_cmpuint (per_item[RK_WORK_ITEM_SEAMLESS_CARE], ==, 1);
  g_assert_cmpuint (per_item[RK_WORK_ITEM_CONSULTATION], ==, 0);
  g_assert_cmpuint (per_item[RK_WORK_ITEM_TRAINING], ==, 2);
  g_assert_cmpuint (per_item[RK_WORK_ITEM_MUNICIPALITIES], ==, 2);

  g_assert_cmpstr (rk_work_item_get_letter (RK_WORK_ITEM_RESOURCES), ==, "ア");
  g_assert_cmpstr (rk_work_item_get_letter (RK_WORK_ITEM_MUNICIPALITIES), ==, "ク");
  g_assert_cmpint (rk_work_item_for_activity ("sharing", "resource_list"), ==, RK_WORK_ITEM_RESOURCES);
  g_assert_cmpint (rk_work_item_for_activity ("sharing", "newsletter"), ==, RK_WORK_ITEM_SHARING);
  g_assert_cmpint (rk_work_item_for_activity ("training", "lecture"), ==, RK_WORK_ITEM_TRAINING);
  g_assert_cmpint (rk_work_item_for_activity ("outreach", "video"), ==, RK_WORK_ITEM_AWARENESS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/submission-template/default", test_default);
  g_test_add_func ("/io/submission-template/custom", test_custom);
  g_test_add_func ("/io/submission-template/expand", test_expand);
  g_test_add_func ("/io/submission-template/mistakes", test_mistakes);
  g_test_add_func ("/io/submission-template/whole-file-mistakes", test_whole_file_mistakes);
  g_test_add_func ("/io/submission-template/files", test_files);
  g_test_add_func ("/io/submission-template/registry", test_registry);

  return g_test_run ();
}
