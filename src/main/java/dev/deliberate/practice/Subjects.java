package dev.deliberate.practice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.deliberate.mastery.AssignmentSkills;
import dev.deliberate.mastery.Completion;
import dev.deliberate.practice.spi.Curriculum;
import dev.deliberate.practice.spi.PracticeSubject;

/** The subjects practice can run, by id, and what an assignment of each asks by default. */
@Component
class Subjects {

    static final String MATH = "math";

    private final Map<String, PracticeSubject> byId;
    private final List<String> ids;
    private final Map<String, AssignmentSkills> assignments;

    Subjects(List<PracticeSubject> subjects, PracticeProperties properties) {
        this.byId = subjects.stream().collect(Collectors.toUnmodifiableMap(PracticeSubject::id, Function.identity()));
        this.ids = byId.keySet().stream().sorted(Comparator.comparing((String id) -> !id.equals(MATH)).thenComparing(id -> id))
                .toList();
        this.assignments = subjects.stream().collect(Collectors.toUnmodifiableMap(PracticeSubject::id,
                subject -> assignmentOf(subject.curriculum(), properties)));
    }

    /** Every subject's id: math (the default) first, then the others alphabetically. */
    List<String> ids() {
        return ids;
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    PracticeSubject get(String id) {
        PracticeSubject subject = byId.get(id);
        if (subject == null) {
            throw new IllegalStateException("no practice subject " + id);
        }
        return subject;
    }

    /** The default assignment of a subject: its usual skills, to the configured completion. */
    AssignmentSkills assignment(String id) {
        get(id);
        return assignments.get(id);
    }

    private static AssignmentSkills assignmentOf(Curriculum curriculum, PracticeProperties properties) {
        return new AssignmentSkills(curriculum.assignment(), curriculum.prerequisites(), curriculum.levels(),
                new Completion(properties.targetScore(), properties.minimumItems()));
    }
}
