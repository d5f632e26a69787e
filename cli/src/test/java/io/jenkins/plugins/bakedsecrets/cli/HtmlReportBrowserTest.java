package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.report.FindingAnnotation;
import io.jenkins.plugins.bakedsecrets.core.report.FindingStatus;
import io.jenkins.plugins.bakedsecrets.core.report.HtmlReportWriter;
import io.jenkins.plugins.bakedsecrets.core.report.ReportAnnotations;
import io.jenkins.plugins.bakedsecrets.core.report.RuleDescriptions;
import io.jenkins.plugins.bakedsecrets.core.scan.LayerInfo;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import io.jenkins.plugins.bakedsecrets.core.scan.ToolInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOSTILE = "/srv/</script><img src=x onerror=alert(1)>/app.env";
    private static final int COUNT = 10_000;
    private static final Severity[] SEVERITIES = Severity.values();

    private Path dir;
    private ScanReport report;
    private Path html;
    private WebDriver driver;

    @BeforeAll
    void setUp(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed");
        report = report();
        html = dir.resolve("report.html");
        ReportAnnotations annotations = ReportAnnotations.builder().owner("team-a").approvalState("pending")
                .gate("FAILED", List.of("critical findings present"))
                .finding(report.findings().get(0).findingId(), FindingAnnotation.of(FindingStatus.WAIVED))
                .finding(report.findings().get(1).findingId(), FindingAnnotation.of(FindingStatus.NEW)).build();
        try (OutputStream out = Files.newOutputStream(html)) {
            new HtmlReportWriter(RuleDescriptions.empty(), annotations).write(report, out);
        }
        driver = chrome(dir.resolve("profile"), true);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static ScanReport report() {
        FingerprintKey key = FingerprintKey.generate();
        SecureRandom random = new SecureRandom();
        List<LayerInfo> layers = List.of(layer(0), layer(1), layer(2));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String value = "ghp_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "x".repeat(20);
            Location.Builder location = i % 10 == 9
                    ? Location.of(LocationKind.ENV).key("TOKEN_" + i)
                    : Location.of(LocationKind.FILE).path(i % 500 == 0 ? HOSTILE + i : "/srv/app/f" + i + ".env")
                    .line(1 + i % 40).layer(i % 3, layers.get(i % 3).digest(), layers.get(i % 3).diffId());
            if (i % 7 == 0 && i % 10 != 9) {
                location.deleted(true).hiddenBy(2);
            }
            Location l = location.build();
            String fingerprint = key.fingerprint(SecretDigest.of(value));
            findings.add(new Finding("github-pat", "GitHub token", SEVERITIES[i % SEVERITIES.length], 0, l,
                    fingerprint, Finding.findingId("github-pat", l, fingerprint), Redaction.preview(value),
                    Optional.empty()));
        }
        TargetInfo target = new TargetInfo(TargetInfo.IMAGE, "registry.example.com/app:1.0",
                Optional.of("sha256:" + "c".repeat(64)), Optional.empty(), Optional.of("linux/amd64"), layers,
                Map.of());
        return new ScanReport(ScanReport.SCHEMA_VERSION, new ToolInfo("baked-secrets", "0.1.0", "1"), key.keyId(),
                List.of(target), List.of(), findings);
    }

    private static LayerInfo layer(int i) {
        return new LayerInfo(i, "sha256:" + String.valueOf((char) ('a' + i)).repeat(64),
                "sha256:" + String.valueOf((char) ('d' + i)).repeat(64), "application/vnd.oci.image.layer.v1.tar",
                100, Optional.of("RUN make layer " + i + " <img src=x onerror=alert(2)>"));
    }

    private static WebDriver chrome(Path profile, boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    private WebElement load() {
        driver.get(html.toUri().toString());
        WebElement root = driver.findElement(By.id("bs-findings"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> root.getDomAttribute("data-shown") != null);
        return root;
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector(".bs-dynamic tbody tr"));
    }

    private long count(Severity severity) {
        return report.findings().stream().filter(f -> f.severity() == severity).count();
    }

    @Test
    void shouldShowFirstPageOfAllFindingsWhenLoaded() {
        WebElement root = load();

        assertThat(root.getDomAttribute("data-shown")).isEqualTo(String.valueOf(COUNT));
        assertThat(rows()).hasSize(100);
        assertThat(driver.findElement(By.className("bs-count")).getText()).isEqualTo("10000 of 10000 findings");
        assertThat(driver.findElements(By.className("bs-static"))).isEmpty();
        assertThat(rows().get(0).findElement(By.tagName("td")).getText()).isEqualTo("CRITICAL");
        driver.findElement(By.className("bs-next")).click();
        assertThat(driver.findElement(By.className("bs-page")).getText()).isEqualTo("Page 2 of 100");
    }

    @Test
    void shouldSortWhenHeaderIsClicked() {
        load();
        driver.findElement(By.cssSelector("th[data-key='severity'] button")).click();

        assertThat(rows().get(0).findElement(By.tagName("td")).getText()).isEqualTo("INFO");
        assertThat(driver.findElement(By.cssSelector("th[data-key='severity']")).getDomAttribute("aria-sort"))
                .isEqualTo("descending");
        driver.findElement(By.cssSelector("th[data-key='where'] button")).click();
        String smallest = report.findings().stream().map(f -> describe(f.location())).sorted().findFirst()
                .orElseThrow();
        assertThat(rows().get(0).findElement(By.className("bs-where")).getText()).isEqualTo(smallest.trim());
    }

    private static String describe(Location l) {
        return l.kind() == LocationKind.ENV ? "env " + l.key().orElseThrow()
                : "layer " + l.layerIndex().getAsInt() + " " + l.path().orElseThrow() + ":" + l.line().getAsInt();
    }

    @Test
    void shouldFilterBySeverityKindStatusAndText() {
        WebElement root = load();
        new Select(driver.findElement(By.name("severity"))).selectByValue("high");
        assertThat(root.getDomAttribute("data-shown")).isEqualTo(String.valueOf(count(Severity.HIGH)));

        new Select(driver.findElement(By.name("severity"))).selectByValue("");
        new Select(driver.findElement(By.name("kind"))).selectByValue("env");
        assertThat(root.getDomAttribute("data-shown")).isEqualTo(String.valueOf(COUNT / 10));

        new Select(driver.findElement(By.name("kind"))).selectByValue("");
        new Select(driver.findElement(By.name("status"))).selectByValue("waived");
        assertThat(root.getDomAttribute("data-shown")).isEqualTo("1");

        new Select(driver.findElement(By.name("status"))).selectByValue("");
        driver.findElement(By.className("bs-search")).sendKeys("onerror=alert(1)");
        long hostile = report.findings().stream().filter(f -> f.location().path().orElse("").startsWith(HOSTILE))
                .count();
        assertThat(root.getDomAttribute("data-shown")).isEqualTo(String.valueOf(hostile));
        assertThat(rows().get(0).findElement(By.className("bs-where")).getText()).contains("</script><img src=x");
    }

    @Test
    void shouldOpenDetailWithRemediationWhenDetailsIsClicked() {
        load();
        driver.findElement(By.className("bs-search")).sendKeys("f7.env");
        rows().get(0).findElement(By.className("bs-open")).click();

        WebElement detail = driver.findElement(By.className("bs-detail"));
        assertThat(detail.isDisplayed()).isTrue();
        assertThat(detail.getText()).contains("GitHub token (medium)", "layer 1 /srv/app/f7.env:8",
                "deleted by layer 2", "Rotate the secret first", "does not remove it");
        detail.findElement(By.className("bs-close")).click();
        assertThat(detail.isDisplayed()).isFalse();
    }

    @Test
    void shouldRunNoInjectedMarkupAndLogNoErrors() throws IOException {
        load();
        driver.findElement(By.className("bs-search")).sendKeys("alert");

        assertThat(rows()).isNotEmpty();
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(errors).isEmpty();
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("findings-panel.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void shouldShowStaticTableWhenJavaScriptIsDisabled() {
        WebDriver noScript = chrome(dir.resolve("profile-nojs"), false);
        try {
            noScript.get(html.toUri().toString());
            assertThat(noScript.findElements(By.cssSelector(".bs-static tbody tr"))).hasSize(COUNT);
            assertThat(noScript.findElements(By.className("bs-dynamic"))).isEmpty();
            assertThat(noScript.findElements(By.tagName("img"))).isEmpty();
            assertThat(noScript.findElement(By.className("bs-header")).getText()).contains("team-a", "FAILED");
        } finally {
            noScript.quit();
        }
    }

    @Test
    void shouldRenderTheReportTheCliMakesFromAnImageWithHostilePaths() throws Exception {
        String token = io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets.githubToken();
        io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages.dockerArchive()
                .add(io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages.image()
                        .layer(l -> l.file("srv/</script><img src=x onerror=alert(1)>/app.env",
                                "GITHUB_TOKEN=" + token + "\n").file("srv/plain.env", "API_TOKEN=" + token + "\n")),
                        "hostile:1")
                .writeClassic(dir.resolve("hostile.tar"));
        java.io.StringWriter out = new java.io.StringWriter();
        int exit = Main.run(new String[] {"scan", "docker-archive:" + dir.resolve("hostile.tar"), "--format", "html",
            "-o", dir.resolve("cli.html").toString()}, new java.io.PrintWriter(out), new java.io.PrintWriter(out));
        assertThat(exit).isEqualTo(1);

        driver.get(dir.resolve("cli.html").toUri().toString());
        WebElement root = driver.findElement(By.id("bs-findings"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> root.getDomAttribute("data-shown") != null);

        assertThat(root.getDomAttribute("data-shown")).isEqualTo("2");
        assertThat(rows()).anySatisfy(r -> assertThat(r.findElement(By.className("bs-where")).getText())
                .contains("</script><img src=x onerror=alert(1)>/app.env"));
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.getPageSource()).doesNotContain(token);
    }
}
