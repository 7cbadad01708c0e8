package de.koeln.zks.platform.api.problem;

/** 404: the record does not exist, or the caller may not know that it does. */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(404, "Not found", what + " " + id + " does not exist");
    }
}
