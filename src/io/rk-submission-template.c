/* rk-submission-template.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-submission-template"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-submission-template-private.h"

/* The template of the submission workbook: a plain text file a coordinator
 * copies and edits to match their prefecture's form. The format is
 * documented at the top of data/submission-template.txt:
 *
 *   # comment
 *   [シート名]                      a sheet, in workbook order
 *   @title = 表題（{年度}）          its title line
 *   @orientation = 横               縦, 横 or 自動 (portrait, landscape, auto)
 *   @data = activities              a block of data of one sheet kind
 *   @heading = 小見出し             a caption above the block
 *   date = 実施日                   a column (or a form line): field = heading
 *   @input 県確認 = 確認済、要確認   a column filled in by hand, with choices
 *
 * Anything else is an error naming the file and the line, and so is a
 * kind or field this build does not know: a template never silently leaves
 * a column blank.
 */

G_DEFINE_QUARK (rk-submission-error-quark, rk_submission_error)

static const struct {
  const char *ja;
  const char *en;
} placeholders[RK_TEMPLATE_N_VALUES] = {
  [RK_TEMPLATE_VALUE_FISCAL_YEAR]         = { "年度", "fiscal_year" },
  [RK_TEMPLATE_VALUE_FISCAL_YEAR_WESTERN] = { "西暦年度", "fiscal_year_western" },
  [RK_TEMPLATE_VALUE_BASE]                = { "拠点名", "base" },
  [RK_TEMPLATE_VALUE_PREFECTURE]          = { "都道府県", "prefecture" },
  [RK_TEMPLATE_VALUE_AREA]                = { "対象圏域", "area" },
  [RK_TEMPLATE_VALUE_DATE]                = { "作成日", "date" },
};

typedef struct
{
  RkSubmissionTemplate *tmpl;
  RkTemplateSheet      *sheet;    /* the current sheet */
  RkTemplateBlock      *block;    /* the current block of it */
  guint                 line;
} Parser;

/*
 * Freeing
 */

static void
column_clear (RkTemplateColumn *column)
{
  g_free (column->heading);
  g_strfreev (column->choices);
}

static void
block_free (RkTemplateBlock *block)
{
  g_free (block->heading);
  g_array_unref (block->columns);
  g_free (block);
}

static void
sheet_free (RkTemplateSheet *sheet)
{
  g_free (sheet->name);
  g_free (sheet->title);
  g_ptr_array_unref (sheet->blocks);
  g_free (sheet);
}

void
rk_submission_template_free (RkSubmissionTemplate *tmpl)
{
  if (tmpl == NULL)
    return;

  g_free (tmpl->display_name);
  g_ptr_array_unref (tmpl->sheets);
  g_free (tmpl);
}

/*
 * Text helpers
 */

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x3000;   /* full-width space */
}

