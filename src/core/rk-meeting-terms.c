/* rk-meeting-terms.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meeting-terms"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-meeting-terms.h"

/* Each list translates in its own context, so that a word such as
 * "Planned" can read 予定 for a meeting and 未着手 for a countermeasure.
 */

static const RkTerm kinds[] = {
  /* Translators: 一次連携: the base meets one profession or body */
  { "primary",       NC_("meeting kind", "Primary coordination (one profession)") },
  { "secondary",     NC_("meeting kind", "Secondary or tertiary coordination") },
  { "plenary",       NC_("meeting kind", "Plenary meeting") },
  { "working_group", NC_("meeting kind", "Working group meeting") },
  { "training",      NC_("meeting kind", "Meeting combined with training") },
};

static const RkTerm statuses[] = {
  { "planned",   NC_("meeting status", "Planned") },
  { "held",      NC_("meeting status", "Held") },
  { "cancelled", NC_("meeting status", "Cancelled") },
};

/* The guidebook's three steps of a meeting. */
static const RkTerm steps[] = {
  { "situation", NC_("agenda step", "Current situation") },
  { "issues",    NC_("agenda step", "Sorting out the issues") },
  { "measures",  NC_("agenda step", "Countermeasures") },
};

/* The guidebook's list of participants (参加者の例), in its order, with
 * the column each is counted in.
 */
static const struct {
  RkTerm            term;
  RkAttendanceGroup group;
} categories[] = {
  { { "prefecture",
      NC_("participant category", "Prefecture") },
    RK_ATTENDANCE_PREFECTURE },
  { { "municipality",
      NC_("participant category", "Municipality") },
    RK_ATTENDANCE_MUNICIPALITY },
  { { "public_health_center",
      NC_("participant category", "Public health center") },
    RK_ATTENDANCE_PUBLIC_HEALTH_CENTER },
  { { "fire",
      NC_("participant category", "Fire department") },
    RK_ATTENDANCE_FIRE },
  { { "medical_association",
      NC_("participant category", "Local medical association") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "dental_association",
      NC_("participant category", "Local dental association") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "pharmacist_association",
      NC_("participant category", "Local pharmacists’ association") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "nursing_association",
      NC_("participant category", "Prefectural nursing association") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "home_nursing_council",
      NC_("participant category", "Council of home-visit nursing stations") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "msw_association",
      NC_("participant category", "Association of medical social workers") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "pt_association",
      NC_("participant category", "Physical therapists’ association") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "ot_association",
      NC_("participant category", "Occupational therapists’ association") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "st_association",
      NC_("participant category", "Speech-language-hearing therapists’ association") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "dietitian_association",
      NC_("participant category", "Dietitians’ association") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "social_worker_association",
      NC_("participant category", "Certified social workers’ association") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "care_worker_association",
      NC_("participant category", "Certified care workers’ association") },
    RK_ATTENDANCE_MEDICAL_BODY },
  { { "core_medical_institution",
      NC_("participant category", "Medical institution with an active role in home care") },
    RK_ATTENDANCE_MEDICAL_INSTITUTION },
  { { "home_care_institution",
      NC_("participant category", "Medical institution providing home care (incl. dental)") },
    RK_ATTENDANCE_MEDICAL_INSTITUTION },
  { { "home_care_support_hospital",
      NC_("participant category", "Home-care support hospital") },
    RK_ATTENDANCE_MEDICAL_INSTITUTION },
  { { "home_care_support_clinic",
      NC_("participant category", "Home-care support clinic") },
    RK_ATTENDANCE_MEDICAL_INSTITUTION },
  { { "pharmacy",
      NC_("participant category", "Pharmacy") },
    RK_ATTENDANCE_MEDICAL_INSTITUTION },
  { { "home_nursing",
      NC_("participant category", "Home-visit nursing station") },
    RK_ATTENDANCE_MEDICAL_INSTITUTION },
  { { "nutrition_care_station",
      NC_("participant category", "Nutrition care station") },
    RK_ATTENDANCE_MEDICAL_INSTITUTION },
  { { "care_manager_association",
      NC_("participant category", "Local care managers’ association") },
    RK_ATTENDANCE_CARE_WELFARE },
  { { "social_welfare_council",
      NC_("participant category", "Council of social welfare") },
    RK_ATTENDANCE_CARE_WELFARE },
  { { "independence_council",
      NC_("participant category", "(Independence support) council") },
    RK_ATTENDANCE_CARE_WELFARE },
  { { "community_support",
      NC_("participant category", "Community general support center") },
    RK_ATTENDANCE_CARE_WELFARE },
  { { "care_management",
      NC_("participant category", "Home care support office") },
    RK_ATTENDANCE_CARE_WELFARE },
  { { "home_help",
      NC_("participant category", "Home-visit care office") },
    RK_ATTENDANCE_CARE_WELFARE },
  { { "care_facility",
      NC_("participant category", "Long-term care insurance facility") },
    RK_ATTENDANCE_CARE_WELFARE },
  { { "disability_consultation",
      NC_("participant category", "Disability consultation support office") },
    RK_ATTENDANCE_CARE_WELFARE },
  { { "core_consultation",
      NC_("participant category", "Core consultation support center") },
    RK_ATTENDANCE_CARE_WELFARE },
  { { "medical_care_child",
      NC_("participant category", "Support center for children needing medical care") },
    RK_ATTENDANCE_CARE_WELFARE },
  { { "disability_service",
      NC_("participant category", "Disability welfare service office") },
    RK_ATTENDANCE_CARE_WELFARE },
  { { "other",
      NC_("participant category", "Other") },
    RK_ATTENDANCE_OTHER },
};

