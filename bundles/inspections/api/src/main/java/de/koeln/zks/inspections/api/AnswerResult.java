package de.koeln.zks.inspections.api;

/** The answer to a check item. */
public enum AnswerResult {
    OK, DEFICIENT, NOT_APPLICABLE
}
