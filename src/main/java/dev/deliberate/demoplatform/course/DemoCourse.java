package dev.deliberate.demoplatform.course;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The demo platform's seeded class: "Algebra 1" with one teacher and thirty students, each with a
 * stable platform user id. Some students' LMS language is Spanish, to show the Spanish interface.
 */
public final class DemoCourse {

    public static final String CONTEXT_ID = "demo-course-algebra-1";
    public static final String TITLE = "Algebra 1";
    public static final String LABEL = "ALG-1";
    public static final String SEEDED_LINK_ID = "demo-link-linear-equations";
    public static final String SEEDED_LINK_TITLE = "Linear equations practice";

    public static final DemoPerson TEACHER = new DemoPerson("demo-teacher-1", "Elena", "Rivera", "en-US", true);

    private static final String[][] STUDENTS = {
        { "Amara", "Okafor", "en-US" }, { "Ben", "Hoffmann", "en-US" }, { "Camila", "Reyes", "es-MX" },
        { "Daniel", "Kim", "en-US" }, { "Elif", "Demir", "en-US" }, { "Finn", "O'Connor", "en-US" },
        { "Grace", "Nakamura", "en-US" }, { "Hugo", "Martínez", "es-ES" }, { "Isla", "MacLeod", "en-US" },
        { "Jamal", "Washington", "en-US" }, { "Kavya", "Iyer", "en-US" }, { "Leo", "Rossi", "en-US" },
        { "Maya", "Cohen", "en-US" }, { "Nikolai", "Petrov", "en-US" }, { "Olivia", "Brown", "en-US" },
        { "Pablo", "Fernández", "es-MX" }, { "Quinn", "Taylor", "en-US" }, { "Rosa", "Delgado", "es-MX" },
        { "Samir", "Haddad", "en-US" }, { "Tara", "Singh", "en-US" }, { "Umar", "Farouk", "en-US" },
        { "Valentina", "Gómez", "es-CO" }, { "Wei", "Zhang", "en-US" }, { "Ximena", "Torres", "es-MX" },
        { "Yusuf", "Aydın", "en-US" }, { "Zoe", "Papadopoulos", "en-US" }, { "Aiden", "Murphy", "en-US" },
        { "Bianca", "Costa", "en-US" }, { "Chidi", "Eze", "en-US" }, { "Dalia", "Mansour", "en-US" } };

    private static final List<DemoPerson> STUDENTS_LIST = IntStream.range(0, STUDENTS.length)
            .mapToObj(i -> new DemoPerson("demo-student-%02d".formatted(i + 1), STUDENTS[i][0], STUDENTS[i][1],
                    STUDENTS[i][2], false))
            .toList();

    private static final List<DemoPerson> MEMBERS = Stream.concat(Stream.of(TEACHER), STUDENTS_LIST.stream()).toList();

    private DemoCourse() {
    }

    /** Whether this is the id of the (only) demo course. */
    public static boolean exists(String courseId) {
        return CONTEXT_ID.equals(courseId);
    }

    public static List<DemoPerson> students() {
        return STUDENTS_LIST;
    }

    /** Everyone enrolled: the teacher first, then the students in roster order. */
    public static List<DemoPerson> members() {
        return MEMBERS;
    }

    public static Optional<DemoPerson> person(String id) {
        return MEMBERS.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
