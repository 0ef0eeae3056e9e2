package org.jiuzhu.audit;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The audit trail (and V3__audit.sql) on PostgreSQL, where .ci/run gives one (JIUZHU_TEST_POSTGRES_*). */
@SpringBootTest(properties = {
    "spring.datasource.url=${JIUZHU_TEST_POSTGRES_URL}",
    "spring.datasource.username=${JIUZHU_TEST_POSTGRES_USER}",
    "spring.datasource.password=${JIUZHU_TEST_POSTGRES_PASSWORD}"})
@ActiveProfiles("test")
@EnabledIfEnvironmentVariable(named = "JIUZHU_TEST_POSTGRES_URL", matches = ".+")
class AuditTrailOnPostgresTest extends AuditTrailProcessTest {
}
