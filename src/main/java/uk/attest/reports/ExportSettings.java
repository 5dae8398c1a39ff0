package uk.attest.reports;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background exports (attest.exports.*): where their ZIPs are written (by default a folder in the
 * system's temporary directory), how long a finished one is kept for its starter to download, and
 * how many run at once.
 */
@ConfigurationProperties("attest.exports")
public record ExportSettings(
    Path dir, @DefaultValue("1h") Duration keepFor, @DefaultValue("2") int threads) {

  public ExportSettings {
    // A @DefaultValue is taken literally (no ${...} resolution), so the default is computed here.
    if (dir == null) {
      dir = Path.of(System.getProperty("java.io.tmpdir"), "attest-exports");
    }
  }
}
