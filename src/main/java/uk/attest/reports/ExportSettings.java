package uk.attest.reports;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background exports (attest.exports.*): where their ZIPs are written, how long a finished one is
 * kept for its starter to download, and how many run at once.
 */
@ConfigurationProperties("attest.exports")
public record ExportSettings(
    @DefaultValue("${java.io.tmpdir}/attest-exports") Path dir,
    @DefaultValue("1h") Duration keepFor,
    @DefaultValue("2") int threads) {}
