package uk.attest.application;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.attest.shared.Dates;

/** The service's clock: assessments are dated by the day in Europe/London. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {
  @Bean
  Clock clock() {
    return Dates.clock();
  }
}
