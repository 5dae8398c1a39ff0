package uk.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The house stays as built: each feature module uses only the modules its package-info allows, and
 * only what they expose at their root (or a named interface such as assessment :: drools); no two
 * modules depend on each other, directly or round a cycle.
 */
class ModularityTest {
  private static final ApplicationModules MODULES = ApplicationModules.of(AttestApplication.class);

  @Test
  void modulesUseOnlyWhatTheyAreAllowedAndOthersExpose() {
    MODULES.verify();
  }

  @Test
  void theModulesAreTheOnesTheReadmeDescribes() {
    assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()).sorted().toList())
        .containsExactlyElementsOf(
            List.of(
                "accounts",
                "application",
                "assessment",
                "audit",
                "catalogue",
                "cli",
                "credentials",
                "demo",
                "evidence",
                "frameworks",
                "learners",
                "platform",
                "quality",
                "reports",
                "shared",
                "suggestions",
                "xapi"));
  }
}
