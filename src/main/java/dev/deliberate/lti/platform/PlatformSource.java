package dev.deliberate.lti.platform;

/** Where a registration came from, so operators can tell seeded ones from hand-made ones. */
public enum PlatformSource {
    SEED_FILE, CONFIGURATION, ADMIN_API, DYNAMIC_REGISTRATION,
    /** Recorded by the V8 migration for data a registration deleted before then left behind; archived. */
    RECOVERED
}
