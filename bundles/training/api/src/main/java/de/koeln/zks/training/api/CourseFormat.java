package de.koeln.zks.training.api;

/** How a course is held. */
public enum CourseFormat {
    IN_PERSON, ONLINE, E_LEARNING
}
