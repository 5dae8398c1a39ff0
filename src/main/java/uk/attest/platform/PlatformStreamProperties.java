package uk.attest.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's evidence stream (attest.kafka.*); the broker and client settings are Spring Boot's
 * own spring.kafka.*.
 *
 * @param enabled whether to consume the topic at all; off, no Kafka client is created
 * @param topic the topic the platform writes to; refused messages go to {@code <topic>.DLT}
 * @param groupId the consumer group every instance of the service joins
 * @param partitions how many partitions the topic is created with when it does not exist (the most
 *     consumers that work at once, across all instances)
 * @param replicas the replication factor the topics are created with when they do not exist
 * @param concurrency consumers in this instance (each takes a share of the partitions)
 * @param retries how often a message that failed for a passing cause (the database out of reach, a
 *     lock timeout) is tried again before it goes to the dead-letter topic
 * @param backoff the wait before the first retry; each next wait doubles, up to a minute
 */
@ConfigurationProperties("attest.kafka")
record PlatformStreamProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("attest.platform.evidence") String topic,
    @DefaultValue("attest") String groupId,
    @DefaultValue("4") int partitions,
    @DefaultValue("1") short replicas,
    @DefaultValue("1") int concurrency,
    @DefaultValue("8") int retries,
    @DefaultValue("500ms") Duration backoff) {

  String deadLetterTopic() {
    return topic + ".DLT";
  }
}
