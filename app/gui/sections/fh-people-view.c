/* fh-people-view.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-people-view.h"

#include "fh-enums.h"

#include "fh-gap.h"
#include "fh-glossary-term.h"
#include "fh-record-form.h"
#include "fh-role-skill.h"
#include "fh-role.h"
#include "fh-scoring.h"
#include "fh-skill.h"
#include "fh-feedback.h"

#define PEOPLE_CAPABILITY "people-skills"

struct _FhPeopleView
{
  FhSection parent_instance;

  FhStore            *store; /* the section's plan, held by FhSection */
  guint               rebuild_id;
  gboolean            matrix_stale; /* the idle rebuild makes the matrix again too */
  gboolean            updating;
  char               *focus_key; /* the matrix control that had focus before a rebuild */
  GtkFilterListModel *filtered;  /* glossary terms matching the search; owned by terms */
  GtkSingleSelection *terms;     /* the glossary as its list shows it */
  GtkCustomFilter    *filter;
  gint64              term_id;
  FhRecordForm       *term_form;

  GtkWidget      *role_entry;
  GtkWidget      *skill_entry;
  GtkLabel       *matrix_error;
  GtkGrid        *matrix;
  GtkListBox     *shortfalls;
  GtkSearchEntry *search_entry;
  GtkWidget      *term_entry;
  GtkLabel       *term_error;
  GtkListView    *glossary_list;
  GtkStack       *term_stack;
  GtkBox         *term_box;
};

G_DEFINE_FINAL_TYPE (FhPeopleView, fh_people_view, FH_TYPE_SECTION)

static FhRoleSkill *
find_cell (FhPeopleView *self, gint64 role, gint64 skill)
{
  GListModel *cells = fh_store_get_model (self->store, FH_COLLECTION_ROLE_SKILLS);

  for (guint i = 0; i < g_list_model_get_n_items (cells); i++)
    {
      g_autoptr (FhRoleSkill) cell = g_list_model_get_item (cells, i);

      if (fh_role_skill_get_role (cell) == role && fh_role_skill_get_skill (cell) == skill)
        return fh_store_lookup (self->store, FH_COLLECTION_ROLE_SKILLS,
                                fh_role_skill_get_id (cell));
    }

  return NULL;
}

static void
level_changed_cb (GtkDropDown *drop_down, GParamSpec *pspec, FhPeopleView *self)
{
  gint64       role = *(gint64 *)g_object_get_data (G_OBJECT (drop_down), "role");
  gint64       skill = *(gint64 *)g_object_get_data (G_OBJECT (drop_down), "skill");
  const char  *which = g_object_get_data (G_OBJECT (drop_down), "which");
  int          level = (int)gtk_drop_down_get_selected (drop_down);
  FhRoleSkill *cell;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (self->updating || self->store == NULL)
    return;

  g_free (self->focus_key);
  self->focus_key = g_strdup (g_object_get_data (G_OBJECT (drop_down), "key"));

  cell = find_cell (self, role, skill);
  if (cell != NULL)
    ok = fh_store_set (self->store, cell, &error, which, level, NULL);
  else
    {
      g_autoptr (FhRoleSkill) fresh = fh_role_skill_new (role, skill);

      g_object_set (fresh, which, level, NULL);
      ok = fh_store_add (self->store, fresh, &error);
    }

  if (!ok)
    fh_section_toast (FH_SECTION (self), error->message, FALSE);
}

static GtkWidget *
level_drop_down (FhPeopleView *self,
                 gint64        role,
                 gint64        skill,
                 const char   *which,
                 int           level,
                 const char   *role_name,
                 const char   *skill_name)
{
  static const char *const digits[] = { "0", "1", "2", "3", "4", NULL };
  GtkWidget               *drop_down = gtk_drop_down_new_from_strings (digits);
  gboolean                 current = g_str_equal (which, "current");
  g_autofree char         *name = NULL;

  /* Translators: e.g. "Data scientist, Monitoring: level today (2, Practitioner)" */
  name = g_strdup_printf (current ? _("%s, %s: level today (%d, %s)")
                                  : _("%s, %s: level needed (%d, %s)"), role_name, skill_name,
                                       level, fh_skill_level_get_label (level));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), level);
  gtk_widget_set_tooltip_text (drop_down, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_object_set_data_full (G_OBJECT (drop_down), "role", g_memdup2 (&role, sizeof role), g_free);
  g_object_set_data_full (G_OBJECT (drop_down), "skill", g_memdup2 (&skill, sizeof skill), g_free);
  g_object_set_data (G_OBJECT (drop_down), "which", (gpointer)(current ? "current" : "needed"));
  g_object_set_data_full (
    G_OBJECT (drop_down), "key",
    g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s", role, skill, which), g_free);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (level_changed_cb), self);

  return drop_down;
}

static void
name_editing_cb (GtkEditableLabel *label, GParamSpec *pspec, FhPeopleView *self)
{
  GObject *record = g_object_get_data (G_OBJECT (label), "record");
  g_autoptr (GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (label));

  if (gtk_editable_label_get_editing (label) || self->updating || record == NULL)
    return;

  if (!fh_store_set (self->store, record, &error, "name", text, NULL))
    {
      gtk_label_set_text (self->matrix_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->matrix_error), TRUE);
    }
}

