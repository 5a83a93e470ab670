/* rk-xlsx.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-xlsx"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "rk-xlsx-private.h"

/* RkXlsxBook: a libxlsxwriter workbook that is written to a temporary file
 * beside the target and renamed onto it only when workbook_close()
 * succeeded, so an export that fails (or is abandoned) never leaves a
 * half-written file under the real name, nor replaces the previous one.
 * The sheet helpers are in rk-xlsx-sheet.c.
 */

G_DEFINE_QUARK (rk-xlsx-error-quark, rk_xlsx_error)

/* Characters Excel forbids in sheet names, and the full-width forms that
 * keep the name readable for a Japanese user.
 */
static const struct
{
  gunichar bad;
  gunichar good;
} sheet_name_map[] = {
  { '[', 0xFF3B }, { ']', 0xFF3D }, { ':', 0xFF1A }, { '*', 0xFF0A },
  { '?', 0xFF1F }, { '/', 0xFF0F }, { '\\', 0xFF3C },
};

static void
create_formats (RkXlsxBook *book)
{
  for (guint i = 0; i < RK_XLSX_N_STYLES; i++)
    {
      lxw_format *f = workbook_add_format (book->wb);

      format_set_font_name (f, RK_XLSX_FONT_NAME);
      format_set_font_size (f, RK_XLSX_FONT_SIZE);
      format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
      if (i != RK_XLSX_STYLE_PLAIN && i != RK_XLSX_STYLE_TITLE)
        format_set_border (f, LXW_BORDER_THIN);
      book->formats[i] = f;
    }

  format_set_bold (book->formats[RK_XLSX_STYLE_TITLE]);
  format_set_font_size (book->formats[RK_XLSX_STYLE_TITLE], 14);
  format_set_align (book->formats[RK_XLSX_STYLE_TITLE], LXW_ALIGN_VERTICAL_CENTER);

  format_set_bold (book->formats[RK_XLSX_STYLE_HEADING]);
  format_set_bg_color (book->formats[RK_XLSX_STYLE_HEADING], 0xDDEBF7);
  format_set_text_wrap (book->formats[RK_XLSX_STYLE_HEADING]);
  format_set_align (book->formats[RK_XLSX_STYLE_HEADING], LXW_ALIGN_CENTER);
  format_set_align (book->formats[RK_XLSX_STYLE_HEADING], LXW_ALIGN_VERTICAL_CENTER);

  format_set_bold (book->formats[RK_XLSX_STYLE_GROUP]);
  format_set_bg_color (book->formats[RK_XLSX_STYLE_GROUP], 0xF2F2F2);

  format_set_text_wrap (book->formats[RK_XLSX_STYLE_TEXT]);

  format_set_num_format (book->formats[RK_XLSX_STYLE_DATE], "yyyy/mm/dd");
  format_set_align (book->formats[RK_XLSX_STYLE_DATE], LXW_ALIGN_LEFT);
  format_set_num_format (book->formats[RK_XLSX_STYLE_DATETIME], "yyyy/mm/dd hh:mm");
  format_set_align (book->formats[RK_XLSX_STYLE_DATETIME], LXW_ALIGN_LEFT);
  format_set_num_format (book->formats[RK_XLSX_STYLE_INTEGER], "#,##0");
  format_set_num_format (book->formats[RK_XLSX_STYLE_DECIMAL], "#,##0.00");
  format_set_num_format (book->formats[RK_XLSX_STYLE_PERCENT], "0.0%");

  format_set_bold (book->formats[RK_XLSX_STYLE_LABEL]);
  format_set_bg_color (book->formats[RK_XLSX_STYLE_LABEL], 0xF2F2F2);
  format_set_text_wrap (book->formats[RK_XLSX_STYLE_LABEL]);

  format_set_bg_color (book->formats[RK_XLSX_STYLE_INPUT], 0xFFF2CC);
  format_set_text_wrap (book->formats[RK_XLSX_STYLE_INPUT]);
  format_set_unlocked (book->formats[RK_XLSX_STYLE_INPUT]);
}

static void
pending_list_free (RkXlsxPendingList *list)
{
  g_free (list->name);
  g_strfreev (list->values);
  g_free (list);
}

static void
remove_temp (RkXlsxBook *book)
{
  if (book->tmp_path != NULL)
    g_unlink (book->tmp_path);
}

static void
book_free (RkXlsxBook *book)
{
  g_clear_pointer (&book->sheets, g_ptr_array_unref);
  g_clear_pointer (&book->pending_lists, g_ptr_array_unref);
  g_free (book->path);
  g_free (book->tmp_path);
  g_free (book->dir);
  g_free (book->display_name);
  g_free (book);
}

