package dev.deliberate.shared;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two transaction managers over one data source: JPA's for the few entity repositories (the
 * default), and a plain JDBC one for the hot paths written with {@code JdbcClient}, which would
 * otherwise open a Hibernate session per transaction for nothing. Name it with
 * {@code @Transactional(transactionManager = TransactionManagers.JDBC)}.
 */
@Configuration(proxyBeanMethods = false)
public class TransactionManagers {

    public static final String JDBC = "jdbcTransactionManager";

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    @Bean(JDBC)
    PlatformTransactionManager jdbcTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
