/* fh-options-page.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-options-page.h"

#include "fh-capability.h"
#include "fh-cost-line.h"
#include "fh-criterion.h"
#include "fh-decision.h"
#include "fh-enums.h"
#include "fh-field.h"
#include "fh-money.h"
#include "fh-offerings.h"
#include "fh-option.h"
#include "fh-option-score.h"
#include "fh-plan-edits.h"
#include "fh-plan-info.h"
#include "fh-render-cost-chart.h"
#include "fh-tco.h"
#include "fh-feedback.h"

/* The Options section: per capability, its options with every cost line, their
 * scores and the chosen one (tab "Options"); the options side by side with a cost
 * chart and a what-if analysis (tab "Compare"); the plan's criteria weights and the
 * settings the costs depend on (tab "Criteria and Settings").
 *
 * Every field commits on Enter or when focus leaves it: the text is parsed and
 * checked here, then written with one store call; a refused value stays in the field,
 * marked, with the reason below it, and nothing reaches the plan. The page rebuilds
 * a part only when its shape changes (another option, a line added or removed), and
 * otherwise updates values in place, so that typing and tabbing are never disturbed
 * by the refresh that follows each change. */

#define PLAN_INFO_COLLECTION FH_N_COLLECTIONS

typedef enum
{
  PARSE_TEXT,
  PARSE_MONEY,
  PARSE_NUMBER,
  PARSE_INT,
  PARSE_CURRENCY,
} ParseKind;

/* What an entry edits. Kept on the entry; records are found again by id, since the
 * store may replace a record when it changes. */
typedef struct
{
  FhOptionsPage *self;
  guint          collection; /* FhCollection, or PLAN_INFO_COLLECTION */
  gint64         id;
  char          *slug; /* a criterion's id */
  const char    *property;
  const char    *label; /* for error messages */
  ParseKind      kind;
  double         min;
  double         max;
  GtkLabel      *error_label;
  gboolean       invalid;
  gboolean       dirty; /* typed in since the plan's value was shown */
  gboolean       syncing;
} Field;

struct _FhOptionsPage
{
  AdwBin parent_instance;

  FhStore    *store;
  char       *capability;
  gint64      option_id;
  FhDecision *decision;
  char       *badge;
  char       *editor_shape; /* what the editor was built for */
  char       *criteria_shape;
  char       *sensitivity_shape;
  gboolean    updating;
  gboolean    disposing;
  gboolean    rebuilding; /* widgets losing focus as they go commit nothing */

  GPtrArray     *capability_ids; /* parallel to the capability dropdown */
  GtkStringList *capability_names;
  GArray        *sensitivity_lines;
  GPtrArray     *editor_fields;   /* GtkEntry, unowned */
  GPtrArray     *settings_fields; /* GtkEntry, unowned */
  GPtrArray     *score_buttons;   /* GtkToggleButton, unowned */
  GHashTable    *line_totals;     /* line id → GtkLabel, unowned */
  GPtrArray     *weight_labels;   /* GtkLabel per criterion, unowned */
  GtkLabel      *tco_label;
  GtkLabel      *derived_label;
  GtkTextView   *rationale_view;
  GtkTextView   *description_view;
  GtkLabel      *choose_error;

  GtkDropDown    *capability_dropdown;
  GtkStack       *view_stack;
  GtkEntry       *add_entry;
  GtkDropDown    *add_kind_dropdown;
  GtkMenuButton  *examples_button;
  GtkListBox     *examples_list;
  GtkLabel       *add_error;
  GtkFlowBox     *option_flow;
  GtkLabel       *no_options_label;
  GtkBox         *editor_box;
  GtkGrid        *compare_grid;
  GtkDrawingArea *chart;
  GtkDropDown    *sensitivity_dropdown;
  GtkLabel       *sensitivity_label;
  GtkGrid        *settings_grid;
  GtkGrid        *criteria_grid;
};

G_DEFINE_FINAL_TYPE (FhOptionsPage, fh_options_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_BADGE,
  N_PROPS
};

enum
{
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void fh_options_page_refresh (FhOptionsPage *self);

static const char *
kind_label (FhOptionKind kind)
{
  switch (kind)
    {
    case FH_OPTION_KIND_PACKAGED:
      return C_("option kind", "Packaged");
    case FH_OPTION_KIND_CUSTOM:
      return C_("option kind", "Custom");
    case FH_OPTION_KIND_HYBRID:
      return C_("option kind", "Hybrid");
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
currency (FhOptionsPage *self)
{
  return fh_plan_info_get_currency (fh_store_get_info (self->store));
}

static char *
money_text (FhOptionsPage *self, gint64 minor)
{
  return fh_money_format_whole (minor, currency (self));
}

static void
emit_toast (FhOptionsPage *self, const char *plain_title, gboolean undo)
{
  g_autoptr (AdwToast) toast = fh_toast_new (plain_title, undo);

  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static void
clear_container (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_GRID (container))
        gtk_grid_remove (GTK_GRID (container), child);
      else if (GTK_IS_BOX (container))
        gtk_box_remove (GTK_BOX (container), child);
      else if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else
        g_assert_not_reached ();
    }
}

static GtkWidget *
caption (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  return label;
}

/* Fields -------------------------------------------------------------------------- */

static void
field_free (gpointer data)
{
  Field *field = data;

  g_free (field->slug);
  g_free (field);
}

static gpointer
field_record (Field *field)
{
  FhStore *store = field->self->store;

  if (store == NULL)
    return NULL;
  if (field->collection == PLAN_INFO_COLLECTION)
    return fh_store_get_info (store);
  if (field->slug != NULL)
    return fh_store_lookup_slug (store, field->collection, field->slug);

  return fh_store_lookup (store, field->collection, field->id);
}

static char *
field_format (Field *field, gpointer record)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), field->property);
  g_auto (GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (record, field->property, &value);

  switch (field->kind)
    {
    case PARSE_TEXT:
    case PARSE_CURRENCY:
      return g_value_dup_string (&value);
    case PARSE_MONEY:
      return fh_money_format_number (g_value_get_int64 (&value),
                                     fh_money_currency_digits (currency (field->self)));
    case PARSE_NUMBER:
      return fh_number_format (g_value_get_double (&value));
    case PARSE_INT:
      return g_strdup_printf ("%d", g_value_get_int (&value));
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
field_parse (Field *field, const char *text, GValue *value, GError **error)
{
  double number;
  gint64 minor;

  switch (field->kind)
    {
    case PARSE_TEXT:
      g_value_init (value, G_TYPE_STRING);
      g_value_take_string (value, g_strstrip (g_strdup (text)));
      return TRUE;
    case PARSE_CURRENCY:
      {
        g_autofree char *stripped = g_strstrip (g_strdup (text));

        g_value_init (value, G_TYPE_STRING);
        g_value_take_string (value, g_ascii_strup (stripped, -1));
        return TRUE;
      }
    case PARSE_MONEY:
      if (!fh_money_parse (text, fh_money_currency_digits (currency (field->self)), &minor, error))
        return FALSE;
      g_value_init (value, G_TYPE_INT64);
      g_value_set_int64 (value, minor);
      return TRUE;
    case PARSE_NUMBER:
      if (!fh_number_parse (text, field->min, field->max, &number, error))
        return FALSE;
      g_value_init (value, G_TYPE_DOUBLE);
      g_value_set_double (value, number);
      return TRUE;
    case PARSE_INT:
      if (!fh_number_parse (text, field->min, field->max, &number, error))
        return FALSE;
      if (number != floor (number))
        {
          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("“%s” is not a whole number."), text);
          return FALSE;
        }
      g_value_init (value, G_TYPE_INT);
      g_value_set_int (value, (int)number);
      return TRUE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

static void
field_show_error (GtkWidget *entry, Field *field, const char *message)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", field->label, message);

  field->invalid = TRUE;
  gtk_widget_add_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, text);
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_label_set_text (field->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (field->error_label), TRUE);
  g_object_set_data (G_OBJECT (field->error_label), "owner", entry);
}

static void
field_clear_error (GtkWidget *entry, Field *field)
{
  field->invalid = FALSE;
  gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, field->label);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
  if (g_object_get_data (G_OBJECT (field->error_label), "owner") == entry)
    {
      gtk_widget_set_visible (GTK_WIDGET (field->error_label), FALSE);
      g_object_set_data (G_OBJECT (field->error_label), "owner", NULL);
    }
}