static void
delete_clicked_cb (GtkButton *button, FhPeopleView *self)
{
  GObject *record = g_object_get_data (G_OBJECT (button), "record");
  g_autoptr (GError) error = NULL;

  if (!fh_store_remove (self->store, record, &error))
    fh_section_toast (FH_SECTION (self), error->message, FALSE);
  else
    fh_section_toast (FH_SECTION (self),
                      FH_IS_ROLE (record) ? _("Role deleted") : _("Skill deleted"), TRUE);
}

/* The label a GtkEditableLabel shows while not editing wraps, centred, at about
 * ten characters a line. */
static void
wrap_editable_label (GtkWidget *editable_label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (editable_label); child != NULL;
       child = gtk_widget_get_first_child (child))
    {
      for (GtkWidget *w = child; w != NULL; w = gtk_widget_get_next_sibling (w))
        if (GTK_IS_LABEL (w))
          {
            gtk_label_set_wrap (GTK_LABEL (w), TRUE);
            gtk_label_set_wrap_mode (GTK_LABEL (w), PANGO_WRAP_WORD_CHAR);
            gtk_label_set_width_chars (GTK_LABEL (w), 8);
            gtk_label_set_max_width_chars (GTK_LABEL (w), 11);
            gtk_label_set_justify (GTK_LABEL (w), GTK_JUSTIFY_CENTER);
            gtk_label_set_xalign (GTK_LABEL (w), 0.5);
            gtk_label_set_lines (GTK_LABEL (w), 3);
            gtk_label_set_ellipsize (GTK_LABEL (w), PANGO_ELLIPSIZE_END);
            return;
          }
    }
}

static GtkWidget *
header_new (FhPeopleView *self, GObject *record, const char *name, gboolean is_role)
{
  GtkWidget *box = gtk_box_new (is_role ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_editable_label_new (name);
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *tip =
    g_strdup_printf (is_role ? _("Delete the role “%s”") : _("Delete the skill “%s”"), name);
  g_autofree char *rename = g_strdup_printf (is_role ? _("Role “%s”; activate to rename")
                                                     : _("Skill “%s”; activate to rename"), name);

  gtk_editable_set_width_chars (GTK_EDITABLE (label), is_role ? 14 : 8);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (label), is_role ? 18 : 12);
  gtk_widget_set_hexpand (label, is_role);
  gtk_widget_add_css_class (label, "heading");
  /* A skill's name heads a column no wider than its two level drop-downs: it wraps
   * onto two or three centred lines instead of widening the matrix. */
  if (!is_role)
    wrap_editable_label (label);
  gtk_widget_set_tooltip_text (label, rename);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, rename,
                                  -1);
  g_object_set_data (G_OBJECT (label), "record", record);
  g_object_set_data_full (G_OBJECT (label), "key",
                          g_strdup_printf ("%s:%" G_GINT64_FORMAT ":name",
                                           is_role ? "role" : "skill",
                                           is_role ? fh_role_get_id (FH_ROLE (record))
                                                   : fh_skill_get_id (FH_SKILL (record))),
                          g_free);
  g_signal_connect (label, "notify::editing", G_CALLBACK (name_editing_cb), self);

  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_halign (delete, is_role ? GTK_ALIGN_END : GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  g_object_set_data (G_OBJECT (delete), "record", record);
  g_object_set_data_full (G_OBJECT (delete), "key",
                          g_strdup_printf ("%s:%" G_GINT64_FORMAT ":delete",
                                           is_role ? "role" : "skill",
                                           is_role ? fh_role_get_id (FH_ROLE (record))
                                                   : fh_skill_get_id (FH_SKILL (record))),
                          g_free);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), delete);
  gtk_widget_set_valign (box, GTK_ALIGN_END);

  return box;
}

