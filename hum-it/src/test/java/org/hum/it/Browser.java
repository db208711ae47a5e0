package org.hum.it;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: both named explicitly so
 * that Selenium Manager never tries to download a browser (docs/testing.md, "Browser tests").
 */
public final class Browser {
    private Browser() {
    }

    public static ChromeDriver start() throws Exception {
        return start(new String[0]);
    }

    /** With further command-line switches of Chromium's. */
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
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }
}
