package de.koeln.zks.training.api;

/** The optional body of a registration: whom to register (a unit manager for their staff); none: the caller. */
public class RegistrationRequest {
    public String participant;
}
