package uk.attest.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The password policy (NCSC, NIST SP 800-63B): each rule with a password it refuses and a near
 * miss.
 */
class PasswordPolicyTest {
  private static Optional<String> refusal(String password) {
    return PasswordPolicy.refusal(password, "ffion.prys", "Ffion Prys-Jones");
  }

  @Test
  void aPasswordThatIsOnlySpacesIsRefused() {
    assertThat(refusal("            "))
        .contains("must not be only spaces or other blank characters");
    assertThat(refusal("\t\t\t\t\u00a0\u2003\u200b      "))
        .as("no-break, em and zero-width spaces are spaces too")
        .contains("must not be only spaces or other blank characters");
  }

  @Test
  void aPasswordShorterThanTwelveCharactersIsRefused() {
    assertThat(refusal("x7#kq!vz2Lp")).contains("must be at least 12 characters");
    assertThat(refusal("heron quartz kettle")).isEmpty();
  }

  @Test
  void lengthCountsCharactersAPersonTypesNotJavaChars() {
    // Eleven emoji are 22 Java chars but eleven characters.
    assertThat(refusal("🦔🐙🦉🐝🦊🐢🦀🐌🦜🐳🦋")).contains("must be at least 12 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"password1234", "qwerty123456", "123456789012"})
  void oneOfTheMostCommonPasswordsIsRefusedSayingSo(String common) {
    assertThat(refusal(common)).hasValueSatisfying(why -> assertThat(why).contains("common"));
  }

  @Test
  void password1234IsRefusedAsOneOfTheMostCommonPasswords() {
    assertThat(refusal("password1234")).contains("is one of the most common passwords");
  }

  @Test
  void aCommonPasswordDisguisedWithLookAlikeCharactersIsRefused() {
    assertThat(refusal("P@ssw0rd1234"))
        .hasValueSatisfying(why -> assertThat(why).contains("common"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"iloveyou2024", "football2024", "letmein12345", "Password1234!"})
  void aCommonPasswordWithAFewCharactersAddedIsRefused(String common) {
    assertThat(refusal(common)).isPresent();
  }

  @Test
  void oneCharacterRepeatedIsRefused() {
    assertThat(refusal("aaaaaaaaaaaa"))
        .contains("repeats the same characters or words, which is quickly guessed");
  }

  @Test
  void aSequenceOrAKeyboardPatternIsRefused() {
    assertThat(refusal("abcdefghijklm"))
        .hasValueSatisfying(w -> assertThat(w).contains("sequence"));
    assertThat(refusal("qazwsxedcrfvtgb")).isPresent();
  }

  @Test
  void theUsernameOrAPasswordBuiltOnItIsRefused() {
    assertThat(PasswordPolicy.refusal("ffion.prys.jones", "ffion.prys.jones", "F"))
        .contains("must not be the username or contain it");
    assertThat(PasswordPolicy.refusal("Ffion-Prys-Jones-2024", "ffion.prys.jones", "F"))
        .contains("must not be the username or contain it");
    assertThat(refusal("ffionprys2024")).isPresent();
  }

  @Test
  void aPasswordOfSymbolsOnlyIsNotMistakenForTheUsername() {
    assertThat(refusal("!!!!!!!!!!!!")).isPresent().get().asString().doesNotContain("username");
    assertThat(refusal("#%&)(*^$@!~{}<>?")).isEmpty();
  }

  @Test
  void thePersonsOwnNameWithLittleAddedIsRefused() {
    assertThat(refusal("FfionJones1990"))
        .contains("is built on the account's names or this service's name");
    assertThat(refusal("ffionjones12")).isPresent();
    assertThat(refusal("attest-portfolio")).isPresent();
  }

  @Test
  void aShortUsernameInsideALongPassphraseIsNotHeldAgainstIt() {
    assertThat(PasswordPolicy.refusal("samphire on toast at noon", "sam", "Sam")).isEmpty();
  }

  @Test
  void aPassphraseOfUnrelatedWordsIsAcceptedWithNoCompositionRules() {
    assertThat(refusal("correct horse battery staple")).isEmpty();
    assertThat(refusal("tair llong yn hwylio heibio")).isEmpty();
    assertThat(refusal("all lower case words just fine")).isEmpty();
  }

  @Test
  void aPasswordLongerThanTwoHundredCharactersIsRefused() {
    assertThat(refusal("long passphrase ".repeat(13))).contains("must be at most 200 characters");
  }

  @Test
  void aLongPasswordIsJudgedQuicklyAndALongRepetitionIsStillRefused() {
    long start = System.nanoTime();
    assertThat(refusal("a1".repeat(100))).isPresent();
    assertThat(refusal("password".repeat(25))).isPresent();
    assertThat(refusal("correct horse battery staple ".repeat(6))).isEmpty();
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(java.time.Duration.ofSeconds(2));
  }

  @Test
  void theDemoPasswordPassesThePolicyForEveryDemoAccount() throws IOException {
    Properties settings = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
      settings.load(in);
    }
    String demo = settings.getProperty("attest.demo-data.password");
    for (String username :
        new String[] {
          "admin.demo",
          "assessor.demo",
          "trainee.demo",
          "iqa.demo",
          "awarding-body.demo",
          "platform.demo",
          "learner.amara.demo"
        }) {
      assertThat(PasswordPolicy.refusal(demo, username, "Demo Administrator"))
          .as(username)
          .isEmpty();
    }
  }

  @Test
  void thePasswordsTheTestsThemselvesUsePassThePolicy() {
    for (String password :
        new String[] {
          "correct horse battery staple",
          "access-rules-password",
          "sign-in-test-password",
          "matrix-password-1",
          "bench password, not secret",
          "a-new-password-1",
          "another-one-22",
          "reset-by-admin-1",
          "a-long-enough-secret"
        }) {
      assertThat(PasswordPolicy.refusal(password, "user-1234abcd", "Ffion")).as(password).isEmpty();
    }
  }
}