static const RkTerm issue_statuses[] = {
  { "open",        NC_("issue status", "Open") },
  { "in_progress", NC_("issue status", "In progress") },
  { "resolved",    NC_("issue status", "Resolved") },
  { "dropped",     NC_("issue status", "Dropped") },
};

static const RkTerm priorities[] = {
  { "high",   NC_("priority", "High") },
  { "medium", NC_("priority", "Medium") },
  { "low",    NC_("priority", "Low") },
};

static const RkTerm action_statuses[] = {
  { "planned",     NC_("action status", "Not started") },
  { "in_progress", NC_("action status", "Under way") },
  { "done",        NC_("action status", "Done") },
  { "cancelled",   NC_("action status", "Cancelled") },
};

/* 事例② of the guidebook: one turn of this cycle per fiscal year. */
static const RkTerm stages[] = {
  { "extraction",     NC_("working group stage", "Finding the issues") },
  { "decision",       NC_("working group stage", "Deciding the measures") },
  { "implementation", NC_("working group stage", "Carrying them out") },
  { "evaluation",     NC_("working group stage", "Evaluation") },
  { "completed",      NC_("working group stage", "Cycle completed") },
};

static const char *attendance_groups[RK_N_ATTENDANCE_GROUPS] = {
  NC_("attendance column", "Prefecture"),
  NC_("attendance column", "Municipality"),
  NC_("attendance column", "Public health center"),
  NC_("attendance column", "Fire department"),
  NC_("attendance column", "Medical bodies"),
  NC_("attendance column", "Medical institutions"),
  NC_("attendance column", "Care and disability welfare"),
  NC_("attendance column", "Other"),
};

/* The guidebook's example agenda (議題の例), in its three steps, and the
 * disaster item that its 求められる事項 ① adds (災害時対応を含む連携上の課題).
 */
