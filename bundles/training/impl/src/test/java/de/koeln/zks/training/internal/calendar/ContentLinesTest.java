package de.koeln.zks.training.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentLinesTest {

    @Test
    void keepsLinesOfAtMostSeventyFiveOctets() {
        String line = "DESCRIPTION:" + "x".repeat(63);
        assertThat(line).hasSize(75);
        assertThat(ContentLines.fold(line + "\r\n")).isEqualTo(line + "\r\n");
    }

    @Test
    void foldsAtSeventyFiveOctetsAndCountsTheLeadingSpace() {
        String value = "x".repeat(63 + 74 + 3);
        String folded = ContentLines.fold("DESCRIPTION:" + value + "\r\n");
        assertThat(folded).isEqualTo("DESCRIPTION:" + "x".repeat(63) + "\r\n " + "x".repeat(74) + "\r\n xxx\r\n");
    }

    @Test
    void countsUtf8OctetsNotChars() {
        // 74 ASCII octets + "ä" (2 octets) would be 76: fold before the umlaut.
        String folded = ContentLines.fold("a".repeat(74) + "äb\r\n");
        assertThat(folded).isEqualTo("a".repeat(74) + "\r\n äb\r\n");
        // 37 umlauts = 74 octets fit, the 38th does not.
        assertThat(ContentLines.fold("ü".repeat(38) + "\r\n")).isEqualTo("ü".repeat(37) + "\r\n ü\r\n");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String thumbsUp = "\uD83D\uDC4D"; // 4 octets in UTF-8
        String folded = ContentLines.fold("a".repeat(72) + thumbsUp + "\r\n");
        assertThat(folded).isEqualTo("a".repeat(72) + "\r\n " + thumbsUp + "\r\n");
        assertThat(ContentLines.fold("a".repeat(71) + thumbsUp + "\r\n")).isEqualTo("a".repeat(71) + thumbsUp + "\r\n");
    }

    @Test
    void unfoldingRestoresTheInput() {
        String input = "SUMMARY:" + "Größere Übung; \uD83D\uDE00, € ".repeat(30) + "\r\nEND:VEVENT\r\n";
        String folded = ContentLines.fold(input);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(input);
    }

    @Test
    void rejectsMalformedInput() {
        assertThatThrownBy(() -> ContentLines.fold("SUMMARY:x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentLines.fold("SUMMARY:x\ny\r\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
