/* fh-use-case-needs.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-use-case-needs.h"

#include "fh-capability.h"
#include "fh-enums.h"
#include "fh-feedback.h"
#include "fh-model.h"
#include "fh-needs.h"
#include "fh-pipeline.h"
#include "fh-quarter.h"
#include "fh-record-form.h"
#include "fh-section.h"
#include "fh-use-case.h"
#include "fh-value.h"

/* The part of a use case's detail that says what it takes to go live: its go-live
 * quarter, its models (serving, retraining, monitoring) and pipelines, the stage each
 * capability must reach (fh_needs_for_use_case()), whether it is blocked, and what it
 * is worth (fh_value_use_case()). */
struct _FhUseCaseNeeds
{
  AdwBin parent_instance;

  FhStore *store;
  gint64   use_case;
  GArray  *model_ids;    /* gint64: the model forms shown, in order */
  GArray  *pipeline_ids; /* gint64 */
  guint    n_needs;

  GtkEntry *go_live;
  GtkLabel *go_live_error;
  GtkLabel *status;
  GtkLabel *value;
  GtkBox   *models_box;
  GtkBox   *pipelines_box;
  GtkGrid  *needs_grid;
  GtkLabel *needs_empty;
};

G_DEFINE_FINAL_TYPE (FhUseCaseNeeds, fh_use_case_needs, ADW_TYPE_BIN)

static void
toast (FhUseCaseNeeds *self, const char *text, gboolean undo)
{
  GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), FH_TYPE_SECTION);

  if (section != NULL)
    fh_section_toast (FH_SECTION (section), text, undo);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-4");
  gtk_widget_set_margin_top (label, 12);
  return label;
}

static GtkWidget *
plain_label (const char *text, gboolean dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GPtrArray *
records_of (FhUseCaseNeeds *self, FhCollection collection)
{
  GListModel *list = fh_store_get_model (self->store, collection);
  guint       n = g_list_model_get_n_items (list);
  GPtrArray  *mine = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      GObject *record = g_list_model_get_item (list, i);
      gint64   owner = 0, id = 0;

      g_object_get (record, "use-case", &owner, "id", &id, NULL);
      if (owner == self->use_case)
        g_ptr_array_add (mine, record);
      else
        g_object_unref (record);
    }

  return mine;
}

/* TRUE when @records are the ones @ids says are shown: then the forms stay, and a
 * field being edited keeps its focus. */
static gboolean
same_records (GPtrArray *records, GArray *ids)
{
  if (records->len != ids->len)
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    {
      gint64 id = 0;

      g_object_get (records->pdata[i], "id", &id, NULL);
      if (id != g_array_index (ids, gint64, i))
        return FALSE;
    }
  return TRUE;
}

static void
delete_clicked_cb (GtkButton *button, FhUseCaseNeeds *self)
{
  gpointer record = g_object_get_data (G_OBJECT (button), "record");
  gboolean is_model = FH_IS_MODEL (record);
  g_autoptr (GError) error = NULL;

  if (!fh_store_remove (self->store, record, &error))
    {
      toast (self, error->message, FALSE);
      return;
    }
  toast (self, is_model ? _("Model deleted") : _("Pipeline deleted"), TRUE);
}

static GtkWidget *
record_card (FhUseCaseNeeds *self, gpointer record, const char *delete_name)
{
  GtkWidget    *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget    *form = fh_record_form_new ();
  GtkWidget    *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  FhRecordForm *f = FH_RECORD_FORM (form);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "metric-card");
  gtk_widget_set_tooltip_text (remove, delete_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  delete_name, -1);
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data_full (G_OBJECT (remove), "record", g_object_ref (record), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (delete_clicked_cb), self);
  gtk_box_append (GTK_BOX (card), remove);

  if (FH_IS_MODEL (record))
    {
      g_auto (GStrv) serving = fh_enum_get_labels (FH_TYPE_SERVING_MODE);
      g_auto (GStrv) retraining = fh_enum_get_labels (FH_TYPE_RETRAINING);

      fh_record_form_add_text (f, "name", NULL, FALSE);
      fh_record_form_add_choice (f, "serving", NULL, 0, (const char *const *)serving);
      fh_record_form_add_choice (f, "retraining", NULL, 0, (const char *const *)retraining);
      fh_record_form_add_text (f, "watched", NULL, TRUE);
      fh_record_form_add_text (f, "alerted", NULL, FALSE);
      fh_record_form_add_text (f, "response", NULL, TRUE);
    }
  else
    {
      g_auto (GStrv) kinds = fh_enum_get_labels (FH_TYPE_PIPELINE_KIND);

      fh_record_form_add_text (f, "name", NULL, FALSE);
      fh_record_form_add_choice (f, "kind", NULL, 0, (const char *const *)kinds);
    }
  fh_record_form_set_record (f, self->store, record);
  gtk_box_append (GTK_BOX (card), form);

  return card;
}