static const char *
name_of (FhStore *store, FhCollection collection, gint64 id)
{
  gpointer record = fh_store_lookup (store, collection, id);

  if (record == NULL)
    return "";

  return collection == FH_COLLECTION_ROLES ? fh_role_get_name (record) : fh_skill_get_name (record);
}

static char *
shortfall_gap_title (FhPeopleView *self, const FhShortfall *s)
{
  /* Translators: role, skill, level today, level needed */
  return g_strdup_printf (_("%s: %s below the level needed (%d of %d)"),
                             name_of (self->store, FH_COLLECTION_ROLES, s->role),
                             name_of (self->store, FH_COLLECTION_SKILLS, s->skill), s->current,
                             s->needed);
}

/* The titles of the plan's gaps, for telling which shortfalls are recorded: one
 * pass over the gaps, not one per shortfall. The strings are the gaps'. */
static GHashTable *
gap_titles (FhPeopleView *self)
{
  GListModel *gaps = fh_store_get_model (self->store, FH_COLLECTION_GAPS);
  GHashTable *titles = g_hash_table_new (g_str_hash, g_str_equal);
  guint       n = g_list_model_get_n_items (gaps);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);

      g_hash_table_add (titles, (gpointer)fh_gap_get_title (gap));
    }

  return titles;
}

static void
create_gap_clicked_cb (GtkButton *button, FhPeopleView *self)
{
  const FhShortfall *s = g_object_get_data (G_OBJECT (button), "shortfall");
  g_autofree char   *title = shortfall_gap_title (self, s);
  g_autoptr (FhGap) gap = fh_gap_new (title);
  g_autofree char *description = NULL;
  g_autoptr (GError) error = NULL;

  description = g_strdup_printf (_("Skills matrix: %s has “%s” at level %d (%s) and needs %d (%s). Plan training, pairing or hiring."),
                                    name_of (self->store, FH_COLLECTION_ROLES, s->role),
                                    name_of (self->store, FH_COLLECTION_SKILLS, s->skill),
                                    s->current, fh_skill_level_get_label (s->current), s->needed,
                                    fh_skill_level_get_label (s->needed));
  g_object_set (gap, "kind", FH_GAP_KIND_PEOPLE, "severity", fh_shortfall_severity (s),
                "description", description, NULL);
  if (fh_store_lookup_capability (self->store, PEOPLE_CAPABILITY) != NULL)
    g_object_set (gap, "capability", PEOPLE_CAPABILITY, NULL);

  if (!fh_store_add (self->store, gap, &error))
    fh_section_toast (FH_SECTION (self), error->message, FALSE);
  else
    fh_section_toast (FH_SECTION (self), _("People gap added to the gaps list"), TRUE);
}