/* Trims ASCII and full-width spaces in place. */
static char *
trim (char *s)
{
  char *end;

  while (*s != '\0' && is_space (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  end = s + strlen (s);
  while (end > s)
    {
      char *prev = g_utf8_prev_char (end);

      if (!is_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  *end = '\0';
  return s;
}

/* A Japanese keyboard types ＝［］＠＃ as readily as =[]@#: the marks of
 * the format are read in either width. Returns the ASCII mark, or 0.
 */
static char
mark_at (const char *p)
{
  switch (g_utf8_get_char (p))
    {
    case '=': case 0xFF1D: return '=';
    case '[': case 0xFF3B: return '[';
    case ']': case 0xFF3D: return ']';
    case '@': case 0xFF20: return '@';
    case '#': case 0xFF03: return '#';
    default: return 0;
    }
}

/* Splits "left = right" at the first "=" (of either width). */
static gboolean
split_equals (char  *s,
              char **left,
              char **right)
{
  for (char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    if (mark_at (p) == '=')
      {
        char *after = g_utf8_next_char (p);

        *p = '\0';
        *left = trim (s);
        *right = trim (after);
        return TRUE;
      }

  *left = trim (s);
  *right = NULL;
  return FALSE;
}

static gboolean
is_identifier (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isalnum (*s) && *s != '_' && *s != '.')
      return FALSE;
  return TRUE;
}

/*
 * Errors: always the file and the line, then what to do
 */

static gboolean G_GNUC_PRINTF (4, 5)
fail (Parser     *p,
      GError    **error,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: an error in a template file: file name, line number,
   * what is wrong there
   */
  g_set_error (error, RK_SUBMISSION_ERROR, code, _("%s, line %u: %s"),
               p->tmpl->display_name, p->line, message);
  return FALSE;
}

static char *
list_kinds (void)
{
  g_autoptr(GPtrArray) kinds = rk_submission_list_kinds ();
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < kinds->len; i++)
    {
      const RkSubmissionKind *kind = g_ptr_array_index (kinds, i);

      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, kind->id);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* The fields of a kind for a message: the families of fields such as
 * participants.nurse, participants.physician … shown by two examples.
 */
static char *
list_fields (const RkSubmissionKind *kind)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GHashTable) families = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const char *id = kind->fields[i].id;
      const char *dot = strchr (id, '.');
      /* "participants.": the prefix its members share. */
      g_autofree char *family = dot != NULL ? g_strndup (id, dot - id + 1) : NULL;
      const char *second = NULL;

      if (family != NULL && g_hash_table_contains (families, family))
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      for (guint j = i + 1; family != NULL && second == NULL && j < kind->n_fields; j++)
        if (g_str_has_prefix (kind->fields[j].id, family))
          second = kind->fields[j].id;
      if (second == NULL)
        {
          /* Not a family, or a family of one. */
          g_string_append (s, id);
          continue;
        }

      /* Translators: a family of fields in a list of fields: "participants.…
       * (such as participants.nurse, participants.physician)"
       */
      {
        g_autofree char *name = g_strndup (id, dot - id);
        g_string_append_printf (s, _("%s.… (such as %s, %s)"), name, id, second);
      }
      g_hash_table_add (families, g_steal_pointer (&family));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Checks that every {…} names a placeholder. */
static gboolean
check_placeholders (Parser      *p,
                    const char  *text,
                    GError     **error)
{
  const char *open;

  for (const char *s = text; (open = strchr (s, '{')) != NULL; )
    {
      const char *close = strchr (open, '}');
      g_autofree char *name = NULL;
      gboolean known = FALSE;

      if (close == NULL)
        return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
                     _("“{” has no closing “}”. Write a placeholder such as {年度}, or remove the “{”."));

      name = g_strndup (open + 1, close - open - 1);
      for (guint i = 0; i < RK_TEMPLATE_N_VALUES; i++)
        known |= strcmp (name, placeholders[i].ja) == 0 || strcmp (name, placeholders[i].en) == 0;
      if (!known)
        return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
                     _("Unknown placeholder “{%s}”. Known placeholders: {年度}, {西暦年度}, "
                       "{拠点名}, {都道府県}, {対象圏域}, {作成日}."), name);
      s = close + 1;
    }
  return TRUE;
}

/*
 * Lines
 */

static gboolean
parse_sheet (Parser      *p,
             char        *line,
             GError     **error)
{
  g_autofree char *folded = NULL;
  RkTemplateSheet *sheet;
  char *name;
  char *end;

  /* The closing bracket is the line's last character. */
  end = line + strlen (line);
  end = g_utf8_prev_char (end);
  if (end <= line || mark_at (end) != ']')
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
                 _("A sheet line must end with “]”, as in [研修・普及啓発実績]."));
  *end = '\0';
  name = trim (g_utf8_next_char (line));

  if (*name == '\0')
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
                 _("The sheet has no name. Write it between the brackets, as in [拠点基本情報]."));
  if (g_utf8_strlen (name, -1) > 31)
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
                 _("The sheet name “%s” is longer than Excel's 31 characters. Shorten it."), name);
  if (strpbrk (name, "[]:*?/\\") != NULL || name[0] == '\'' || name[strlen (name) - 1] == '\'')
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
                 _("The sheet name “%s” has a character Excel does not allow in sheet names "
                   "([ ] : * ? / \\ or an apostrophe at either end). Use another one, such as "
                   "its full-width form."), name);

  folded = g_utf8_casefold (name, -1);
  if (strcmp (folded, "history") == 0)
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
                 _("Excel reserves the sheet name “%s”. Use another one."), name);
  for (guint i = 0; i < p->tmpl->sheets->len; i++)
    {
      RkTemplateSheet *other = g_ptr_array_index (p->tmpl->sheets, i);
      g_autofree char *other_folded = g_utf8_casefold (other->name, -1);

      if (strcmp (folded, other_folded) == 0)
        return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
                     _("There is already a sheet called “%s”. Give each sheet its own name."),
                     name);
    }

  sheet = g_new0 (RkTemplateSheet, 1);
  sheet->name = g_strdup (name);
  sheet->orientation = RK_TEMPLATE_ORIENTATION_AUTO;
  sheet->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  g_ptr_array_add (p->tmpl->sheets, sheet);
  p->sheet = sheet;
  p->block = NULL;
  return TRUE;
}

