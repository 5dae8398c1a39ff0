package uk.attest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A ULN is ten digits whose last is a mod-11 check digit. */
class UlnTest {
  @Test
  void aUlnWithTheRightCheckDigitIsValid() {
    // 0000000042: 4 × 2 = 8; 8 mod 11 = 8; 10 − 8 = 2, the tenth digit.
    assertThat(Uln.problem("0000000042")).isEmpty();
    assertThat(new Uln("6139042878").value()).isEqualTo("6139042878");
  }

  @Test
  void aUlnWithTheWrongCheckDigitIsNot() {
    assertThat(Uln.problem("0000000043"))
        .contains("check digit does not match: 0000000043 is not a valid ULN");
  }

  @Test
  void aRemainderOfZeroIsNeverValid() {
    // 0000000000: the sum is 0, so the remainder is 0, which no check digit satisfies.
    assertThat(Uln.problem("0000000000")).isPresent();
  }

  @Test
  void theFundingPlaceholderIsNotALearner() {
    assertThat(Uln.problem("9999999999"))
        .contains("9999999999 is the placeholder for an unknown learner, not a ULN");
  }

  @Test
  void anythingButTenDigitsIsRefused() {
    assertThat(Uln.problem("123456789")).contains("a ULN is exactly 10 digits");
    assertThat(Uln.problem("12345678901")).isPresent();
    assertThat(Uln.problem("12345abcde")).isPresent();
    assertThatThrownBy(() -> new Uln(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
