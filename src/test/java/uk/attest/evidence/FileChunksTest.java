package uk.attest.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import uk.attest.TestPostgres;
import uk.attest.shared.Sha256;

/**
 * A stored file's bytes are rows of at most a chunk (256 KiB), written as the upload is read and
 * read back as the download is written, on H2 and on PostgreSQL; files stored whole before V5 are
 * cut into the same chunks by the migration.
 */
class FileChunksTest {
  private static final int SIZE = 2 * FileChunks.CHUNK_BYTES + 12_345;

  @Test
  void aFileLargerThanAChunkIsStoredInChunksAndReadBackIdenticalOnH2() throws IOException {
    storedAndReadBack(h2("chunks"));
  }

  @Test
  void aFileLargerThanAChunkIsStoredInChunksAndReadBackIdenticalOnPostgres() throws Exception {
    onPostgres(this::storedAndReadBack);
  }

  @Test
  void filesStoredWholeBeforeAreCutIntoChunksByTheMigrationOnH2() {
    migratedFromWhole(h2("legacy"));
  }

  @Test
  void filesStoredWholeBeforeAreCutIntoChunksByTheMigrationOnPostgres() throws Exception {
    onPostgres(this::migratedFromWhole);
  }

  private void storedAndReadBack(DataSource db) {
    migrate(db, null);
    JdbcClient jdbc = JdbcClient.create(db);
    evidence(jdbc);
    byte[] bytes = random(SIZE);
    String sha = Sha256.hex(bytes);
    EvidenceRepository records = new EvidenceRepository(jdbc);
    records.insert(
        new EvidenceFile("fil_1", "evd_1", 0, "film.mp4", "video/mp4", SIZE, sha),
        new ByteArrayInputStream(bytes));

    assertThat(chunkSizes(jdbc, "fil_1"))
        .containsExactly(FileChunks.CHUNK_BYTES, FileChunks.CHUNK_BYTES, 12_345);
    assertThat(hashOf(records.content("fil_1"))).isEqualTo(sha);
    try (InputStream in = records.content("fil_1")) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(records.files("evd_1").get(0).sha256()).isEqualTo(sha);
  }

  private void migratedFromWhole(DataSource db) {
    migrate(db, "3");
    JdbcClient jdbc = JdbcClient.create(db);
    evidence(jdbc);
    byte[] big = random(SIZE);
    byte[] small = random(10);
    for (var f : List.of(new Object[] {"fil_big", 0, big}, new Object[] {"fil_small", 1, small})) {
      byte[] content = (byte[]) f[2];
      jdbc.sql(
              "insert into evidence_file (id, evidence_id, ordinal, file_name, media_type,"
                  + " size_bytes, sha256, content) values (?, 'evd_1', ?, 'f', 'text/plain', ?, ?, ?)")
          .params(f[0], f[1], content.length, Sha256.hex(content), content)
          .update();
    }
    migrate(db, null);
    EvidenceRepository records = new EvidenceRepository(jdbc);
    assertThat(chunkSizes(jdbc, "fil_big")).hasSize(3);
    assertThat(hashOf(records.content("fil_big"))).isEqualTo(Sha256.hex(big));
    assertThat(hashOf(records.content("fil_small"))).isEqualTo(Sha256.hex(small));
  }

  private static DataSource h2(String name) {
    return new SimpleDriverDataSource(
        new org.h2.Driver(),
        "jdbc:h2:mem:"
            + name
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sa",
        "");
  }

  private static void onPostgres(Consumer<DataSource> test) throws SQLException {
    String schema = TestPostgres.schema("chunks");
    try {
      test.accept(
          new SimpleDriverDataSource(
              new org.postgresql.Driver(),
              TestPostgres.URL + "?currentSchema=" + schema,
              TestPostgres.USER,
              ""));
    } finally {
      TestPostgres.drop(schema);
    }
  }

  private static void migrate(DataSource db, String target) {
    var config = Flyway.configure().dataSource(db).locations("classpath:db/migration");
    String schema = schemaOf(db);
    if (schema != null) {
      config.schemas(schema);
    }
    if (target != null) {
      config.target(target);
    }
    config.load().migrate();
  }

  private static String schemaOf(DataSource db) {
    String url = ((SimpleDriverDataSource) db).getUrl();
    int at = url.indexOf("currentSchema=");
    return at < 0 ? null : url.substring(at + "currentSchema=".length());
  }

  /** A centre, a learner and one evidence item for files to belong to. */
  private static void evidence(JdbcClient jdbc) {
    OffsetDateTime now = OffsetDateTime.parse("2026-06-01T10:00:00Z");
    jdbc.sql("insert into centre (id, name, created_at) values ('ctr_1', 'Centre', ?)")
        .param(now)
        .update();
    jdbc.sql(
            "insert into learner (id, centre_id, name, uln, created_at)"
                + " values ('lrn_1', 'ctr_1', 'Learner', '0000000001', ?)")
        .param(now)
        .update();
    jdbc.sql(
            "insert into evidence (id, learner_id, title, method, activity_date,"
                + " learner_declaration, source, created_at)"
                + " values ('evd_1', 'lrn_1', 'Film', 'PRODUCT', ?, true, 'UPLOAD', ?)")
        .params(now.toLocalDate(), now)
        .update();
  }

  private static List<Integer> chunkSizes(JdbcClient jdbc, String fileId) {
    return jdbc.sql(
            "select octet_length(bytes) from evidence_file_chunk where file_id = ? order by seq")
        .param(fileId)
        .query(Integer.class)
        .list();
  }

  private static String hashOf(InputStream content) {
    MessageDigest digest = Sha256.digest();
    try (InputStream in = content;
        OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
      in.transferTo(out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }
}
