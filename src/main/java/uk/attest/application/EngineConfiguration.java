package uk.attest.application;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.assessment.RuleBook;
import uk.attest.assessment.drools.DroolsRuleBook;
import uk.attest.catalogue.Catalogue;
import uk.attest.catalogue.CatalogueLoader;

/** Builds the catalogue and the rule book once; any problem in either stops start-up. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {
  @Bean
  Catalogue catalogue(AttestProperties properties) {
    return CatalogueLoader.load(properties.criteriaDir());
  }

  @Bean
  uk.attest.reports.ReportAssets reportAssets(AttestProperties properties) {
    return uk.attest.reports.ReportAssets.load(properties.reportsDir());
  }

  /** The sampling plan's rules: rules/quality/, a rule book of its own. */
  @Bean
  uk.attest.quality.SamplingPlanner samplingPlanner(
      Catalogue catalogue, AttestProperties properties, java.time.Clock clock) {
    return new uk.attest.quality.SamplingPlanner(
        DroolsRuleBook.load(properties.rulesDir(), "quality"), catalogue, clock.getZone());
  }

  /**
   * With attest.rules.compile-in-background=true, starts compiling the rules on a thread of their
   * own as soon as Spring has read the configuration, before it creates any bean. Off by default:
   * on the one measurement so far (a machine overloaded by other jobs, so no core was ever idle) it
   * did not start sooner. Otherwise the rules are compiled when the engine is first needed, on the
   * main thread, as before.
   */
  @Bean
  static BeanFactoryPostProcessor compileRulesEarly(Environment environment) {
    return beans -> {
      Binder binder = Binder.get(environment);
      Path rules = binder.bind("attest.rules-dir", Path.class).orElse(Path.of("rules"));
      boolean background =
          binder.bind("attest.rules.compile-in-background", Boolean.class).orElse(false);
      beans.registerSingleton(
          RULE_BOOK, background ? new BackgroundRuleBook(rules) : new CompiledWhenNeeded(rules));
    };
  }

  private static final String RULE_BOOK = "ruleBook";

  @Bean
  AssessmentEngine assessmentEngine(Catalogue catalogue, @Qualifier(RULE_BOOK) RuleBook rules) {
    return new AssessmentEngine(catalogue, rules);
  }

  /**
   * Waits for the rules once every bean exists, before the web server starts: a rules folder that
   * does not compile stops start-up, and no request waits for the compiler.
   */
  @Bean
  SmartInitializingSingleton rulesCompiledBeforeRequests(@Qualifier(RULE_BOOK) RuleBook rules) {
    return rules::version;
  }

  /** The rules compiled on first use, on the thread that uses them. */
  private static final class CompiledWhenNeeded implements RuleBook {
    private final Path dir;
    private RuleBook compiled;

    CompiledWhenNeeded(Path dir) {
      this.dir = dir;
    }

    private synchronized RuleBook compiled() {
      if (compiled == null) {
        compiled = DroolsRuleBook.load(dir);
      }
      return compiled;
    }

    @Override
    public List<Object> run(Collection<?> facts) {
      return compiled().run(facts);
    }

    @Override
    public String version() {
      return compiled().version();
    }
  }
}
