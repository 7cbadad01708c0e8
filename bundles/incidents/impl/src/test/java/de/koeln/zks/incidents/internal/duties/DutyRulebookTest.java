package de.koeln.zks.incidents.internal.duties;

import de.koeln.zks.incidents.api.DutyOwner;

import static de.koeln.zks.incidents.internal.duties.ConditionTest.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentKind;

class DutyRulebookTest {

    private static final DutyRulebook DEFAULTS = DutyRulebook.defaults();

    /** The shipped file as ConfigAdmin would deliver it: String values plus the keys Karaf adds. */
    static Map<String, Object> shippedConfig() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DutyRulebook.class.getResourceAsStream(DutyRulebook.DEFAULTS_RESOURCE)) {
            assertThat(in).as("shipped file on the classpath").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, Object> map = new HashMap<>();
        properties.forEach((k, v) -> map.put((String) k, v));
        return map;
    }

    private static List<String> codes(List<DutyRule> rules) {
        return rules.stream().map(DutyRule::code).toList();
    }

    private static List<String> applicable(DutyRulebook rulebook, IncidentKind kind, int level) {
        return codes(rulebook.applicable(incident(i -> {
            i.kind = kind;
            i.level = level;
        })));
    }

    private static DutyRule rule(String code) {
        return DEFAULTS.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------------------------------ defaults

    @Test
    void shippedFileIsPlainAsciiBecauseKarafReadsItAsIso88591() throws IOException {
        try (InputStream in = DutyRulebook.class.getResourceAsStream(DutyRulebook.DEFAULTS_RESOURCE)) {
            byte[] bytes = in.readAllBytes();
            assertThat(bytes).isNotEmpty();
            for (int i = 0; i < bytes.length; i++) {
                assertThat(bytes[i] & 0xff).as("byte %d", i).isLessThan(0x80);
            }
        }
    }

    @Test
    void shippedFileReadAsIso88591LikeKarafGivesTheDefaults() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DutyRulebook.class.getResourceAsStream(DutyRulebook.DEFAULTS_RESOURCE)) {
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        Map<String, Object> map = new HashMap<>();
        properties.forEach((k, v) -> map.put((String) k, v));
        assertThat(DutyRulebook.parse(map).rules()).isEqualTo(DEFAULTS.rules());
    }

    @Test
    void shippedFileNamesEveryKind() throws IOException {
        Map<String, Object> config = shippedConfig();
        for (IncidentKind kind : IncidentKind.values()) {
            assertThat(config).containsKey("level." + kind);
        }
    }

    @Test
    void defaultLevelsFollowTheAachenerModellWithTheCitysPropertyDamage() {
        Map<IncidentKind, Integer> expected = new EnumMap<>(IncidentKind.class);
        expected.put(IncidentKind.INSULT, 1);
        expected.put(IncidentKind.THREAT, 2);
        expected.put(IncidentKind.COERCION, 2);
        expected.put(IncidentKind.PHYSICAL_ASSAULT, 2);
        expected.put(IncidentKind.SEXUAL_HARASSMENT, 2);
        expected.put(IncidentKind.PROPERTY_DAMAGE, 2);
        expected.put(IncidentKind.WEAPON, 3);
        expected.put(IncidentKind.STALKING, 2);
        expected.put(IncidentKind.OTHER, 1);
        assertThat(DEFAULTS.suggestedLevels()).isEqualTo(expected).isInstanceOf(EnumMap.class);
        assertThat(DEFAULTS.suggestedLevel(IncidentKind.WEAPON)).isEqualTo(3);
        assertThat(DEFAULTS.suggestedLevel(IncidentKind.INSULT)).isEqualTo(1);
    }

    @Test
    void suggestedLevelsIsACopy() {
        DEFAULTS.suggestedLevels().put(IncidentKind.INSULT, 3);
        assertThat(DEFAULTS.suggestedLevel(IncidentKind.INSULT)).isEqualTo(1);
    }

    @Test
    void defaultRulesInOrder() {
        assertThat(codes(DEFAULTS.rules())).containsExactly("security-management", "supervisor", "aftercare",
                "complaint", "complaint-request", "accident");
        assertThatThrownBy(() -> DEFAULTS.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void defaultRulesAsConfigured() {
        assertThat(rule("security-management")).isEqualTo(new DutyRule("security-management", 5,
                "Sicherheitsmanagement sofort benachrichtigen", rule("security-management").description(),
                Condition.parse("level>=3"), DutyOwner.SECURITY_MANAGEMENT, "PT1H", DueFrom.REPORTED, null, null));
        assertThat(rule("supervisor")).isEqualTo(new DutyRule("supervisor", 10, "Vorgesetzte informieren",
                rule("supervisor").description(), Condition.parse("level>=2"), DutyOwner.SUPERVISOR, "PT24H",
                DueFrom.REPORTED, null, null));
        assertThat(rule("aftercare")).isEqualTo(new DutyRule("aftercare", 20, "Psychologische Erste Hilfe anbieten",
                rule("aftercare").description(), Condition.parse("level>=2"), DutyOwner.SUPERVISOR, "PT48H",
                DueFrom.OCCURRED, "aftercareOffered", null));
        assertThat(rule("complaint")).isEqualTo(new DutyRule("complaint", 30, "Strafanzeige erstatten",
                rule("complaint").description(),
                Condition.parse("level>=2 & kind!=INSULT,PHYSICAL_ASSAULT,PROPERTY_DAMAGE,SEXUAL_HARASSMENT"),
                DutyOwner.SECURITY_MANAGEMENT, "P7D", DueFrom.REPORTED, "criminalComplaintFiled", null));
        assertThat(rule("complaint-request")).isEqualTo(new DutyRule("complaint-request", 30,
                "Strafantrag stellen (Antragsfrist 3 Monate, \u00a7 77b StGB)", rule("complaint-request").description(),
                Condition.parse("level>=2 & kind=INSULT,PHYSICAL_ASSAULT,PROPERTY_DAMAGE,SEXUAL_HARASSMENT"),
                DutyOwner.SECURITY_MANAGEMENT, "P3M", DueFrom.OCCURRED, "criminalComplaintFiled", "P14D"));
        assertThat(rule("accident")).isEqualTo(new DutyRule("accident", 40, "Unfallanzeige an die Unfallkasse",
                rule("accident").description(), Condition.parse("incapacityDays>3 | accidentReportDue"),
                DutyOwner.SUPERVISOR, "P3D", DueFrom.REPORTED, null, null));
    }

    @Test
    void germanDescriptionsSurviveTheEscapes() {
        assertThat(rule("aftercare").description()).contains("sofort", "48 Stunden", "Gespr\u00e4ch");
        assertThat(rule("complaint-request").description())
                .contains("Beleidigung", "K\u00f6rperverletzung", "Sachbesch\u00e4digung", "Bel\u00e4stigung",
                        "drei Monaten", "Kenntnis", "\u00a7 77b StGB")
                .doesNotContain("\\", "  ");
        assertThat(rule("accident").description()).contains("mehr als drei Tage", "Sp\u00e4tfolgen");
        assertThat(rule("supervisor").description()).isNotBlank();
    }

    // ----------------------------------------------------------------------------------- applicable rules

    @Test
    void levelOneInsultNeedsNothing() {
        assertThat(applicable(DEFAULTS, IncidentKind.INSULT, 1)).isEmpty();
        assertThat(DEFAULTS.applicable(new IncidentInput())).isEmpty();
    }

    @Test
    void levelTwoThreat() {
        assertThat(applicable(DEFAULTS, IncidentKind.THREAT, 2)).containsExactly("supervisor", "aftercare", "complaint");
    }

    @Test
    void levelTwoInsultNeedsARequestNotAComplaint() {
        assertThat(applicable(DEFAULTS, IncidentKind.INSULT, 2))
                .containsExactly("supervisor", "aftercare", "complaint-request");
        for (IncidentKind kind : List.of(IncidentKind.PHYSICAL_ASSAULT, IncidentKind.PROPERTY_DAMAGE,
                IncidentKind.SEXUAL_HARASSMENT)) {
            assertThat(applicable(DEFAULTS, kind, 2)).as(kind.name()).contains("complaint-request")
                    .doesNotContain("complaint");
        }
        for (IncidentKind kind : List.of(IncidentKind.COERCION, IncidentKind.STALKING, IncidentKind.OTHER)) {
            assertThat(applicable(DEFAULTS, kind, 2)).as(kind.name()).contains("complaint")
                    .doesNotContain("complaint-request");
        }
    }

    @Test
    void levelThreeWeaponAlsoAlertsSecurityManagement() {
        assertThat(applicable(DEFAULTS, IncidentKind.WEAPON, 3))
                .containsExactly("security-management", "supervisor", "aftercare", "complaint");
    }

    @Test
    void moreThanThreeDaysOffNeedsAnAccidentReport() {
        IncidentInput incident = incident(i -> {
            i.kind = IncidentKind.INSULT;
            i.level = 1;
            i.incapacityDays = 5;
        });
        assertThat(codes(DEFAULTS.applicable(incident))).containsExactly("accident");
        incident.incapacityDays = 3;
        assertThat(DEFAULTS.applicable(incident)).isEmpty();
    }

    @Test
    void accidentReportDueWithoutDaysOff() {
        IncidentInput incident = incident(i -> {
            i.kind = IncidentKind.PHYSICAL_ASSAULT;
            i.level = 2;
            i.incapacityDays = 0;
            i.accidentReportDue = true;
        });
        assertThat(codes(DEFAULTS.applicable(incident)))
                .containsExactly("supervisor", "aftercare", "complaint-request", "accident");
    }

    // ------------------------------------------------------------------------------------- due and remind

    private static LocalDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    @Test
    void dueTimesCountFromTheConfiguredMoment() {
        // 10 March 2025, 09:00 in Cologne (CET) is 08:00 UTC; reported the next day.
        LocalDateTime occurred = utc(OffsetDateTime.of(2025, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(1)));
        LocalDateTime reported = LocalDateTime.of(2025, 3, 11, 9, 30);
        assertThat(occurred).isEqualTo(LocalDateTime.of(2025, 3, 10, 8, 0));

        assertThat(rule("aftercare").dueAt(occurred, reported)).as("PT48H from OCCURRED")
                .isEqualTo(LocalDateTime.of(2025, 3, 12, 8, 0));
        assertThat(rule("supervisor").dueAt(occurred, reported)).as("PT24H from REPORTED")
                .isEqualTo(LocalDateTime.of(2025, 3, 12, 9, 30));
        assertThat(rule("security-management").dueAt(occurred, reported))
                .isEqualTo(LocalDateTime.of(2025, 3, 11, 10, 30));
        assertThat(rule("complaint").dueAt(occurred, reported)).isEqualTo(LocalDateTime.of(2025, 3, 18, 9, 30));
        assertThat(rule("accident").dueAt(occurred, reported)).isEqualTo(LocalDateTime.of(2025, 3, 14, 9, 30));
        assertThat(rule("complaint-request").dueAt(occurred, reported)).as("P3M from OCCURRED")
                .isEqualTo(LocalDateTime.of(2025, 6, 10, 8, 0));
    }

    @Test
    void threeMonthsCountByTheCalendar() {
        LocalDateTime occurred = LocalDateTime.of(2025, 11, 30, 14, 15);
        LocalDateTime reported = LocalDateTime.of(2025, 12, 2, 8, 0);
        DutyRule request = rule("complaint-request");
        assertThat(request.dueAt(occurred, reported)).isEqualTo(LocalDateTime.of(2026, 2, 28, 14, 15));
        assertThat(request.remindAt(occurred, reported)).as("P14D before due")
                .isEqualTo(LocalDateTime.of(2026, 2, 14, 14, 15));
        assertThat(request.dueAt(LocalDateTime.of(2023, 11, 30, 0, 0), null)).as("leap year")
                .isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
    }

    @Test
    void noReminderWithoutRemindBefore() {
        LocalDateTime t = LocalDateTime.of(2025, 3, 10, 8, 0);
        assertThat(rule("aftercare").remindAt(t, t)).isNull();
        assertThat(rule("supervisor").remindAt(t, t)).isNull();
    }

    @Test
    void onlyTheMomentTheRuleCountsFromIsNeeded() {
        LocalDateTime t = LocalDateTime.of(2025, 3, 10, 8, 0);
        assertThat(rule("aftercare").dueAt(t, null)).isEqualTo(t.plusHours(48));
        assertThat(rule("supervisor").dueAt(null, t)).isEqualTo(t.plusHours(24));
        assertThatThrownBy(() -> rule("supervisor").dueAt(t, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("reportedUtc");
        assertThatThrownBy(() -> rule("complaint-request").remindAt(null, t))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("occurredUtc");
    }

    // ------------------------------------------------------------------------------------------- done by

    @Test
    void doneByTheFlagOfTheReport() {
        DutyRule aftercare = rule("aftercare");
        assertThat(aftercare.doneBy(incident(i -> i.aftercareOffered = true))).isTrue();
        assertThat(aftercare.doneBy(incident(i -> i.aftercareOffered = false))).isFalse();
        assertThat(aftercare.doneBy(new IncidentInput())).isFalse();
        assertThat(aftercare.doneBy(incident(i -> i.criminalComplaintFiled = true))).isFalse();

        assertThat(rule("complaint").doneBy(incident(i -> i.criminalComplaintFiled = true))).isTrue();
        assertThat(rule("complaint-request").doneBy(incident(i -> i.criminalComplaintFiled = true))).isTrue();
    }

    @Test
    void withoutDoneWhenTheReportNeverShowsItDone() {
        IncidentInput everything = incident(i -> {
            i.policeCalled = true;
            i.criminalComplaintFiled = true;
            i.houseBanImposed = true;
            i.firstAidGiven = true;
            i.aftercareOffered = true;
            i.accidentReportDue = true;
        });
        assertThat(rule("supervisor").doneBy(everything)).isFalse();
        assertThat(rule("accident").doneBy(everything)).isFalse();
    }

    // ------------------------------------------------------------------------------------ configuration

    @Test
    void shippedFileAsDeliveredByConfigAdminEqualsTheDefaults() throws IOException {
        Map<String, Object> config = shippedConfig();
        config.put("service.pid", DutyRulebook.PID);
        config.put("felix.fileinstall.filename", "file:/opt/karaf/etc/de.koeln.zks.incidents.duties.cfg");
        config.put("component.name", "duties");
        config.put("component.id", "17");
        config.put("duty", "ignored: not under duty.");
        config.put("levels", "ignored: not under level.");
        DutyRulebook parsed = DutyRulebook.parse(config);
        assertThat(parsed.rules()).isEqualTo(DEFAULTS.rules());
        assertThat(parsed.suggestedLevels()).isEqualTo(DEFAULTS.suggestedLevels());
    }

    @Test
    void cityOverride() throws IOException {
        Map<String, Object> config = shippedConfig();
        config.put("level.PROPERTY_DAMAGE", "1");
        config.put("duty.house-ban.title", "Hausverbot pr\u00fcfen");
        config.put("duty.house-ban.when", "level>=2 & !houseBanImposed");
        config.put("duty.house-ban.owner", "SUPERVISOR");
        config.put("duty.house-ban.due", "P1D");
        config.put("duty.house-ban.order", "15");
        config.put("duty.house-ban.doneWhen", "houseBanImposed");

        DutyRulebook city = DutyRulebook.parse(config);

        assertThat(city.suggestedLevel(IncidentKind.PROPERTY_DAMAGE)).isEqualTo(1);
        assertThat(city.suggestedLevel(IncidentKind.WEAPON)).isEqualTo(3);
        assertThat(codes(city.rules())).containsExactly("security-management", "supervisor", "house-ban",
                "aftercare", "complaint", "complaint-request", "accident");
        assertThat(applicable(city, IncidentKind.THREAT, 2))
                .containsExactly("supervisor", "house-ban", "aftercare", "complaint");
        DutyRule houseBan = city.rules().get(2);
        assertThat(houseBan.description()).isNull();
        assertThat(houseBan.dueFrom()).isEqualTo(DueFrom.REPORTED);
        assertThat(houseBan.remindBefore()).isNull();
        assertThat(houseBan.dueAt(null, LocalDateTime.of(2025, 1, 1, 12, 0)))
                .isEqualTo(LocalDateTime.of(2025, 1, 2, 12, 0));
        assertThat(DutyRulebook.defaults().suggestedLevel(IncidentKind.PROPERTY_DAMAGE)).as("defaults untouched")
                .isEqualTo(2);
    }

    @Test
    void kindsNotNamedKeepTheShippedLevelAndDutiesAreReplacedAsAWhole() {
        DutyRulebook rulebook = DutyRulebook.parse(Map.of("level.PROPERTY_DAMAGE", "1",
                "duty.only.title", "Einzige Pflicht", "duty.only.when", "level>=0", "duty.only.due", "P1D"));
        Map<IncidentKind, Integer> expected = DEFAULTS.suggestedLevels();
        expected.put(IncidentKind.PROPERTY_DAMAGE, 1);
        assertThat(rulebook.suggestedLevels()).isEqualTo(expected);
        assertThat(codes(rulebook.rules())).containsExactly("only");
        DutyRule only = rulebook.rules().get(0);
        assertThat(only.owner()).as("default owner").isEqualTo(DutyOwner.SECURITY_MANAGEMENT);
        assertThat(only.dueFrom()).as("default dueFrom").isEqualTo(DueFrom.REPORTED);
        assertThat(only.order()).as("default order").isEqualTo(100);
        assertThat(only.doneWhen()).isNull();
    }

    @Test
    void emptyConfigurationMeansShippedLevelsAndNoDuties() {
        DutyRulebook rulebook = DutyRulebook.parse(Map.of("service.pid", DutyRulebook.PID));
        assertThat(rulebook.rules()).isEmpty();
        assertThat(rulebook.suggestedLevels()).isEqualTo(DEFAULTS.suggestedLevels());
    }

    @Test
    void rulesAreSortedByOrderThenCode() {
        Map<String, Object> config = new HashMap<>();
        for (String[] d : new String[][] {{"b", "5"}, {"a", "5"}, {"c", null}, {"d", "-1"}, {"e", "100"},
                {"f", "99"}}) {
            config.put("duty." + d[0] + ".title", "Pflicht " + d[0]);
            config.put("duty." + d[0] + ".when", "level>=2");
            config.put("duty." + d[0] + ".due", "PT1H");
            if (d[1] != null) {
                config.put("duty." + d[0] + ".order", d[1]);
            }
        }
        assertThat(codes(DutyRulebook.parse(config).rules())).containsExactly("d", "a", "b", "f", "c", "e");
    }

    @Test
    void valuesAreTrimmedBlankMeansAbsentAndNonStringsAreAccepted() {
        Map<String, Object> config = new HashMap<>();
        config.put("level.INSULT", 2);
        config.put("duty.x.title", "  Titel  ");
        config.put("duty.x.description", "   ");
        config.put("duty.x.when", " level>=2 ");
        config.put("duty.x.due", " p3d ");
        config.put("duty.x.owner", " REPORTER ");
        config.put("duty.x.remindBefore", "");
        DutyRulebook rulebook = DutyRulebook.parse(config);
        assertThat(rulebook.suggestedLevel(IncidentKind.INSULT)).isEqualTo(2);
        DutyRule x = rulebook.rules().get(0);
        assertThat(x.title()).isEqualTo("Titel");
        assertThat(x.description()).isNull();
        assertThat(x.remindBefore()).isNull();
        assertThat(x.owner()).isEqualTo(DutyOwner.REPORTER);
        assertThat(x.dueAt(null, LocalDateTime.of(2025, 1, 1, 0, 0))).isEqualTo(LocalDateTime.of(2025, 1, 4, 0, 0));
    }

    @Test
    void reportsAllProblemsAtOnce() {
        Map<String, Object> config = new HashMap<>();
        config.put("service.pid", DutyRulebook.PID);
        // missing title
        config.put("duty.notitle.when", "level>=2");
        config.put("duty.notitle.due", "PT1H");
        // bad due
        config.put("duty.baddue.title", "T");
        config.put("duty.baddue.when", "level>=2");
        config.put("duty.baddue.due", "3 days");
        // unknown owner and dueFrom, bad doneWhen, zero reminder, bad order
        config.put("duty.owner.title", "T");
        config.put("duty.owner.when", "level>=2");
        config.put("duty.owner.due", "P1D");
        config.put("duty.owner.owner", "BOSS");
        config.put("duty.owner.dueFrom", "NOTICED");
        config.put("duty.owner.doneWhen", "complaintFiled");
        config.put("duty.owner.remindBefore", "PT0S");
        config.put("duty.owner.order", "first");
        // bad code
        config.put("duty.Bad_Code.title", "T");
        // unknown keys
        config.put("duty.fine.title", "T");
        config.put("duty.fine.when", "level>=2");
        config.put("duty.fine.due", "P1D");
        config.put("duty.fine.colour", "red");
        config.put("duty.fine", "x");
        // bad condition, missing when and due
        config.put("duty.accident.title", "T");
        config.put("duty.accident.when", "incapacity>3");
        config.put("duty.nowhen.title", "T");
        config.put("duty.nowhen.due", "-P1D");
        // levels
        config.put("level.WEAPON", "4");
        config.put("level.INSULT", "-1");
        config.put("level.THREAT", "high");
        config.put("level.ROBBERY", "2");

        InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class,
                () -> DutyRulebook.parse(config));

        assertThat(e).isNotNull().isInstanceOf(IllegalArgumentException.class);
        assertThat(e.problems()).containsExactly(
                "duty.Bad_Code.title: invalid code 'Bad_Code' (must match [a-z][a-z0-9-]{0,39})",
                "duty.accident.due: missing (required, e.g. PT1H, PT48H, P3D, P3M, P1Y)",
                "duty.accident.when: unknown field 'incapacity' at 0",
                "duty.baddue.due: not an ISO-8601 duration or period: '3 days' (e.g. PT1H, PT48H, P3D, P3M, P1Y)",
                "duty.fine.colour: unknown key (expected duty.fine.<one of title, description, when, owner, due, "
                        + "dueFrom, doneWhen, remindBefore, order>)",
                "duty.fine: unknown key (expected duty.fine.<one of title, description, when, owner, due, dueFrom, "
                        + "doneWhen, remindBefore, order>)",
                "duty.notitle.title: missing (required)",
                "duty.nowhen.due: must not be negative: '-P1D'",
                "duty.nowhen.when: missing (required)",
                "duty.owner.doneWhen: unknown flag 'complaintFiled' (expected one of policeCalled, "
                        + "criminalComplaintFiled, houseBanImposed, firstAidGiven, aftercareOffered, accidentReportDue)",
                "duty.owner.dueFrom: unknown dueFrom 'NOTICED' (expected one of OCCURRED, REPORTED)",
                "duty.owner.order: not a whole number: 'first'",
                "duty.owner.owner: unknown owner 'BOSS' (expected one of REPORTER, SUPERVISOR, SECURITY_MANAGEMENT)",
                "duty.owner.remindBefore: must be longer than zero: 'PT0S'",
                "level.INSULT: must be a level from 0 to 3 but is '-1'",
                "level.ROBBERY: unknown incident kind 'ROBBERY' (expected one of INSULT, THREAT, COERCION, "
                        + "PHYSICAL_ASSAULT, SEXUAL_HARASSMENT, PROPERTY_DAMAGE, WEAPON, STALKING, OTHER)",
                "level.THREAT: must be a level from 0 to 3 but is 'high'",
                "level.WEAPON: must be a level from 0 to 3 but is '4'");
        assertThat(e).hasMessageStartingWith("18 problems in the duty rules: duty.Bad_Code.title: invalid code");
        assertThatThrownBy(() -> e.problems().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSingleProblem() {
        assertThatThrownBy(() -> DutyRulebook.parse(Map.of("level.OTHER", "9")))
                .isInstanceOf(InvalidRulesException.class)
                .hasMessage("1 problem in the duty rules: level.OTHER: must be a level from 0 to 3 but is '9'");
    }

    @Test
    void enumNamesAreCaseSensitive() {
        InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class, () -> DutyRulebook.parse(Map.of(
                "level.weapon", "3",
                "duty.x.title", "T", "duty.x.when", "level>=2", "duty.x.due", "P1D", "duty.x.owner", "supervisor")));
        assertThat(e.problems()).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("duty.x.owner: unknown owner 'supervisor'"))
                .anySatisfy(p -> assertThat(p).startsWith("level.weapon: unknown incident kind 'weapon'"));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> DutyRulebook.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DEFAULTS.applicable(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DEFAULTS.suggestedLevel(null)).isInstanceOf(NullPointerException.class);
    }
}
