package uk.attest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * The learning platform's evidence over Kafka, against a real broker in this JVM (KRaft): each
 * message is stored and assessed as the HTTP ingest stores it, in order for each learner, once
 * however often it is delivered; a message that cannot be stored goes to the dead-letter topic with
 * its reason, and the messages after it are still stored.
 */
@SpringBootTest(
    properties = {
      "attest.kafka.enabled=true",
      "attest.kafka.topic=" + PlatformStreamTest.TOPIC,
      "attest.kafka.partitions=2",
      "attest.kafka.concurrency=2",
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "spring.datasource.url=jdbc:h2:mem:kafka-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@EmbeddedKafka(partitions = 2)
class PlatformStreamTest {
  static final String TOPIC = "platform-evidence-test";
  private static final String HALFWAY = "lrn_demo_halfway";
  private static final String LEVEL6 = "lrn_demo_level6";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired KafkaTemplate<String, String> kafka;
  @Autowired JdbcClient db;
  @Autowired EmbeddedKafkaBroker broker;

  private static Consumer<String, String> deadLetters;
  private static final List<ConsumerRecord<String, String>> dead = new ArrayList<>();

  @BeforeAll
  static void readTheDeadLetterTopic(@Autowired EmbeddedKafkaBroker broker) {
    Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dlt-reader", false);
    props.put("auto.offset.reset", "earliest");
    deadLetters =
        new KafkaConsumer<>(
            new HashMap<>(props), new StringDeserializer(), new StringDeserializer());
    deadLetters.subscribe(List.of(TOPIC + ".DLT"));
  }

  @AfterAll
  static void close() {
    deadLetters.close();
  }

  @Test
  void eachLearnersItemsAreStoredAndAssessedInTheOrderSent() throws Exception {
    String run = run();
    List<String> halfway = new ArrayList<>();
    List<String> level6 = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      // Interleaved: the two learners' messages may go to different partitions and consumers.
      halfway.add(send(HALFWAY, item(run + "-h" + i, HALFWAY, "Pricing review " + i)));
      level6.add(send(LEVEL6, item(run + "-s" + i, LEVEL6, "Channel plan " + i)));
    }
    eventually(() -> stored(HALFWAY, run).size() == 6 && stored(LEVEL6, run).size() == 6);

    assertThat(stored(HALFWAY, run)).containsExactlyElementsOf(halfway);
    assertThat(stored(LEVEL6, run)).containsExactlyElementsOf(level6);
    // Each item awaits an assessor, as the HTTP ingest leaves it, and was audited as received.
    assertThat(
            db.sql(
                    "select count(*) from evidence e where e.idempotency_key like ? and not exists"
                        + " (select 1 from judgement j where j.evidence_id = e.id)")
                .param("platform:" + run + "%")
                .query(Long.class)
                .single())
        .isEqualTo(12);
    assertThat(
            db.sql(
                    "select count(*) from audit_entry where action = 'evidence.received' and"
                        + " after_state like ?")
                .param("%" + run + "%")
                .query(Long.class)
                .single())
        .isEqualTo(12);
    // Each message was assessed as it was stored: a new assessment for every one.
    assertThat(assessmentsAfter(HALFWAY, halfway.get(0))).isEqualTo(6);
    assertThat(assessmentsAfter(LEVEL6, level6.get(0))).isEqualTo(6);
  }

  @Test
  void aMessageDeliveredAgainIsStoredOnce() throws Exception {
    String run = run();
    String message = item(run + "-again", HALFWAY, "Stock-out post-mortem");
    send(HALFWAY, message);
    send(HALFWAY, message);
    // Same learner, same partition: once the next is stored, the second delivery was handled.
    send(HALFWAY, item(run + "-after", HALFWAY, "Returns policy"));
    eventually(() -> stored(HALFWAY, run).size() == 2);
    assertThat(stored(HALFWAY, run))
        .containsExactly("platform:" + run + "-again", "platform:" + run + "-after");
    assertThat(deadLettersContaining(run)).isEmpty();
  }

  @Test
  void aMessageThatCannotBeStoredGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsStored()
      throws Exception {
    String run = run();
    send(HALFWAY, "{\"externalId\": \"" + run + "-broken\", \"title\": ");
    send("lrn_nobody", item(run + "-nobody", "lrn_nobody", "Someone else's review"));
    send(
        HALFWAY,
        item(run + "-untitled", HALFWAY, "").replace("\"title\": \"\"", "\"title\": \"  \""));
    send(HALFWAY, item(run + "-future", HALFWAY, "Next year").replace("2026-10-01", "2999-01-01"));
    send(LEVEL6, item(run + "-wrong-key", HALFWAY, "Keyed to another learner"));
    send(HALFWAY, item(run + "-changed", HALFWAY, "First version"));
    send(HALFWAY, item(run + "-changed", HALFWAY, "Second version"));
    send(HALFWAY, item(run + "-good", HALFWAY, "Margin bridge"));

    eventually(() -> deadLettersContaining(run).size() == 6);
    Map<String, String> reasons = new HashMap<>();
    for (ConsumerRecord<String, String> r : deadLettersContaining(run)) {
      String id =
          r.value().replaceFirst("(?s)^.*?\"externalId\": \"" + run + "-([a-z-]+)\".*$", "$1");
      reasons.put(id, header(r, PlatformStreamConfiguration.REASON));
      // Spring Kafka's headers say where it came from.
      assertThat(header(r, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
    }
    assertThat(reasons.get("broken")).startsWith("value: not valid JSON");
    assertThat(reasons.get("nobody")).isEqualTo("learnerId: unknown learner 'lrn_nobody'");
    assertThat(reasons.get("untitled")).startsWith("title: ");
    assertThat(reasons.get("future")).startsWith("occurredOn: ");
    assertThat(reasons.get("wrong-key"))
        .isEqualTo("key: '" + LEVEL6 + "' is not the item's learner '" + HALFWAY + "'");
    assertThat(reasons.get("changed")).contains("already stored with different content");

    eventually(() -> stored(HALFWAY, run).size() == 2);
    assertThat(stored(HALFWAY, run))
        .containsExactly("platform:" + run + "-changed", "platform:" + run + "-good");
    assertThat(
            db.sql("select title from evidence where idempotency_key = ?")
                .param("platform:" + run + "-changed")
                .query(String.class)
                .single())
        .isEqualTo("First version");
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static String run() {
    return "k" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String item(String externalId, String learner, String title) {
    return "{\"externalId\": \""
        + externalId
        + "\", \"learnerId\": \""
        + learner
        + "\", \"kind\": \"CONVERSATION\", \"title\": \""
        + title
        + "\", \"transcript\": \"Learner: I would start with the contribution margin.\","
        + " \"occurredOn\": \"2026-10-01\", \"criteria\": [\"ATTECL02.K1\"],"
        + " \"learnerDeclaration\": true}";
  }

  /** Sends and waits for the broker's acknowledgement; the key the item will be stored under. */
  private String send(String key, String value) throws Exception {
    kafka.send(PlatformStreamTest.TOPIC, key, value).get();
    return "platform:" + value.replaceFirst("(?s)^.*?\"externalId\": \"([^\"]+)\".*$", "$1");
  }

  /** The learner's platform items of this run, in the order they were stored. */
  private List<String> stored(String learner, String run) {
    return db.sql(
            "select idempotency_key from evidence where learner_id = ? and idempotency_key like ?"
                + " order by created_at")
        .param(learner)
        .param("platform:" + run + "%")
        .query(String.class)
        .list();
  }

  private long assessmentsAfter(String learner, String firstKey) {
    return db.sql(
            "select count(*) from assessment_record where learner_id = ? and cause = 'platform"
                + " evidence received' and created_at >= (select created_at from evidence where"
                + " idempotency_key = ?)")
        .param(learner)
        .param(firstKey)
        .query(Long.class)
        .single();
  }

  private static synchronized List<ConsumerRecord<String, String>> deadLettersContaining(
      String run) {
    deadLetters.poll(Duration.ofMillis(200)).forEach(dead::add);
    return dead.stream().filter(r -> r.value() != null && r.value().contains(run)).toList();
  }

  private static String header(ConsumerRecord<String, String> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not within " + WAIT);
      }
      Thread.sleep(50);
    }
  }
}
