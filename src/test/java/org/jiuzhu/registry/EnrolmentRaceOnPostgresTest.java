package org.jiuzhu.registry;

import org.jiuzhu.OnPostgres;

/** Runs where a PostgreSQL server is given (.ci/run starts one and sets JIUZHU_TEST_POSTGRES_*). */
@OnPostgres
class EnrolmentRaceOnPostgresTest extends EnrolmentRace {
}
