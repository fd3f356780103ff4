package dev.deliberate.shared;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

/** Work a request hands to another thread ({@code @Async}) logs under the request's correlation id. */
@Configuration(proxyBeanMethods = false)
class CorrelationTasks {

    @Bean
    TaskDecorator correlationTaskDecorator() {
        return task -> {
            Optional<String> id = Correlation.current();
            return () -> {
                id.ifPresent(Correlation::use);
                try {
                    task.run();
                }
                finally {
                    Correlation.clear();
                }
            };
        };
    }
}
