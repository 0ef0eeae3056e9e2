package org.jiuzhu.expenditure;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Runs where a PostgreSQL server is given (.ci/run starts one and sets JIUZHU_TEST_POSTGRES_*). */
@SpringBootTest(properties = {
    "spring.datasource.url=${JIUZHU_TEST_POSTGRES_URL}",
    "spring.datasource.username=${JIUZHU_TEST_POSTGRES_USER}",
    "spring.datasource.password=${JIUZHU_TEST_POSTGRES_PASSWORD}"})
@ActiveProfiles("test")
@EnabledIfEnvironmentVariable(named = "JIUZHU_TEST_POSTGRES_URL", matches = ".+")
class InstallmentPaymentRaceOnPostgresTest extends InstallmentPaymentRace {
}
