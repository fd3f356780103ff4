package dev.deliberate.democlass;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;

/** With the setting off (as in every shared test context), nobody practises on start, and the demo page says so. */
class DemoClassOffTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoStudentsGetNoHistoriesAndThePageSaysSo() {
        String page = new LaunchClient(baseUrl, false).get("/demo").body();

        assertThat(page).contains("no practice history yet", "DELIBERATE_DEMO_CLASS_HISTORIES").doesNotContain("simulated learner");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM demo_class_run").query(Integer.class).single()).isZero();
    }
}
