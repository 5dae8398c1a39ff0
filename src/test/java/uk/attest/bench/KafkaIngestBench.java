package uk.attest.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Kafka ingest throughput: messages per second from the first sent to the last stored and assessed
 * (each message is one item; its transaction stores it and recomputes the learner's assessment),
 * with the listener at each concurrency in turn on one service; then the HTTP ingest of the same
 * items, one item a request, from one and from two clients, as the baseline. The broker runs in
 * this JVM (spring-kafka-test's KRaft broker), so broker, producer and service share the CPU.
 *
 * <p>{@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=uk.attest.bench.KafkaIngestBench -Dexec.args="5000 200 h2 1,2"} (messages per
 * phase, learners, database h2 or postgres, the listener concurrencies in order).
 */
public final class KafkaIngestBench {
  private static final String TOPIC = "bench.platform.evidence";
  private static final int PARTITIONS = 4;

  private KafkaIngestBench() {}

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int learnerCount = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    String database = args.length > 2 ? args[2] : "h2";
    String[] concurrencies = (args.length > 3 ? args[3] : "1,2").split(",");
    int httpItems = args.length > 4 ? Integer.parseInt(args[4]) : messages / 2;

    EmbeddedKafkaKraftBroker broker =
        new EmbeddedKafkaKraftBroker(1, PARTITIONS, TOPIC, TOPIC + ".DLT");
    broker.afterPropertiesSet();
    try (BenchService service =
            new BenchService(
                database,
                List.of(
                    "--attest.kafka.enabled=true",
                    "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                    "--attest.kafka.topic=" + TOPIC,
                    "--attest.kafka.partitions=" + PARTITIONS,
                    "--attest.kafka.concurrency=" + concurrencies[0]));
        KafkaProducer<String, String> producer =
            new KafkaProducer<>(
                Map.of(
                    "bootstrap.servers",
                    broker.getBrokersAsString(),
                    "linger.ms",
                    5,
                    "acks",
                    "all"),
                new StringSerializer(),
                new StringSerializer())) {
      BenchService.Learner first = service.learnerWithAssessor();
      List<String> learners = new ArrayList<>(List.of(first.id()));
      for (int n = 1; n < learnerCount; n++) {
        learners.add(service.anotherLearner(first, n));
      }
      JdbcClient db = service.bean(JdbcClient.class);
      ConcurrentMessageListenerContainer<?, ?> listener =
          (ConcurrentMessageListenerContainer<?, ?>)
              service
                  .bean(KafkaListenerEndpointRegistry.class)
                  .getListenerContainer("platform-evidence");
      System.out.printf(
          Locale.UK,
          "%s: %d learners, %d partitions, %d messages a phase (one item each)%n",
          database,
          learnerCount,
          PARTITIONS,
          messages);

      // Warm-up: a tenth of a phase, not counted.
      kafkaPhase(producer, db, learners, "warm", messages / 10);
      for (int phase = 0; phase < concurrencies.length; phase++) {
        int concurrency = Integer.parseInt(concurrencies[phase].strip());
        listener.stop();
        listener.setConcurrency(concurrency);
        listener.start();
        double seconds = kafkaPhase(producer, db, learners, "p" + phase, messages);
        System.out.printf(
            Locale.UK,
            "  Kafka, concurrency %d: %d stored and assessed in %.1f s = %.0f messages/s%n",
            concurrency,
            messages,
            seconds,
            messages / seconds);
      }

      String platform = platformAccount(service);
      for (int clients : new int[] {1, 2}) {
        double seconds = httpPhase(service, platform, learners, "h" + clients, httpItems, clients);
        System.out.printf(
            Locale.UK,
            "  HTTP, %d client(s), one item a request: %d in %.1f s = %.0f items/s%n",
            clients,
            httpItems,
            seconds,
            httpItems / seconds);
      }
    } finally {
      broker.destroy();
    }
  }

  /** Sends the items round the learners and waits until every one is stored; seconds taken. */
  private static double kafkaPhase(
      KafkaProducer<String, String> producer,
      JdbcClient db,
      List<String> learners,
      String phase,
      int messages)
      throws Exception {
    long assessedBefore = assessments(db);
    long start = System.nanoTime();
    for (int i = 0; i < messages; i++) {
      String learner = learners.get(i % learners.size());
      producer.send(new ProducerRecord<>(TOPIC, learner, item(phase + "-" + i, learner)));
    }
    producer.flush();
    long deadline = start + 20L * 60 * 1_000_000_000L;
    while (stored(db, phase) < messages) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only " + stored(db, phase) + " of " + messages + " stored in 20 minutes");
      }
      Thread.sleep(20);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long assessed = assessments(db) - assessedBefore;
    if (assessed < messages) {
      throw new IllegalStateException(messages + " stored but only " + assessed + " assessed");
    }
    return seconds;
  }

  /** The same items over HTTP, one a request, from the given number of clients; seconds taken. */
  private static double httpPhase(
      BenchService service,
      String platform,
      List<String> learners,
      String phase,
      int items,
      int clients)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      work.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
                  String learner = learners.get(i % learners.size());
                  HttpResponse<String> r =
                      service.http.send(
                          HttpRequest.newBuilder(
                                  URI.create(service.base + "/api/platform/evidence"))
                              .header("Authorization", platform)
                              .header("Content-Type", "application/json")
                              .POST(
                                  HttpRequest.BodyPublishers.ofString(
                                      "[" + item(phase + "-" + i, learner) + "]"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + ": " + r.body());
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    return (System.nanoTime() - start) / 1e9;
  }

  private static String platformAccount(BenchService service) throws Exception {
    String admin = service.token(BenchService.ADMIN);
    service.post(
        admin,
        "/api/accounts",
        "{\"username\": \"platform.bench\", \"displayName\": \"Learning platform\", \"password\":"
            + " \""
            + BenchService.PASSWORD
            + "\", \"roles\": [\"PLATFORM\"]}");
    return service.token("platform.bench");
  }

  private static String item(String externalId, String learner) {
    return "{\"externalId\": \""
        + externalId
        + "\", \"learnerId\": \""
        + learner
        + "\", \"kind\": \"CONVERSATION\", \"title\": \"Coaching conversation "
        + externalId
        + "\", \"transcript\": \"Assessor: How would you explain the drop in margin? Learner: I"
        + " would start with the contribution margin by channel, then the returns rate, then"
        + " the marketing cost per order, and show the bridge from last quarter.\","
        + " \"occurredOn\": \"2026-10-01\", \"criteria\": [\"ATTECL02.K1\"],"
        + " \"learnerDeclaration\": true}";
  }

  private static long stored(JdbcClient db, String phase) {
    return db.sql("select count(*) from evidence where idempotency_key like ?")
        .param("platform:" + phase + "-%")
        .query(Long.class)
        .single();
  }

  private static long assessments(JdbcClient db) {
    return db.sql(
            "select count(*) from assessment_record where cause = 'platform evidence received'")
        .query(Long.class)
        .single();
  }
}
