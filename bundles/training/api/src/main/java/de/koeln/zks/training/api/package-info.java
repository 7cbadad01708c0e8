/**
 * Violence-prevention training: the course catalogue, sessions with capacity and registration deadline,
 * registrations with waiting lists that move by themselves and optional approval, attendance and the training
 * records with their refresher dates, the units' workplace risk levels, statistics, and the EventAdmin topics
 * the module posts.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package de.koeln.zks.training.api;
