package org.hum.it;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: both named explicitly so
 * that Selenium Manager never tries to download a browser (docs/testing.md, "Browser tests").
 * One Chromium serves every browser test of the run that asks for the same switches: each test
 * gets it back with no cookie, no site data, no cache, one blank window and downloads as
 * Chromium's default ({@link #shared}); starting one per test cost about 2 s each on the run's
 * critical path (docs/testing.md, "Browser tests").
 */
public final class Browser {
    private static final Map<List<String>, ChromeDriver> SHARED = new ConcurrentHashMap<>();
    /** The origins the tests' pages come from: the stand's HTTP and HTTPS listeners. */
    private static final List<String> ORIGINS = List.of(origin(Api.UI), origin(Api.HTTPS_UI));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> SHARED.values().forEach(Browser::quietly), "hum-it-chromium-quit"));
    }

    private Browser() {
    }

    public static ChromeDriver start() throws Exception {
        return start(new String[0]);
    }

    /** A Chromium of its own, with further command-line switches of Chromium's; the caller quits it. */
    public static ChromeDriver start(String... switches) throws Exception {
        String binary = System.getProperty("hum.it.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        if (!new File(binary).canExecute() || !new File(driver).canExecute()) {
            throw new IllegalStateException("Chromium or chromedriver is missing (" + binary + ", " + driver
                    + "): install Debian's chromium and chromium-driver, as .ci/run does");
        }
        Path profile = Files.createTempDirectory("hum-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        options.addArguments(switches);
        // nothing a test typed may come back in another's form: no saved password, no autofill
        options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false,
                "profile.password_manager_enabled", false, "autofill.profile_enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /**
     * The run's Chromium for these switches, as a new one would be: every cookie and every origin's
     * storage and cache cleared, the other windows closed, downloads back to the default, on a blank page.
     * One that does not answer that is quit and replaced. Never quit by the caller: {@link #discard}
     * drops one a test left in a state it cannot vouch for.
     */
    public static ChromeDriver shared(String... switches) throws Exception {
        List<String> key = List.copyOf(Arrays.asList(switches));
        ChromeDriver chrome = SHARED.get(key);
        if (chrome != null) {
            try {
                reset(chrome);
                return chrome;
            } catch (WebDriverException e) {
                discard(chrome);
            }
        }
        chrome = start(switches);
        SHARED.put(key, chrome);
        return chrome;
    }

    /** Quits a shared Chromium and forgets it: the next test of its switches starts a new one. */
    public static void discard(ChromeDriver chrome) {
        SHARED.values().removeIf(c -> c == chrome);
        quietly(chrome);
    }

    private static void reset(ChromeDriver chrome) {
        List<String> windows = List.copyOf(chrome.getWindowHandles());
        for (int i = 1; i < windows.size(); i++) {
            chrome.switchTo().window(windows.get(i)).close();
        }
        chrome.switchTo().window(windows.get(0));
        chrome.get("about:blank");
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
        for (String origin : ORIGINS) {
            chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
        chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
        Object left = chrome.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
        if (!(left instanceof List<?> cookies) || !cookies.isEmpty()) {
            throw new WebDriverException("cookies were left after clearing them: " + left);
        }
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static void quietly(ChromeDriver chrome) {
        try {
            chrome.quit();
        } catch (RuntimeException e) {
            // already gone
        }
    }
}
