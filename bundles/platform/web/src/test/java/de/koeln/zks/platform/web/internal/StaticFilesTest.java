package de.koeln.zks.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticFilesTest {

    @Test
    void onlyPlainPathsBelowTheFolderMayBeLookedUp() {
        assertThat(StaticFiles.safe("part.js")).isEqualTo("part.js");
        assertThat(StaticFiles.safe("i18n/de.json")).isEqualTo("i18n/de.json");
        assertThat(StaticFiles.safe("../libraries.properties")).isNull();
        assertThat(StaticFiles.safe("i18n/../../x.js")).isNull();
        assertThat(StaticFiles.safe("./part.js")).isNull();
        assertThat(StaticFiles.safe("i18n//de.json")).isNull();
        assertThat(StaticFiles.safe("/etc/passwd")).isNull();
        assertThat(StaticFiles.safe("a\\b.js")).isNull();
        assertThat(StaticFiles.safe("a\u0000.js")).isNull();
        assertThat(StaticFiles.safe("")).isNull();
        assertThat(StaticFiles.safe(null)).isNull();
        assertThat(StaticFiles.safe("x".repeat(301))).isNull();
    }

    @Test
    void onlyKnownKindsOfFilesAreServed() {
        assertThat(StaticFiles.type("part.js")).contains("text/javascript; charset=utf-8");
        assertThat(StaticFiles.type("i18n/de.json")).contains("application/json; charset=utf-8");
        assertThat(StaticFiles.type("style.CSS")).contains("text/css; charset=utf-8");
        assertThat(StaticFiles.type("libraries.properties")).isEmpty();
        assertThat(StaticFiles.type("de/koeln/Some.class")).isEmpty();
        assertThat(StaticFiles.type("dir.d/file")).isEmpty();
    }

    @Test
    void jsonStringsCannotBreakOutOfTheirQuotesOrAScript() {
        assertThat(StaticFiles.quote("Ctrl+Alt+A")).isEqualTo("\"Ctrl+Alt+A\"");
        assertThat(StaticFiles.quote("a\"b\\c\n</script>")).isEqualTo("\"a\\\"b\\\\c\\u000a\\u003c/script>\"");
    }
}