static void
rebuild_shortfalls (FhPeopleView *self)
{
  FhPlanModels models;
  g_autoptr (GArray) shortfalls = NULL;
  g_autoptr (GHashTable) titles = NULL;
  GtkWidget     *child;
  GtkRoot       *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget     *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  int            focus_index = -1;
  GtkListBoxRow *focus_row = NULL;

  /* The rows are rebuilt; the keyboard focus goes back to the row it was in. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->shortfalls)))
    {
      GtkWidget *ancestor = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);

      if (ancestor != NULL)
        focus_index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (ancestor));
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->shortfalls))) != NULL)
    gtk_list_box_remove (self->shortfalls, child);

  if (self->store == NULL)
    return;

  fh_store_get_models (self->store, &models);
  shortfalls = fh_skill_shortfalls (&models);
  if (shortfalls->len > 0)
    titles = gap_titles (self);
  for (guint i = 0; i < shortfalls->len; i++)
    {
      const FhShortfall *s = &g_array_index (shortfalls, FhShortfall, i);
      g_autofree char   *title = shortfall_gap_title (self, s);
      gboolean           exists = g_hash_table_contains (titles, title);
      GtkWidget         *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget         *label = gtk_label_new (title);
      GtkWidget         *button =
        gtk_button_new_with_mnemonic (exists ? _("Gap Recorded") : _("_Make It a People Gap"));

      gtk_widget_set_margin_top (row, 6);
      gtk_widget_set_margin_bottom (row, 6);
      gtk_widget_set_margin_start (row, 12);
      gtk_widget_set_margin_end (row, 12);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_sensitive (button, !exists);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button,
                                   _("Add this shortfall to the gaps list as a people gap"));
      g_object_set_data_full (G_OBJECT (button), "shortfall", g_memdup2 (s, sizeof *s), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (create_gap_clicked_cb), self);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), button);
      gtk_list_box_append (self->shortfalls, row);
    }

  if (shortfalls->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No role falls short of a skill it needs."));

      gtk_widget_set_margin_top (none, 12);
      gtk_widget_set_margin_bottom (none, 12);
      gtk_list_box_append (self->shortfalls, none);
    }

  if (focus_index >= 0)
    {
      focus_row = gtk_list_box_get_row_at_index (self->shortfalls, focus_index);
      if (focus_row == NULL && focus_index > 0)
        focus_row = gtk_list_box_get_row_at_index (self->shortfalls, focus_index - 1);
      if (focus_row != NULL &&
          !gtk_widget_child_focus (GTK_WIDGET (focus_row), GTK_DIR_TAB_FORWARD))
        gtk_widget_grab_focus (GTK_WIDGET (focus_row));
    }
}

static GtkWidget *
find_by_key (GtkWidget *widget, const char *key)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), "key"), key) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_by_key (c, key);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
rebuild_matrix (FhPeopleView *self)
{
  GListModel *roles;
  GListModel *skills;
  GtkWidget  *child;
  guint       n_roles, n_skills;

  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focused = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* Whatever control of the matrix has the focus gets it back after the rebuild. */
  for (; focused != NULL && focused != GTK_WIDGET (self->matrix);
       focused = gtk_widget_get_parent (focused))
    if (g_object_get_data (G_OBJECT (focused), "key") != NULL)
      {
        g_free (self->focus_key);
        self->focus_key = g_strdup (g_object_get_data (G_OBJECT (focused), "key"));
        break;
      }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matrix))) != NULL)
    gtk_grid_remove (self->matrix, child);

  if (self->store == NULL)
    return;

  self->updating = TRUE;
  roles = fh_store_get_model (self->store, FH_COLLECTION_ROLES);
  skills = fh_store_get_model (self->store, FH_COLLECTION_SKILLS);
  n_roles = g_list_model_get_n_items (roles);
  n_skills = g_list_model_get_n_items (skills);

  for (guint s = 0; s < n_skills; s++)
    {
      g_autoptr (FhSkill) skill = g_list_model_get_item (skills, s);

      gtk_grid_attach (self->matrix,
                       header_new (self, G_OBJECT (skill), fh_skill_get_name (skill), FALSE), s + 1,
                       0, 1, 1);
    }

  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr (FhRole) role = g_list_model_get_item (roles, r);

      gtk_grid_attach (self->matrix,
                       header_new (self, G_OBJECT (role), fh_role_get_name (role), TRUE), 0, r + 1,
                       1, 1);

      for (guint s = 0; s < n_skills; s++)
        {
          g_autoptr (FhSkill) skill = g_list_model_get_item (skills, s);
          FhRoleSkill *cell = find_cell (self, fh_role_get_id (role), fh_skill_get_id (skill));
          int          current = cell != NULL ? fh_role_skill_get_current (cell) : 0;
          int          needed = cell != NULL ? fh_role_skill_get_needed (cell) : 0;
          GtkWidget   *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
          GtkWidget   *arrow = gtk_label_new ("→");

          gtk_widget_add_css_class (box, "skill-cell");
          if (current < needed)
            gtk_widget_add_css_class (box, "shortfall");
          gtk_box_append (GTK_BOX (box),
                          level_drop_down (self, fh_role_get_id (role), fh_skill_get_id (skill),
                                           "current", current, fh_role_get_name (role),
                                           fh_skill_get_name (skill)));
          gtk_box_append (GTK_BOX (box), arrow);
          gtk_box_append (GTK_BOX (box),
                          level_drop_down (self, fh_role_get_id (role), fh_skill_get_id (skill),
                                           "needed", needed, fh_role_get_name (role),
                                           fh_skill_get_name (skill)));
          gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
          gtk_grid_attach (self->matrix, box, s + 1, r + 1, 1, 1);
        }
    }
  self->updating = FALSE;

  if (self->focus_key != NULL)
    {
      GtkWidget *focus = find_by_key (GTK_WIDGET (self->matrix), self->focus_key);

      if (focus != NULL)
        gtk_widget_grab_focus (focus);
      g_clear_pointer (&self->focus_key, g_free);
    }
}

