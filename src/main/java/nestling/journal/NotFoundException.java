package nestling.journal;

/** The record a use case was asked to change does not exist (any more). */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
