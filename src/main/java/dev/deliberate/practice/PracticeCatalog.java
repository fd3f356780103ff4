package dev.deliberate.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.deliberate.practice.spi.Curriculum;

/** What a teacher can choose from when setting up an assignment: the subjects, and each subject's skills and contexts. */
@Component
public class PracticeCatalog {

    private final Subjects subjects;
    private final PracticeProperties properties;

    PracticeCatalog(Subjects subjects, PracticeProperties properties) {
        this.subjects = subjects;
        this.properties = properties;
    }

    /** The subjects a teacher can choose, by id: the default ({@link #defaultSubject}) first. */
    public List<String> subjects() {
        return subjects.ids();
    }

    /** The subject of an assignment that names none. */
    public String defaultSubject() {
        return Subjects.MATH;
    }

    /** Whether {@code subject} is one a teacher can choose. */
    public boolean offers(String subject) {
        return subject != null && subjects.has(subject);
    }

    /** Every subject's offer, in the order of {@link #subjects}. */
    public Map<String, Offer> offers() {
        Map<String, Offer> offers = new LinkedHashMap<>();
        subjects.ids().forEach(id -> offers.put(id, offer(id)));
        return offers;
    }

    /** The subject's skills (teaching order), its default assignment, and its contexts. */
    public Offer offer(String subject) {
        Curriculum curriculum = subjects.get(subject).curriculum();
        return new Offer(curriculum.skills(), curriculum.assignment(), curriculum.contexts(), properties.minimumItems(),
                properties.targetScore());
    }

    /** Whether the subject's items review memory cards (spaced repetition), so retention per student means something. */
    public boolean schedulesCards(String subject) {
        return offers(subject) && subjects.get(subject).schedulesCards();
    }

    /** Every skill of the subject, for telling its learner-model entries from other subjects'. */
    public Set<String> skillsOf(String subject) {
        return Set.copyOf(subjects.get(subject).curriculum().skills());
    }

    /** The subject's skills as its engine knows them: teaching order, prerequisites, levels, topics. */
    public Curriculum curriculum(String subject) {
        return subjects.get(subject).curriculum();
    }

    /** A subject's choices, with the defaults a new assignment starts from. */
    public record Offer(List<String> skills, List<String> defaultSkills, List<String> contexts, int defaultMinimumItems,
            double defaultTargetScore) {
    }
}
