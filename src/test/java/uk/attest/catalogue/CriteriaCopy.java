package uk.attest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the shipped criteria/ in a temporary folder, to break on purpose. */
public final class CriteriaCopy {
  public static final String L5 =
      "qualifications/attest-l5-diploma-ecommerce-sales-leadership.yaml";
  public static final String ATTECL02 = "standards/ecommerce-leadership/ATTECL02.yaml";

  private final Path dir;

  private CriteriaCopy(Path dir) {
    this.dir = dir;
  }

  public static CriteriaCopy of(Path tempDir) {
    Path dir = tempDir.resolve("criteria");
    copy(Path.of("criteria"), dir);
    return new CriteriaCopy(dir);
  }

  public static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** A file of the copy as problems name it: the folder as given, then the file. */
  public String path(String file) {
    return dir.resolve(file).toString();
  }

  /** Replaces the first occurrence of a text that must be there. */
  public CriteriaCopy replace(String file, String from, String to) {
    try {
      Path path = dir.resolve(file);
      String text = Files.readString(path);
      assertThat(text).as("%s should contain %s", file, from).contains(from);
      int at = text.indexOf(from);
      Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CriteriaCopy write(String file, String text) {
    try {
      Files.createDirectories(dir.resolve(file).getParent());
      Files.writeString(dir.resolve(file), text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String read(String file) {
    try {
      return Files.readString(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line number (from 1) of the first line containing the text. */
  public int lineOf(String file, String text) {
    String[] lines = read(file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " has no line containing " + text);
  }
}
