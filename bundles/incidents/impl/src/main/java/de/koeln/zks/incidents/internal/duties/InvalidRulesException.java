package de.koeln.zks.incidents.internal.duties;

import java.util.List;

/**
 * The configured rules cannot be used. Lists every problem found, each starting with the configuration key
 * (e.g. {@code duty.accident.when: unknown field 'incapacity' at 0}), so that an operator can fix the file in
 * one go rather than one error per restart.
 */
public class InvalidRulesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidRulesException(List<String> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the duty rules: "
                + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order of their keys. */
    public List<String> problems() {
        return problems;
    }
}