/* Excel compares sheet names without regard to case. */
static gboolean
sheet_name_used (RkXlsxBook *book,
                 const char *name)
{
  g_autofree char *key = g_utf8_casefold (name, -1);

  /* Excel reserves "History" for its change tracking. */
  if (g_strcmp0 (key, "history") == 0)
    return TRUE;

  for (guint i = 0; i < book->sheets->len; i++)
    {
      RkXlsxSheet *sheet = g_ptr_array_index (book->sheets, i);
      g_autofree char *other = g_utf8_casefold (sheet->name, -1);

      if (g_strcmp0 (key, other) == 0)
        return TRUE;
    }
  for (guint i = 0; i < book->pending_lists->len; i++)
    {
      RkXlsxPendingList *list = g_ptr_array_index (book->pending_lists, i);
      g_autofree char *other = g_utf8_casefold (list->name, -1);

      if (g_strcmp0 (key, other) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Returns @text cut to at most @max_chars characters. */
static char *
utf8_truncate (const char *text,
               glong       max_chars)
{
  if (g_utf8_strlen (text, -1) <= max_chars)
    return g_strdup (text);
  return g_utf8_substring (text, 0, max_chars);
}

/* Makes any text a valid, unused sheet name: forbidden characters become
 * their full-width forms, control characters and outer apostrophes go, it
 * is cut to 31 characters, and a suffix " (2)", " (3)"… makes it unique.
 */
char *
_rk_xlsx_book_make_sheet_name (RkXlsxBook *book,
                               const char *wanted)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *base = NULL;

  if (wanted != NULL && g_utf8_validate (wanted, -1, NULL))
    for (const char *p = wanted; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (g_unichar_iscntrl (c))
          continue;
        for (guint i = 0; i < G_N_ELEMENTS (sheet_name_map); i++)
          if (c == sheet_name_map[i].bad)
            c = sheet_name_map[i].good;
        g_string_append_unichar (s, c);
      }

  while (s->len > 0 && s->str[0] == '\'')
    g_string_erase (s, 0, 1);
  while (s->len > 0 && s->str[s->len - 1] == '\'')
    g_string_truncate (s, s->len - 1);
  g_strstrip (s->str);
  if (s->str[0] == '\0')
    g_string_assign (s, "Sheet");

  base = utf8_truncate (s->str, LXW_SHEETNAME_MAX);
  if (!sheet_name_used (book, base) &&
      workbook_validate_sheet_name (book->wb, base) == LXW_NO_ERROR)
    return g_steal_pointer (&base);

  for (guint n = 2; ; n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      g_autofree char *head = utf8_truncate (base, LXW_SHEETNAME_MAX - strlen (suffix));
      g_autofree char *name = g_strconcat (head, suffix, NULL);

      if (!sheet_name_used (book, name) &&
          workbook_validate_sheet_name (book->wb, name) == LXW_NO_ERROR)
        return g_steal_pointer (&name);
    }
}

/**
 * rk_xlsx_check_not_open:
 * @path: an xlsx file that is about to be written
 * @error: return location for an error
 *
 * Checks that @path is not open in LibreOffice (lock file
 * “.~lock.NAME#”) or Excel (owner file “~$NAME”) in the same folder: on
 * Linux the file could be replaced under the program's feet, and the user's
 * unsaved edits there would then overwrite the export. rk_xlsx_book_new()
 * and rk_xlsx_book_close() call it; the UI may call it before asking for
 * anything else.
 *
 * Returns: %TRUE if no lock file was found; else %FALSE with
 *   %RK_XLSX_ERROR_IN_USE
 */
gboolean
rk_xlsx_check_not_open (const char  *path,
                        GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *lo_name = g_strdup_printf (".~lock.%s#", base);
  g_autofree char *ms_name = g_strconcat ("~$", base, NULL);
  const char *lock_names[] = { lo_name, ms_name };

  for (guint i = 0; i < G_N_ELEMENTS (lock_names); i++)
    {
      g_autofree char *lock = g_build_filename (dir, lock_names[i], NULL);

      if (g_file_test (lock, G_FILE_TEST_EXISTS))
        {
          g_autofree char *display = g_filename_display_basename (path);
          g_autofree char *display_lock = g_filename_display_name (lock_names[i]);

          g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_IN_USE,
                       _("“%s” is open in another program. Close it there first, then "
                         "export again. (If it is not open anywhere, delete the lock "
                         "file “%s” in the same folder.)"),
                       display, display_lock);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * rk_xlsx_book_new:
 * @path: the xlsx file to write; replaced only when rk_xlsx_book_close()
 *   succeeds
 * @flags: #RkXlsxBookFlags
 * @error: return location for an error
 *
 * Starts a workbook that is written to a hidden temporary file in the
 * folder of @path (libxlsxwriter's own temporary files go there too, not to
 * a RAM-backed /tmp). The cell formats of #RkXlsxStyle are created at once.
 *
 * Finish with rk_xlsx_book_close(), or give up with rk_xlsx_book_abort()
 * (which g_autoptr() does), which leaves @path as it was.
 *
 * Returns: (transfer full) (nullable): the book, or %NULL if @path is open
 *   in another program (%RK_XLSX_ERROR_IN_USE) or its folder cannot be
 *   written (%RK_XLSX_ERROR_WRITE)
 */
RkXlsxBook *
rk_xlsx_book_new (const char       *path,
                  RkXlsxBookFlags   flags,
                  GError          **error)
{
  g_autofree char *base = NULL;
  g_autofree char *tmpl = NULL;
  lxw_workbook_options options = { 0 };
  RkXlsxBook *book;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!rk_xlsx_check_not_open (path, error))
    return NULL;

  book = g_new0 (RkXlsxBook, 1);
  book->path = g_strdup (path);
  book->dir = g_path_get_dirname (path);
  book->display_name = g_filename_display_basename (path);
  book->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) _rk_xlsx_sheet_free);
  book->pending_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_list_free);
  book->constant_memory = (flags & RK_XLSX_BOOK_CONSTANT_MEMORY) != 0;

  /* Reserve the temporary name now; libxlsxwriter rewrites the file when
   * it closes the workbook.
   */
  base = g_path_get_basename (path);
  tmpl = g_strdup_printf ("%s%c.%s.XXXXXX", book->dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, (flags & RK_XLSX_BOOK_PRIVATE) ? 0600 : 0666);
  if (fd < 0)
    {
      int errsv = errno;
      g_autofree char *display_dir = g_filename_display_name (book->dir);

      g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_WRITE,
                   _("Could not create a file in the folder “%s”: %s. Choose a folder "
                     "you are allowed to write to."),
                   display_dir, g_strerror (errsv));
      book_free (book);
      return NULL;
    }
  close (fd);
  book->tmp_path = g_steal_pointer (&tmpl);

  options.constant_memory = book->constant_memory ? LXW_TRUE : LXW_FALSE;
  options.tmpdir = book->dir;
  options.use_zip64 = LXW_FALSE;
  book->wb = workbook_new_opt (book->tmp_path, &options);
  if (book->wb == NULL)
    {
      g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_FAILED,
                   _("Could not start the workbook “%s”: out of memory."),
                   book->display_name);
      remove_temp (book);
      book_free (book);
      return NULL;
    }

  create_formats (book);
  return book;
}

