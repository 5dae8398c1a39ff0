package uk.attest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.assessment.AssessmentJson;
import uk.attest.assessment.BundleException;
import uk.attest.assessment.BundleReader;
import uk.attest.assessment.EvidenceBundle;
import uk.attest.assessment.drools.DroolsRuleBook;
import uk.attest.assessment.drools.RuleBookException;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.CatalogueException;
import uk.attest.catalogue.CatalogueLoader;
import uk.attest.catalogue.importer.ImportException;
import uk.attest.catalogue.importer.ImportedStandard;
import uk.attest.catalogue.importer.NosJsonImporter;
import uk.attest.catalogue.importer.RoleProfileImporter;
import uk.attest.credentials.CredentialVerifier;
import uk.attest.frameworks.CaseImporter;
import uk.attest.frameworks.CaseJson;
import uk.attest.frameworks.CasePackage;
import uk.attest.frameworks.CasePackages;
import uk.attest.reports.CohortExport;
import uk.attest.reports.Portfolio;
import uk.attest.reports.PortfolioPdf;
import uk.attest.reports.PortfolioWorkbook;
import uk.attest.reports.Portfolios;
import uk.attest.reports.ReportAssets;
import uk.attest.shared.Dates;
import uk.attest.suggestions.Suggester;
import uk.attest.suggestions.SuggestionJson;

/**
 * The command line. Exit codes: 0 done; 1 the criteria or rules have problems; 2 the input or the
 * command is wrong.
 */
public final class Cli {
  static final int OK = 0;
  static final int INVALID_CATALOGUE = 1;
  static final int BAD_INPUT = 2;
  static final int INTERNAL_ERROR = 3;
  private static final Set<String> COMMANDS =
      Set.of(
          "assess",
          "export",
          "validate",
          "import-role",
          "import-nos",
          "export-case",
          "import-case",
          "suggest",
          "assess-all",
          "verify-credential",
          "fast-start",
          "help",
          "--help",
          "-h");

  private final PrintStream out;
  private final PrintStream err;

  private Cli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static boolean isCommand(String arg) {
    return COMMANDS.contains(arg);
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new Cli(out, err).run(args);
  }

  private int run(String[] args) {
    if (!COMMANDS.contains(args[0])) {
      err.println("attest: unknown command '" + args[0] + "'");
      err.println(USAGE);
      return BAD_INPUT;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("attest: " + e.getMessage());
      err.println(USAGE);
      return BAD_INPUT;
    }
    try {
      return switch (options.command) {
        case "assess" -> assess(options);
        case "validate" -> validate(options);
        case "import-role" -> importRole(options);
        case "import-nos" -> importNos(options);
        case "export-case" -> exportCase(options);
        case "import-case" -> importCase(options);
        case "export" -> export(options);
        case "suggest" -> suggest(options);
        case "assess-all" -> assessAll(options);
        case "verify-credential" -> verifyCredential(options);
        case "fast-start" -> fastStart(options);
        default -> {
          out.println(USAGE);
          yield OK;
        }
      };
    } catch (CatalogueException | RuleBookException e) {
      err.println(e.getMessage());
      return INVALID_CATALOGUE;
    } catch (BundleException | ImportException e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    } catch (UsageException e) {
      err.println("attest: " + e.getMessage());
      return BAD_INPUT;
    } catch (FastStart.BadFolder e) {
      err.println("attest: fast-start: " + e.getMessage());
      return BAD_INPUT;
    } catch (FastStart.Failed e) {
      err.println(
          "attest: fast-start: "
              + e.getMessage()
              + " (the folder is left as it is, for its logs: remove it before trying again)");
      return INTERNAL_ERROR;
    } catch (RuntimeException e) {
      err.println("attest: internal error (please report it): " + e);
      return INTERNAL_ERROR;
    }
  }

