package de.koeln.zks.inspections.internal.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CounterWorkplaceTemplateTest {

    private static final String RESOURCE = "/de/koeln/zks/inspections/internal/templates/counter-workplace.json";
    private static final Set<String> CATEGORIES = Set.of("BUILDING", "TECHNICAL", "ORGANISATIONAL", "PERSONAL");
    private static final Set<String> ITEM_FIELDS = Set.of("key", "category", "question", "fromLevel", "hint");

    private static String text;
    private static JsonNode template;
    private static List<JsonNode> items;

    @BeforeAll
    static void load() throws IOException {
        byte[] bytes;
        try (InputStream in = CounterWorkplaceTemplateTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("resource %s on the class path", RESOURCE).isNotNull();
            bytes = in.readAllBytes();
        }
        // strict UTF-8: a file saved as Latin-1 would fail here instead of showing garbled umlauts
        text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        ObjectMapper mapper = new ObjectMapper()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        template = mapper.readTree(text);
        items = new ArrayList<>();
        template.path("items").forEach(items::add);
    }

    @Test
    void hasNameDescriptionAndItemsOnly() {
        assertThat(fieldNames(template)).containsExactlyInAnyOrder("name", "description", "items");
        assertThat(template.get("name").asText()).isEqualTo("Arbeitsplatz mit Publikumsverkehr");
        assertThat(template.get("description").isTextual()).isTrue();
        assertThat(template.get("description").asText()).isNotBlank();
        assertThat(template.get("items").isArray()).isTrue();
    }

    @Test
    void has30To45Items() {
        assertThat(items).hasSizeBetween(30, 45);
    }

    @Test
    void everyItemHasExactlyTheExpectedFieldsWithTheRightTypes() {
        assertThat(items).allSatisfy(item -> {
            assertThat(fieldNames(item)).as(item.toString()).containsExactlyInAnyOrderElementsOf(ITEM_FIELDS);
            assertThat(item.get("key").isTextual()).as(item.toString()).isTrue();
            assertThat(item.get("category").isTextual()).as(item.toString()).isTrue();
            assertThat(item.get("question").isTextual()).as(item.toString()).isTrue();
            assertThat(item.get("hint").isTextual()).as(item.toString()).isTrue();
            assertThat(item.get("fromLevel").isInt()).as(item.toString()).isTrue();
        });
    }

    @Test
    void keysAreUniqueLowerCaseHyphenated() {
        List<String> keys = items.stream().map(item -> item.get("key").asText()).collect(Collectors.toList());
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys).allSatisfy(key -> assertThat(key)
                .matches("[a-z][a-z0-9-]*")
                .doesNotContain("--")
                .doesNotEndWith("-"));
    }

    @Test
    void categoriesAreKnownAndAllPresent() {
        Set<String> used = items.stream().map(item -> item.get("category").asText()).collect(Collectors.toSet());
        assertThat(used).isEqualTo(CATEGORIES);
    }

    @Test
    void levelsAreAachenerModellLevelsAndEachLevelHasItems() {
        Set<Integer> levels = items.stream().map(item -> item.get("fromLevel").asInt()).collect(Collectors.toSet());
        assertThat(levels).allSatisfy(level -> assertThat(level).isBetween(0, 3));
        assertThat(new TreeSet<>(levels)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void questionsAreUniqueYesNoQuestions() {
        List<String> questions = items.stream().map(item -> item.get("question").asText()).collect(Collectors.toList());
        assertThat(questions).doesNotHaveDuplicates();
        assertThat(questions).allSatisfy(question -> {
            assertThat(question).isNotBlank().endsWith("?");
            assertThat(question.indexOf('?')).as("only one question mark: %s", question)
                    .isEqualTo(question.length() - 1);
            assertThat(Character.isUpperCase(question.charAt(0))).as(question).isTrue();
        });
    }

    @Test
    void hintsAreNonBlankNotes() {
        assertThat(items).allSatisfy(item -> {
            String hint = item.get("hint").asText();
            assertThat(hint).as(item.get("key").asText()).isNotBlank().doesNotContain("?");
            assertThat(hint).as(item.get("key").asText()).endsWith(".");
        });
    }

    @Test
    void textsAreCleanGerman() {
        List<String> texts = new ArrayList<>();
        texts.add(template.get("name").asText());
        texts.add(template.get("description").asText());
        items.forEach(item -> {
            texts.add(item.get("question").asText());
            texts.add(item.get("hint").asText());
        });
        assertThat(texts).allSatisfy(value -> assertThat(value)
                .as("NFC, no mojibake, tidy whitespace: %s", value)
                .matches(v -> Normalizer.isNormalized(v, Normalizer.Form.NFC), "is NFC")
                .doesNotContain("\uFFFD", "Ã", "Â", "  ", "\t", "\n")
                .isEqualTo(value.strip()));
        // the file uses real umlauts and ß rather than transliterations
        assertThat(text).contains("ä", "ö", "ü", "Ü", "ß");
    }

    @Test
    void veryHighRiskItemsIncludeRetreatRoomAndAccessControl() {
        Set<String> levelThree = new HashSet<>();
        items.stream().filter(item -> item.get("fromLevel").asInt() == 3)
                .forEach(item -> levelThree.add(item.get("key").asText()));
        assertThat(levelThree).contains("retreat-room", "access-control");
        assertThat(IntStream.rangeClosed(0, 3).map(level -> (int) items.stream()
                .filter(item -> item.get("fromLevel").asInt() == level).count()))
                .as("level 3 is the rarest level").allMatch(count -> count >= levelThree.size());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
