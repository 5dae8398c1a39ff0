package uk.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Domain packages stay free of frameworks: Drools lives in assessment.drools, Spring in services
 * and web controllers, reports in their renderers.
 */
class ArchitectureTest {
  private static final List<String> DOMAIN = List.of("catalogue", "assessment");
  private static final List<String> FRAMEWORKS =
      List.of(
          "org.springframework",
          "org.kie",
          "org.drools",
          "org.apache.poi",
          "org.openpdf",
          "com.lowagie");

  @Test
  void domainPackagesImportNoFramework() throws IOException {
    for (String pkg : DOMAIN) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/uk/attest", pkg))) {
        for (Path file :
            files
                .filter(f -> f.toString().endsWith(".java"))
                .filter(f -> !f.toString().contains("/drools/") && !f.toString().contains("/web/"))
                .toList()) {
          List<String> imports =
              Files.readAllLines(file).stream().filter(l -> l.startsWith("import ")).toList();
          assertThat(imports)
              .as(file.toString())
              .noneMatch(
                  i ->
                      FRAMEWORKS.stream()
                          .anyMatch(
                              f ->
                                  (i.contains(" " + f + ".") || i.contains(" static " + f + "."))
                                      // which modules a package may use: metadata, no coupling
                                      && !i.contains(" org.springframework.modulith.")));
        }
      }
    }
  }

  @Test
  void onlyTheRulesPackageKnowsDrools() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/uk/attest"))) {
      for (Path file :
          files
              .filter(
                  f ->
                      f.toString().endsWith(".java")
                          && !f.toString().contains("/assessment/drools/"))
              .toList()) {
        assertThat(Files.readString(file))
            .as(file.toString())
            .doesNotContain("import org.kie", "import org.drools");
      }
    }
  }

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/uk/attest"))) {
      for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.endsWith("attest")).toList()) {
        assertThat(dir.resolve("package-info.java")).as(dir.toString()).exists();
      }
    }
  }
}
