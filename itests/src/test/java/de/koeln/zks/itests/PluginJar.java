package de.koeln.zks.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import de.koeln.zks.itests.plugin.TestPluginActivator;

/** Builds the test plugin (package {@code de.koeln.zks.itests.plugin}) into a bundle jar of its own, as a department would ship it. */
final class PluginJar {
    private static final String PACKAGE = "de/koeln/zks/itests/plugin/";

    private PluginJar() {
    }

    /** A plugin bundle {@code de.koeln.zks.itests.plugin.<name>} declaring itself {@code name} with extra headers. */
    static byte[] build(String name, String version, Map<String, String> headers) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "de.koeln.zks.itests.plugin." + name);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Activator", TestPluginActivator.class.getName());
        main.putValue("Import-Package", "org.osgi.framework;version=\"[1.8,2)\",de.koeln.zks.platform.spi;version=\"[1.0,2)\","
            + "de.koeln.zks.platform.api;version=\"[1.1,2)\",javax.ws.rs;version=\"[2,3)\",javax.ws.rs.core;version=\"[2,3)\","
            + "javax.annotation.security");
        main.putValue("ZKS-Plugin", name);
        main.putValue("ZKS-Plugin-Department", "Bürgeramt");
        headers.forEach(main::putValue);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            add(jar, "TestPluginActivator.class");
            add(jar, "TestPluginActivator$CountsApplication.class");
            add(jar, "TestPluginActivator$CountsResource.class");
            for (int i = 1; i < 10; i++) {
                if (!add(jar, "TestPluginActivator$" + i + ".class")) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static boolean add(JarOutputStream jar, String file) throws IOException {
        try (InputStream in = TestPluginActivator.class.getResourceAsStream(file)) {
            if (in == null) {
                return false;
            }
            jar.putNextEntry(new JarEntry(PACKAGE + file));
            in.transferTo(jar);
            jar.closeEntry();
            return true;
        }
    }
}
