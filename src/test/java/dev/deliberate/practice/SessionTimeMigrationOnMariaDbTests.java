package dev.deliberate.practice;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.deliberate.testing.MariaDbTestDatabase;

/** {@link SessionTimeMigrationTests} on the real MariaDB service, in a database of this checkout's own. */
class SessionTimeMigrationOnMariaDbTests extends SessionTimeMigrationTests {

    private final DataSource dataSource = new DriverManagerDataSource("jdbc:mysql://127.0.0.1:3306/"
            + MariaDbTestDatabase.name("deliberate_v17_") + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true",
            "root", "");

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
