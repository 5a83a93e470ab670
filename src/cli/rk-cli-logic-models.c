/* rk-cli-logic-models.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-cli-logic-models"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-cli.h"
#include "rk-entity.h"
#include "rk-indicator.h"
#include "rk-indicator-import.h"
#include "rk-lm-draw.h"
#include "rk-logic-model.h"
#include "rk-logic-model-graph.h"
#include "rk-logic-model-xlsx.h"
#include "rk-pdca-draw.h"
#include "rk-pdca-summary.h"
#include "rk-query-model.h"

static RkLogicModelGraph *
load_graph (const char  *workspace,
            const char  *model_arg,
            RkDatabase **db_out,
            GError     **error)
{
  g_autoptr(RkDatabase) db = rk_cli_open (workspace, FALSE, error);
  g_autoptr(RkLogicModel) model = NULL;
  RkLogicModelGraph *graph;

  if (db == NULL)
    return NULL;
  model = rk_logic_model_find_by_argument (db, model_arg, error);
  if (model == NULL)
    return NULL;
  graph = rk_logic_model_graph_load (db, rk_entity_get_id (RK_ENTITY (model)), error);
  if (graph != NULL && db_out != NULL)
    *db_out = g_steal_pointer (&db);
  return graph;
}

static int
run_logic_models (int    argc,
                  char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(RkQueryModel) models = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("logic-models", "WORKSPACE", NULL, &argc, &argv, 1, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);

  models = rk_query_model_new (db, RK_TYPE_LOGIC_MODEL, "SELECT id FROM logic_model ORDER BY number");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (models)); i++)
    {
      g_autoptr(RkEntity) model = g_list_model_get_item (G_LIST_MODEL (models), i);

      g_print ("%" G_GINT64_FORMAT "\t%s\n", rk_entity_get_int (model, "number"),
               rk_entity_get_string (model, "title"));
    }

  return 0;
}

static int
run_render_logic_model (int    argc,
                        char **argv)
{
  g_autoptr(RkLogicModelGraph) graph = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("render-logic-model", "WORKSPACE MODEL OUT.{png,pdf,svg}", NULL,
                     &argc, &argv, 3, &status))
    return status;

  graph = load_graph (argv[1], argv[2], NULL, &error);
  if (graph == NULL || !rk_lm_write (graph, argv[3], &error))
    return rk_cli_fail (error);

  return 0;
}

static int
run_render_pdca (int    argc,
                 char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(RkLogicModel) model = NULL;
  g_autoptr(RkPdcaSummary) summary = NULL;
  GError *error = NULL;
  guint64 year;
  int status;

  if (!rk_cli_parse ("render-pdca", "WORKSPACE MODEL YEAR OUT.{png,pdf,svg}", NULL,
                     &argc, &argv, 4, &status))
    return status;

  if (!g_ascii_string_to_unsigned (argv[3], 10, 1900, 2200, &year, NULL))
    return rk_cli_usage_error ("render-pdca",
                               _("YEAR must be a fiscal year such as 2025 (April 2025 to March 2026)."));

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);
  model = rk_logic_model_find_by_argument (db, argv[2], &error);
  if (model == NULL)
    return rk_cli_fail (error);
  summary = rk_pdca_summary_load (db, rk_entity_get_id (RK_ENTITY (model)), (int) year, &error);
  if (summary == NULL || !rk_pdca_write (summary, argv[4], &error))
    return rk_cli_fail (error);

  return 0;
}

static int
run_export_logic_model (int    argc,
                        char **argv)
{
  g_autoptr(RkLogicModelGraph) graph = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("export-logic-model", "WORKSPACE MODEL OUT.xlsx", NULL, &argc, &argv, 3,
                     &status))
    return status;

  graph = load_graph (argv[1], argv[2], NULL, &error);
  if (graph == NULL || !rk_logic_model_write_xlsx (graph, argv[3], &error))
    return rk_cli_fail (error);

  return 0;
}

static int
run_import_indicator_values (int    argc,
                             char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  GError *error = NULL;
  guint n = 0;
  int status;

  if (!rk_cli_parse ("import-indicator-values", "WORKSPACE FILE.csv", NULL, &argc, &argv, 2,
                     &status))
    return status;

  db = rk_cli_open (argv[1], TRUE, &error);
  if (db == NULL || !rk_indicator_import_values (db, argv[2], &n, &error))
    return rk_cli_fail (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u value imported\n", "%u values imported\n", n), n);
  rk_database_close (db);
  return 0;
}

static int
load_indicators (const char *workspace,
                 const char *file)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  GError *error = NULL;
  gsize length = 0;
  guint n = 0;

  db = rk_cli_open (workspace, TRUE, &error);
  if (db == NULL)
    return rk_cli_fail (error);

  if (file == NULL)
    {
      if (!rk_indicator_load_examples (db, &n, &error))
        return rk_cli_fail (error);
    }
  else
    {
      name = g_filename_display_basename (file);
      if (!g_file_get_contents (file, &text, &length, &error) ||
          !rk_indicator_load_master (db, text, length, name, &n, &error))
        return rk_cli_fail (error);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u indicator added\n", "%u indicators added\n", n), n);
  rk_database_close (db);
  return 0;
}

static int
run_load_indicator_examples (int    argc,
                             char **argv)
{
  int status;

  if (!rk_cli_parse ("load-indicator-examples", "WORKSPACE", NULL, &argc, &argv, 1, &status))
    return status;
  return load_indicators (argv[1], NULL);
}

static int
run_load_indicators (int    argc,
                     char **argv)
{
  int status;

  if (!rk_cli_parse ("load-indicators", "WORKSPACE FILE.tsv", NULL, &argc, &argv, 2, &status))
    return status;
  return load_indicators (argv[1], argv[2]);
}

const RkCliVerb rk_cli_logic_models_verbs[] = {
  { "logic-models", "WORKSPACE", N_("List the logic models: number and title"), run_logic_models },
  { "render-logic-model", "WORKSPACE MODEL OUT.{png,pdf,svg}",
    N_("Draw a logic model as a PNG, PDF or SVG file"), run_render_logic_model },
  { "render-pdca", "WORKSPACE MODEL YEAR OUT.{png,pdf,svg}",
    N_("Draw a model’s PDCA cycle of one fiscal year as a PNG, PDF or SVG file"), run_render_pdca },
  { "export-logic-model", "WORKSPACE MODEL OUT.xlsx",
    N_("Write a logic model and its indicators to an Excel workbook"), run_export_logic_model },
  { "load-indicator-examples", "WORKSPACE",
    N_("Add MHLW’s indicator examples the workspace does not have yet (all unverified)"),
    run_load_indicator_examples },
  { "load-indicators", "WORKSPACE FILE.tsv",
    N_("Add the indicators of a list (see data/indicators/README.md) the workspace lacks"),
    run_load_indicators },
  { "import-indicator-values", "WORKSPACE FILE.csv",
    N_("Import indicator values (by area, fiscal year and kind) from a CSV file"),
    run_import_indicator_values },
  { NULL }
};