static void
field_commit (GtkWidget *entry)
{
  Field         *field = g_object_get_data (G_OBJECT (entry), "field");
  FhOptionsPage *self = field->self;
  const char    *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_auto (GValue) value = G_VALUE_INIT;
  g_autoptr (GError) error = NULL;
  g_autofree char *current = NULL;
  gpointer         record;

  if (self->disposing || self->updating || self->rebuilding ||
      (record = field_record (field)) == NULL)
    return;

  current = field_format (field, record);
  if (g_strcmp0 (current, text) == 0)
    {
      field->dirty = FALSE;
      field_clear_error (entry, field);
      return;
    }

  if (!field_parse (field, text, &value, &error) ||
      (field->collection == FH_COLLECTION_CRITERIA &&
       !fh_decision_check_weights (fh_store_get_model (self->store, FH_COLLECTION_CRITERIA),
                                   field->slug, g_value_get_double (&value), &error)) ||
      !fh_store_set_value (self->store, record, field->property, &value, &error))
    {
      field_show_error (entry, field, error->message);
      return;
    }

  field->dirty = FALSE;
  field_clear_error (entry, field);
}

static void
field_changed_cb (GtkEditable *entry, gpointer user_data)
{
  Field *field = g_object_get_data (G_OBJECT (entry), "field");

  if (!field->syncing)
    field->dirty = TRUE;
}

static void
field_activate_cb (GtkEntry *entry, gpointer user_data)
{
  field_commit (GTK_WIDGET (entry));
}

static void
field_leave_cb (GtkEventControllerFocus *controller, gpointer user_data)
{
  field_commit (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
}

static GtkWidget *
field_entry (FhOptionsPage *self,
             GPtrArray     *registry,
             guint          collection,
             gint64         id,
             const char    *slug,
             const char    *property,
             const char    *label,
             ParseKind      kind,
             double         min,
             double         max,
             GtkLabel      *error_label,
             int            width_chars)
{
  GtkWidget          *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  Field              *field = g_new0 (Field, 1);
  gpointer            record;

  field->self = self;
  field->collection = collection;
  field->id = id;
  field->slug = g_strdup (slug);
  field->property = property;
  field->label = label;
  field->kind = kind;
  field->min = min;
  field->max = max;
  field->error_label = error_label;
  g_object_set_data_full (G_OBJECT (entry), "field", field, field_free);
  gtk_widget_set_name (entry, property);

  if (width_chars > 0)
    {
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width_chars);
    }
  if (kind != PARSE_TEXT && kind != PARSE_CURRENCY)
    gtk_entry_set_alignment (GTK_ENTRY (entry), 1);
  gtk_widget_set_tooltip_text (entry, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  record = field_record (field);
  if (record != NULL)
    {
      g_autofree char *text = field_format (field, record);

      gtk_editable_set_text (GTK_EDITABLE (entry), text);
    }

  g_signal_connect (entry, "activate", G_CALLBACK (field_activate_cb), NULL);
  g_signal_connect (entry, "changed", G_CALLBACK (field_changed_cb), NULL);
  g_signal_connect (focus, "leave", G_CALLBACK (field_leave_cb), NULL);
  gtk_widget_add_controller (entry, focus);
  g_ptr_array_add (registry, entry);

  return entry;
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot   *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Shows the plan's values again (after an undo, say), except in a field being typed
 * in or holding a refused value, which the user still has to fix. */
static void
fields_update (GPtrArray *registry)
{
  for (guint i = 0; i < registry->len; i++)
    {
      GtkWidget       *entry = g_ptr_array_index (registry, i);
      Field           *field = g_object_get_data (G_OBJECT (entry), "field");
      gpointer         record = field_record (field);
      g_autofree char *text = NULL;

      if (record == NULL || field->invalid || (field->dirty && has_focus_within (entry)))
        continue;

      text = field_format (field, record);
      field->syncing = TRUE;
      if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (entry))) != 0)
        gtk_editable_set_text (GTK_EDITABLE (entry), text);
      field->syncing = FALSE;
      field->dirty = FALSE;
    }
}

static GtkWidget *
error_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

/* Enum drop-downs ----------------------------------------------------------------- */

static void
enum_selected_cb (GtkDropDown *dropdown, GParamSpec *pspec, gpointer user_data)
{
  FhOptionsPage *self = g_object_get_data (G_OBJECT (dropdown), "page");
  guint       collection = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "collection"));
  gint64      id = *(gint64 *)g_object_get_data (G_OBJECT (dropdown), "id");
  const char *property = g_object_get_data (G_OBJECT (dropdown), "property");
  g_autoptr (GError) error = NULL;
  gpointer record;

  if (self->updating || self->disposing || self->store == NULL)
    return;

  record = fh_store_lookup (self->store, collection, id);
  if (record == NULL)
    return;

  if (!fh_store_set (self->store, record, &error, property,
                     (int)gtk_drop_down_get_selected (dropdown), NULL))
    emit_toast (self, error->message, FALSE);
}

static GtkWidget *
enum_dropdown (FhOptionsPage     *self,
               guint              collection,
               gint64             id,
               const char        *property,
               const char        *label,
               const char *const *items,
               guint              selected)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (items);
  gint64    *id_copy = g_new (gint64, 1);

  *id_copy = id;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_set_tooltip_text (dropdown, label);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_name (dropdown, property);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data (G_OBJECT (dropdown), "page", self);
  g_object_set_data (G_OBJECT (dropdown), "collection", GUINT_TO_POINTER (collection));
  g_object_set_data_full (G_OBJECT (dropdown), "id", id_copy, g_free);
  g_object_set_data (G_OBJECT (dropdown), "property", (gpointer)property);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (enum_selected_cb), NULL);

  return dropdown;
}

static const char *const *
category_labels (void)
{
  static const char *labels[FH_N_COST_CATEGORIES + 1];

  for (guint c = 0; c < FH_N_COST_CATEGORIES; c++)
    labels[c] = fh_cost_category_get_label (c);
  return labels;
}

static const char *const *
recurrence_labels (void)
{
  static const char *labels[4];

  for (guint r = 0; r <= FH_RECURRENCE_YEARLY; r++)
    labels[r] = fh_recurrence_get_label (r);
  return labels;
}

static const char *const *
kind_labels (void)
{
  static const char *labels[4];

  for (guint k = 0; k <= FH_OPTION_KIND_HYBRID; k++)
    labels[k] = kind_label (k);
  return labels;
}

/* Plan helpers -------------------------------------------------------------------- */

static FhOption *
selected_option (FhOptionsPage *self)
{
  FhOption *option;

  if (self->store == NULL || self->option_id == 0)
    return NULL;

  option = fh_store_lookup (self->store, FH_COLLECTION_OPTIONS, self->option_id);
  if (option == NULL || g_strcmp0 (fh_option_get_capability (option), self->capability) != 0)
    return NULL;

  return option;
}

static FhOptionScore *
find_score (FhOptionsPage *self, gint64 option, const char *criterion)
{
  GListModel *scores = fh_store_get_model (self->store, FH_COLLECTION_OPTION_SCORES);

  for (guint i = 0; i < g_list_model_get_n_items (scores); i++)
    {
      g_autoptr (FhOptionScore) score = g_list_model_get_item (scores, i);

      if (fh_option_score_get_option (score) == option &&
          g_strcmp0 (fh_option_score_get_criterion (score), criterion) == 0)
        return score; /* owned by the store's model */
    }

  return NULL;
}

static GPtrArray *
option_lines (FhOptionsPage *self, gint64 option)
{
  GListModel *lines = fh_store_get_model (self->store, FH_COLLECTION_COST_LINES);
  GPtrArray  *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      FhCostLine *line = g_list_model_get_item (lines, i);

      if (fh_cost_line_get_option (line) == option)
        g_ptr_array_add (result, line);
      else
        g_object_unref (line);
    }

  return result;
}

static char *
tco_sentence (FhOptionsPage *self, const FhTco *tco)
{
  g_autofree char *total = fh_money_format (tco->total, currency (self));
  double           rate = fh_plan_info_get_discount_rate (fh_store_get_info (self->store));

  if (rate > 0)
    {
      g_autofree char *pv = fh_money_format (tco->present_value, currency (self));
      g_autofree char *rate_text = fh_number_format (rate);

      return g_strdup_printf (
        ngettext ("Total cost of ownership over %d year: %s (present value at %s %%: %s)",
                  "Total cost of ownership over %d years: %s (present value at %s %%: %s)",
                  tco->horizon),
        tco->horizon, total, rate_text, pv);
    }

  return g_strdup_printf (ngettext ("Total cost of ownership over %d year: %s",
                                    "Total cost of ownership over %d years: %s", tco->horizon),
                          tco->horizon, total);
}

/* Actions ------------------------------------------------------------------------- */

static void
add_line (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (widget);
  g_autoptr (FhCostLine) line = NULL;
  g_autoptr (GError) error = NULL;

  if (selected_option (self) == NULL)
    return;

  line = fh_cost_line_new (self->option_id);
  if (!fh_store_add (self->store, line, &error))
    {
      emit_toast (self, error->message, FALSE);
      return;
    }

  /* The store's refresh has built the line's row by now: start typing its amount. */
  for (guint i = 0; i < self->editor_fields->len; i++)
    {
      GtkWidget *entry = g_ptr_array_index (self->editor_fields, i);
      Field     *field = g_object_get_data (G_OBJECT (entry), "field");

      if (field->collection == FH_COLLECTION_COST_LINES &&
          field->id == fh_cost_line_get_id (line) && g_str_equal (field->property, "amount"))
        gtk_widget_grab_focus (entry);
    }
}

