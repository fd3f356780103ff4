package dev.deliberate.course;

/** {@link PersonalDataTests} on the embedded H2, as the whole application runs it by default. */
class PersonalDataOnH2Tests extends PersonalDataTests {
}
