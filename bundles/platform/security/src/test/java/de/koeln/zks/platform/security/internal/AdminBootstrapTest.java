package de.koeln.zks.platform.security.internal;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

    @Test
    void createsAdminWithRoleAndConsoleGroupWhenMissing() {
        BackingEngine engine = mock(BackingEngine.class);
        when(engine.listUsers()).thenReturn(List.of());

        AdminBootstrap.ensureAdmin(engine, "a long secret!");

        verify(engine).addUser("admin", "a long secret!");
        verify(engine).addRole("admin", "admin");
        verify(engine).addGroup("admin", "admingroup");
    }

    @Test
    void leavesAnExistingAdminAlone() {
        BackingEngine engine = mock(BackingEngine.class);
        when(engine.listUsers()).thenReturn(List.of(new UserPrincipal("admin")));

        AdminBootstrap.ensureAdmin(engine, "another password");

        verify(engine, never()).addUser(anyString(), anyString());
    }

    @Test
    void createsNobodyWithoutPassword() {
        BackingEngine engine = mock(BackingEngine.class);
        when(engine.listUsers()).thenReturn(List.of());

        AdminBootstrap.ensureAdmin(engine, null);
        AdminBootstrap.ensureAdmin(engine, "  ");

        verify(engine, never()).addUser(anyString(), anyString());
    }

    @Test
    void createsTheAdminAgainWhenAnotherWriterLostIt() {
        BackingEngine engine = mock(BackingEngine.class);
        // present, then lost by a concurrent rewrite of the file, then present again once created anew
        when(engine.listUsers()).thenReturn(List.of(new UserPrincipal("admin")), List.of(),
            List.of(new UserPrincipal("admin")));
        Thread watcher = new Thread(() -> AdminBootstrap.watch(() -> engine, "a long secret!", 1));
        watcher.start();
        verify(engine, org.mockito.Mockito.timeout(5000)).addUser("admin", "a long secret!");
        verify(engine, org.mockito.Mockito.timeout(5000)).addGroup("admin", "admingroup");
        watcher.interrupt();
    }
}
