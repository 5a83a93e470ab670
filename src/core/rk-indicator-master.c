/* rk-indicator-master.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-indicator-master"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-core-resources.h"
#include "rk-indicator.h"
#include "rk-lm-private.h"

/* The indicator master ships as data (data/indicators, compiled in
 * as a GResource): a tab-separated table whose first line names its
 * columns. Loading copies the rows the workspace does not have yet (by
 * code) into its own indicator table, so the user's edits to earlier rows
 * survive a second load, and a corrected list reaches old workspaces.
 * The whole file goes in one transaction, or nothing does.
 */

enum {
  COL_CODE,
  COL_EDITION,
  COL_CATEGORY,
  COL_FUNCTIONS,
  COL_NAME,
  COL_PRIORITY,
  COL_UNIT,
  COL_DATA_SOURCE,
  COL_SOURCE_DOCUMENT,
  COL_VERIFIED,
  COL_NOTES,
  COL_HIGHER_IS_BETTER,
  N_COLS
};

static const char *column_names[N_COLS] = {
  "code", "edition", "category", "functions", "name", "priority", "unit",
  "data_source", "source_document", "verified", "notes", "higher_is_better",
};

typedef struct
{
  const char *origin;
  guint       line;
  int         index[N_COLS];   /* field of each column, or -1 */
  guint       n_fields;
} Parser;

static void
set_format_error (GError     **error,
                  Parser      *p,
                  const char  *message)
{
  /* Translators: a list file, its line number, then what is wrong with it */
  g_set_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_FORMAT,
               _("%s, line %u: %s"), p->origin, p->line, message);
}

static gboolean
parse_header (Parser  *p,
              char   **fields,
              GError **error)
{
  for (guint c = 0; c < N_COLS; c++)
    p->index[c] = -1;

  p->n_fields = g_strv_length (fields);
  for (guint i = 0; i < p->n_fields; i++)
    {
      gboolean known = FALSE;

      for (guint c = 0; c < N_COLS && !known; c++)
        {
          if (strcmp (g_strstrip (fields[i]), column_names[c]) == 0)
            {
              if (p->index[c] >= 0)
                {
                  g_autofree char *m = g_strdup_printf (_("The column “%s” appears twice."),
                                                        fields[i]);
                  set_format_error (error, p, m);
                  return FALSE;
                }
              p->index[c] = i;
              known = TRUE;
            }
        }
      if (!known)
        {
          g_autofree char *m = g_strdup_printf (_("“%s” is not a column of the indicator list. "
                                                  "See data/indicators/README.md for the columns."),
                                                fields[i]);
          set_format_error (error, p, m);
          return FALSE;
        }
    }

  if (p->index[COL_CODE] < 0 || p->index[COL_NAME] < 0)
    {
      set_format_error (error, p, _("The first line must name the columns, including “code” and "
                                    "“name”."));
      return FALSE;
    }

  return TRUE;
}

static const char *
field (Parser  *p,
       char   **fields,
       guint    col)
{
  return p->index[col] >= 0 ? fields[p->index[col]] : "";
}

