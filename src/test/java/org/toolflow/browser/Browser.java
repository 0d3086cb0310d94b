package org.toolflow.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with a fresh profile, driven through the system chromedriver (never a downloaded one),
 * that keeps a numbered screenshot of every step under target/screenshots/.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("toolflow.browser.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("toolflow.browser.chromedriver", "/usr/bin/chromedriver"));
  // Generous: the first load of a webapp's scripts is slow on a busy 2-core machine; waits return as soon as ready.
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  // Long enough for a busy machine to load a start form; the full timeout still applies after a second pick.
  private static final Duration PICK_LOST = Duration.ofSeconds(15);

  enum Webapp {
    TASKLIST, COCKPIT, ADMIN;

    String path() {
      return "/camunda/app/" + name().toLowerCase() + "/default/";
    }
  }

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final Path profile;
  private final Path screenshots;
  private final String baseUrl;
  private int step;

  private Browser(ChromeDriver driver, Path profile, Path screenshots, String baseUrl) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT);
    this.profile = profile;
    this.screenshots = screenshots;
    this.baseUrl = baseUrl;
  }

  /** A browser for the app on {@code port}; screenshots go to target/screenshots/{@code name}/, emptied first. */
  static Browser open(int port, String name) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(ChromiumAvailable.REQUIRED_VARIABLE + "=required but " + CHROMIUM + " or "
          + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver");
    }
    Path profile = Files.createTempDirectory("toolflow-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    Path screenshots = Path.of("target", "screenshots", name);
    deleteRecursively(screenshots);
    Files.createDirectories(screenshots);
    try {
      return new Browser(new ChromeDriver(service, options), profile, screenshots, "http://localhost:" + port);
    } catch (RuntimeException e) {
      deleteRecursively(profile);
      throw e;
    }
  }

  void go(String path) {
    driver.get(baseUrl + path);
  }

  /** Opens the webapp's login page and logs in by typing and clicking, as a person would. */
  void logIn(Webapp webapp, String user, String password) {
    go(webapp.path());
    waitFor(By.cssSelector("input[ng-model=username]")).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
    screenshot(webapp.name().toLowerCase() + "-login-typed");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    // The account menu shows the user's name once the webapp has accepted the login.
    waitFor(By.cssSelector("li.account a.dropdown-toggle"));
  }

  WebElement waitFor(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  WebElement waitForClickable(By locator) {
    return wait.until(ExpectedConditions.elementToBeClickable(locator));
  }

  /**
   * Clicks what the locator finds once it is clickable. Tasklist redraws its lists and task pane while it reloads,
   * and a dialog slides in under its own header: an element redrawn between finding and clicking, or still covered
   * by another, is found again and clicked, as a person would click again.
   */
  void click(By locator) {
    // Ignored while there is time; on timeout the last one is the cause, naming the element that covered it.
    new WebDriverWait(driver, TIMEOUT)
        .ignoring(StaleElementReferenceException.class, ElementClickInterceptedException.class)
        .until(driver -> {
          WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
          if (element == null) {
            return false;
          }
          element.click();
          return true;
        });
  }

  void waitForText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  String text(By locator) {
    return waitFor(locator).getText();
  }

  /** {@code day} as this browser shows a date: its own {@code Intl.DateTimeFormat} for its locale, as form-js does. */
  String shows(LocalDate day) {
    return (String) driver.executeScript(
        "return new Intl.DateTimeFormat().format(new Date(arguments[0], arguments[1] - 1, arguments[2]));",
        day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /**
   * The keys a person types into an HTML date input for {@code day}: its day, month and year segments in the order and
   * with the digits this browser's locale shows them.
   */
  String dateInputKeys(LocalDate day) {
    return (String) driver.executeScript(
        "return new Intl.DateTimeFormat(undefined, {year: 'numeric', month: '2-digit', day: '2-digit'})"
            + ".formatToParts(new Date(arguments[0], arguments[1] - 1, arguments[2]))"
            + ".filter(part => part.type !== 'literal').map(part => part.value).join('');",
        day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /**
   * Clicks "Start process" in Tasklist and picks the process by its name, as a person would, until its start form
   * shows. A pick made while the dialog still fades in is sometimes lost: it is made once more after a while.
   */
  WebElement openStartForm(String processName) {
    By startForm = By.cssSelector(".modal .fjs-form");
    By process = By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='" + processName + "']");
    click(By.cssSelector("li.start-process-action a"));
    click(process);
    try {
      return new WebDriverWait(driver, PICK_LOST).until(ExpectedConditions.visibilityOfElementLocated(startForm));
    } catch (TimeoutException lost) {
      screenshot("start-form-pick-again");
      click(process);
      return waitFor(startForm);
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  WebDriverWait waiting() {
    return wait;
  }

  /**
   * Runs one step of a test and keeps a screenshot of its outcome; when it fails, keeps the screenshot and the
   * page's HTML marked FAILED, so a broken step can be seen without running it again.
   */
  void step(String what, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | AssertionError e) {
      screenshot("FAILED-" + what);
      try {
        Files.writeString(screenshots.resolve(String.format("%02d-FAILED-%s.html", step, what)), driver.getPageSource());
      } catch (IOException io) {
        e.addSuppressed(io);
      }
      throw e;
    }
    screenshot(what);
  }

  /** Keeps what the page shows now as target/screenshots/{name}/{nn}-{what}.png. */
  void screenshot(String what) {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    try {
      Files.move(shot, screenshots.resolve(String.format("%02d-%s.png", ++step, what)), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      deleteRecursively(profile);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }
}
