package org.hum.api.error;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * The one business exception root: every refusal a client may see. It rolls the
 * transaction back, so a refused action leaves nothing half-written. Messages are written
 * for the person who made the request and never contain a protected value.
 */
@ApplicationException(rollback = true, inherited = true)
public class HumException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient List<FieldError> fieldErrors;

    public HumException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public HumException(ErrorCode code, String detail, List<FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public static HumException notFound(String what) {
        return new HumException(ErrorCode.NOT_FOUND, "No " + what + " with that id exists, or you may not see it.");
    }

    public static HumException invalid(String field, String message) {
        return new HumException(ErrorCode.INVALID_INPUT, field + ": " + message, List.of(new FieldError(field, message)));
    }

    /**
     * Every bad parameter at once: the detail says what to do ("Fix these parameters and ask
     * again") and then each field and its message, separated by semicolons.
     */
    public static HumException invalid(String instruction, List<FieldError> errors) {
        StringBuilder detail = new StringBuilder(instruction).append(": ");
        for (int i = 0; i < errors.size(); i++) {
            detail.append(i == 0 ? "" : "; ").append(errors.get(i).field()).append(' ').append(errors.get(i).message());
        }
        return new HumException(ErrorCode.INVALID_INPUT, detail.append('.').toString(), errors);
    }
}