  private int assess(Options o) {
    Path bundleFile = o.argument("BUNDLE.json");
    LocalDate date = o.date();
    String json = readText(bundleFile);
    Catalogue catalogue = CatalogueLoader.load(o.criteria());
    AssessmentEngine engine = new AssessmentEngine(catalogue, DroolsRuleBook.load(o.rules()));
    EvidenceBundle bundle;
    try {
      bundle = BundleReader.read(json, catalogue, date);
    } catch (BundleException e) {
      err.println(bundleFile + ": " + e.getMessage());
      return BAD_INPUT;
    }
    Assessment assessment = engine.assess(bundle, date);
    String format = o.format();
    if (format.equals("json")) {
      write(o, AssessmentJson.write(assessment));
      return OK;
    }
    Path out =
        o.out().orElseThrow(() -> new UsageException("--format " + format + " needs --out FILE"));
    ReportAssets assets = ReportAssets.load(o.reports());
    Portfolio portfolio =
        Portfolios.fromBundle(
            bundle,
            assessment,
            assets,
            OffsetDateTime.now(Dates.clock()).truncatedTo(ChronoUnit.SECONDS));
    writeBinary(
        out,
        stream -> {
          if (format.equals("pdf")) {
            PortfolioPdf.write(portfolio, assets, stream);
          } else {
            PortfolioWorkbook.write(portfolio, assets, stream);
          }
        });
    return OK;
  }

  /**
   * Verifies an Open Badges VC-JWT offline against the issuer's published JWK set; a credential
   * that does not verify is bad input (exit 2), each failed check on its own line.
   */
  private int verifyCredential(Options o) {
    Path file = o.argument("FILE.jwt");
    String keys =
        readText(
            o.keys()
                .orElseThrow(() -> new UsageException("verify-credential needs --keys JWKS.json")));
    CredentialVerifier.Result result =
        CredentialVerifier.verify(readText(file), keys, java.time.Instant.now(Dates.clock()));
    if (result.verified()) {
      out.println("OK: " + file + " is a valid Open Badges credential for " + result.achievement());
      return OK;
    }
    err.println("FAILED: " + file + " does not verify:");
    result.failures().forEach(f -> err.println("  " + f));
    return BAD_INPUT;
  }

  /**
   * The criteria a text shows, as a JSON array best first: only confident suggestions, so an empty
   * array means no confident match.
   */
  private int suggest(Options o) {
    Path file = o.argument("TEXT.txt");
    String text = readText(file);
    int top = o.top();
    Catalogue catalogue = CatalogueLoader.load(o.criteria());
    List<String> standards = o.standards();
    List<String> unknown =
        standards.stream().filter(code -> catalogue.unit(code).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new UsageException(
          "--standards: no standard "
              + String.join(", ", unknown)
              + " in "
              + o.criteria()
              + " (it has "
              + catalogue.units().stream().map(u -> u.code()).sorted().toList()
              + ")");
    }
    Suggester suggester = Suggester.over(catalogue.units());
    write(o, SuggestionJson.write(suggester.suggest(text, standards, top)));
    return OK;
  }