static const RkAgendaTemplateItem template[] = {
  { "situation", N_("Discharge support: how far the discharge support rules have been introduced"),
    RK_FUNCTION_DISCHARGE },
  { "situation", N_("Daily care at home: use of home-visit medical care, nursing, dental care, "
                    "pharmaceutical management, rehabilitation and nutrition guidance"),
    RK_FUNCTION_DAILY_CARE },
  { "situation", N_("Daily care at home: how the supply of medicines is organised "
                    "(including consultation and coordination)"),
    RK_FUNCTION_DAILY_CARE },
  { "situation", N_("Sudden change: 24-hour cover of each medical institution, by itself or "
                    "together with other institutions, pharmacies and home-visit nursing stations"),
    RK_FUNCTION_EMERGENCY },
  { "situation", N_("Sudden change: response to night, holiday and unscheduled visit orders, "
                    "and the supply of medicines"),
    RK_FUNCTION_EMERGENCY },
  { "situation", N_("End-of-life care: use of terminal care by home-visit nursing"),
    RK_FUNCTION_END_OF_LIFE },
  { "situation", N_("End-of-life care: supply of narcotics and other medicines and of medical "
                    "devices (including materials) needed for terminal care"),
    RK_FUNCTION_END_OF_LIFE },
  { "issues", N_("Why the discharge support rules are not being introduced or used"),
    RK_FUNCTION_DISCHARGE },
  { "issues", N_("Parts of the area where 24-hour home care has not been organised"),
    RK_FUNCTION_EMERGENCY },
  { "issues", N_("Issues in supplying medicines, including in sudden changes and around the clock"),
    RK_FUNCTION_EMERGENCY | RK_FUNCTION_DAILY_CARE },
  { "issues", N_("Coordination issues in responding to disasters"),
    RK_FUNCTION_DISASTER },
  { "measures", N_("Revising the discharge support rules and making them known"),
    RK_FUNCTION_DISCHARGE },
  { "measures", N_("Strengthening 24-hour home care"),
    RK_FUNCTION_EMERGENCY },
};

static const struct {
  const RkTerm *terms;
  gsize         stride;
  guint         n_terms;
  const char   *context;
} lists[RK_N_MEETING_TERM_LISTS] = {
  [RK_MEETING_TERMS_KIND]          = { kinds, sizeof (RkTerm), G_N_ELEMENTS (kinds), "meeting kind" },
  [RK_MEETING_TERMS_STATUS]        = { statuses, sizeof (RkTerm), G_N_ELEMENTS (statuses), "meeting status" },
  [RK_MEETING_TERMS_STEP]          = { steps, sizeof (RkTerm), G_N_ELEMENTS (steps), "agenda step" },
  [RK_MEETING_TERMS_CATEGORY]      = { &categories[0].term, sizeof categories[0],
                                       G_N_ELEMENTS (categories), "participant category" },
  [RK_MEETING_TERMS_ISSUE_STATUS]  = { issue_statuses, sizeof (RkTerm), G_N_ELEMENTS (issue_statuses),
                                       "issue status" },
  [RK_MEETING_TERMS_PRIORITY]      = { priorities, sizeof (RkTerm), G_N_ELEMENTS (priorities), "priority" },
  [RK_MEETING_TERMS_ACTION_STATUS] = { action_statuses, sizeof (RkTerm), G_N_ELEMENTS (action_statuses),
                                       "action status" },
  [RK_MEETING_TERMS_STAGE]         = { stages, sizeof (RkTerm), G_N_ELEMENTS (stages),
                                       "working group stage" },
};

/* The category list is an array of larger structs; every list is read
 * through its stride so that they can share one accessor.
 */
static const RkTerm *
term_at (RkMeetingTermList list,
         guint             i)
{
  return (const RkTerm *) ((const char *) lists[list].terms + i * lists[list].stride);
}

/**
 * rk_meeting_terms_get:
 * @n_terms: (out): the length of the list
 *
 * Returns: (transfer none) (array length=n_terms): the list; translate a
 *   label with rk_meeting_terms_translate()
 */
