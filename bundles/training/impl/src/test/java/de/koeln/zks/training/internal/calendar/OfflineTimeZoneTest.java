package de.koeln.zks.training.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.junit.jupiter.api.Test;

/**
 * ical4j 3.2.19 updates time zone definitions from their TZURL (tzurl.org) unless
 * {@code net.fortuna.ical4j.timezone.update.enabled=false}. This test points those updates at a local socket and
 * checks that the renderer never triggers one, even with updates switched on.
 */
class OfflineTimeZoneTest {

    private static final String PREFIX = "net.fortuna.ical4j.timezone.update.";

    @Test
    void neverFetchesTimeZoneDefinitionsEvenWhenIcal4jIsAllowedTo() throws Exception {
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!trap.isClosed()) {
                    try {
                        trap.accept().close();
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "tz-update-trap");
            acceptor.setDaemon(true);
            acceptor.start();

            Map<String, String> saved = new HashMap<>();
            Map<String, String> settings = Map.of(
                PREFIX + "enabled", "true",
                PREFIX + "host", "127.0.0.1",
                PREFIX + "port", String.valueOf(trap.getLocalPort()),
                PREFIX + "timeout.connect", "2000",
                PREFIX + "timeout.read", "2000");
            settings.forEach((key, value) -> saved.put(key, System.setProperty(key, value)));
            try {
                // Canary: ical4j's own registry lookup does try to fetch (and reaches the trap).
                TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("Europe/Paris");
                awaitAtLeastOne(connections);
                int before = connections.get();

                String ics = CalendarRenderer.render("Meine Schulungen", List.of(new CalendarEntry("s@zks.koeln.de",
                    0, "Test", null, null, null, OffsetDateTime.parse("2025-07-15T09:00:00+02:00"),
                    OffsetDateTime.parse("2025-07-15T10:00:00+02:00"), false, OffsetDateTime.parse(
                    "2025-07-01T00:00:00Z"))), Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC));
                Ics.parseValid(ics);
                Thread.sleep(300);

                assertThat(connections.get()).isEqualTo(before);
            } finally {
                saved.forEach((key, value) -> {
                    if (value == null) {
                        System.clearProperty(key);
                    } else {
                        System.setProperty(key, value);
                    }
                });
            }
        }
    }

    private static void awaitAtLeastOne(AtomicInteger connections) throws InterruptedException {
        for (int i = 0; i < 100 && connections.get() == 0; i++) {
            Thread.sleep(50);
        }
        assertThat(connections.get()).as("the canary lookup reached the trap").isPositive();
    }
}
