package uk.attest;

import uk.attest.cli.Cli;

/** One jar: with a command it runs the command line; with none it starts the service. */
public final class Attest {
  private Attest() {}

  public static void main(String[] args) {
    // Anything that is not an option is meant as a command: a typo gets the usage, not a server.
    if (args.length > 0 && (Cli.isCommand(args[0]) || !args[0].startsWith("-"))) {
      // Before any logger exists: keep stdout for the command's output.
      System.setProperty("logback.configurationFile", "attest-cli-logback.xml");
      System.exit(Cli.run(args, System.out, System.err));
    }
    AttestApplication.start(args);
  }
}
