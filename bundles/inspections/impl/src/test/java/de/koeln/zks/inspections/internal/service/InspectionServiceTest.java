package de.koeln.zks.inspections.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.inspections.api.Answer;
import de.koeln.zks.inspections.api.AnswerResult;
import de.koeln.zks.inspections.api.ChecklistItem;
import de.koeln.zks.inspections.api.Finding;
import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.InspectionEvents;
import de.koeln.zks.inspections.api.InspectionQuery;
import de.koeln.zks.inspections.api.InspectionState;
import de.koeln.zks.inspections.api.ItemCategory;
import de.koeln.zks.inspections.api.Location;
import de.koeln.zks.inspections.api.LocationIncidents;
import de.koeln.zks.inspections.api.Measure;
import de.koeln.zks.inspections.api.MeasureQuery;
import de.koeln.zks.inspections.api.MeasureState;
import de.koeln.zks.inspections.api.RiskRating;
import de.koeln.zks.inspections.api.Template;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.testing.FakeUsers;
import de.koeln.zks.platform.testing.MutableClock;
import de.koeln.zks.platform.testing.RecordingAudit;
import de.koeln.zks.platform.testing.RecordingEvents;
import de.koeln.zks.platform.testing.TestDatabase;

/** Template versions, answers, completion with findings, recurrence, measures and their overdue list. */
class InspectionServiceTest {
    static final Caller SAM = new Caller("sam", Set.of(Roles.SECURITY_MANAGER));
    static final Caller EVA = new Caller("eva", Set.of(Roles.EMPLOYEE));
    static final Caller OTTO = new Caller("otto", Set.of(Roles.EMPLOYEE));
    static final String UNIT = "Bürgeramt Innenstadt";

    final MutableClock clock = new MutableClock("2027-01-20T08:00:00Z");
    final RecordingAudit audit = new RecordingAudit();
    final RecordingEvents events = new RecordingEvents();
    final FakeUsers users = new FakeUsers().with("eva", UNIT).with("otto", "Jobcenter Mülheim");
    TestDatabase db;
    JpaTemplateService templates;
    JpaInspectionService inspections;
    JpaMeasureService measures;

    @BeforeEach
    void start() {
        db = new TestDatabase("zks-inspections");
        templates = new JpaTemplateService(db.jpa, audit, clock);
        inspections = new JpaInspectionService(db.jpa, audit, users, events, clock);
        measures = new JpaMeasureService(db.jpa, audit, users, events, clock);
    }

    @AfterEach
    void stop() {
        db.close();
    }

    static ChecklistItem item(String key, ItemCategory category, int fromLevel) {
        ChecklistItem i = new ChecklistItem();
        i.key = key;
        i.category = category;
        i.question = "Ist " + key + " in Ordnung?";
        i.fromLevel = fromLevel;
        return i;
    }

    Template template() {
        Template t = new Template();
        t.name = "Publikumsverkehr";
        t.items = List.of(item("alarm", ItemCategory.TECHNICAL, 1), item("escape", ItemCategory.BUILDING, 0),
            item("retreat-room", ItemCategory.BUILDING, 3));
        return templates.create(SAM, t);
    }

    Inspection plan(long template, Integer recurrence) {
        Inspection i = new Inspection();
        i.template = template;
        i.unit = UNIT;
        i.location = new Location();
        i.location.building = "Laurenzplatz 4";
        i.location.room = "E.12";
        i.scheduledFor = LocalDate.parse("2027-01-20");
        i.riskLevel = 2;
        i.recurrenceMonths = recurrence;
        return inspections.plan(SAM, i);
    }

    static Answer answer(AnswerResult result, String note) {
        Answer a = new Answer();
        a.result = result;
        a.note = note;
        return a;
    }