  /**
   * Unpacks the packaged jar into a new folder with a class archive for this JDK (see {@link
   * FastStart}) and prints the command that starts the service from it.
   */
  private int fastStart(Options o) {
    if (!o.positional.isEmpty()) {
      throw new UsageException("fast-start takes no arguments, only --out DIR");
    }
    Path folder = o.out().orElseThrow(() -> new UsageException("fast-start needs --out DIR"));
    Path jar = Path.of(System.getProperty("java.class.path"));
    if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
      throw new UsageException(
          "fast-start unpacks the packaged jar: run it as java -jar target/attest.jar fast-start"
              + " --out DIR");
    }
    FastStart.requireEmpty(folder);
    // A broken criterion or rule is named here, by file and line, not in the training start's log.
    CatalogueLoader.load(o.criteria());
    DroolsRuleBook.load(o.rules());
    if (Files.isRegularFile(o.rules().resolve("quality").resolve("stages.txt"))) {
      DroolsRuleBook.load(o.rules(), "quality");
    }
    err.println(
        "unpacking the jar, starting the service once to list its classes, then archiving"
            + " them (a minute or so)");
    String command = FastStart.make(jar, folder, o.criteria(), o.rules(), o.reports());
    out.println(command);
    err.println("start the service with the line above (same JDK, folder not moved)");
    return OK;
  }

  /**
   * Assesses every bundle (*.json) in a folder on every core and writes one JSON line per learner,
   * in file-name order, then a line with the count and the rate. A bundle that cannot be read gets
   * a line naming its problems and the rest go on; the exit code is then 2.
   */
  private int assessAll(Options o) {
    Path folder = o.argument("FOLDER");
    Path out = o.out().orElseThrow(() -> new UsageException("assess-all needs --out FILE.ndjson"));
    LocalDate date = o.date();
    if (!Files.isDirectory(folder)) {
      throw new UsageException(folder + ": not a folder of evidence bundles");
    }
    List<Path> bundles;
    try (var files = Files.list(folder)) {
      bundles = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UsageException(folder + ": cannot list (" + e.getMessage() + ")");
    }
    Catalogue catalogue = CatalogueLoader.load(o.criteria());
    AssessmentEngine engine = new AssessmentEngine(catalogue, DroolsRuleBook.load(o.rules()));
    BatchAssessment.Summary summary;
    try (var writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      summary = BatchAssessment.run(engine, bundles, date, writer);
    } catch (IOException e) {
      throw new UsageException(out + ": cannot write (" + e.getMessage() + ")");
    }
    err.println(
        "assessed "
            + summary.assessed()
            + " of "
            + summary.learners()
            + " learners in "
            + String.format(java.util.Locale.ROOT, "%.1f", summary.seconds())
            + " s ("
            + Math.round(summary.perSecond())
            + " a second on "
            + summary.threads()
            + " threads); wrote "
            + out);
    return summary.failed() == 0 ? OK : BAD_INPUT;
  }

  /** The awarding-body export over a folder of bundles: every *.json in it is one learner. */
  private int export(Options o) {
    Path folder = o.argument("FOLDER");
    Path out = o.out().orElseThrow(() -> new UsageException("export needs --out FILE.zip"));
    LocalDate date = o.date();
    if (!Files.isDirectory(folder)) {
      throw new UsageException(folder + ": not a folder of evidence bundles");
    }
    Catalogue catalogue = CatalogueLoader.load(o.criteria());
    AssessmentEngine engine = new AssessmentEngine(catalogue, DroolsRuleBook.load(o.rules()));
    ReportAssets assets = ReportAssets.load(o.reports());
    List<Path> bundles;
    try (var files = Files.list(folder)) {
      bundles = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UsageException(folder + ": cannot list (" + e.getMessage() + ")");
    }
    // Check every bundle first: an export is for one qualification, and all of it or none.
    List<EvidenceBundle> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : bundles) {
      try {
        read.add(BundleReader.read(readText(file), catalogue, date));
      } catch (BundleException e) {
        e.problems().forEach(p -> problems.add(file + ": " + p));
      }
    }
    String wanted = o.named.get("--qualification");
    if (wanted != null) {
      if (catalogue.qualification(wanted).isEmpty()) {
        problems.add("--qualification: unknown qualification '" + wanted + "'");
      }
      read = read.stream().filter(b -> b.learner().qualificationId().equals(wanted)).toList();
    }
    List<String> qualifications =
        read.stream().map(b -> b.learner().qualificationId()).distinct().toList();
    if (qualifications.size() > 1) {
      problems.add(
          folder
              + ": the bundles are for several qualifications ("
              + String.join(", ", qualifications)
              + "); choose one with --qualification ID");
    }
    if (read.isEmpty() && problems.isEmpty()) {
      problems.add(folder + ": no evidence bundles (*.json)");
    }
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      return BAD_INPUT;
    }
    var qualification = catalogue.qualification(qualifications.get(0)).orElseThrow();
    OffsetDateTime now = OffsetDateTime.now(Dates.clock()).truncatedTo(ChronoUnit.SECONDS);
    String title = CohortExport.title(qualification, read.size() + " learners", date);
    List<EvidenceBundle> cohort = List.copyOf(read);
    writeBinary(
        out,
        stream ->
            CohortExport.write(
                stream,
                assets,
                title,
                null,
                cohort.stream()
                        .map(b -> Portfolios.fromBundle(b, engine.assess(b, date), assets, now))
                    ::iterator));
    out().println("wrote " + out + ": " + cohort.size() + " learners");
    return OK;
  }

  private PrintStream out() {
    return out;
  }

  private interface Binary {
    void write(java.io.OutputStream out) throws IOException;
  }

  private static void writeBinary(Path file, Binary content) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      try (var stream = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
        content.write(stream);
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + file + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  private int validate(Options o) {
    List<String> problems = new ArrayList<>();
    Catalogue catalogue = null;
    try {
      catalogue = CatalogueLoader.load(o.criteria());
    } catch (CatalogueException e) {
      e.problems().forEach(p -> problems.add(p.toString()));
    }
    DroolsRuleBook rules = null;
    try {
      rules = DroolsRuleBook.load(o.rules());
    } catch (RuleBookException e) {
      problems.addAll(e.problems());
    }
    // The sampling plan's rules are a book of their own, checked with the rest when present.
    DroolsRuleBook quality = null;
    if (java.nio.file.Files.isRegularFile(o.rules().resolve("quality").resolve("stages.txt"))) {
      try {
        quality = DroolsRuleBook.load(o.rules(), "quality");
      } catch (RuleBookException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found.");
      return INVALID_CATALOGUE;
    }
    out.printf(
        "criteria OK: %d standards, %d criteria, %d qualifications, %d roles (catalogue %s)%n",
        catalogue.units().size(),
        catalogue.units().stream().mapToInt(u -> u.criteria().size()).sum(),
        catalogue.qualifications().size(),
        catalogue.roles().size(),
        catalogue.version());
    out.printf("rules OK: %d rules (ruleset %s)%n", rules.ruleNames().size(), rules.version());
    if (quality != null) {
      out.printf(
          "sampling rules OK: %d rules (ruleset %s)%n",
          quality.ruleNames().size(), quality.version());
    }
    return OK;
  }

  private int importRole(Options o) {
    Path profile = o.argument("PROFILE.txt");
    Path target = o.out().orElse(null);
    RoleProfileImporter.Result result =
        RoleProfileImporter.importFile(profile, target, o.criteria().resolve("roles"));
    out.println(result.summary());
    return OK;
  }

  private int importNos(Options o) {
    Path file = o.argument("FILE.json");
    ImportedStandard result =
        NosJsonImporter.importFile(
            file, o.level(), o.out().orElse(null), o.criteria().resolve("standards"));
    out.println(result.summary());
    return OK;
  }

  /** Every NOS unit and qualification as a CASE 1.1 package, one JSON file each. */
  private int exportCase(Options o) {
    if (!o.positional.isEmpty()) {
      throw new UsageException("export-case takes no arguments, only --out DIR");
    }
    Path dir = o.out().orElseThrow(() -> new UsageException("export-case needs --out DIR"));
    Catalogue catalogue = CatalogueLoader.load(o.criteria());
    String base = o.named.getOrDefault("--base-url", "http://localhost:8080");
    List<CasePackage> packages = new CasePackages(catalogue, base).packages();
    try {
      Files.createDirectories(dir);
      for (CasePackage p : packages) {
        Files.writeString(
            dir.resolve(p.fileName()), CaseJson.write(p.json()), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + dir + " (" + e.getClass().getSimpleName() + ")");
    }
    out.println("wrote " + packages.size() + " CASE packages to " + dir);
    return OK;
  }

  private int importCase(Options o) {
    Path file = o.argument("FILE.json");
    ImportedStandard result =
        CaseImporter.importFile(
            file,
            o.named.containsKey("--level") ? o.level() : null,
            o.out().orElse(null),
            o.criteria().resolve("standards"));
    out.println(result.summary());
    return OK;
  }

  private void write(Options o, String text) {
    if (o.out().isPresent()) {
      Path out = o.out().get();
      try {
        if (out.toAbsolutePath().getParent() != null) {
          Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UsageException("cannot write " + out + " (" + e.getClass().getSimpleName() + ")");
      }
    } else {
      out.print(text);
    }
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new UsageException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  static final String USAGE =
      """
      usage: java -jar target/attest.jar COMMAND [options]

        assess BUNDLE.json [--date YYYY-MM-DD] [--out FILE] [--format json|pdf|xlsx]
                                                              a learner's assessment as JSON, or their
                                                              portfolio as PDF or Excel (with --out)
        export FOLDER --out FILE.zip [--qualification ID] [--date YYYY-MM-DD]
                                                              the awarding-body export of a folder of bundles
        validate                                              check criteria/ and rules/, list every problem
        import-role PROFILE.txt [--out FILE]                  write a role framework from a role profile
        import-nos FILE.json --level N [--out FILE]           write a NOS from the NOS database's JSON export
        export-case --out DIR [--base-url URL]                every NOS unit and qualification as a CASE 1.1
                                                              package, one JSON file each
        import-case FILE.json [--level N] [--out FILE]        write a NOS from a CASE package (P1../K1.. kept;
                                                              other frameworks' items become P1, P2, ...)
        assess-all FOLDER --out FILE.ndjson [--date YYYY-MM-DD]
                                                              assess every bundle in a folder on every core,
                                                              one JSON line per learner, then a summary line
        verify-credential FILE.jwt --keys JWKS.json           verify an Open Badges credential offline against
                                                              the issuer's keys: OK and the achievement, or
                                                              each check that fails (exit 2)
        suggest TEXT.txt [--standards CODE,CODE] [--top N]    the criteria a text shows, best first, as JSON
                                                              (only confident ones; [] when none; N default 5)
        fast-start --out DIR                                  unpack the jar into a new folder with a class
                                                              archive for this JDK, and print the command that
                                                              starts the service from it (a faster start)

      Every command takes --criteria DIR and --rules DIR (defaults ./criteria and ./rules);
      reports take --reports DIR (default ./reports).
      With no command the jar starts the service.
      Exit codes: 0 done, 1 problems in criteria/ or rules/, 2 bad input or usage, 3 internal error.""";

  private static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  /** The parsed command line: a command, positional arguments and --name value options. */
  private static final class Options {
    final String command;
    final List<String> positional = new ArrayList<>();
    final Map<String, String> named = new HashMap<>();
    private static final Set<String> KNOWN =
        Set.of(
            "--criteria",
            "--rules",
            "--reports",
            "--date",
            "--out",
            "--level",
            "--format",
            "--qualification",
            "--standards",
            "--top",
            "--base-url",
            "--keys");

    private Options(String command) {
      this.command = command;
    }

    static Options parse(String[] args) {
      Options o = new Options(args[0]);
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        if (a.startsWith("--")) {
          if (!KNOWN.contains(a)) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(a + " needs a value");
          }
          o.named.put(a, args[++i]);
        } else {
          o.positional.add(a);
        }
      }
      return o;
    }

    Path argument(String name) {
      if (positional.size() != 1) {
        throw new UsageException(command + " takes one " + name + " argument");
      }
      return Path.of(positional.get(0));
    }

    Path criteria() {
      return Path.of(named.getOrDefault("--criteria", "criteria"));
    }

    Path reports() {
      return Path.of(named.getOrDefault("--reports", "reports"));
    }

    String format() {
      String format = named.getOrDefault("--format", "json");
      if (!List.of("json", "pdf", "xlsx").contains(format)) {
        throw new UsageException("--format must be json, pdf or xlsx, found '" + format + "'");
      }
      return format;
    }

    Path rules() {
      return Path.of(named.getOrDefault("--rules", "rules"));
    }

    java.util.Optional<Path> keys() {
      return java.util.Optional.ofNullable(named.get("--keys")).map(Path::of);
    }

    java.util.Optional<Path> out() {
      return java.util.Optional.ofNullable(named.get("--out")).map(Path::of);
    }

    LocalDate date() {
      String text = named.get("--date");
      if (text == null) {
        return Dates.today(Dates.clock());
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new UsageException("--date: '" + text + "' is not a date as YYYY-MM-DD");
      }
    }

    int top() {
      String text = named.get("--top");
      if (text == null) {
        return Suggester.DEFAULT_TOP;
      }
      try {
        int top = Integer.parseInt(text);
        if (top < 1 || top > 100) {
          throw new NumberFormatException();
        }
        return top;
      } catch (NumberFormatException e) {
        throw new UsageException("--top: '" + text + "' is not a number from 1 to 100");
      }
    }

    List<String> standards() {
      String text = named.get("--standards");
      if (text == null) {
        return List.of();
      }
      List<String> codes =
          java.util.Arrays.stream(text.split(","))
              .map(String::strip)
              .filter(c -> !c.isEmpty())
              .toList();
      if (codes.isEmpty()) {
        throw new UsageException("--standards: give one or more standard codes, as CODE,CODE");
      }
      return codes;
    }

    int level() {
      String text = named.get("--level");
      if (text == null) {
        throw new UsageException(
            command
                + " needs --level N: NOS carry no RQF level, so say which level the unit is at");
      }
      try {
        int level = Integer.parseInt(text);
        if (level < 1 || level > 8) {
          throw new NumberFormatException();
        }
        return level;
      } catch (NumberFormatException e) {
        throw new UsageException("--level: '" + text + "' is not an RQF level from 1 to 8");
      }
    }
  }
}
