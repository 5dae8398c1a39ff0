package uk.attest.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.Shipped;

/** The awarding-body export checks out against its own manifest. */
class CohortExportTest {
  static final ReportAssets ASSETS = ReportAssets.load(Path.of("reports"));

  static byte[] export() {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (CohortExport export = new CohortExport(zip, ASSETS, "test export")) {
      for (String file : List.of("examples/ready-learner.json", "examples/gaps-learner.json")) {
        var bundle = Shipped.bundle(file);
        export.add(
            Portfolios.fromBundle(
                bundle,
                Shipped.ENGINE.assess(bundle, Shipped.ASSESSED_ON),
                ASSETS,
                OffsetDateTime.now()));
      }
    }
    return zip.toByteArray();
  }

  static Map<String, byte[]> entries(byte[] zip) throws Exception {
    Map<String, byte[]> out = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  @Test
  void everyFileInTheExportMatchesTheHashInItsManifest() throws Exception {
    Map<String, byte[]> entries = entries(export());
    JsonNode manifest = JsonMapper.builder().build().readTree(entries.get("manifest.json"));
    assertThat(manifest.get("learners").asInt()).isEqualTo(2);
    assertThat(manifest.get("catalogueVersion").asString()).isEqualTo(Shipped.CATALOGUE.version());
    assertThat(manifest.get("rulesetVersion").asString()).isEqualTo(Shipped.RULES.version());
    assertThat(manifest.get("generatedAt").asString()).isNotBlank();
    assertThat(manifest.get("files").size()).isEqualTo(entries.size() - 1);
    for (JsonNode f : manifest.get("files")) {
      byte[] content = entries.get(f.get("path").asString());
      assertThat(content).as(f.get("path").asString()).isNotNull();
      assertThat(f.get("size").asLong()).isEqualTo(content.length);
      assertThat(f.get("sha256").asString())
          .isEqualTo(
              HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }
    assertThat(entries.keySet())
        .contains("cohort.xlsx", "cohort.csv")
        .anyMatch(n -> n.startsWith("portfolios/") && n.endsWith(".pdf"));
  }

  @Test
  void theCohortCsvHasARowPerLearnerPerUnit() throws Exception {
    String csv =
        new String(entries(export()).get("cohort.csv"), java.nio.charset.StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    // Header, then 8 units of the L5 diploma for each of two learners.
    assertThat(lines).hasSize(1 + 2 * 8);
    assertThat(lines.get(0)).startsWith("ULN,");
    assertThat(csv).contains("6139042878", "7351209463", "699/9001/5", "Z/699/9501");
  }
}
