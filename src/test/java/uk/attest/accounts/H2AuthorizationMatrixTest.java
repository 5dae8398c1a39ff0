package uk.attest.accounts;

import org.springframework.test.context.TestPropertySource;

/** The authorisation matrix on the embedded H2 database. */
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:matrix;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2AuthorizationMatrixTest extends AuthorizationMatrixTestBase {}
