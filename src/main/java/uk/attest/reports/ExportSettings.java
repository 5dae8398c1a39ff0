package uk.attest.reports;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background exports (attest.exports.*): where a ZIP is written while it is made (by default a
 * folder in the system's temporary directory; finished ZIPs are kept in the database), how long a
 * finished one is kept for its starter to download, how many run at once on each instance, how
 * often an instance looks for queued jobs, and how long a job's instance may go without a beat
 * before another instance takes the job over.
 */
@ConfigurationProperties("attest.exports")
public record ExportSettings(
    Path dir,
    @DefaultValue("1h") Duration keepFor,
    @DefaultValue("2") int threads,
    @DefaultValue("2s") Duration pollEvery,
    @DefaultValue("60s") Duration takeOverAfter) {

  public ExportSettings {
    // A @DefaultValue is taken literally (no ${...} resolution), so the default is computed here.
    if (dir == null) {
      dir = Path.of(System.getProperty("java.io.tmpdir"), "attest-exports");
    }
  }
}
