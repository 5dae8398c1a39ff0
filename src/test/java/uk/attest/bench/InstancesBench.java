package uk.attest.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the capacity model in docs/scaling.md rests on, measured on PostgreSQL: upload → assessment
 * throughput through one instance and through two on the same database (in alternating rounds of
 * the same run, so both meet the same machine), and what one evidence item, judgement, assessment
 * and audit entry costs in the database (pg_total_relation_size of each table, indexes and TOAST
 * included, over its rows, after loading the items).
 *
 * <p>Each upload's response comes after the transaction that stored the item and recomputed the
 * learner's assessment has committed, so uploads per second is upload → assessment throughput.
 * Clients are the assessor of every learner, signed in by bearer token, each uploading for its own
 * learner; with two instances, half the clients go to each.
 *
 * <p>Run: {@code taskset -c 1 mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=uk.attest.bench.InstancesBench -Dexec.args="1000 8 4"} (items in all, clients,
 * rounds).
 */
public final class InstancesBench {
  private static final String[] CRITERIA = {
    "ATTECL02.P1",
    "ATTECL02.P2",
    "ATTECL03.P1",
    "ATTECL03.K1",
    "ATTECL05.P5",
    "ATTECL07.K3",
    "ATTECL09.P2",
    "ATTECL11.K1"
  };

  private InstancesBench() {}

  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int perRound = Math.max(clients, items / 2 / rounds / clients * clients);
    try (BenchService a = new BenchService("postgres");
        BenchService b = BenchService.joining(a)) {
      BenchService.Learner first = a.learnerWithAssessor();
      List<String> learners = new ArrayList<>(List.of(first.id()));
      for (int n = 1; n < clients; n++) {
        learners.add(a.anotherLearner(first, n));
      }
      String assessor = a.token(first.assessorUser());
      AtomicInteger uploaded = new AtomicInteger();
      round(List.of(a, b), assessor, learners, clients, 2 * clients, uploaded); // warm-up both
      double[] one = new double[rounds / 2];
      double[] two = new double[rounds / 2];
      for (int r = 0; r < rounds; r++) {
        boolean both = r % 2 == 1;
        double rate =
            round(
                both ? List.of(a, b) : List.of(a), assessor, learners, clients, perRound, uploaded);
        (both ? two : one)[r / 2] = rate;
        System.out.printf(
            Locale.UK,
            "round %d: %s, %d clients, %d uploads: %.1f uploads/s%n",
            r + 1,
            both ? "two instances" : "one instance",
            clients,
            perRound,
            rate);
      }
      System.out.printf(
          Locale.UK,
          "upload -> assessment on PostgreSQL: one instance %.1f/s, two instances %.1f/s (ratio"
              + " %.2f)%n",
          mean(one),
          mean(two),
          mean(two) / mean(one));

      // Top up to the item count with small files, then 50 items of 200 KB each, then judge 200.
      int rest = items - uploaded.get();
      if (rest > 0) {
        round(List.of(a, b), assessor, learners, clients, rest, uploaded);
      }
      Random random = new Random(42);
      List<String> large = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        byte[] raw = new byte[150 * 1024];
        random.nextBytes(raw);
        byte[] text = Base64.getMimeEncoder().encode(raw); // about 200 KB of text
        large.add(
            a.upload(
                assessor,
                learners.get(i % learners.size()),
                "large-" + i,
                text,
                CRITERIA[i % CRITERIA.length]));
      }
      List<String> judged = judge(a, assessor, first.assessorId(), learners, 200);
      System.out.printf(
          Locale.UK,
          "loaded %d small items, 50 items of 200 KB, %d judgements%n",
          uploaded.get(),
          judged.size());
      Thread.sleep(5_000); // let the background reader finish what it can
      sizes(a.schema());
    }
  }

  /** Uploads n items through the given instances with this many clients; uploads per second. */
  private static double round(
      List<BenchService> instances,
      String assessor,
      List<String> learners,
      int clients,
      int n,
      AtomicInteger uploaded)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      BenchService through = instances.get(c % instances.size());
      done.add(
          pool.submit(
              () -> {
                while (next.getAndIncrement() < n) {
                  int i = uploaded.getAndIncrement();
                  through.upload(
                      assessor,
                      learners.get(client),
                      "item-" + i,
                      CRITERIA[i % CRITERIA.length],
                      CRITERIA[(i + 3) % CRITERIA.length]);
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    long nanos = System.nanoTime() - start;
    pool.shutdown();
    return n / (nanos / 1e9);
  }

  /** Accepts the first n items (any learner) by the assessor; their ids. */
  private static List<String> judge(
      BenchService service, String assessor, String assessorId, List<String> learners, int n)
      throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = connection(service.schema());
        var rs =
            c.createStatement()
                .executeQuery("select id from evidence order by created_at, id limit " + n)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    for (String id : ids) {
      service.post(
          assessor,
          "/api/evidence/" + id + "/judgements",
          "{\"verdict\": \"ACCEPTED\", \"proficiency\": \"Advanced\", \"assessorId\": \""
              + assessorId
              + "\", \"authenticityConfirmed\": true}");
    }
    return ids;
  }

  /** Each table's rows, total size (indexes and TOAST included) and bytes a row. */
  private static void sizes(String schema) throws Exception {
    try (Connection c = connection(schema)) {
      c.createStatement().execute("analyze");
      var tables =
          c.createStatement()
              .executeQuery(
                  "select table_name from information_schema.tables where table_schema = '"
                      + schema
                      + "' and table_type = 'BASE TABLE' order by table_name");
      List<String> names = new ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString(1));
      }
      System.out.println("table | rows | total bytes | bytes a row");
      for (String t : names) {
        var rs =
            c.createStatement()
                .executeQuery(
                    "select count(*), pg_total_relation_size('"
                        + schema
                        + "."
                        + t
                        + "') from "
                        + schema
                        + "."
                        + t);
        rs.next();
        long rows = rs.getLong(1);
        long bytes = rs.getLong(2);
        if (rows > 0) {
          System.out.printf(Locale.UK, "%s | %d | %d | %d%n", t, rows, bytes, bytes / rows);
        }
      }
      var files =
          c.createStatement()
              .executeQuery(
                  "select count(*), coalesce(sum(octet_length(bytes)), 0) from evidence_file_chunk");
      files.next();
      System.out.printf(
          Locale.UK,
          "file chunks hold %d bytes of content in %d rows%n",
          files.getLong(2),
          files.getLong(1));
      var db =
          c.createStatement()
              .executeQuery(
                  "select sum(pg_total_relation_size(quote_ident(table_schema) || '.' ||"
                      + " quote_ident(table_name))) from information_schema.tables where"
                      + " table_schema = '"
                      + schema
                      + "'");
      db.next();
      System.out.printf(Locale.UK, "schema total %d bytes%n", db.getLong(1));
    }
  }

  private static Connection connection(String schema) throws Exception {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema, "postgres", "");
  }

  private static double mean(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length;
  }
}
