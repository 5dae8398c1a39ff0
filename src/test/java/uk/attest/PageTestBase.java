package uk.attest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in real headless Chromium against the running service with its demo data, as a newcomer
 * first meets them: the demo centre, assessors, learners and one account per role. Every page test
 * class shares this one service; each starts with a browser that is signed out.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "attest.demo-data.enabled=true",
      "spring.datasource.url=jdbc:h2:mem:pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PageTestBase {
  public static final String PASSWORD = "attest-demo-password";

  @LocalServerPort protected int port;
  protected Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = Browser.at(port);
  }

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** Signs in with a demo account (e.g. "assessor.demo"). */
  protected Browser as(String username) {
    return browser.signIn(username, PASSWORD);
  }
}