static gboolean
rebuild_cb (gpointer data)
{
  FhPeopleView *self = data;

  self->rebuild_id = 0;
  if (self->matrix_stale)
    rebuild_matrix (self);
  rebuild_shortfalls (self);
  self->matrix_stale = FALSE;

  return G_SOURCE_REMOVE;
}

/* Roles, skills or levels changed: the matrix and the shortfalls. */
static void
queue_rebuild (FhPeopleView *self)
{
  self->matrix_stale = TRUE;
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

/* Gaps changed: their titles tell which shortfalls are recorded; the matrix stays. */
static void
queue_shortfalls (FhPeopleView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

static void
add_named (FhPeopleView *self, GtkWidget *entry, gboolean role)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  GListModel      *model =
    fh_store_get_model (self->store, role ? FH_COLLECTION_ROLES : FH_COLLECTION_SKILLS);
  g_autoptr (GObject) record =
    role ? G_OBJECT (fh_role_new (name)) : G_OBJECT (fh_skill_new (name));
  g_autoptr (GError) error = NULL;

  g_object_set (record, "position", MIN (g_list_model_get_n_items (model), 1000), NULL);
  if (!fh_store_add (self->store, record, &error))
    {
      fh_show_field_error (self->matrix_error, entry, error->message);
      return;
    }

  fh_show_field_error (self->matrix_error, entry, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
role_activate_cb (FhPeopleView *self)
{
  if (self->store != NULL)
    add_named (self, self->role_entry, TRUE);
}

static void
skill_activate_cb (FhPeopleView *self)
{
  if (self->store != NULL)
    add_named (self, self->skill_entry, FALSE);
}

/* Glossary ------------------------------------------------------------------ */

static gboolean
term_matches (gpointer item, gpointer user_data)
{
  FhPeopleView    *self = user_data;
  const char      *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  g_autofree char *term = NULL;
  g_autofree char *definition = NULL;

  if (search == NULL || search[0] == '\0')
    return TRUE;

  needle = g_utf8_casefold (search, -1);
  term = g_utf8_casefold (fh_glossary_term_get_term (item), -1);
  definition = g_utf8_casefold (fh_glossary_term_get_definition (item), -1);

  return strstr (term, needle) != NULL || strstr (definition, needle) != NULL;
}

static void
term_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhPeopleView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *definition = gtk_label_new (NULL);
  GtkWidget *audience = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  for (GtkWidget *w = name; w != NULL; w = w == name         ? definition
                                           : w == definition ? audience
                                                             : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (w), 0);
      gtk_label_set_wrap (GTK_LABEL (w), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (w), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (box), w);
    }
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (audience, "dim-label");
  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "definition", definition);
  g_object_set_data (G_OBJECT (box), "audience", audience);
  gtk_list_item_set_child (item, box);
}

static void
term_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhPeopleView *self)
{
  FhGlossaryTerm *term = gtk_list_item_get_item (item);
  GtkWidget      *box = gtk_list_item_get_child (item);

  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "name"), fh_glossary_term_get_term (term));
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "definition"),
                      fh_glossary_term_get_definition (term));
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "audience"),
                      fh_audience_get_label (fh_glossary_term_get_audience (term)));
}

static FhGlossaryTerm *
selected_term (FhPeopleView *self)
{
  if (self->store == NULL || self->term_id == 0)
    return NULL;

  return fh_store_lookup (self->store, FH_COLLECTION_GLOSSARY, self->term_id);
}

