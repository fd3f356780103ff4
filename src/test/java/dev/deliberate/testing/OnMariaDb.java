package dev.deliberate.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a data-layer test against the real MariaDB service (127.0.0.1:3306, root) through MySQL
 * Connector/J, in a database of this checkout's own (see {@link MariaDbTestDatabase}). The schema is
 * Flyway's, as in production, migrated from empty for each test context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles("mariadb")
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
public @interface OnMariaDb {
}