static void
refresh_forms (FhUseCaseNeeds *self, FhCollection collection, GtkBox *box, GArray *ids)
{
  g_autoptr (GPtrArray) records = records_of (self, collection);
  const char *delete_name =
    collection == FH_COLLECTION_MODELS ? _("Delete model") : _("Delete pipeline");

  if (same_records (records, ids))
    return;

  clear_box (box);
  g_array_set_size (ids, 0);
  for (guint i = 0; i < records->len; i++)
    {
      gint64 id = 0;

      g_object_get (records->pdata[i], "id", &id, NULL);
      g_array_append_val (ids, id);
      gtk_box_append (box, record_card (self, records->pdata[i], delete_name));
    }
}

static char *
reached_text (const FhNeed *need)
{
  g_autofree char *quarter = NULL;

  if (need->reached == 0)
    return g_strdup (_("reached already"));
  if (need->reached == FH_NEEDS_NEVER)
    return g_strdup (_("not planned"));

  quarter = fh_quarter_format (need->reached);
  /* Translators: the roadmap reaches a stage by the end of a quarter, e.g. "by 2027-Q3" */
  return g_strdup_printf (_("by %s"), quarter);
}

static void
refresh_needs (FhUseCaseNeeds *self, const FhPlanModels *models, FhUseCase *use_case)
{
  g_autoptr (GArray) needs = fh_needs_for_use_case (models, self->use_case);
  GListModel              *caps = models->models[FH_COLLECTION_CAPABILITIES];
  int                      ready = fh_needs_ready_quarter (needs);
  int                      go_live = fh_use_case_get_go_live_quarter (use_case);
  g_autofree char         *status = NULL;
  static const char *const titles[] = { N_("Capability"), N_("Stage"), N_("Roadmap") };
  GtkWidget               *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->needs_grid))) != NULL)
    gtk_grid_remove (self->needs_grid, child);
  self->n_needs = needs->len;
  gtk_widget_set_visible (GTK_WIDGET (self->needs_empty), needs->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->needs_grid), needs->len > 0);
  for (guint c = 0; c < G_N_ELEMENTS (titles) && needs->len > 0; c++)
    {
      GtkWidget *title = plain_label (_(titles[c]), FALSE);

      gtk_widget_add_css_class (title, "caption-heading");
      gtk_grid_attach (self->needs_grid, title, c, 0, 1, 1);
    }

  for (guint i = 0; i < needs->len; i++)
    {
      const FhNeed    *need = &g_array_index (needs, FhNeed, i);
      g_autofree char *reached = reached_text (need);
      const char      *name = need->capability;
      GtkWidget       *cells[4];
      int              row = 1 + 2 * i;

      for (guint c = 0; c < g_list_model_get_n_items (caps); c++)
        {
          g_autoptr (FhCapability) cap = g_list_model_get_item (caps, c);

          if (g_strcmp0 (fh_capability_get_id (cap), need->capability) == 0)
            {
              name = g_intern_string (fh_capability_get_name (cap));
              break;
            }
        }
      cells[0] = plain_label (name, FALSE);
      cells[1] = plain_label (fh_stage_get_label (need->stage), FALSE);
      cells[2] = plain_label (reached, FALSE);
      cells[3] = plain_label (need->reason, TRUE);
      if (need->reached == FH_NEEDS_NEVER)
        gtk_widget_add_css_class (cells[2], "warning");
      /* the reason under its row, across it: a narrow detail keeps it readable */
      for (guint c = 0; c < 3; c++)
        gtk_grid_attach (self->needs_grid, cells[c], c, row, 1, 1);
      gtk_widget_add_css_class (cells[3], "caption");
      gtk_widget_set_margin_bottom (cells[3], 6);
      gtk_grid_attach (self->needs_grid, cells[3], 0, row + 1, 3, 1);
    }

  if (fh_use_case_get_status (use_case) == FH_USE_CASE_STATUS_LIVE)
    status = g_strdup (_("Live."));
  else if (needs->len == 0)
    status = g_strdup (_("Nothing to go live with yet: it names no model."));
  else if (ready == FH_NEEDS_NEVER)
    status = g_strdup (_("Blocked: the roadmap does not reach every stage it needs."));
  else if (ready == 0)
    status = g_strdup (_("Ready: every stage it needs is reached."));
  else
    {
      g_autofree char *quarter = fh_quarter_format (ready);

      status =
        g_strdup_printf (_("Blocked until %s, when the roadmap reaches what it needs."), quarter);
    }
  if (go_live != 0 && (ready == FH_NEEDS_NEVER || ready > go_live) &&
      fh_use_case_get_status (use_case) != FH_USE_CASE_STATUS_LIVE)
    {
      g_autofree char *quarter = fh_quarter_format (go_live);
      g_autofree char *late =
        g_strdup_printf (_("%s It cannot go live in %s as planned."), status, quarter);

      g_free (status);
      status = g_steal_pointer (&late);
    }
  gtk_label_set_text (self->status, status);
}

