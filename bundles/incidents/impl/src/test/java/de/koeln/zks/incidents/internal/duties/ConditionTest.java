package de.koeln.zks.incidents.internal.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentKind;

class ConditionTest {

    static IncidentInput incident(Consumer<IncidentInput> setup) {
        IncidentInput incident = new IncidentInput();
        setup.accept(incident);
        return incident;
    }

    static IncidentInput level(Integer level) {
        return incident(i -> i.level = level);
    }

    @ParameterizedTest(name = "{0} with level {1} is {2}")
    @CsvSource({
            "level>=2, 1, false", "level>=2, 2, true", "level>=2, 3, true",
            "level>2, 2, false", "level>2, 3, true",
            "level<=2, 2, true", "level<=2, 3, false",
            "level<2, 1, true", "level<2, 2, false",
            "level=2, 2, true", "level=2, 3, false",
            "level!=2, 2, false", "level!=2, 3, true",
            "level>-1, 0, true"
    })
    void comparesNumbers(String text, int level, boolean expected) {
        assertThat(Condition.parse(text).test(level(level))).isEqualTo(expected);
    }

    @Test
    void readsEveryNumberField() {
        IncidentInput incident = incident(i -> {
            i.incapacityDays = 5;
            i.personsHarmed = 2;
            i.witnessCount = 1;
        });
        assertThat(Condition.parse("incapacityDays>3").test(incident)).isTrue();
        assertThat(Condition.parse("incapacityDays>5").test(incident)).isFalse();
        assertThat(Condition.parse("personsHarmed=2").test(incident)).isTrue();
        assertThat(Condition.parse("personsHarmed>=3").test(incident)).isFalse();
        assertThat(Condition.parse("witnessCount<2").test(incident)).isTrue();
        assertThat(Condition.parse("witnessCount!=1").test(incident)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"level", "incapacityDays", "personsHarmed", "witnessCount"})
    void missingNumbersCountAsZero(String field) {
        IncidentInput empty = new IncidentInput();
        assertThat(Condition.parse(field + "=0").test(empty)).isTrue();
        assertThat(Condition.parse(field + ">=1").test(empty)).isFalse();
        assertThat(Condition.parse(field + "<1").test(empty)).isTrue();
    }

    @Test
    void kindEqualsMeansOneOf() {
        Condition c = Condition.parse("kind=INSULT,THREAT");
        assertThat(c.test(incident(i -> i.kind = IncidentKind.INSULT))).isTrue();
        assertThat(c.test(incident(i -> i.kind = IncidentKind.THREAT))).isTrue();
        assertThat(c.test(incident(i -> i.kind = IncidentKind.WEAPON))).isFalse();
        assertThat(c.test(new IncidentInput())).as("no kind").isFalse();
    }

    @Test
    void kindNotEqualsMeansNoneOf() {
        Condition c = Condition.parse("kind!=INSULT,THREAT");
        assertThat(c.test(incident(i -> i.kind = IncidentKind.INSULT))).isFalse();
        assertThat(c.test(incident(i -> i.kind = IncidentKind.THREAT))).isFalse();
        assertThat(c.test(incident(i -> i.kind = IncidentKind.WEAPON))).isTrue();
        assertThat(c.test(new IncidentInput())).as("no kind").isTrue();
    }

    @Test
    void singleKind() {
        assertThat(Condition.parse("kind=OTHER").test(incident(i -> i.kind = IncidentKind.OTHER))).isTrue();
        assertThat(Condition.parse("kind!=OTHER").test(incident(i -> i.kind = IncidentKind.OTHER))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"policeCalled", "criminalComplaintFiled", "houseBanImposed", "firstAidGiven",
            "aftercareOffered", "accidentReportDue"})
    void flagsAndTheirNegation(String flag) {
        IncidentInput yes = withFlag(flag, Boolean.TRUE);
        IncidentInput no = withFlag(flag, Boolean.FALSE);
        IncidentInput unknown = withFlag(flag, null);
        Condition set = Condition.parse(flag);
        Condition notSet = Condition.parse("!" + flag);

        assertThat(set.test(yes)).isTrue();
        assertThat(set.test(no)).isFalse();
        assertThat(set.test(unknown)).as("null is false").isFalse();
        assertThat(notSet.test(yes)).isFalse();
        assertThat(notSet.test(no)).isTrue();
        assertThat(notSet.test(unknown)).isTrue();
    }

