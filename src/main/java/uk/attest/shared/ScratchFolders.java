package uk.attest.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders made under the system's temporary folder for one piece of work, and their removal. */
public final class ScratchFolders {
  private ScratchFolders() {}

  /**
   * Deletes the folder and everything in it, as far as it can: a file that cannot be deleted is
   * left and the rest still go. Only for scratch folders this program made, which hold nothing of
   * the user's; the system cleans its temporary folder of anything left.
   */
  public static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Gone already, or unreadable: nothing more to do for a scratch folder.
    }
  }
}
