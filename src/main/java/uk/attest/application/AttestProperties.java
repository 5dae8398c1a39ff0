package uk.attest.application;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the service finds its catalogue and rules (attest.criteria-dir, attest.rules-dir). */
@ConfigurationProperties("attest")
record AttestProperties(
    @DefaultValue("criteria") Path criteriaDir,
    @DefaultValue("rules") Path rulesDir,
    @DefaultValue("reports") Path reportsDir) {}
