package de.koeln.zks.incidents.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FileReferenceTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            az 12/345-B       | AZ12345B
            AZ12345b          | AZ12345B
            '  AZ 12 / 345 - b  ' | AZ12345B
            AZ.12_345\\B      | AZ12345B
            az 12–345—b       | AZ12345B
            ＡＺ１２／３４５Ｂ   | AZ12345B
            az\u00a012\t345 b | AZ12345B
            straße 1          | STRASSE1
            """)
    void normalisesSpellingsOfTheSameReference(String raw, String expected) {
        assertThat(FileReference.normalise(raw)).isEqualTo(expected);
    }

    @Test
    void differentReferencesStayDifferent() {
        assertThat(FileReference.normalise("AZ 12/345-B")).isNotEqualTo(FileReference.normalise("AZ 12/354-B"));
        assertThat(FileReference.normalise("az 12/345-B")).isEqualTo(FileReference.normalise("AZ12345b"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", " - / . _ "})
    void blankOrSeparatorOnlyIsNull(String raw) {
        assertThat(FileReference.normalise(raw)).isNull();
    }
}