static GStrv
split_choices (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) choice = g_string_new (NULL);

  for (const char *s = text; ; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      if (c == ',' || c == 0x3001 /* 、 */ || c == 0xFF0C /* ， */ || c == '\0')
        {
          g_autofree char *copy = g_strdup (choice->str);

          g_strv_builder_add (builder, trim (copy));
          g_string_truncate (choice, 0);
          if (c == '\0')
            break;
        }
      else
        g_string_append_unichar (choice, c);
    }

  return g_strv_builder_end (builder);
}

static gboolean
parse_input (Parser      *p,
             char        *rest,
             GError     **error)
{
  RkTemplateColumn column = { -1, NULL, NULL };
  char *heading;
  char *choices;

  if (p->block == NULL)
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
                 _("“@input” comes before any “@data = …” line of this sheet. Put it among the "
                   "columns of a block."));

  if (p->block->kind->layout == RK_SUBMISSION_LAYOUT_CUSTOM)
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
                 _("The data “%s” is laid out in a grid of its own, which has no room for a "
                   "column filled in by hand. Put the “@input” line under another “@data = …”."),
                 p->block->kind->id);

  split_equals (rest, &heading, &choices);
  if (*heading == '\0')
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
                 _("“@input” needs a heading, as in “@input 県確認 = 確認済、要確認”."));

  column.heading = g_strdup (heading);
  if (choices != NULL && *choices != '\0')
    {
      column.choices = split_choices (choices);
      for (guint i = 0; column.choices[i] != NULL; i++)
        if (*column.choices[i] == '\0')
          {
            column_clear (&column);
            return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
                         _("A choice of “@input” is empty. Separate the choices with “、” or "
                           "“,”, as in “@input 県確認 = 確認済、要確認”."));
          }
    }

  g_array_append_val (p->block->columns, column);
  return TRUE;
}