static gboolean
parse_flag (Parser      *p,
            char       **fields,
            guint        col,
            gboolean     fallback,
            gboolean    *out,
            GError     **error)
{
  const char *s = field (p, fields, col);

  if (s[0] == '\0')
    *out = fallback;
  else if (strcmp (s, "0") == 0 || strcmp (s, "1") == 0)
    *out = s[0] == '1';
  else
    {
      g_autofree char *m = g_strdup_printf (_("The column “%s” must be 0 or 1, not “%s”."),
                                            column_names[col], s);
      set_format_error (error, p, m);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_term (Parser      *p,
               char       **fields,
               guint        col,
               RkTermList   list,
               gboolean     may_be_empty,
               GError     **error)
{
  const char *s = field (p, fields, col);
  const RkTerm *terms;
  guint n;

  if (s[0] == '\0' && may_be_empty)
    return TRUE;

  terms = rk_terms_get (list, &n);
  for (guint i = 0; i < n; i++)
    if (strcmp (terms[i].code, s) == 0)
      return TRUE;

  {
    g_autoptr(GString) allowed = g_string_new (NULL);
    g_autofree char *m = NULL;

    for (guint i = 0; i < n; i++)
      g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "", terms[i].code);
    m = g_strdup_printf (_("“%s” is not allowed in the column “%s” (allowed: %s)."),
                         s, column_names[col], allowed->str);
    set_format_error (error, p, m);
  }
  return FALSE;
}

static gboolean
load_row (RkDatabase  *db,
          Parser      *p,
          char       **fields,
          GHashTable  *seen,
          gint64      *position,
          guint       *n_added,
          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *code = g_strstrip (fields[p->index[COL_CODE]]);
  const char *name = field (p, fields, COL_NAME);
  gboolean priority, verified, higher;
  RkFunctions functions;
  gint64 exists;

  if (g_strv_length (fields) != p->n_fields)
    {
      g_autofree char *m = g_strdup_printf (_("The line has %u fields, but the first line names "
                                              "%u columns."),
                                            g_strv_length (fields), p->n_fields);
      set_format_error (error, p, m);
      return FALSE;
    }
  if (code[0] == '\0' || name[0] == '\0')
    {
      set_format_error (error, p, _("Every indicator needs a code and a name."));
      return FALSE;
    }
  if (!g_hash_table_add (seen, g_strdup (code)))
    {
      g_autofree char *m = g_strdup_printf (_("The code “%s” appears twice."), code);
      set_format_error (error, p, m);
      return FALSE;
    }

  if (!validate_term (p, fields, COL_EDITION, RK_TERMS_INDICATOR_EDITION,
                      p->index[COL_EDITION] < 0, error) ||
      !validate_term (p, fields, COL_CATEGORY, RK_TERMS_INDICATOR_CATEGORY, TRUE, error) ||
      !parse_flag (p, fields, COL_PRIORITY, FALSE, &priority, error) ||
      !parse_flag (p, fields, COL_VERIFIED, FALSE, &verified, error) ||
      !parse_flag (p, fields, COL_HIGHER_IS_BETTER, TRUE, &higher, error))
    return FALSE;

  functions = rk_functions_from_codes (field (p, fields, COL_FUNCTIONS), &local_error);
  if (local_error != NULL)
    {
      set_format_error (error, p, local_error->message);
      return FALSE;
    }

  exists = _rk_lm_query_int (db, "SELECT count(*) FROM indicator WHERE code = ?", -1, error,
                             "s", code);
  if (exists < 0)
    return FALSE;
  if (exists > 0)
    return TRUE;

  if (!_rk_lm_exec (db,
                    "INSERT INTO indicator (position, code, edition, category, functions, name, "
                    "  priority, unit, higher_is_better, data_source, source_document, verified, "
                    "  notes) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    error, "isssisisissis",
                    (*position)++, code,
                    p->index[COL_EDITION] >= 0 ? field (p, fields, COL_EDITION) : "own",
                    field (p, fields, COL_CATEGORY), (gint64) functions, name,
                    (gint64) priority, field (p, fields, COL_UNIT), (gint64) higher,
                    field (p, fields, COL_DATA_SOURCE), field (p, fields, COL_SOURCE_DOCUMENT),
                    (gint64) verified, field (p, fields, COL_NOTES)))
    return FALSE;

  (*n_added)++;
  return TRUE;
}

/**
 * rk_indicator_load_master:
 * @text: the list (see data/indicators/README.md), UTF-8
 * @length: its length, or -1 if NUL-terminated
 * @origin: the file name for messages
 * @n_added: (out) (optional): how many indicators were added
 *
 * Adds the indicators of @text whose codes the workspace does not have
 * yet, as one undoable step ("Load Indicator List"), or nothing at all
 * when a line is wrong: the error names @origin and the line.
 */
gboolean
rk_indicator_load_master (RkDatabase  *db,
                          const char  *text,
                          gssize       length,
                          const char  *origin,
                          guint       *n_added,
                          GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(RkTransaction) tx = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *copy = NULL;
  Parser p = { origin, 0, { 0 }, 0 };
  gboolean have_header = FALSE;
  gint64 position;
  guint added = 0;
  gboolean ok;

  g_return_val_if_fail (RK_IS_DATABASE (db), FALSE);

  copy = length < 0 ? g_strdup (text) : g_strndup (text, length);
  if (!g_utf8_validate (copy, -1, NULL))
    {
      g_set_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_FORMAT,
                   _("%s is not UTF-8 text. Save it as UTF-8 and try again."), origin);
      return FALSE;
    }

  tx = _rk_lm_begin_if_needed (db, _("Load Indicator List"), &ok, error);
  if (!ok)
    return FALSE;

  position = _rk_lm_query_int (db, "SELECT max(position) + 1 FROM indicator", 0, NULL, NULL);
  lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      char *line = lines[i];
      gsize len = strlen (line);

      p.line = i + 1;
      if (len > 0 && line[len - 1] == '\r')
        line[len - 1] = '\0';
      /* A byte-order mark, as Windows editors write. */
      if (i == 0 && g_str_has_prefix (line, "\xef\xbb\xbf"))
        line += 3;
      if (line[0] == '\0' || line[0] == '#')
        continue;

      fields = g_strsplit (line, "\t", -1);
      if (!have_header)
        {
          if (!parse_header (&p, fields, error))
            return FALSE;
          have_header = TRUE;
        }
      else if (!load_row (db, &p, fields, seen, &position, &added, error))
        return FALSE;
    }

  if (!have_header)
    {
      g_set_error (error, RK_INDICATOR_ERROR, RK_INDICATOR_ERROR_FORMAT,
                   _("%s holds no indicators."), origin);
      return FALSE;
    }

  if (!_rk_lm_commit_if_needed (tx, error))
    return FALSE;

  if (n_added != NULL)
    *n_added = added;
  return TRUE;
}

/**
 * rk_indicator_load_examples:
 * @n_added: (out) (optional): how many indicators were added
 *
 * Loads MHLW's home-care indicator examples shipped with Renkei
 * (data/indicators/mhlw-homecare.tsv): the ones the workspace lacks.
 * Every one of them is marked unverified: see the file's README.
 */
gboolean
rk_indicator_load_examples (RkDatabase  *db,
                            guint       *n_added,
                            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  bytes = g_resource_lookup_data (rk_core_get_resource (), RK_INDICATOR_EXAMPLES_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  return rk_indicator_load_master (db, data, size, "mhlw-homecare.tsv", n_added, error);
}
