package jp.planreport.lock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The run lock of the configured database. */
@Configuration
class RunLockConfiguration {

    @Bean
    RunLock runLock(@Value("${spring.datasource.url:}") String url) {
        return FileRunLock.forDatabase(url);
    }
}
