package uk.attest.accounts;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be, after NCSC's password guidance and NIST SP 800-63B §3.1.1.2: long
 * enough, not only blank characters, not the username or built on it, and not on a list of common
 * and breached passwords nor otherwise quickly guessed. There are no composition rules (no "one
 * digit, one symbol") and no expiry. Guessability is zxcvbn's estimate, whose dictionaries hold the
 * most common passwords from public breaches; it must reach 10^8 guesses (zxcvbn's score 3), which
 * a passphrase of three unrelated words passes and "password1234" does not.
 *
 * <p>Every place that sets a password asks this one policy: account creation, an admin's reset,
 * changing one's own password, and the first admin at start-up.
 */
final class PasswordPolicy {
  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 200;

  /** How much of a password zxcvbn measures: NIST's 64, in a few tens of milliseconds. */
  private static final int MEASURED = 64;

  /** zxcvbn's score: 3 is "safely unguessable", at least 10^8 guesses. */
  private static final int MIN_SCORE = 3;

  /** Words a guesser tries first against this service, besides the person's own names. */
  private static final List<String> SERVICE_WORDS = List.of("attest", "assessment", "portfolio");

  /** Thread-safe: it holds only the dictionaries, loaded once. */
  private static final Zxcvbn ZXCVBN = new Zxcvbn();

  private static final String NAMED = "is built on the account's names or this service's name";

  private PasswordPolicy() {}

  /**
   * Why this password may not be used by this account, in words to follow "Password …", or empty
   * when it may.
   */
  static Optional<String> refusal(String password, String username, String displayName) {
    if (password == null || password.isEmpty()) {
      return Optional.of("is required");
    }
    if (onlyBlank(password)) {
      return Optional.of("must not be only spaces or other blank characters");
    }
    if (password.indexOf('\u0000') >= 0) {
      return Optional.of("must not contain NUL characters");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    String bare = bare(password);
    String user = bare(username);
    // Short usernames ("sam") are left to zxcvbn, or "samphire on toast" would be refused.
    boolean both = !bare.isEmpty() && !user.isEmpty();
    if (both
        && (bare.equals(user)
            || (user.length() >= 5 && bare.contains(user))
            || user.contains(bare))) {
      return Optional.of("must not be the username or contain it");
    }
    // zxcvbn takes over a second on 200 characters; a strong first 64 make the whole strong.
    String measured =
        length <= MEASURED
            ? password
            : password.substring(0, password.offsetByCodePoints(0, MEASURED));
    Strength strength = ZXCVBN.measure(measured, context(username, displayName));
    if (strength.getScore() < MIN_SCORE) {
      return Optional.of(why(strength.getSequence(), measured.length()));
    }
    // zxcvbn lets "ffionjones12" through at the edge of its score; a guesser tries names first.
    int named =
        strength.getSequence().stream()
            .filter(m -> m.pattern == Pattern.Dictionary && "user_inputs".equals(m.dictionaryName))
            .mapToInt(Match::tokenLength)
            .sum();
    if (2 * named > measured.length()) {
      return Optional.of(NAMED);
    }
    return Optional.empty();
  }

  /** The plainest true reason a weak password is quickly guessed, from zxcvbn's matches. */
  private static String why(List<Match> matches, int length) {
    for (Match m : matches) {
      if (m.pattern == Pattern.Dictionary
          && "passwords".equals(m.dictionaryName)
          && m.tokenLength() == length) {
        return m.l33t || m.reversed || !m.token.toString().equals(m.matchedWord.toString())
            ? "is one of the most common passwords, lightly disguised"
            : "is one of the most common passwords";
      }
    }
    for (Match m : matches) {
      if (m.pattern == Pattern.Dictionary && "user_inputs".equals(m.dictionaryName)) {
        return NAMED;
      }
    }
    if (matches.size() == 1) {
      switch (matches.get(0).pattern) {
        case Repeat -> {
          return "repeats the same characters or words, which is quickly guessed";
        }
        case Sequence -> {
          if (matches.get(0).token.chars().distinct().count() == 1) {
            return "repeats the same characters or words, which is quickly guessed";
          }
          return "is a sequence like 'abcd' or '9876', which is quickly guessed";
        }
        case Spatial -> {
          return "is a pattern of neighbouring keys, which is quickly guessed";
        }
        default -> {}
      }
    }
    for (Match m : matches) {
      if (m.pattern == Pattern.Dictionary && "passwords".equals(m.dictionaryName)) {
        return "is a common password with little added, which is quickly guessed";
      }
    }
    return "is too easy to guess; a few unrelated words together make a strong password";
  }

  /** The username, its parts, the person's names and the service: a guesser's first tries. */
  private static List<String> context(String username, String displayName) {
    List<String> words = new ArrayList<>(SERVICE_WORDS);
    for (String text : new String[] {username, displayName}) {
      if (text != null && !text.isBlank()) {
        words.add(text.strip().toLowerCase(Locale.ROOT));
        for (String part : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          if (part.length() >= 3) {
            words.add(part);
          }
        }
      }
    }
    return words;
  }

  /** Spaces of any kind (no-break and em spaces too) and invisible characters only. */
  private static boolean onlyBlank(String text) {
    return text.codePoints()
        .allMatch(
            c ->
                Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT);
  }

  /** Lower-case letters and digits only, compatibility-normalised: "Admin.Demo" is "admindemo". */
  private static String bare(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
