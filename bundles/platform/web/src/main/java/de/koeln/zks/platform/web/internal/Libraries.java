package de.koeln.zks.platform.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.osgi.framework.Bundle;

/** The WebJars embedded in this bundle with their versions (libraries.properties, written by the build). */
final class Libraries {
    private Libraries() {
    }

    static Properties of(Bundle bundle) {
        Properties libraries = new Properties();
        try (InputStream in = bundle.getEntry("libraries.properties").openStream()) {
            libraries.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return libraries;
    }
}
