package io.github.narrator.serve;

import io.github.narrator.testing.Prerequisites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.files.Json;
import io.github.narrator.publish.site.SiteBuilder;
import io.github.narrator.testing.SampleSites;
import io.github.narrator.testing.Slow;

/**
 * The read-along player in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) against the server on 127.0.0.1. Skipped where they are not installed.
 */
@Slow
class PlayerBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path out;
    private static NarrationServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Prerequisites.executable(CHROMIUM, "apt-get install chromium");
        Prerequisites.executable(CHROMEDRIVER, "apt-get install chromium-driver");
        SampleSites.publishBoth(out);
        new SiteBuilder(out, SampleSites.settings()).rebuild();
        server = new NarrationServer(out, "127.0.0.1", 0).start();

        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--autoplay-policy=no-user-gesture-required", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1000,1400");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().scriptTimeout(PATIENCE);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theReadAlongPlayerPlaysHighlightsAndSeeks() throws Exception {
        browser.get(server.uri() + "articles/" + SampleSites.HEATWAVE.slug() + "/");
        assertEquals("Heatwave: city opens cooling centres", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector(".ai-disclosure")).isDisplayed());
        assertTrue(browser.findElement(By.id("speed")).isDisplayed(), "the script showed the speed control");

        assertEquals("canplay", script("""
                const audio = document.getElementById('narration-audio');
                const done = arguments[arguments.length - 1];
                audio.addEventListener('canplay', () => done('canplay'), {once: true});
                audio.addEventListener('error', () => done('error ' + audio.error.code), {once: true});
                audio.preload = 'auto';
                audio.load();
                """), "the MP3 loads through the server");
        assertEquals(8.1, ((Number) js("return document.getElementById('narration-audio').duration")).doubleValue(), 0.2);

        String firstHighlight = currentSentence();
        assertEquals("Heatwave: city opens cooling centres.", firstHighlight);
        assertEquals("playing", script("""
                const audio = document.getElementById('narration-audio');
                const done = arguments[arguments.length - 1];
                audio.muted = true;
                audio.play().then(() => done('playing'), error => done('refused: ' + error));
                """));
        waitUntil(() -> currentTime() > 1.2);
        waitUntil(() -> !currentSentence().equals(firstHighlight));

        new Select(browser.findElement(By.id("speed"))).selectByValue("0.75");
        assertEquals(0.75, ((Number) js("return document.getElementById('narration-audio').playbackRate")).doubleValue());

        List<WebElement> sentences = browser.findElements(By.cssSelector("a.cue"));
        WebElement seventh = sentences.get(6);
        seventh.click();
        waitUntil(() -> currentTime() >= 6.0);
        waitUntil(() -> currentSentence().equals(seventh.getText()));
        assertEquals("true", seventh.getAttribute("aria-current"));

        WebElement chapter = browser.findElements(By.cssSelector("a.chapter")).get(0);
        chapter.click();
        waitUntil(() -> currentTime() < 5.0);
        js("document.getElementById('narration-audio').pause()");
    }

    @Test
    void sentencesAreKeyboardOperable() throws Exception {
        browser.get(server.uri() + "articles/" + SampleSites.HEATWAVE.slug() + "/");
        js("document.getElementById('narration-audio').muted = true");
        List<WebElement> sentences = browser.findElements(By.cssSelector("a.cue"));
        assertEquals("0", sentences.get(0).getAttribute("tabindex"), "the transcript is one tab stop");
        assertEquals("-1", sentences.get(1).getAttribute("tabindex"));
        sentences.get(0).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals(sentences.get(3).getText(), focused.getText(), "arrow keys move from sentence to sentence");
        focused.sendKeys(Keys.ENTER);
        waitUntil(() -> currentTime() >= 3.0);
        js("document.getElementById('narration-audio').pause()");
    }

    @Test
    void pagesLoadNothingFromElsewhereAndLogNoErrors() throws Exception {
        for (String page : List.of("", "articles/" + SampleSites.HEATWAVE.slug() + "/")) {
            browser.get(server.uri() + page);
            Object foreign = js("""
                    return performance.getEntriesByType('resource').map(e => e.name)
                        .filter(name => !name.startsWith(location.origin)).join(' ');""");
            assertEquals("", foreign, "external requests from /" + page);
        }
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void withoutJavaScriptItIsAPlainListAndPageWithAudioElements() {
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.get(server.uri().toString());
            assertEquals(2, browser.findElements(By.cssSelector("ol.narrations audio[controls]")).size());
            browser.get(server.uri() + "articles/" + SampleSites.HEATWAVE.slug() + "/");
            assertTrue(browser.findElement(By.id("narration-audio")).isDisplayed());
            assertEquals(8, browser.findElements(By.cssSelector("a.cue[href^='narration.mp3#t=']")).size());
            assertTrue(!browser.findElement(By.id("speed")).isDisplayed(), "no control that needs the script");
        } finally {
            cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalAccessibilityViolationInLightOrDarkColours() throws Exception {
        for (String scheme : List.of("light", "dark")) {
            cdp("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            try {
                checkWithAxe(scheme);
            } finally {
                cdp("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            }
        }
        saveScreenshotOfThePlayer();
    }

    private static void checkWithAxe(String scheme) throws Exception {
        String axe = axeSource();
        for (String page : List.of("", "articles/" + SampleSites.HEATWAVE.slug() + "/")) {
            browser.get(server.uri() + page);
            js(axe);
            String result = (String) script("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']})
                        .then(results => done(JSON.stringify(results.violations)))
                        .catch(error => done('axe failed: ' + error));
                    """);
            assertTrue(result.startsWith("["), result);
            List<String> serious = new ArrayList<>();
            for (JsonNode violation : Json.MAPPER.readTree(result)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    serious.add(violation.path("id").asText() + " (" + impact + "): " + violation.path("help").asText()
                            + " " + violation.path("nodes").toString());
                }
            }
            assertEquals(List.of(), serious, "axe on /" + page + " in " + scheme + " colours");
        }
    }

    /** For people: target/player-page.png shows what the test saw. */
    private static void saveScreenshotOfThePlayer() throws IOException {
        browser.get(server.uri() + "articles/" + SampleSites.HEATWAVE.slug() + "/");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "player-page.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String axeSource() throws IOException {
        try (InputStream in = PlayerBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            assertNotNull(in, "axe.min.js (com.deque.html.axe-core:selenium) is on the test class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String currentSentence() {
        Object text = js("const c = document.querySelector('.cue.is-current'); return c ? c.textContent : '';");
        return String.valueOf(text);
    }

    private static double currentTime() {
        return ((Number) js("return document.getElementById('narration-audio').currentTime")).doubleValue();
    }

    private static void cdp(String command, Map<String, Object> parameters) {
        ((ChromeDriver) browser).executeCdpCommand(command, parameters);
    }

    private static Object js(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private static Object script(String asyncCode) {
        return ((JavascriptExecutor) browser).executeAsyncScript(asyncCode);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE, Duration.ofMillis(50)).until(d -> condition.getAsBoolean());
    }
}