const RkTerm *
rk_meeting_terms_get (RkMeetingTermList  list,
                      guint             *n_terms)
{
  static RkTerm *category_terms;

  g_return_val_if_fail (list < RK_N_MEETING_TERM_LISTS, NULL);

  *n_terms = lists[list].n_terms;
  if (list != RK_MEETING_TERMS_CATEGORY)
    return lists[list].terms;

  /* The categories carry their column too: hand out plain RkTerms. */
  if (g_once_init_enter (&category_terms))
    {
      RkTerm *terms = g_new (RkTerm, G_N_ELEMENTS (categories));

      for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
        terms[i] = categories[i].term;
      g_once_init_leave (&category_terms, terms);
    }

  return category_terms;
}

/**
 * rk_meeting_terms_translate:
 *
 * Returns: the label of @term (an entry of @list) in the user's language
 */
const char *
rk_meeting_terms_translate (RkMeetingTermList  list,
                            const RkTerm      *term)
{
  g_return_val_if_fail (list < RK_N_MEETING_TERM_LISTS, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, lists[list].context, term->label);
}

/**
 * rk_meeting_terms_get_label:
 *
 * Returns: the translated label of @code, or @code itself when it is not
 *   one of the list's (a value the user typed)
 */
const char *
rk_meeting_terms_get_label (RkMeetingTermList  list,
                            const char        *code)
{
  g_return_val_if_fail (list < RK_N_MEETING_TERM_LISTS, code);

  if (code == NULL)
    return "";

  for (guint i = 0; i < lists[list].n_terms; i++)
    if (strcmp (term_at (list, i)->code, code) == 0)
      return rk_meeting_terms_translate (list, term_at (list, i));

  return code;
}

/**
 * rk_meeting_terms_get_context:
 *
 * Returns: the gettext context the list's labels are translated in
 */
const char *
rk_meeting_terms_get_context (RkMeetingTermList list)
{
  g_return_val_if_fail (list < RK_N_MEETING_TERM_LISTS, NULL);

  return lists[list].context;
}

gboolean
rk_meeting_terms_has_code (RkMeetingTermList  list,
                           const char        *code)
{
  g_return_val_if_fail (list < RK_N_MEETING_TERM_LISTS, FALSE);

  for (guint i = 0; code != NULL && i < lists[list].n_terms; i++)
    if (strcmp (term_at (list, i)->code, code) == 0)
      return TRUE;

  return FALSE;
}

/**
 * rk_participant_category_get_group:
 *
 * Returns: the attendance column a participant of @category is counted
 *   in; a category of the user's own, or none, counts as "other"
 */
RkAttendanceGroup
rk_participant_category_get_group (const char *category)
{
  for (guint i = 0; category != NULL && i < G_N_ELEMENTS (categories); i++)
    if (strcmp (categories[i].term.code, category) == 0)
      return categories[i].group;

  return RK_ATTENDANCE_OTHER;
}

const char *
rk_attendance_group_get_label (RkAttendanceGroup group)
{
  g_return_val_if_fail (group < RK_N_ATTENDANCE_GROUPS, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "attendance column", attendance_groups[group]);
}

static gboolean
contains (const char *haystack,
          const char *needle)
{
  return haystack != NULL && strstr (haystack, needle) != NULL;
}

/**
 * rk_participant_category_for_organization:
 * @kind: the organisation's RK_TERMS_ORGANIZATION_KIND code
 * @subkind: (nullable): its 施設種別 or 団体の種類
 * @name: (nullable): its name
 *
 * Guesses the participant category of someone from an organisation, so
 * that picking 「さくら市医師会」 files them under 地域医師会. The user can
 * change it.
 *
 * Returns: a category code
 */
