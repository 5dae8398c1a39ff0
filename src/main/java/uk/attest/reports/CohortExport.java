package uk.attest.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.audit.AuditTrail;
import uk.attest.catalogue.Qualification;
import uk.attest.shared.Dates;
import uk.attest.shared.ScratchFolders;
import uk.attest.shared.Sha256;

/**
 * The awarding-body export for a centre and qualification: one ZIP with the cohort workbook (a row
 * per learner per unit), every learner's portfolio PDF, the cohort rows as CSV, and manifest.json
 * listing every file with its SHA-256, the catalogue and ruleset versions and the generation time.
 * Learners are taken one at a time; rows go to disk-backed writers, so a large cohort fits in a
 * small heap.
 */
public final class CohortExport implements AutoCloseable {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final ZipOutputStream zip;
  private final ReportAssets assets;
  private final Path work;
  private final Path workbookFile;
  private final Path csvFile;
  private final CohortWorkbook workbook;
  private final CohortCsv csv;
  private final Writer csvWriter;
  private final Map<String, String> hashes = new LinkedHashMap<>();
  private final List<Map<String, Object>> files = new ArrayList<>();
  private final String title;
  private Map<String, Object> auditHead;
  private Map<String, Object> auditCheckpoint;
  private String catalogueVersion;
  private String rulesetVersion;
  private int learners;

  public CohortExport(OutputStream out, ReportAssets assets, String title) {
    try {
      this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      this.assets = assets;
      this.title = title;
      this.work = Files.createTempDirectory("attest-export");
      this.workbookFile = work.resolve("cohort.xlsx");
      this.csvFile = work.resolve("cohort.csv");
      this.workbook = new CohortWorkbook(Files.newOutputStream(workbookFile), assets, title);
      this.csvWriter =
          new OutputStreamWriter(Files.newOutputStream(csvFile), StandardCharsets.UTF_8);
      this.csv = new CohortCsv(csvWriter);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds one learner: their rows and their portfolio PDF. */
  public void add(Portfolio portfolio) {
    var a = portfolio.assessment();
    if (catalogueVersion == null) {
      catalogueVersion = a.catalogueVersion();
      rulesetVersion = a.rulesetVersion();
    } else if (!catalogueVersion.equals(a.catalogueVersion())
        || !rulesetVersion.equals(a.rulesetVersion())) {
      throw new IllegalStateException(
          "every learner of one export must be assessed with the same catalogue and ruleset");
    }
    for (CohortRow row : CohortRow.of(portfolio.learnerName(), portfolio.learnerId(), a)) {
      workbook.add(row);
      csv.add(row);
    }
    String name = "portfolios/" + safe(portfolio.uln() + "-" + portfolio.learnerId()) + ".pdf";
    entry(name, "application/pdf", out -> PortfolioPdf.write(portfolio, assets, out));
    learners++;
  }

  /**
   * Records the audit trail's newest entry in the manifest, so an awarding body can later check
   * that the trail it is shown still leads to this point.
   */
  public void auditHead(long seq, String hash) {
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("headEntry", seq);
    head.put("headHash", hash);
    this.auditHead = head;
  }

  /**
   * Records the audit trail's newest signed checkpoint (its line from the checkpoint file, as
   * written) in the manifest, so an awarding body holds a signed record of every chain's head that
   * no later change to the database can alter.
   */
  public void auditCheckpoint(Map<String, Object> checkpoint) {
    this.auditCheckpoint = checkpoint;
  }

  /** Writes the workbook, the CSV and the manifest, and finishes the ZIP. */
  @Override
  public void close() {
    try {
      workbook.close();
      csv.close();
      entry(
          "cohort.xlsx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          out -> copy(workbookFile, out));
      entry("cohort.csv", "text/csv", out -> copy(csvFile, out));
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("title", title);
      manifest.put("generatedAt", OffsetDateTime.now(Dates.clock()).toString());
      manifest.put("catalogueVersion", catalogueVersion);
      manifest.put("rulesetVersion", rulesetVersion);
      manifest.put("learners", learners);
      if (auditHead != null) {
        manifest.put("auditTrail", auditHead);
      }
      if (auditCheckpoint != null) {
        manifest.put("auditCheckpoint", auditCheckpoint);
      }
      manifest.put("files", files);
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(JSON.writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ScratchFolders.delete(work);
    }
  }

  /**
   * Writes a whole export, taking each learner's portfolio only when it is written, so a large
   * cohort never sits in memory.
   *
   * @param auditHead the audit trail's newest entry when the export began, or null outside the
   *     service
   */
  public static void write(
      OutputStream out,
      ReportAssets assets,
      String title,
      AuditTrail.Head auditHead,
      Iterable<Portfolio> portfolios) {
    write(out, assets, title, auditHead, null, portfolios);
  }

  /**
   * Writes a whole export, as above, with the audit trail's newest signed checkpoint (or null when
   * none has been taken) in its manifest.
   */
  public static void write(
      OutputStream out,
      ReportAssets assets,
      String title,
      AuditTrail.Head auditHead,
      Map<String, Object> auditCheckpoint,
      Iterable<Portfolio> portfolios) {
    try (CohortExport export = new CohortExport(out, assets, title)) {
      if (auditHead != null) {
        export.auditHead(auditHead.seq(), auditHead.hash());
      }
      export.auditCheckpoint(auditCheckpoint);
      for (Portfolio portfolio : portfolios) {
        export.add(portfolio);
      }
    }
  }

  /**
   * An export's title: "Diploma title (QN), who it covers (a centre's name), assessed on 5 December
   * 2026".
   */
  public static String title(Qualification qualification, String covering, LocalDate on) {
    return qualification.title()
        + " ("
        + qualification.number()
        + "), "
        + covering
        + ", assessed on "
        + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
            .format(on);
  }

  private interface Content {
    void write(OutputStream out) throws IOException;
  }

  /** One ZIP entry, hashed as it is written. */
  private void entry(String name, String mediaType, Content content) {
    try {
      MessageDigest sha = Sha256.digest();
      zip.putNextEntry(new ZipEntry(name));
      CountingStream counting = new CountingStream(zip);
      DigestOutputStream digest = new DigestOutputStream(counting, sha);
      content.write(digest);
      digest.flush();
      zip.closeEntry();
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("path", name);
      file.put("mediaType", mediaType);
      file.put("size", counting.count);
      file.put("sha256", HexFormat.of().formatHex(sha.digest()));
      files.add(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path file, OutputStream out) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      in.transferTo(out);
    }
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** Counts bytes and never closes the ZIP underneath (renderers may close their stream). */
  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