static gboolean
parse_option (Parser      *p,
              char        *line,
              GError     **error)
{
  char *after = g_utf8_next_char (line);
  char *name_end = after;
  g_autofree char *name = NULL;
  char *left;
  char *value;

  while (g_ascii_isalpha (*name_end) || *name_end == '_')
    name_end++;
  name = g_strndup (after, name_end - after);

  if (strcmp (name, "input") == 0)
    return parse_input (p, name_end, error);

  if (!split_equals (name_end, &left, &value) || *left != '\0')
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
                 _("Cannot read the option “%s”. Write it as “@%s = value”."),
                 line, *name != '\0' ? name : "title");

  if (p->sheet == NULL)
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
                 _("“@%s” comes before the first sheet. Start a sheet with a line such as "
                   "[拠点基本情報]."), name);

  if (strcmp (name, "title") == 0)
    {
      if (!check_placeholders (p, value, error))
        return FALSE;
      g_free (p->sheet->title);
      p->sheet->title = g_strdup (value);
      return TRUE;
    }

  if (strcmp (name, "orientation") == 0)
    {
      if (strcmp (value, "縦") == 0 || strcmp (value, "portrait") == 0)
        p->sheet->orientation = RK_TEMPLATE_ORIENTATION_PORTRAIT;
      else if (strcmp (value, "横") == 0 || strcmp (value, "landscape") == 0)
        p->sheet->orientation = RK_TEMPLATE_ORIENTATION_LANDSCAPE;
      else if (strcmp (value, "自動") == 0 || strcmp (value, "auto") == 0)
        p->sheet->orientation = RK_TEMPLATE_ORIENTATION_AUTO;
      else
        return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
                     _("“%s” is not a paper orientation. Write 縦 (portrait), 横 (landscape) "
                       "or 自動 (chosen by the width of the columns)."), value);
      return TRUE;
    }

  if (strcmp (name, "data") == 0)
    {
      const RkSubmissionKind *kind = rk_submission_find_kind (value);
      RkTemplateBlock *block;

      if (kind == NULL)
        {
          g_autofree char *known = list_kinds ();
          return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_UNKNOWN_KIND,
                       _("This version of Renkei has no data called “%s”. It has: %s."),
                       value, known);
        }

      block = g_new0 (RkTemplateBlock, 1);
      block->kind = kind;
      block->columns = g_array_new (FALSE, TRUE, sizeof (RkTemplateColumn));
      g_array_set_clear_func (block->columns, (GDestroyNotify) column_clear);
      g_ptr_array_add (p->sheet->blocks, block);
      p->block = block;
      return TRUE;
    }

  if (strcmp (name, "heading") == 0)
    {
      if (p->block == NULL)
        return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
                     _("“@heading” names the caption of a block: put it after the block's "
                       "“@data = …” line."));
      if (!check_placeholders (p, value, error))
        return FALSE;
      g_free (p->block->heading);
      p->block->heading = g_strdup (value);
      return TRUE;
    }

  return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
               _("Unknown option “@%s”. The options are @title, @orientation, @data, @heading "
                 "and @input."), name);
}

static gboolean
parse_field (Parser      *p,
             char        *line,
             GError     **error)
{
  RkTemplateColumn column = { -1, NULL, NULL };
  char *id;
  char *heading;
  int field;

  split_equals (line, &id, &heading);
  if (!is_identifier (id))
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
                 _("Cannot read “%s”. Write a column as “field = heading” (the field in ASCII "
                   "letters, as in “date = 実施日”), an option as “@option = value”, or a sheet "
                   "as “[sheet name]”."), line);

  if (p->block == NULL)
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
                 _("The column “%s” comes before any “@data = …” line of this sheet. Say first "
                   "which data the sheet shows."), id);

  field = rk_submission_kind_find_field (p->block->kind, id);
  if (field < 0)
    {
      g_autofree char *known = list_fields (p->block->kind);
      return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_UNKNOWN_FIELD,
                   _("The data “%s” has no field “%s”. Its fields are: %s. "
                     "(“renkei-cli submission-template --fields” lists them all.)"),
                   p->block->kind->id, id, known);
    }

  for (guint i = 0; i < p->block->columns->len; i++)
    if (g_array_index (p->block->columns, RkTemplateColumn, i).field == field)
      return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
                   _("The field “%s” is already a column of this block. Name each field once."),
                   id);

  column.field = field;
  column.heading = g_strdup (heading != NULL && *heading != '\0'
                             ? heading : _(p->block->kind->fields[field].heading));
  g_array_append_val (p->block->columns, column);
  return TRUE;
}

