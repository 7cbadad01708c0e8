/**
 * The plugin SPI: what a department's plugin bundle registers as OSGi services ({@link ExtraFieldProvider},
 * {@link PlatformEventListener}) and how it declares itself (manifest headers in {@link PluginHeaders}), and what
 * the platform offers about them ({@link ExtraFields} to the modules, {@link PluginRegistry} to operators). The
 * platform picks plugins up and drops them at run time; a plugin's REST resources live in its own JAX-RS
 * application under {@code /api/plugins/<plugin>} and its console commands in its own scope.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package de.koeln.zks.platform.spi;
