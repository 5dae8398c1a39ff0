package uk.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of fast-start that need no packaged jar (JarIT runs the whole command). */
class FastStartTest {

  @Test
  void thePrintedCommandNeedsNoQuotesForAPlainFolder() {
    assertThat(
            FastStart.command(
                Path.of("/srv/attest/fast/attest.jsa"), Path.of("/srv/attest/fast/attest.jar")))
        .isEqualTo(
            "java -XX:SharedArchiveFile=/srv/attest/fast/attest.jsa -jar /srv/attest/fast/attest.jar");
  }

  @Test
  void aFolderWithASpaceOrAQuoteIsQuotedSoAShellReadsItBackWhole() throws Exception {
    for (String word :
        List.of(
            "-XX:SharedArchiveFile=/tmp/my fast start/attest.jsa",
            "/tmp/Gwenllïan's copy/attest.jar",
            "/tmp/$HOME and `date`/attest.jar")) {
      String quoted = FastStart.shellWord(word);
      assertThat(quoted).startsWith("'");
      Process sh =
          new ProcessBuilder("sh", "-c", "printf '%s' " + quoted).redirectErrorStream(true).start();
      String readBack = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(sh.waitFor()).isZero();
      assertThat(readBack).isEqualTo(word);
    }
  }

  @Test
  void theArchiveListLeavesOutOnlyTheLambdaProxiesThisJdkCrashesOn(@TempDir Path tmp)
      throws Exception {
    Path list = tmp.resolve("classes.lst");
    Files.write(
        list,
        List.of(
            "java/lang/Object id: 0",
            "uk/attest/cli/Cli id: 1",
            "@lambda-proxy uk/attest/cli/Cli run ()Ljava/lang/Runnable;",
            "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder"));
    Path dump = tmp.resolve("dump.lst");
    FastStart.writeDumpList(list, dump);
    assertThat(Files.readAllLines(dump))
        .containsExactly(
            "java/lang/Object id: 0",
            "uk/attest/cli/Cli id: 1",
            "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder");
  }

  @Test
  void aNewOrEmptyFolderIsTakenAndAnythingElseRefusedUntouched(@TempDir Path tmp) throws Exception {
    FastStart.requireEmpty(tmp.resolve("new"));
    FastStart.requireEmpty(tmp);
    Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> FastStart.requireEmpty(tmp))
        .isInstanceOf(FastStart.BadFolder.class)
        .hasMessageContaining(tmp + " is not empty");
    assertThatThrownBy(() -> FastStart.requireEmpty(file))
        .isInstanceOf(FastStart.BadFolder.class)
        .hasMessageContaining(file + " is a file");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }
}
