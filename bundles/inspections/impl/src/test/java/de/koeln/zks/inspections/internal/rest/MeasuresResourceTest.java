package de.koeln.zks.inspections.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import de.koeln.zks.inspections.api.Measure;
import de.koeln.zks.inspections.api.MeasureQuery;
import de.koeln.zks.inspections.api.MeasureService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/** The list's query parameters: {@code dueBefore} is a calendar date, and a wrong one is named. */
class MeasuresResourceTest {
    final MeasureService service = mock(MeasureService.class);
    final MeasuresResource resource = new MeasuresResource(service);

    @Test
    void dueBeforeIsPassedOnAsADate() {
        when(service.list(any(), any(), anyInt(), anyInt())).thenReturn(new Page<Measure>(List.of(), 0, 50, 0));
        SecurityContext security = mock(SecurityContext.class);
        when(security.getUserPrincipal()).thenReturn(new CallerPrincipal(new Caller("sam", Set.of(Roles.SECURITY_MANAGER))));
        resource.list("true", " 2027-03-31 ", null, null, null, null, security);
        ArgumentCaptor<MeasureQuery> query = ArgumentCaptor.forClass(MeasureQuery.class);
        verify(service).list(any(), query.capture(), anyInt(), anyInt());
        assertThat(query.getValue().dueBefore).isEqualTo(LocalDate.parse("2027-03-31"));
        assertThat(query.getValue().overdue).isTrue();
    }

    @Test
    void aDueBeforeThatIsNoDateIsRefusedNamingTheParameter() {
        for (String wrong : List.of("2027-02-30", "31.03.2027", "2027-03-31T00:00:00Z", "tomorrow")) {
            assertThatThrownBy(() -> resource.list(null, wrong, null, null, null, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field")
                    .containsExactly("dueBefore"));
        }
    }
}
