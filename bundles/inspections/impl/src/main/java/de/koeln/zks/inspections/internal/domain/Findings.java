package de.koeln.zks.inspections.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.koeln.zks.inspections.api.AnswerResult;
import de.koeln.zks.inspections.api.RiskRating;

/**
 * What completing an inspection yields: the required items still unanswered (then it cannot be completed), and a
 * finding for every deficient item with its risk rating.
 */
public final class Findings {

    /** An item of the template as the rules need it. */
    public record Item(String key, int fromLevel) {
    }

    /** An answer as the rules need it. */
    public record Given(AnswerResult result, String note) {
    }

    /** A deficient item and how serious it is. */
    public record Derived(String key, String note, RiskRating risk) {
    }

    private Findings() {
    }

    public static boolean required(int fromLevel, int workplaceLevel) {
        return fromLevel <= workplaceLevel;
    }

    /** {@code HIGH}: required here at level ≥ 2; {@code MEDIUM}: required here; {@code LOW}: a recommendation only. */
    public static RiskRating rating(int fromLevel, int workplaceLevel) {
        if (!required(fromLevel, workplaceLevel)) {
            return RiskRating.LOW;
        }
        return workplaceLevel >= 2 ? RiskRating.HIGH : RiskRating.MEDIUM;
    }

    /** The keys of the required items without an answer, in template order. */
    public static List<String> unanswered(List<Item> items, Map<String, Given> answers, int workplaceLevel) {
        return items.stream().filter(i -> required(i.fromLevel(), workplaceLevel) && !answers.containsKey(i.key()))
            .map(Item::key).toList();
    }

    /** A finding per deficient item, in template order. */
    public static List<Derived> derive(List<Item> items, Map<String, Given> answers, int workplaceLevel) {
        List<Derived> out = new ArrayList<>();
        for (Item item : items) {
            Given given = answers.get(item.key());
            if (given != null && given.result() == AnswerResult.DEFICIENT) {
                out.add(new Derived(item.key(), given.note(), rating(item.fromLevel(), workplaceLevel)));
            }
        }
        return out;
    }
}
