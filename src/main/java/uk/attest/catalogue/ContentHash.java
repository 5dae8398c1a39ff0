package uk.attest.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The version of a folder of content: SHA-256 over each file's path (relative to the folder) and
 * bytes, in path order, written "sha256:&lt;hex&gt;". Versions the catalogue and the ruleset.
 */
public final class ContentHash {
  private ContentHash() {}

  /** Every regular file under the folder. */
  public static String of(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return of(dir, files.filter(Files::isRegularFile).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The given files under the folder. */
  public static String of(Path dir, List<Path> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : files.stream().sorted().toList()) {
        digest.update(
            dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(file));
        digest.update((byte) 0);
      }
      return "sha256:" + HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
