package uk.attest.platform;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;
import uk.attest.evidence.PlatformIntake;
import uk.attest.evidence.PlatformIntake.PlatformItem;
import uk.attest.evidence.UnknownCriteriaException;
import uk.attest.shared.Actor;
import uk.attest.shared.ConflictException;
import uk.attest.shared.InvalidInputException;

/**
 * Each message on the platform's topic is one evidence item, the JSON of one line of the HTTP
 * NDJSON ingest, keyed by its learner's id (or the ULN the item names), so one learner's items
 * arrive in order. It is read and stored through the same intake as HTTP: checked the same way,
 * assessed in the same transaction, audited, and stored once however often it is delivered. A
 * message that can never be stored is refused with its reason (and goes to the dead-letter topic).
 */
class PlatformStream {
  static final String LISTENER = "platform-evidence";
  private static final Logger log = LoggerFactory.getLogger(PlatformStream.class);

  private final PlatformIntake intake;
  private final JsonMapper json;
  private final Actor platform;

  PlatformStream(PlatformIntake intake, JsonMapper json, String topic) {
    this.intake = intake;
    this.json = json;
    this.platform = Actor.system("the learning platform, Kafka topic " + topic);
  }

  @KafkaListener(
      id = LISTENER,
      topics = "${attest.kafka.topic:attest.platform.evidence}",
      groupId = "${attest.kafka.group-id:attest}",
      concurrency = "${attest.kafka.concurrency:1}",
      // A new consumer group starts from the topic's beginning: nothing sent before it is skipped.
      properties = "auto.offset.reset=earliest")
  void receive(ConsumerRecord<String, String> message) {
    PlatformItem item = read(message);
    PlatformIntake.Result result;
    try {
      result = intake.ingest(platform, List.of(item));
    } catch (InvalidInputException e) {
      throw new RefusedMessage(reasons(e));
    } catch (UnknownCriteriaException | ConflictException e) {
      throw new RefusedMessage(e.getMessage());
    }
    log.debug(
        "{}-{}@{}: {}",
        message.topic(),
        message.partition(),
        message.offset(),
        result.stored().isEmpty() ? "already stored" : "stored");
  }

  /** The item a message holds, checked to belong to the learner it is keyed by. */
  private PlatformItem read(ConsumerRecord<String, String> message) {
    if (message.value() == null || message.value().isBlank()) {
      throw new RefusedMessage("value: the message is empty; it must be one evidence item as JSON");
    }
    PlatformItem item;
    try {
      item = PlatformIntake.read(json, message.value(), "value");
    } catch (InvalidInputException e) {
      throw new RefusedMessage(reasons(e));
    }
    if (item == null) {
      throw new RefusedMessage("value: must be one evidence item, a JSON object");
    }
    String learner = item.learnerId() != null ? item.learnerId() : item.learnerUln();
    if (message.key() == null) {
      throw new RefusedMessage(
          "key: is required: the learner's id (or the ULN the item names), which keeps one"
              + " learner's items in order");
    }
    if (learner != null && !learner.strip().equals(message.key().strip())) {
      throw new RefusedMessage(
          "key: '" + message.key() + "' is not the item's learner '" + learner.strip() + "'");
    }
    return item;
  }

  /** Each field at fault, named as in the item ("title: is required; occurredOn: …"). */
  private static String reasons(InvalidInputException e) {
    return String.join(
        "; ",
        e.errors().stream()
            .map(err -> err.field().replaceFirst("^items\\[0\\]\\.", "") + ": " + err.message())
            .toList());
  }
}