    @Test
    void aTemplateInUseIsNeverChangedInPlaceButGetsANewVersion() {
        Template v1 = template();
        assertThat(v1.version).isEqualTo(1);
        Template change = template(v1, "Neuer Wortlaut?");
        Template inPlace = templates.change(SAM, v1.id, change, null);
        assertThat(inPlace.id).as("not in use yet: changed in place").isEqualTo(v1.id);

        Inspection old = plan(v1.id, null);
        Template v2 = templates.change(SAM, v1.id, template(v1, "Noch neuer?"), null);
        assertThat(v2.id).isNotEqualTo(v1.id);
        assertThat(v2.version).isEqualTo(2);
        assertThat(v2.supersedes).isEqualTo(v1.id);
        assertThat(templates.get(SAM, v1.id).items.get(0).question).as("the old version keeps its text")
            .isEqualTo("Neuer Wortlaut?");
        assertThat(inspections.get(SAM, old.id).templateVersion).isEqualTo(1);
        assertThat(templates.list(EVA, false)).extracting(t -> t.id).containsExactly(v2.id);
        assertThat(templates.list(EVA, true)).hasSize(2);
        assertThatThrownBy(() -> templates.change(SAM, v1.id, template(v1, "x?"), null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> templates.create(SAM, template(v1, "y?"))).isInstanceOf(ConflictException.class);
    }

    private static Template template(Template base, String firstQuestion) {
        Template t = new Template();
        t.name = base.name;
        t.items = List.of(item("alarm", ItemCategory.TECHNICAL, 1), item("escape", ItemCategory.BUILDING, 0));
        t.items.get(0).question = firstQuestion;
        return t;
    }

    @Test
    void completingDerivesRatedFindingsAndPlansTheNextInspection() {
        Inspection planned = plan(template().id, 24);
        assertThat(planned.state).isEqualTo(InspectionState.PLANNED);
        assertThat(planned.answers).extracting(a -> a.required).containsExactly(true, true, false);

        assertThatThrownBy(() -> inspections.answer(SAM, planned.id, "coffee", answer(AnswerResult.OK, null), null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field").containsExactly("key"));
        Inspection started = inspections.answer(SAM, planned.id, "alarm", answer(AnswerResult.DEFICIENT, "kein Knopf"), null);
        assertThat(started.state).isEqualTo(InspectionState.IN_PROGRESS);
        assertThatThrownBy(() -> inspections.complete(SAM, planned.id, null)).isInstanceOf(ConflictException.class)
            .hasMessageContaining("escape");
        inspections.answer(SAM, planned.id, "escape", answer(AnswerResult.OK, null), null);

        Inspection done = inspections.complete(SAM, planned.id, null);
        assertThat(done.state).isEqualTo(InspectionState.COMPLETED);
        assertThat(done.findings).singleElement().satisfies(f -> {
            assertThat(f.item).isEqualTo("alarm");
            assertThat(f.risk).isEqualTo(RiskRating.HIGH);
            assertThat(f.note).isEqualTo("kein Knopf");
        });
        assertThatThrownBy(() -> inspections.complete(SAM, planned.id, null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> inspections.answer(SAM, planned.id, "escape", answer(AnswerResult.DEFICIENT, null), null))
            .isInstanceOf(ConflictException.class);
        assertThat(events.on(InspectionEvents.COMPLETED)).hasSize(1);

        InspectionQuery next = new InspectionQuery();
        next.state = InspectionState.PLANNED;
        assertThat(inspections.list(SAM, next, 0, 10).items).singleElement().satisfies(n -> {
            assertThat(n.scheduledFor).isEqualTo(LocalDate.parse("2029-01-20"));
            assertThat(n.previous).isEqualTo(planned.id);
        });
    }

    @Test
    void theUnitSeesItsOwnFindingsAndReportsMeasuresDoneOthersSeeNothing() {
        Inspection planned = plan(template().id, null);
        inspections.answer(SAM, planned.id, "alarm", answer(AnswerResult.DEFICIENT, null), null);
        inspections.answer(SAM, planned.id, "escape", answer(AnswerResult.DEFICIENT, null), null);
        Finding finding = inspections.complete(SAM, planned.id, null).findings.get(0);

        Measure m = new Measure();
        m.what = "Stillen Alarm nachrüsten";
        m.ownerUnit = UNIT;
        m.due = LocalDate.parse("2027-01-19");
        assertThatThrownBy(() -> measures.add(SAM, finding.id, m))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field").containsExactly("due"));
        m.due = LocalDate.parse("2027-03-01");
        assertThatThrownBy(() -> measures.add(EVA, finding.id, m)).isInstanceOf(ForbiddenException.class);
        Measure added = measures.add(SAM, finding.id, m);
        assertThat(added.risk).isEqualTo(RiskRating.HIGH);

        assertThat(inspections.get(EVA, planned.id).findings).hasSize(2);
        assertThatThrownBy(() -> inspections.get(OTTO, planned.id)).isInstanceOf(NotFoundException.class);
        assertThat(inspections.list(OTTO, null, 0, 10).total).isZero();
        assertThatThrownBy(() -> measures.done(OTTO, added.id, null, null)).isInstanceOf(NotFoundException.class);
        assertThat(measures.list(OTTO, new MeasureQuery(), 0, 10).total).isZero();

        clock.advance(Duration.ofDays(60));
        MeasureQuery overdue = new MeasureQuery();
        overdue.overdue = true;
        assertThat(measures.list(EVA, overdue, 0, 10).items).extracting(x -> x.id).containsExactly(added.id);
        assertThat(measures.remindOverdue(Caller.SYSTEM)).isEqualTo(1);
        assertThat(measures.remindOverdue(Caller.SYSTEM)).isZero();
        Measure done = measures.done(EVA, added.id, "eingebaut", null);
        assertThat(done.state).isEqualTo(MeasureState.DONE);
        assertThat(done.doneBy).isEqualTo("eva");
        assertThat(measures.list(SAM, overdue, 0, 10).total).isZero();
        assertThatThrownBy(() -> measures.done(EVA, added.id, null, null)).isInstanceOf(ConflictException.class);
        assertThat(inspections.findings(EVA, planned.id).get(0).openMeasures).isZero();
    }

    Measure measure(long finding, String unit, String due) {
        Measure m = new Measure();
        m.what = "Maßnahme bis " + due;
        m.ownerUnit = unit;
        m.due = LocalDate.parse(due);
        return measures.add(SAM, finding, m);
    }

    @Test
    void dueBeforeListsTheOpenMeasuresThatWillBeOverdueByThenAndOverdueIsTheSameWithToday() {
        Inspection planned = plan(template().id, null);
        inspections.answer(SAM, planned.id, "alarm", answer(AnswerResult.DEFICIENT, null), null);
        inspections.answer(SAM, planned.id, "escape", answer(AnswerResult.OK, null), null);
        long finding = inspections.complete(SAM, planned.id, null).findings.get(0).id;
        Measure feb = measure(finding, UNIT, "2027-02-10");
        Measure mar = measure(finding, "Jobcenter Mülheim", "2027-03-30");
        Measure marDone = measure(finding, UNIT, "2027-03-15");
        Measure lastDay = measure(finding, UNIT, "2027-03-31");
        measure(finding, UNIT, "2027-06-01");
        measures.done(SAM, marDone.id, null, null);

        MeasureQuery quarter = new MeasureQuery();
        quarter.dueBefore = LocalDate.parse("2027-03-31");
        quarter.state = MeasureState.DONE; // ignored: dueBefore means open ones
        assertThat(measures.list(SAM, quarter, 0, 10).items).as("open, strictly before, by due date")
            .extracting(m -> m.id).containsExactly(feb.id, mar.id);
        assertThat(measures.list(SAM, quarter, 0, 10).items).allSatisfy(m -> assertThat(m.overdue).isFalse());
        assertThat(measures.list(SAM, quarter, 1, 1).total).isEqualTo(2);
        assertThat(measures.list(SAM, quarter, 1, 1).items).as("a later page").extracting(m -> m.id).containsExactly(mar.id);
        assertThat(measures.list(SAM, quarter, 0, 1).total).isEqualTo(2);
        Measure jan = measure(finding, UNIT, "2027-01-31");
        assertThat(measures.list(SAM, quarter, 0, 1).total).as("the kept total is void after a change").isEqualTo(3);
        measures.done(SAM, jan.id, null, null);
        assertThat(measures.list(SAM, quarter, 0, 1).total).isEqualTo(2);
        quarter.ownerUnit = UNIT;
        assertThat(measures.list(SAM, quarter, 0, 10).items).extracting(m -> m.id).containsExactly(feb.id);
        assertThat(measures.list(EVA, quarter, 0, 10).items).extracting(m -> m.id).containsExactly(feb.id);
        assertThat(measures.list(OTTO, quarter, 0, 10).total).as("another unit's").isZero();
        users.with("ida", UNIT, "Jobcenter Mülheim");
        Caller ida = new Caller("ida", Set.of(Roles.EMPLOYEE));
        quarter.ownerUnit = null;
        assertThat(measures.list(ida, quarter, 0, 10).items).as("staff of two units see both")
            .extracting(m -> m.id).containsExactly(feb.id, mar.id);
        assertThat(measures.list(ida, quarter, 0, 1).total).isEqualTo(2);

        MeasureQuery overdue = new MeasureQuery();
        overdue.overdue = true;
        assertThat(measures.list(SAM, overdue, 0, 10).total).as("nothing is past due yet").isZero();
        clock.advance(Duration.ofDays(60)); // 2027-03-21
        assertThat(measures.list(SAM, overdue, 0, 10).items).extracting(m -> m.id).containsExactly(feb.id);
        MeasureQuery both = new MeasureQuery();
        both.overdue = true;
        both.dueBefore = LocalDate.parse("2027-12-31");
        assertThat(measures.list(SAM, both, 0, 10).items).as("today is earlier: it wins").extracting(m -> m.id)
            .containsExactly(feb.id);
        both.dueBefore = LocalDate.parse("2027-02-10");
        assertThat(measures.list(SAM, both, 0, 10).total).as("dueBefore is earlier: it wins").isZero();
        both.dueBefore = LocalDate.parse("2027-04-01");
        both.overdue = false;
        assertThat(measures.list(SAM, both, 0, 10).items).extracting(m -> m.id).containsExactly(feb.id, mar.id, lastDay.id);
        assertThat(measures.list(SAM, both, 0, 10).items).extracting(m -> m.overdue).containsExactly(true, false, false);
    }

    @Test
    void aReinspectionUsesTheLatestTemplateAndOnlyAfterCompletion() {
        Inspection planned = plan(template().id, null);
        assertThatThrownBy(() -> inspections.reinspect(SAM, planned.id, LocalDate.parse("2027-06-01")))
            .isInstanceOf(ConflictException.class);
        inspections.answer(SAM, planned.id, "alarm", answer(AnswerResult.OK, null), null);
        inspections.answer(SAM, planned.id, "escape", answer(AnswerResult.OK, null), null);
        inspections.complete(SAM, planned.id, null);
        Inspection again = inspections.reinspect(SAM, planned.id, LocalDate.parse("2027-06-01"));
        assertThat(again.previous).isEqualTo(planned.id);
        assertThat(again.state).isEqualTo(InspectionState.PLANNED);
    }

    @Test
    void theShippedCounterChecklistIsCreatedOnceAndIsAValidTemplate() {
        new TemplateSeeder(templates);
        new TemplateSeeder(templates);
        List<Template> all = templates.list(SAM, true);
        assertThat(all).singleElement().satisfies(t -> {
            assertThat(t.name).isEqualTo("Arbeitsplatz mit Publikumsverkehr");
            assertThat(t.version).isEqualTo(1);
            assertThat(t.items).hasSizeGreaterThanOrEqualTo(30);
        });
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

    @Test
    void photosAreCheckedByContentKeptWithTheItemAndRefusedWithTheCauseNamed() {
        Inspection planned = plan(template().id, null);
        var photo = inspections.addPhoto(SAM, planned.id, "alarm", "Eingang.png", "image/png", PNG);
        assertThat(photo.contentType).isEqualTo("image/png");
        assertThat(photo.fileName).isEqualTo("Eingang.png");
        assertThat(inspections.photos(EVA, planned.id)).singleElement().satisfies(p -> assertThat(p.item).isEqualTo("alarm"));
        assertThat(inspections.photo(EVA, planned.id, photo.id).content()).isEqualTo(PNG);
        assertThatThrownBy(() -> inspections.photos(OTTO, planned.id)).isInstanceOf(NotFoundException.class);

        byte[] gif = "GIF89a....".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> inspections.addPhoto(SAM, planned.id, "alarm", "x.gif", null, gif))
            .isInstanceOfSatisfying(de.koeln.zks.platform.api.problem.ApiException.class, e -> assertThat(e.status()).isEqualTo(415));
        assertThatThrownBy(() -> inspections.addPhoto(SAM, planned.id, "alarm", "../../x.png", null, PNG))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field").containsExactly("fileName"));
        byte[] huge = java.util.Arrays.copyOf(PNG, (int) JpaInspectionService.MAX_PHOTO_BYTES + 1);
        assertThatThrownBy(() -> inspections.addPhoto(SAM, planned.id, "alarm", "gross.png", null, huge))
            .isInstanceOfSatisfying(de.koeln.zks.platform.api.problem.ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> inspections.addPhoto(SAM, planned.id, "coffee", "x.png", null, PNG))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> inspections.addPhoto(EVA, planned.id, "alarm", "x.png", null, PNG))
            .isInstanceOf(ForbiddenException.class);
        assertThat(inspections.photos(SAM, planned.id)).hasSize(1);
    }

    /** Answers 3 and remembers what it was asked. */
    static final class CountingIncidents implements LocationIncidents {
        final List<String> asked = new ArrayList<>();

        @Override
        public OptionalInt count(Location location, LocalDate from, LocalDate to) {
            asked.add(location.building + " " + from + ".." + to);
            return OptionalInt.of(3);
        }
    }

    @Test
    void anInspectionShowsTheIncidentsAtItsBuildingOfTheLast12MonthsToSecurityManagementOnly() {
        Inspection planned = plan(template().id, null);
        assertThat(inspections.get(SAM, planned.id).incidentsLast12Months).as("no incidents module").isNull();

        CountingIncidents incidents = new CountingIncidents();
        inspections.locationIncidents = incidents;
        assertThat(inspections.get(SAM, planned.id).incidentsLast12Months).isEqualTo(3);
        assertThat(incidents.asked).containsExactly("Laurenzplatz 4 2026-01-21..2027-01-21");
        assertThat(inspections.get(EVA, planned.id).incidentsLast12Months).as("the unit's staff").isNull();
        assertThat(inspections.list(SAM, null, 0, 10).items).singleElement()
            .satisfies(i -> assertThat(i.incidentsLast12Months).as("not in lists").isNull());
        assertThat(incidents.asked).hasSize(1);
    }

    @Test
    void aCompletedInspectionCountsUpToItsCompletion() {
        Inspection planned = plan(template().id, null);
        inspections.answer(SAM, planned.id, "alarm", answer(AnswerResult.OK, null), null);
        inspections.answer(SAM, planned.id, "escape", answer(AnswerResult.OK, null), null);
        inspections.complete(SAM, planned.id, null);
        clock.advance(Duration.ofDays(40));
        CountingIncidents incidents = new CountingIncidents();
        inspections.locationIncidents = incidents;
        inspections.get(SAM, planned.id);
        assertThat(incidents.asked).containsExactly("Laurenzplatz 4 2026-01-21..2027-01-21");
    }

    @Test
    void aFailingIncidentsServiceNeverFailsTheInspection() {
        Inspection planned = plan(template().id, null);
        inspections.locationIncidents = (location, from, to) -> {
            throw new IllegalStateException("incidents database gone");
        };
        Inspection read = inspections.get(SAM, planned.id);
        assertThat(read.id).isEqualTo(planned.id);
        assertThat(read.incidentsLast12Months).isNull();
        inspections.locationIncidents = (location, from, to) -> OptionalInt.empty();
        assertThat(inspections.get(SAM, planned.id).incidentsLast12Months).isNull();
    }

    @Test
    void inspectionsAreFilteredByBuildingIgnoringCaseAndSpaces() {
        Inspection planned = plan(template().id, null);
        InspectionQuery q = new InspectionQuery();
        q.building = "  LAURENZPLATZ 4 ";
        assertThat(inspections.list(SAM, q, 0, 10).items).extracting(i -> i.id).containsExactly(planned.id);
        q.building = "Laurenzplatz 40";
        assertThat(inspections.list(SAM, q, 0, 10).total).isZero();
        q.building = "laurenzplatz 4";
        q.state = InspectionState.IN_PROGRESS;
        assertThat(inspections.list(SAM, q, 0, 10).total).isZero();
    }

    @Test
    void anInspectionIsOpenAtItsBuildingWhilePlannedOrInProgressForThoseWhoMayReadIt() {
        Inspection planned = plan(template().id, null);
        assertThat(inspections.openAt(SAM, "  LAURENZPLATZ 4 ")).as("planned, found without case and blanks").isTrue();
        assertThat(inspections.openAt(SAM, "Laurenzplatz 40")).isFalse();
        assertThat(inspections.openAt(SAM, " ")).isFalse();
        assertThat(inspections.openAt(SAM, null)).isFalse();
        assertThat(inspections.openAt(EVA, "Laurenzplatz 4")).as("staff of the inspected unit").isTrue();
        assertThat(inspections.openAt(OTTO, "Laurenzplatz 4")).as("staff of another unit see nothing of it").isFalse();
        assertThatThrownBy(() -> inspections.openAt(new Caller("guest", Set.of()), "Laurenzplatz 4"))
            .isInstanceOf(ForbiddenException.class);

        inspections.answer(SAM, planned.id, "alarm", answer(AnswerResult.OK, null), null);
        assertThat(inspections.openAt(SAM, "Laurenzplatz 4")).as("in progress").isTrue();
        inspections.answer(SAM, planned.id, "escape", answer(AnswerResult.OK, null), null);
        inspections.complete(SAM, planned.id, null);
        assertThat(inspections.openAt(SAM, "Laurenzplatz 4")).as("completed").isFalse();
    }
}
