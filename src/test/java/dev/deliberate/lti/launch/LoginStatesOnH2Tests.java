package dev.deliberate.lti.launch;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnH2;

/** {@link LoginStatesDatabaseTests} on the embedded H2. */
@DataLayerTest
@OnH2
@Import(LoginStates.class)
class LoginStatesOnH2Tests extends LoginStatesDatabaseTests {
}
