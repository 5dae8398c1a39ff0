package uk.attest.suggestions.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Text is tidied as it arrives, stops exactly at the limit, and can be stopped from outside. */
class TextSinkTest {
  @Test
  void runsOfSpacesBecomeOneAndBlankLinesBecomeOneBreakWithNothingAtEitherEnd() {
    TextSink sink = new TextSink(100);

    sink.append("  \n Title\u00a0\u00a0line \r\n\r\n\u2029 body\ttext\u0000\u001b \n\n");
    sink.paragraph();

    assertThat(sink.text()).isEqualTo("Title line\nbody text");
  }

  @Test
  void separatorsBetweenPiecesAreAddedOnlyBetweenWords() {
    TextSink sink = new TextSink(100);

    sink.space();
    sink.append("Channel");
    sink.space();
    sink.append("Orders");
    sink.space();
    sink.paragraph();
    sink.append("Marketplace");

    assertThat(sink.text()).isEqualTo("Channel Orders\nMarketplace");
  }

  @Test
  void theLimitIsNeverPassedNorASurrogatePairSplit() {
    TextSink sink = new TextSink(5);

    assertThatThrownBy(() -> sink.append("abcd\uD83D\uDE00e")).isInstanceOf(TextSink.Stop.class);

    assertThat(sink.text()).isEqualTo("abcd");
    assertThat(sink.full()).isTrue();
  }

  @Test
  void aStoppedSinkRefusesMoreAndKeepsWhatItHad() {
    TextSink sink = new TextSink(100);
    sink.append("page one");

    sink.stop();

    assertThatThrownBy(() -> sink.append("page two")).isInstanceOf(TextSink.Stop.class);
    assertThatThrownBy(sink::paragraph).isInstanceOf(TextSink.Stop.class);
    assertThat(sink.text()).isEqualTo("page one");
    assertThat(sink.full()).isFalse();
  }

  @Test
  void theFirstReasonGivenIsTheOneKept() {
    TextSink sink = new TextSink(100);

    sink.cut("Only the first 3 pages were read.");
    sink.note("The PDF has no text layer (a scan?); nothing was read.");

    assertThat(sink.note()).isEqualTo("Only the first 3 pages were read.");
    assertThat(sink.truncated()).isTrue();
  }
}
