package dev.deliberate.teacher;

import java.util.ArrayList;
import java.util.List;

import dev.deliberate.course.AssignmentSettings;
import dev.deliberate.lti.deeplinking.PendingDeepLink;
import dev.deliberate.practice.PracticeCatalog;

/**
 * The Deep Linking form as posted: bound by field name, checked before anything is stored. The
 * numbers are kept as typed, so that a typo comes back as a problem next to what the teacher wrote
 * instead of failing the binding.
 */
class AssignmentForm {

    static final int MAX_TITLE = 200;

    private String title;
    private String subject;
    private List<String> skills = new ArrayList<>();
    private String targetPercent;
    private String minimumItems;
    private List<String> contexts = new ArrayList<>();
    private boolean reflectionRequired;
    private boolean llmEnabled;

    static AssignmentForm defaults(PendingDeepLink pending, String subject, PracticeCatalog.Offer offer) {
        AssignmentForm form = new AssignmentForm();
        form.subject = subject;
        form.title = pending.title() == null || pending.title().isBlank() ? "Linear equations practice" : pending.title();
        form.skills = new ArrayList<>(offer.defaultSkills());
        form.targetPercent = Long.toString(Math.round(offer.defaultTargetScore() * 100));
        form.minimumItems = Integer.toString(offer.defaultMinimumItems());
        form.reflectionRequired = true;
        return form;
    }

    /** The settings of an assignment, as the settings page shows them. */
    static AssignmentForm of(AssignmentSettings settings) {
        AssignmentForm form = new AssignmentForm();
        form.title = settings.title();
        form.subject = settings.subject();
        form.skills = new ArrayList<>(settings.skills());
        form.targetPercent = Long.toString(Math.round(settings.targetScore() * 100));
        form.minimumItems = Integer.toString(settings.minimumItems());
        form.contexts = new ArrayList<>(settings.contexts());
        form.reflectionRequired = settings.reflectionRequired();
        form.llmEnabled = settings.llmEnabled();
        return form;
    }

    /** What is wrong with the form, as message codes; empty when it can be stored. */
    List<String> problems(PracticeCatalog.Offer offer) {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            problems.add("teacher.dl.problem.title");
        }
        problems.addAll(settingsProblems(offer));
        return problems;
    }

    /** What is wrong with the settings the settings page edits (everything but the name), as message codes. */
    List<String> settingsProblems(PracticeCatalog.Offer offer) {
        List<String> problems = new ArrayList<>();
        if (skills.isEmpty() || !offer.skills().containsAll(skills)) {
            problems.add("teacher.dl.problem.skills");
        }
        if (!within(number(targetPercent), 50, 100)) {
            problems.add("teacher.dl.problem.target");
        }
        if (!within(number(minimumItems), 1, 500)) {
            problems.add("teacher.dl.problem.minimum");
        }
        if (!offer.contexts().containsAll(contexts)) {
            problems.add("teacher.dl.problem.contexts");
        }
        else if (contexts.size() > offer.contexts().size()) {
            // each box can be ticked once: more values than the catalog has did not come from the form
            problems.add("teacher.dl.problem.contexts.repeated");
        }
        return problems;
    }

    /** The settings of a form without problems; skills and contexts once each, in the catalog's order. */
    AssignmentSettings settings(String subject, PracticeCatalog.Offer offer) {
        List<String> orderedSkills = offer.skills().stream().filter(skills::contains).toList();
        List<String> orderedContexts = offer.contexts().stream().filter(contexts::contains).toList();
        return new AssignmentSettings(title == null ? null : title.strip(), subject, orderedSkills, number(targetPercent) / 100.0, number(minimumItems),
                orderedContexts, reflectionRequired, llmEnabled);
    }

    /** A whole number as typed, or null when it is none (empty, letters, decimals, too many digits). */
    private static Integer number(String typed) {
        if (typed == null || !typed.strip().matches("[+-]?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(typed.strip());
    }

    private static boolean within(Integer value, int min, int max) {
        return value != null && value >= min && value <= max;
    }

    /** The subject chosen; null when the form did not send one (a client that predates subjects: the default). */
    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject == null || subject.isBlank() ? null : subject.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills == null ? new ArrayList<>() : skills;
    }

    public String getTargetPercent() {
        return targetPercent;
    }

    public void setTargetPercent(String targetPercent) {
        this.targetPercent = targetPercent;
    }

    public String getMinimumItems() {
        return minimumItems;
    }

    public void setMinimumItems(String minimumItems) {
        this.minimumItems = minimumItems;
    }

    public List<String> getContexts() {
        return contexts;
    }

    public void setContexts(List<String> contexts) {
        this.contexts = contexts == null ? new ArrayList<>() : contexts;
    }

    public boolean isReflectionRequired() {
        return reflectionRequired;
    }

    public void setReflectionRequired(boolean reflectionRequired) {
        this.reflectionRequired = reflectionRequired;
    }

    public boolean isLlmEnabled() {
        return llmEnabled;
    }

    public void setLlmEnabled(boolean llmEnabled) {
        this.llmEnabled = llmEnabled;
    }
}