static gboolean
parse_line (Parser      *p,
            char        *raw,
            GError     **error)
{
  char *line = trim (raw);

  if (*line == '\0' || mark_at (line) == '#')
    return TRUE;

  if (mark_at (line) == '[')
    return parse_sheet (p, line, error);

  if (p->sheet == NULL)
    return fail (p, error, RK_SUBMISSION_ERROR_TEMPLATE_SYNTAX,
                 _("“%s” comes before the first sheet. Start a sheet with a line such as "
                   "[拠点基本情報]."), line);

  if (mark_at (line) == '@')
    return parse_option (p, line, error);

  return parse_field (p, line, error);
}

/* A block that lists no fields shows the kind's usual ones. */
static void
fill_default_columns (RkTemplateBlock *block)
{
  gboolean has_field = FALSE;
  guint position = 0;

  for (guint i = 0; i < block->columns->len; i++)
    has_field |= g_array_index (block->columns, RkTemplateColumn, i).field >= 0;
  if (has_field)
    return;

  for (guint i = 0; i < block->kind->n_fields; i++)
    {
      RkTemplateColumn column = { (int) i, NULL, NULL };

      if (block->kind->fields[i].extra)
        continue;
      column.heading = g_strdup (_(block->kind->fields[i].heading));
      /* Before any @input columns, which come after the data they judge. */
      g_array_insert_val (block->columns, position++, column);
    }
}

/*
 * Public API
 */

/**
 * rk_submission_template_new_from_data:
 * @data: the template's text, UTF-8 (a byte order mark is skipped)
 * @length: its length, or -1 if nul-terminated
 * @display_name: the file's name, for messages
 * @error: return location for an error
 *
 * Reads a template. Errors name @display_name and the line.
 *
 * Returns: (transfer full) (nullable): the template
 */
RkSubmissionTemplate *
rk_submission_template_new_from_data (const char  *data,
                                      gssize       length,
                                      const char  *display_name,
                                      GError     **error)
{
  g_autoptr(RkSubmissionTemplate) tmpl = g_new0 (RkSubmissionTemplate, 1);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  Parser p = { 0 };
  const char *start;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  tmpl->display_name = g_strdup (display_name);
  tmpl->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  p.tmpl = tmpl;

  text = length < 0 ? g_strdup (data) : g_strndup (data, length);
  if (length >= 0 && strlen (text) != (gsize) length)
    {
      g_set_error (error, RK_SUBMISSION_ERROR, RK_SUBMISSION_ERROR_TEMPLATE_UNREADABLE,
                   _("“%s” is not a text file. Choose the template's .txt file."), display_name);
      return NULL;
    }

  start = g_str_has_prefix (text, "\xEF\xBB\xBF") ? text + 3 : text;
  lines = g_strsplit (start, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize len = strlen (lines[i]);

      p.line = i + 1;
      if (len > 0 && lines[i][len - 1] == '\r')
        lines[i][len - 1] = '\0';
      if (!parse_line (&p, lines[i], error))
        return NULL;
    }

  if (tmpl->sheets->len == 0)
    {
      g_set_error (error, RK_SUBMISSION_ERROR, RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
                   _("“%s” has no sheets. A template names each sheet on a line such as "
                     "[拠点基本情報], followed by “@data = …” and its columns."), display_name);
      return NULL;
    }

  for (guint s = 0; s < tmpl->sheets->len; s++)
    {
      RkTemplateSheet *sheet = g_ptr_array_index (tmpl->sheets, s);

      if (sheet->blocks->len == 0)
        {
          g_set_error (error, RK_SUBMISSION_ERROR, RK_SUBMISSION_ERROR_TEMPLATE_INVALID,
                       _("%s: the sheet [%s] shows no data. Add a line such as "
                         "“@data = activities” below it."), display_name, sheet->name);
          return NULL;
        }
      for (guint b = 0; b < sheet->blocks->len; b++)
        fill_default_columns (g_ptr_array_index (sheet->blocks, b));
      if (sheet->title == NULL)
        sheet->title = g_strdup (sheet->name);
    }

  return g_steal_pointer (&tmpl);
}

