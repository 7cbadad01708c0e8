package de.koeln.zks.inspections.api;

/** A finding of the previous inspection and what this (re-)inspection says about it. */
public class FindingFollowUp {
    public Finding finding;
    public FollowUp status;
}