    @Test
    void flagsAreIndependent() {
        IncidentInput incident = incident(i -> i.policeCalled = true);
        assertThat(Condition.parse("policeCalled & !houseBanImposed").test(incident)).isTrue();
        assertThat(Condition.parse("houseBanImposed").test(incident)).isFalse();
    }

    private static IncidentInput withFlag(String flag, Boolean value) {
        IncidentInput in = new IncidentInput();
        switch (flag) {
            case "policeCalled" -> in.policeCalled = value;
            case "criminalComplaintFiled" -> in.criminalComplaintFiled = value;
            case "houseBanImposed" -> in.houseBanImposed = value;
            case "firstAidGiven" -> in.firstAidGiven = value;
            case "aftercareOffered" -> in.aftercareOffered = value;
            case "accidentReportDue" -> in.accidentReportDue = value;
            default -> throw new IllegalArgumentException(flag);
        }
        return in;
    }

    @ParameterizedTest(name = "a={0} b={1} c={2}")
    @CsvSource({
            "false, false, false", "false, false, true", "false, true, false", "false, true, true",
            "true, false, false", "true, false, true", "true, true, false", "true, true, true"
    })
    void andBindsTighterThanOr(boolean a, boolean b, boolean c) {
        IncidentInput incident = incident(i -> {
            i.policeCalled = a;
            i.firstAidGiven = b;
            i.houseBanImposed = c;
        });
        assertThat(Condition.parse("policeCalled & firstAidGiven | houseBanImposed").test(incident))
                .isEqualTo((a && b) || c);
        assertThat(Condition.parse("policeCalled | firstAidGiven & houseBanImposed").test(incident))
                .isEqualTo(a || (b && c));
    }

    @Test
    void longerChains() {
        Condition c = Condition.parse("level>=3 | level>=2 & policeCalled & !houseBanImposed | accidentReportDue");
        assertThat(c.test(level(3))).isTrue();
        assertThat(c.test(incident(i -> {
            i.level = 2;
            i.policeCalled = true;
        }))).isTrue();
        assertThat(c.test(incident(i -> {
            i.level = 2;
            i.policeCalled = true;
            i.houseBanImposed = true;
        }))).isFalse();
        assertThat(c.test(incident(i -> i.accidentReportDue = true))).isTrue();
        assertThat(c.test(level(2))).isFalse();
    }

    @Test
    void whitespaceIsAllowedAnywhere() {
        Condition c = Condition.parse("  level >=\t2\n&  kind = INSULT , THREAT|!  policeCalled  ");
        assertThat(c).hasToString("level>=2 & kind=INSULT,THREAT | !policeCalled");
        assertThat(c.test(incident(i -> {
            i.level = 2;
            i.kind = IncidentKind.THREAT;
            i.policeCalled = true;
        }))).isTrue();
    }