static void
remove_line_cb (GtkButton *button, FhOptionsPage *self)
{
  gint64      id = *(gint64 *)g_object_get_data (G_OBJECT (button), "id");
  FhCostLine *line = fh_store_lookup (self->store, FH_COLLECTION_COST_LINES, id);
  g_autoptr (GError) error = NULL;

  if (line == NULL)
    return;

  if (!fh_store_remove (self->store, line, &error))
    emit_toast (self, error->message, FALSE);
  else
    emit_toast (self, _("Cost line deleted"), TRUE);
}

static void
delete_option (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (widget);
  FhOption      *option = selected_option (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (option == NULL)
    return;

  message = g_strdup_printf (_("“%s” deleted"), fh_option_get_name (option));
  if (!fh_store_remove (self->store, option, &error))
    {
      emit_toast (self, error->message, FALSE);
      return;
    }

  self->option_id = 0;
  emit_toast (self, message, TRUE);
}

static char *
text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
choose_option (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhOptionsPage   *self = FH_OPTIONS_PAGE (widget);
  FhOption        *option = selected_option (self);
  g_autofree char *rationale = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (FhEdit) edit = NULL;
  FhPlanModels models;

  if (option == NULL || self->rationale_view == NULL)
    return;

  if (fh_option_get_chosen (option))
    {
      if (!fh_store_set (self->store, option, &error, "chosen", FALSE, NULL))
        emit_toast (self, error->message, FALSE);
      return;
    }

  rationale = text_view_text (self->rationale_view);
  if (rationale[0] == '\0')
    {
      gtk_label_set_text (self->choose_error,
                          _("Write down why the team chooses this option first: the "
                            "rationale is what a later review needs."));
      gtk_widget_set_visible (GTK_WIDGET (self->choose_error), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->rationale_view));
      return;
    }

  /* One undo step, with the option chosen before unmarked (fh-plan-edits.c). */
  fh_store_get_models (self->store, &models);
  edit = fh_edit_choose_option (&models, option, rationale);
  if (!fh_store_apply_edit (self->store, edit, &error))
    {
      gtk_label_set_text (self->choose_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->choose_error), TRUE);
    }
}

static void
text_view_leave_cb (GtkEventControllerFocus *controller, gpointer user_data)
{
  GtkWidget       *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  FhOptionsPage   *self = g_object_get_data (G_OBJECT (view), "page");
  const char      *property = g_object_get_data (G_OBJECT (view), "property");
  g_autofree char *text = NULL;
  g_autofree char *current = NULL;
  g_autoptr (GError) error = NULL;
  FhOption *option;

  if (self->disposing || self->rebuilding || (option = selected_option (self)) == NULL)
    return;

  /* The rationale of an option not chosen yet is kept until it is chosen. */
  if (g_str_equal (property, "rationale") && !fh_option_get_chosen (option))
    return;

  text = text_view_text (GTK_TEXT_VIEW (view));
  g_object_get (option, property, &current, NULL);
  if (g_strcmp0 (text, current) == 0)
    return;

  if (!fh_store_set (self->store, option, &error, property, text, NULL))
    emit_toast (self, error->message, FALSE);
}

static GtkWidget *
text_view_new (FhOptionsPage *self, const char *property, const char *label, const char *text)
{
  GtkWidget          *view = gtk_text_view_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_widget_set_size_request (view, -1, 64);
  gtk_widget_add_css_class (view, "card");
  gtk_widget_set_name (view, property);
  gtk_widget_set_tooltip_text (view, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (view), "page", self);
  g_object_set_data (G_OBJECT (view), "property", (gpointer)property);
  g_signal_connect (focus, "leave", G_CALLBACK (text_view_leave_cb), NULL);
  gtk_widget_add_controller (view, focus);

  return view;
}

static void
score_toggled_cb (GtkToggleButton *button, FhOptionsPage *self)
{
  const char    *criterion = g_object_get_data (G_OBJECT (button), "criterion");
  int            value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "score"));
  FhOptionScore *score;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (self->updating || self->disposing || !gtk_toggle_button_get_active (button) ||
      selected_option (self) == NULL)
    return;

  score = find_score (self, self->option_id, criterion);
  if (score != NULL)
    ok = fh_option_score_get_score (score) == value ||
         fh_store_set (self->store, score, &error, "score", value, NULL);
  else
    {
      g_autoptr (FhOptionScore) added = fh_option_score_new (self->option_id, criterion, value);

      ok = fh_store_add (self->store, added, &error);
    }

  if (!ok)
    emit_toast (self, error->message, FALSE);
}

/* The option cards ---------------------------------------------------------------- */

static void
card_toggled_cb (GtkToggleButton *button, FhOptionsPage *self)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;

  self->option_id = *(gint64 *)g_object_get_data (G_OBJECT (button), "id");
  fh_options_page_refresh (self);
}

static void
rebuild_cards (FhOptionsPage *self)
{
  FhDecision      *decision = self->decision;
  GtkToggleButton *group = NULL;

  clear_container (GTK_WIDGET (self->option_flow));
  gtk_widget_set_visible (GTK_WIDGET (self->no_options_label), decision->n_options == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->option_flow), decision->n_options > 0);

  for (guint o = 0; o < decision->n_options; o++)
    {
      FhOption        *option = decision->options[o];
      GtkWidget       *button = gtk_toggle_button_new ();
      GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget       *name = gtk_label_new (fh_option_get_name (option));
      GtkWidget       *detail;
      GtkWidget       *badges;
      g_autofree char *tco = money_text (self, decision->tcos[o].total);
      g_autofree char *detail_text = NULL;
      g_autofree char *accessible = NULL;
      GString         *badge_text = g_string_new (NULL);
      gint64          *id = g_new (gint64, 1);

      *id = fh_option_get_id (option);
      detail_text =
        g_strdup_printf (_("%s · %s · score %.2f"), kind_label (fh_option_get_kind (option)), tco,
                            decision->totals[o]);
      if ((int)o == decision->recommended)
        g_string_append (badge_text, _("★ Recommended"));
      if ((int)o == decision->chosen)
        {
          if (badge_text->len > 0)
            g_string_append (badge_text, "  ");
          g_string_append (badge_text, _("✔ Chosen"));
        }

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (name, "heading");
      detail = gtk_label_new (detail_text);
      gtk_label_set_xalign (GTK_LABEL (detail), 0);
      gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
      badges = gtk_label_new (badge_text->str);
      gtk_label_set_xalign (GTK_LABEL (badges), 0);
      gtk_widget_add_css_class (badges, "accent");
      gtk_widget_set_visible (badges, badge_text->len > 0);
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), detail);
      gtk_box_append (GTK_BOX (box), badges);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "option-card");

      accessible =
        g_strdup_printf ("%s, %s %s", fh_option_get_name (option), detail_text, badge_text->str);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      gtk_widget_set_tooltip_text (button, _("Edit this option"));
      g_string_free (badge_text, TRUE);

      g_object_set_data_full (G_OBJECT (button), "id", id, g_free);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), *id == self->option_id);
      g_signal_connect (button, "toggled", G_CALLBACK (card_toggled_cb), self);
      gtk_flow_box_append (self->option_flow, button);
    }
}

/* The editor ---------------------------------------------------------------------- */

static void
update_line_totals (FhOptionsPage *self)
{
  FhTcoParams    params;
  GHashTableIter iter;
  gpointer       key, value;

  fh_tco_params_init (&params, fh_store_get_info (self->store));
  g_hash_table_iter_init (&iter, self->line_totals);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      FhCostLine *line = fh_store_lookup (self->store, FH_COLLECTION_COST_LINES, *(gint64 *)key);
      gint64      total = 0;
      g_autofree char *money = NULL;
      g_autofree char *text = NULL;

      if (line == NULL)
        continue;
      for (int year = 1; year <= params.horizon; year++)
        total += fh_tco_line_cost (line, &params, year);
      money = money_text (self, total);
      /* Translators: what one cost line adds up to over the plan's horizon */
      text = g_strdup_printf (_("= %s"), money);
      gtk_label_set_text (value, text);
    }
}

