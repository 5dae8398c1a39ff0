package uk.attest;

import org.springframework.test.context.TestPropertySource;

/** Bad input refused on the embedded H2 database a newcomer runs. */
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:refused-input;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2RefusedInputTest extends RefusedInputTestBase {}