static void
refresh (FhUseCaseNeeds *self)
{
  FhUseCase       *use_case;
  FhPlanModels     models;
  FhValueRange     value;
  g_autofree char *range = NULL;
  g_autofree char *value_text = NULL;
  const char      *currency;

  if (self->store == NULL || self->use_case == 0)
    return;
  use_case = fh_store_lookup (self->store, FH_COLLECTION_USE_CASES, self->use_case);
  if (use_case == NULL)
    return;

  fh_store_get_models (self->store, &models);
  if (!gtk_widget_has_focus (GTK_WIDGET (self->go_live)) &&
      !gtk_widget_is_focus (GTK_WIDGET (self->go_live)))
    {
      g_autofree char *quarter = fh_use_case_get_go_live_quarter (use_case) != 0
                                   ? fh_quarter_format (fh_use_case_get_go_live_quarter (use_case))
                                   : g_strdup ("");

      gtk_editable_set_text (GTK_EDITABLE (self->go_live), quarter);
    }

  currency = fh_plan_info_get_currency (models.info);
  fh_value_use_case (&models, self->use_case, &value);
  range = fh_value_format_range (&value, currency);
  if (value.high == 0)
    value_text = g_strdup (_("No value estimated yet: give its metrics a value per unit."));
  else
    /* Translators: the expected yearly value of a use case, a range of money */
    value_text = g_strdup_printf (_("Expected value: %s a year once live."), range);
  gtk_label_set_text (self->value, value_text);

  refresh_forms (self, FH_COLLECTION_MODELS, self->models_box, self->model_ids);
  refresh_forms (self, FH_COLLECTION_PIPELINES, self->pipelines_box, self->pipeline_ids);
  refresh_needs (self, &models, use_case);
}

static void
go_live_activate_cb (GtkEntry *entry, FhUseCaseNeeds *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  FhUseCase *use_case = fh_store_lookup (self->store, FH_COLLECTION_USE_CASES, self->use_case);
  int        quarter = 0;
  g_autoptr (GError) error = NULL;

  if (use_case == NULL)
    return;
  if (*text != '\0' && !fh_quarter_parse (text, &quarter))
    {
      fh_show_field_error (self->go_live_error, GTK_WIDGET (entry),
                           _("Type a quarter such as 2028-Q1, or leave it empty."));
      return;
    }
  fh_show_field_error (self->go_live_error, GTK_WIDGET (entry), NULL);
  if (quarter == fh_use_case_get_go_live_quarter (use_case))
    return;
  if (!fh_store_set (self->store, use_case, &error, "go-live-quarter", quarter, NULL))
    fh_show_field_error (self->go_live_error, GTK_WIDGET (entry), error->message);
}

static void
add_clicked_cb (GtkButton *button, FhUseCaseNeeds *self)
{
  gboolean is_model = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "model"));
  g_autoptr (GObject) record = NULL;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL || self->use_case == 0)
    return;
  record = is_model ? G_OBJECT (fh_model_new (self->use_case, _("New model")))
                    : G_OBJECT (fh_pipeline_new (self->use_case, _("New pipeline")));
  if (!fh_store_add (self->store, record, &error))
    toast (self, error->message, FALSE);
}

