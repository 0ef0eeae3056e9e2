package org.jiuzhu.tasklist;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
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

/**
 * Debian's headless Chromium, driven by Debian's chromedriver given by path, so Selenium Manager never looks
 * for (or downloads) a browser or driver. Where the two are not installed the test is skipped, unless
 * JIUZHU_BROWSER_TESTS=required (.ci/run sets it): there a missing browser fails the build.
 */
public final class Chromium implements AutoCloseable {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);

  public final ChromeDriver driver;
  public final WebDriverWait wait;
  private final String base;

  private Chromium(ChromeDriver driver, int port) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, WAIT);
    this.base = "http://localhost:" + port;
  }

  public static Chromium start(int port) {
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
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    return new Chromium(new ChromeDriver(service, options), port);
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

  @Override
  public void close() {
    driver.quit();
  }
}
