package de.koeln.zks.itests;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;
import org.osgi.framework.BundleContext;

/**
 * Boots the real distribution (the tar.gz of karaf-assembly) once per test class, on free ports, with
 * the test users below, and offers HTTP and console access as clients have it.
 */
public abstract class ZksTestSupport {
    public static final String ADMIN = "admin";
    public static final String EMPLOYEE = "eva";
    public static final String OTHER_EMPLOYEE = "otto";
    public static final String MANAGER = "sam";
    /** A second security manager, for four eyes. */
    public static final String SECOND_MANAGER = "sophie";
    /** A responder of the alarm module's test groups. */
    public static final String RESPONDER = "rita";
    public static final String PASSWORD = "test-password-42";

    /** The HTTP port of the container: chosen in the test JVM, read inside the container. */
    protected static final String PORT_PROPERTY = "zks.itest.http.port";

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService features;

    @Inject
    protected SessionFactory sessionFactory;

    private HttpApi http;

    /** The options every test class shares; a class may add its own. */
    protected static Option[] baseConfig() {
        String httpPort = String.valueOf(freePort());
        List<Option> options = new ArrayList<>(List.of(
            karafDistributionConfiguration()
                .frameworkUrl("file:" + new File(System.getProperty("zks.distribution")).getAbsolutePath())
                .name("ZKS Case Platform")
                .unpackDirectory(new File("target/exam"))
                .useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            systemTimeout(300_000),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/system.properties", PORT_PROPERTY, httpPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "updateSnapshots", "none"),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("org.ops4j.pax.url.mvn.localRepository", "")),
            // test users; plain passwords are hashed by the realm at their first login
            editConfigurationFilePut("etc/users.properties", ADMIN, PASSWORD + ",admin,_g_:admingroup"),
            editConfigurationFilePut("etc/users.properties", EMPLOYEE, PASSWORD + ",employee"),
            editConfigurationFilePut("etc/users.properties", OTHER_EMPLOYEE, PASSWORD + ",employee"),
            editConfigurationFilePut("etc/users.properties", MANAGER, PASSWORD + ",security-manager,employee"),
            editConfigurationFilePut("etc/users.properties", SECOND_MANAGER, PASSWORD + ",security-manager,employee"),
            editConfigurationFilePut("etc/users.properties", RESPONDER, PASSWORD + ",responder,employee"),
            editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "serviceRequirements", "default")));
        options.addAll(javaModuleOptions());
        return options.toArray(Option[]::new);
    }

    /** What bin/karaf passes to a Java 9+ JVM, and the zip check the JAX-RS API bundle needs off. */
    private static List<Option> javaModuleOptions() {
        String karaf = System.getProperty("karaf.version");
        List<Option> vm = new ArrayList<>();
        vm.add(new VMOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"));
        vm.add(new VMOption("--add-reads=java.xml=java.logging"));
        vm.add(new VMOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"));
        vm.add(new VMOption("--patch-module"));
        vm.add(new VMOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar"));
        vm.add(new VMOption("--patch-module"));
        vm.add(new VMOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar"));
        for (String open : List.of("java.base/java.security", "java.base/java.net", "java.base/java.lang",
                "java.base/java.util", "java.naming/javax.naming.spi", "java.rmi/sun.rmi.transport.tcp")) {
            vm.add(new VMOption("--add-opens"));
            vm.add(new VMOption(open + "=ALL-UNNAMED"));
        }
        for (String export : List.of("java.base/sun.net.www.protocol.file", "java.base/sun.net.www.protocol.ftp",
                "java.base/sun.net.www.protocol.http", "java.base/sun.net.www.protocol.https",
                "java.base/sun.net.www.protocol.jar", "java.base/sun.net.www.content.text",
                "jdk.naming.rmi/com.sun.jndi.url.rmi", "java.rmi/sun.rmi.registry")) {
            vm.add(new VMOption("--add-exports=" + export + "=ALL-UNNAMED"));
        }
        vm.add(new VMOption("-classpath"));
        vm.add(new VMOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*" + File.pathSeparator + "lib/endorsed/*"));
        return vm;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /** HTTP to this container, waiting (bounded) until every endpoint of {@link #readyPaths()} is served. */
    protected HttpApi http() {
        if (http == null) {
            HttpApi api = new HttpApi("http://127.0.0.1:" + System.getProperty(PORT_PROPERTY));
            for (String path : readyPaths()) {
                waitFor(path + " is served", Duration.ofSeconds(120), () -> api.get(path, ADMIN).status() != 404);
            }
            http = api;
        }
        return http;
    }

    /** Paths that must be served before a test starts (each application is deployed when its services are up). */
    protected List<String> readyPaths() {
        return PLATFORM_READY_PATHS;
    }

    /**
     * The platform's own endpoints, served only once its core (users, audit) is up: its application is deployed
     * with all of them in one step, and until then answers 404.
     */
    static final List<String> PLATFORM_READY_PATHS = List.of("/api/platform/health", "/api/platform/me",
        "/api/platform/users", "/api/platform/audit", "/api/platform/modules");

    /** Runs a console command as {@code user} with {@code roles}, as an operator on ssh would. */
    protected String console(String command, String user, String... roles) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        try {
            Object result = Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            if (result != null) {
                out.println(result);
            }
        } catch (java.security.PrivilegedActionException e) {
            // what the console prints for a failed command
            out.println("Error executing command: " + e.getException().getMessage());
        } catch (RuntimeException e) {
            out.println("Error executing command: " + e.getMessage());
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    protected static void waitFor(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + what);
            }
            try {
                Thread.sleep(100); // polling interval of a bounded wait, not a fixed delay
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
