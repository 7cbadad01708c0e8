package de.koeln.zks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

class EventsTest {

    /** Records the posted events; fails on demand, as a stopping EventAdmin does. */
    private static final class Admin implements EventAdmin {
        final List<Event> posted = new ArrayList<>();
        boolean failing;

        @Override
        public void postEvent(Event event) {
            if (failing) {
                throw new IllegalStateException("The EventAdmin is stopped");
            }
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            throw new AssertionError("events are posted, never sent");
        }
    }

    private final Admin admin = new Admin();

    @Test
    void postsTheTopicWithItsProperties() {
        assertThat(Events.post(admin, "de/koeln/zks/test/CREATED", Map.of("id", 7L, "unit", "Bürgeramt"))).isTrue();

        assertThat(admin.posted).singleElement().satisfies(e -> {
            assertThat(e.getTopic()).isEqualTo("de/koeln/zks/test/CREATED");
            assertThat(e.getProperty("id")).isEqualTo(7L);
            assertThat(e.getProperty("unit")).isEqualTo("Bürgeramt");
        });
    }

    @Test
    void postsAPreparedEventAsItIs() {
        Event event = new Event("de/koeln/zks/test/SUGGESTED", Map.of("incident", 3L));

        assertThat(Events.post(admin, event)).isTrue();

        assertThat(admin.posted).containsExactly(event);
    }

    @Test
    void aFailingEventAdminIsReportedNotThrown() {
        admin.failing = true;

        assertThat(Events.post(admin, "de/koeln/zks/test/CREATED", Map.of("id", 7L))).isFalse();
        assertThat(Events.post(admin, new Event("de/koeln/zks/test/CREATED", Map.of()))).isFalse();
    }

    @Test
    void anInvalidTopicIsReportedNotThrown() {
        assertThat(Events.post(admin, "not a topic", Map.of())).isFalse();
        assertThat(admin.posted).isEmpty();
    }
}