static void
refresh_term (FhPeopleView *self)
{
  FhGlossaryTerm *term = selected_term (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.delete-term", term != NULL);
  fh_record_form_set_record (self->term_form, term != NULL ? self->store : NULL, term);
  gtk_stack_set_visible_child_name (self->term_stack, term != NULL ? "detail" : "empty");
}

static void
restore_term_selection (FhPeopleView *self, guint first, guint n_first)
{
  GListModel     *model = G_LIST_MODEL (self->terms);
  guint           n = g_list_model_get_n_items (model);
  FhGlossaryTerm *shown = gtk_single_selection_get_selected_item (self->terms);
  guint           found = GTK_INVALID_LIST_POSITION;

  if (shown != NULL && fh_glossary_term_get_id (shown) == self->term_id)
    return;

  /* Where the list changed first: a changed term comes back there. */
  for (guint i = first;
       self->term_id != 0 && i < first + n_first && i < n && found == GTK_INVALID_LIST_POSITION;
       i++)
    {
      g_autoptr (FhGlossaryTerm) term = g_list_model_get_item (model, i);

      if (fh_glossary_term_get_id (term) == self->term_id)
        found = i;
    }
  for (guint i = 0; self->term_id != 0 && i < n && found == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr (FhGlossaryTerm) term = g_list_model_get_item (model, i);

      if (fh_glossary_term_get_id (term) == self->term_id)
        found = i;
    }

  self->updating = TRUE;
  gtk_single_selection_set_selected (self->terms, found);
  self->updating = FALSE;
}

static void
term_selected_cb (FhPeopleView *self)
{
  FhGlossaryTerm *term = gtk_single_selection_get_selected_item (self->terms);

  /* A changed or filtered list drops its selected row: not the user's choice. */
  if (self->updating || term == NULL)
    return;

  self->term_id = fh_glossary_term_get_id (term);
  refresh_term (self);
}

static void
search_changed_cb (FhPeopleView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
term_changed_cb (FhPeopleView *self)
{
  fh_show_field_error (self->term_error, self->term_entry, NULL);
}

static void
term_activate_cb (FhPeopleView *self)
{
  g_autofree char *text =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->term_entry))));
  g_autoptr (FhGlossaryTerm) term = NULL;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;

  term = fh_glossary_term_new (text, "");
  if (!fh_store_add (self->store, term, &error))
    {
      fh_show_field_error (self->term_error, self->term_entry, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->term_entry), "");
  self->term_id = fh_glossary_term_get_id (term);
  restore_term_selection (self, 0, 0);
  if (gtk_single_selection_get_selected (self->terms) != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->glossary_list), "list.scroll-to-item", "u",
                                gtk_single_selection_get_selected (self->terms));
  refresh_term (self);
}

static void
glossary_changed_cb (FhPeopleView *self, guint position, guint removed, guint added)
{
  restore_term_selection (self, position, added);
}

static void
delete_term_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhPeopleView   *self = FH_PEOPLE_VIEW (widget);
  FhGlossaryTerm *term = selected_term (self);
  g_autoptr (GError) error = NULL;

  if (term == NULL)
    return;

  if (!fh_store_remove (self->store, term, &error))
    fh_section_toast (FH_SECTION (self), error->message, FALSE);
  else
    fh_section_toast (FH_SECTION (self), _("Glossary term deleted"), TRUE);
}

static void
fh_people_view_plan_changed (FhSection *section)
{
  FhPeopleView *self = FH_PEOPLE_VIEW (section);

  if (selected_term (self) == NULL)
    self->term_id = 0;
  refresh_term (self);
}

static void
fh_people_view_store_set (FhSection *section, FhStore *store)
{
  FhPeopleView             *self = FH_PEOPLE_VIEW (section);
  static const FhCollection watched[] = {
    FH_COLLECTION_ROLES,
    FH_COLLECTION_SKILLS,
    FH_COLLECTION_ROLE_SKILLS,
  };

  if (self->store != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
        g_signal_handlers_disconnect_by_data (fh_store_get_model (self->store, watched[i]), self);
      g_signal_handlers_disconnect_by_data (fh_store_get_model (self->store, FH_COLLECTION_GAPS),
                                            self);
    }

  self->store = store;
  self->term_id = 0;
  if (self->filtered != NULL)
    gtk_filter_list_model_set_model (
      self->filtered, store != NULL ? fh_store_get_model (store, FH_COLLECTION_GLOSSARY) : NULL);

  if (store != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
        g_signal_connect_swapped (fh_store_get_model (store, watched[i]), "items-changed",
                                  G_CALLBACK (queue_rebuild), self);
      /* Gap titles decide whether a shortfall is already recorded. */
      g_signal_connect_swapped (fh_store_get_model (store, FH_COLLECTION_GAPS), "items-changed",
                                G_CALLBACK (queue_shortfalls), self);
    }

  if (self->role_entry != NULL)
    {
      gtk_widget_set_sensitive (self->role_entry, store != NULL);
      gtk_widget_set_sensitive (self->skill_entry, store != NULL);
      gtk_widget_set_sensitive (self->term_entry, store != NULL);
      refresh_term (self);
      if (store != NULL)
        queue_rebuild (self);
      else
        {
          g_clear_handle_id (&self->rebuild_id, g_source_remove);
          self->matrix_stale = TRUE;
          rebuild_cb (self);
        }
    }
}

