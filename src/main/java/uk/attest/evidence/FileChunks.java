package uk.attest.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.attest.shared.ChunkedStream;

/**
 * A stored file's bytes as rows of evidence_file_chunk, written as they are read and read as they
 * are sent, so the heap holds one chunk of a file at a time however large it is.
 */
final class FileChunks {
  /**
   * A chunk is this many bytes (the last one fewer): small enough that no chunk is a humongous
   * object to the garbage collector at a 768 MB heap (its regions are 1 MB).
   */
  static final int CHUNK_BYTES = 256 * 1024;

  private final JdbcClient jdbc;

  FileChunks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Reads the stream to its end, a chunk at a time, storing each; the caller closes it. */
  void write(String fileId, InputStream content) {
    try {
      int seq = 0;
      byte[] chunk = content.readNBytes(CHUNK_BYTES);
      do {
        jdbc.sql("insert into evidence_file_chunk (file_id, seq, bytes) values (?, ?, ?)")
            .params(fileId, seq++, chunk)
            .update();
        chunk = content.readNBytes(CHUNK_BYTES);
      } while (chunk.length > 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's bytes, each chunk fetched by its own query when the stream reaches it. */
  InputStream read(String fileId) {
    int chunks =
        jdbc.sql("select count(*) from evidence_file_chunk where file_id = ?")
            .param(fileId)
            .query(Integer.class)
            .single();
    return ChunkedStream.of(
        chunks,
        seq ->
            jdbc.sql("select bytes from evidence_file_chunk where file_id = ? and seq = ?")
                .params(fileId, seq)
                .query(byte[].class)
                .single());
  }
}