    @Test
    void noWhitespaceAtAll() {
        assertThat(Condition.parse("level>=2&kind!=INSULT|policeCalled"))
                .hasToString("level>=2 & kind!=INSULT | policeCalled");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "level >= 2;level>=2",
            "kind = WEAPON, THREAT, WEAPON;kind=THREAT,WEAPON",
            "kind!=SEXUAL_HARASSMENT,INSULT;kind!=INSULT,SEXUAL_HARASSMENT",
            "!policeCalled|level<3&witnessCount!=0;!policeCalled | level<3 & witnessCount!=0",
            "incapacityDays > 3 | accidentReportDue;incapacityDays>3 | accidentReportDue",
            "level>=007;level>=7"
    })
    void canonicalText(String text, String canonical) {
        Condition c = Condition.parse(text);
        assertThat(c).hasToString(canonical);
        Condition again = Condition.parse(c.toString());
        assertThat(again).isEqualTo(c).hasSameHashCodeAs(c).hasToString(canonical);
    }

    @Test
    void conditionsDifferingOnlyInFormAreEqual() {
        assertThat(Condition.parse("kind=THREAT,INSULT & level>1"))
                .isEqualTo(Condition.parse("kind = INSULT,THREAT&level > 1"))
                .isNotEqualTo(Condition.parse("kind=INSULT,THREAT & level>2"));
    }

    @Test
    void rejectsNullIncident() {
        assertThatThrownBy(() -> Condition.parse("level>1").test(null)).isInstanceOf(NullPointerException.class);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                // unknown field
                Arguments.of("incapacity>3", "unknown field 'incapacity' at 0"),
                Arguments.of("level>=2 & Level<3", "unknown field 'Level' at 11"),
                // bad operator
                Arguments.of("level 2", "expected an operator (>=, >, <=, <, =, !=) after 'level' but found '2' at 6"),
                Arguments.of("level", "expected an operator (>=, >, <=, <, =, !=) after 'level' but found end of input at 5"),
                Arguments.of("level=>2", "expected a whole number after '=' but found '>' at 6"),
                Arguments.of("level==2", "expected a whole number after '=' but found '=' at 6"),
                Arguments.of("kind>=INSULT", "operator '>=' not allowed for kind (use = or !=) at 4"),
                Arguments.of("policeCalled=true",
                        "flag 'policeCalled' takes no comparison (write policeCalled or !policeCalled) but found '=' at 12"),
                // bad number
                Arguments.of("level>=two", "bad number 'two' (expected a whole number) at 7"),
                Arguments.of("level>=2.5", "bad number '2.5' (expected a whole number) at 7"),
                Arguments.of("level>=99999999999", "bad number '99999999999' (expected a whole number) at 7"),
                Arguments.of("level>=", "expected a whole number after '>=' but found end of input at 7"),
                // unknown kind
                Arguments.of("kind=INSULT,ROBBERY", "unknown kind 'ROBBERY' (expected one of INSULT, THREAT, COERCION, "
                        + "PHYSICAL_ASSAULT, SEXUAL_HARASSMENT, PROPERTY_DAMAGE, WEAPON, STALKING, OTHER) at 12"),
                Arguments.of("kind=insult", "unknown kind 'insult' (expected one of INSULT, THREAT, COERCION, "
                        + "PHYSICAL_ASSAULT, SEXUAL_HARASSMENT, PROPERTY_DAMAGE, WEAPON, STALKING, OTHER) at 5"),
                Arguments.of("kind=INSULT,", "expected a kind after ',' but found end of input at 12"),
                Arguments.of("kind=", "expected a kind after '=' but found end of input at 5"),
                // empty term
                Arguments.of("", "empty condition"),
                Arguments.of("   ", "empty condition"),
                Arguments.of("level>=2 | | policeCalled", "empty term: missing condition before '|' at 11"),
                Arguments.of("& policeCalled", "empty term: missing condition before '&' at 0"),
                Arguments.of("level>=2 && policeCalled", "empty term: missing condition before '&' at 10"),
                // trailing operator
                Arguments.of("level>=2 &", "missing condition after '&' at 9"),
                Arguments.of("level>=2 & ", "missing condition after '&' at 9"),
                Arguments.of("level>=2 |", "missing condition after '|' at 9"),
                // other
                Arguments.of("level>=2 policeCalled", "expected '&' or '|' but found 'policeCalled' at 9"),
                Arguments.of("(level>=2)", "parentheses are not supported: '(' at 0"),
                Arguments.of("level>=2 & (policeCalled | firstAidGiven)", "parentheses are not supported: '(' at 11"),
                Arguments.of("!", "missing flag after '!' at 0"),
                Arguments.of("!level>=2", "'!' only negates a flag (one of policeCalled, criminalComplaintFiled, "
                        + "houseBanImposed, firstAidGiven, aftercareOffered, accidentReportDue) but found 'level' at 1"),
                Arguments.of(", level>=2", "expected a field or flag but found ',' at 0"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("malformed")
    void malformedConditionsGiveAClearMessage(String text, String message) {
        assertThatThrownBy(() -> Condition.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsNullText() {
        assertThatThrownBy(() -> Condition.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