/**
 * rk_submission_template_new_from_file:
 * @path: a template file, in UTF-8 (Shift_JIS, which older Japanese
 *   editors save, is read too)
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the template
 */
RkSubmissionTemplate *
rk_submission_template_new_from_file (const char  *path,
                                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, RK_SUBMISSION_ERROR, RK_SUBMISSION_ERROR_TEMPLATE_UNREADABLE,
                   _("Could not read the template “%s”: %s. Check the file name, or choose "
                     "another template."), display, local_error->message);
      return NULL;
    }

  if (!g_utf8_validate (contents, length, NULL))
    {
      g_autofree char *converted = g_convert (contents, length, "UTF-8", "CP932",
                                              NULL, &length, NULL);

      if (converted == NULL)
        {
          g_set_error (error, RK_SUBMISSION_ERROR, RK_SUBMISSION_ERROR_TEMPLATE_UNREADABLE,
                       _("“%s” is neither UTF-8 nor Shift_JIS text. Save it as UTF-8 text "
                         "in your editor, then try again."), display);
          return NULL;
        }
      g_free (contents);
      contents = g_steal_pointer (&converted);
    }

  return rk_submission_template_new_from_data (contents, length, display, error);
}

/**
 * rk_submission_template_get_default_path:
 *
 * Returns: (transfer full): the template installed with Renkei (in
 *   $RENKEI_DATADIR when that is set, as for an uninstalled build)
 */
char *
rk_submission_template_get_default_path (void)
{
  const char *dir = g_getenv ("RENKEI_DATADIR");

  return g_build_filename (dir != NULL && *dir != '\0' ? dir : PKGDATADIR,
                           RK_SUBMISSION_TEMPLATE_FILE, NULL);
}

/**
 * rk_submission_template_new_default:
 *
 * Returns: (transfer full) (nullable): the default template
 */
RkSubmissionTemplate *
rk_submission_template_new_default (GError **error)
{
  g_autofree char *path = rk_submission_template_get_default_path ();

  return rk_submission_template_new_from_file (path, error);
}

const char *
rk_submission_template_get_display_name (RkSubmissionTemplate *tmpl)
{
  g_return_val_if_fail (tmpl != NULL, NULL);
  return tmpl->display_name;
}

guint
rk_submission_template_get_n_sheets (RkSubmissionTemplate *tmpl)
{
  g_return_val_if_fail (tmpl != NULL, 0);
  return tmpl->sheets->len;
}

const char *
rk_submission_template_get_sheet_name (RkSubmissionTemplate *tmpl,
                                       guint                 sheet)
{
  g_return_val_if_fail (tmpl != NULL, NULL);
  g_return_val_if_fail (sheet < tmpl->sheets->len, NULL);
  return ((RkTemplateSheet *) g_ptr_array_index (tmpl->sheets, sheet))->name;
}

/**
 * _rk_submission_template_expand:
 * @values: what each placeholder stands for
 *
 * Returns: (transfer full): @text with its placeholders replaced
 */
char *
_rk_submission_template_expand (const char         *text,
                                const char * const  values[RK_TEMPLATE_N_VALUES])
{
  g_autoptr(GString) s = g_string_new (text);

  for (guint i = 0; i < RK_TEMPLATE_N_VALUES; i++)
    {
      g_autofree char *ja = g_strdup_printf ("{%s}", placeholders[i].ja);
      g_autofree char *en = g_strdup_printf ("{%s}", placeholders[i].en);

      g_string_replace (s, ja, values[i] != NULL ? values[i] : "", 0);
      g_string_replace (s, en, values[i] != NULL ? values[i] : "", 0);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}
