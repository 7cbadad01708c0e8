package de.koeln.zks.inspections.internal.service;

import static de.koeln.zks.inspections.internal.service.InspectionServiceTest.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.inspections.api.AnswerResult;
import de.koeln.zks.inspections.api.InspectionEvents;
import de.koeln.zks.inspections.api.Statement;
import de.koeln.zks.inspections.api.StatementFile;
import de.koeln.zks.inspections.api.StatementKind;
import de.koeln.zks.inspections.api.StatementQuery;
import de.koeln.zks.inspections.api.StatementRevision;
import de.koeln.zks.inspections.api.StatementState;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.api.problem.PreconditionFailedException;

/** Drafts from findings, revisions, four-eyes release, the kept PDF and who sees what. */
class StatementServiceTest {
    static final Caller SAM = InspectionServiceTest.SAM;
    static final Caller SOPHIE = new Caller("sophie", Set.of(Roles.SECURITY_MANAGER));
    static final Caller EVA = InspectionServiceTest.EVA;
    static final Caller OTTO = InspectionServiceTest.OTTO;
    static final String UNIT = InspectionServiceTest.UNIT;

    Fixture fx;
    JpaInspectionService inspections;
    JpaStatementService statements;
    long inspection;

    @BeforeEach
    void start() {
        fx = new Fixture("2027-02-01T09:00:00Z");
        inspections = fx.inspections;
        statements = fx.statements;
        inspection = fx.plan("2027-02-01").id;
        inspections.answer(SAM, inspection, "alarm", answer(AnswerResult.DEFICIENT, "Kein Alarmtaster am Tresen"), null);
        inspections.answer(SAM, inspection, "escape", answer(AnswerResult.OK, null), null);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    static Statement statement(String subject, String text, Long inspection) {
        Statement s = new Statement();
        s.subject = subject;
        s.text = text;
        s.inspection = inspection;
        return s;
    }

    @Test
    void aStatementOnAnInspectionIsDraftedFromItsFindingsAndTheTemplate() {
        inspections.complete(SAM, inspection, null);
        Statement s = statements.draft(SAM, statement("Neubau Bürgeramt Kalk", null, inspection));

        assertThat(s.state).isEqualTo(StatementState.DRAFT);
        assertThat(s.kind).isEqualTo(StatementKind.INSPECTION);
        assertThat(s.revision).isEqualTo(1);
        assertThat(s.reference).isEqualTo("ST-2027-" + String.format("%04d", s.id));
        assertThat(s.unit).isEqualTo(UNIT);
        assertThat(s.location.building).isEqualTo("Laurenzplatz 4");
        assertThat(s.findings).extracting(f -> f.item).containsExactly("alarm");
        assertThat(s.text).contains("„Neubau Bürgeramt Kalk“", UNIT, "01.02.2027", "Laurenzplatz 4, Raum E.12",
            "„Publikumsverkehr“ in Version 1", "1 Mangel festgestellt", "Kein Alarmtaster am Tresen")
            .doesNotContain("{");
        assertThat(fx.audit.of(AuditAction.CREATE)).anyMatch(l -> l.recordType().equals("statement") && l.recordId().equals(String.valueOf(s.id)));
    }

    @Test
    void aStatementTakesUpOnlyACompletedInspectionAndOtherwiseNeedsTextUnitAndLocation() {
        assertThatThrownBy(() -> statements.draft(SAM, statement("Kalk", null, inspection)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field)
                .containsExactly("inspection"));
        assertThatThrownBy(() -> statements.draft(SAM, statement("Kalk", null, 999L)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).isNotNull());
        assertThatThrownBy(() -> statements.draft(SAM, statement(" ", null, null)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field)
                .contains("subject", "text", "unit", "location.building"));
        assertThatThrownBy(() -> statements.draft(EVA, statement("Kalk", "Text", null)))
            .isInstanceOf(ForbiddenException.class);
        assertThat(statements.list(SAM, null, 0, 10).total).isZero();

        Statement free = statement("Neue Dienststelle Kalk", "Wir empfehlen zwei Fluchtwege.", null);
        free.kind = StatementKind.SERVICE_POINT;
        free.unit = "Bürgeramt Kalk";
        free.location = Fixture.location("Kalker Hauptstraße 247", null);
        free.reference = "32/2027-117";
        Statement s = statements.draft(SAM, free);
        assertThat(s.reference).isEqualTo("32/2027-117");
        assertThat(s.findings).isEmpty();
    }

    @Test
    void editsOfADraftAreRevisionsAndAReleasedStatementNeverChanges() {
        inspections.complete(SAM, inspection, null);
        Statement s = statements.draft(SAM, statement("Kalk", "Erster Entwurf.", inspection));
        fx.clock.advance(java.time.Duration.ofHours(1));
        Statement edited = statements.edit(SOPHIE, s.id, statement("Kalk", "Zweiter Entwurf.", null), s.version);
        assertThat(edited.revision).isEqualTo(2);
        assertThat(edited.editedBy).isEqualTo("sophie");
        assertThat(edited.unit).as("kept").isEqualTo(UNIT);
        Statement same = statements.edit(SAM, s.id, statement("Kalk", "Zweiter Entwurf.", null), edited.version);
        assertThat(same.revision).as("nothing changed: no revision").isEqualTo(2);
        assertThatThrownBy(() -> statements.edit(SAM, s.id, statement("Kalk", "Stale", null), s.version))
            .isInstanceOf(PreconditionFailedException.class);

        assertThat(statements.revisions(SAM, s.id)).extracting(r -> r.revision + " " + r.editedBy + " " + r.text)
            .containsExactly("1 sam Erster Entwurf.", "2 sophie Zweiter Entwurf.");

        Caller third = new Caller("tom", Set.of(Roles.SECURITY_MANAGER));
        Statement released = statements.release(third, s.id, null);
        assertThat(released.state).isEqualTo(StatementState.RELEASED);
        assertThat(released.releasedBy).isEqualTo("tom");
        assertThat(fx.events.on(InspectionEvents.STATEMENT_RELEASED)).hasSize(1);

        int before = fx.audit.lines.size();
        assertThatThrownBy(() -> statements.edit(SAM, s.id, statement("Kalk", "Nachträglich", null), null))
            .isInstanceOf(ConflictException.class).hasMessageContaining("released");
        assertThatThrownBy(() -> statements.release(SOPHIE, s.id, null)).isInstanceOf(ConflictException.class);
        assertThat(statements.get(SAM, s.id).text).isEqualTo("Zweiter Entwurf.");
        assertThat(statements.revisions(SAM, s.id)).hasSize(2);
        assertThat(fx.audit.lines).hasSize(before);
    }

    @Test
    void onlyASecondSecurityManagerWhoNeitherWroteNorEditedReleases() {
        Statement s = statements.draft(SAM, free());
        statements.edit(SOPHIE, s.id, statement("Kalk", "Geändert von Sophie.", null), null);
        assertThatThrownBy(() -> statements.release(SAM, s.id, null)).isInstanceOf(ForbiddenException.class)
            .hasMessageContaining("Four eyes");
        assertThatThrownBy(() -> statements.release(SOPHIE, s.id, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statements.release(EVA, s.id, null)).isInstanceOf(ForbiddenException.class);
        assertThat(statements.get(SAM, s.id).state).isEqualTo(StatementState.DRAFT);
        Caller admin = new Caller("admin", Set.of(Roles.ADMIN));
        assertThat(statements.release(admin, s.id, null).state).isEqualTo(StatementState.RELEASED);
    }

    @Test
    void theReleasedPdfIsKeptAndHoldsTheTextAndTheFindings() throws IOException {
        inspections.complete(SAM, inspection, null);
        Statement s = statements.draft(SAM, statement("Neubau Bürgeramt Kalk", null, inspection));
        assertThatThrownBy(() -> statements.pdf(SAM, s.id)).isInstanceOf(ConflictException.class)
            .hasMessageContaining("draft");
        statements.release(SOPHIE, s.id, null);

        StatementFile file = statements.pdf(EVA, s.id);
        assertThat(file.fileName()).isEqualTo("Stellungnahme-" + s.reference + ".pdf");
        assertThat(new String(file.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(file.pdf())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Neubau Bürgeramt Kalk", s.reference, "Kein Alarmtaster am Tresen", "freigegeben von sophie");
        }
        fx.clock.advance(java.time.Duration.ofDays(400));
        assertThat(statements.pdf(SAM, s.id).pdf()).as("the document of record, not rendered again").isEqualTo(file.pdf());
    }

    @Test
    void staffReadOnlyTheReleasedStatementsOnTheirOwnUnit() {
        inspections.complete(SAM, inspection, null);
        Statement s = statements.draft(SAM, statement("Kalk", null, inspection));
        assertThatThrownBy(() -> statements.get(EVA, s.id)).as("a draft is internal").isInstanceOf(NotFoundException.class);
        assertThat(statements.list(EVA, null, 0, 10).items).isEmpty();
        statements.release(SOPHIE, s.id, null);

        assertThat(statements.get(EVA, s.id).subject).isEqualTo("Kalk");
        assertThat(statements.list(EVA, null, 0, 10).items).extracting(x -> x.id).containsExactly(s.id);
        assertThatThrownBy(() -> statements.get(OTTO, s.id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statements.pdf(OTTO, s.id)).isInstanceOf(NotFoundException.class);
        assertThat(statements.list(OTTO, null, 0, 10).items).isEmpty();
        assertThatThrownBy(() -> statements.revisions(EVA, s.id)).isInstanceOf(ForbiddenException.class);

        StatementQuery drafts = new StatementQuery();
        drafts.state = StatementState.DRAFT;
        assertThat(statements.list(SAM, drafts, 0, 10).items).isEmpty();
        StatementQuery onInspection = new StatementQuery();
        onInspection.inspection = inspection;
        assertThat(statements.list(SAM, onInspection, 0, 10).items).hasSize(1);
    }

    @Test
    void theInspectionOfAStatementCannotBeChanged() {
        inspections.complete(SAM, inspection, null);
        Statement s = statements.draft(SAM, free());
        Statement change = statement("Kalk", "Text", inspection);
        assertThatThrownBy(() -> statements.edit(SAM, s.id, change, null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field)
                .containsExactly("inspection"));
        List<StatementRevision> revisions = statements.revisions(SAM, s.id);
        assertThat(revisions).hasSize(1);
    }

    private static Statement free() {
        Statement free = statement("Kalk", "Wir empfehlen zwei Fluchtwege.", null);
        free.unit = "Bürgeramt Kalk";
        free.location = Fixture.location("Kalker Hauptstraße 247", null);
        return free;
    }
}
