package uk.attest.shared;

import java.security.SecureRandom;

/** Short random ids with a prefix saying what they are: lrn_4k7q2m9x8c3d. */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

  private Ids() {}

  public static String next(String prefix) {
    char[] chars = new char[12];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return prefix + "_" + new String(chars);
  }
}
