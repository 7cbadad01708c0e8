package de.koeln.zks.alarm.internal.service;

import de.koeln.zks.alarm.internal.domain.Groups;

/** The current responder groups, kept in memory by the registry (internal service). */
public interface GroupsView {
    Groups current();
}