/**
 * rk_xlsx_book_abort:
 * @book: (nullable) (transfer full): a #RkXlsxBook
 *
 * Gives up: frees the book, removes its temporary file and leaves the
 * target untouched. The g_autoptr() cleanup of #RkXlsxBook.
 */
void
rk_xlsx_book_abort (RkXlsxBook *book)
{
  if (book == NULL)
    return;

  if (book->wb != NULL)
    lxw_workbook_free (book->wb);
  remove_temp (book);
  book_free (book);
}

/**
 * rk_xlsx_book_close:
 * @book: (transfer full): a #RkXlsxBook
 * @error: return location for an error
 *
 * Applies the column widths and autofilters, writes the workbook and
 * renames it onto the target. On any failure, and also when a helper
 * reported an error earlier, the temporary file is removed and the target
 * is left as it was. The book is freed in every case.
 *
 * Returns: %TRUE if the target now holds the new workbook
 */
gboolean
rk_xlsx_book_close (RkXlsxBook  *book,
                    GError     **error)
{
  lxw_error err;

  g_return_val_if_fail (book != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (book->failed)
    {
      g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_FAILED,
                   _("“%s” was not written because of an earlier error."),
                   book->display_name);
      rk_xlsx_book_abort (book);
      return FALSE;
    }

  if (!_rk_xlsx_book_write_list_sheets (book, error))
    {
      rk_xlsx_book_abort (book);
      return FALSE;
    }
  for (guint i = 0; i < book->sheets->len; i++)
    if (!_rk_xlsx_sheet_finish (g_ptr_array_index (book->sheets, i), error))
      {
        rk_xlsx_book_abort (book);
        return FALSE;
      }

  /* workbook_close() frees the workbook whatever it returns. */
  err = workbook_close (g_steal_pointer (&book->wb));
  if (err != LXW_NO_ERROR)
    {
      g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_WRITE,
                   _("Could not write “%s”: %s. Check that the disk is not full and "
                     "that you may write to the folder, then export again."),
                   book->display_name, lxw_strerror (err));
      rk_xlsx_book_abort (book);
      return FALSE;
    }

  /* The user may have opened the old file while the export ran. */
  if (!rk_xlsx_check_not_open (book->path, error))
    {
      rk_xlsx_book_abort (book);
      return FALSE;
    }

  if (g_rename (book->tmp_path, book->path) != 0)
    {
      int errsv = errno;

      g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_IN_USE,
                   _("Could not replace “%s”: %s. The file is probably open in another "
                     "program: close it there first, then export again."),
                   book->display_name, g_strerror (errsv));
      rk_xlsx_book_abort (book);
      return FALSE;
    }

  g_clear_pointer (&book->tmp_path, g_free);
  book_free (book);
  return TRUE;
}

