package dev.deliberate.lti.launch;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnMariaDb;

/** {@link LoginStatesDatabaseTests} on the real MariaDB service. */
@DataLayerTest
@OnMariaDb
@Import(LoginStates.class)
class LoginStatesOnMariaDbTests extends LoginStatesDatabaseTests {
}
