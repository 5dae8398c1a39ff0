package uk.attest.platform;

import java.nio.charset.StandardCharsets;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.evidence.PlatformIntake;

/**
 * Kafka, only when attest.kafka.enabled=true. Spring Boot's Kafka auto-configuration is excluded in
 * application.properties and imported here, so without the setting no Kafka client, admin or
 * listener exists and nothing connects to a broker.
 *
 * <p>A refused message goes to {@code <topic>.DLT} at once, with its reason in the header {@value
 * #REASON} (and Spring Kafka's own kafka_dlt-* headers: the original topic, partition, offset and
 * exception); the partition goes on with the next message. A message that failed for a passing
 * cause (the database out of reach, a lock not granted in time) is tried again with a doubling
 * wait, and goes to the dead-letter topic only after attest.kafka.retries tries.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("attest.kafka.enabled")
@Import(KafkaAutoConfiguration.class)
class PlatformStreamConfiguration {
  /** The header of a dead letter that says, in words, why it was not stored. */
  static final String REASON = "attest-reason";

  @Bean
  NewTopic platformEvidenceTopic(PlatformStreamProperties settings) {
    return TopicBuilder.name(settings.topic())
        .partitions(settings.partitions())
        .replicas(settings.replicas())
        .build();
  }

  @Bean
  NewTopic platformEvidenceDeadLetters(PlatformStreamProperties settings) {
    return TopicBuilder.name(settings.deadLetterTopic())
        .partitions(settings.partitions())
        .replicas(settings.replicas())
        .build();
  }

  @Bean
  PlatformStream platformStream(
      PlatformIntake intake, JsonMapper json, PlatformStreamProperties settings) {
    return new PlatformStream(intake, json, settings.topic());
  }

  /** Picked up by Spring Boot's listener container factory as its error handler. */
  @Bean
  DefaultErrorHandler platformStreamErrors(
      KafkaTemplate<?, ?> template, PlatformStreamProperties settings) {
    // Partition -1: the producer partitions by the key, so the DLT needs no matching partitions.
    DeadLetterPublishingRecoverer deadLetters =
        new DeadLetterPublishingRecoverer(
            template, (message, e) -> new TopicPartition(message.topic() + ".DLT", -1));
    deadLetters.setHeadersFunction(
        (message, e) ->
            new RecordHeaders().add(REASON, reason(e).getBytes(StandardCharsets.UTF_8)));
    ExponentialBackOffWithMaxRetries backOff =
        new ExponentialBackOffWithMaxRetries(settings.retries());
    backOff.setInitialInterval(settings.backoff().toMillis());
    backOff.setMultiplier(2);
    backOff.setMaxInterval(60_000);
    DefaultErrorHandler errors = new DefaultErrorHandler(deadLetters, backOff);
    // Only a passing cause is worth a retry; a refused message or a fault would fail the same way.
    errors.defaultFalse();
    errors.addRetryableExceptions(
        TransientDataAccessException.class,
        RecoverableDataAccessException.class,
        DataAccessResourceFailureException.class,
        SQLTransientException.class,
        SQLRecoverableException.class);
    return errors;
  }

  /** Why a message was not stored: the refusal's words, or the failure that outlasted retries. */
  static String reason(Throwable e) {
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RefusedMessage) {
        return t.getMessage();
      }
      root = t;
    }
    return "not stored: " + root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
