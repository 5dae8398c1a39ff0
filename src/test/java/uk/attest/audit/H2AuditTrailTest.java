package uk.attest.audit;

import org.springframework.test.context.TestPropertySource;

/** The audit trail on the embedded H2 database. */
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:audit-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2AuditTrailTest extends AuditTrailTestBase {}
