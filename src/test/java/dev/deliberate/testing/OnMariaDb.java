package dev.deliberate.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a data-layer test against the real MariaDB service (127.0.0.1:3306, root) through MySQL
 * Connector/J, in its own database {@code deliberate_test}. The schema is Flyway's, as in production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles("mariadb")
@TestPropertySource(properties = "spring.datasource.url=jdbc:mysql://127.0.0.1:3306/deliberate_test"
        + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true")
public @interface OnMariaDb {
}
