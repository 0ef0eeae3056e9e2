package org.jiuzhu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver given by path, so Selenium Manager never looks
 * for (or downloads) a browser or driver. Where the two are not installed the test is skipped, unless
 * JIUZHU_BROWSER_TESTS=required (.ci/run sets it): there a missing browser fails the build.
 *
 * <p>A JUnit 5 extension for {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} tests: register it with
 * {@code @RegisterExtension final Chromium chromium = new Chromium();} and each test gets a fresh browser on the
 * application's port, a screenshot {@code {test}-failed} when it fails, and the browser quit after it.
 */
public final class Chromium implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Path README_SCREENSHOTS = Path.of("docs", "screenshots");
  private static final Dimension README_SIZE = new Dimension(1280, 800);
  private static final Duration WAIT = Duration.ofSeconds(20);

  public ChromeDriver driver;
  public WebDriverWait wait;
  private String base;
  private final String timeZone;

  /** A browser in the machine's time zone. */
  public Chromium() {
    this(null);
  }

  /** A browser whose clock is in this zone (an IANA id such as America/Los_Angeles), whatever the machine's. */
  public Chromium(String timeZone) {
    this.timeZone = timeZone;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    int port = SpringExtension.getApplicationContext(context).getEnvironment()
        .getRequiredProperty("local.server.port", Integer.class);
    base = "http://localhost:" + port;
    launch();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && driver != null) {
      screenshot(context.getRequiredTestMethod().getName() + "-failed");
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    quit();
  }

  /** A new browser, no longer logged in: to act as another user. */
  public void restart() {
    quit();
    launch();
  }

  private void launch() {
    boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    if (!installed && "required".equals(System.getenv("JIUZHU_BROWSER_TESTS"))) {
      fail(BROWSER + " or " + DRIVER + " is missing, and JIUZHU_BROWSER_TESTS=required");
    }
    assumeTrue(installed, "browser test skipped: " + BROWSER + " and " + DRIVER
        + " are not installed (apt-get install chromium chromium-driver fonts-noto-cjk)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService.Builder builder = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort();
    if (timeZone != null) {
      // The driver starts the browser, which inherits its environment and so its TZ.
      builder.withEnvironment(Map.of("TZ", timeZone));
    }
    ChromeDriverService service = builder.build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, WAIT);
  }

  private void quit() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  public void open(String path) {
    driver.get(base + path);
  }

  /** Logs in to Tasklist (password demo) and waits for its filters (not every user may start a procedure). */
  public void logInToTasklist(String user) {
    logIn("tasklist", user, By.cssSelector(".task-filter"));
  }

  /** Logs in to a webapp (tasklist, cockpit, admin) with password demo and waits until {@code ready} is visible. */
  public void logIn(String app, String user, By ready) {
    open("/camunda/app/" + app + "/");
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
    WebElement password = driver.findElement(By.cssSelector("input[type=password]"));
    // On a loaded machine the login page may move the focus to the user field late, while the password is typed.
    for (int attempt = 0; attempt < 3 && !(user.equals(name.getDomProperty("value"))
        && "demo".equals(password.getDomProperty("value"))); attempt++) {
      name.clear();
      name.sendKeys(user);
      password.clear();
      password.sendKeys("demo");
    }
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(ready));
  }

  /** Scrolls the element to the middle of the window first: Tasklist's fixed footer would take the click. */
  public WebElement click(By locator) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
    scrollTo(element).click();
    return element;
  }

  /**
   * Clicks until {@code appears} shows: a list Tasklist is still re-rendering can swallow a click on a busy machine
   * (the start dialog's list of procedures does), and waiting longer would not bring the lost click back.
   */
  public void clickUntilVisible(By locator, By appears) {
    for (int attempt = 1; ; attempt++) {
      click(locator);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(8)).until(ExpectedConditions.visibilityOfElementLocated(appears));
        return;
      } catch (TimeoutException notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
  }

  public WebElement type(By locator, String text) {
    WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    scrollTo(element).sendKeys(text);
    return element;
  }

  public WebElement scrollTo(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  public Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  public Object asyncScript(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
  }

  /**
   * Fails naming the English words in the page's visible text: the app's chrome (header, menus, buttons, dialogs)
   * must read as Chinese. Product names, the time zone's id, file paths, anything holding a digit (case numbers,
   * ids, user ids such as clerk1, dates) and identifiers joined by _ or - (model element ids, process keys) are not
   * words of the chrome, and neither are the {@code allowed} ones (user data shown as it is).
   */
  public void assertNoEnglishChrome(String page, String... allowed) {
    Set<String> ignored = new HashSet<>(NAMES);
    ignored.addAll(List.of(allowed));
    String text = (String) script("return document.body.innerText");
    for (String name : PHRASES) {
      text = text.replace(name, " ");
    }
    text = text.replaceAll("(/[\\w.-]+){2,}", " ");
    Set<String> english = new TreeSet<>();
    for (String token : text.split("[^A-Za-z0-9_.@-]+")) {
      String word = token.replaceAll("^[._@-]+|[._@-]+$", "");
      if (word.matches(".*[A-Za-z].*") && !word.matches(".*[\\d_-].*") && !ignored.contains(word)) {
        english.add(word);
      }
    }
    if (!english.isEmpty()) {
      screenshot(page + "-english");
    }
    assertThat(english).as("English words on %s (screenshot %s-english.png)", page, page).isEmpty();
  }

  /** Product and standard names that stay as they are in Chinese too. */
  private static final Set<String> NAMES = Set.of("Camunda", "BPMN", "DMN", "CMMN", "demo");
  /** The apps' names (header, footer) and the zone the footer says times are shown in. */
  private static final List<String> PHRASES = List.of("Camunda Tasklist", "Camunda Cockpit", "Camunda Admin",
      "Camunda Platform", "Camunda Modeler", "Asia/Shanghai", "UTC");

  /**
   * A screenshot the README shows: at 1280x800, saved as target/screenshots/{name}.png and, when the build runs
   * with -Djiuzhu.readme-screenshots=true, also as docs/screenshots/{name}.png, so the README's pictures are
   * refreshed by the tests that check what they show.
   */
  public Path readmeScreenshot(String name) {
    Dimension size = driver.manage().window().getSize();
    // The window's size includes the browser's own frame: size it so that the page itself is 1280x800.
    Number frameWidth = (Number) script("return window.outerWidth - window.innerWidth");
    Number frameHeight = (Number) script("return window.outerHeight - window.innerHeight");
    driver.manage().window().setSize(new Dimension(README_SIZE.width + frameWidth.intValue(),
        README_SIZE.height + frameHeight.intValue()));
    // No focus ring on the link or filter last clicked.
    script("if (document.activeElement) document.activeElement.blur()");
    try {
      Path file = screenshot(name);
      if (Boolean.getBoolean("jiuzhu.readme-screenshots")) {
        Files.createDirectories(README_SCREENSHOTS);
        Files.copy(file, README_SCREENSHOTS.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  /** Saves the window as target/screenshots/{name}.png, kept as a test artifact. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
          StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
