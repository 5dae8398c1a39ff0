package uk.attest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored chunks read back as one stream, each fetched only when the reader reaches it. */
class ChunkedStreamTest {

  @Test
  void theChunksReadBackInOrderAsOneStream() throws Exception {
    String[] chunks = {"Evidence ", "of a ", "product"};
    try (InputStream in =
        ChunkedStream.of(3, seq -> chunks[seq].getBytes(StandardCharsets.UTF_8))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("Evidence of a product");
    }
  }

  @Test
  void aChunkIsFetchedOnlyWhenTheReaderReachesIt() throws Exception {
    List<Integer> fetched = new ArrayList<>();
    try (InputStream in =
        ChunkedStream.of(
            3,
            seq -> {
              fetched.add(seq);
              return new byte[] {(byte) seq, (byte) seq};
            })) {
      assertThat(fetched).as("nothing fetched before reading").isEmpty();
      assertThat(in.readNBytes(2)).containsExactly(0, 0);
      assertThat(fetched).containsExactly(0);
      assertThat(in.readAllBytes()).containsExactly(1, 1, 2, 2);
      assertThat(fetched).containsExactly(0, 1, 2);
    }
  }

  @Test
  void noChunksIsAnEmptyStream() throws Exception {
    try (InputStream in =
        ChunkedStream.of(
            0,
            seq -> {
              throw new AssertionError("no chunk to fetch");
            })) {
      assertThat(in.read()).isEqualTo(-1);
    }
  }
}