static GtkWidget *
add_button (FhUseCaseNeeds *self, const char *label, gboolean model)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (button), "model", GINT_TO_POINTER (model));
  g_signal_connect (button, "clicked", G_CALLBACK (add_clicked_cb), self);
  return button;
}

static void
fh_use_case_needs_dispose (GObject *object)
{
  FhUseCaseNeeds *self = FH_USE_CASE_NEEDS (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fh_use_case_needs_parent_class)->dispose (object);
}

static void
fh_use_case_needs_finalize (GObject *object)
{
  FhUseCaseNeeds *self = FH_USE_CASE_NEEDS (object);

  g_array_unref (self->model_ids);
  g_array_unref (self->pipeline_ids);

  G_OBJECT_CLASS (fh_use_case_needs_parent_class)->finalize (object);
}

static void
fh_use_case_needs_class_init (FhUseCaseNeedsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fh_use_case_needs_dispose;
  object_class->finalize = fh_use_case_needs_finalize;
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fh_use_case_needs_init (FhUseCaseNeeds *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *go_live_label = heading (_("Go-live quarter"));

  self->model_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pipeline_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->go_live = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->go_live, _("e.g. 2028-Q1"));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->go_live),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, go_live_label, NULL, -1);
  g_signal_connect (self->go_live, "activate", G_CALLBACK (go_live_activate_cb), self);
  self->go_live_error = GTK_LABEL (plain_label ("", FALSE));
  gtk_widget_add_css_class (GTK_WIDGET (self->go_live_error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->go_live_error), FALSE);
  self->status = GTK_LABEL (plain_label ("", FALSE));
  gtk_widget_add_css_class (GTK_WIDGET (self->status), "needs-status");
  self->value = GTK_LABEL (plain_label ("", FALSE));
  self->models_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  self->pipelines_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  self->needs_grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->needs_grid, 12);
  gtk_grid_set_row_spacing (self->needs_grid, 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->needs_grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Stages the use case needs to go live"), -1);
  self->needs_empty =
    GTK_LABEL (plain_label (_("Add the models it needs to see what it takes to go live."), TRUE));

  gtk_box_append (GTK_BOX (box), heading (_("Going live")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->value));
  gtk_box_append (GTK_BOX (box), go_live_label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->go_live));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->go_live_error));
  gtk_box_append (GTK_BOX (box), heading (_("Needs")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->needs_empty));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->needs_grid));
  gtk_box_append (GTK_BOX (box), heading (_("Models")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->models_box));
  gtk_box_append (GTK_BOX (box), add_button (self, _("Add Model"), TRUE));
  gtk_box_append (GTK_BOX (box), heading (_("Pipelines")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->pipelines_box));
  gtk_box_append (GTK_BOX (box), add_button (self, _("Add Pipeline"), FALSE));

  adw_bin_set_child (ADW_BIN (self), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What the use case needs to go live"), -1);
}

GtkWidget *
fh_use_case_needs_new (void)
{
  return g_object_new (FH_TYPE_USE_CASE_NEEDS, NULL);
}

/**
 * fh_use_case_needs_set_use_case:
 * @store: (nullable): the open plan
 * @use_case: the use case shown, 0 for none
 */
void
fh_use_case_needs_set_use_case (FhUseCaseNeeds *self, FhStore *store, gint64 use_case)
{
  g_return_if_fail (FH_IS_USE_CASE_NEEDS (self));

  if (store != self->store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_swapped (store, "changed", G_CALLBACK (refresh), self);
    }
  if (use_case != self->use_case)
    {
      self->use_case = use_case;
      g_array_set_size (self->model_ids, 0);
      g_array_set_size (self->pipeline_ids, 0);
      clear_box (self->models_box);
      clear_box (self->pipelines_box);
      gtk_editable_set_text (GTK_EDITABLE (self->go_live), "");
      fh_show_field_error (self->go_live_error, GTK_WIDGET (self->go_live), NULL);
    }
  refresh (self);
}

const char *
fh_use_case_needs_get_status_text (FhUseCaseNeeds *self)
{
  return gtk_label_get_text (self->status);
}

guint
fh_use_case_needs_get_n_needs (FhUseCaseNeeds *self)
{
  return self->n_needs;
}
