package uk.attest.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.attest.assessment.AssessmentEngine;
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

  @Bean
  AssessmentEngine assessmentEngine(Catalogue catalogue, AttestProperties properties) {
    return new AssessmentEngine(catalogue, DroolsRuleBook.load(properties.rulesDir()));
  }
}
