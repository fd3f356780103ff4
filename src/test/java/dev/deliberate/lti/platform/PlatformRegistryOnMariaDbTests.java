package dev.deliberate.lti.platform;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnMariaDb;

/** {@link PlatformRegistryDatabaseTests} on the real MariaDB service. */
@DataLayerTest
@OnMariaDb
@Import(PlatformRegistry.class)
class PlatformRegistryOnMariaDbTests extends PlatformRegistryDatabaseTests {
}
