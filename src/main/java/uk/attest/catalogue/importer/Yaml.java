package uk.attest.catalogue.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;

/** Writes importer output as block YAML with Unicode kept as it is (Welsh letters stay letters). */
public final class Yaml {
  private Yaml() {}

  public static String dump(String header, Map<String, Object> document) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setWidth(100);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setSplitLines(true);
    return header + new org.yaml.snakeyaml.Yaml(options).dump(document);
  }

  public static void write(Path file, String text) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ImportException(file + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ImportException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new ImportException(file + ": cannot read (" + e.getMessage() + ")");
    }
  }
}
