package uk.attest.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.attest.assessment.AssessmentEngine;
import uk.attest.criteria.Catalogue;
import uk.attest.criteria.CatalogueLoader;
import uk.attest.rules.DroolsRuleBook;

/** Builds the catalogue and the rule book once; any problem in either stops start-up. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {
  @Bean
  Catalogue catalogue(AttestProperties properties) {
    return CatalogueLoader.load(properties.criteriaDir());
  }

  @Bean
  uk.attest.portfolio.ReportAssets reportAssets(AttestProperties properties) {
    return uk.attest.portfolio.ReportAssets.load(properties.reportsDir());
  }

  @Bean
  AssessmentEngine assessmentEngine(Catalogue catalogue, AttestProperties properties) {
    return new AssessmentEngine(catalogue, DroolsRuleBook.load(properties.rulesDir()));
  }
}
