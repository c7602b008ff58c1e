/* fuzz-replay.c: runs corpus files through a fuzz target without libFuzzer (for normal builds) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>
#include <stdio.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static gboolean
run_file (const char *path,
          guint      *count)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;
  char *exact;

  if (!g_file_get_contents (path, &contents, &len, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  /* An exact-size copy, so that a read past the input is not hidden by the terminator
   * g_file_get_contents adds. */
  exact = g_memdup2 (contents, len ? len : 1);
  LLVMFuzzerTestOneInput ((const uint8_t *) exact, len);
  g_free (exact);
  (*count)++;
  return TRUE;
}

static gint
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static gboolean
run_path (const char *path,
          guint      *count)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return run_file (path, count);

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return FALSE;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  /* a stable order makes a failure easy to find again */
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    {
      if (!run_path (names->pdata[i], count))
        return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint count = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s CORPUS-DIR-OR-FILE...\n", argv[0]);
      return 2;
    }
  for (int i = 1; i < argc; i++)
    if (!run_path (argv[i], &count))
      return 1;
  /* A target that fails aborts before this line. */
  g_print ("%u passed, 0 failed\n", count);
  return count > 0 ? 0 : 1;
}