static void
update_scores (FhOptionsPage *self)
{
  int o = self->decision != NULL ? fh_decision_find_option (self->decision, self->option_id) : -1;

  self->updating = TRUE;
  for (guint i = 0; i < self->score_buttons->len; i++)
    {
      GtkToggleButton *button = g_ptr_array_index (self->score_buttons, i);
      const char      *criterion = g_object_get_data (G_OBJECT (button), "criterion");
      int              value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "score"));
      FhOptionScore   *score = find_score (self, self->option_id, criterion);

      gtk_toggle_button_set_active (button,
                                    score != NULL && fh_option_score_get_score (score) == value);
    }
  self->updating = FALSE;

  if (o >= 0 && self->tco_label != NULL)
    {
      g_autofree char *text = tco_sentence (self, &self->decision->tcos[o]);

      gtk_label_set_text (self->tco_label, text);
    }
  if (o >= 0 && self->derived_label != NULL)
    {
      for (guint c = 0; c < self->decision->n_criteria; c++)
        if (fh_criterion_get_derived (self->decision->criteria[c]))
          {
            double           score = fh_decision_get_score (self->decision, o, c);
            g_autofree char *text = self->decision->tcos[o].n_lines > 0
              ? g_strdup_printf (_("%.1f of 5, from the costs (the cheapest option scores 5)"),
                                    score)
              : g_strdup (_("Not scored until the option has cost lines"));

            gtk_label_set_text (self->derived_label, text);
          }
    }
}

static GtkWidget *
build_line_row (FhOptionsPage *self, FhCostLine *line)
{
  gint64     id = fh_cost_line_get_id (line);
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *errors = error_label_new ();
  GtkWidget *description, *total, *remove, *amount, *fte, *widget;
  gint64    *id_copy = g_new (gint64, 1);
  gint64    *key = g_new (gint64, 1);
  gboolean   staff = fh_cost_line_get_fte (line) > 0;

  gtk_widget_add_css_class (frame, "card");
  gtk_widget_add_css_class (frame, "cost-line");

  widget = enum_dropdown (self, FH_COLLECTION_COST_LINES, id, "category",
                          _("Category"), category_labels (), fh_cost_line_get_category (line));
  /* Fixed widths keep the lines' fields in columns. */
  gtk_widget_set_size_request (widget, 250, -1);
  gtk_box_append (GTK_BOX (top), widget);
  description =
    field_entry (self, self->editor_fields, FH_COLLECTION_COST_LINES, id, NULL, "description",
                 _("Description"), PARSE_TEXT, 0, 0, GTK_LABEL (errors), 0);
  gtk_entry_set_placeholder_text (GTK_ENTRY (description), _("What this cost is for"));
  gtk_widget_set_hexpand (description, TRUE);
  gtk_box_append (GTK_BOX (top), description);
  total = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (total), 14);
  gtk_label_set_xalign (GTK_LABEL (total), 1);
  gtk_widget_add_css_class (total, "numeric");
  gtk_widget_add_css_class (total, "heading");
  *key = id;
  g_hash_table_insert (self->line_totals, key, total);
  gtk_box_append (GTK_BOX (top), total);
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (remove, _("Delete This Cost Line"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete This Cost Line"), -1);
  gtk_widget_add_css_class (remove, "flat");
  *id_copy = id;
  g_object_set_data_full (G_OBJECT (remove), "id", id_copy, g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_line_cb), self);
  gtk_box_append (GTK_BOX (top), remove);

  amount = field_entry (self, self->editor_fields, FH_COLLECTION_COST_LINES, id, NULL, "amount",
                        _("Amount"), PARSE_MONEY, 0, 0, GTK_LABEL (errors), 12);
  gtk_widget_set_sensitive (amount, !staff);
  gtk_box_append (GTK_BOX (bottom), caption (_("Amount")));
  gtk_box_append (GTK_BOX (bottom), amount);
  widget =
    enum_dropdown (self, FH_COLLECTION_COST_LINES, id, "recurrence",
                   _("Recurrence"), recurrence_labels (), fh_cost_line_get_recurrence (line));
  gtk_widget_set_size_request (widget, 140, -1);
  gtk_widget_set_sensitive (widget, !staff);
  gtk_box_append (GTK_BOX (bottom), widget);
  gtk_box_append (GTK_BOX (bottom), caption (_("From year")));
  gtk_box_append (
    GTK_BOX (bottom),
    field_entry (self, self->editor_fields, FH_COLLECTION_COST_LINES, id, NULL, "first-year",
                 _("First year"), PARSE_INT, 1, FH_TCO_MAX_YEARS, GTK_LABEL (errors), 3));
  gtk_box_append (GTK_BOX (bottom), caption (_("Growth %")));
  gtk_box_append (
    GTK_BOX (bottom),
    field_entry (self, self->editor_fields, FH_COLLECTION_COST_LINES, id, NULL, "growth",
                 _("Yearly growth in percent"), PARSE_NUMBER, -100, 1000, GTK_LABEL (errors), 6));
  gtk_box_append (GTK_BOX (bottom), caption (_("or FTE")));
  fte = field_entry (self, self->editor_fields, FH_COLLECTION_COST_LINES, id, NULL, "fte",
                     _("Full-time staff (FTE); above 0 the line costs FTE × loaded cost per year"),
                        PARSE_NUMBER, 0, 1000, GTK_LABEL (errors), 5);
  gtk_box_append (GTK_BOX (bottom), fte);
  gtk_box_append (GTK_BOX (bottom), caption (_("× cost")));
  {
    GtkWidget *loaded =
      field_entry (self, self->editor_fields, FH_COLLECTION_COST_LINES, id, NULL, "loaded-cost",
                   _("Loaded yearly cost of one FTE; 0 uses the plan’s FTE cost"), PARSE_MONEY, 0,
                      0, GTK_LABEL (errors), 10);

    gtk_widget_set_sensitive (loaded, staff);
    gtk_box_append (GTK_BOX (bottom), loaded);
  }

  gtk_box_append (GTK_BOX (frame), top);
  gtk_box_append (GTK_BOX (frame), bottom);
  gtk_box_append (GTK_BOX (frame), errors);

  return frame;
}

static GtkWidget *
build_scores (FhOptionsPage *self)
{
  GtkWidget  *grid = gtk_grid_new ();
  FhDecision *decision = self->decision;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  for (guint c = 0; c < decision->n_criteria; c++)
    {
      FhCriterion     *criterion = decision->criteria[c];
      GtkWidget       *name = gtk_label_new (fh_criterion_get_name (criterion));
      g_autofree char *percent = g_strdup_printf ("%.0f %%", decision->weights[c] * 100);
      GtkWidget       *weight = gtk_label_new (percent);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_widget_set_tooltip_text (name, fh_criterion_get_description (criterion));
      gtk_widget_add_css_class (weight, "dim-label");
      gtk_widget_add_css_class (weight, "numeric");
      gtk_grid_attach (GTK_GRID (grid), name, 0, c, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), weight, 1, c, 1, 1);

      if (fh_criterion_get_derived (criterion))
        {
          GtkWidget *label = gtk_label_new (NULL);

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          self->derived_label = GTK_LABEL (label);
          gtk_grid_attach (GTK_GRID (grid), label, 2, c, 1, 1);
        }
      else
        {
          GtkWidget       *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
          GtkToggleButton *group = NULL;

          gtk_widget_add_css_class (buttons, "linked");
          for (int s = 1; s <= 5; s++)
            {
              g_autofree char *text = g_strdup_printf ("%d", s);
              g_autofree char *tip =
                g_strdup_printf (_("%s: %d of 5 (5 = best for the organisation)"),
                                    fh_criterion_get_name (criterion), s);
              GtkWidget *button = gtk_toggle_button_new_with_label (text);

              gtk_widget_set_tooltip_text (button, tip);
              gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
              g_object_set_data_full (G_OBJECT (button), "criterion",
                                      g_strdup (fh_criterion_get_id (criterion)), g_free);
              g_object_set_data (G_OBJECT (button), "score", GINT_TO_POINTER (s));
              if (group != NULL)
                gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
              else
                group = GTK_TOGGLE_BUTTON (button);
              gtk_widget_add_css_class (button, "score-button");
              g_signal_connect (button, "toggled", G_CALLBACK (score_toggled_cb), self);
              g_ptr_array_add (self->score_buttons, button);
              gtk_box_append (GTK_BOX (buttons), button);
            }
          gtk_grid_attach (GTK_GRID (grid), buttons, 2, c, 1, 1);
        }
    }

  return grid;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-4");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

