package uk.attest.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.command.KieCommands;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import uk.attest.assessment.RuleBook;

/**
 * The rules in rules/**.drl, compiled once into a KieBase. Each run uses a fresh stateless
 * session, so runs share nothing and may go in parallel; the KieBase itself is thread-safe.
 */
public final class DroolsRuleBook implements RuleBook {
  private static final String OUT = "facts";

  private final KieBase kieBase;
  private final String version;

  private DroolsRuleBook(KieBase kieBase, String version) {
    this.kieBase = kieBase;
    this.version = version;
  }

  /** Compiles every .drl under the folder, or fails naming each file and line in error. */
  public static DroolsRuleBook load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RuleBookException(List.of(dir + ": rules folder not found"));
    }
    List<Path> files = drlFiles(dir);
    if (files.isEmpty()) {
      throw new RuleBookException(List.of(dir + ": no .drl files"));
    }
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    String hash = hash(dir, files);
    ReleaseId release = ks.newReleaseId("uk.attest", "rules", "1.0.0-" + hash.substring(7, 19));
    kfs.generateAndWritePomXML(release);
    for (Path file : files) {
      kfs.write("src/main/resources/" + relative(dir, file), read(file));
    }
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    List<String> problems = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
      String where = path.isEmpty() ? label(dir) : label(dir) + "/" + path + ":" + Math.max(m.getLine(), 1);
      problems.add(where + ": " + m.getText().strip().replaceAll("\\s+", " "));
    }
    if (!problems.isEmpty()) {
      throw new RuleBookException(problems);
    }
    KieBase base = ks.newKieContainer(release).getKieBase();
    return new DroolsRuleBook(base, hash);
  }

  @Override
  public List<Object> run(Collection<?> facts) {
    StatelessKieSession session = kieBase.newStatelessKieSession();
    KieCommands commands = KieServices.Factory.get().getCommands();
    ExecutionResults results =
        session.execute(
            commands.newBatchExecution(
                List.of(commands.newInsertElements(facts), commands.newFireAllRules(), commands.newGetObjects(OUT))));
    return List.copyOf((Collection<?>) results.getValue(OUT));
  }

  @Override
  public String version() {
    return version;
  }

  /** Every rule's name ("VAL-01 Evidence by a method …"), sorted. */
  public List<String> ruleNames() {
    return kieBase.getKiePackages().stream()
        .flatMap(p -> p.getRules().stream())
        .map(Rule::getName)
        .sorted()
        .toList();
  }

  private static List<Path> drlFiles(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  private static String label(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name == null ? dir.toString() : name.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SHA-256 over each rule file's relative path and contents, in path order. */
  private static String hash(Path dir, List<Path> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : files) {
        digest.update(relative(dir, file).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(file));
        digest.update((byte) 0);
      }
      return "sha256:" + HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
