package dev.deliberate.practice;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** {@link SessionTimeMigrationTests} on the embedded H2 (MySQL mode). */
class SessionTimeMigrationOnH2Tests extends SessionTimeMigrationTests {

    private final DataSource dataSource = new SingleConnectionDataSource("jdbc:h2:mem:v17-" + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", true);

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
