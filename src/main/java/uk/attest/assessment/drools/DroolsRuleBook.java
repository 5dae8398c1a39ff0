package uk.attest.assessment.drools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import uk.attest.assessment.RuleBook;
import uk.attest.assessment.facts.Finding;
import uk.attest.assessment.facts.Findings;
import uk.attest.catalogue.ContentHash;

/**
 * The rules in rules/**.drl, compiled once into a KieBase. Each run takes a session of its own from
 * a pool and disposes of it at the end, which resets it for the next run: runs share nothing and
 * may go in parallel (ReusedSessionsTest), and a reused session keeps the memory it built for the
 * network's nodes instead of building it again (6–9% of a 40-item assessment). The pool grows to
 * the most runs ever at once and keeps those sessions, empty, for the life of the book.
 *
 * <p>Rules judge in stages (rules/stages.txt; each rule's ruleflow-group): every stage reads only
 * what earlier stages decided, so results are inserted once and never retracted. We do not use
 * truth maintenance (insertLogical) with accumulates: in Drools 10.2 we saw an accumulate's result
 * constraint not re-evaluated when facts it counted were retracted and re-inserted (with beta nodes
 * shared; see below).
 *
 * <p>A book whose rules declare the global {@code Findings findings} (rules/evidence/) record their
 * findings there instead of inserting them: each run gets a new one, and its findings are returned
 * with the session's facts. A finding is read again only through its claim's tally (TAL-01), so it
 * need not pass through the network: about a quarter of an assessment's facts were findings.
 */
public final class DroolsRuleBook implements RuleBook {
  static final String STAGES = "stages.txt";

  private final KieBase kieBase;
  private final KieSessionsPool sessions;
  private final List<String> stages;
  private final String version;
  private final boolean collectsFindings;

  private DroolsRuleBook(KieBase kieBase, List<String> stages, String version) {
    this.kieBase = kieBase;
    this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    this.collectsFindings =
        kieBase.getKiePackages().stream()
            .flatMap(p -> p.getGlobalVariables().stream())
            .anyMatch(g -> g.getName().equals("findings"));
    this.stages = List.copyOf(stages);
    this.version = version;
  }

  /**
   * Compiles every .drl under the folder, or fails naming each file and line in error. A sub-folder
   * with a stages.txt of its own (rules/quality/) is a rule book of its own, left out here and out
   * of this book's version: load it with {@link #load(Path, String)}.
   */
  public static DroolsRuleBook load(Path dir) {
    return load(dir, dir);
  }

  /**
   * Compiles the rule book in a sub-folder of rules/ that lists its own stages (e.g. "quality"),
   * with its own version; its DRL packages are named from rules/ as everywhere else.
   */
  public static DroolsRuleBook load(Path dir, String book) {
    return load(dir, dir.resolve(book));
  }

