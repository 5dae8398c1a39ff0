package uk.attest.application;

import java.nio.file.Path;
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
      Catalogue catalogue, @Qualifier(QUALITY_RULE_BOOK) RuleBook rules, java.time.Clock clock) {
    return new uk.attest.quality.SamplingPlanner(rules, catalogue, clock.getZone());
  }

  /**
   * Starts compiling both rule books (rules/ and rules/quality/), each on a thread of its own, as
   * soon as Spring has read the configuration and before it creates any bean, so the compiler runs
   * beside the migrations, the demo data and the web server rather than before them (a first start
   * measured 0.89× of compiling them on the main thread; README, Benchmarks).
   */
  @Bean
  static BeanFactoryPostProcessor compileRulesEarly(Environment environment) {
    return beans -> {
      Binder binder = Binder.get(environment);
      Path rules = binder.bind("attest.rules-dir", Path.class).orElse(Path.of("rules"));
      beans.registerSingleton(
          RULE_BOOK, new BackgroundRuleBook(() -> DroolsRuleBook.load(rules), "rules-compiler"));
      beans.registerSingleton(
          QUALITY_RULE_BOOK,
          new BackgroundRuleBook(
              () -> DroolsRuleBook.load(rules, "quality"), "quality-rules-compiler"));
    };
  }

  private static final String RULE_BOOK = "ruleBook";
  private static final String QUALITY_RULE_BOOK = "qualityRuleBook";

  @Bean
  AssessmentEngine assessmentEngine(Catalogue catalogue, @Qualifier(RULE_BOOK) RuleBook rules) {
    return new AssessmentEngine(catalogue, rules);
  }

  /**
   * Waits for the rules once every bean exists, before the web server starts: a rules folder that
   * does not compile stops start-up, and no request waits for the compiler.
   */
  @Bean
  SmartInitializingSingleton rulesCompiledBeforeRequests(
      @Qualifier(RULE_BOOK) RuleBook rules, @Qualifier(QUALITY_RULE_BOOK) RuleBook quality) {
    return () -> {
      rules.version();
      quality.version();
    };
  }
}
