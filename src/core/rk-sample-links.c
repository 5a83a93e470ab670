/* rk-sample-links.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-sample-links"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-database-private.h"
#include "rk-logic-model-node.h"
#include "rk-sample-private.h"

/* The sample's chain from a meeting to an indicator: the countermeasures
 * of the issue register (rk-sample-meetings.c) linked to the measures of
 * the logic models (rk-sample-logic-models.c) that they carry out. The
 * night-time rota the working group is trying out serves both the
 * 急変時の対応 model's 往診当番 and the 看取り model's 副主治医制; the
 * emergency sheet's hand-over, done in October, shows in the 急変時の対応
 * model's PDCA cycle under 実行.
 */

static const struct {
  const char *model;       /* its title */
  const char *measure;     /* the text of one of its 個別施策 */
  const char *action;      /* what a countermeasure of the register says */
} links[] = {
  { "急変時の対応", "診診連携による夜間・休日の往診当番体制をつくる",
    "主治医・副主治医制と休日・夜間の当番医をみなと町・やまべ村で試行する" },
  { "急変時の対応", "急変時対応シート（情報共有シート）を作り、普及する",
    "当番医が初めて診る患者にも対応できるよう、急変時対応シートを訪問看護ステーションから当番医に渡す手順を決める" },
  { "急変時の対応", "消防本部と救急搬送時の情報共有ルールを決める",
    "在宅人工呼吸器使用者の把握方法と共有範囲の案を、保健所・消防・市町村で作成する" },
  { "看取り", "副主治医制で在宅看取りを担う医師を支える",
    "主治医・副主治医制と休日・夜間の当番医をみなと町・やまべ村で試行する" },
  { "看取り", "看取り期に必要な麻薬・医療材料の供給体制を確かめる",
    "24時間対応可能な薬局の一覧を作成し、医療機関と訪問看護ステーションに配布する" },
};

static gint64
find_id (RkDatabase  *db,
         const char  *sql,
         const char  *first,
         const char  *second,
         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = 0;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (db), sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, first, -1, SQLITE_STATIC);
      if (second != NULL)
        sqlite3_bind_text (stmt, 2, second, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      rk_database_set_error (db, error, rc, _("fill in the sample workspace"));
      return 0;
    }
  if (id == 0)
    /* The other fillers changed under this one: a programming error. */
    g_set_error (error, RK_DATABASE_ERROR, RK_DATABASE_ERROR_FAILED,
                 "The sample has no “%s”", second != NULL ? second : first);
  return id;
}

gboolean
_rk_sample_fill_links (RkDatabase  *db,
                       GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autoptr(RkLogicModelNode) node = NULL;
      gint64 node_id, action_id;

      node_id = find_id (db,
                         "SELECT n.id FROM logic_model_node n JOIN logic_model m ON m.id = n.model_id"
                         " WHERE m.title = ?1 AND n.text = ?2 AND n.level = 0",
                         links[i].model, links[i].measure, error);
      if (node_id == 0)
        return FALSE;
      action_id = find_id (db, "SELECT id FROM countermeasure WHERE what = ?1", links[i].action,
                           NULL, error);
      if (action_id == 0)
        return FALSE;

      node = rk_entity_lookup (db, RK_TYPE_LOGIC_MODEL_NODE, node_id, error);
      if (node == NULL ||
          !rk_logic_model_node_set_countermeasure (node, action_id, TRUE, NULL, error))
        return FALSE;
    }

  return TRUE;
}
