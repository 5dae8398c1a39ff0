package uk.attest.reports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The report assets in reports/: fonts, logo, outcome colours and legend, declaration texts. Loaded
 * once; a missing or malformed asset fails with the file and what is wrong.
 */
public record ReportAssets(
    String organisation,
    byte[] logo,
    byte[] regularFont,
    byte[] boldFont,
    String accent,
    Map<String, Outcome> outcomes,
    Map<String, String> declarations) {

  /** The colour (hex RGB) and legend word of one outcome. */
  public record Outcome(String colour, String label) {}

  public static final List<String> OUTCOMES = List.of("MET", "PARTIAL", "NOT_MET", "NOT_STARTED");
  public static final List<String> DECLARATIONS = List.of("LEARNER", "ASSESSOR", "IQA");

  @SuppressWarnings("unchecked")
  public static ReportAssets load(Path dir) {
    Path file = dir.resolve("report.yaml");
    Map<String, Object> yaml;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      yaml = new Yaml().load(reader);
    } catch (IOException e) {
      throw new IllegalStateException(
          file + ": cannot read the report assets (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(file + ": malformed YAML: " + e.getMessage(), e);
    }
    Map<String, Object> fonts = (Map<String, Object>) require(yaml, "fonts", file);
    Map<String, Object> outcomesYaml = (Map<String, Object>) require(yaml, "outcomes", file);
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (String o : OUTCOMES) {
      Map<String, Object> entry = (Map<String, Object>) require(outcomesYaml, o, file);
      String colour = String.valueOf(require(entry, "colour", file));
      if (!colour.matches("[0-9A-Fa-f]{6}")) {
        throw new IllegalStateException(
            file + ": outcomes." + o + ".colour must be six hex digits, found '" + colour + "'");
      }
      outcomes.put(
          o, new Outcome(colour.toUpperCase(), String.valueOf(require(entry, "label", file))));
    }
    Map<String, Object> declarationsYaml =
        (Map<String, Object>) require(yaml, "declarations", file);
    Map<String, String> declarations = new LinkedHashMap<>();
    for (String d : DECLARATIONS) {
      declarations.put(d, String.valueOf(require(declarationsYaml, d, file)).strip());
    }
    return new ReportAssets(
        String.valueOf(require(yaml, "organisation", file)),
        read(dir.resolve(String.valueOf(require(yaml, "logo", file)))),
        read(dir.resolve(String.valueOf(require(fonts, "regular", file)))),
        read(dir.resolve(String.valueOf(require(fonts, "bold", file)))),
        String.valueOf(require(yaml, "accent", file)),
        outcomes,
        declarations);
  }

  private static Object require(Map<String, Object> map, String key, Path file) {
    Object value = map == null ? null : map.get(key);
    if (value == null) {
      throw new IllegalStateException(file + ": missing '" + key + "'");
    }
    return value;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": missing report asset", e);
    }
  }
}