static void
rebuild_editor (FhOptionsPage *self, FhOption *option)
{
  GtkBox *box = self->editor_box;
  g_autoptr (GPtrArray) lines = NULL;
  GtkWidget *row, *errors, *button;
  gboolean   chosen;

  self->rebuilding = TRUE;
  clear_container (GTK_WIDGET (box));
  self->rebuilding = FALSE;
  g_ptr_array_set_size (self->editor_fields, 0);
  g_ptr_array_set_size (self->score_buttons, 0);
  g_hash_table_remove_all (self->line_totals);
  self->tco_label = NULL;
  self->derived_label = NULL;
  self->rationale_view = NULL;
  self->description_view = NULL;
  self->choose_error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "options.add-line", option != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "options.delete", option != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "options.choose", option != NULL);
  if (option == NULL)
    return;

  chosen = fh_option_get_chosen (option);
  errors = error_label_new ();

  /* Name, kind, vendor */
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (row), caption (_("Name")));
  {
    GtkWidget *name =
      field_entry (self, self->editor_fields, FH_COLLECTION_OPTIONS, self->option_id, NULL, "name",
                   _("Name"), PARSE_TEXT, 0, 0, GTK_LABEL (errors), 0);

    gtk_widget_set_hexpand (name, TRUE);
    gtk_widget_add_css_class (name, "option-name");
    gtk_box_append (GTK_BOX (row), name);
  }
  gtk_box_append (GTK_BOX (row),
                  enum_dropdown (self, FH_COLLECTION_OPTIONS, self->option_id, "kind",
                                 _("Kind"), kind_labels (), fh_option_get_kind (option)));
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "options.delete");
  gtk_widget_set_tooltip_text (button, _("Delete This Option"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete This Option"), -1);
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (box, row);

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (row), caption (_("Vendor or stack")));
  {
    GtkWidget *vendor =
      field_entry (self, self->editor_fields, FH_COLLECTION_OPTIONS, self->option_id, NULL,
                   "vendor", _("Vendor or stack"), PARSE_TEXT, 0, 0, GTK_LABEL (errors), 0);

    gtk_widget_set_hexpand (vendor, TRUE);
    gtk_box_append (GTK_BOX (row), vendor);
  }
  gtk_box_append (box, row);
  gtk_box_append (box, errors);

  gtk_box_append (box, caption (_("Description")));
  row = text_view_new (self, "description", _("Description"), fh_option_get_description (option));
  self->description_view = GTK_TEXT_VIEW (row);
  gtk_box_append (box, row);

  /* Costs */
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (row), heading (_("Costs")));
  self->tco_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->tco_label, 1);
  gtk_label_set_wrap (self->tco_label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->tco_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->tco_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->tco_label), "options-tco");
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->tco_label));
  gtk_box_append (box, row);

  lines = option_lines (self, self->option_id);
  for (guint i = 0; i < lines->len; i++)
    gtk_box_append (box, build_line_row (self, g_ptr_array_index (lines, i)));

  button = gtk_button_new_with_mnemonic (_("Add a Cost _Line"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "options.add-line");
  gtk_widget_set_tooltip_text (button, _("Add a cost line to this option (Ctrl+L)"));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_box_append (box, button);

  /* Scores */
  gtk_box_append (box, heading (_("Scores")));
  gtk_box_append (box, build_scores (self));

  /* Decision */
  gtk_box_append (box, heading (chosen ? _("Chosen, Because") : _("Choose This Option")));
  row = text_view_new (self, "rationale",
                       _("Why the team chooses this option"), fh_option_get_rationale (option));
  self->rationale_view = GTK_TEXT_VIEW (row);
  gtk_box_append (box, row);
  self->choose_error = GTK_LABEL (error_label_new ());
  gtk_box_append (box, GTK_WIDGET (self->choose_error));
  button = gtk_button_new_with_mnemonic (chosen ? _("_Unmark as Chosen")
                                                : _("_Choose With This Rationale"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "options.choose");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  if (!chosen)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (box, button);

  update_line_totals (self);
  update_scores (self);
}

static char *
editor_shape (FhOptionsPage *self, FhOption *option)
{
  GString *shape = g_string_new (NULL);
  g_autoptr (GPtrArray) lines = NULL;

  if (option == NULL)
    return g_string_free (shape, FALSE);

  g_string_append_printf (shape, "%" G_GINT64_FORMAT ":%d:", self->option_id,
                          fh_option_get_chosen (option));
  lines = option_lines (self, self->option_id);
  for (guint i = 0; i < lines->len; i++)
    {
      FhCostLine *line = g_ptr_array_index (lines, i);

      /* A line turning into a staff line changes which fields are in use. */
      g_string_append_printf (shape, "%" G_GINT64_FORMAT "%s,", fh_cost_line_get_id (line),
                              fh_cost_line_get_fte (line) > 0 ? "s" : "");
    }
  for (guint c = 0; c < self->decision->n_criteria; c++)
    g_string_append_printf (shape, "%s=%.6f;", fh_criterion_get_id (self->decision->criteria[c]),
                            self->decision->weights[c]);

  return g_string_free (shape, FALSE);
}

static void
update_editor (FhOptionsPage *self)
{
  FhOption        *option = selected_option (self);
  g_autofree char *shape = editor_shape (self, option);

  if (g_strcmp0 (shape, self->editor_shape) != 0)
    {
      g_free (self->editor_shape);
      self->editor_shape = g_steal_pointer (&shape);
      rebuild_editor (self, option);
      return;
    }

  if (option == NULL)
    return;

  self->updating = TRUE;
  fields_update (self->editor_fields);
  self->updating = FALSE;
  update_line_totals (self);
  update_scores (self);
}

/* The comparison ------------------------------------------------------------------ */

typedef enum
{
  BEST_LOWEST,
  BEST_HIGHEST,
} Best;

static void
attach_cell (FhOptionsPage *self,
             const char    *text,
             int            column,
             int            row,
             gboolean       best,
             gboolean       header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  gtk_label_set_justify (GTK_LABEL (label), column == 0 ? GTK_JUSTIFY_LEFT : GTK_JUSTIFY_RIGHT);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "compare-cell");
  if (row % 2 == 1)
    gtk_widget_add_css_class (label, "compare-odd");
  if (header)
    gtk_widget_add_css_class (label, "heading");
  if (column > 0 && !header)
    gtk_widget_add_css_class (label, "numeric");
  if (best)
    {
      g_autofree char *description = g_strdup_printf (_("%s, best in this row"), text);

      gtk_widget_add_css_class (label, "compare-best");
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      description, -1);
    }
  gtk_grid_attach (self->compare_grid, label, column, row, 1, 1);
}

/* One row of values, the best ones (ties included) highlighted. */
static void
attach_row (FhOptionsPage *self,
            int            row,
            const char    *title,
            const double  *values,
            char         **texts,
            Best           best)
{
  FhDecision *decision = self->decision;
  double      target = best == BEST_LOWEST ? INFINITY : -INFINITY;

  for (guint o = 0; o < decision->n_options; o++)
    target = best == BEST_LOWEST ? MIN (target, values[o]) : MAX (target, values[o]);

  attach_cell (self, title, 0, row, FALSE, FALSE);
  for (guint o = 0; o < decision->n_options; o++)
    attach_cell (self, texts[o], o + 1, row,
                 decision->n_options > 1 && fabs (values[o] - target) < 1e-9, FALSE);
}

static void
rebuild_compare (FhOptionsPage *self)
{
  FhDecision        *decision = self->decision;
  g_autofree double *values = g_new0 (double, MAX (decision->n_options, 1));
  g_auto (GStrv) texts = g_new0 (char *, decision->n_options + 1);
  int    row = 1;
  double rate = fh_plan_info_get_discount_rate (fh_store_get_info (self->store));

  clear_container (GTK_WIDGET (self->compare_grid));
  if (decision->n_options == 0)
    {
      attach_cell (self, _("Add options on the Options tab to compare them here."), 0, 0, FALSE,
                            FALSE);
      return;
    }

  attach_cell (self, "", 0, 0, FALSE, TRUE);
  for (guint o = 0; o < decision->n_options; o++)
    {
      g_autofree char *header = NULL;

      gboolean recommended = (int)o == decision->recommended;
      gboolean chosen = (int)o == decision->chosen;

      header = g_strdup_printf (
        "%s\n%s%s%s%s%s", fh_option_get_name (decision->options[o]),
        kind_label (fh_option_get_kind (decision->options[o])), recommended || chosen ? "\n" : "",
        recommended ? _("★ recommended") : "", recommended && chosen ? " · " : "",
                         chosen ? _("✔ chosen") : "");
      attach_cell (self, header, o + 1, 0, FALSE, TRUE);
    }

  for (guint c = 0; c < FH_N_COST_CATEGORIES; c++)
    {
      gboolean used = FALSE;

      for (guint o = 0; o < decision->n_options; o++)
        used |= decision->tcos[o].by_category[c] > 0;
      if (!used)
        continue;

      for (guint o = 0; o < decision->n_options; o++)
        {
          values[o] = decision->tcos[o].by_category[c];
          g_free (texts[o]);
          texts[o] = money_text (self, decision->tcos[o].by_category[c]);
        }
      attach_row (self, row++, fh_cost_category_get_label (c), values, texts, BEST_LOWEST);
    }

  for (guint o = 0; o < decision->n_options; o++)
    {
      values[o] = decision->tcos[o].total;
      g_free (texts[o]);
      texts[o] = money_text (self, decision->tcos[o].total);
    }
  {
    g_autofree char *title = g_strdup_printf (
      ngettext ("TCO over %d year", "TCO over %d years", decision->tcos[0].horizon),
      decision->tcos[0].horizon);

    attach_row (self, row++, title, values, texts, BEST_LOWEST);
  }

  if (rate > 0)
    {
      g_autofree char *rate_text = fh_number_format (rate);
      g_autofree char *title = g_strdup_printf (_("Present value at %s %%"), rate_text);

      for (guint o = 0; o < decision->n_options; o++)
        {
          values[o] = decision->tcos[o].present_value;
          g_free (texts[o]);
          texts[o] = money_text (self, decision->tcos[o].present_value);
        }
      attach_row (self, row++, title, values, texts, BEST_LOWEST);
    }

  for (guint c = 0; c < decision->n_criteria; c++)
    {
      g_autofree char *title = g_strdup_printf (
        "%s (%.0f %%)", fh_criterion_get_name (decision->criteria[c]), decision->weights[c] * 100);

      for (guint o = 0; o < decision->n_options; o++)
        {
          double score = fh_decision_get_score (decision, o, c);

          values[o] = score;
          g_free (texts[o]);
          texts[o] = score <= 0 ? g_strdup ("—")
                     : fh_criterion_get_derived (decision->criteria[c])
                       ? g_strdup_printf ("%.1f", score)
                       : g_strdup_printf ("%.0f", score);
        }
      attach_row (self, row++, title, values, texts, BEST_HIGHEST);
    }

  for (guint o = 0; o < decision->n_options; o++)
    {
      values[o] = decision->totals[o];
      g_free (texts[o]);
      texts[o] = g_strdup_printf ("%.2f", decision->totals[o]);
    }
  attach_row (self, row++, _("Weighted total (of 5)"), values, texts, BEST_HIGHEST);
}

