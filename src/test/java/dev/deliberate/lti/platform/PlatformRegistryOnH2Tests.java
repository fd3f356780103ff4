package dev.deliberate.lti.platform;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnH2;

/** {@link PlatformRegistryDatabaseTests} on the embedded H2. */
@DataLayerTest
@OnH2
@Import(PlatformRegistry.class)
class PlatformRegistryOnH2Tests extends PlatformRegistryDatabaseTests {
}
