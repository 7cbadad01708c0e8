package de.koeln.zks.benchmarks.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a burst of registrations came out right: every request answered 201, exactly {@code capacity} seats
 * confirmed, the rest on the waiting list with the positions 1..n, each once.
 */
public final class BurstCheck {

    private BurstCheck() {
    }

    /** One answer: the HTTP status, and for a 201 the registration's status and waiting position. */
    public record Answer(int httpStatus, String status, Integer position) {
    }

    /** @return the problems found; empty when the burst is consistent */
    public static List<String> problems(List<Answer> answers, int capacity) {
        List<String> problems = new ArrayList<>();
        long failed = answers.stream().filter(a -> a.httpStatus() != 201).count();
        if (failed > 0) {
            problems.add(failed + " registrations were not answered with 201");
        }
        long confirmed = answers.stream().filter(a -> "CONFIRMED".equals(a.status())).count();
        long expectedConfirmed = Math.min(capacity, answers.size() - failed);
        if (failed == 0 && confirmed != expectedConfirmed) {
            problems.add(confirmed + " seats confirmed, expected " + expectedConfirmed);
        }
        List<Integer> positions = answers.stream().filter(a -> "WAITLISTED".equals(a.status())).map(Answer::position)
            .sorted().toList();
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i) == null || positions.get(i) != i + 1) {
                problems.add("waiting positions are not 1.." + positions.size() + " each once: " + positions);
                break;
            }
        }
        return problems;
    }
}