static void
chart_draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer user_data)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (user_data);
  FhCostChartBar bars[FH_COST_CHART_MAX_BARS];
  guint          n_bars;

  if (self->store == NULL || self->decision == NULL)
    return;

  n_bars = MIN (self->decision->n_options, FH_COST_CHART_MAX_BARS);
  for (guint o = 0; o < n_bars; o++)
    {
      bars[o].name = fh_option_get_name (self->decision->options[o]);
      memcpy (bars[o].by_category, self->decision->tcos[o].by_category, sizeof bars[o].by_category);
    }

  fh_render_cost_chart (cr, width, height, bars, n_bars, currency (self), NULL);
}

/* Sensitivity --------------------------------------------------------------------- */

static char *
input_value_text (FhOptionsPage *self, FhSensitivityInput input, gint64 value)
{
  if (input == FH_SENSITIVITY_INPUT_HORIZON)
    return g_strdup_printf (ngettext ("%d year", "%d years", (int)value), (int)value);

  return fh_money_format (value, currency (self));
}

static const char *
option_name (FhOptionsPage *self, gint64 id)
{
  FhOption *option = fh_store_lookup (self->store, FH_COLLECTION_OPTIONS, id);

  return option != NULL ? fh_option_get_name (option) : "";
}

static void
update_sensitivity (FhOptionsPage *self)
{
  guint              selected = gtk_drop_down_get_selected (self->sensitivity_dropdown);
  FhSensitivityInput input;
  gint64             line = 0;
  FhPlanModels       models;
  FhBreakEven        result;
  GString           *text;
  g_autofree char   *low = NULL;
  g_autofree char   *high = NULL;
  g_autofree char   *current = NULL;

  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;
  if (selected == 0)
    input = FH_SENSITIVITY_INPUT_FTE_COST;
  else if (selected == 1)
    input = FH_SENSITIVITY_INPUT_HORIZON;
  else if (selected - 2 < self->sensitivity_lines->len)
    {
      input = FH_SENSITIVITY_INPUT_LINE_AMOUNT;
      line = g_array_index (self->sensitivity_lines, gint64, selected - 2);
    }
  else
    return;

  fh_store_get_models (self->store, &models);
  if (self->decision->n_options < 2 ||
      !fh_decision_sensitivity (&models, self->capability, input, line, &result))
    {
      gtk_label_set_text (
        self->sensitivity_label,
        _("Score at least two options to see where the recommendation would change."));
      return;
    }

  low = input_value_text (self, input, result.low);
  high = input_value_text (self, input, result.high);
  current = input_value_text (self, input, result.current);
  text = g_string_new (NULL);
  g_string_append_printf (text, _("“%s” stays recommended from %s to %s (today: %s)."),
                                   option_name (self, result.winner), low, high, current);
  if (result.flips_below)
    {
      g_autofree char *flip = input_value_text (self, input, result.low - 1);

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Break-even below: at %s “%s” takes over."), flip,
                                       option_name (self, result.below_winner));
    }
  if (result.flips_above)
    {
      g_autofree char *flip = input_value_text (self, input, result.high + 1);

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Break-even above: at %s “%s” takes over."), flip,
                                       option_name (self, result.above_winner));
    }
  if (!result.flips_below && !result.flips_above)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("No value in the allowed range changes it."));
    }

  gtk_label_set_text (self->sensitivity_label, text->str);
  g_string_free (text, TRUE);
}

static void
rebuild_sensitivity_inputs (FhOptionsPage *self)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  GString *shape = g_string_new (self->capability);
  guint    selected = gtk_drop_down_get_selected (self->sensitivity_dropdown);

  g_array_set_size (self->sensitivity_lines, 0);
  gtk_string_list_append (list, _("FTE cost (plan setting)"));
  gtk_string_list_append (list, _("Horizon (plan setting)"));

  for (guint o = 0; o < self->decision->n_options; o++)
    {
      FhOption *option = self->decision->options[o];
      g_autoptr (GPtrArray) lines = option_lines (self, fh_option_get_id (option));

      for (guint i = 0; i < lines->len; i++)
        {
          FhCostLine      *line = g_ptr_array_index (lines, i);
          gint64           id = fh_cost_line_get_id (line);
          const char      *what = fh_cost_line_get_description (line);
          g_autofree char *label = NULL;

          if (fh_cost_line_get_fte (line) > 0)
            continue;
          label =
            g_strdup_printf (_("%s: %s"), fh_option_get_name (option),
                                what[0] != '\0' ? what
                                : fh_cost_line_get_category (line) < FH_N_COST_CATEGORIES
                                  ? fh_cost_category_get_label (fh_cost_line_get_category (line))
                                  : "");
          gtk_string_list_append (list, label);
          g_array_append_val (self->sensitivity_lines, id);
          g_string_append_printf (shape, ",%s", label);
        }
    }

  if (g_strcmp0 (shape->str, self->sensitivity_shape) != 0)
    {
      g_free (self->sensitivity_shape);
      self->sensitivity_shape = g_string_free (shape, FALSE);
      self->updating = TRUE;
      gtk_drop_down_set_model (self->sensitivity_dropdown, G_LIST_MODEL (list));
      gtk_drop_down_set_selected (
        self->sensitivity_dropdown,
        selected < g_list_model_get_n_items (G_LIST_MODEL (list)) ? selected : 0);
      self->updating = FALSE;
    }
  else
    g_string_free (shape, TRUE);
}

static void
sensitivity_selected_cb (FhOptionsPage *self)
{
  if (self->updating || self->store == NULL || self->decision == NULL)
    return;
  update_sensitivity (self);
}

/* Criteria and settings ----------------------------------------------------------- */

static void
rebuild_settings (FhOptionsPage *self)
{
  static const struct
  {
    const char *property;
    const char *label;
    const char *hint;
    ParseKind   kind;
    double      min, max;
  } settings[] = {
    { "currency",
      N_("Currency"), N_("ISO 4217 code, such as EUR, USD or JPY"), PARSE_CURRENCY, 0, 0 },
      { "horizon-years",
        N_("Horizon"), N_("Years the total cost of ownership covers, 1–10"), PARSE_INT, 1, 10 },
        { "discount-rate",
          N_("Discount rate"),
              N_("Percent per year, 0–100; 0 leaves costs undiscounted"), PARSE_NUMBER, 0, 100 },
          { "fte-cost", N_("FTE cost"),
                            N_("Loaded yearly cost of one full-time person, for staff lines"),
                                PARSE_MONEY, 0, 0 },
          };
  GtkWidget *errors;

  clear_container (GTK_WIDGET (self->settings_grid));
  g_ptr_array_set_size (self->settings_fields, 0);
  if (self->store == NULL)
    return;

  errors = error_label_new ();
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      GtkWidget *label = gtk_label_new (_(settings[i].label));
      GtkWidget *hint = gtk_label_new (_(settings[i].hint));
      GtkWidget *entry = field_entry (self, self->settings_fields, PLAN_INFO_COLLECTION, 0, NULL,
                                      settings[i].property,
                                      _(settings[i].label), settings[i].kind, settings[i].min,
                                         settings[i].max, GTK_LABEL (errors), 12);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
      gtk_label_set_xalign (GTK_LABEL (hint), 0);
      gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
      gtk_widget_set_hexpand (hint, TRUE);
      gtk_widget_add_css_class (hint, "dim-label");
      gtk_grid_attach (self->settings_grid, label, 0, i, 1, 1);
      gtk_grid_attach (self->settings_grid, entry, 1, i, 1, 1);
      gtk_grid_attach (self->settings_grid, hint, 2, i, 1, 1);
    }
  gtk_grid_attach (self->settings_grid, errors, 0, G_N_ELEMENTS (settings), 3, 1);
}

