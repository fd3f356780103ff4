package dev.deliberate.lti.platform;

/** {@link RegistrationDataTests} on the embedded H2, as the whole application runs it by default. */
class RegistrationDataOnH2Tests extends RegistrationDataTests {
}
