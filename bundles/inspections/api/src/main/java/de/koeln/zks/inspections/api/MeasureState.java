package de.koeln.zks.inspections.api;

/** A measure is open until its owner unit reports it done. */
public enum MeasureState {
    OPEN, DONE
}
