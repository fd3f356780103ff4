package dev.deliberate.demoplatform.course;

import java.util.List;

/** A member of the demo course, with the LIS context role the platform gives them. */
public record DemoPerson(String id, String givenName, String familyName, String locale, boolean teacher) {

    /** LIS 2 context membership roles, as full URIs (LTI 1.3 core, LIS vocabulary for context roles). */
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    public String name() {
        return givenName + " " + familyName;
    }

    public String email() {
        return id + "@demo.deliberate.invalid";
    }

    public List<String> roles() {
        return List.of(teacher ? INSTRUCTOR : LEARNER);
    }
}
