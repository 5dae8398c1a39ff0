package uk.attest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The service a newcomer starts needs no Kafka: unless attest.kafka.enabled is set, no Kafka
 * client, admin or listener exists, so nothing tries to reach a broker.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:kafka-off;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class KafkaOffByDefaultTest {
  @Autowired ApplicationContext context;

  @Test
  void withoutTheSettingTheServiceStartsWithNoKafkaAtAll() {
    for (Class<?> kafka :
        new Class<?>[] {
          KafkaTemplate.class,
          ProducerFactory.class,
          ConsumerFactory.class,
          KafkaAdmin.class,
          KafkaListenerEndpointRegistry.class,
          PlatformStream.class
        }) {
      assertThat(context.getBeanNamesForType(kafka)).as(kafka.getSimpleName()).isEmpty();
    }
    assertThat(context.getBeanNamesForType(PlatformStreamProperties.class)).hasSize(1);
    assertThat(context.getBean(PlatformStreamProperties.class).enabled()).isFalse();
  }
}