const char *
rk_participant_category_for_organization (const char *kind,
                                          const char *subkind,
                                          const char *name)
{
  static const struct {
    const char *word;
    const char *category;
  } bodies[] = {
    /* Longest first: 歯科医師会 also contains 医師会. */
    { "歯科医師会", "dental_association" },
    { "薬剤師会", "pharmacist_association" },
    { "医師会", "medical_association" },
    { "訪問看護ステーション連絡協議会", "home_nursing_council" },
    { "看護協会", "nursing_association" },
    { "ソーシャルワーカー", "msw_association" },
    { "理学療法士会", "pt_association" },
    { "作業療法士会", "ot_association" },
    { "言語聴覚士会", "st_association" },
    { "栄養士会", "dietitian_association" },
    { "社会福祉士会", "social_worker_association" },
    { "介護福祉士会", "care_worker_association" },
    { "介護支援専門員", "care_manager_association" },
    { "ケアマネ", "care_manager_association" },
    { "社会福祉協議会", "social_welfare_council" },
    { "自立支援協議会", "independence_council" },
  };
  static const struct {
    const char *kind;
    const char *category;
  } by_kind[] = {
    { "hospital", "home_care_institution" },
    { "clinic", "home_care_institution" },
    { "dental_clinic", "home_care_institution" },
    { "pharmacy", "pharmacy" },
    { "home_nursing", "home_nursing" },
    { "home_rehabilitation", "home_care_institution" },
    { "nutrition_care_station", "nutrition_care_station" },
    { "care_facility", "care_facility" },
    { "care_management", "care_management" },
    { "home_help", "home_help" },
    { "disability_service", "disability_service" },
    { "community_support", "community_support" },
    { "disability_consultation", "disability_consultation" },
    { "fire_department", "fire" },
  };

  if (g_strcmp0 (kind, "association") == 0 || g_strcmp0 (kind, "other") == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
        if (contains (subkind, bodies[i].word) || contains (name, bodies[i].word))
          return bodies[i].category;
      return "other";
    }

  if (g_strcmp0 (kind, "government") == 0)
    {
      if (contains (subkind, "保健所") || contains (name, "保健所"))
        return "public_health_center";
      /* 「青葉県 健康福祉部」, 「北海道庁」: a name that starts with a prefecture. */
      if (contains (subkind, "都道府県") ||
          (name != NULL && g_regex_match_simple ("^\\S*[都道府県](\\s|庁|$)", name, 0, 0)))
        return "prefecture";
      if (contains (subkind, "消防") || contains (name, "消防"))
        return "fire";
      return "municipality";
    }

  for (guint i = 0; i < G_N_ELEMENTS (by_kind); i++)
    if (g_strcmp0 (kind, by_kind[i].kind) == 0)
      {
        if (g_str_equal (by_kind[i].kind, "clinic") && contains (subkind, "在宅療養支援診療所"))
          return "home_care_support_clinic";
        if (g_str_equal (by_kind[i].kind, "hospital") && contains (subkind, "在宅療養支援病院"))
          return "home_care_support_hospital";
        return by_kind[i].category;
      }

  return "other";
}

/**
 * rk_agenda_template_get:
 * @n_items: (out): the number of items
 *
 * Returns: (transfer none): the guidebook's example agenda
 */
const RkAgendaTemplateItem *
rk_agenda_template_get (guint *n_items)
{
  *n_items = G_N_ELEMENTS (template);
  return template;
}

/**
 * rk_meeting_step_get_index:
 *
 * Returns: 0, 1 or 2 for the three steps in order, 0 for anything else
 */
int
rk_meeting_step_get_index (const char *step)
{
  for (guint i = 0; step != NULL && i < G_N_ELEMENTS (steps); i++)
    if (strcmp (steps[i].code, step) == 0)
      return i;

  return 0;
}

/* 未着手 and 対応中 issues stay on the register's agenda. */
gboolean
rk_issue_status_is_open (const char *status)
{
  return g_strcmp0 (status, "open") == 0 || g_strcmp0 (status, "in_progress") == 0;
}

gboolean
rk_action_status_is_open (const char *status)
{
  return g_strcmp0 (status, "planned") == 0 || g_strcmp0 (status, "in_progress") == 0;
}