static void
update_criteria (FhOptionsPage *self)
{
  FhDecision *decision = self->decision;
  GString    *shape = g_string_new (NULL);
  GtkWidget  *errors;

  for (guint c = 0; c < decision->n_criteria; c++)
    g_string_append_printf (shape, "%s,", fh_criterion_get_id (decision->criteria[c]));

  if (g_strcmp0 (shape->str, self->criteria_shape) == 0)
    {
      g_string_free (shape, TRUE);
      fields_update (self->settings_fields);
      for (guint c = 0; c < decision->n_criteria && c < self->weight_labels->len; c++)
        {
          g_autofree char *percent = g_strdup_printf ("= %.0f %%", decision->weights[c] * 100);

          gtk_label_set_text (g_ptr_array_index (self->weight_labels, c), percent);
        }
      return;
    }

  g_free (self->criteria_shape);
  self->criteria_shape = g_string_free (shape, FALSE);
  rebuild_settings (self);

  clear_container (GTK_WIDGET (self->criteria_grid));
  g_ptr_array_set_size (self->weight_labels, 0);
  errors = error_label_new ();
  for (guint c = 0; c < decision->n_criteria; c++)
    {
      FhCriterion     *criterion = decision->criteria[c];
      GtkWidget       *name = gtk_label_new (fh_criterion_get_name (criterion));
      GtkWidget       *note = gtk_label_new (fh_criterion_get_derived (criterion)
                                             ? _("scored from the costs")
                                             : fh_criterion_get_description (criterion));
      g_autofree char *percent = g_strdup_printf ("= %.0f %%", decision->weights[c] * 100);
      GtkWidget       *weight_label = gtk_label_new (percent);
      g_autofree char *entry_label =
        g_strdup_printf (_("Weight of “%s”"), fh_criterion_get_name (criterion));
      GtkWidget *entry = field_entry (self, self->settings_fields, FH_COLLECTION_CRITERIA, 0,
                                      fh_criterion_get_id (criterion), "weight",
                                      _("Weight"), PARSE_NUMBER, 0, 1000, GTK_LABEL (errors), 5);

      gtk_widget_set_tooltip_text (entry, entry_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      entry_label, -1);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_label_set_wrap (GTK_LABEL (note), TRUE);
      gtk_widget_set_hexpand (note, TRUE);
      gtk_widget_add_css_class (note, "dim-label");
      gtk_widget_add_css_class (weight_label, "numeric");
      gtk_grid_attach (self->criteria_grid, name, 0, c, 1, 1);
      gtk_grid_attach (self->criteria_grid, entry, 1, c, 1, 1);
      gtk_grid_attach (self->criteria_grid, weight_label, 2, c, 1, 1);
      gtk_grid_attach (self->criteria_grid, note, 3, c, 1, 1);
      g_ptr_array_add (self->weight_labels, weight_label);
    }
  gtk_grid_attach (self->criteria_grid, errors, 0, decision->n_criteria, 4, 1);
}

/* Capabilities, badge, refresh ---------------------------------------------------- */

static void
update_badge (FhOptionsPage *self)
{
  g_autoptr (GHashTable) chosen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *badge = NULL;

  if (self->store != NULL)
    {
      GListModel *options = fh_store_get_model (self->store, FH_COLLECTION_OPTIONS);

      for (guint i = 0; i < g_list_model_get_n_items (options); i++)
        {
          g_autoptr (FhOption) option = g_list_model_get_item (options, i);

          if (fh_option_get_chosen (option))
            g_hash_table_add (chosen, (gpointer)fh_option_get_capability (option));
        }
      badge = g_strdup_printf ("%u", g_hash_table_size (chosen));
    }

  if (g_strcmp0 (badge, self->badge) != 0)
    {
      g_free (self->badge);
      self->badge = g_steal_pointer (&badge);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE]);
    }
}

static void
update_capabilities (FhOptionsPage *self)
{
  GListModel *capabilities = fh_store_get_model (self->store, FH_COLLECTION_CAPABILITIES);
  GListModel *options = fh_store_get_model (self->store, FH_COLLECTION_OPTIONS);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  gboolean same;
  guint    selected = 0;
  guint    first_with_options = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (capabilities); i++)
    {
      g_autoptr (FhCapability) capability = g_list_model_get_item (capabilities, i);
      const char *id = fh_capability_get_id (capability);
      guint       n = 0;

      for (guint j = 0; j < g_list_model_get_n_items (options); j++)
        {
          g_autoptr (FhOption) option = g_list_model_get_item (options, j);

          n += g_strcmp0 (fh_option_get_capability (option), id) == 0;
        }
      if (n > 0 && first_with_options == G_MAXUINT)
        first_with_options = i;

      g_ptr_array_add (ids, g_strdup (id));
      g_ptr_array_add (names,
                       n > 0 ? g_strdup_printf (ngettext ("%s (%u option)", "%s (%u options)", n),
                                                fh_capability_get_name (capability), n)
                             : g_strdup (fh_capability_get_name (capability)));
    }

  same = names->len == (guint)g_list_model_get_n_items (G_LIST_MODEL (self->capability_names));
  for (guint i = 0; same && i < names->len; i++)
    same = g_strcmp0 (g_ptr_array_index (names, i),
                      gtk_string_list_get_string (self->capability_names, i)) == 0 &&
           g_strcmp0 (g_ptr_array_index (ids, i), g_ptr_array_index (self->capability_ids, i)) == 0;
  if (same)
    return;

  if (self->capability == NULL && ids->len > 0)
    self->capability =
      g_strdup (g_ptr_array_index (ids, first_with_options != G_MAXUINT ? first_with_options : 0));
  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), self->capability) == 0)
      selected = i;

  g_ptr_array_add (names, NULL);
  self->updating = TRUE;
  g_clear_pointer (&self->capability_ids, g_ptr_array_unref);
  self->capability_ids = g_steal_pointer (&ids);
  g_object_unref (self->capability_names);
  self->capability_names = gtk_string_list_new ((const char *const *)names->pdata);
  gtk_drop_down_set_model (self->capability_dropdown, G_LIST_MODEL (self->capability_names));
  gtk_drop_down_set_selected (self->capability_dropdown, selected);
  self->updating = FALSE;
}

static void
rebuild_examples (FhOptionsPage *self)
{
  g_autoptr (GPtrArray) offerings = NULL;
  g_autoptr (GError) error = NULL;

  clear_container (GTK_WIDGET (self->examples_list));
  if (self->capability == NULL)
    return;

  offerings = fh_offerings_load (self->capability, &error);
  if (offerings == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->examples_button), offerings->len > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->examples_button), offerings->len > 0
                               ? _("Start from an example offering for this capability")
                               : _("No example offerings for this capability"));
  for (guint i = 0; i < offerings->len; i++)
    {
      FhOption        *option = g_ptr_array_index (offerings, i);
      g_autofree char *text = g_strdup_printf ("%s (%s)", fh_option_get_name (option),
                                               kind_label (fh_option_get_kind (option)));
      GtkWidget       *row = gtk_list_box_row_new ();
      GtkWidget       *label = gtk_label_new (text);
      GtkWidget       *vendor = gtk_label_new (fh_option_get_vendor (option));
      GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_xalign (GTK_LABEL (vendor), 0);
      gtk_widget_add_css_class (vendor, "dim-label");
      gtk_widget_add_css_class (vendor, "caption");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), vendor);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data_full (G_OBJECT (row), "option", g_object_ref (option), g_object_unref);
      gtk_list_box_append (self->examples_list, row);
    }
}

static void
fh_options_page_refresh (FhOptionsPage *self)
{
  FhPlanModels     models;
  g_autofree char *shown_capability = NULL;

  if (self->disposing)
    return;

  update_badge (self);
  if (self->store == NULL)
    {
      g_clear_pointer (&self->decision, fh_decision_free);
      clear_container (GTK_WIDGET (self->option_flow));
      clear_container (GTK_WIDGET (self->editor_box));
      clear_container (GTK_WIDGET (self->compare_grid));
      clear_container (GTK_WIDGET (self->criteria_grid));
      clear_container (GTK_WIDGET (self->settings_grid));
      g_ptr_array_set_size (self->editor_fields, 0);
      g_ptr_array_set_size (self->settings_fields, 0);
      g_ptr_array_set_size (self->score_buttons, 0);
      g_ptr_array_set_size (self->weight_labels, 0);
      g_hash_table_remove_all (self->line_totals);
      g_clear_pointer (&self->editor_shape, g_free);
      g_clear_pointer (&self->criteria_shape, g_free);
      g_clear_pointer (&self->sensitivity_shape, g_free);
      gtk_widget_set_sensitive (GTK_WIDGET (self->add_entry), FALSE);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_entry), TRUE);
  shown_capability = g_strdup (self->capability);
  update_capabilities (self);
  if (g_strcmp0 (shown_capability, self->capability) != 0 || self->capability == NULL)
    rebuild_examples (self);
  if (self->capability == NULL)
    return;

  fh_store_get_models (self->store, &models);
  g_clear_pointer (&self->decision, fh_decision_free);
  self->decision = fh_decision_new (&models, self->capability, NULL);

  /* Keep the selected option if it still exists; otherwise the chosen one, the
   * recommended one or the first. */
  if (fh_decision_find_option (self->decision, self->option_id) < 0)
    {
      int o = self->decision->chosen >= 0        ? self->decision->chosen
              : self->decision->recommended >= 0 ? self->decision->recommended
                                                 : 0;

      self->option_id =
        self->decision->n_options > 0 ? fh_option_get_id (self->decision->options[o]) : 0;
    }

  self->updating = TRUE;
  rebuild_cards (self);
  self->updating = FALSE;
  update_editor (self);
  rebuild_compare (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
  rebuild_sensitivity_inputs (self);
  update_sensitivity (self);
  update_criteria (self);
}

