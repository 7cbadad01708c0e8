package de.koeln.zks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class SafeCsvTest {

    @Test
    void neutralisesFormulasButKeepsNumbersAndQuotesSeparators() throws Exception {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, List.of("id", "text", "n"))) {
            csv.row(1, "=HYPERLINK(\"http://evil\")", -3);
            csv.row(2, "Laurenzplatz 4, E.12", null);
            csv.row(3, "@SUM(A1)", 0);
        }
        assertThat(out.toString().split("\r\n")).containsExactly(
            "id,text,n",
            "1,\"'=HYPERLINK(\"\"http://evil\"\")\",-3",
            "2,\"Laurenzplatz 4, E.12\",",
            "3,'@SUM(A1),0");
    }
}
