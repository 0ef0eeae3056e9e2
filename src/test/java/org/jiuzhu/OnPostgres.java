package org.jiuzhu;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a Spring test against the PostgreSQL server .ci/run starts (JIUZHU_TEST_POSTGRES_*), and only where one
 * is given. Every class using it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.datasource.url=${JIUZHU_TEST_POSTGRES_URL}",
    "spring.datasource.username=${JIUZHU_TEST_POSTGRES_USER}",
    "spring.datasource.password=${JIUZHU_TEST_POSTGRES_PASSWORD}"})
@ActiveProfiles("test")
@EnabledIfEnvironmentVariable(named = "JIUZHU_TEST_POSTGRES_URL", matches = ".+")
public @interface OnPostgres {
}
