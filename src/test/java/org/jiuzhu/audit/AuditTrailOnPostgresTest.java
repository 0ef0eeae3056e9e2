package org.jiuzhu.audit;

import org.jiuzhu.OnPostgres;

/** The audit trail (and V3__audit.sql) on PostgreSQL, where .ci/run gives one (JIUZHU_TEST_POSTGRES_*). */
@OnPostgres
class AuditTrailOnPostgresTest extends AuditTrailProcessTest {
}
