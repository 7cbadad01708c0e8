package de.koeln.zks.inspections.api;

/** Whom the security management calls back: a name and a phone number or an e-mail address (at least one). */
public class Contact {
    public String name;
    public String phone;
    public String email;
}
