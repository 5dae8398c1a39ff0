package uk.attest.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import uk.attest.shared.ScratchFolders;

/**
 * Unpacks the packaged jar into a folder and adds a class-data-sharing archive made for this JDK,
 * so the service starts sooner: the JVM maps the classes a start-up loads, already parsed and
 * verified, instead of reading them one by one out of jars nested in the jar.
 *
 * <p>Four steps, each a child JVM of the same Java: Spring Boot's own extraction ({@code
 * -Djarmode=tools extract}); a training start of the unpacked service in a scratch folder (its own
 * embedded database and demo data, stopping once the application context is ready, and blind to the
 * shell's SPRING_ and ATTEST_ settings) that lists the classes it loaded; a static archive dumped
 * from that list; and the command that uses it. The archive is only valid for this JDK and this
 * folder's path: another JDK, or the folder moved, and the JVM says so and starts without it.
 */
final class FastStart {
  /** The archive's file name in the folder. */
  static final String ARCHIVE = "attest.jsa";

  private static final long STEP_MINUTES = 10;

  private FastStart() {}

  /** Thrown when a step fails; the message names the step and the log to read. */
  static final class Failed extends RuntimeException {
    Failed(String message) {
      super(message);
    }
  }

  /** Thrown when the folder given cannot take the unpacked jar. */
  static final class BadFolder extends RuntimeException {
    BadFolder(String message) {
      super(message);
    }
  }

  /**
   * Makes the folder from the jar; answers the command line that starts the service with the
   * archive. The folder must not exist or must be empty: nothing in it is overwritten.
   */
  static String make(Path jar, Path folder, Path criteria, Path rules, Path reports) {
    Path out = folder.toAbsolutePath().normalize();
    requireEmpty(out);
    try {
      Files.createDirectories(out.resolve("fast-start-logs"));
    } catch (IOException e) {
      throw new BadFolder("cannot make " + out + ": " + e.getMessage());
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path logs = out.resolve("fast-start-logs");
    Path app = out.resolve("attest.jar");
    run(
        "unpacking the jar",
        List.of(
            java,
            "-Djarmode=tools",
            "-jar",
            jar.toAbsolutePath().toString(),
            "extract",
            "--destination",
            out.toString(),
            // The folder was empty but for the logs' folder this command made.
            "--force",
            "--application-filename",
            "attest.jar"),
        out.getParent(),
        logs,
        "extract.log");
    Path classList = logs.resolve("classes.lst");
    Path scratch = scratchFolder();
    try {
      run(
          "the training start",
          List.of(
              java,
              "-XX:DumpLoadedClassList=" + classList,
              "-Dspring.context.exit=onRefresh",
              "-jar",
              app.toString(),
              "--server.port=0",
              "--attest.criteria-dir=" + criteria.toAbsolutePath(),
              "--attest.rules-dir=" + rules.toAbsolutePath(),
              "--attest.reports-dir=" + reports.toAbsolutePath()),
          scratch,
          logs,
          "training.log");
    } finally {
      ScratchFolders.delete(scratch);
    }
    Path dumpList = logs.resolve("classes-to-archive.lst");
    writeDumpList(classList, dumpList);
    Path archive = out.resolve(ARCHIVE);
    run(
        "dumping the archive",
        List.of(
            java,
            "-Xshare:dump",
            "-XX:SharedClassListFile=" + dumpList,
            "-XX:SharedArchiveFile=" + archive,
            "-cp",
            app.toString()),
        out,
        logs,
        "dump.log");
    if (!Files.isRegularFile(archive)) {
      throw new Failed(
          "dumping the archive made no " + archive + "; see " + logs.resolve("dump.log"));
    }
    return command(archive, app);
  }

  /** The command line that starts the service with the archive, quoted for a POSIX shell. */
  static String command(Path archive, Path app) {
    return "java "
        + shellWord("-XX:SharedArchiveFile=" + archive)
        + " -jar "
        + shellWord(app.toString());
  }

  /** The word as is when a shell would read it so, else in single quotes. */
  static String shellWord(String word) {
    return word.matches("[A-Za-z0-9_./:=+@%,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /**
   * The training's class list without its lambda-proxy lines: with them, this machine's JDK 17.0.15
   * crashes while dumping (SIGSEGV in {@code
   * SystemDictionaryShared::adjust_lambda_proxy_class_dictionary}); without them the lambdas'
   * classes are made at start-up as before and everything else is archived.
   */
  static void writeDumpList(Path classList, Path dumpList) {
    try (Stream<String> lines = Files.lines(classList, StandardCharsets.UTF_8)) {
      Files.write(
          dumpList,
          (Iterable<String>) lines.filter(l -> !l.startsWith("@lambda-proxy"))::iterator,
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Failed("cannot read the training's class list " + classList + ": " + e);
    }
  }

  /** Refuses a folder that is a file or has anything in it. */
  static void requireEmpty(Path folder) {
    if (Files.exists(folder)) {
      if (!Files.isDirectory(folder)) {
        throw new BadFolder(folder + " is a file; give a new or empty folder");
      }
      try (Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw new BadFolder(
              folder + " is not empty; give a new or empty folder (nothing in it is overwritten)");
        }
      } catch (IOException e) {
        throw new BadFolder("cannot list " + folder + ": " + e.getMessage());
      }
    }
  }

  private static void run(
      String step, List<String> command, Path workingFolder, Path logs, String logName) {
    Path log = logs.resolve(logName);
    try {
      ProcessBuilder builder =
          new ProcessBuilder(new ArrayList<>(command))
              .directory(workingFolder.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      // The training start must not see the deployment's settings: with this shell's
      // SPRING_DATASOURCE_URL or SPRING_PROFILES_ACTIVE it would migrate, or load demo data into,
      // the real database instead of a scratch one.
      builder
          .environment()
          .keySet()
          .removeIf(k -> k.startsWith("SPRING_") || k.startsWith("ATTEST_"));
      Process process = builder.start();
      if (!process.waitFor(STEP_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new Failed(step + " took over " + STEP_MINUTES + " minutes; see " + log);
      }
      if (process.exitValue() != 0) {
        throw new Failed(step + " failed (exit " + process.exitValue() + "); see " + log);
      }
    } catch (IOException e) {
      throw new Failed(step + " could not start: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failed(step + " was interrupted");
    }
  }

  private static Path scratchFolder() {
    try {
      return Files.createTempDirectory("attest-fast-start");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
