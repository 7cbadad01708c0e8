package de.koeln.zks.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URL;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

class WebPartsTest {
    private final BundleContext context = mock(BundleContext.class);

    private static Bundle bundle(String name, String header) throws Exception {
        Bundle bundle = mock(Bundle.class);
        Hashtable<String, String> headers = new Hashtable<>();
        if (header != null) {
            headers.put(WebParts.HEADER, header);
        }
        when(bundle.getHeaders(anyString())).thenReturn(headers);
        when(bundle.getSymbolicName()).thenReturn(name);
        when(bundle.getVersion()).thenReturn(Version.parseVersion("1.2.3"));
        when(bundle.getState()).thenReturn(Bundle.ACTIVE);
        when(bundle.getEntry("web/part.js")).thenReturn(new URL("file:/" + name + "/part.js"));
        return bundle;
    }

    @Test
    void aBundleWithTheHeaderServesItsWebFolderUnderItsName() throws Exception {
        WebParts parts = new WebParts(context);
        Bundle incidents = bundle("de.koeln.zks.incidents.web", "incidents");
        assertThat(parts.add(incidents)).isNotNull();
        assertThat(parts.add(bundle("de.koeln.zks.incidents.impl", null))).as("no header, no part").isNull();

        assertThat(parts.parts()).extracting(WebParts.Part::name).containsExactly("incidents");
        assertThat(parts.file("incidents", "part.js")).isPresent();
        assertThat(parts.file("incidents", "missing.js")).isEmpty();
        assertThat(parts.file("alarm", "part.js")).isEmpty();

        when(incidents.getState()).thenReturn(Bundle.STOPPING);
        assertThat(parts.file("incidents", "part.js")).as("a stopping part serves nothing").isEmpty();
    }

    @Test
    void badOrTakenNamesAreRefused() throws Exception {
        WebParts parts = new WebParts(context);
        assertThat(parts.add(bundle("a", "Incidents"))).isNull();
        assertThat(parts.add(bundle("b", "../x"))).isNull();
        assertThat(parts.add(bundle("c", "alarm"))).isNotNull();
        assertThat(parts.add(bundle("d", "alarm"))).as("a second bundle for the same part").isNull();
        assertThat(parts.parts()).extracting(p -> p.bundle().getSymbolicName()).containsExactly("c");
    }
}