  private static DroolsRuleBook load(Path dir, Path root) {
    if (!Files.isDirectory(root)) {
      throw new RuleBookException(List.of(root + ": rules folder not found"));
    }
    List<Path> files = drlFiles(root);
    if (files.isEmpty()) {
      throw new RuleBookException(List.of(root + ": no .drl files"));
    }
    Path stagesFile = root.resolve(STAGES);
    if (!Files.isRegularFile(stagesFile)) {
      throw new RuleBookException(
          List.of(
              label(dir)
                  + "/"
                  + relative(dir, stagesFile)
                  + ": missing; it lists the rule stages in order"));
    }
    List<String> stages =
        read(stagesFile)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    List<Path> hashed = new ArrayList<>(files);
    hashed.add(stagesFile);
    hashed.sort(null);
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    String hash = ContentHash.of(root, hashed);
    ReleaseId release = ks.newReleaseId("uk.attest", "rules", "1.0.0-" + hash.substring(7, 19));
    kfs.generateAndWritePomXML(release);
    java.util.Map<Path, String> sources = new java.util.LinkedHashMap<>();
    for (Path file : files) {
      sources.put(file, read(file));
      kfs.write("src/main/resources/" + relative(dir, file), sources.get(file));
    }
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    List<String> problems = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      if (m.getText().contains("Parser returned a null Package")) {
        continue; // follows from a syntax error already reported for the same file
      }
      String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
      String where =
          path.isEmpty() ? label(dir) : label(dir) + "/" + path + ":" + Math.max(m.getLine(), 1);
      problems.add(where + ": " + m.getText().strip().replaceAll("\\s+", " "));
    }
    if (!problems.isEmpty()) {
      throw new RuleBookException(problems);
    }
    // Drools 10.2 shared the nodes of two accumulates over the same fact type whose bindings had
    // the same names but summed different fields, giving one rule the other's total. Rules are
    // few, so not sharing beta nodes costs little and removes that class of error.
    KieBaseConfiguration configuration = ks.newKieBaseConfiguration();
    configuration.setProperty("drools.shareBetaNodes", "false");
    // Facts are inserted once and never modified (see above), so there is nothing for property
    // reactivity to react to; with it off, Drools no longer computes masks per pattern nor warns
    // that constraints such as CUR-01's $d.within(...) "cause class reactivity".
    configuration.setProperty("drools.propertySpecific", "ALLOWED");
    KieBase base = ks.newKieContainer(release).newKieBase(configuration);
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    for (KiePackage pkg :
        base.getKiePackages().stream()
            .sorted(java.util.Comparator.comparing(KiePackage::getName))
            .toList()) {
      for (Rule rule : pkg.getRules()) {
        Declared declared = declared(sources, rule.getName());
        String file = declared == null ? label(dir) : declared.where(dir);
        String id = rule.getName().split(" ", 2)[0];
        String first = ids.putIfAbsent(id, file);
        if (first != null) {
          problems.add(file + ": rule id " + id + " is already used at " + first);
        }
        String folder = declared == null ? null : declared.folder(dir);
        if (folder != null && !folder.equals(rule.getPackageName())) {
          problems.add(
              file
                  + ": package '"
                  + rule.getPackageName()
                  + "' should be '"
                  + folder
                  + "', the rule's folder");
        }
        String stage =
            rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl
                ? impl.getAgendaGroup()
                : null;
        if (stage == null || !stages.contains(stage)) {
          problems.add(
              file
                  + ": rule \""
                  + rule.getName()
                  + "\" must name one of the stages in "
                  + STAGES
                  + " with ruleflow-group (it has "
                  + (stage == null || stage.equals("MAIN") ? "none" : "\"" + stage + "\"")
                  + ")");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleBookException(problems);
    }
    return new DroolsRuleBook(base, stages, hash);
  }

  /** Where a rule is declared: its file and line. */
  private record Declared(Path file, int line) {
    String where(Path dir) {
      return label(dir) + "/" + relative(dir, file) + ":" + line;
    }

    /** The package the file should declare: its folder under rules/, dotted. */
    String folder(Path dir) {
      Path parent = dir.relativize(file).getParent();
      return parent == null ? "" : parent.toString().replace('\\', '/').replace('/', '.');
    }
  }

  /** Finds a rule's declaration in the sources read at load, or null. */
  private static Declared declared(java.util.Map<Path, String> sources, String ruleName) {
    for (var source : sources.entrySet()) {
      List<String> lines = source.getValue().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("rule \"" + ruleName + "\"")) {
          return new Declared(source.getKey(), i + 1);
        }
      }
    }
    return null;
  }

  @Override
  public List<Object> run(Collection<?> facts) {
    return run(facts, null);
  }

  /** Only the kept classes' facts are gathered: Drools keeps a store per class. */
  @Override
  public List<Object> run(Collection<?> facts, Collection<Class<?>> kept) {
    KieSession session = sessions.newKieSession();
    Findings findings = collectsFindings ? new Findings() : null;
    try {
      if (findings != null) {
        session.setGlobal("findings", findings);
      }
      facts.forEach(session::insert);
      // The focus stack pops last-in first, so push the stages in reverse.
      for (int i = stages.size() - 1; i >= 0; i--) {
        session.getAgenda().getAgendaGroup(stages.get(i)).setFocus();
      }
      session.fireAllRules();
      List<Object> out = new ArrayList<>();
      if (kept == null) {
        out.addAll(session.getObjects());
      } else {
        for (Class<?> type : kept) {
          if (type != Finding.class) {
            out.addAll(session.getObjects(new ClassObjectFilter(type)));
          }
        }
      }
      if (findings != null && (kept == null || kept.contains(Finding.class))) {
        out.addAll(findings.all());
      }
      return out;
    } finally {
      session.dispose();
    }
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

  /**
   * The .drl files of the book rooted here, leaving out sub-folders that are books of their own.
   */
  private static List<Path> drlFiles(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".drl"))
          .filter(p -> !inNestedBook(root, p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean inNestedBook(Path root, Path file) {
    for (Path folder = file.getParent();
        folder != null && !folder.equals(root);
        folder = folder.getParent()) {
      if (Files.isRegularFile(folder.resolve(STAGES))) {
        return true;
      }
    }
    return false;
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
}
