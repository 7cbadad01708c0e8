package de.koeln.zks.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web page in real browsers (headless Chromium) against the real distribution started as operators start it:
 * an employee reports and a security manager sees the report; a responder's board gets an alarm raised in another
 * browser within a second, acknowledges and closes it, and after a network loss shows what was raised meanwhile;
 * the keyboard shortcut raises an alarm; the training part comes and goes with its feature; axe-core finds no
 * serious or critical violation on any page. Screenshots go to target/screenshots.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class WebPageIT {
    private static final String PASSWORD = ZksTestSupport.PASSWORD;
    private static final String ADMIN_PASSWORD = PASSWORD;
    private static Distribution dist;
    private static HttpApi api;
    private static String base;

    @BeforeClass
    public static void startDistribution() throws Exception {
        dist = new Distribution(Distribution.workDir("web"));
        for (String[] user : List.of(
                new String[] {"eva", "employee"},
                new String[] {"otto", "security-manager,employee"},
                new String[] {"sam", "responder,employee"})) {
            dist.setProperty("etc/users.properties", user[0], PASSWORD + "," + user[1]);
        }
        dist.start(Map.of("ZKS_ADMIN_PASSWORD", ADMIN_PASSWORD));
        // as the admin: without a user, a module answers 401 before its resources are there (CI: the first PUT of a
        // user got 404 while the platform's application was still being rebuilt at the end of the boot)
        List<String> ready = new ArrayList<>(ZksTestSupport.PLATFORM_READY_PATHS);
        ready.addAll(List.of("/api/alarm/points", "/api/alarm/groups", "/api/training/courses", "/api/incidents"));
        for (String path : ready) {
            dist.awaitHttp(path, "admin", Duration.ofMinutes(3));
        }
        base = "http://127.0.0.1:" + dist.httpPort;
        api = new HttpApi(base);
        String admin = "admin";
        ok(api.put("/api/platform/users/eva", admin,
            "{\"displayName\":\"Eva Beispiel\",\"units\":[\"Bürgeramt Innenstadt\"],\"workstation\":\"E.12\"}"));
        ok(api.put("/api/platform/users/otto", admin,
            "{\"displayName\":\"Otto Sicher\",\"units\":[\"ZKS Sicherheitsmanagement\"]}"));
        ok(api.put("/api/platform/users/sam", admin,
            "{\"displayName\":\"Sam Helfer\",\"units\":[\"Bürgeramt Innenstadt\"]}"));
        ok(api.post("/api/alarm/groups", admin, "{\"name\":\"floor-1\",\"members\":[\"sam\"]}"));
        ok(api.post("/api/alarm/points", admin, "{\"id\":\"E.12\",\"building\":\"Laurenzplatz 4\",\"floor\":\"1\","
            + "\"room\":\"E.12\",\"unit\":\"Bürgeramt Innenstadt\",\"directions\":\"Treppe rechts, zweite Tür links\","
            + "\"groups\":[\"floor-1\"]}"));
    }

    @AfterClass
    public static void stopDistribution() throws Exception {
        if (dist != null) {
            dist.close();
        }
    }

    private static HttpApi.Answer ok(HttpApi.Answer answer) {
        assertTrue(answer.toString(), answer.status() < 300);
        return answer;
    }

    @Test
    public void a_loginLogoutAndTheApiReference() throws Exception {
        try (WebBrowser browser = new WebBrowser(base)) {
            browser.driver.get(base + "/");
            browser.await(By.id("login-user"));
            assertEquals("de", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
            browser.assertAccessible("login");
            browser.screenshot("01-login");

            browser.driver.findElement(By.id("login-user")).sendKeys("eva");
            browser.driver.findElement(By.id("login-password")).sendKeys("wrong password");
            browser.driver.findElement(By.cssSelector("#login button[type=submit]")).click();
            browser.awaitText(By.cssSelector("#login .error-summary"), "Passwort", Duration.ofSeconds(10));
            browser.assertAccessible("login with an error");

            browser.login("eva", PASSWORD);
            browser.awaitText(By.tagName("h1"), "Eva Beispiel", Duration.ofSeconds(10));
            Object cookieVisibleToScripts = browser.driver.executeScript("return document.cookie");
            assertFalse("the session cookie is HttpOnly", String.valueOf(cookieVisibleToScripts).contains("ZKS_SESSION"));
            browser.assertAccessible("start page");
            browser.screenshot("02-start-employee");
            browser.logout();
            browser.driver.navigate().refresh();
            browser.await(By.id("login-user"));

            browser.driver.get(base + "/api/docs/");
            browser.await(By.cssSelector("#swagger-ui .info"), Duration.ofSeconds(30));
            assertTrue(browser.driver.findElement(By.cssSelector("#swagger-ui")).getText().contains("/api/incidents"));
            browser.assertAccessible("API reference");
            browser.screenshot("03-api-docs");
        }
    }

    @Test
    public void b_anEmployeeReportsAndASecurityManagerSeesTheReport() throws Exception {
        String number;
        try (WebBrowser eva = new WebBrowser(base)) {
            eva.login("eva", PASSWORD);
            eva.open("incidents/report");
            WebElement form = eva.await(By.id("incident-report"));
            eva.assertAccessible("report form");
            eva.screenshot("04-report-form");
            IncidentForm.fill(eva, form, "Ein Besucher hat mich am Schalter angeschrien und mit der Faust gedroht.");
            WebElement submit = form.findElement(By.id("incident-report-submit"));
            eva.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
            submit.click();
            number = eva.await(By.id("incident-number")).getText().trim();
            assertFalse(number.isEmpty());
            eva.assertAccessible("report confirmation");
            eva.screenshot("05-report-confirmation");

            eva.open("incidents/mine");
            eva.awaitText(By.id("my-reports"), number, Duration.ofSeconds(10));
            eva.assertAccessible("my reports");
            eva.driver.findElement(By.cssSelector("#my-reports a[href^='#/incidents/mine/']")).click();
            eva.await(By.id("incident-history"));
            eva.assertAccessible("my report's detail");

            eva.open("incidents/check");
            WebElement check = eva.await(By.id("warning-check"));
            check.findElement(By.id("warning-check-name")).sendKeys("Max Mustermann");
            check.findElement(By.id("warning-check-fileReference")).sendKeys("AZ 2026/17");
            WebElement purpose = check.findElement(By.id("warning-check-purpose-0"));
            eva.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", purpose);
            purpose.click();
            check.findElement(By.id("warning-check-submit")).click();
            eva.await(By.id("check-answer"));
            assertEquals("false", eva.driver.findElement(By.cssSelector("#check-result [data-warning]")).getAttribute("data-warning"));
            assertEquals("the check leaves no personal data in the form", "",
                eva.driver.findElement(By.id("warning-check-name")).getAttribute("value"));
            eva.assertAccessible("pre-contact check");
            eva.screenshot("06-check");
            eva.width(320);
            eva.open("incidents/mine");
            eva.await(By.id("my-reports"));
            eva.screenshot("06-my-reports-320px");
            eva.open("");
            eva.await(By.id("risk-notices"));
            eva.screenshot("06-start-320px");
            Object scrollWidth = eva.driver.executeScript("return document.documentElement.scrollWidth");
            assertTrue("no horizontal scrolling at 320 px: " + scrollWidth, ((Number) scrollWidth).intValue() <= 320);
        }
        try (WebBrowser otto = new WebBrowser(base)) {
            otto.login("otto", PASSWORD);
            otto.open("incidents/manage");
            otto.awaitText(By.id("incident-list"), number, Duration.ofSeconds(10));
            otto.assertAccessible("incident list");
            otto.screenshot("07-incident-list");
            otto.driver.findElement(By.cssSelector("#incident-list a[data-incident-id]")).click();
            otto.await(By.id("incident-detail"));
            otto.await(By.id("incident-status"));
            otto.assertAccessible("incident detail");
            otto.screenshot("08-incident-detail");
            WebElement toReview = otto.driver.findElement(By.cssSelector("#incident-actions button[data-action=IN_REVIEW]"));
            otto.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", toReview);
            toReview.click();
            new WebDriverWait(otto.driver, Duration.ofSeconds(10)).until(d ->
                "IN_REVIEW".equals(d.findElement(By.id("incident-status")).getAttribute("data-status")));

            otto.open("incidents/overdue");
            otto.await(By.cssSelector("#overdue-duties, #overdue-duties-empty"));
            otto.await(By.cssSelector("#overdue-measures, #overdue-measures-empty"));
            otto.assertAccessible("overdue duties and measures");
            otto.screenshot("09-overdue");

            otto.open("incidents/statistics");
            otto.await(By.id("incident-statistics"));
            otto.await(By.cssSelector("#incident-chart-byLevel svg"), Duration.ofSeconds(20));
            otto.assertAccessible("statistics");
            otto.screenshot("09-statistics");
            otto.open("");
            otto.await(By.id("incident-manage-start"));
            otto.assertAccessible("start page of a security manager");
            otto.screenshot("09-start-manager");
        }
    }

    @Test
    public void c_aResponderSeesAnAlarmFromAnotherBrowserWithinASecondAndAnswersIt() throws Exception {
        try (WebBrowser sam = new WebBrowser(base); WebBrowser eva = new WebBrowser(base)) {
            sam.login("sam", PASSWORD);
            sam.open("alarm/board");
            awaitConnected(sam);
            sam.assertAccessible("responder board");
            eva.login("eva", PASSWORD);

            eva.await(By.id("alarm-button")).click();
            long raised = System.nanoTime();
            WebElement card = new WebDriverWait(sam.driver, Duration.ofSeconds(1), Duration.ofMillis(20))
                .until(d -> d.findElements(By.cssSelector("#alarm-board [data-alarm-id]")).stream().findFirst().orElse(null));
            long millis = (System.nanoTime() - raised) / 1_000_000;
            assertTrue("on the board after " + millis + " ms", millis < 1000);
            assertTrue(card.getText(), card.getText().contains("Laurenzplatz 4"));
            assertTrue(card.getText(), card.getText().contains("E.12"));
            String id = card.getAttribute("data-alarm-id");
            eva.await(By.id("alarm-discreet"));
            sam.screenshot("10-board-alarm");
            sam.assertAccessible("board with an alarm");

            card.findElement(By.cssSelector("[data-action=acknowledge]")).click();
            waitForState(id, "ACKNOWLEDGED");
            WebElement acknowledged = sam.await(By.cssSelector("#alarm-board [data-alarm-id='" + id + "']"));
            acknowledged.findElement(By.cssSelector("[data-action=close]")).click();
            WebElement outcome = sam.await(By.id("alarm-" + id + "-outcome"));
            outcome.sendKeys("Besucher beruhigt, hat das Haus verlassen");
            sam.assertAccessible("board with the close form");
            sam.driver.findElement(By.cssSelector("[data-alarm-id='" + id + "'] [data-action=close-submit]")).click();
            waitForState(id, "CLOSED");
            sam.await(By.cssSelector("#alarm-board-done [data-alarm-id='" + id + "'][data-state=CLOSED]"));
            sam.screenshot("11-board-closed");
        }
    }

    @Test
    public void d_theKeyboardShortcutRaisesAnAlarmDiscreetly() throws Exception {
        try (WebBrowser eva = new WebBrowser(base)) {
            eva.login("eva", PASSWORD);
            eva.open("incidents/mine");
            eva.await(By.id("my-reports"));
            String before = eva.driver.findElement(By.id("main")).getText();
            int open = openAlarms();
            new Actions(eva.driver).keyDown(Keys.CONTROL).keyDown(Keys.ALT).sendKeys("a").keyUp(Keys.ALT).keyUp(Keys.CONTROL).perform();
            ZksTestSupport.waitFor("an alarm raised by Ctrl+Alt+A", Duration.ofSeconds(5), () -> openAlarms() == open + 1);
            eva.await(By.id("alarm-discreet"));
            assertEquals("nothing in the page's content changes", before, eva.driver.findElement(By.id("main")).getText());
            eva.screenshot("12-after-shortcut");
            eva.await(By.id("alarm-cancel")).click();
            ZksTestSupport.waitFor("the false alarm taken back", Duration.ofSeconds(5), () -> openAlarms() == open);
        }
    }

    @Test
    public void e_theBoardReconnectsAfterANetworkLossAndShowsWhatWasRaisedMeanwhile() throws Exception {
        try (CuttableProxy network = new CuttableProxy(dist.httpPort); WebBrowser sam = new WebBrowser("http://127.0.0.1:" + network.port)) {
            sam.login("sam", PASSWORD);
            sam.open("alarm/board");
            awaitConnected(sam);
            network.cut();
            new WebDriverWait(sam.driver, Duration.ofSeconds(30)).until(d ->
                !"connected".equals(d.findElement(By.id("board-connection")).getAttribute("data-state")));
            sam.screenshot("13-board-disconnected");
            HttpApi.Answer raised = ok(api.post("/api/alarm/alarms", "eva", "{\"point\":\"E.12\"}"));
            String id = raised.json().get("id").asText();
            network.restore();
            sam.await(By.cssSelector("#alarm-board [data-alarm-id='" + id + "']"), Duration.ofSeconds(30));
            awaitConnected(sam);
            sam.screenshot("14-board-reconnected");
            ok(api.post("/api/alarm/alarms/" + id + "/acknowledge", "sam", "{}"));
            ok(api.post("/api/alarm/alarms/" + id + "/close", "sam", "{\"outcome\":\"Übung der Netzwerkprüfung\"}"));
        }
    }

    @Test
    public void f_theKioskPageIsAnAlarmOnlyPage() throws Exception {
        try (WebBrowser eva = new WebBrowser(base)) {
            eva.login("eva", PASSWORD);
            eva.open("alarm/kiosk");
            eva.await(By.cssSelector("body.kiosk"));
            eva.assertAccessible("kiosk");
            eva.screenshot("15-kiosk");
        }
        try (WebBrowser sam = new WebBrowser(base)) {
            sam.login("sam", PASSWORD);
            sam.await(By.id("alarm-button")).click();
            sam.await(By.id("alarm-point-select"));
            sam.assertAccessible("choosing a workstation (no workstation registered)");
            sam.screenshot("15-workstation");
        }
    }

    @Test
    public void g_theTrainingPartComesAndGoesWithItsFeature() throws Exception {
        long course = ok(api.post("/api/training/courses", "otto", "{\"title\":\"Deeskalation am Schalter\","
            + "\"topic\":\"DEESCALATION\",\"refresherMonths\":24,\"recommendedFromLevel\":1,\"requiresApproval\":false}"))
            .json().get("id").asLong();
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(1)).plusMonths(1).withNano(0);
        long session = ok(api.post("/api/training/sessions", "otto", "{\"course\":" + course + ",\"startsAt\":\"" + start
            + "\",\"endsAt\":\"" + start.plusHours(3) + "\",\"place\":\"Stadthaus Deutz, Raum 3.14\",\"capacity\":12}"))
            .json().get("id").asLong();
        try (WebBrowser eva = new WebBrowser(base)) {
            eva.login("eva", PASSWORD);
            eva.await(By.cssSelector("#nav a[href='#/training']"));
            eva.open("training");
            eva.await(By.id("training-catalogue"));
            eva.assertAccessible("training catalogue");
            eva.screenshot("16-training");
            WebElement register = eva.await(By.cssSelector("button[data-action=register][data-session-id='" + session + "']"));
            eva.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", register);
            register.click();
            eva.await(By.cssSelector("#training-confirmation[data-status=CONFIRMED]"));
            eva.open("training/mine");
            eva.await(By.cssSelector("#my-registrations tr[data-session-id='" + session + "']"));
            eva.await(By.id("my-calendar"));
            eva.assertAccessible("my registrations");
            eva.screenshot("17-training-mine");

            dist.shell("admin", ADMIN_PASSWORD, "feature:uninstall zks-training");
            dist.awaitHttp("/api/platform/health", null, Duration.ofSeconds(30));
            ZksTestSupport.waitFor("training gone from the modules", Duration.ofMinutes(1),
                () -> !api.get("/api/platform/modules", null).body().contains("\"training\""));
            eva.driver.navigate().refresh();
            eva.await(By.cssSelector("#nav a[href='#/incidents/report']"));
            assertTrue(eva.driver.findElements(By.cssSelector("#nav a[href='#/training']")).isEmpty());

            dist.shell("admin", ADMIN_PASSWORD, "feature:install zks-training");
            ZksTestSupport.waitFor("training back", Duration.ofMinutes(2),
                () -> api.get("/api/platform/modules", null).body().contains("\"training\""));
            eva.driver.navigate().refresh();
            eva.await(By.cssSelector("#nav a[href='#/training']"), Duration.ofSeconds(30));
        }
    }

    private static void awaitConnected(WebBrowser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d ->
            "connected".equals(d.findElement(By.id("board-connection")).getAttribute("data-state")));
    }

    private static void waitForState(String id, String state) {
        ZksTestSupport.waitFor("alarm " + id + " " + state, Duration.ofSeconds(10), () -> {
            JsonNode alarm = api.get("/api/alarm/alarms/" + id, "sam").json();
            return state.equals(alarm.path("state").asText());
        });
    }

    private static int openAlarms() {
        JsonNode list = api.get("/api/alarm/alarms?state=RAISED", "sam").json();
        JsonNode items = list.has("items") ? list.get("items") : list;
        return items.size();
    }

    /** Fills the report form as a person would. */
    static final class IncidentForm {
        static void fill(WebBrowser browser, WebElement form, String description) {
            WebElement unit = form.findElement(By.id("incident-report-unit"));
            if ("select".equals(unit.getTagName())) {
                new Select(unit).selectByValue("Bürgeramt Innenstadt");
            } else {
                unit.clear();
                unit.sendKeys("Bürgeramt Innenstadt");
            }
            // a datetime-local input takes typed digits in the browser's locale; the value itself is the same everywhere
            browser.driver.executeScript("const input = arguments[0];"
                + "const d = new Date(Date.now() - 3600000); const p = (n) => String(n).padStart(2, '0');"
                + "input.value = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;"
                + "input.dispatchEvent(new Event('input', {bubbles: true}));",
                form.findElement(By.id("incident-report-occurredAt")));
            new Select(form.findElement(By.id("incident-report-kind"))).selectByValue("THREAT");
            WebElement level = form.findElement(By.id("incident-report-level-2"));
            browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", level);
            level.click();
            form.findElement(By.id("incident-report-description")).sendKeys(description);
            form.findElement(By.id("incident-report-location-building")).sendKeys("Laurenzplatz 4");
            form.findElement(By.id("incident-report-location-room")).sendKeys("E.12");
        }
    }
}