/**
 * rk_xlsx_book_set_properties:
 * @book: a #RkXlsxBook
 * @title: (nullable): the document title
 * @author: (nullable): who made it (the base's name)
 * @company: (nullable): the organisation
 *
 * Sets the document properties Excel shows under File → Info.
 */
void
rk_xlsx_book_set_properties (RkXlsxBook *book,
                             const char *title,
                             const char *author,
                             const char *company)
{
  lxw_doc_properties props = { 0 };

  g_return_if_fail (book != NULL && book->wb != NULL);

  props.title = (char *) title;
  props.author = (char *) author;
  props.company = (char *) company;
  workbook_set_properties (book->wb, &props);
}

/**
 * rk_xlsx_book_get_format:
 * @book: a #RkXlsxBook
 * @style: a #RkXlsxStyle
 *
 * Returns: (transfer none): the book's format for @style, for direct
 *   libxlsxwriter calls
 */
lxw_format *
rk_xlsx_book_get_format (RkXlsxBook  *book,
                         RkXlsxStyle  style)
{
  g_return_val_if_fail (book != NULL, NULL);
  g_return_val_if_fail (style < RK_XLSX_N_STYLES, NULL);
  return book->formats[style];
}

/**
 * rk_xlsx_book_get_workbook:
 * @book: a #RkXlsxBook
 *
 * For what the helpers do not cover (charts, images). Never close or free
 * it: rk_xlsx_book_close() does.
 *
 * Returns: (transfer none): the libxlsxwriter workbook
 */
lxw_workbook *
rk_xlsx_book_get_workbook (RkXlsxBook *book)
{
  g_return_val_if_fail (book != NULL, NULL);
  return book->wb;
}

/**
 * rk_xlsx_book_add_sheet:
 * @book: a #RkXlsxBook
 * @name: (nullable): the name the user chose or the data suggests
 * @error: return location for an error
 *
 * Adds a worksheet. Any name is accepted: it is made valid for Excel
 * (forbidden characters []:*?/\ become their full-width forms, at most 31
 * characters) and unique (“名簿 (2)”); rk_xlsx_sheet_get_name() tells the
 * name used.
 *
 * Returns: (transfer none) (nullable): the sheet, owned by @book; %NULL
 *   only if libxlsxwriter fails
 */
RkXlsxSheet *
rk_xlsx_book_add_sheet (RkXlsxBook  *book,
                        const char  *name,
                        GError     **error)
{
  g_autofree char *valid = NULL;
  lxw_worksheet *ws;
  RkXlsxSheet *sheet;

  g_return_val_if_fail (book != NULL && book->wb != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  valid = _rk_xlsx_book_make_sheet_name (book, name);
  ws = workbook_add_worksheet (book->wb, valid);
  if (ws == NULL)
    {
      g_set_error (error, RK_XLSX_ERROR, RK_XLSX_ERROR_INVALID,
                   _("Could not add the sheet “%s” to “%s”."),
                   valid, book->display_name);
      book->failed = TRUE;
      return NULL;
    }

  sheet = g_new0 (RkXlsxSheet, 1);
  sheet->book = book;
  sheet->ws = ws;
  sheet->name = g_steal_pointer (&valid);
  sheet->columns = g_array_new (FALSE, TRUE, sizeof (RkXlsxColumn));
  sheet->max_width = RK_XLSX_DEFAULT_MAX_WIDTH;
  sheet->last_row = -1;
  sheet->last_col = -1;
  sheet->filter_row = -1;
  g_ptr_array_add (book->sheets, sheet);

  return sheet;
}

const char *
_rk_xlsx_book_get_temp_path (RkXlsxBook *book)
{
  return book->tmp_path;
}