static void
fh_people_view_dispose (GObject *object)
{
  FhPeopleView *self = FH_PEOPLE_VIEW (object);

  fh_section_set_store (FH_SECTION (self), NULL);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->terms != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->terms, self);
      gtk_filter_list_model_set_filter (self->filtered, NULL);
      gtk_filter_list_model_set_model (self->filtered, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_PEOPLE_VIEW);
  g_clear_object (&self->terms);
  self->filtered = NULL;
  g_clear_object (&self->filter);
  g_clear_pointer (&self->focus_key, g_free);

  G_OBJECT_CLASS (fh_people_view_parent_class)->dispose (object);
}

/* The tab's main control: the entry that adds a role. */
static gboolean
fh_people_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (FH_PEOPLE_VIEW (widget)->role_entry);
}

static void
fh_people_view_class_init (FhPeopleViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FhSectionClass *section_class = FH_SECTION_CLASS (klass);

  widget_class->grab_focus = fh_people_view_grab_focus;
  object_class->dispose = fh_people_view_dispose;
  section_class->store_set = fh_people_view_store_set;
  section_class->plan_changed = fh_people_view_plan_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-people-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FhPeopleView, role_entry);
  gtk_widget_class_bind_template_child (widget_class, FhPeopleView, skill_entry);
  gtk_widget_class_bind_template_child (widget_class, FhPeopleView, matrix_error);
  gtk_widget_class_bind_template_child (widget_class, FhPeopleView, matrix);
  gtk_widget_class_bind_template_child (widget_class, FhPeopleView, shortfalls);
  gtk_widget_class_bind_template_child (widget_class, FhPeopleView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FhPeopleView, term_entry);
  gtk_widget_class_bind_template_child (widget_class, FhPeopleView, term_error);
  gtk_widget_class_bind_template_child (widget_class, FhPeopleView, glossary_list);
  gtk_widget_class_bind_template_child (widget_class, FhPeopleView, term_stack);
  gtk_widget_class_bind_template_child (widget_class, FhPeopleView, term_box);
  gtk_widget_class_bind_template_callback (widget_class, role_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, skill_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, term_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, term_changed_cb);

  gtk_widget_class_install_action (widget_class, "people.delete-term", NULL, delete_term_action);
}

static void
fh_people_view_init (FhPeopleView *self)
{
  g_auto (GStrv) labels = fh_enum_get_labels (FH_TYPE_AUDIENCE);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->term_form = FH_RECORD_FORM (fh_record_form_new ());
  fh_record_form_add_text (self->term_form, "term", NULL, FALSE);
  fh_record_form_add_text (self->term_form, "definition", NULL, TRUE);
  fh_record_form_add_choice (self->term_form, "audience", NULL, 0, (const char *const *)labels);
  gtk_box_append (self->term_box, GTK_WIDGET (self->term_form));

  self->filter = gtk_custom_filter_new (term_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->terms = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->terms, FALSE);
  gtk_single_selection_set_can_unselect (self->terms, TRUE);
  {
    g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (term_setup_cb), self);
    g_signal_connect (factory, "bind", G_CALLBACK (term_bind_cb), self);
    gtk_list_view_set_factory (self->glossary_list, factory);
  }
  gtk_list_view_set_model (self->glossary_list, GTK_SELECTION_MODEL (self->terms));
  /* Connected after the list view's own handlers, so that it has caught up. */
  g_signal_connect_swapped (self->terms, "items-changed", G_CALLBACK (glossary_changed_cb), self);
  g_signal_connect_swapped (self->terms, "selection-changed", G_CALLBACK (term_selected_cb), self);

  gtk_widget_set_sensitive (self->role_entry, FALSE);
  gtk_widget_set_sensitive (self->skill_entry, FALSE);
  gtk_widget_set_sensitive (self->term_entry, FALSE);
  refresh_term (self);
}

GtkWidget *
fh_people_view_new (void)
{
  return g_object_new (FH_TYPE_PEOPLE_VIEW, NULL);
}
