package uk.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium, driven by its chromium-driver, for tests that use the pages as a
 * person would: sign in, click, upload, download. It can also save what the page looks like at a
 * desktop's and a phone's width, and run axe-core over it. Where Chromium or axe-core is missing
 * the tests are skipped locally and fail in CI (CI=true), as .ci/run installs both.
 */
public final class Browser implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path AXE = Path.of("src/main/frontend/node_modules/axe-core/axe.min.js");
  public static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ChromeDriver driver;
  private final String base;
  private final Path downloads;

  private Browser(ChromeDriver driver, String base, Path downloads) {
    this.driver = driver;
    this.base = base;
    this.downloads = downloads;
  }

  /** A new browser with an empty profile, at the service on this port. */
  public static Browser at(int port) {
    boolean present =
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER) && Files.isRegularFile(AXE);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "browser tests need "
              + CHROMIUM
              + ", "
              + DRIVER
              + " and "
              + AXE
              + " (.ci/run installs them)");
    }
    assumeTrue(present, "Chromium, chromium-driver or axe-core is not installed");
    try {
      Path downloads = Files.createTempDirectory("attest-downloads");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-quic",
          "--no-first-run",
          "--disable-component-update",
          "--disable-sync",
          "--hide-scrollbars",
          "--window-size=1280,1000");
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory", downloads.toString(),
              "download.prompt_for_download", false,
              "plugins.always_open_pdf_externally", true));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(driver, "http://localhost:" + port, downloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a path of the service, e.g. "/caseload". */
  public Browser open(String path) {
    driver.get(base + path);
    return this;
  }

  /** The path (and query) of the page now shown. */
  public String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  /**
   * Clicks what leads to another page (a link, a form's button) and waits until that page has
   * replaced this one, so what is read next is the new page and never the old one.
   */
  public Browser follow(By by) {
    WebElement old = driver.findElement(By.tagName("html"));
    driver.findElement(by).click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
    return this;
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** Signs in on the sign-in page, as a person would. */
  public Browser signIn(String username, String password) {
    open("/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    // The sign-in posts, then redirects to the role's home (or back with ?error): wait for it.
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.getCurrentUrl().endsWith("/login"));
    return this;
  }

  /** Signs out and waits for the signed-out page, so what is read next is never the old page. */
  public Browser signOut() {
    return follow(By.xpath("//button[normalize-space()='Sign out']"));
  }

  public Path downloads() {
    return downloads;
  }

  /** Waits for a file whose name ends so to finish downloading, and returns it. */
  public Path downloaded(String suffix, Duration within) {
    long until = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < until) {
      try (var files = Files.list(downloads)) {
        var done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
        if (done.isPresent() && Files.size(done.get()) > 0) {
          return done.get();
        }
        Thread.sleep(100);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no *" + suffix + " downloaded within " + within);
  }

  /**
   * Saves the whole page as a person sees it on a desktop (1280 px wide) and on a phone (390 px),
   * as target/screenshots/NAME-1280.png and NAME-390.png, then restores the desktop width.
   */
  public Browser screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      for (int width : new int[] {1280, 390}) {
        driver.manage().window().setSize(new Dimension(width, 900));
        long height =
            ((Number)
                    ((JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollHeight"))
                .longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 12000)));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
      }
      driver.manage().window().setSize(new Dimension(1280, 1000));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What makes the page wider than a phone's 390 px (wide tables should scroll inside their own
   * region instead): each element that sticks out, as tag.class#id; none is the goal.
   */
  @SuppressWarnings("unchecked")
  public List<String> tooWideForAPhone() {
    driver.manage().window().setSize(new Dimension(390, 900));
    try {
      return (List<String>)
          ((JavascriptExecutor) driver)
              .executeScript(
                  "var w = document.documentElement.clientWidth, out = [];"
                      + "if (document.documentElement.scrollWidth <= w) return out;"
                      + "document.querySelectorAll('body *').forEach(function (e) {"
                      + "  if (e.closest('.attest-scroll')) return;"
                      + "  var r = e.getBoundingClientRect();"
                      + "  if (r.right > w + 1 && out.length < 10)"
                      + "    out.push(e.tagName.toLowerCase() + '.' + e.className + '#' + e.id"
                      + "      + ' (' + Math.round(r.right) + 'px)');"
                      + "});"
                      + "return out.length ? out : ['the page (' + document.documentElement.scrollWidth + 'px)'];");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  /** axe-core's serious and critical violations on this page, one line each; none is the goal. */
  public List<String> accessibilityProblems() {
    try {
      ((JavascriptExecutor) driver).executeScript(Files.readString(AXE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String result =
        (String)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                        + ".catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])); });");
    JsonNode violations = JSON.readTree(result);
    return violations
        .valueStream()
        .filter(v -> List.of("serious", "critical").contains(v.path("impact").asString()))
        .map(
            v ->
                v.path("impact").asString()
                    + " "
                    + v.path("id").asString()
                    + ": "
                    + v.path("help").asString()
                    + " at "
                    + v.path("nodes")
                        .valueStream()
                        .map(n -> n.path("target").toString())
                        .limit(5)
                        .toList())
        .toList();
  }

  /** The page passes axe-core with no serious or critical violation, and fits a phone. */
  public Browser assertAccessible() {
    assertThat(accessibilityProblems()).as("axe-core on " + path()).isEmpty();
    assertThat(tooWideForAPhone()).as(path() + " at 390 px: what sticks out").isEmpty();
    return this;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
