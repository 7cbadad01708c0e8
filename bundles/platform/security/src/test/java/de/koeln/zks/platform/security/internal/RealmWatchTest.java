package de.koeln.zks.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.koeln.zks.platform.testing.MutableClock;

class RealmWatchTest {

    @TempDir
    Path dir;

    private static AppConfigurationEntry entry(String module, String users) {
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, module);
        if (users != null) {
            options.put("users", users);
        }
        return new AppConfigurationEntry(ProxyLoginModule.class.getName(),
            AppConfigurationEntry.LoginModuleControlFlag.SUFFICIENT, options);
    }

    private static JaasRealm realm(String name, AppConfigurationEntry... entries) {
        return new JaasRealm() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public int getRank() {
                return 0;
            }

            @Override
            public AppConfigurationEntry[] getEntries() {
                return entries;
            }
        };
    }

    @Test
    void karafsPropertiesRealmIsWatchedAndAServerRealmIsNot() {
        JaasRealm karaf = realm("karaf",
            entry("org.apache.karaf.jaas.modules.properties.PropertiesLoginModule", "/opt/zks/etc/users.properties"),
            entry("org.apache.karaf.jaas.modules.publickey.PublickeyLoginModule", null),
            entry("org.apache.karaf.jaas.modules.audit.EventAdminAuditLoginModule", null));
        JaasRealm ldap = realm("ad", entry("org.apache.karaf.jaas.modules.ldap.LDAPLoginModule", null));

        assertThat(RealmWatch.filesOf(List.of(karaf, ldap), "karaf")).contains(List.of(Path.of("/opt/zks/etc/users.properties")));
        assertThat(RealmWatch.filesOf(List.of(karaf, ldap), "ad")).isEmpty();
        assertThat(RealmWatch.filesOf(List.of(karaf), "nope")).isEmpty();
        assertThat(RealmWatch.filesOf(null, "karaf")).isEmpty();
        // an operator's LDAP module in a realm of the same name: only time tells
        JaasRealm mixed = realm("karaf", entry("org.apache.karaf.jaas.modules.ldap.LDAPLoginModule", null));
        assertThat(RealmWatch.filesOf(List.of(karaf, mixed), "karaf")).isEmpty();
    }

    @Test
    void aChangeOfTheFileIsSeenAtTheNextCheckAfterASecond() throws IOException {
        Path users = Files.writeString(dir.resolve("users.properties"), "eva = {CRYPT}abc{CRYPT},employee\n");
        MutableClock clock = new MutableClock("2026-11-27T10:00:00Z");
        RealmWatch watch = new RealmWatch(clock, List.of(users));
        assertThat(watch.check()).isZero();

        Files.writeString(users, "eva = {CRYPT}abc{CRYPT},employee,security-manager\n");
        assertThat(watch.check()).as("checked at most once a second").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(watch.check()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(5));
        assertThat(watch.check()).as("unchanged since").isEqualTo(1);

        // a new password hash of the same length: only the time of the change differs
        Files.writeString(users, "eva = {CRYPT}xyz{CRYPT},employee,security-manager\n");
        Files.setLastModifiedTime(users, FileTime.from(Instant.now().plusSeconds(3)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(watch.check()).isEqualTo(2);

        Files.delete(users);
        clock.advance(Duration.ofSeconds(1));
        assertThat(watch.check()).as("a removed file is a change too").isEqualTo(3);
        assertThat(watch.generation()).isEqualTo(3);
    }
}
