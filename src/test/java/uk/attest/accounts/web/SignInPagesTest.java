package uk.attest.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.attest.PageTestBase;

/** Signing in, out and changing a password, in a browser. */
class SignInPagesTest extends PageTestBase {

  @Test
  void theSignInPageNamesTheProductAndListsTheDemoAccounts() {
    browser.open("/login");
    assertThat(browser.heading()).isEqualTo("Sign in to Attest");
    assertThat(browser.text())
        .contains("assessor.demo", "Gwenllïan Hughes", "attest-demo-password", "Learner")
        .doesNotContain("You have signed out", "There is a problem");
    browser.screenshot("sign-in").assertAccessible();
  }

  @Test
  void aPageOpenedWithoutSigningInAsksForSignInFirst() {
    browser.open("/account/password");
    assertThat(browser.path()).isEqualTo("/login");
  }

  @Test
  void aWrongPasswordSaysSoAndStaysOnTheSignInPage() {
    browser.signIn("assessor.demo", "not the password at all");
    assertThat(browser.path()).startsWith("/login?error");
    assertThat(browser.text())
        .contains("There is a problem", "The username or password is not right");
    browser.assertAccessible();
  }

  @Test
  void signingOutEndsTheSession() {
    as("iqa.demo");
    assertThat(browser.text()).contains("Signed in as Ffion Prys-Jones");
    browser.signOut();
    assertThat(browser.text()).contains("You have signed out.");
    browser.open("/account/password");
    assertThat(browser.path()).isEqualTo("/login");
  }

  @Test
  void theChangePasswordPageNamesEachProblemBesideItsField() {
    as("trainee.demo").open("/account/password");
    browser.find(By.id("currentPassword")).sendKeys("wrong password here");
    browser.find(By.id("newPassword")).sendKeys("short");
    browser.follow(By.cssSelector("main form button"));
    assertThat(browser.text())
        .contains("There is a problem", "Current password is not this account's password");
    assertThat(browser.find(By.id("newPassword-error")).getText()).contains("New password");
    browser.screenshot("change-password").assertAccessible();
  }

  @Test
  void anUnknownPageIsAPageNotFoundWithAWayBack() {
    as("learner.ready.demo").open("/no/such/page");
    assertThat(browser.heading()).isEqualTo("Page not found");
    assertThat(browser.find(By.linkText("Go to your home page")).getAttribute("href"))
        .endsWith("/");
    browser.screenshot("not-found").assertAccessible();
  }
}