static void
store_changed_cb (FhOptionsPage *self)
{
  fh_options_page_refresh (self);
}

static void
capability_selected_cb (FhOptionsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->capability_dropdown);

  if (self->updating || self->capability_ids == NULL || selected >= self->capability_ids->len)
    return;

  fh_options_page_set_capability (self, g_ptr_array_index (self->capability_ids, selected));
}

static void
add_option (FhOptionsPage *self, FhOption *option)
{
  g_autoptr (GError) error = NULL;

  if (!fh_store_add (self->store, option, &error))
    {
      gtk_label_set_text (self->add_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->add_error), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->add_entry), "error");
      return;
    }

  fh_options_page_set_option (self, fh_option_get_id (option));
}

static void
add_entry_activate_cb (FhOptionsPage *self, GtkEntry *entry)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr (FhOption) option = NULL;
  guint kind = gtk_drop_down_get_selected (self->add_kind_dropdown);

  if (self->store == NULL || self->capability == NULL)
    return;

  option = fh_option_new (self->capability, name);
  g_object_set (option, "kind", kind <= FH_OPTION_KIND_HYBRID ? (int)kind : 0, NULL);
  add_option (self, option);
  if (selected_option (self) != NULL && fh_option_get_id (option) == self->option_id)
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
add_entry_changed_cb (FhOptionsPage *self, GtkEntry *entry)
{
  gtk_widget_set_visible (GTK_WIDGET (self->add_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
}

static void
example_activated_cb (FhOptionsPage *self, GtkListBoxRow *row, GtkListBox *list)
{
  FhOption *example = g_object_get_data (G_OBJECT (row), "option");
  g_autoptr (FhOption) option = NULL;

  if (self->store == NULL || example == NULL)
    return;

  /* A fresh copy each time, so that the same example can be added twice. */
  option = fh_option_new (fh_option_get_capability (example), fh_option_get_name (example));
  g_object_set (option, "kind", fh_option_get_kind (example), "vendor",
                fh_option_get_vendor (example), "description", fh_option_get_description (example),
                NULL);
  gtk_menu_button_popdown (self->examples_button);
  add_option (self, option);
}

/* GObject ------------------------------------------------------------------------- */

static void
fh_options_page_dispose (GObject *object)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (object);

  self->disposing = TRUE;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_OPTIONS_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->decision, fh_decision_free);

  G_OBJECT_CLASS (fh_options_page_parent_class)->dispose (object);
}

static void
fh_options_page_finalize (GObject *object)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (object);

  g_free (self->capability);
  g_free (self->badge);
  g_free (self->editor_shape);
  g_free (self->criteria_shape);
  g_free (self->sensitivity_shape);
  g_clear_pointer (&self->capability_ids, g_ptr_array_unref);
  g_clear_object (&self->capability_names);
  g_array_unref (self->sensitivity_lines);
  g_ptr_array_unref (self->editor_fields);
  g_ptr_array_unref (self->settings_fields);
  g_ptr_array_unref (self->score_buttons);
  g_ptr_array_unref (self->weight_labels);
  g_hash_table_unref (self->line_totals);

  G_OBJECT_CLASS (fh_options_page_parent_class)->finalize (object);
}

static void
fh_options_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_BADGE:
      g_value_set_string (value, self->badge);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_options_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fh_options_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_options_page_class_init (FhOptionsPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_options_page_dispose;
  object_class->finalize = fh_options_page_finalize;
  object_class->get_property = fh_options_page_get_property;
  object_class->set_property = fh_options_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BADGE] = g_param_spec_string (
    "badge", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FhOptionsPage::add-toast:
   * @self: the page
   * @toast: the toast, to be shown by the window
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-options-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, capability_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, add_entry);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, add_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, examples_button);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, examples_list);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, add_error);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, option_flow);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, no_options_label);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, editor_box);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, compare_grid);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, chart);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, sensitivity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, sensitivity_label);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, settings_grid);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, criteria_grid);
  gtk_widget_class_bind_template_callback (widget_class, add_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, example_activated_cb);

  gtk_widget_class_install_action (widget_class, "options.add-line", NULL, add_line);
  gtk_widget_class_install_action (widget_class, "options.delete", NULL, delete_option);
  gtk_widget_class_install_action (widget_class, "options.choose", NULL, choose_option);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "options.add-line", NULL);
}

static void
fh_options_page_init (FhOptionsPage *self)
{
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (kind_labels ());

  gtk_widget_init_template (GTK_WIDGET (self));

  self->capability_names = gtk_string_list_new (NULL);
  self->sensitivity_lines = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->editor_fields = g_ptr_array_new ();
  self->settings_fields = g_ptr_array_new ();
  self->score_buttons = g_ptr_array_new ();
  self->weight_labels = g_ptr_array_new ();
  self->line_totals = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_drop_down_set_model (self->add_kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drawing_area_set_draw_func (self->chart, chart_draw_cb, self, NULL);
  g_signal_connect_swapped (self->capability_dropdown, "notify::selected",
                            G_CALLBACK (capability_selected_cb), self);
  g_signal_connect_swapped (self->sensitivity_dropdown, "notify::selected",
                            G_CALLBACK (sensitivity_selected_cb), self);

  fh_options_page_refresh (self);
}

GtkWidget *
fh_options_page_new (void)
{
  return g_object_new (FH_TYPE_OPTIONS_PAGE, NULL);
}

FhStore *
fh_options_page_get_store (FhOptionsPage *self)
{
  g_return_val_if_fail (FH_IS_OPTIONS_PAGE (self), NULL);

  return self->store;
}

/**
 * fh_options_page_set_store:
 * @store: (nullable): the plan to show
 */
void
fh_options_page_set_store (FhOptionsPage *self, FhStore *store)
{
  g_return_if_fail (FH_IS_OPTIONS_PAGE (self));
  g_return_if_fail (store == NULL || FH_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->capability, g_free);
  g_clear_pointer (&self->editor_shape, g_free);
  g_clear_pointer (&self->criteria_shape, g_free);
  g_clear_pointer (&self->sensitivity_shape, g_free);
  self->option_id = 0;
  if (store != NULL)
    g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);

  fh_options_page_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * fh_options_page_get_badge:
 *
 * Returns: (nullable): the number of capabilities with a chosen option, as text
 */
const char *
fh_options_page_get_badge (FhOptionsPage *self)
{
  g_return_val_if_fail (FH_IS_OPTIONS_PAGE (self), NULL);

  return self->badge;
}

const char *
fh_options_page_get_capability (FhOptionsPage *self)
{
  g_return_val_if_fail (FH_IS_OPTIONS_PAGE (self), NULL);

  return self->capability;
}

void
fh_options_page_set_capability (FhOptionsPage *self, const char *capability)
{
  g_return_if_fail (FH_IS_OPTIONS_PAGE (self));

  if (g_strcmp0 (self->capability, capability) == 0)
    return;

  g_free (self->capability);
  self->capability = g_strdup (capability);
  self->option_id = 0;
  if (self->capability_ids != NULL)
    for (guint i = 0; i < self->capability_ids->len; i++)
      if (g_strcmp0 (g_ptr_array_index (self->capability_ids, i), capability) == 0)
        {
          self->updating = TRUE;
          gtk_drop_down_set_selected (self->capability_dropdown, i);
          self->updating = FALSE;
        }
  rebuild_examples (self);
  fh_options_page_refresh (self);
}

gint64
fh_options_page_get_option (FhOptionsPage *self)
{
  g_return_val_if_fail (FH_IS_OPTIONS_PAGE (self), 0);

  return self->option_id;
}

void
fh_options_page_set_option (FhOptionsPage *self, gint64 option)
{
  g_return_if_fail (FH_IS_OPTIONS_PAGE (self));

  self->option_id = option;
  fh_options_page_refresh (self);
}
