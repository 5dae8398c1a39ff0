package uk.attest.frameworks.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CASE settings (attest.case.*): the base URL that every exported uri starts with, which should be
 * where this service is reached from outside.
 */
@ConfigurationProperties("attest.case")
record CaseProperties(@DefaultValue("http://localhost:8080") String baseUrl) {}
