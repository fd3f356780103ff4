package dev.deliberate.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * How often a launch goes to the database: every statement, commit and switch of autocommit the
 * request threads send, counted at the JDBC connection. A returning student's launch is the common
 * one (thirty of them at the start of a lesson); its round trips are the launch's floor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(LaunchRoundTripsTests.Counting.class)
class LaunchRoundTripsTests extends IntegrationTestSupport {

    /**
     * The login's state (1); the state read (1); the launch's transaction: begin, state consumed,
     * person, course, link and membership read at once, membership touched, commit, autocommit back
     * (6); the landing's practice session and skills (2).
     */
    private static final int RETURNING_STUDENT = 10;

    @Autowired
    PlatformRegistry registry;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform lms;

    @BeforeAll
    void register() {
        lms = TestPlatform.create(clock);
        registry.save(lms.settings(), PlatformSource.ADMIN_API);
    }

    @AfterAll
    void stop() {
        lms.close();
    }

    @Test
    void aReturningStudentsLaunchTakesTenRoundTripsToTheDatabase() {
        int first = Counting.during(() -> assertThat(launch("student-rt").body()).contains("id=\"student-home\""));
        int again = Counting.during(() -> assertThat(launch("student-rt").body()).contains("id=\"student-home\""));

        assertThat(first).as("the first launch creates the person, course, link, membership and practice session")
                .isGreaterThan(again);
        assertThat(again).as("round trips of a returning student's launch: login and launch requests together")
                .isLessThanOrEqualTo(RETURNING_STUDENT);
    }

    private Reply launch(String subject) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByPost(Map.of("iss", lms.issuer(), "login_hint", subject, "target_link_uri",
                baseUrl + "/lti/launch", "client_id", lms.clientId(), "lti_deployment_id", lms.deployment()));
        Reply home = browser.launch(lms.sign(lms.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(subject).build()),
                login.state());
        assertThat(home.status()).isEqualTo(200);
        return home;
    }

    /** Wraps the pool so that every round trip a request thread makes is counted. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        private static final AtomicInteger ROUND_TRIPS = new AtomicInteger();
        private static final Set<String> STATEMENT_CALLS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
                "executeBatch", "executeLargeBatch");
        private static final Set<String> CONNECTION_CALLS = Set.of("commit", "rollback", "setAutoCommit");

        static int during(Runnable work) {
            int before = ROUND_TRIPS.get();
            work.run();
            return ROUND_TRIPS.get() - before;
        }

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && name.equals("dataSource") ? new CountingDataSource(dataSource) : bean;
                }
            };
        }

        private static final class CountingDataSource extends DelegatingDataSource {

            CountingDataSource(DataSource target) {
                super(target);
            }

            @Override
            public Connection getConnection() throws SQLException {
                return counted(Connection.class, super.getConnection(), CONNECTION_CALLS);
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return counted(Connection.class, super.getConnection(username, password), CONNECTION_CALLS);
            }
        }

        private static <T> T counted(Class<T> type, T target, Set<String> roundTrips) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (roundTrips.contains(method.getName()) && Thread.currentThread().getName().startsWith("http-nio")) {
                    ROUND_TRIPS.incrementAndGet();
                }
                Object result;
                try {
                    result = method.invoke(target, args);
                }
                catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                // statements made by the connection count their executions
                if (result instanceof Statement statement && method.getReturnType().isInterface()) {
                    @SuppressWarnings("unchecked")
                    Class<Statement> statementType = (Class<Statement>) method.getReturnType();
                    return counted(statementType, statement, STATEMENT_CALLS);
                }
                return result;
            };
            return type.cast(Proxy.newProxyInstance(Counting.class.getClassLoader(), new Class<?>[] { type }, handler));
        }
    }
}
