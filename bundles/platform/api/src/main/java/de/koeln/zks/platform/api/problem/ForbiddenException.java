package de.koeln.zks.platform.api.problem;

/** 403: the caller is known but lacks the role or relation the operation needs. */
public class ForbiddenException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String detail) {
        super(403, "Forbidden", detail);
    }
}
