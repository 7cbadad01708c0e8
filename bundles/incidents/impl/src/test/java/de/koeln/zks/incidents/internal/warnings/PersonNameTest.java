package de.koeln.zks.incidents.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Jürgen  Müller-Lüdenscheidt | juergen mueller luedenscheidt
            Ä Ö Ü ä ö ü                 | ae oe ue ae oe ue
            Strauß                      | strauss
            GROẞ                        | gross
            Ju\u0308rgen                | juergen
            MU\u0308LLER                | mueller
            René Éluard                 | rene eluard
            Čapek Šťastný Dvořák        | capek stastny dvorak
            Łukasz Łódź                 | lukasz lodz
            Đorđe                       | dorde
            Søren Ørsted                | soren orsted
            Æbelø                       | aebelo
            Œuvre                       | oeuvre
            Þórr                        | thorr
            Yılmaz                      | yilmaz
            İlkay                       | ilkay
            Ayşe Çelik                  | ayse celik
            O'Brien                     | o brien
            D’Angelo                    | d angelo
            D`Angelo                    | d angelo
            'Müller, Jürgen'            | mueller juergen
            Dr. Hans.Meier              | dr hans meier
            Schmidt/Schmitt             | schmidt schmitt
            anna_lena                   | anna lena
            '  Hans   \t Meier  '       | hans meier
            Ｍüller                      | mueller
            Müller (geb. Schmidt)       | mueller geb schmidt
            """)
    void folds(String raw, String expected) {
        assertThat(PersonName.of(raw).folded()).isEqualTo(expected);
    }

    @Test
    void tokensKeepTypedOrderAndParticles() {
        assertThat(PersonName.of("Ludwig van Beethoven").tokens()).containsExactly("ludwig", "van", "beethoven");
        assertThat(PersonName.of("Hans-Peter Müller").tokens()).containsExactly("hans", "peter", "mueller");
    }

    @Test
    void simpleTokensDropTheUmlautEButLeaveTypedAeAlone() {
        assertThat(PersonName.of("Jürgen Müller").simpleTokens()).containsExactly("jurgen", "muller");
        assertThat(PersonName.of("Ärger Öl Übel").simpleTokens()).containsExactly("arger", "ol", "ubel");
        assertThat(PersonName.of("Michael Mueller").simpleTokens()).containsExactly("michael", "mueller");
        assertThat(PersonName.of("Strauß").simpleTokens()).containsExactly("strauss");
    }

    @Test
    void keyIgnoresOrderAndSeparators() {
        assertThat(PersonName.of("Müller, Jürgen").key()).isEqualTo("juergen mueller");
        assertThat(PersonName.of("Jürgen Müller").key()).isEqualTo("juergen mueller");
        assertThat(PersonName.of("Schmidt Hans-Peter").key()).isEqualTo(PersonName.of("Hans Peter Schmidt").key());
        assertThat(PersonName.of("Hans Müller").key()).isNotEqualTo(PersonName.of("Hans Möller").key());
    }

    @Test
    void tokensAreImmutable() {
        PersonName n = PersonName.of("Hans Meier");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> n.tokens().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> n.simpleTokens().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "123", "-- / --", "'", "4711 / 0815", "\u0308"})
    void rejectsBlankAndLetterlessNames(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> PersonName.of(raw));
    }

    @Test
    void equalityFollowsTheFoldedForm() {
        assertThat(PersonName.of("Jürgen Müller")).isEqualTo(PersonName.of("JUERGEN MUELLER"))
                .hasSameHashCodeAs(PersonName.of("juergen-mueller"));
        assertThat(PersonName.of("Jürgen Müller")).isNotEqualTo(PersonName.of("Müller Jürgen"));
    }

    @Test
    void toStringDoesNotRevealTheName() {
        assertThat(PersonName.of("Jürgen Müller").toString()).doesNotContainIgnoringCase("mueller")
                .doesNotContainIgnoringCase("müller").doesNotContainIgnoringCase("juergen");
    }

    @Test
    void phoneticCodesArePrecomputedOncePerName() {
        PersonName n = PersonName.of("Hans-Peter Müller");
        // Tokens first, each with its codes; then glued runs, compared by spelling only.
        assertThat(n.pieces()).extracting(p -> p.folded)
                .containsExactly("hans", "peter", "mueller", "hanspeter", "hanspetermueller", "petermueller");
        assertThat(n.pieces().subList(0, 3)).allSatisfy(p -> {
            assertThat(p.cologne).isNotEmpty();
            assertThat(p.daitchMokotoff).isNotEmpty();
        });
        assertThat(n.pieces().get(2).cologne).containsExactly("657");
        assertThat(n.pieces().subList(3, 6)).allSatisfy(p -> assertThat(p.cologne).isEmpty());
        assertThat(n.pieces()).isSameAs(n.pieces());
    }

    @Test
    void particleGluesAreComparedPhoneticallyToo() {
        PersonName n = PersonName.of("Mohammed Al-Hassan");
        assertThat(n.pieces()).filteredOn(p -> p.folded.equals("alhassan"))
                .singleElement().satisfies(p -> assertThat(p.cologne).isNotEmpty());
    }

    @Test
    void encodersSeeFoldedTokensSoForeignLettersAreNotLost() {
        // ColognePhonetic drops letters it does not know ("ř"); the folded token keeps them as "r".
        assertThat(PersonName.of("Dvořák").pieces().get(0).cologne)
                .isEqualTo(PersonName.of("Dvorak").pieces().get(0).cologne);
        assertThat(PersonName.of("Łukasz").pieces().get(0).cologne)
                .isEqualTo(PersonName.of("Lukasz").pieces().get(0).cologne);
    }

    @ParameterizedTest(name = "[{index}] {0} ~ {1}")
    @CsvSource({"Carl, Karl", "Philipp, Filip", "Vladimir, Wladimir", "Yusuf, Jussuf", "Quast, Kwast",
            "Cäcilie, Zäzilie"})
    void initialSoundsMergeInterchangeableSpellings(String a, String b) {
        assertThat(PersonName.of(a).pieces().get(0).initialSound).isEqualTo(PersonName.of(b).pieces().get(0).initialSound);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @CsvSource({"Anna, Emma", "Hans, Ines", "Weber, Pfeiffer", "Krause, Groß", "Ben, Finn"})
    void initialSoundsKeepDifferentStartsApart(String a, String b) {
        assertThat(PersonName.of(a).pieces().get(0).initialSound)
                .isNotEqualTo(PersonName.of(b).pieces().get(0).initialSound);
    }
}
